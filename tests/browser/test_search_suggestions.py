"""Suggestions as you type at phone width: the /zoeken/ field is an ARIA 1.2
combobox with a listbox popup (static/js/suggest.js). Arrow keys set
aria-activedescendant, Enter follows the active option, Escape closes, axe
finds nothing with the popup open; without JavaScript the form still
submits and no combobox roles appear."""

import re

import pytest

from .conftest import PHONE
from .test_accessibility import run_axe

pytestmark = pytest.mark.django_db

FIELD = "main input[name=q]"


def open_suggestions(open_page, text="wijk"):
    page = open_page("/zoeken/", viewport=PHONE)
    field = page.locator(FIELD).first
    field.click()
    field.press_sequentially(text, delay=30)
    listbox_id = field.get_attribute("aria-controls")
    listbox = page.locator(f"#{listbox_id}")
    listbox.wait_for(state="visible")
    # The answer for what was typed so far may show first: wait for the
    # answer to the whole text.
    page.wait_for_function(
        """([id, text]) => {
            const options = [...document.querySelectorAll(`#${id} [role=option]`)];
            return options.length > 0 && options.every(
                o => o.textContent.toLowerCase().includes(text));
        }""",
        arg=[listbox_id, text],
    )
    return page, field, listbox


def test_typing_shows_a_listbox_with_options(open_page):
    page, field, listbox = open_suggestions(open_page)
    assert field.get_attribute("role") == "combobox"
    assert field.get_attribute("aria-autocomplete") == "list"
    assert field.get_attribute("aria-expanded") == "true"
    assert listbox.get_attribute("role") == "listbox"
    options = listbox.locator("[role=option]")
    count = options.count()
    assert 1 <= count <= 8
    for index in range(count):
        assert "wijk" in options.nth(index).inner_text().lower()
        box = options.nth(index).bounding_box()
        assert box["height"] >= 44, box  # thumb-sized
    status = page.locator("main [role=status]")
    assert status.inner_text() == f"{count} suggesties"


def test_arrow_keys_enter_and_escape(open_page):
    page, field, listbox = open_suggestions(open_page)
    options = listbox.locator("[role=option]")
    assert field.get_attribute("aria-activedescendant") is None
    field.press("ArrowDown")
    first = options.nth(0)
    assert field.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    field.press("ArrowDown")
    second = options.nth(1)
    assert field.get_attribute("aria-activedescendant") == second.get_attribute("id")
    field.press("ArrowUp")
    assert field.get_attribute("aria-activedescendant") == first.get_attribute("id")
    # The focus stays in the field all along.
    assert page.evaluate("document.activeElement.name") == "q"

    field.press("Escape")
    assert listbox.is_hidden()
    assert field.get_attribute("aria-expanded") == "false"
    assert field.get_attribute("aria-activedescendant") is None

    field.press("ArrowDown")  # opens again with the same suggestions
    listbox.wait_for(state="visible")
    field.press("ArrowDown")
    chosen = options.nth(0).locator(".suggestions__text").inner_text()
    field.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q="))
    assert page.locator(FIELD).first.input_value().lower() == chosen.lower()


def test_enter_on_a_title_goes_to_the_page(open_page):
    page, field, listbox = open_suggestions(open_page, "wat is een wijkaanp")
    field.press("ArrowDown")
    field.press("Enter")
    # A partner resource and an explainer share this title; either will do.
    page.wait_for_url(re.compile(r"wat-is-een-wijkaanpak/$"))
    assert "wijkaanpak" in page.locator("h1").inner_text().lower()


def test_enter_without_an_active_option_submits_what_was_typed(open_page):
    page, field, _listbox = open_suggestions(open_page)
    field.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=wijk$"))


def test_no_wcag_violations_with_the_popup_open(open_page):
    page, field, listbox = open_suggestions(open_page)
    field.press("ArrowDown")
    assert listbox.is_visible()
    violations = run_axe(page)
    assert violations == [], violations


def test_without_javascript_the_form_submits(open_page):
    page = open_page("/zoeken/", viewport=PHONE, javascript=False)
    field = page.locator(FIELD).first
    assert field.get_attribute("role") is None
    assert page.locator("[role=listbox]").count() == 0
    field.fill("wijkteam")
    field.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=wijkteam$"))
    assert page.locator(FIELD).first.input_value() == "wijkteam"
