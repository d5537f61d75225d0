"""Every page opens in plain Dutch: the first paragraph a reader meets (a
summary, an intro, a partner's or theme's description) scores at least 60
on Flesch-Douma, and the "Leesbaarheid" report shows that score for every
page type, partners and themes included, with a filter for openings under 60."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Page

from editorial.page_text import opening_text
from editorial.readability import B1_THRESHOLD, analyse
from explainers.models import (
    ArticlePage,
    ContentPage,
    ExplainerPage,
    GuidePage,
    Partner,
    PracticePage,
    ResourcePage,
    StepPage,
    Theme,
)

pytestmark = pytest.mark.django_db

HARD = (
    "Teneinde de participatie van bewoners te faciliteren, implementeren wij "
    "middels een integrale gebiedsgerichte benadering structurele voorzieningen."
)
# Page types that always have an opening paragraph of their own.
WITH_OPENING = (
    ExplainerPage,
    ArticlePage,
    ContentPage,
    GuidePage,
    StepPage,
    PracticePage,
    ResourcePage,
)


def openings():
    """(label, opening text) of every live page (partner resources are
    checked by their own tests), partner and theme of the demo."""
    pages = Page.objects.live().not_type(ResourcePage).specific()
    found = [(f"{type(page).__name__} {page.url_path}", page) for page in pages]
    found += [(f"Partner {p.slug}", p) for p in Partner.objects.all()]
    found += [(f"Theme {t.slug}", t) for t in Theme.objects.all()]
    return [(label, opening_text(obj), obj) for label, obj in found]


def test_opening_text_is_the_first_paragraph_a_reader_meets():
    explainer = ExplainerPage.objects.live().first()
    article = ArticlePage.objects.live().first()
    partner = Partner.objects.first()
    assert opening_text(explainer) == explainer.summary
    assert opening_text(article) == article.intro
    assert opening_text(partner) == partner.description


def test_every_demo_page_opens_in_plain_dutch():
    checked, low = 0, []
    for label, text, obj in openings():
        if not text:
            assert not isinstance(obj, WITH_OPENING), f"{label} has no opening"
            continue
        checked += 1
        score = analyse(text).score
        if score < B1_THRESHOLD:
            low.append(f"{score:.0f} {label}: {text}")
    assert checked >= 50
    assert not low, "\n".join(low)


@pytest.fixture
def admin_client(client):
    admin = get_user_model().objects.create_superuser("leesbaar", "l@example.com", "x")
    client.force_login(admin)
    return client


def report(client, **params):
    response = client.get(reverse("readability_report"), params)
    assert response.status_code == 200
    return response


def test_report_shows_the_opening_for_every_page_type(admin_client):
    response = report(admin_client)
    html = response.content.decode()
    assert re.search(r"<th[^>]*>\s*Eerste alinea\s*</th>", html)
    rows = list(response.context["object_list"])
    kinds = {type(row.page) for row in rows}
    assert {*WITH_OPENING, Partner, Theme} <= kinds
    partner = Partner.objects.get(slug="lsa")
    row = next(r for r in rows if r.page == partner)
    assert row.opening_display == f"{analyse(partner.description).score:.0f}"
    assert f'href="{row.edit_url}"' in html
    resource = next(r for r in rows if isinstance(r.page, ResourcePage))
    assert resource.opening_score == analyse(resource.page.summary).score


def test_report_filters_openings_under_60(admin_client):
    hard = PracticePage.objects.live().first()
    hard.summary = HARD
    hard.save_revision().publish()
    easy = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")

    everything = report(admin_client)
    assert "eerste-alinea=onder-60" in everything.content.decode()  # the button

    response = report(admin_client, **{"eerste-alinea": "onder-60"})
    rows = list(response.context["object_list"])
    assert all(row.opening_score < B1_THRESHOLD for row in rows)
    pks = {row.pk for row in rows if isinstance(row.page, Page)}
    assert hard.pk in pks
    assert easy.pk not in pks
    row = next(r for r in rows if r.pk == hard.pk)
    assert re.search(
        rf"<td[^>]*>\s*{row.opening_display}\s*</td>", response.content.decode()
    )
