"""The phone-first header in a real browser: on every page type the H1 starts
within the top 300 px of a 390 x 844 phone; "Menu" and "Zoeken" are
disclosures (aria-expanded, Escape closes and returns focus) that also work
without JavaScript; on a 1280 px desktop the whole menu sits on one row
without a Menu button; the phase banner of the demo shows. A screenshot of
the first screen of every page type is saved for review."""

import re

import pytest

from .conftest import ARTIFACTS, DESKTOP, PHONE
from .test_accessibility import PAGE_TYPES

# Makes pytest-django create the test database (with the demo content).
pytestmark = pytest.mark.django_db

H1_MAX_TOP = 300  # px from the top of the page, at 390 x 844

MENU_BUTTON = "button.header-toggle[aria-controls=hoofdmenu]"
SEARCH_BUTTON = "button.header-toggle[aria-controls=zoeken-kop]"

VISIBLE_MENU_LINKS = """
() => Array.from(document.querySelectorAll('#hoofdmenu a')).map(a => {
    const box = a.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0
        && getComputedStyle(a).visibility !== 'hidden';
    return {href: a.getAttribute('href'), visible, top: a.offsetTop};
})
"""


def menu_links(page):
    return page.evaluate(VISIBLE_MENU_LINKS)


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_h1_starts_within_the_first_300px_on_a_phone(open_page, page_type_urls, name):
    page = open_page(page_type_urls[name], viewport=PHONE)
    top = page.evaluate(
        "document.querySelector('h1').getBoundingClientRect().top + window.scrollY"
    )
    # The phase banner is on in the demo: the budget includes it.
    assert page.locator(".phase-banner").is_visible()
    assert top <= H1_MAX_TOP, f"{name}: H1 starts at {top:.0f} px"
    ARTIFACTS.joinpath("screenshots").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "screenshots" / f"first-screen-{name}.png"))


def test_phase_banner_says_this_is_a_demo(open_page):
    page = open_page("/", viewport=PHONE)
    banner = page.locator("header .phase-banner")
    assert banner.is_visible()
    assert banner.inner_text().startswith("DEMO")  # the tag, in capitals by CSS
    assert "kennisbank over de wijkaanpak" in banner.inner_text()
    # It sits above the wordmark and the Menu button.
    banner_box = banner.bounding_box()
    assert banner_box["y"] < page.locator(MENU_BUTTON).bounding_box()["y"]


def test_menu_button_opens_and_closes_the_menu(open_page, page_type_urls):
    page = open_page(page_type_urls["uitleg"], viewport=PHONE)
    button = page.locator(MENU_BUTTON)
    assert button.is_visible()
    assert button.inner_text().strip() == "Menu"
    assert button.get_attribute("aria-expanded") == "false"
    links = menu_links(page)
    assert len(links) >= 5
    assert not any(link["visible"] for link in links), "the menu starts closed"
    # The no-JavaScript link has been replaced by the button.
    assert page.locator("a[href='#hoofdmenu']").count() == 0

    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert all(link["visible"] for link in menu_links(page))
    # The open menu sits right below the header row, in the first screen.
    first = page.locator("#hoofdmenu a").first.bounding_box()
    assert first["y"] + first["height"] <= PHONE["height"]
    # The current section is marked in the open menu.
    assert page.locator("#hoofdmenu a[aria-current]").count() == 1

    # Escape closes it and puts focus back on the button.
    page.locator("#hoofdmenu a").nth(1).focus()
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not any(link["visible"] for link in menu_links(page))
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == (
        "hoofdmenu"
    )

    # Keyboard: Enter and Space toggle it, and Tab goes from the button into the menu.
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")
    first_href = menu_links(page)[0]["href"]
    assert page.evaluate("document.activeElement.getAttribute('href')") == first_href
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "false"


def test_search_button_opens_the_search_field(open_page):
    page = open_page("/", viewport=PHONE)
    button = page.locator(SEARCH_BUTTON)
    field = page.locator("#zoek-kop")
    assert button.get_attribute("aria-expanded") == "false"
    assert not field.is_visible()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert field.is_visible()
    assert page.evaluate("document.activeElement.id") == "zoek-kop"
    # Opening the menu closes the search field: one panel at a time.
    page.locator(MENU_BUTTON).click()
    assert not field.is_visible()
    assert button.get_attribute("aria-expanded") == "false"
    page.locator(SEARCH_BUTTON).click()
    field.fill("buurtbudget")
    field.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=buurtbudget"))
    assert page.locator("h1").inner_text()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_header_search_field_has_a_visible_label_and_a_thumb_sized_box(
    open_page, viewport
):
    page = open_page("/uitleg/", viewport=viewport)
    if viewport is PHONE:
        page.locator(SEARCH_BUTTON).click()
    field = page.locator("#zoek-kop")
    label = page.locator("label[for=zoek-kop]")
    assert field.is_visible()
    assert label.is_visible()
    assert label.bounding_box()["width"] > 40  # not clipped to 1 px
    assert label.inner_text().strip() == "Zoeken op Wijkwijzer"
    assert field.bounding_box()["height"] >= 44
    assert (
        page.locator("#zoeken-kop button[type=submit]").bounding_box()["height"] >= 44
    )


@pytest.fixture
def no_js(open_page):
    def open_(path, viewport=PHONE):
        return open_page(path, viewport=viewport, javascript=False)

    return open_


def test_menu_works_without_javascript(no_js, open_page, page_type_urls):
    expected = [link["href"] for link in menu_links(open_page("/", viewport=DESKTOP))]
    page = no_js(page_type_urls["artikel"])
    assert page.locator(MENU_BUTTON).count() == 0
    assert not any(link["visible"] for link in menu_links(page))
    menu = page.locator("a.header-toggle[href='#hoofdmenu']")
    assert menu.is_visible()
    menu.click()
    page.wait_for_url(re.compile(r"#hoofdmenu$"))
    links = menu_links(page)
    assert [link["href"] for link in links] == expected
    assert all(link["visible"] for link in links), links
    # The header stays in view: the jump does not scroll it away.
    assert page.locator("a.header-toggle[href='#hoofdmenu']").is_visible()
    assert page.evaluate("window.scrollY") == 0
    # Every main menu link leads somewhere.
    last = page.locator("#hoofdmenu a").last
    href = last.get_attribute("href")
    last.click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    assert page.locator("h1").inner_text()


def test_search_works_without_javascript_on_a_phone(no_js):
    page = no_js("/")
    assert not page.locator("#zoek-kop").is_visible()
    page.locator("a.header-toggle[href='#zoeken-kop']").click()
    assert page.locator("#zoek-kop").is_visible()
    page.fill("#zoek-kop", "buurtbudget")
    page.press("#zoek-kop", "Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=buurtbudget"))


@pytest.mark.parametrize("name", ["home", "uitleg", "bronnen", "zoeken", "partner"])
def test_desktop_menu_is_one_row_without_a_menu_button(open_page, page_type_urls, name):
    page = open_page(page_type_urls[name], viewport=DESKTOP)
    links = menu_links(page)
    assert len(links) >= 5
    assert all(link["visible"] for link in links)
    tops = {link["top"] for link in links}
    assert len(tops) == 1, f"the menu wraps onto {len(tops)} rows"
    assert not page.locator(".header-toggle").first.is_visible()
    assert page.locator("#zoek-kop").is_visible()


def test_phone_breadcrumbs_show_the_way_back_and_desktop_the_trail(
    open_page, page_type_urls
):
    url = page_type_urls["uitleg"]
    phone = open_page(url, viewport=PHONE)
    visible = phone.locator(".breadcrumbs li:visible")
    assert visible.count() == 1
    assert visible.inner_text().strip() == "Uitleg"
    assert visible.locator("a").get_attribute("href") == "/uitleg/"
    desktop = open_page(url, viewport=DESKTOP)
    trail = desktop.locator(".breadcrumbs li:visible")
    assert trail.count() == 3
    assert trail.first.inner_text().strip() == "Home"
