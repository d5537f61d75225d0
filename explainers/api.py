"""The read-only public API (Wagtail API v2) under /api/v2/.

- ``pages/``: every live, public page; ``?type=explainers.ExplainerPage``
  (or ArticlePage, PracticePage, ResourcePage, …), ``?theme=<slug>``,
  ``?resource_type=<slug>``, ``?partner=<slug>``, ``?fields=…``, ``?search=…``.
- ``themes/``, ``partners/``, ``resource-types/``: the reference data.

What each model exposes is listed here, in one place, rather than spread over
the models: this module is the API's contract. Only live pages outside
restricted sections are ever served (Wagtail's ``get_public_pages_queryset``).
"""

import re

from rest_framework import serializers
from rest_framework.renderers import JSONRenderer

from django.db.models import Q

from wagtail.api import APIField
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from explainers.models import (
    ArticlePage,
    Audience,
    ExplainerPage,
    GuidePage,
    Partner,
    PracticePage,
    ResourcePage,
    ResourceType,
    StepPage,
    Theme,
)


class TaxonomySerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.SlugField()


class PartnerSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.SlugField()
    website = serializers.URLField()


def _taxonomy(name):
    return APIField(name, serializer=TaxonomySerializer(many=True, read_only=True))


SUMMARY = APIField("summary")
REVIEWED = [APIField("last_reviewed")]

API_FIELDS = {
    ExplainerPage: [SUMMARY, _taxonomy("themes"), _taxonomy("audiences"), *REVIEWED],
    ArticlePage: [
        SUMMARY,
        APIField("date"),
        APIField("author"),
        APIField("intro"),
        _taxonomy("themes"),
        *REVIEWED,
    ],
    PracticePage: [
        SUMMARY,
        APIField("gemeente"),
        APIField("wijk"),
        APIField("period"),
        APIField("evidence"),
        _taxonomy("themes"),
        *REVIEWED,
    ],
    ResourcePage: [
        SUMMARY,
        APIField("external_url"),
        APIField("partner", serializer=PartnerSerializer(read_only=True)),
        APIField("resource_type", serializer=TaxonomySerializer(read_only=True)),
        _taxonomy("themes"),
        _taxonomy("audiences"),
        *REVIEWED,
    ],
    GuidePage: [SUMMARY, *REVIEWED],
    StepPage: [SUMMARY, APIField("phase"), *REVIEWED],
    Theme: [APIField("name"), APIField("slug"), APIField("description")],
    Audience: [APIField("name"), APIField("slug"), APIField("description")],
    ResourceType: [APIField("name"), APIField("slug"), APIField("description")],
    Partner: [
        APIField("name"),
        APIField("short_name"),
        APIField("slug"),
        APIField("website"),
        APIField("description"),
    ],
}
for model, fields in API_FIELDS.items():
    model.api_fields = fields

THEMED_MODELS = [ExplainerPage, ArticlePage, PracticePage, ResourcePage]

# Parameters Wagtail turns into numbers or ids. Wagtail's own int() accepts
# what the database cannot take (an offset past 2**63 is a 500), and its find/
# view does not check ``id`` at all; so every number is checked here first.
NUMBERS = {"offset": 10**6, "limit": 10**6}
IDS = ("id", "child_of", "ancestor_of", "descendant_of", "translation_of")
MAX_ID = 2**31 - 1  # PostgreSQL's integer
WORD = re.compile(r"\w+")
MAX_LENGTH = {"theme": 100, "resource_type": 100, "partner": 100, "search": 200}
DEFAULT_MAX_LENGTH = 1000


def _is_number(value, maximum):
    return value.isascii() and value.isdigit() and int(value) <= maximum


def check_parameters(query):
    """Raise Wagtail's BadRequestError (400, ``{"message": …}``) for a
    parameter no database should see: a NUL byte (PostgreSQL refuses it in
    text, SQLite does not), an oversized value or a number that is not one."""
    for name, values in query.lists():
        for value in values:
            _check(name, value)


def _check(name, value):
    if "\x00" in name or "\x00" in value:
        raise BadRequestError("null characters are not allowed in query parameters")
    if len(value) > MAX_LENGTH.get(name, DEFAULT_MAX_LENGTH):
        raise BadRequestError(f"{name} is too long")
    if name in NUMBERS and not _is_number(value, NUMBERS[name]):
        raise BadRequestError(
            f"{name} must be a positive integer up to {NUMBERS[name]}"
        )
    is_root = name == "child_of" and value == "root"
    if name in IDS and not is_root and not _is_number(value, MAX_ID):
        raise BadRequestError(f"{name} must be a positive integer")
    if name == "search_operator" and value not in ("and", "or"):
        raise BadRequestError("search_operator must be 'and' or 'or'")


class CheckedParametersMixin:
    """Checks the query string before any endpoint (listing, detail, find/)
    acts on it; DRF's ``initial`` runs before every handler, and errors
    raised there go through Wagtail's ``handle_exception``."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_parameters(request.GET)


class WordSearchFilter(SearchFilter):
    """Wagtail's ``?search=`` on the words of the text only. SQLite's full-text
    search reads punctuation as query syntax (a backtick is a database error);
    the site's own search cleans its queries the same way."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        words = " ".join(WORD.findall(request.GET["search"]))
        try:
            return get_search_backend().search(
                words,
                queryset,
                operator=request.GET.get("search_operator"),
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as e:
            raise BadRequestError(
                f"cannot filter by '{e.field_name}' while searching "
                "(field is not indexed)"
            ) from e
        except OrderByFieldError as e:
            raise BadRequestError(
                f"cannot order by '{e.field_name}' while searching "
                "(field is not indexed)"
            ) from e


class ContentPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint plus filters by theme, resource type and
    partner (slugs). Unknown slugs give an empty list, not an error."""

    # JSON only: the browsable HTML API needs inline scripts and sessions.
    renderer_classes = [JSONRenderer]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        ["theme", "resource_type", "partner"]
    )
    filter_backends = [
        WordSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def get_queryset(self):
        queryset = super().get_queryset()
        theme = self.request.GET.get("theme")
        if theme is not None:
            themed = Q()
            for model in THEMED_MODELS:
                themed |= Q(
                    pk__in=model.objects.filter(themes__slug=theme).values("pk")
                )
            queryset = queryset.filter(themed)
        for parameter, lookup in (
            ("resource_type", "resource_type__slug"),
            ("partner", "partner__slug"),
        ):
            value = self.request.GET.get(parameter)
            if value is not None:
                resources = ResourcePage.objects.filter(**{lookup: value})
                queryset = queryset.filter(pk__in=resources.values("pk"))
        return queryset

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        # ``partner`` and ``resource_type`` take slugs (handled above), so
        # Wagtail's own id-based field filter must leave them alone.
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:
            fields = [f for f in fields if f not in ("partner", "resource_type")]
        return fields


class SnippetAPIViewSet(CheckedParametersMixin, BaseAPIViewSet):
    renderer_classes = [JSONRenderer]
    body_fields = [*BaseAPIViewSet.body_fields, "name", "slug"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "slug"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name", "slug"]

    def get_queryset(self):
        return self.model.objects.order_by("sort_order", "name")


class ThemesAPIViewSet(SnippetAPIViewSet):
    name = "themes"
    model = Theme


class PartnersAPIViewSet(SnippetAPIViewSet):
    name = "partners"
    model = Partner


class ResourceTypesAPIViewSet(SnippetAPIViewSet):
    name = "resource-types"
    model = ResourceType


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ContentPagesAPIViewSet)
api_router.register_endpoint("themes", ThemesAPIViewSet)
api_router.register_endpoint("partners", PartnersAPIViewSet)
api_router.register_endpoint("resource-types", ResourceTypesAPIViewSet)
