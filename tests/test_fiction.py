"""Made-up content says so: every invented practice example and article is
flagged, shows "Fictief voorbeeld" under its H1 and on its card wherever it
is listed, and never claims a recognition by a real body."""

import re

import pytest

from django.core.exceptions import ValidationError

from explainers.demo_content import articles, practice
from explainers.models import ArticlePage, Partner, PracticeIndexPage, PracticePage

from .factories import PracticePageFactory

pytestmark = pytest.mark.django_db

BADGE = "Fictief voorbeeld"
MADE_UP = re.compile(r"voorbeeldstad|voorbeeldwijk|verzonnen|fictief", re.I)
CARD = re.compile(r'<article class="card[^"]*">(.*?)</article>', re.S)
HREF = re.compile(r'href="([^"]+)"')


def fictional_urls():
    pages = [*PracticePage.objects.live(), *ArticlePage.objects.live()]
    return {page.url for page in pages if page.is_fictional}


def cards(html):
    """(link, card html) of every page card on a page."""
    found = []
    for card in CARD.findall(html):
        link = HREF.search(card)
        if link:
            found.append((link.group(1), card))
    return found


def test_demo_fiction_is_flagged():
    for row in practice.PRACTICE_EXAMPLES:
        assert row.get("fictional") is True, row["slug"]
        assert MADE_UP.search(row["gemeente"]), row["gemeente"]
    for row in articles.ARTICLES:
        told_as_made_up = bool(MADE_UP.search(row["title"] + row["intro"]))
        assert row.get("fictional", False) is told_as_made_up, row["slug"]
    assert PracticePage.objects.filter(is_fictional=True).count() == len(
        practice.PRACTICE_EXAMPLES
    )
    assert ArticlePage.objects.filter(is_fictional=True).exists()
    assert ArticlePage.objects.filter(is_fictional=False).exists()


@pytest.mark.parametrize("model", [PracticePage, ArticlePage])
def test_badge_under_the_h1(client, model):
    for page in model.objects.live():
        html = client.get(page.url).content.decode()
        header = re.search(r"<header[^>]*>(.*?)</header>", html.split("<main")[1], re.S)
        assert header, page.url
        assert (BADGE in header.group(1)) is page.is_fictional, page.url


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/praktijk/",
        "/artikelen/",
        "/themas/samenleven-en-integratie/",
        "/themas/duurzaamheid/",
        "/zoeken/?q=Voorbeeldwijk",
        "/zoeken/?q=wijkagent",
    ],
)
def test_cards_say_fictional(client, url):
    response = client.get(url)
    assert response.status_code == 200
    made_up = fictional_urls()
    found = cards(response.content.decode())
    assert any(link in made_up for link, _ in found), f"no fictional card on {url}"
    for link, card in found:
        assert (BADGE in card) is (link in made_up), (url, link)


def test_explainer_related_examples_say_fictional(client):
    made_up = fictional_urls()
    checked = 0
    for page in PracticePage.objects.live():
        for theme in page.themes.all():
            explainer = theme.explainerpage_set.live().first()
            if explainer is None:
                continue
            for link, card in cards(client.get(explainer.url).content.decode()):
                if link in made_up:
                    assert BADGE in card, (explainer.url, link)
                    checked += 1
    assert checked


def test_fictional_example_names_no_real_judge(client):
    partners = [partner.name for partner in Partner.objects.all()]
    assert partners
    claims = [*partners, "Movisie", "erkend", "Effectief", "onderbouwd"]
    for page in PracticePage.objects.live().filter(is_fictional=True):
        html = client.get(page.url).content.decode()
        facts = re.search(r'<dl class="facts">(.*?)</dl>', html, re.S).group(1)
        assert "Niet beoordeeld" in facts, page.url
        for claim in claims:
            assert claim.lower() not in facts.lower(), (page.url, claim)


def test_fictional_example_cannot_claim_a_level():
    index = PracticeIndexPage.objects.get()
    page = PracticePageFactory(parent=index, evidence="effectief")
    page.is_fictional = True
    with pytest.raises(ValidationError) as error:
        page.full_clean()  # Page.save() runs it too: editors see it in the form
    assert "evidence" in error.value.message_dict
    page.evidence = "niet-beoordeeld"
    page.full_clean()


OPGAVEN = (
    "wonen",
    "werk-en-participatie",
    "onderwijs-en-opvoeding",
    "veiligheid-en-criminaliteit",
    "gezondheid-zorg-en-hulpverlening",
    "samenleven-en-integratie",
    "leefomgeving-en-openbare-ruimte",
    "duurzaamheid",
)


def test_every_opgave_has_two_practice_examples(client):
    for slug in OPGAVEN:
        examples = PracticePage.objects.live().public().filter(themes__slug=slug)
        assert examples.count() >= 2, slug
        html = client.get(f"/themas/{slug}/").content.decode()
        for example in examples:
            assert f'href="{example.url}"' in html, (slug, example.url)
