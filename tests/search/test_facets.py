"""Facets (soort, thema, doelgroep): each count is exactly what clicking it
shows, clicking narrows to the right pages, and junk values are ignored."""

import pytest

from explainers.models import Audience, Theme
from search.scope import AUDIENCED, PAGE_TYPES, THEMED

from .helpers import facets, matched_ids, search, total

pytestmark = pytest.mark.django_db


def open_link(client, href):
    response = client.get(f"/zoeken/{href}")
    assert response.status_code == 200
    return response, response.content.decode()


def ids_of(models, **lookup):
    return {
        pk
        for m in models
        for pk in m.objects.filter(**lookup).values_list("pk", flat=True)
    }


@pytest.mark.parametrize(
    "start",
    [
        {"q": "bewoners"},
        {"q": "bewoners", "type": "uitleg"},
        {"q": "wijk", "thema": "samenwerken"},
        {"q": "wijkaanpak", "doelgroep": "bewoners", "type": "partnerbron"},
        {"q": "veiligheid"},
    ],
    ids=["plain", "type", "thema", "doelgroep+type", "with-theme-hit"],
)
def test_every_facet_count_is_what_a_click_shows(client, start):
    response, html = search(client, **start)
    shown = facets(html)
    assert set(shown) == {"Soort", "Thema", "Doelgroep"}
    clicked = 0
    for name, items in shown.items():
        for label, count, href, selected in items:
            _response, after = open_link(client, href)
            if selected:  # the link takes the filter away again
                assert count == total(html), (name, label)
                assert total(after) >= count
            else:
                assert total(after) == count, (name, label, href)
                clicked += 1
    assert clicked >= 3
    # Facets with a count of 0 are not shown; following them gives nothing.
    for group in response.context["outcome"].facets.values():
        for facet in group:
            if facet.count == 0 and not facet.selected:
                assert total(open_link(client, facet.url)[1]) == 0, facet.url


def test_the_type_facet_counts_themes_while_a_page_type_is_chosen(client):
    """Regression: with "Uitleg" chosen, "Thema" and "Partner" counted 0 and
    disappeared, although clicking them shows results."""
    _response, html = search(client, q="veiligheid")
    counts = {label: count for label, count, _h, _s in facets(html)["Soort"]}
    assert counts["Thema"] == 1
    _response, html = search(client, q="veiligheid", type="uitleg")
    counts = {label: count for label, count, _h, _s in facets(html)["Soort"]}
    assert counts["Thema"] == 1


def test_facets_narrow_to_exactly_the_matching_pages(client):
    response, _html = search(client, q="bewoners")
    everything = matched_ids(response)
    narrowed = 0
    for slug, model in PAGE_TYPES.items():
        response, _html = search(client, q="bewoners", type=slug)
        assert matched_ids(response) == everything & ids_of([model])
    for theme in Theme.objects.all():
        response, _html = search(client, q="bewoners", thema=theme.slug)
        expected = everything & ids_of(THEMED, themes=theme)
        assert matched_ids(response) == expected, theme.slug
        narrowed += 0 < len(expected) < len(everything)
    for audience in Audience.objects.all():
        response, _html = search(client, q="bewoners", doelgroep=audience.slug)
        expected = everything & ids_of(AUDIENCED, audiences=audience)
        assert matched_ids(response) == expected, audience.slug
        narrowed += 0 < len(expected) < len(everything)
    assert narrowed >= 3


def test_facets_combine(client):
    response, _html = search(client, q="bewoners")
    everything = matched_ids(response)
    theme = Theme.objects.get(slug="bewonersparticipatie")
    audience = Audience.objects.get(slug="professionals")
    response, html = search(
        client,
        q="bewoners",
        type="partnerbron",
        thema=theme.slug,
        doelgroep=audience.slug,
    )
    expected = (
        everything
        & ids_of([PAGE_TYPES["partnerbron"]], themes=theme)
        & ids_of(AUDIENCED, audiences=audience)
    )
    assert expected
    assert matched_ids(response) == expected
    assert total(html) == len(expected)


@pytest.mark.parametrize(
    "junk",
    [
        "type=onzin",
        "thema=bestaat-niet",
        "doelgroep=%00",
        "thema=%3Cscript%3E",
        "pagina=abc",
        "type=" + "x" * 5000,
        "&".join(["thema=bestaat-niet"] * 30),
        "onbekend=1",
    ],
)
def test_invalid_facet_values_are_ignored(client, junk):
    base, base_html = search(client, q="bewoners", thema="samenwerken")
    response = client.get(f"/zoeken/?q=bewoners&thema=samenwerken&{junk}")
    assert response.status_code == 200
    if junk.startswith("thema="):  # the junk replaces the valid theme
        plain, _html = search(client, q="bewoners")
        assert matched_ids(response) == matched_ids(plain)
    else:
        assert matched_ids(response) == matched_ids(base)
        assert total(response.content.decode()) == total(base_html)
    assert "<script>" not in response.content.decode()
