"""The explainer page shows everything the issue asks for, on demo content and
on pages built with factories where the behaviour needs exact control."""

import re

import pytest

from explainers import stream_text
from explainers.models import ExplainerPage, ExplainerRelatedPage, Theme

from .factories import (
    ExplainerPageFactory,
    ExplainerResourceLinkFactory,
    PartnerFactory,
    ResourcePageFactory,
    ThemeFactory,
)
from .helpers import links, section, texts

pytestmark = pytest.mark.django_db

DEMO = "/uitleg/wat-is-een-wijkaanpak/"


@pytest.fixture
def demo(client):
    page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
    response = client.get(DEMO)
    assert response.status_code == 200
    assert "explainers/explainer_page.html" in [t.name for t in response.templates]
    return page, response.content.decode()


def test_type_label_title_and_kort_gezegd(demo):
    page, html = demo
    assert texts(html, "p", "type-label") == ["Uitleg"]
    assert texts(html, "h1") == [page.title]
    summary = re.search(r'<div class="summary">(.*?)</div>', html, re.DOTALL).group(1)
    assert "Kort gezegd" in summary
    assert page.summary in summary
    assert f'<meta name="description" content="{page.summary}">' in html


def test_breadcrumbs_follow_the_tree(client):
    html = client.get("/uitleg/samenwerken-en-loslaten/wat-betekent-loslaten/")
    nav = re.search(
        r'<nav class="breadcrumbs".*?</nav>', html.content.decode(), re.DOTALL
    ).group(0)
    assert links(nav) == ["/", "/uitleg/", "/uitleg/samenwerken-en-loslaten/"]
    assert '<span aria-current="page">Wat betekent loslaten?</span>' in nav


def test_contents_list_links_to_every_h2_of_the_body(demo):
    page, html = demo
    toc = section(html, "toc-heading")
    anchors = [href.lstrip("#") for href in links(toc)]
    expected = [anchor for anchor, _text in stream_text.headings(page.body)]
    assert len(expected) >= 3
    assert anchors == [*expected, "voor-professionals"]
    ids = re.findall(r'\bid="([^"]+)"', html)
    for anchor in anchors:
        assert ids.count(anchor) == 1, anchor


def test_reading_time_counts_both_parts(demo):
    page, html = demo
    minutes = stream_text.reading_minutes(page.body, page.professionals)
    assert minutes >= 2
    assert f"Leestijd: {minutes} minuten" in html


def test_reading_time_of_a_long_explainer(client, explainer_index):
    words = " ".join(["woord"] * 450)  # 450 words at 200 a minute: 3 minutes
    page = ExplainerPageFactory(
        parent=explainer_index,
        body=[{"type": "paragraph", "value": f"<p>{words}</p>"}],
    )
    assert "Leestijd: 3 minuten" in client.get(page.url).content.decode()


def test_last_reviewed_date_is_shown(demo):
    page, html = demo
    assert "Laatst gecontroleerd" in html
    assert f'<time datetime="{page.last_reviewed:%Y-%m-%d}">' in html


def test_faq_items_are_details_elements(demo):
    _page, html = demo
    details = re.findall(r"<details[^>]*>\s*<summary>(.*?)</summary>", html)
    assert "Duurt een wijkaanpak altijd lang?" in details
    assert len(details) >= 3


def test_professionals_part_has_its_own_heading_after_the_body(demo):
    _page, html = demo
    part = section(html, "voor-professionals")
    assert re.search(r'<h2[^>]*id="voor-professionals"[^>]*>Voor professionals<', part)
    assert "Een extra impuls naast het gewone werk" in part
    assert html.index('voor-professionals">Voor') > html.index("Een plan voor de hele")


def test_no_professionals_part_when_it_is_empty(client, explainer_index):
    page = ExplainerPageFactory(parent=explainer_index, professionals=[])
    html = client.get(page.url).content.decode()
    assert "Voor professionals" not in html


def test_partner_resources_are_grouped_by_partner_in_editor_order(
    client, explainer_index, resource_index
):
    first, second = PartnerFactory(), PartnerFactory()
    a1 = ResourcePageFactory(parent=resource_index, partner=first)
    b1 = ResourcePageFactory(parent=resource_index, partner=second)
    a2 = ResourcePageFactory(parent=resource_index, partner=first)
    page = ExplainerPageFactory(parent=explainer_index)
    for order, resource in enumerate([a1, b1, a2]):
        ExplainerResourceLinkFactory(
            page=page, resource=resource, sort_order=order, note=f"Notitie {order}"
        )
    html = section(client.get(page.url).content.decode(), "partners-heading")
    assert "Meer lezen bij de partners" in html
    groups = re.split(r'<h3 class="partner-resources__partner">', html)[1:]
    assert [g.split("</h3>")[0] for g in groups] == [first.name, second.name]
    assert links(groups[0]) == [a1.url, a2.url]
    assert links(groups[1]) == [b1.url]
    assert "Notitie 1" in groups[1]


def test_demo_partner_resources_block(demo):
    page, html = demo
    block = section(html, "partners-heading")
    live_links = [
        link.resource.url for link in page.resource_links.all() if link.resource.live
    ]
    assert len(live_links) >= 3
    assert sorted(links(block)) == sorted(live_links)


def test_related_shows_editor_picks_in_their_order(client, explainer_index):
    theme = ThemeFactory()
    page = ExplainerPageFactory(parent=explainer_index, themes=[theme])
    same_theme = ExplainerPageFactory(parent=explainer_index, themes=[theme])
    picks = [ExplainerPageFactory(parent=explainer_index) for _ in range(2)]
    for order, pick in enumerate(reversed(picks)):
        ExplainerRelatedPage.objects.create(page=page, related=pick, sort_order=order)
    related = section(client.get(page.url).content.decode(), "related-heading")
    assert "Gerelateerd" in related
    assert links(related) == [picks[1].url, picks[0].url]
    assert same_theme.url not in related


def test_related_falls_back_to_explainers_sharing_most_themes(client, explainer_index):
    t1, t2, t3 = ThemeFactory.create_batch(3)
    page = ExplainerPageFactory(parent=explainer_index, themes=[t1, t2, t3])
    one = ExplainerPageFactory(parent=explainer_index, themes=[t1])
    three = ExplainerPageFactory(parent=explainer_index, themes=[t1, t2, t3])
    two = ExplainerPageFactory(parent=explainer_index, themes=[t2, t3])
    ExplainerPageFactory(parent=explainer_index, themes=[ThemeFactory()])  # unrelated
    related = section(client.get(page.url).content.decode(), "related-heading")
    assert links(related) == [three.url, two.url, one.url]
    assert page.url not in related


def test_no_related_block_without_picks_or_themes(client, explainer_index):
    page = ExplainerPageFactory(parent=explainer_index)
    assert "Gerelateerd" not in client.get(page.url).content.decode()


def test_sub_explainers_are_listed_on_the_parent(client, explainer_index):
    parent = ExplainerPage.objects.get(slug="samenwerken-en-loslaten")
    html = section(client.get(parent.url).content.decode(), "sub-heading")
    assert "/uitleg/samenwerken-en-loslaten/wat-betekent-loslaten/" in links(html)
    draft = ExplainerPageFactory(parent=parent, live=False, title="Nog een concept")
    html = section(client.get(parent.url).content.decode(), "sub-heading")
    assert draft.title not in html


def test_themes_are_linked_as_chips(demo):
    page, html = demo
    chips = re.search(r'<ul class="chips".*?</ul>', html, re.DOTALL).group(0)
    assert sorted(links(chips)) == sorted(
        theme.get_absolute_url() for theme in page.themes.all()
    )
    assert Theme.objects.get(slug="wonen").get_absolute_url() in links(chips)


def test_related_keeps_the_three_sharing_most_themes_outside_the_children(
    client, explainer_index
):
    """A sub-explainer is shown under "Meer over dit onderwerp"; "Gerelateerd"
    does not show it again but takes the next best sharer instead."""
    t1, t2, t3 = ThemeFactory.create_batch(3)
    page = ExplainerPageFactory(parent=explainer_index, themes=[t1, t2, t3])
    best = [
        ExplainerPageFactory(parent=explainer_index, themes=[t1, t2, t3], title=title)
        for title in ("B", "A")
    ]
    child = ExplainerPageFactory(parent=page, themes=[t1, t2], title="Kind")
    one = ExplainerPageFactory(parent=explainer_index, themes=[t1], title="Een")
    ExplainerPageFactory(parent=explainer_index, themes=[t1, t2, t3], live=False)
    html = client.get(page.url).content.decode()
    related = section(html, "related-heading")
    assert links(related) == [best[1].url, best[0].url, one.url]
    assert links(section(html, "sub-heading")) == [child.url]


def test_hidden_picks_are_left_out(client, explainer_index):
    page = ExplainerPageFactory(parent=explainer_index)
    shown = ExplainerPageFactory(parent=explainer_index)
    draft = ExplainerPageFactory(parent=explainer_index, live=False)
    for order, pick in enumerate([draft, shown]):
        ExplainerRelatedPage.objects.create(page=page, related=pick, sort_order=order)
    assert links(section(client.get(page.url).content.decode(), "related-heading")) == [
        shown.url
    ]


def test_a_preview_shows_picks_not_saved_yet(explainer_index):
    from explainers.listings import explainers_around

    page = ExplainerPageFactory(parent=explainer_index)
    pick = ExplainerPageFactory(parent=explainer_index)
    page.related_pages = [ExplainerRelatedPage(related=pick)]  # as in a preview
    related, children = explainers_around(page, [])
    assert related == [pick]
    assert children == []


def test_only_hidden_picks_fall_back_to_shared_themes(client, explainer_index):
    theme = ThemeFactory()
    page = ExplainerPageFactory(parent=explainer_index, themes=[theme])
    sharing = ExplainerPageFactory(parent=explainer_index, themes=[theme])
    draft = ExplainerPageFactory(parent=explainer_index, live=False)
    ExplainerRelatedPage.objects.create(page=page, related=draft, sort_order=0)
    html = client.get(page.url).content.decode()
    assert links(section(html, "related-heading")) == [sharing.url]
