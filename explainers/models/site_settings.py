"""Site-wide texts editors can change without a developer (Instellingen)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from wijkwijzer.page_cache import until_content_changes


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    select_related = ["default_share_image"]  # shown on every page (og:image)

    @classmethod
    def load(cls, request_or_site=None):
        # Every page shows the settings: keep them until content changes.
        return until_content_changes(
            "site-settings", lambda: super(SiteSettings, cls).load()
        )

    footer_text = models.TextField(
        _("tekst in de voettekst"),
        max_length=400,
        blank=True,
        default=(
            "Wijkwijzer is een losse demosite over de wijkaanpak, in gewone taal. "
            "Het is niet de echte WijkWijzer en geen site van de overheid."
        ),
        help_text=_("Eén of twee korte zinnen onder aan elke pagina."),
    )
    contact_email = models.EmailField(
        _("e-mailadres voor vragen"),
        blank=True,
        # A reserved domain: the demo must not send readers to a real mailbox.
        default="redactie@wijkwijzer.example",
        help_text=_("Staat in de voettekst. Leeg laten om het weg te laten."),
    )
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("standaardafbeelding bij delen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Gebruikt als een pagina op sociale media of in een chat wordt gedeeld "
            "en zelf geen afbeelding heeft."
        ),
    )

    show_phase_banner = models.BooleanField(
        _("demobalk tonen"),
        default=False,
        help_text=_(
            "Toont bovenaan elke pagina een balk die zegt dat deze site een demo "
            "is. Zet dit uit als de site echt in gebruik is."
        ),
    )
    phase_banner_text = models.CharField(
        _("tekst in de demobalk"),
        max_length=200,
        blank=True,
        default=(
            "Deze site laat zien hoe een kennisbank over de wijkaanpak kan werken. "
            "De praktijkvoorbeelden en artikelen zijn verzonnen."
        ),
        help_text=_(
            "Eén of twee korte zinnen na het woord ‘Demo’. Houd het kort: "
            "de balk staat op elke pagina boven de kop."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("show_phase_banner"), FieldPanel("phase_banner_text")],
            heading=_("Demobalk"),
        ),
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
        FieldPanel("default_share_image"),
    ]

    class Meta:
        verbose_name = _("site-instellingen")
