"""Lay words, names and abbreviations, and result cards that explain
themselves, on the demo content (both databases).

The synonym groups come from search/demo_content.py; the expected pages were
picked by reading the demo content, not from what the engine returned."""

import pytest

from django.core.management import call_command
from django.urls import reverse

from explainers.models import GlossaryTerm, Partner
from search.demo_content import SYNONYM_GROUPS
from search.models import SynonymGroup

from ..factories import PartnerFactory
from .helpers import exact_cards, result_cards, result_urls, search

pytestmark = pytest.mark.django_db

# What a resident or professional types → a page that answers it, in the
# first three results. Each needs a synonym group: without it the word is not
# on the page (test_each_lay_word_needs_its_group proves that).
LAY_WORDS = {
    # geld / subsidie / financiering / budget
    "subsidie": "/uitleg/afspraken-maken-en-geld/",
    # Not "buurtteam" (→ wijkteam): on PostgreSQL its parts buurt + team pull
    # resources titled "…buurten…" above the page; ranking rare words higher
    # (idf) is still to come. It is found, on the first results page.
    # right to challenge / uitdaagrecht / recht om uit te dagen
    "uitdaagrecht": "/bronnen/vng-right-to-challenge/",
    # empowerment → zeggenschap
    "empowerment": "/uitleg/buurtrechten/",
    # governance → bestuur
    "governance": "/bronnen/vng-werkgroep-democratie-en-bestuur/",
}


def _top3(client, query):
    _response, html = search(client, q=query)
    return result_urls(html)[:3]


@pytest.mark.parametrize(("query", "url"), LAY_WORDS.items())
def test_lay_words_find_the_page_that_answers_them(client, query, url):
    assert url in _top3(client, query)


@pytest.mark.parametrize("query", ["inspraak", "meebeslissen"])
def test_participation_words_find_the_participation_explainer(client, query):
    """On PostgreSQL, pages with "participatie" in their title rank above
    it (ts_rank), so on the first results page rather than the top 3."""
    _response, html = search(client, q=query)
    assert "/uitleg/de-rol-van-bewoners/" in result_urls(html)


# Not "buurtteam": decompounding (search/compounds.py) finds "wijkteam" through
# "team" even without the group.
@pytest.mark.parametrize("query", ["empowerment", "subsidie"])
def test_each_lay_word_needs_its_group(client, query):
    """Without the synonym groups these words find nothing: the tests above
    measure the groups, not words that happen to be on the pages."""
    SynonymGroup.objects.all().delete()
    assert LAY_WORDS[query] not in _top3(client, query)


def test_a_multi_word_synonym_works_both_ways(client):
    """ "uitdaagrecht" brings in the phrase "right to challenge" (all its
    words), and the Dutch phrase shows the Right to Challenge term."""
    response, _html = search(client, q="uitdaagrecht")
    assert "right to challenge" in response.context["outcome"].query.synonyms
    assert "/bronnen/vng-right-to-challenge/" in _top3(client, "uitdaagrecht")
    term = GlossaryTerm.objects.get(term="Right to Challenge")
    for query in ("right to challenge", "recht om uit te dagen"):
        _response, html = search(client, q=query)
        assert term.get_absolute_url() in [c["url"] for c in exact_cards(html)]


def test_community_finds_the_abcd_term(client):
    _response, html = search(client, q="community")
    term = GlossaryTerm.objects.get(term="ABCD")
    assert term.get_absolute_url() in [c["url"] for c in exact_cards(html)][:3]


def test_buurt_and_wijk_are_one_group(client):
    """ "buurthuis" pages are found by "wijk"-words through the group."""
    response, _html = search(client, q="buurt")
    plain = response.context["outcome"].query
    assert "wijk" in plain.synonyms


def test_the_demo_groups_load_again_without_twins_and_keep_editors_words():
    before = SynonymGroup.objects.count()
    assert before >= len(SYNONYM_GROUPS)
    group = SynonymGroup.objects.get(terms__startswith="wijkteam")
    group.terms = "wijkteam\nzorgloket"  # an editor's own word; demo words gone
    group.save()
    call_command("load_demo_content", force=True, stdout=_Null())
    assert SynonymGroup.objects.count() == before
    terms = SynonymGroup.objects.get(pk=group.pk).term_list()
    assert "zorgloket" in terms
    assert "buurtteam" in terms


def test_a_group_an_editor_adds_works_at_once(client, admin_client):
    """Through the admin, with the page cache and the cached groups warm."""
    assert "/uitleg/buurtrechten/" not in _top3(client, "dorpsdemocratie")
    response = admin_client.post(
        reverse("wagtailsnippets_search_synonymgroup:add"),
        {"terms": "dorpsdemocratie\nbuurtrechten", "note": ""},
    )
    assert response.status_code == 302
    assert "/uitleg/buurtrechten/" in _top3(client, "dorpsdemocratie")


# Names and abbreviations -----------------------------------------------------


@pytest.mark.parametrize(
    ("query", "model", "lookup"),
    [
        ("LSA", Partner, {"slug": "lsa"}),
        ("CCV", Partner, {"slug": "ccv"}),
        ("VNG", Partner, {"slug": "vng"}),
        ("BZK", Partner, {"slug": "ministerie-van-bzk"}),
        ("NPLV", GlossaryTerm, {"term": "NPLV"}),
        ("ABCD", GlossaryTerm, {"term": "ABCD"}),
        ("lsa", Partner, {"slug": "lsa"}),
        ("Asset Based Community Development", GlossaryTerm, {"term": "ABCD"}),
    ],
)
def test_short_names_and_abbreviations_find_their_snippet_first(
    client, query, model, lookup
):
    target = model.objects.get(**lookup).get_absolute_url()
    _response, html = search(client, q=query)
    assert [c["url"] for c in exact_cards(html)][:3] == [target]


def test_a_partner_found_by_its_short_name_shows_both_names(client):
    _response, html = search(client, q="LSA")
    (card,) = exact_cards(html)
    assert card["label"] == "Partner"
    assert card["title"] == "Landelijk Samenwerkingsverband Actieve bewoners (LSA)"


def test_nplv_finds_the_explainer_too(client):
    assert "/uitleg/nationaal-programma-leefbaarheid-en-veiligheid/" in _top3(
        client, "NPLV"
    )


def test_a_word_in_a_name_is_not_an_exact_match(client):
    """ "Actieve bewoners" is in LSA's name but is not its name: the partner
    stays in the box beside the results, not above them."""
    _response, html = search(client, q="actieve")
    assert "/partners/lsa/" not in [c["url"] for c in exact_cards(html)]


# Result cards -----------------------------------------------------------------


def test_a_partner_resource_card_names_partner_and_year(client):
    _response, html = search(client, q="recht om uit te dagen")
    cards = {c["url"]: c for c in result_cards(html)}
    card = cards["/bronnen/lsa-recht-om-uit-te-dagen/"]
    assert card["label"] == "Partnerbron"
    from explainers.models import ResourcePage

    page = ResourcePage.objects.get(slug="lsa-recht-om-uit-te-dagen")
    expected = "· LSA" + (f" · {page.year}" if page.year else "")
    assert card["source"] == expected


def test_two_resources_with_one_title_can_be_told_apart(client, resource):
    first = resource(
        "Zorgvlindergids",
        slug="zorgvlindergids-aaa",
        partner=PartnerFactory(short_name="AAA"),
        year=2019,
    )
    second = resource(
        "Zorgvlindergids",
        slug="zorgvlindergids-bbb",
        partner=PartnerFactory(short_name="", name="Bbb"),
        year=None,
    )
    _response, html = search(client, q="zorgvlindergids")
    sources = {c["url"]: c["source"] for c in result_cards(html)}
    assert sources == {first.url: "· AAA · 2019", second.url: "· Bbb"}
    # Explainers and other pages name only their type.
    _response, html = search(client, q="buurtrechten")
    explainer = [c for c in result_cards(html) if c["label"] == "Uitleg"][0]
    assert explainer["source"] == ""


class _Null:
    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass
