"""Matching pages straight in Wagtail's search index table (PostgreSQL).

Wagtail's search queryset starts from the pages and joins each one to its
index entry on ``object_id = page.id::varchar``: every visible page is
visited, whatever the query, and each match gets its ``ts_rank`` before
anything can be cut off. At 100,000 pages that is seconds. Here the match
starts from the index entries instead (a plain ``@@``, no rank, no join: a
join with the pages makes PostgreSQL hash all 100,000 of them), stops after
a given number of pages, and ranking is left to Wagtail's queryset for those
pages only (search.service._match_rows).

The tsquery is the one Wagtail's own search builds, from the backend's query
compiler: that is the one internal this module reads.
tests/search/test_index_entries.py fails when upstream changes it.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db.models import F, IntegerField
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry


def tsquery(search_query):
    """The SearchQuery expression Wagtail's search matches ``search_query``
    with (its compiler's ``build_tsquery``)."""
    backend = get_search_backend()
    compiler = backend.query_compiler_class(Page.objects.none(), search_query)
    return compiler.build_tsquery(search_query, config=backend.config)


def page_content_types(models):
    """Content type ids of ``models`` and their subclasses."""
    concrete = [
        model
        for model in apps.get_models()
        if issubclass(model, tuple(models)) and not model._meta.proxy
    ]
    return [ct.pk for ct in ContentType.objects.get_for_models(*concrete).values()]


def matching_page_ids(search_query, models, limit, pages=None):
    """The ids of at most ``limit`` pages of ``models`` matching
    ``search_query``: pages that match in their title first, then the
    others, in one query. Not ranked, and not checked for being live or
    visible (the ranking does that), unless ``pages`` narrows them: the
    title is a cheap first cut when more pages match than will be ranked.
    The match is Wagtail's: title and body vectors together (see the
    expression index in migration 0005)."""
    query = tsquery(search_query)
    entries = (
        IndexEntry.objects.filter(content_type_id__in=page_content_types(models))
        .annotate(page_id=Cast("object_id", IntegerField()))
        .order_by()
    )
    if pages is not None:
        entries = entries.filter(page_id__in=pages.order_by().values("pk"))
    in_title = entries.filter(title=query).values_list("page_id", flat=True)
    # Wagtail's match: (title || body) @@ query, as indexed in 0005.
    vector = CombinedExpression(
        F("title"), "||", F("body"), output_field=SearchVectorField()
    )
    elsewhere = entries.alias(vector=vector).filter(vector=query)
    elsewhere = elsewhere.exclude(title=query).values_list("page_id", flat=True)
    # One query: PostgreSQL reads the second part only when the first gives
    # fewer than ``limit`` pages.
    return list(in_title[:limit].union(elsewhere[:limit], all=True)[:limit])
