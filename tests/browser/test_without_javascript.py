"""With JavaScript switched off, search, filters, page feedback and the
glossary still work."""

import re

import pytest

from .conftest import DESKTOP, PHONE

# Makes pytest-django create the test database (with the demo content).
pytestmark = pytest.mark.django_db


@pytest.fixture
def no_js(open_page):
    def open_(path, viewport=PHONE):
        return open_page(path, viewport=viewport, javascript=False)

    return open_


def test_search_form_in_the_header(no_js):
    page = no_js("/", viewport=DESKTOP)
    page.fill("#zoek-kop", "buurtbudget")
    page.press("#zoek-kop", "Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=buurtbudget"))
    assert page.locator("h1").inner_text()
    assert page.locator("main input[name=q]").first.input_value() == "buurtbudget"
    assert page.locator("main").get_by_role("link").count() > 3


def test_resource_filters(no_js, page_type_urls):
    page = no_js(page_type_urls["bronnen"])
    total_before = page.locator("main article").count()
    # On a phone the filters sit behind the "Filteren" disclosure.
    page.locator("main details.filters-disclosure > summary").click()
    group = page.locator("fieldset.filters__group").first
    group.locator("input[type=checkbox]").first.check()
    page.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url(re.compile(r"\?"))
    assert "=" in page.url.split("?", 1)[1]
    assert group.locator("input[type=checkbox]").first.is_checked()
    assert 0 < page.locator("main article").count() <= total_before


def test_page_feedback(no_js, page_type_urls):
    page = no_js(page_type_urls["uitleg"])
    comment = "Een voorbeeld uit een dorp (browsertest)."
    try:
        page.locator(".page-feedback textarea").fill(comment)
        page.locator(".page-feedback").get_by_role("button", name="Nee").click()
        page.wait_for_load_state()
        # The thank-you page only follows a stored answer (303 after saving).
        assert "/feedback/bedankt/" in page.url
        assert page.locator("h1").inner_text()
    finally:
        _forget_feedback(comment)


def _forget_feedback(comment):
    """On PostgreSQL the server thread committed the answer; remove it through
    a connection of its own. (On in-memory SQLite the server shares the
    test's connection and the test's rollback removes it.)"""
    from django.db import connections

    if connections["default"].vendor == "sqlite":
        return
    cleaner = connections.create_connection("default")
    try:
        with cleaner.cursor() as cursor:
            cursor.execute(
                "DELETE FROM feedback_pagefeedback WHERE comment = %s", [comment]
            )
    finally:
        cleaner.close()


def test_glossary_term_explains_itself_and_links(no_js, page_type_urls):
    page = no_js(page_type_urls["uitleg"], viewport=DESKTOP)
    term = page.locator("a.term__link").first
    tip_id = term.get_attribute("aria-describedby")
    tip = page.locator(f"#{tip_id}")
    assert tip.inner_text().strip()
    assert not tip.is_visible()
    term.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
    assert tip.is_visible()
    href = term.get_attribute("href")
    term.click()
    page.wait_for_url(re.compile(r"/begrippen/"))
    assert page.url.endswith(href.split("/begrippen/")[1])
    anchor = href.split("#")[1]
    assert page.locator(f"#{anchor}").count() == 1
