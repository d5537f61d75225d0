"""Reader feedback on content pages.

Deliberately minimal: nothing about the reader (address, browser, cookies) is
stored, the comment is masked before saving and the date is kept per day.
"""

import re

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 1000
MASK = "[verwijderd]"

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Runs of 6 or more digits, optionally separated by spaces, dots, dashes,
# slashes or brackets, with an optional leading "+": phone numbers, but also
# BSN, IBAN digits and the like. Short numbers (years, house numbers) stay.
PHONE_RE = re.compile(r"\+?\(?\d(?:[\s./()-]{0,2}\d){5,}")


def mask_personal_data(text):
    """``text`` with e-mail addresses and phone-number-like digit runs
    replaced by "[verwijderd]"."""
    text = EMAIL_RE.sub(MASK, text)
    return PHONE_RE.sub(MASK, text)


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="page_feedback",
        verbose_name=_("pagina"),
    )
    helpful = models.BooleanField(_("nuttig"))
    comment = models.TextField(_("reactie"), max_length=COMMENT_MAX_LENGTH, blank=True)
    created = models.DateField(_("datum"), default=timezone.localdate)
    handled = models.BooleanField(_("afgehandeld"), default=False)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("afgehandeld door"),
    )
    handled_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("paginafeedback")
        verbose_name_plural = _("paginafeedback")
        indexes = [models.Index(fields=["page", "handled"])]

    def __str__(self):
        answer = _("ja") if self.helpful else _("nee")
        return f"{self.page_id}: {answer} ({self.created:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        self.comment = mask_personal_data(self.comment.strip())
        super().save(*args, **kwargs)

    def mark_handled(self, user):
        self.handled = True
        self.handled_by = user
        self.handled_at = timezone.now()
        self.save(update_fields=["handled", "handled_by", "handled_at"])
