"""Admin registration: the snippets live together in one "Wijkwijzer" menu.
Also: pages only answer GET and HEAD."""

from django.http import HttpResponseNotAllowed
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
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


@hooks.register("before_serve_page", order=-1)
def only_read_pages(page, request, serve_args, serve_kwargs):
    """Pages are read, never posted to: forms post to their own URLs (the
    feedback form, Wagtail's password form). Other methods get 405."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return None


@hooks.register("register_admin_viewset")
def register_resource_chooser():
    from explainers.resource_chooser import resource_chooser_viewset

    return resource_chooser_viewset


# "Concepten zonder inhoud" (editorial/empty_drafts.py). Registered here, not
# in editorial/wagtail_hooks.py, only to keep this change apart from others.


@hooks.register("register_admin_urls")
def register_empty_drafts_report_urls():
    from editorial.empty_drafts import EmptyDraftsReport

    return [
        path(
            "reports/concepten-zonder-inhoud/",
            EmptyDraftsReport.as_view(),
            name="empty_drafts_report",
        ),
        path(
            "reports/concepten-zonder-inhoud/results/",
            EmptyDraftsReport.as_view(results_only=True),
            name="empty_drafts_report_results",
        ),
    ]


class EmptyDraftsMenuItem(MenuItem):
    def is_shown(self, request):
        from wagtail.permission_policies.pages import PagePermissionPolicy

        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_empty_drafts_report_menu_item():
    return EmptyDraftsMenuItem(
        _("Concepten zonder inhoud"),
        reverse("empty_drafts_report"),
        icon_name="doc-empty",
        order=810,
    )
