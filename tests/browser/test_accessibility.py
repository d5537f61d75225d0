"""Accessibility in a real browser: axe-core finds no WCAG 2.2 A/AA
violations on any page type at phone and desktop width; the skip link works;
every interactive element is reachable by keyboard with a visible focus; one
screenshot per page type at phone width is saved for review."""

import json

import pytest

from .conftest import ARTIFACTS, AXE, DESKTOP, PHONE, require_tool

# Makes pytest-django create the test database (with the demo content).
pytestmark = pytest.mark.django_db

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
PAGE_TYPES = [
    "home",
    "uitleg-overzicht",
    "uitleg",
    "artikelen",
    "artikel",
    "bronnen",
    "bron",
    "praktijk",
    "praktijkvoorbeeld",
    "stappenplan",
    "stap",
    "stappenplan-print",
    "inhoudspagina",
    "startpagina-bewoners",
    "startpagina-professionals",
    "themas",
    "thema",
    "partners",
    "partner",
    "begrippen",
    "zoeken",
    "zoeken-leeg",
    "niet-gevonden",
]

# Focusable, visible elements, as a keyboard user meets them.
FOCUSABLE = """
() => Array.from(document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]'
)).filter(el => {
    if (el.tabIndex < 0 || el.disabled) return false;
    if (el.closest('[hidden], [inert], [aria-hidden=true]')) return false;
    // Inside a closed disclosure (the filters on a phone): reached once the
    // disclosure's summary, itself in the list, opens it.
    if (!el.checkVisibility() && !el.classList.contains('skip-link')) return false;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    // Elements that only appear on focus (the skip link) count as visible.
    return box.width > 0 || box.height > 0 || el.classList.contains('skip-link');
}).map(el => el.outerHTML.slice(0, 120))
"""

FOCUS_VISIBLE = """
() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    return {html: el.outerHTML.slice(0, 120), visible: outline || shadow};
}
"""


def run_axe(page):
    source = require_tool(AXE).read_text()
    # evaluate() runs through the DevTools protocol, so the site's strict
    # Content-Security-Policy stays on and is not weakened for the test.
    page.evaluate(source)
    return page.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})
            .then(r => r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))
            })))""",
        WCAG_TAGS,
    )


@pytest.mark.parametrize("width", ["phone", "desktop"])
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_wcag_violations(open_page, page_type_urls, name, width):
    viewport = PHONE if width == "phone" else DESKTOP
    page = open_page(page_type_urls[name], viewport=viewport)
    violations = run_axe(page)
    assert violations == [], json.dumps(violations, indent=1, ensure_ascii=False)
    if width == "phone":
        ARTIFACTS.joinpath("screenshots").mkdir(parents=True, exist_ok=True)
        page.screenshot(
            path=str(ARTIFACTS / "screenshots" / f"{name}.png"), full_page=True
        )


@pytest.mark.parametrize("name", ["home", "uitleg", "bronnen", "niet-gevonden"])
def test_skip_link_moves_focus_to_the_content(open_page, page_type_urls, name):
    page = open_page(page_type_urls[name], viewport=DESKTOP)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    box = page.evaluate(
        "(() => { const b = document.activeElement.getBoundingClientRect();"
        " return [b.top, b.height]; })()"
    )
    assert box[0] >= 0 and box[1] > 0, "the skip link is visible when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    assert page.url.endswith("#inhoud")


KEYBOARD_CASES = [(name, "phone") for name in PAGE_TYPES] + [
    (name, "desktop") for name in ("home", "uitleg", "bronnen", "zoeken")
]


@pytest.mark.parametrize(("name", "width"), KEYBOARD_CASES)
def test_every_control_is_reachable_by_keyboard_with_visible_focus(
    open_page, page_type_urls, name, width
):
    viewport = PHONE if width == "phone" else DESKTOP
    page = open_page(page_type_urls[name], viewport=viewport)
    expected = page.evaluate(FOCUSABLE)
    reached, invisible = [], []
    for _ in range(len(expected) + 5):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_VISIBLE)
        if state is None:
            continue
        reached.append(state["html"])
        if not state["visible"]:
            invisible.append(state["html"])
    missing = [html for html in expected if html not in reached]
    assert not missing, missing[:5]
    assert not invisible, invisible[:5]
