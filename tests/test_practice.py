"""Practice examples: the /praktijk/ filters narrow like the database says,
combine with AND, show counts that match what a click gives, survive hostile
query strings; and every example page shows the same facts."""

import re
from html import unescape
from urllib.parse import urlencode

import pytest

from django.utils.html import escape

from explainers.models import PracticeIndexPage, PracticePage, Theme

from .factories import PracticePageFactory
from .helpers import links, section, texts

pytestmark = pytest.mark.django_db

INDEX = "/praktijk/"
LOOKUPS = {"thema": "themes__slug", "bewijs": "evidence", "gemeente": "gemeente"}


def in_database(**filters):
    """Pks of the live, public examples matching the filters (AND across
    filters, OR within one)."""
    queryset = PracticePage.objects.live().public()
    for name, values in filters.items():
        queryset = queryset.filter(**{f"{LOOKUPS[name]}__in": values})
    return set(queryset.values_list("pk", flat=True))


def listing(client, query=""):
    """(pks of all results over all pages, count shown, html)."""
    response = client.get(f"{INDEX}?{query}" if query else INDEX)
    assert response.status_code == 200, query
    html = response.content.decode()
    shown = re.search(r'id="results-heading">(\d+) praktijkvoorbeeld', html)
    assert shown, "the result count is not shown"
    results = response.context["results"]
    for item in results:
        assert item.url in html
    return {p.pk for p in results.paginator.object_list}, int(shown.group(1)), html


def facet_counts(html):
    """[(field, option value, count shown)] of the filter form."""
    return [
        (name, unescape(value), int(count))
        for name, value, count in re.findall(
            r'<input type="checkbox" name="(\w+)" value="([^"]*)"[^>]*>\s*'
            r'<span class="filters__label">[^<]*'
            r'<span class="filters__count">\((\d+)\)</span>',
            html,
        )
    ]


def options(field):
    if field == "thema":
        return list(Theme.objects.values_list("slug", flat=True))
    if field == "bewijs":
        return [
            "niet-beoordeeld",
            "praktijkervaring",
            "goed-beschreven",
            "goed-onderbouwd",
            "effectief",
        ]
    return sorted(
        set(PracticePage.objects.live().public().values_list("gemeente", flat=True))
    )


@pytest.mark.parametrize("field", ["thema", "bewijs", "gemeente"])
def test_each_filter_narrows_to_what_the_database_says(client, field):
    if field == "bewijs":
        # Every demo example is made up, so "niet beoordeeld"; real examples
        # carry the other levels.
        index = PracticeIndexPage.objects.get()
        for evidence in ("goed-beschreven", "effectief"):
            PracticePageFactory(parent=index, evidence=evidence)
    narrowed = 0
    for value in options(field):
        pks, shown, _ = listing(client, urlencode({field: value}))
        assert pks == in_database(**{field: [value]}), value
        assert shown == len(pks)
        narrowed += 0 < len(pks) < len(in_database())
    assert narrowed >= 2  # the demo makes every filter do real work


def test_without_filters_every_visible_example_is_listed(client):
    pks, shown, html = listing(client)
    assert pks == in_database()
    assert shown == len(pks) >= 8


def test_filters_combine_with_and_and_values_of_one_filter_with_or(client):
    # A real (not made-up) example may carry a level; the demo's are all
    # "niet beoordeeld".
    real = PracticePageFactory(
        parent=PracticeIndexPage.objects.get(), evidence="goed-onderbouwd"
    )
    real.themes.set(Theme.objects.filter(slug="wonen"))
    real.save()
    query = "thema=wonen&bewijs=goed-onderbouwd"
    expected = in_database(thema=["wonen"], bewijs=["goed-onderbouwd"])
    assert 0 < len(expected) < len(in_database(thema=["wonen"]))
    assert listing(client, query)[0] == expected

    query = "gemeente=Voorbeeldstad&thema=samenwerken"
    assert listing(client, query)[0] == set()  # no such example in the demo

    query = "thema=wonen&thema=onderwijs-en-opvoeding&gemeente=Zeestad+%28fictief%29"
    expected = in_database(
        thema=["wonen", "onderwijs-en-opvoeding"], gemeente=["Zeestad (fictief)"]
    )
    assert listing(client, query)[0] == expected != set()


@pytest.mark.parametrize(
    "selected",
    [
        {},
        {"thema": "bewonersparticipatie"},
        {"bewijs": "praktijkervaring", "gemeente": "Voorbeeldstad"},
        {"thema": "wonen", "bewijs": "goed-onderbouwd"},
    ],
)
def test_each_count_is_what_selecting_that_option_shows(client, selected):
    """A count is the number of results the form gives when this option is
    chosen for its filter, with the other filters as they are."""
    _, _, html = listing(client, urlencode(selected))
    counts = facet_counts(html)
    assert {name for name, *_ in counts} == {"thema", "bewijs", "gemeente"}
    assert len(counts) == sum(len(options(f)) for f in LOOKUPS)
    assert selected or any(count > 1 for *_, count in counts)
    for name, value, count in counts:
        query = {k: v for k, v in selected.items() if k != name}
        query[name] = value
        assert count == listing(client, urlencode(query))[1], (name, value)


def test_counts_and_options_ignore_hidden_examples(client):
    index = PracticeIndexPage.objects.get()
    draft = PracticePageFactory(parent=index, gemeente="Geheimstad", live=False)
    draft.themes.set([Theme.objects.get(slug="wonen")])
    draft.save()
    _, _, html = listing(client)
    assert "Geheimstad" not in html
    counts = {(name, value): count for name, value, count in facet_counts(html)}
    assert counts["thema", "wonen"] == len(in_database(thema=["wonen"]))
    assert counts["bewijs", "praktijkervaring"] == len(
        in_database(bewijs=["praktijkervaring"])
    )


LONG = "x" * 5000


@pytest.mark.parametrize(
    "query",
    [
        "gemeente=<script>alert(1)</script>",
        "gemeente=voorbeeldstad",
        "bewijs=nope",
        "thema=bestaat-niet",
        "thema=%00",
        "bewijs=%00&gemeente=%00",
        f"thema={LONG}",
        f"bewijs={LONG}",
        f"gemeente={LONG}",
        f"thema=wonen&bewijs={LONG}",
        "&".join(["bewijs=effectief"] * 25),
        "&".join(f"thema=t{i}" for i in range(25)),
        "thema[]=wonen&bewijs=1' OR '1'='1",
    ],
)
def test_bad_filter_values_give_an_empty_result_not_an_error(client, query):
    pks, shown, html = listing(client, query)
    assert pks == set() and shown == 0
    assert "Dit filter kennen we niet" in html
    assert "<script>alert" not in html


@pytest.mark.parametrize(
    "query",
    [
        "thema=wonen&thema=wonen&thema=wonen",
        "gemeente=Voorbeeldstad&gemeente=Voorbeeldstad",
        "pagina=1&pagina=1",
        "onbekend=1&thema=wonen",
        f"onbekend={LONG}",
    ],
)
def test_repeated_and_unknown_parameters_are_harmless(client, query):
    pks, _, _ = listing(client, query)
    assert pks


@pytest.mark.parametrize(
    "query", ["pagina=abc", "pagina=-1", "pagina=0", "pagina=99999", f"pagina={LONG}"]
)
def test_impossible_page_numbers_are_404_not_500(client, query):
    assert client.get(f"{INDEX}?{query}").status_code == 404


def test_many_examples_are_paginated_and_the_pages_keep_the_filters(client):
    index = PracticeIndexPage.objects.get()
    for _ in range(25):
        PracticePageFactory(parent=index, gemeente="Testgemeente")
    first, shown, html = listing(client, "gemeente=Testgemeente")
    assert shown == 25
    assert "gemeente=Testgemeente&amp;pagina=2" in html
    response = client.get(f"{INDEX}?gemeente=Testgemeente&pagina=2")
    assert len(response.context["results"]) == 5


# The practice page ------------------------------------------------------------


def facts(html):
    found = re.search(r'<dl class="facts">(.*?)</dl>', html, re.DOTALL).group(1)
    return dict(zip(texts(found, "dt"), texts(found, "dd"), strict=True))


def test_practice_page_shows_the_uniform_facts_and_the_story(client):
    page = PracticePage.objects.get(slug="buurtonderzoekers-molenbuurt")
    response = client.get(page.url)
    assert "explainers/practice_page.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert texts(html, "h1") == [page.title]
    assert texts(html, "p", "type-label") == ["Praktijkvoorbeeld"]
    assert facts(html) == {
        "Waar": escape(f"{page.wijk}, {page.gemeente}"),
        "Wanneer": page.period,
        "Wie deden mee": escape(page.participants),
        # A made-up example: no level, no real body as its source.
        "Onderbouwing": "Niet beoordeeld",
        "Bron": "Verzonnen voor deze demosite.",
    }
    for heading, field in (
        ("story-heading", "body"),
        ("residents-heading", "residents_role"),
        ("worked-heading", "what_worked"),
        ("not-worked-heading", "what_did_not"),
    ):
        part = section(html, heading)
        # Glossary terms may be marked; the words are all there.
        plain = re.sub(r'<span class="term__tip".*?</span>', "", part, flags=re.S)
        plain = re.sub(r"<[^>]+>", "", plain)
        expected = re.sub(r"<[^>]+>", "", getattr(page, field))
        assert " ".join(expected.split()) in " ".join(plain.split()), heading
    chips = re.search(r'<ul class="chips">(.*?)</ul>', html, re.DOTALL).group(1)
    assert sorted(links(chips)) == sorted(
        theme.get_absolute_url() for theme in page.themes.all()
    )
    partners = section(html, "partners-heading")
    assert links(partners) == [link.resource.url for link in page.resource_links.all()]
    assert len(links(partners)) == 2


def test_odd_facts_are_escaped(client):
    page = PracticePageFactory(
        parent=PracticeIndexPage.objects.get(),
        wijk='De "Hoek" & <b>',
        source="<script>alert(1)</script>",
    )
    html = client.get(page.url).content.decode()
    assert escape('De "Hoek" & <b>') in html
    assert "<script>alert(1)</script>" not in html


def test_every_evidence_level_has_its_own_label(client):
    index = PracticeIndexPage.objects.get()
    labels = {
        "praktijkervaring": "Praktijkervaring",
        "goed-beschreven": "Goed beschreven",
        "goed-onderbouwd": "Goed onderbouwd",
        "effectief": "Effectief",
    }
    for evidence, label in labels.items():
        page = PracticePageFactory(parent=index, evidence=evidence)
        assert facts(client.get(page.url).content.decode())["Onderbouwing"] == label
        _, _, html = listing(client, f"bewijs={evidence}")
        assert f'<p class="card__label">{label}</p>' in html
