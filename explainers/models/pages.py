"""The home page and the simple content page (Over, Privacy, Toegankelijkheid)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from explainers.blocks import BodyStreamBlock
from search.compounds import COMPOUND_PARTS_FIELD, CompoundParts

from .mixins import ReviewedMixin, SummaryMixin


class HomePage(Page):
    """The site root: intro, the two entry routes, featured explainers, themes,
    latest articles and partners. Created by a data migration."""

    intro = models.TextField(_("introductie"), blank=True)
    residents_text = models.CharField(
        _("tekst bij 'Ik woon in de wijk'"), max_length=250, blank=True
    )
    professionals_text = models.CharField(
        _("tekst bij 'Ik werk in de wijk'"), max_length=250, blank=True
    )
    residents_page = models.ForeignKey(
        "explainers.RoutePage",
        verbose_name=_("startpagina bij 'Ik woon in de wijk'"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    professionals_page = models.ForeignKey(
        "explainers.RoutePage",
        verbose_name=_("startpagina bij 'Ik werk in de wijk'"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("residents_page"),
                FieldPanel("residents_text"),
                FieldPanel("professionals_page"),
                FieldPanel("professionals_text"),
            ],
            heading=_("Ingangen voor bewoners en professionals"),
        ),
        InlinePanel("featured_explainers", label=_("Uitgelichte uitleg"), max_num=6),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "explainers.ExplainerIndexPage",
        "explainers.ArticleIndexPage",
        "explainers.ResourceIndexPage",
        "explainers.ContentPage",
        "explainers.GuidePage",
        "explainers.PracticeIndexPage",
        "explainers.RoutePage",
    ]

    class Meta:
        verbose_name = _("homepagina")

    def get_context(self, request, *args, **kwargs):
        from explainers import listings

        context = super().get_context(request, *args, **kwargs)
        context.update(listings.home_listings(self))
        context["routes"] = listings.home_routes(self, request)
        return context

    def route(self, request, path_components):
        """Resolves the whole path in one query instead of Wagtail's two per
        URL segment (child lookup plus ``.specific``).

        All pages on the path (this page's descendants whose ``url_path`` is a
        prefix of the requested one) come in one query. The deepest one found
        then routes the rest of the path itself, exactly as Wagtail would:
        with nothing left it checks ``live`` (and a RoutablePage serves its
        index route); with segments left it is a RoutablePage sub-route such
        as /stappenplan/afdrukken/, or a 404. A RoutablePage higher up whose
        own routes match the rest of the path keeps it, as in Wagtail. The
        ancestors loaded here serve the breadcrumbs and the view-restriction
        check, so neither needs a query of its own.
        """
        from django.db.models import Q
        from django.http import Http404

        from wagtail.contrib.routable_page.models import RoutablePageMixin

        from explainers.listings import restrictions_for

        if not path_components:
            self.get_view_restrictions = lambda: restrictions_for(self)
            return super().route(request, path_components)
        prefixes = [
            f"{self.url_path}{'/'.join(path_components[:i])}/"
            for i in range(1, len(path_components) + 1)
        ]
        # No select_related of every page type here: a join over all page
        # tables made PostgreSQL plan for most of a second. The deepest
        # page's specific row costs one small query instead. The same query
        # brings this page's children for the main menu and footer
        # (explainers_tags._top_level_pages).
        rows = list(
            Page.objects.filter(
                Q(url_path__in=prefixes) | Q(depth=self.depth + 1),
                path__startswith=self.path,
            ).order_by("path")
        )
        if request is not None:
            request._route_children = (
                self.pk,
                [page for page in rows if page.depth == self.depth + 1],
            )
        found = {page.url_path: page for page in rows}
        chain = [self]
        for url_path in prefixes:
            page = found.get(url_path)
            if page is None or page.depth != chain[-1].depth + 1:
                break
            cls = chain[-1].specific_class
            remaining = path_components[len(chain) - 1 :]
            if (
                len(chain) > 1
                and cls is not None
                and issubclass(cls, RoutablePageMixin)
                and _routable_matches(cls, remaining)
            ):
                break
            page._cached_parent_obj = chain[-1]
            chain.append(page)
        remaining = path_components[len(chain) - 1 :]
        if remaining and not issubclass(
            chain[-1].specific_class or Page, RoutablePageMixin
        ):
            raise Http404  # no such child: url_paths are unique
        if len(chain) == 1:
            return super().route(request, path_components)
        page = _specific(chain[-1])
        page._route_ancestors = chain[:-1]
        if page.alias_of_id is None:
            # Wagtail's check reads the page's and its ancestors' view
            # restrictions with two queries; the cached list has them all.
            page.get_view_restrictions = lambda: restrictions_for(page)
        return page.route(request, remaining)


def _specific(page):
    """``page.specific``, keeping the parent that routing already loaded."""
    specific = page.specific
    if hasattr(page, "_cached_parent_obj"):
        specific._cached_parent_obj = page._cached_parent_obj
    return specific


def _routable_matches(cls, path_components):
    """Whether a RoutablePage class has a route for these remaining segments."""
    from django.http import Http404
    from django.urls import Resolver404

    try:
        cls.get_resolver().resolve("/" + "/".join(path_components) + "/")
    except (Http404, Resolver404):
        return False
    return True


class HomeFeaturedExplainer(Orderable):
    """An explainer that editors pick for the home page, in their order."""

    page = ParentalKey(HomePage, related_name="featured_explainers")
    explainer = models.ForeignKey(
        "explainers.ExplainerPage",
        verbose_name=_("uitleg"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("explainer")]


class ContentPage(CompoundParts, SummaryMixin, ReviewedMixin, Page):
    """A plain page for "Over Wijkwijzer", "Privacy", "Toegankelijkheid"."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("inhoud"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        COMPOUND_PARTS_FIELD,
    ]

    parent_page_types = ["explainers.HomePage", "explainers.ContentPage"]
    subpage_types = ["explainers.ContentPage"]
    type_label = _("Pagina")

    class Meta:
        verbose_name = _("inhoudspagina")
        verbose_name_plural = _("inhoudspagina's")
