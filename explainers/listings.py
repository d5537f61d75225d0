"""The queries behind every page: what is visible, in which order, and with
which related rows fetched up front so the query count stays fixed.

Only live, public pages are ever listed: drafts, unpublished and
password-protected pages never show in a listing, back-link or related block.
Model imports are local because the page models call into this module.
"""

from collections import OrderedDict

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.http import Http404

from wijkwijzer.page_cache import until_content_changes

PER_PAGE = 20


def view_restrictions():
    """Every page view restriction (password, login, groups), each with the
    tree path of its page as ``page_path``, in one query.

    Wagtail's ``public()`` and its serve-time check read the restrictions
    table on every call; the list is tiny and rarely changes, so we keep it in
    the cache until content changes (a restriction or a page move raises the
    page cache's generation). Serving a page leaves the check to Wagtail.
    """
    return until_content_changes("view-restrictions", _load_view_restrictions)


def _load_view_restrictions():
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.annotate(page_path=F("page__path")))


def restricted_paths():
    """Tree paths of pages behind a view restriction (password, login, …)."""
    return [restriction.page_path for restriction in view_restrictions()]


def visible(queryset):
    """Live pages outside any restricted section: what anonymous readers see."""
    queryset = queryset.live()
    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return queryset.exclude(private) if private else queryset


# What a card or link needs: title, summary, link (url_path), visibility
# (live, path) and tree order (depth). Page rows are wide (some 35 columns
# and their StreamFields); loading only these makes card queries cheaper to
# build, run and turn into objects. Pages loaded this way must not be
# rendered as full pages: any other field costs a query.
CARD_FIELDS = ("title", "url_path", "path", "depth", "live")
RESOURCE_CARD_FIELDS = (*CARD_FIELDS, "summary", "year", "partner", "resource_type")


def as_cards(queryset, *extra):
    """``queryset`` loading only the card fields, the model's summary (an
    article's intro), a resource's year, whether a practice example or article
    is made up (the card says so) and the ``extra`` fields a listing shows."""
    names = {field.name for field in queryset.model._meta.get_fields()}
    optional = [
        name for name in ("summary", "intro", "year", "is_fictional") if name in names
    ]
    return queryset.only(*CARD_FIELDS, *optional, *extra)


def paginate(queryset, page_number, per_page=PER_PAGE):
    """One page of results; a page past the end is a 404, page 1 never is."""
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    try:
        return paginator.page(page_number or 1)
    except EmptyPage as exc:
        raise Http404("Pagina bestaat niet") from exc


def filtered_listing(request, form_class, queryset, apply_filters, per_page, form=None):
    form = form or form_class(request.GET or None)
    filters = {}
    if form.is_bound:
        if not form.is_valid():
            if "pagina" in form.errors:
                raise Http404("Ongeldig paginanummer")
            queryset = queryset.none()
        else:
            filters = form.filters()
            queryset = apply_filters(queryset, filters)
    page_number = form.cleaned_data.get("pagina") if form.is_bound else None
    page = paginate(queryset, page_number, per_page)
    chips = [
        (label, _url_without(request, name, value))
        for name, value, label in form.selected()
    ]
    return {
        "filter_form": form,
        "active_filters": filters,
        "filter_chips": chips,
        "active_filter_count": len(chips),
        "results": page,
        "result_count": page.paginator.count,
        "query_without_page": _query_without_page(request),
    }


def _url_without(request, name, value):
    """The listing's URL without one filter value (and back on page 1)."""
    query = request.GET.copy()
    query.pop("pagina", None)
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [v for v in query.getlist(name) if v != value])
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else request.path


def _query_without_page(request):
    query = request.GET.copy()
    query.pop("pagina", None)
    return query.urlencode()


def _apply(queryset, filters, lookups):
    for name, lookup in lookups.items():
        if name in filters:
            queryset = queryset.filter(**{f"{lookup}__in": filters[name]})
    return queryset.distinct()


def explainer_listing(index_page, request):
    from explainers.forms import ExplainerFilterForm
    from explainers.models import ExplainerPage

    queryset = (
        visible(ExplainerPage.objects.descendant_of(index_page))
        .prefetch_related("themes")
        .order_by("path")
    )
    lookups = {"thema": "themes", "doelgroep": "audiences"}
    return filtered_listing(
        request,
        ExplainerFilterForm,
        queryset,
        lambda qs, filters: _apply(qs, filters, lookups),
        PER_PAGE,
    )


def article_listing(index_page, request):
    from explainers.forms import ArticleFilterForm
    from explainers.models import ArticlePage

    queryset = visible(ArticlePage.objects.child_of(index_page)).order_by(
        "-date", "-pk"
    )
    return filtered_listing(
        request,
        ArticleFilterForm,
        queryset,
        lambda qs, filters: _apply(qs, filters, {"thema": "themes"}),
        10,
    )


def resource_listing(index_page, request):
    from explainers.forms import ResourceFilterForm
    from explainers.models import ResourcePage

    queryset = (
        visible(ResourcePage.objects.child_of(index_page))
        .select_related("partner", "resource_type")
        .order_by("title")
    )
    lookups = {
        "thema": "themes",
        "soort": "resource_type",
        "partner": "partner",
        "doelgroep": "audiences",
    }

    def apply_filters(queryset, filters):
        queryset = _apply(queryset, filters, lookups)
        if filters.get("q"):
            queryset = _search(queryset, filters["q"])
        return queryset

    return filtered_listing(
        request, ResourceFilterForm, queryset, apply_filters, PER_PAGE
    )


def _search(queryset, text):
    """Full-text search within the filtered resources, best match first, with
    the site search's synonyms and compound matching."""
    from search.query import ParsedQuery

    search_query = ParsedQuery.parse(text).search_query()
    if search_query is None:
        return queryset
    # Filters may join (and DISTINCT) rows; the search needs a plain queryset.
    plain = queryset.model.objects.filter(pk__in=queryset.values("pk"))
    return plain.select_related("partner", "resource_type").search(search_query)


def linked_resources(page):
    """The page's live, public resources in the editor's order, each with the
    note from its link. Works on previews too (links not yet saved)."""
    links = list(
        page.resource_links.select_related(
            "resource__partner", "resource__resource_type"
        ).only(
            "note",
            "sort_order",
            "page",
            *(f"resource__{field}" for field in RESOURCE_CARD_FIELDS),
        )
    )
    ordered = []
    for link in links:
        resource = link.resource
        if is_visible(resource):
            resource.link_note = link.note
            ordered.append(resource)
    return ordered


def is_visible(page):
    """The in-Python twin of ``visible()``, for rows already loaded."""
    hidden = tuple(restricted_paths())
    return page.live and not (hidden and page.path.startswith(hidden))


def group_by_partner(resources):
    groups = OrderedDict()
    for resource in resources:
        groups.setdefault(resource.partner, []).append(resource)
    return list(groups.items())


def related_explainers(page, limit=3, themes=None):
    """Editor picks that are visible; when there are none, explainers sharing
    the most themes. (The in-Python path, for previews: their picks may not be
    saved yet.)"""
    from explainers.models import ExplainerPage

    links = page.related_pages.select_related("related").defer(
        "related__body", "related__professionals"
    )
    picked = [link.related for link in links if is_visible(link.related)]
    if picked:
        return picked
    themes = list(page.themes.all()) if themes is None else themes
    theme_ids = [theme.pk for theme in themes]
    if not theme_ids:
        return []
    return list(_sharing_themes(ExplainerPage, theme_ids).exclude(pk=page.pk)[:limit])


def _sharing_themes(model, theme_ids):
    """Visible pages of ``model`` with any of the themes, most shared first."""
    return (
        as_cards(visible(model.objects.filter(themes__in=theme_ids)))
        .annotate(shared_themes=Count("themes"))
        .order_by("-shared_themes", "title")
    )


def _sub_explainers(page):
    from explainers.models import ExplainerPage

    # A page being previewed before its first save has no place in the
    # tree yet, so it has no children either.
    if not page.path:
        return []
    return list(
        as_cards(visible(ExplainerPage.objects.child_of(page))).order_by("path")
    )


def explainers_around(page, themes, limit=3):
    """``(related, sub_explainers)`` for an explainer in one query.

    Related are the editor's visible picks in their order or, without any,
    the ``limit`` explainers sharing the most themes; sub-explainers are the
    page's children in tree order. Only live, public pages.
    """
    from modelcluster.queryset import FakeQuerySet

    from explainers.models import ExplainerPage

    links = page.related_pages.all()
    if isinstance(links, FakeQuerySet) or not page.path:  # a preview
        return related_explainers(page, limit, themes), _sub_explainers(page)
    theme_ids = [theme.pk for theme in themes]
    wanted = Q(pk__in=links.values("related_id")) | Q(
        path__startswith=page.path, depth=page.depth + 1
    )
    rows = as_cards(visible(ExplainerPage.objects.all()))
    if theme_ids:
        # Children are shown under "Meer over dit onderwerp", never again here.
        top = (
            _sharing_themes(ExplainerPage, theme_ids)
            .exclude(pk=page.pk)
            .exclude(path__startswith=page.path, depth=page.depth + 1)
        )
        wanted |= Q(pk__in=top.values("pk")[:limit])
        rows = rows.annotate(
            shared_themes=Count("themes", filter=Q(themes__in=theme_ids))
        )
    rows = list(
        rows.filter(wanted).annotate(
            pick_order=Subquery(
                links.filter(related=OuterRef("pk")).values("sort_order")[:1]
            )
        )
    )
    picks = sorted(
        (row for row in rows if row.pick_order is not None),
        key=lambda row: row.pick_order,
    )
    children = sorted(
        (
            row
            for row in rows
            if row.depth == page.depth + 1 and row.path.startswith(page.path)
        ),
        key=lambda row: row.path,
    )
    sharing = sorted(
        (
            row
            for row in rows
            if getattr(row, "shared_themes", 0)
            and row.pk != page.pk
            and row not in children
        ),
        key=lambda row: (-row.shared_themes, row.title),
    )
    return picks or sharing[:limit], children


def related_examples(page, limit=2, themes=None):
    """Practice examples sharing the most themes with the page."""
    from explainers.models import PracticePage

    themes = list(page.themes.all()) if themes is None else themes
    theme_ids = [theme.pk for theme in themes]
    if not theme_ids:
        return []
    return list(_sharing_themes(PracticePage, theme_ids)[:limit])


def chosen_in_streams(block_type, field, *streams):
    """Primary keys of the pages an editor chose in the ``block_type`` blocks
    (their list ``field``) of the StreamFields ``streams``. Read from the
    stored JSON, so it costs no query; works on previews too."""
    chosen = set()
    for stream in streams:
        for block in stream.raw_data if stream else ():
            if block["type"] != block_type:
                continue
            for item in block["value"].get(field) or ():
                # ListBlock items are {"type": "item", "value": pk, "id": …};
                # data saved before Wagtail 2.16 holds the bare pk.
                chosen.add(item["value"] if isinstance(item, dict) else item)
    return chosen


def without_body_cards(resources, *streams):
    """Linked resources minus those a resource-cards block in the body already
    shows: one resource appears once on a page, in the place the editor gave it
    ("Meer lezen bij de partners" then lists the rest, or is left out)."""
    shown = chosen_in_streams("resource_cards", "resources", *streams)
    return [resource for resource in resources if resource.pk not in shown]


def explainer_detail(page):
    streams = (page.body, page.professionals)
    resources = without_body_cards(linked_resources(page), *streams)
    themes = list(page.themes.all())
    related, sub_explainers = explainers_around(page, themes)
    # An explainer shown as a card in the body ("Lees verder") is not shown
    # again under "Meer over dit onderwerp" or "Gerelateerd", and a
    # sub-explainer not again under "Gerelateerd".
    shown = chosen_in_streams("page_cards", "pages", *streams)
    sub_explainers = [item for item in sub_explainers if item.pk not in shown]
    shown |= {item.pk for item in sub_explainers}
    related = [item for item in related if item.pk not in shown]
    return {
        "page_themes": themes,
        "resources": resources,
        "resources_by_partner": group_by_partner(resources),
        "related": related,
        "related_examples": related_examples(page, themes=themes),
        "sub_explainers": sub_explainers,
    }


def article_detail(page):
    resources = without_body_cards(linked_resources(page), page.body)
    return {"resources_by_partner": group_by_partner(resources)}


def resource_detail(resource):
    """ "Uitgelegd in": the visible pages (explainers, guide steps, practice
    examples, articles) whose resource links point at this resource."""
    from explainers.models import ArticlePage, ExplainerPage, PracticePage, StepPage

    if resource.pk is None:
        # A new resource previewed before its first save: nothing links it yet
        # (and Django refuses unsaved instances in related filters).
        return {"explained_in": []}
    citing = []
    for model, order in (
        (ExplainerPage, "title"),
        (StepPage, "path"),
        (PracticePage, "title"),
        (ArticlePage, "-date"),
    ):
        pages = visible(model.objects.filter(resource_links__resource=resource))
        citing.extend(as_cards(pages).distinct().order_by(order))
    return {"explained_in": citing}


def featured_explainers(home):
    """The home page's featured explainers that are visible, in editor order."""
    from explainers.models import ExplainerPage

    featured_ids = [item.explainer_id for item in home.featured_explainers.all()]
    by_id = as_cards(
        visible(ExplainerPage.objects.filter(pk__in=featured_ids))
    ).in_bulk()
    return [by_id[pk] for pk in featured_ids if pk in by_id]


def all_partners():
    """Every partner, in their order (the footer lists them on every page)."""
    from explainers.models import Partner

    return until_content_changes("partners", lambda: list(Partner.objects.all()))


def all_themes():
    """Every theme, in their order (home and the site search use them)."""
    from explainers.models import Theme

    return until_content_changes("themes", lambda: list(Theme.objects.all()))


def home_listings(home):
    from explainers.models import ArticlePage

    return {
        "featured": featured_explainers(home),
        "themes": all_themes(),
        "latest_articles": list(
            as_cards(visible(ArticlePage.objects.all()), "date").order_by("-date")[:3]
        ),
        "partners": all_partners(),
    }


def theme_detail(theme):
    from explainers.models import ArticlePage, ExplainerPage, PracticePage, ResourcePage

    return {
        "examples": list(
            as_cards(
                visible(PracticePage.objects.filter(themes=theme)), "evidence"
            ).order_by("title")
        ),
        "explainers": list(
            as_cards(visible(ExplainerPage.objects.filter(themes=theme))).order_by(
                "title"
            )
        ),
        "articles": list(
            as_cards(
                visible(ArticlePage.objects.filter(themes=theme)), "date"
            ).order_by("-date")
        ),
        "resources": list(
            visible(ResourcePage.objects.filter(themes=theme))
            .select_related("partner", "resource_type")
            .order_by("title")
        ),
    }


def partner_detail(partner):
    from explainers.models import ResourcePage

    return {
        "resources": list(
            visible(ResourcePage.objects.filter(partner=partner))
            .select_related("partner", "resource_type")
            .order_by("title")
        )
    }


# The start pages of the two routes (RoutePage) ------------------------------

# The audience whose start page lists its own part in each step of the guide;
# any other audience's start page lists the steps and resources by theme.
RESIDENTS = "bewoners"
ROUTE_EXPLAINERS = 4
ROUTE_EXAMPLES = 3
RESOURCES_PER_THEME = 3


def top_level_pages(request):
    """The visible children of the site root in tree order, for the main
    menu, the footer and the home page's routes: cached until content
    changes, so no query of their own."""
    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    return until_content_changes(
        f"menu:{site.root_page_id}",
        lambda: list(visible(site.root_page.get_children()).order_by("path")),
    )


def section_urls(request):
    """{page type's model name: url} of the top-level sections (the guide,
    the explainer and practice indexes, …), from the menu's list."""
    urls = {}
    for page in top_level_pages(request):
        cls = page.specific_class
        if cls is not None:
            urls.setdefault(cls._meta.model_name, page.get_url(request))
    return urls


def home_routes(home, request):
    """The urls behind "Ik woon in de wijk" and "Ik werk in de wijk": the
    start pages the editors chose on the home page. They are children of the
    home page, so the menu's list has them (no query). Without a visible
    choice the route falls back to the explainers for that audience."""
    by_id = {page.pk: page for page in top_level_pages(request)}
    explainers_url = section_urls(request).get("explainerindexpage", "/uitleg/")
    routes = {}
    for key, page_id, audience in (
        ("residents", home.residents_page_id, "bewoners"),
        ("professionals", home.professionals_page_id, "professionals"),
    ):
        page = by_id.get(page_id)
        if page is not None:
            routes[key] = page.get_url(request)
        else:
            routes[key] = f"{explainers_url}?doelgroep={audience}"
    return routes


def route_sections(page, request=None):
    """What a start page lists below the editor's text, for its audience:
    explainers and practice examples written for it; for residents their
    part in each step of the guide, for others the steps and a few partner
    resources per theme. A fixed number of queries, only visible pages."""
    from explainers.models import ExplainerPage, PracticePage, StepPage

    audience = page.audience
    residents = audience.slug == RESIDENTS
    steps = list(
        as_cards(visible(StepPage.objects.all()), "phase", "resident_part").order_by(
            "path"
        )
    )
    return {
        "audience": audience,
        "for_residents": residents,
        "section_urls": section_urls(request),
        "route_steps": steps,
        "route_explainers": _for_audience(
            ExplainerPage, audience, "path", ROUTE_EXPLAINERS
        ),
        "route_examples": _for_audience(
            PracticePage, audience, "title", ROUTE_EXAMPLES
        ),
        "resources_by_theme": [] if residents else resources_by_theme(audience),
    }


def _for_audience(model, audience, order, limit):
    """The first ``limit`` visible cards of ``model`` written for
    ``audience``: those written for it alone first (they speak to this
    reader the most), then the shared ones."""
    from django.db.models import Exists

    through = model.audiences.through
    others = through.objects.filter(
        **{f"{model._meta.model_name}_id": OuterRef("pk")}
    ).exclude(audience=audience)
    return list(
        as_cards(visible(model.objects.filter(audiences=audience)))
        .annotate(shared=Exists(others))
        .order_by("shared", order)[:limit]
    )


def resources_by_theme(audience, per_theme=RESOURCES_PER_THEME):
    """[(theme, [resources])]: for every theme, its ``per_theme`` newest
    visible resources for ``audience``, in one query (a row number per theme,
    counted in the database)."""
    from django.db.models import Window
    from django.db.models.functions import RowNumber

    from explainers.models import ResourcePage

    resources = visible(ResourcePage.objects.filter(audiences=audience))
    newest_first = [
        F("resourcepage__year").desc(nulls_last=True),
        "resourcepage__title",
    ]
    rows = (
        ResourcePage.themes.through.objects.filter(
            resourcepage__in=resources.values("pk")
        )
        .annotate(
            rank=Window(RowNumber(), partition_by=F("theme_id"), order_by=newest_first)
        )
        .filter(rank__lte=per_theme)
        .select_related("theme", "resourcepage__partner")
        .order_by("theme__sort_order", "theme__name", "rank")
    )
    groups = OrderedDict()
    for row in rows:
        groups.setdefault(row.theme, []).append(row.resourcepage)
    return list(groups.items())
