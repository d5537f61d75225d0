"""The search itself: one ranked query over the page types, facet counts,
matching themes and partners, editors' promotions and a spelling retry.

The full-text match runs once: the list of matching pages (see Matches,
MATCH_CAP) gives the results, the filters and every facet count. The number
of SQL queries is fixed: it does not grow with the number of results
(tests/search/test_query_count.py asserts it). Above MATCH_CAP matching pages
the search says "Meer dan 1.000 resultaten" and ranks, shows and counts in
the facets only RANKED_ABOVE_CAP of them (benchmarks/search_scale.py measures
it at 100,000 pages).
"""

import re
from collections import namedtuple
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, Paginator
from django.db import connection, connections, router
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    F,
    FloatField,
    Lookup,
    OuterRef,
    Q,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, NullIf
from django.utils.formats import number_format

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from explainers.listings import all_partners, all_themes, restricted_paths
from explainers.models import (
    ArticlePage,
    Audience,
    GlossaryTerm,
    PracticePage,
    ResourcePage,
    Theme,
)
from wijkwijzer.page_cache import until_content_changes
from wijkwijzer.request_memo import remember

from . import index_entries, vocabulary
from .forms import RESULT_TYPES
from .query import STOPWORDS, ParsedQuery, highlight, word_root
from .scope import (
    AUDIENCED,
    PAGE_TYPES,
    SNIPPET_TYPES,
    THEMED,
    page_queryset,
)

PER_PAGE = 10
# Matching pages ranked and counted; above it "Meer dan 1.000 resultaten",
# and only the first RANKED_ABOVE_CAP candidates are ranked and shown.
MATCH_CAP = 1_000
RANKED_ABOVE_CAP = 200
# Relevance multipliers: for equal matches, an explainer beats a partner's
# resource, which beats a plain page such as the privacy statement.
TYPE_WEIGHTS = {"uitleg": 1.5, "artikel": 1.0, "partnerbron": 1.0, "pagina": 0.7}
FICTIONAL = (PracticePage, ArticlePage)  # pages that may be made up


@dataclass
class Hit:
    """One result as the template shows it."""

    type_label: str
    title: str
    url: str
    summary: str
    is_fictional: bool = False
    partner: str = ""  # a partner resource's partner, by its short name
    year: int | None = None  # a partner resource's year
    names: set = field(default_factory=set)  # a snippet's names, for exact_hits


@dataclass
class Facet:
    slug: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchOutcome:
    query: ParsedQuery
    filters: dict = field(default_factory=dict)
    results: object = None  # a Django Page of Hits
    snippet_hits: list = field(default_factory=list)
    # Snippets named exactly what was searched ("LSA", "NPLV"): the first
    # cards of the results, not in the box beside them.
    exact_hits: list = field(default_factory=list)
    total: int = 0
    facets: dict = field(default_factory=dict)
    promotions: list = field(default_factory=list)
    # The query as typed, when it found nothing and these are the results of
    # its spelling correction (then ``query`` is the corrected query).
    corrected_from: ParsedQuery | None = None
    # Whether the query as typed found pages too (through the parts of a
    # word the site does not use): the page then says so, not "no results".
    typed_found: bool = False
    # More than MATCH_CAP pages match: the results hold RANKED_ABOVE_CAP.
    capped: bool = False
    # The facets count the results, not every match ("12+").
    facets_capped: bool = False

    @property
    def match_cap(self):
        """MATCH_CAP as the page writes it: "1.000"."""
        return number_format(MATCH_CAP, force_grouping=True)

    @property
    def ranked_above_cap(self):
        return number_format(RANKED_ABOVE_CAP, force_grouping=True)


def _snippet_hits(filters, parsed, roots):
    """Themes, partners and glossary terms whose name matches a searched word:
    the name, a partner's short name ("LSA") or a term's other forms ("Asset
    Based Community Development" for ABCD). A mention in a description alone
    is not enough: they would crowd out the pages. They have no themes or
    audiences, so a theme or audience filter leaves them out.

    They are matched here, against the lists the pages keep in the cache
    until content changes (the footer's partners, the themes, the glossary):
    a few hundred names at most, so no search query is needed. Per type the
    best five: a name that is the whole query, then names that hold more of
    the searched words, then descriptions that do; ties in their usual order.
    """
    if filters.get("thema") or filters.get("doelgroep") or not roots:
        return []
    wanted = filters.get("type")
    words = NameWords.of(parsed)
    hits = []
    for slug, candidates in _snippet_candidates().items():
        if wanted and wanted != slug:
            continue
        found = []
        for order, (obj, name, text, aliases) in enumerate(candidates):
            hit = _snippet_hit(slug, obj, name, text, words, roots, aliases)
            if hit is not None:
                found.append((_snippet_score(hit, text, words), order, hit))
        found.sort(key=lambda item: (-item[0][0], -item[0][1], -item[0][2], item[1]))
        hits += [hit for _score, _order, hit in found[:5]]
    return hits


def _snippet_score(hit, text, words):
    """(a name holds every searched word, searched words in the names,
    searched words in the text): how well a snippet answers the search."""
    in_names = set().union(*(words.found_in(n) for n in hit.names))
    in_text = words.found_in(text)
    return (len(in_names) == len(words.searched), len(in_names), len(in_text))


def _snippet_candidates():
    """{type: [(object, name, description, other names)]} for every theme,
    partner and glossary term, in their usual order; from the cached lists,
    read (and cached) once per content change."""
    return remember("search:snippet-candidates", _load_snippet_candidates)


def _load_snippet_candidates():
    from explainers.glossary import glossary_terms

    terms = {}
    for form, slug, term, definition in glossary_terms():
        entry = terms.setdefault(slug, (term, definition, []))
        if form != term:
            entry[2].append(form)
    return {
        "thema": [(t, t.name, t.description, "") for t in all_themes()],
        "partner": [
            (p, p.name, p.description, p.short_name or "") for p in all_partners()
        ],
        "begrip": [
            (GlossaryTerm(slug=slug), term, definition, "\n".join(forms))
            for slug, (term, definition, forms) in sorted(
                terms.items(), key=lambda item: item[1][0].lower()
            )
        ],
    }


@dataclass
class NameWords:
    """What a theme's, partner's or term's name must hold to be a hit, as the
    search index would see it: a searched word or synonym, in any inflection
    or as the start of a longer word ("wijkaanp" → Wijkaanpak); or all the
    parts of a searched compound, in any inflection ("zorg" alone is no
    answer to "zorgtoeslag")."""

    searched: dict  # word → its root
    compounds: list  # per searched compound: {part: its root}

    @classmethod
    def of(cls, parsed):
        searched = [*parsed.terms, *parsed.joined]
        searched += [w for phrase in parsed.synonyms for w in phrase.split()]
        searched = [w for w in searched if w not in STOPWORDS and len(w) >= 3]
        return cls(
            searched={word: word_root(word) for word in searched},
            compounds=[{p: word_root(p) for p in parts} for parts in parsed.compounds],
        )

    def found_in(self, text):
        """The searched words and compound parts that ``text`` holds."""
        words = _words_of(text)
        roots = {word_root(word) for word in words}
        found = {
            searched
            for searched, root in self.searched.items()
            if root in roots or any(word.startswith(searched) for word in words)
        }
        for parts in self.compounds:
            if all(root in roots for root in parts.values()):
                found.update(parts)
        return found


def _name_matches(name, words):
    return bool(words.found_in(name))


def _alias_list(aliases):
    return [" ".join(a.split()) for a in re.split(r"[\n,;]+", aliases or "")]


def _snippet_hit(slug, obj, name, text, words, roots, aliases=""):
    """The hit for a snippet, or None when no word of its name or of one of
    its other names matches. A partner found by its short name shows both:
    "Landelijk Samenwerkingsverband Actieve bewoners (LSA)"."""
    others = [a for a in _alias_list(aliases) if a and a.lower() != name.lower()]
    matched = [a for a in others if _name_matches(a, words)]
    if not _name_matches(name, words) and not matched:
        return None
    title = name
    if slug == "partner" and others:
        title = f"{name} ({others[0]})"
    return Hit(
        type_label=RESULT_TYPES[slug],
        title=title,
        url=obj.get_absolute_url(),
        summary=highlight(text, roots),
        names={" ".join(_words_of(n)) for n in [name, *others]},
    )


def _words_of(text):
    return [w.lower() for w in re.findall(r"[^\W_]+", text)]


MAX_EXACT = 2


def _exact_hits(snippet_hits, parsed):
    """The snippet hits named exactly what was searched; failing that, when
    the whole query is one of a synonym group's terms, at most MAX_EXACT
    named like one of its synonyms ("community" → "ABCD"). A question that
    merely holds such a word ("hoe begin ik een wijkaanpak") gets none: the
    pages that answer it come first."""
    searched = " ".join(parsed.terms)
    named = [hit for hit in snippet_hits if searched in hit.names]
    if named or not parsed.is_synonym_term():
        return named
    synonyms = set(parsed.synonyms)
    return [hit for hit in snippet_hits if hit.names & synonyms][:MAX_EXACT]


def _page_hit(page, request, roots):
    partner_id = getattr(page, "partner_id", None)
    partner = ""
    if partner_id:
        # The cached list the footer reads: no query per card.
        partners = {p.pk: p.display_name for p in all_partners()}
        partner = partners.get(partner_id, "")
    return Hit(
        type_label=str(page.type_label),
        title=page.title,
        url=page.get_url(request),
        summary=highlight(page.summary, roots),
        is_fictional=getattr(page, "is_fictional", False),
        partner=partner,
        year=getattr(page, "year", None),
    )


def _weighted_ranking(queryset):
    """The backend's search results ordered best first, with TYPE_WEIGHTS
    applied to its relevance score."""
    weight = Case(
        *[
            When(
                content_type=ContentType.objects.get_for_model(PAGE_TYPES[slug]),
                then=Value(factor),
            )
            for slug, factor in TYPE_WEIGHTS.items()
        ],
        default=Value(1.0),
        output_field=FloatField(),
    )
    weighted = ExpressionWrapper(F("_score") * weight, output_field=FloatField())
    # SQLite's BM25 score is negative and lower is better; PostgreSQL's
    # ts_rank is positive and higher is better. Scaling works for both.
    order = weighted.asc() if connection.vendor == "sqlite" else weighted.desc()
    return queryset.order_by(order, "-pk")


def ranked_pages(filters, search_query):
    """The matching pages as a queryset, best first, with TYPE_WEIGHTS applied
    to the backend's relevance score."""
    results = (
        page_queryset(filters).specific().search(search_query).annotate_score("_score")
    )
    if not hasattr(results, "get_queryset"):  # not a database backend
        return results
    return _weighted_ranking(results.get_queryset())


# ---------------------------------------------------------------------------
# Database backends: the full-text match runs once.
#
# One query lists the visible matching pages (id and content type, best
# first); one more reads the theme and audience links of those pages. The
# facet filters and all facet counts are then worked out in Python from these
# rows, and the result page's cards come from one query. A search therefore
# costs the same number of queries whatever it finds or filters.
#
# Up to MATCH_CAP matching pages every match is ranked and counted exactly.
# Beyond it (a common word on a site with 100,000 pages) ranking every match
# is what costs seconds, so only RANKED_ABOVE_CAP candidates are ranked: on
# PostgreSQL the pages that match in their title first (search.index_entries).
# The page then says "Meer dan 1.000 resultaten" and the facets count the
# ranked pages ("12+").
# ---------------------------------------------------------------------------

# The field each page type's card summary comes from (its ``summary``).
SUMMARY_FIELDS = {"artikel": "intro"}


@dataclass
class Matches:
    """The visible pages matching a search, best first, with their links."""

    rows: list  # (pk, content_type) rows, best first, see _match_rows
    themes: dict  # page id → theme ids, one per link row
    audiences: dict  # page id → audience ids, one per link row
    taxonomies: dict  # the facet labels, see _taxonomies()
    capped: bool = False  # more than MATCH_CAP pages match

    def keep(self, row, filters, ignore):
        """Whether the page in ``row`` passes the filters, except ``ignore``."""
        wanted = filters.get("type")
        if wanted and ignore != "type":
            if wanted in SNIPPET_TYPES:
                return False
            if not issubclass(_model_of(row.content_type), PAGE_TYPES[wanted]):
                return False
        for name, links in (("thema", self.themes), ("doelgroep", self.audiences)):
            chosen = filters.get(name)
            if chosen and ignore != name and chosen.pk not in links[row.pk]:
                return False
        return True

    def filtered(self, filters, ignore=None):
        if not any(value for name, value in filters.items() if name != ignore):
            return self.rows  # the common case: nothing to check
        return [row for row in self.rows if self.keep(row, filters, ignore)]


def _model_of(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class()


def _find_matches(search_query, rows=None):
    """Matches for ``search_query`` (its _match_rows when given); None when
    the backend offers no queryset."""
    if rows is None:
        rows = _match_rows(search_query)
    if rows is None:
        return None
    return Matches(rows, *_links(rows), capped=rows.capped)


# One matching page. (Not values_list(named=True): its class is made on the
# fly, and search outcomes are pickled into the cache, search/outcome_cache.py.)
MatchRow = namedtuple("MatchRow", ["pk", "content_type"])


class MatchRows(list):
    """MatchRow rows, best first; ``capped``: more pages match than
    MATCH_CAP."""

    capped = False


def _match_rows(search_query, filters=None):
    """The visible pages matching ``search_query`` (narrowed by ``filters``)
    as MatchRows: all of them, or RANKED_ABOVE_CAP when more than MATCH_CAP
    match. None when the backend offers no queryset."""
    filters = filters or {}
    pages = page_queryset(filters)
    results = pages.search(search_query).annotate_score("_score")
    if not hasattr(results, "get_queryset"):
        return None
    ranked = _weighted_ranking(results.get_queryset())
    fields = ("pk", "content_type")
    if connection.vendor != "postgresql":
        found = ranked.values_list(*fields)[: MATCH_CAP + 1]
        rows = MatchRows(map(MatchRow._make, found))
        rows.capped = len(rows) > MATCH_CAP
        if rows.capped:
            del rows[RANKED_ABOVE_CAP:]
        return rows
    # Rank the candidates only: every match up to MATCH_CAP + 1. A type
    # filter is a content type; themes and audiences need the pages.
    wanted = filters.get("type")
    if wanted in SNIPPET_TYPES:
        return MatchRows()
    ids = index_entries.matching_page_ids(
        search_query,
        [PAGE_TYPES[wanted]] if wanted else PAGE_TYPES.values(),
        MATCH_CAP + 1,
        pages if filters.get("thema") or filters.get("doelgroep") else None,
    )
    if not ids:
        return MatchRows()
    capped = len(ids) > MATCH_CAP
    if capped:
        ids = ids[:RANKED_ABOVE_CAP]
    rows = MatchRows(
        map(MatchRow._make, ranked.filter(_one_of("id", ids)).values_list(*fields))
    )
    # More than MATCH_CAP index entries match. (A page that is not live or
    # not visible can be among them: then the visible ones may be fewer.)
    rows.capped = capped
    return rows


def _links(rows):
    """Theme and audience ids of the pages in ``rows``, in one query, and the
    facet labels (see _taxonomies). Each link table only holds pages of its
    own type, so it gets only their ids. Plain SQL over the link tables: the
    same query through the ORM (a union of seven querysets) cost more to
    build than to run."""
    themes = {row.pk: [] for row in rows}
    audiences = {row.pk: [] for row in rows}
    links = {"themes": themes, "audiences": audiences}
    models = {ct: _model_of(ct) for ct in {row.content_type for row in rows}}
    parts, params = [], []
    for relation, related in (("themes", THEMED), ("audiences", AUDIENCED)):
        for model in related:
            ids = [
                row.pk for row in rows if issubclass(models[row.content_type], model)
            ]
            if ids:
                sql, part_params = _link_rows_sql(model, relation, ids)
                parts.append(sql)
                params += part_params
    if parts:
        database = router.db_for_read(Theme)
        with connections[database].cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for page, target, relation in cursor.fetchall():
                links[relation][page].append(target)
    return themes, audiences, _taxonomies()


def _link_rows_sql(model, relation, ids):
    """SQL and parameters for the (page id, target id, relation) rows of
    ``model``'s ``relation`` ("themes") for the pages ``ids``."""
    through = getattr(model, relation).through._meta
    quote = connection.ops.quote_name
    page = quote(through.get_field(model._meta.model_name).column)
    target = quote(through.get_field(relation[:-1]).column)  # themes → theme
    if connection.vendor == "postgresql":
        condition, id_params = f"{page} = ANY(%s)", [list(ids)]
    else:
        condition, id_params = f"{page} IN ({', '.join(['%s'] * len(ids))})", ids
    # Only quoted names from the models' metadata are formatted in; every
    # value is a parameter.
    table = quote(through.db_table)
    sql = f"SELECT {page}, {target}, %s FROM {table} WHERE {condition}"  # noqa: S608
    return sql, [relation, *id_params]


class _AnyOf(Lookup):
    """``lhs = ANY(rhs)``: PostgreSQL's IN for an array."""

    lookup_name = "any_of"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", [*lhs_params, *rhs_params]


def _one_of(column, ids):
    """``column IN ids``; on PostgreSQL ``column = ANY(array)``: a thousand
    ids are one parameter, not a thousand placeholders for psycopg to parse."""
    if connection.vendor != "postgresql":
        return Q(**{f"{column}__in": ids})
    # An array literal: psycopg and Django would adapt a list id by id.
    literal = "{%s}" % ",".join(str(int(pk)) for pk in ids)  # noqa: UP031
    return _AnyOf(F(column), RawSQL("%s::integer[]", [literal]))


def _result_hits(rows, request, roots):
    """The cards for ``rows`` (one result page), from one query: instead of
    fetching the specific pages type by type, a subquery per page type on
    the page reads the card summary. (Subqueries, not joins: seven outer
    joins make PostgreSQL's row estimates explode on small tables, and it
    JIT-compiles.) Only the types on this page of results are read."""
    if not rows:
        return []
    present = {_model_of(ct) for ct in {row.content_type for row in rows}}

    def of_types(models):
        return [m for m in models if any(issubclass(p, m) for p in present)]

    def read(model, field):
        return Subquery(
            model.objects.filter(pk=OuterRef("pk")).order_by().values(field)[:1]
        )

    slugs = {model: slug for slug, model in PAGE_TYPES.items()}
    cards = {
        "card_summary": _first_of(
            [
                read(model, SUMMARY_FIELDS.get(slugs[model], "summary"))
                for model in of_types(PAGE_TYPES.values())
            ],
            Value(""),
            TextField(),
        ),
        # A made-up practice example or article says so on its card.
        "card_fictional": _first_of(
            [read(model, "is_fictional") for model in of_types(FICTIONAL)],
            Value(False),
            BooleanField(),
        ),
    }
    if of_types([ResourcePage]):
        # A partner resource names its partner and year ("Partnerbron · LSA ·
        # 2022"), so two resources with the same title can be told apart.
        cards["card_partner"] = Coalesce(
            NullIf(read(ResourcePage, "partner__short_name"), Value("")),
            read(ResourcePage, "partner__name"),
            output_field=TextField(),
        )
        cards["card_year"] = read(ResourcePage, "year")
    # A card needs the title and URL only (get_url reads url_path).
    pages = (
        Page.objects.filter(pk__in=[row.pk for row in rows])
        .only("title", "url_path")
        .annotate(**cards)
    )
    by_id = {page.pk: page for page in pages}
    hits = []
    for row in rows:
        page = by_id[row.pk]
        hits.append(
            Hit(
                type_label=str(_model_of(row.content_type).type_label),
                title=page.title,
                url=page.get_url(request),
                summary=highlight(page.card_summary, roots),
                is_fictional=bool(page.card_fictional),
                partner=getattr(page, "card_partner", "") or "",
                year=getattr(page, "card_year", None),
            )
        )
    return hits


def _first_of(expressions, default, output_field):
    """The first of ``expressions`` that is not NULL, else ``default``."""
    if not expressions:
        return ExpressionWrapper(default, output_field=output_field)
    return Coalesce(*expressions, default, output_field=output_field)


def _taxonomies():
    """All themes and all audiences: {"thema": […], "doelgroep": […]}, each a
    list of (pk, slug, name) in their usual order; kept until content
    changes."""
    return until_content_changes("search-taxonomies", _load_taxonomies)


def _load_taxonomies():
    return {
        # The themes as every page keeps them (the snippet matching reads them).
        "thema": [(theme.pk, theme.slug, theme.name) for theme in all_themes()],
        "doelgroep": list(Audience.objects.values_list("pk", "slug", "name")),
    }


def _type_facet(filters, type_counts, snippet_hits):
    by_type = {}
    for slug, model in PAGE_TYPES.items():
        content_type = ContentType.objects.get_for_model(model)
        by_type[slug] = type_counts.get(content_type.pk, 0)
    for slug in SNIPPET_TYPES:
        label = RESULT_TYPES[slug]
        by_type[slug] = sum(1 for hit in snippet_hits if hit.type_label == label)
    return [
        Facet(slug, RESULT_TYPES[slug], count, filters.get("type") == slug)
        for slug, count in by_type.items()
    ]


def _taxonomy_facet(filters, name, items, counts):
    chosen = filters.get(name)
    return [
        Facet(slug, label, counts.get(pk, 0), chosen is not None and chosen.pk == pk)
        for pk, slug, label in items
    ]


def _facets(filters, matches, snippet_hits):
    """Each facet counts what a click would show: the other filters apply,
    its own does not."""
    type_counts = {}
    for row in matches.filtered(filters, ignore="type"):
        type_counts[row.content_type] = type_counts.get(row.content_type, 0) + 1
    counts = {"thema": {}, "doelgroep": {}}
    for name, links in (("thema", matches.themes), ("doelgroep", matches.audiences)):
        for row in matches.filtered(filters, ignore=name):
            for target in links[row.pk]:
                counts[name][target] = counts[name].get(target, 0) + 1
    taxonomies = matches.taxonomies
    return {
        "type": _type_facet(filters, type_counts, snippet_hits),
        "thema": _taxonomy_facet(
            filters, "thema", taxonomies["thema"], counts["thema"]
        ),
        "doelgroep": _taxonomy_facet(
            filters, "doelgroep", taxonomies["doelgroep"], counts["doelgroep"]
        ),
    }


def _promotions(parsed, request):
    """Pages editors pinned for exactly this query (Wagtail search promotions).
    Few queries have any: the list of those that do is kept until content
    changes, so a search for another costs no query."""
    query_string = normalise_query_string(parsed.text)
    if query_string not in _promoted_queries():
        return []
    promotions = SearchPromotion.objects.filter(
        query__query_string=query_string
    ).select_related("page")
    hidden = tuple(restricted_paths())
    pinned = []
    for promotion in promotions:
        page = promotion.page
        if page is None:
            if promotion.external_link_url:
                pinned.append(Hit("", promotion.title, promotion.external_link_url, ""))
            continue
        if page.live and not page.path.startswith(hidden or ("\0",)):
            pinned.append(
                Hit(
                    "",
                    page.title,
                    page.get_url(request),
                    promotion.description or page.search_description,
                )
            )
    return pinned


def _promoted_queries():
    return until_content_changes(
        "search-promoted-queries",
        lambda: set(
            SearchPromotion.objects.values_list("query__query_string", flat=True)
        ),
    )


def uses_database_backend():
    """True for our database backends (prefix queries, SQL facet counts)."""
    return getattr(get_search_backend(), "supports_prefix", False)


def run_search(raw_query, filters, page_number, request, correct=True):
    """Search everything for ``raw_query``; ``filters`` holds the valid facets.

    When the query matches no page and a word in it is a likely misspelling
    of a word the site uses (search.vocabulary), the outcome is that of the
    corrected query, with ``corrected_from`` the query as typed; unless
    ``correct`` is False (the reader asked for exactly what they typed).
    The query as typed then cost one query (its match); the vocabulary is
    read only then."""
    parsed = ParsedQuery.parse(raw_query)
    if not (correct and parsed and uses_database_backend()):
        outcome = _run_search(parsed, filters, page_number, request)
        if correct and parsed and not outcome.total:
            # Other backends: the whole search again, corrected.
            retry = _corrected(parsed)
            if retry is not None:
                corrected = _run_search(retry, filters, page_number, request)
                if corrected.total:
                    corrected.corrected_from = parsed
                    return corrected
        return outcome
    rows = _match_rows(parsed.search_query())
    # Nothing found, or words that are on no page ("buurhuis", whose parts
    # buur and huis find pages about something else): try the correction.
    if rows == [] or (rows and vocabulary.nothing_known(parsed.terms)):
        retry = _corrected(parsed)
        retry_rows = _match_rows(retry.search_query()) if retry else None
        if retry_rows:
            outcome = _run_search(retry, filters, page_number, request, retry_rows)
            outcome.corrected_from = parsed
            outcome.typed_found = bool(rows)
            return outcome
    return _run_search(parsed, filters, page_number, request, rows)


def _corrected(parsed):
    """The ParsedQuery with misspelt words corrected, or None."""
    corrected = vocabulary.correct(parsed.terms)
    return ParsedQuery.parse(" ".join(corrected)) if corrected else None


def _run_search(parsed, filters, page_number, request, rows=None):
    """The outcome for ``parsed``; ``rows`` are its _match_rows when known."""
    outcome = SearchOutcome(query=parsed, filters=filters)
    database_backend = uses_database_backend()
    search_query = parsed.search_query(with_prefix=database_backend)
    if search_query is None:
        return outcome
    roots = parsed.highlight_roots()

    matches = _find_matches(search_query, rows) if database_backend else None
    if matches is not None:
        result_rows, outcome.capped = _result_rows(search_query, filters, matches)
        paginator = Paginator(result_rows, PER_PAGE)
    else:
        paginator = Paginator(ranked_pages(filters, search_query), PER_PAGE)
    try:
        page = paginator.page(page_number or 1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    if matches is not None:
        page.object_list = _result_hits(page.object_list, request, roots)
    else:
        page.object_list = [_page_hit(p, request, roots) for p in page.object_list]
    outcome.results = page

    # Unfiltered by type, so the type facet counts themes and partners even
    # while a page type is chosen; the results show only the chosen type.
    all_snippet_hits = _snippet_hits({**filters, "type": None}, parsed, roots)
    wanted = RESULT_TYPES.get(filters.get("type"))
    snippet_hits = [h for h in all_snippet_hits if wanted in (None, h.type_label)]
    if page.number == 1:
        outcome.snippet_hits = snippet_hits
        if not filters.get("type"):
            # Named exactly what was searched: first in the results.
            outcome.exact_hits = _exact_hits(snippet_hits, parsed)
            outcome.snippet_hits = [
                hit for hit in snippet_hits if hit not in outcome.exact_hits
            ]
        outcome.promotions = _promotions(parsed, request)
    outcome.total = paginator.count + len(snippet_hits)
    # Facet counts are worked out over the matched rows: database backends only.
    if matches is not None:
        outcome.facets = _facets(filters, matches, all_snippet_hits)
        outcome.facets_capped = matches.capped
    return outcome


def _result_rows(search_query, filters, matches):
    """The rows of the results and whether more pages match than they hold.
    Filters narrow the list of matches, unless that list was cut off at
    MATCH_CAP: then the filtered search needs its own match."""
    if not matches.capped or not any(filters.values()):
        return matches.filtered(filters), matches.capped
    rows = _match_rows(search_query, filters)
    return rows, rows.capped
