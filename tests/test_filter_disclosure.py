"""Listings put their filters behind a "Filteren" disclosure that says how
many filters are active (counted in Python from the bound form), and show
each active filter above the results as a chip that removes it."""

import re
from html import unescape

import pytest

from explainers.models import Partner, PracticePage, Theme

from .helpers import links

pytestmark = pytest.mark.django_db


def summary(html):
    """The text of the "Filteren" disclosure's summary."""
    match = re.search(
        r'<summary class="filters-disclosure__summary">(.*?)</summary>', html, re.S
    )
    assert match, "no Filteren disclosure"
    return " ".join(re.sub(r"<[^>]+>", "", match[1]).split())


def chips(html):
    """(label, href) of each removable filter chip above the results."""
    block = re.search(r'<ul class="active-filters__list">(.*?)</ul>', html, re.S)
    if not block:
        return []
    return [
        (" ".join(unescape(label).split()), unescape(href))
        for href, label in re.findall(
            r'<a class="chip chip--remove" href="([^"]*)">(.*?) <span', block[1], re.S
        )
    ]


def get(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response, response.content.decode()


@pytest.mark.parametrize(
    "path", ["/bronnen/", "/praktijk/", "/uitleg/", "/artikelen/", "/zoeken/?q=wijk"]
)
def test_every_listing_has_a_closed_disclosure_without_a_count(client, path):
    response, html = get(client, path)
    assert response.context["active_filter_count"] == 0
    assert summary(html) == "Filteren"
    assert '<details class="filters-disclosure">' in html  # closed
    assert chips(html) == []


def test_resources_count_every_chosen_value_and_the_search_word(client):
    first, second = Theme.objects.order_by("sort_order", "pk")[:2]
    partner = Partner.objects.order_by("pk").first()
    path = (
        f"/bronnen/?thema={first.slug}&thema={second.slug}"
        f"&partner={partner.slug}&q=+buurt++&pagina=1"
    )
    response, html = get(client, path)
    assert response.context["active_filter_count"] == 4
    assert summary(html) == "Filteren (4 actief)"
    shown = dict(chips(html))
    assert list(shown) == ["‘buurt’", first.name, second.name, partner.name]
    # Each chip drops exactly its own value (and the page number).
    assert shown[first.name] == (
        f"?thema={second.slug}&partner={partner.slug}&q=+buurt++"
    )
    assert shown["‘buurt’"] == (
        f"?thema={first.slug}&thema={second.slug}&partner={partner.slug}"
    )
    # Following a chip lowers the count by one.
    response, html = get(client, "/bronnen/" + shown[partner.name])
    assert response.context["active_filter_count"] == 3


def test_removing_the_last_filter_returns_to_the_plain_listing(client):
    theme = Theme.objects.order_by("sort_order", "pk").first()
    _response, html = get(client, f"/uitleg/?thema={theme.slug}")
    assert summary(html) == "Filteren (1 actief)"
    assert chips(html) == [(theme.name, "/uitleg/")]


def test_practice_chips_show_labels_not_slugs(client):
    example = PracticePage.objects.live().exclude(gemeente="").first()
    path = f"/praktijk/?bewijs=goed-beschreven&gemeente={example.gemeente}"
    response, html = get(client, path)
    assert response.context["active_filter_count"] == 2
    assert [label for label, _href in chips(html)] == [
        "Goed beschreven",
        example.gemeente,
    ]


def test_an_unknown_filter_counts_nothing_and_opens_the_disclosure(client):
    response, html = get(client, "/bronnen/?thema=bestaat-niet")
    assert response.context["active_filter_count"] == 0
    assert summary(html) == "Filteren"
    assert '<details class="filters-disclosure" open>' in html
    assert "Dit filter kennen we niet" in html


def test_search_counts_its_facets_and_names_the_type(client):
    theme = Theme.objects.get(slug="wonen")
    response, html = get(client, f"/zoeken/?q=wijk&type=uitleg&thema={theme.slug}")
    assert response.context["active_filter_count"] == 2
    assert summary(html) == "Filteren (2 actief)"
    labels = [label for label, _href in chips(html)]
    assert labels == ["Uitleg", theme.name]
    # The filters are still links in the disclosure, and the results follow it.
    assert html.index("filters-disclosure") < html.index('id="results-heading"')
    assert any("type=uitleg" in href for href in links(html))
