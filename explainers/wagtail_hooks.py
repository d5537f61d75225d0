"""Admin registration: the snippets live together in one "Wijkwijzer" menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from explainers.models import Audience, GlossaryTerm, Partner, ResourceType, Theme


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "short_name", "website"]
    search_fields = ["name", "short_name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thema's")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "user"
    menu_label = _("Doelgroepen")
    list_display = ["name", "slug"]


class ResourceTypeViewSet(SnippetViewSet):
    model = ResourceType
    icon = "folder-open-inverse"
    menu_label = _("Soorten bronnen")
    list_display = ["name", "slug", "sort_order"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Begrippen")
    list_display = ["term", "definition"]
    search_fields = ["term", "variants", "definition"]


class WijkwijzerViewSetGroup(SnippetViewSetGroup):
    items = (
        PartnerViewSet,
        ThemeViewSet,
        AudienceViewSet,
        ResourceTypeViewSet,
        GlossaryTermViewSet,
    )
    menu_icon = "folder-inverse"
    menu_label = _("Wijkwijzer")
    menu_name = "wijkwijzer"


register_snippet(WijkwijzerViewSetGroup)
