"""The step-by-step guide under /stappenplan/: step numbers, the route with the
current step marked, previous/next links at the edges, hidden steps dropping
out everywhere, and the print view of the whole guide with its stylesheet."""

import re
from pathlib import Path

import pytest

from django.conf import settings

from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import expand_db_html

from explainers.demo_content.guide import GUIDE as GUIDE_DATA
from explainers.models import GuidePage, PracticePage, StepPage

from .factories import StepExampleLinkFactory, StepPageFactory
from .helpers import links, section, texts

pytestmark = pytest.mark.django_db

GUIDE = "/stappenplan/"
PRINT = "/stappenplan/afdrukken/"
DEMO_STEPS = [
    "orienteren",
    "initieren",
    "ontwerpen",
    "uitvoeren",
    "evalueren-en-leren",
]
SECTION_HEADINGS = [
    "Waar gaat deze stap over?",
    "Wat kun je doen als bewoner?",
    "Wat doen professionals?",
    "Loslaten in deze stap",
]


@pytest.fixture
def guide(db):
    return GuidePage.objects.get()


def visible_steps(guide):
    return list(StepPage.objects.child_of(guide).live().public().order_by("path"))


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def route(html):
    """[(href, is current)] of the step route on a step page."""
    nav = section(html, "route-nav-heading")
    return [
        (href, bool(current))
        for href, current in re.findall(
            r'<a href="([^"]*)"( aria-current="step")?>', nav
        )
    ]


def step_nav(html):
    """{"prev": href, "next": href} of the previous/next links."""
    nav = re.search(r'<nav class="step-nav".*?</nav>', html, re.DOTALL).group(0)
    return dict(re.findall(r'<a rel="(prev|next)" href="([^"]*)"', nav))


def step_label(html):
    return texts(html, "p", "type-label")[0].split(" · ")[0]


def assert_route(client, steps):
    """Every visible step shows its number, the whole route and its neighbours."""
    urls = [step.url for step in steps]
    for n, step in enumerate(steps):
        html = get(client, step.url)
        assert step_label(html) == f"Stap {n + 1} van {len(steps)}", step.slug
        assert route(html) == [(url, url == step.url) for url in urls]
        assert html.count('aria-current="step"') == 1
        neighbours = step_nav(html)
        assert neighbours.get("prev") == (urls[n - 1] if n > 0 else None)
        assert neighbours.get("next") == (urls[n + 1] if n + 1 < len(urls) else None)


def test_demo_guide_has_the_five_phases_in_order(guide):
    assert [step.slug for step in visible_steps(guide)] == DEMO_STEPS
    assert [step.phase for step in visible_steps(guide)] == [
        "orienteren",
        "initieren",
        "ontwerpen",
        "uitvoeren",
        "evalueren",
    ]


def test_every_step_shows_its_place_in_the_route(client, guide):
    assert_route(client, visible_steps(guide))


def test_first_step_has_no_previous_and_last_has_no_next(client, guide):
    steps = visible_steps(guide)
    first = get(client, steps[0].url)
    assert step_label(first) == "Stap 1 van 5"
    assert step_nav(first) == {"next": steps[1].url}
    assert 'rel="prev"' not in first
    last = get(client, steps[-1].url)
    assert step_label(last) == "Stap 5 van 5"
    assert step_nav(last) == {"prev": steps[-2].url}
    assert 'rel="next"' not in last


def test_an_unpublished_step_drops_out_of_route_counts_and_listings(client, guide):
    steps = visible_steps(guide)
    hidden = steps[1]
    hidden.unpublish()
    remaining = [step for step in steps if step.pk != hidden.pk]
    assert_route(client, remaining)
    assert step_nav(get(client, steps[0].url))["next"] == steps[2].url
    for url in (GUIDE, PRINT):
        html = get(client, url)
        assert hidden.title not in html
        assert hidden.url not in html
    assert len(print_sections(get(client, PRINT))) == len(remaining)


def test_a_private_last_step_makes_the_one_before_it_last(client, guide):
    steps = visible_steps(guide)
    PageViewRestriction.objects.create(
        page=steps[-1], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert_route(client, steps[:-1])
    html = get(client, steps[-2].url)
    assert step_label(html) == "Stap 4 van 4"
    assert "next" not in step_nav(html)
    assert steps[-1].url not in get(client, GUIDE)
    assert steps[-1].title not in get(client, PRINT)


def test_the_route_follows_the_page_tree_order(client, guide):
    steps = visible_steps(guide)
    steps[-1].move(steps[0], pos="left")
    moved = visible_steps(guide)
    assert moved[0].pk == steps[-1].pk
    assert_route(client, moved)
    assert step_label(get(client, steps[0].url)) == "Stap 2 van 5"


def test_a_new_step_joins_the_end_of_the_route(client, guide):
    new = StepPageFactory(parent=guide, title="Vieren wat gelukt is")
    steps = visible_steps(guide)
    assert steps[-1].pk == new.pk
    html = get(client, new.url)
    assert step_label(html) == "Stap 6 van 6"
    assert step_nav(get(client, steps[-2].url))["next"] == new.url


def test_guide_page_lists_every_step_in_order(client, guide):
    html = get(client, GUIDE)
    listed = section(html, "route-heading")
    steps = visible_steps(guide)
    assert links(listed) == [step.url for step in steps]
    for step in steps:
        assert step.get_phase_display() in listed
        assert step.summary in listed
    assert f'href="{PRINT}"' in html


# The print view --------------------------------------------------------------


def print_sections(html):
    return re.findall(r'<section class="print-step".*?</section>', html, re.DOTALL)


def test_print_view_has_every_step_in_order_with_its_four_sections(client, guide):
    response = client.get(PRINT)
    assert "explainers/guide_page_print.html" in [t.name for t in response.templates]
    html = response.content.decode()
    steps = visible_steps(guide)
    found = print_sections(html)
    assert len(found) == len(steps)
    for n, (step, part) in enumerate(zip(steps, found, strict=True), start=1):
        assert texts(part, "h2") == [f"Stap {n} van {len(steps)}: {step.title}"]
        assert texts(part, "h3")[:4] == SECTION_HEADINGS
        for field in ("about", "residents", "professionals", "letting_go"):
            assert expand_db_html(getattr(step, field)) in part, (step.slug, field)


def expected_print_links(row):
    """Full URLs of a demo step's links, in the order the demo data gives."""
    shown = Page.objects.live().public().specific()
    explainers = [shown.get(slug=slug).full_url for slug in row["explainers"]]
    examples = [shown.get(slug=slug).full_url for slug in row["examples"]]
    resources = [shown.get(slug=slug).external_url for slug in row["resources"]]
    return explainers + examples + resources


def test_print_view_lists_each_steps_links_in_order_with_full_urls(client, guide):
    html = get(client, PRINT)
    for row, part in zip(GUIDE_DATA["steps"], print_sections(html), strict=True):
        found = links(part.split("<h3>Verder lezen</h3>")[1])
        assert found == expected_print_links(row), row["slug"]
        assert all(url.startswith(("http://", "https://")) for url in found)


def test_print_view_follows_the_editors_order_of_links(client, guide):
    step = visible_steps(guide)[0]
    links_before = list(step.resource_links.all())
    for order, link in enumerate(reversed(links_before)):
        link.sort_order = order
        link.save()
    part = print_sections(get(client, PRINT))[0]
    found = links(part.split("<h3>Verder lezen</h3>")[1])
    urls = [link.resource.external_url for link in reversed(links_before)]
    assert found[-len(urls) :] == urls


def test_print_view_skips_links_to_hidden_pages(client, guide):
    draft = PracticePage.objects.get(slug="zomerspelen-voorbeeldwijk")
    assert not draft.live
    step = visible_steps(guide)[0]
    StepExampleLinkFactory(page=step, example=draft)
    assert draft.title not in get(client, PRINT)
    assert draft.title not in get(client, step.url)


def test_a_step_without_loslaten_or_links_still_prints(client, guide):
    StepPageFactory(parent=guide, title="Een korte stap", letting_go="")
    part = print_sections(get(client, PRINT))[-1]
    assert texts(part, "h3") == SECTION_HEADINGS[:3]
    assert "Verder lezen" not in part


# The print stylesheet ---------------------------------------------------------


def print_rules():
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    rules = []
    for match in re.finditer(r"@media print\s*\{", css):
        depth, start = 1, match.end()
        end = start
        while depth:
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        rules.extend(re.findall(r"([^{}]+)\{([^{}]*)\}", css[start : end - 1]))
    return [(selector.strip(), body) for selector, body in rules]


def test_print_stylesheet_hides_the_site_chrome():
    hidden = {
        name.strip()
        for selector, body in print_rules()
        if re.search(r"display:\s*none", body)
        for name in selector.split(",")
    }
    for chrome in (".site-header", ".site-footer", ".breadcrumbs", ".skip-link"):
        assert chrome in hidden
    assert {".step-route--compact", ".step-nav", ".screen-only"} <= hidden


def test_print_stylesheet_prints_link_urls_of_article_links(client):
    printed = [
        selector
        for selector, body in print_rules()
        if "attr(href)" in body and "content" in body
    ]
    assert any('.article a[href^="http"]::after' in s for s in printed)
    # The print view's links sit inside that .article and are absolute.
    html = get(client, PRINT)
    article = re.search(
        r'<article class="article print-guide">.*?</article>', html, re.S
    )
    assert "Verder lezen" in article.group(0)
    # The main menu sits in the header the stylesheet hides.
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S)
    assert 'class="main-nav"' in header.group(0)
