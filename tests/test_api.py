"""The read-only public API: pages and partner resources with their themes
and partners, filters, CORS for GET only, and nothing hidden ever exposed."""

import pytest

from wagtail.models import Page

from explainers.models import (
    ExplainerPage,
    Partner,
    ResourcePage,
    ResourceType,
    Theme,
)

pytestmark = pytest.mark.django_db

API = "/api/v2/"


def get(client, path, **params):
    response = client.get(API + path, params)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/json"
    return response.json()


def all_items(client, path, **params):
    """Every item, page by page: the API returns at most 100 at a time
    (WAGTAILAPI_LIMIT_MAX) and the demo holds more live pages than that."""
    params.setdefault("limit", 100)
    items = []
    while True:
        data = get(client, path, offset=len(items), **params)
        items += data["items"]
        if not data["items"] or len(items) >= data["meta"]["total_count"]:
            return items


def hidden_page_ids():
    public = Page.objects.live().public().values("pk")
    return set(
        Page.objects.filter(depth__gt=1)
        .exclude(pk__in=public)
        .values_list("pk", flat=True)
    )


def test_pages_listing_has_only_live_public_pages(client):
    hidden = hidden_page_ids()
    assert hidden, "the demo has drafts, an unpublished resource and a private page"
    items = all_items(client, "pages/")
    ids = {item["id"] for item in items}
    live_public = set(
        Page.objects.live().public().filter(depth__gt=1).values_list("pk", flat=True)
    )
    assert ids == live_public
    assert not ids & hidden


def test_hidden_pages_are_404_in_detail(client):
    for pk in hidden_page_ids():
        assert client.get(f"{API}pages/{pk}/").status_code == 404, pk


def test_hidden_pages_do_not_leak_through_filters_or_search(client):
    hidden = hidden_page_ids()
    for params in (
        {"type": "explainers.ExplainerPage"},
        {"type": "explainers.ResourcePage"},
        {"type": "explainers.ArticlePage"},
        {"type": "explainers.PracticePage"},
        {"search": "wijk"},
        {"theme": Theme.objects.first().slug},
    ):
        ids = {item["id"] for item in all_items(client, "pages/", **params)}
        assert not ids & hidden, params


def test_explainer_detail_has_summary_and_themes(client):
    page = ExplainerPage.objects.live().get(slug="wat-is-een-wijkaanpak")
    body = get(client, f"pages/{page.pk}/")
    assert body["title"] == page.title
    assert body["summary"] == page.summary
    assert body["meta"]["type"] == "explainers.ExplainerPage"
    assert body["meta"]["html_url"].endswith(page.url)
    assert {t["slug"] for t in body["themes"]} == set(
        page.themes.values_list("slug", flat=True)
    )


def test_resources_come_with_partner_type_and_themes(client):
    items = all_items(
        client,
        "pages/",
        type="explainers.ResourcePage",
        fields="summary,external_url,partner,resource_type,themes",
    )
    assert len(items) == ResourcePage.objects.live().public().count()
    first = items[0]
    resource = ResourcePage.objects.get(pk=first["id"])
    assert first["partner"] == {
        "name": resource.partner.name,
        "slug": resource.partner.slug,
        "website": resource.partner.website,
    }
    assert first["resource_type"]["slug"] == resource.resource_type.slug
    assert first["external_url"] == resource.external_url
    assert isinstance(first["themes"], list)


def test_filter_by_theme(client):
    theme = Theme.objects.filter(explainerpage__live=True).distinct().first()
    items = all_items(
        client, "pages/", type="explainers.ExplainerPage", theme=theme.slug
    )
    expected = set(
        ExplainerPage.objects.live()
        .public()
        .filter(themes=theme)
        .values_list("pk", flat=True)
    )
    assert {item["id"] for item in items} == expected
    assert expected
    # Without a type the theme filter spans every themed page type.
    mixed = {item["id"] for item in all_items(client, "pages/", theme=theme.slug)}
    assert expected <= mixed


def test_filter_resources_by_type_and_partner(client):
    resource = ResourcePage.objects.live().public().first()
    kind = resource.resource_type
    items = all_items(
        client, "pages/", type="explainers.ResourcePage", resource_type=kind.slug
    )
    expected = set(
        ResourcePage.objects.live()
        .public()
        .filter(resource_type=kind)
        .values_list("pk", flat=True)
    )
    assert {item["id"] for item in items} == expected
    partner_items = all_items(client, "pages/", partner=resource.partner.slug)
    assert resource.pk in {item["id"] for item in partner_items}


def test_unknown_filter_values_give_an_empty_list(client):
    assert all_items(client, "pages/", theme="bestaat-niet") == []
    assert all_items(client, "pages/", resource_type="bestaat-niet") == []


@pytest.mark.parametrize(
    "params",
    [
        {"type": "bestaat.Niet"},
        {"onbekend": "1"},
        {"theme": "x" * 500},
        {"limit": "abc"},
        {"limit": "100000"},
        {"offset": "-1"},
    ],
)
def test_bad_parameters_are_400_not_500(client, params):
    assert client.get(API + "pages/", params).status_code == 400


def test_reference_data_endpoints(client):
    themes = all_items(client, "themes/")
    assert {t["slug"] for t in themes} == set(
        Theme.objects.values_list("slug", flat=True)
    )
    partners = all_items(client, "partners/")
    assert {p["slug"] for p in partners} == set(
        Partner.objects.values_list("slug", flat=True)
    )
    partner = Partner.objects.first()
    detail = get(client, f"partners/{partner.pk}/")
    assert detail["website"] == partner.website
    kinds = all_items(client, "resource-types/")
    assert len(kinds) == ResourceType.objects.count()


def test_cors_allows_reading_from_any_site(client):
    response = client.get(API + "pages/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    feed = client.get("/feed.json", HTTP_ORIGIN="https://partner.example")
    assert feed["Access-Control-Allow-Origin"] == "*"


def test_cors_preflight_allows_get_only(client):
    response = client.options(
        API + "pages/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    methods = {m.strip() for m in response["Access-Control-Allow-Methods"].split(",")}
    assert methods == {"GET", "HEAD", "OPTIONS"}


def test_no_cors_on_the_rest_of_the_site(client):
    response = client.get("/", HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in response


def test_api_is_read_only(client):
    page = ExplainerPage.objects.live().first()
    assert client.post(API + "pages/", {}).status_code == 405
    assert client.put(f"{API}pages/{page.pk}/", {}).status_code == 405
    assert client.delete(f"{API}pages/{page.pk}/").status_code == 405


def test_api_sets_no_cookies_and_renders_json_only(client):
    response = client.get(API + "pages/", HTTP_ACCEPT="text/html")
    assert response["Content-Type"] == "application/json"
    assert not response.cookies
