"""At phone width (390 x 844): listings show their first result on the first
screen with the filters behind a "Filteren" disclosure, every control is big
enough for a thumb and every text field has a visible label, and a page shows
each block once."""

import re
from collections import Counter

import pytest

from .conftest import ARTIFACTS, DESKTOP, PHONE
from .test_accessibility import PAGE_TYPES as ALL_PAGE_TYPES

pytestmark = pytest.mark.django_db

LISTINGS = {
    "bronnen": "/bronnen/",
    "praktijk": "/praktijk/",
    "uitleg": "/uitleg/",
    "artikelen": "/artikelen/",
    "zoeken": "/zoeken/?q=wijk",
}
# The first card of the results (search: the ranked list).
FIRST_RESULT = "main .listing__results :is(.card-list, .search-results) > li"
# Every page type of the accessibility suite but the print view (paper has
# no controls to tap).
PAGE_TYPES = [name for name in ALL_PAGE_TYPES if name != "stappenplan-print"]
MIN_TARGET = 44  # px: WCAG 2.5.5's size, the issue's "thumb-sized"


@pytest.fixture
def no_js(open_page):
    def open_(path, viewport=PHONE):
        return open_page(path, viewport=viewport, javascript=False)

    return open_


def _summary(page):
    """The disclosure's label, as read (the count sits in a span of its own)."""
    text = page.locator("main details.filters-disclosure > summary").inner_text()
    return " ".join(text.split())


@pytest.mark.parametrize("name", LISTINGS)
def test_first_result_on_the_first_screen(open_page, name):
    page = open_page(LISTINGS[name])
    first = page.locator(FIRST_RESULT).first
    assert first.is_visible()
    top = first.bounding_box()["y"]
    assert top <= PHONE["height"], f"first result starts at {top:.0f} px"
    disclosure = page.locator("main details.filters-disclosure")
    assert disclosure.count() == 1
    assert disclosure.get_attribute("open") is None  # closed on phones
    summary = disclosure.locator("summary")
    assert _summary(page) == "Filteren"
    assert summary.bounding_box()["height"] >= MIN_TARGET
    assert not disclosure.locator("fieldset, .facets__group").first.is_visible()
    ARTIFACTS.joinpath("screenshots").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "screenshots" / f"lijst-{name}-telefoon.png"))


@pytest.mark.parametrize(
    "path, count",
    [
        ("/bronnen/?thema=wonen", 1),
        ("/bronnen/?thema=wonen&thema=duurzaamheid&q=buurt", 3),
        ("/uitleg/?doelgroep=bewoners", 1),
        ("/zoeken/?q=wijk&thema=wonen", 1),
    ],
)
def test_active_filters_are_counted_and_removable(open_page, path, count):
    page = open_page(path)
    assert _summary(page) == f"Filteren ({count} actief)"
    chips = page.locator("main .active-filters a.chip")
    assert chips.count() == count
    # The active filters show above the first result, on the first screen.
    last_chip = chips.nth(count - 1).bounding_box()
    first = page.locator(FIRST_RESULT).first.bounding_box()
    assert last_chip["y"] < first["y"] <= PHONE["height"]
    chips.first.click()
    page.wait_for_load_state()
    expected = f"Filteren ({count - 1} actief)" if count > 1 else "Filteren"
    assert _summary(page) == expected


def test_filters_open_and_work_on_a_phone_without_javascript(no_js):
    page = no_js("/bronnen/")
    summary = page.locator("main details.filters-disclosure > summary")
    summary.click()
    option = page.locator("fieldset.filters__group label.filters__option").first
    assert option.is_visible()
    option.click()  # the whole row is the checkbox's label
    assert option.locator("input").is_checked()
    page.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url(re.compile(r"\?"))
    assert _summary(page) == "Filteren (1 actief)"


@pytest.mark.parametrize("name", ["bronnen", "zoeken"])
def test_desktop_keeps_the_filters_in_a_side_column(open_page, name):
    page = open_page(LISTINGS[name], viewport=DESKTOP)
    assert not page.locator("main details.filters-disclosure > summary").is_visible()
    heading = page.locator("main .filters__heading")
    assert heading.is_visible() and heading.inner_text().strip() == "Filteren"
    control = page.locator("main .filters :is(input[type=checkbox], a)").first
    assert control.is_visible()
    results = page.locator("main .listing__results").bounding_box()
    assert heading.bounding_box()["x"] < results["x"]  # a column to the left
    # Reachable with the keyboard while the disclosure is closed.
    control.focus()
    assert page.evaluate("document.activeElement.closest('.filters') !== null")


CONTROLS = """() => [...document.querySelectorAll(
    'main :is(input:not([type=hidden]), select, button, textarea, summary)'
)].filter(el => el.checkVisibility() && !el.closest('[aria-hidden=true]'))
  .map(el => {
    const box = ['checkbox', 'radio'].includes(el.type) ? (el.labels[0] || el) : el;
    return {
        what: el.outerHTML.slice(0, 80),
        height: box.getBoundingClientRect().height,
    };
  })"""

TEXT_FIELDS = """() => [...document.querySelectorAll(
    'main :is(input:not([type]), input[type=text], input[type=search],'
    + ' input[type=email], textarea)'
)].filter(el => el.checkVisibility() && !el.closest('[aria-hidden=true]'))
  .map(el => {
    const label = el.labels[0];
    const style = getComputedStyle(el);
    return {
        what: el.outerHTML.slice(0, 80),
        label: label && label.checkVisibility() && label.offsetWidth > 1
            ? label.innerText.trim() : '',
        border: parseFloat(style.borderTopWidth),
    };
  })"""


def _open_everything(page):
    """Open every disclosure in <main>, so the controls inside are measured."""
    page.evaluate(
        "document.querySelectorAll('main details').forEach(d => d.open = true)"
    )


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_controls_are_thumb_sized_with_visible_labels(open_page, page_type_urls, name):
    page = open_page(page_type_urls[name])
    _open_everything(page)
    small = [
        control
        for control in page.evaluate(CONTROLS)
        if control["height"] < MIN_TARGET - 0.5
    ]
    assert small == [], small
    fields = page.evaluate(TEXT_FIELDS)
    unlabelled = [field for field in fields if not field["label"]]
    assert unlabelled == [], unlabelled
    assert all(field["border"] >= 1 for field in fields), fields


def test_pagination_links_are_thumb_sized(open_page):
    page = open_page("/bronnen/")
    links = page.locator("main .pagination a")
    assert links.count() >= 1, "the demo library has more than one page"
    for index in range(links.count()):
        assert links.nth(index).bounding_box()["height"] >= MIN_TARGET


def test_the_explainer_shows_each_resource_and_heading_once(open_page, page_type_urls):
    page = open_page(page_type_urls["uitleg"])
    hrefs = page.eval_on_selector_all(
        "main a[href*='/bronnen/']", "els => els.map(e => e.getAttribute('href'))"
    )
    assert hrefs, "the demo explainer links partner resources"
    assert [href for href, n in Counter(hrefs).items() if n > 1] == []
    headings = page.eval_on_selector_all(
        "main :is(h1, h2, h3, h4, h5, h6)",
        "els => els.filter(e => e.checkVisibility()).map(e => e.innerText.trim())",
    )
    assert [text for text, n in Counter(headings).items() if n > 1] == []
    assert headings.count("Meer lezen bij de partners") == 1


def test_the_guide_shows_its_intro_once(open_page, page_type_urls):
    page = open_page(page_type_urls["stappenplan"])
    lead = page.locator("main .lead").inner_text().strip()
    assert lead
    first_sentence = lead.split(".")[0]
    assert page.locator("main").inner_text().count(first_sentence) == 1
