from django.db import models
from django.utils.translation import gettext_lazy as _


class AttemptCounter(models.Model):
    """Failed attempts under one key (an HMAC of, say, account and address:
    never the address or the account itself). Bookkeeping only: nobody edits
    it, and rows past ``expires`` are deleted as new failures come in."""

    key = models.CharField(max_length=64, unique=True)
    failures = models.PositiveIntegerField(default=0)
    blocked_until = models.DateTimeField(null=True)
    expires = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("teller van mislukte pogingen")
        verbose_name_plural = _("tellers van mislukte pogingen")

    def __str__(self):
        return self.key
