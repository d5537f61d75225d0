"""Small helpers shared by the tests: admin form data, HTML fragments and
hostile text for the fuzz tests."""

import re

from django.conf import settings
from django.urls import reverse

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
)

# Hostile text for the fuzz tests (tests/search/test_bad_input.py,
# tests/test_hostile_input.py): query syntax, SQL, markup, unicode, NUL and
# control characters, and sheer size.
HOSTILE_TEXTS = [
    '"wijkaanpak"',
    "'wijk",
    "a & | ! :* ( )",
    "wijk:* & !buurt | (bewoners",
    "'; DROP TABLE x; --",
    "wijk'); DELETE FROM wagtailcore_page; --",
    "1' OR '1'='1",
    'NEAR(wijk buurt) AND "OR" NOT *',
    "\\ \\\\ %% _ ' \" ` ^ ~ $",
    "{}[]<>|@#",
    "ünïcödé café ß İstanbul",
    "中文 العربية עברית ქართული",
    "😀🏘️👍🏽 wijk 👨‍👩‍👧",
    "\u202e wijk \u200b\ufeff",
    "wijk\x00aanpak\x00",
    "\x01\x02\x1b[31m",
    "a" * 10_000,
    "wijk " * 2_000,
    "é" * 10_000,
]


def publish(page):
    """Publish the page's current state through a revision, as editors do."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def admin_date(value):
    """A date as the admin's date picker submits it."""
    return value.strftime(settings.WAGTAIL_DATE_FORMAT)


def list_block(*values):
    """Form data of a ListBlock (FAQ items, steps, chosen pages)."""
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i)}
        for i, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def block_form_data(block, value):
    """The admin's POST data for one block value (what the editor's JS sends)."""
    if isinstance(block, blocks.StreamBlock):
        data = {
            str(i): {
                "type": child.block_type,
                "value": block_form_data(child.block, child.value),
                "deleted": "",
                "order": str(i),
                "id": child.id or "",
            }
            for i, child in enumerate(value)
        }
        data["count"] = str(len(value))
        return data
    if isinstance(block, blocks.ListBlock):
        data = {
            str(i): {
                "value": block_form_data(block.child_block, child.value),
                "deleted": "",
                "order": str(i),
                "id": child.id or "",
            }
            for i, child in enumerate(value.bound_blocks)
        }
        data["count"] = str(len(value.bound_blocks))
        return data
    if isinstance(block, ImageBlock):
        data = {"image": value.pk, "alt_text": value.contextual_alt_text or ""}
        if value.decorative:
            data["decorative"] = "on"
        return data
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_form_data(child, value[name])
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source, features=block.features)
    if isinstance(block, blocks.ChooserBlock):
        return value.pk if value is not None else ""
    return block.value_for_form(value)


def editor_html(html, features=("bold", "italic", "link", "ol", "ul")):
    """Rich text as the admin stores it once an editor has typed ``html``: the
    editor's converter leaves quotes and apostrophes unescaped."""
    from wagtail.admin.rich_text.converters.contentstate import (
        ContentstateConverter,
    )

    converter = ContentstateConverter(list(features))
    return converter.to_database_format(converter.from_database_format(html))


def stream_fields(model):
    return [f for f in model._meta.get_fields() if isinstance(f, StreamField)]


def edit_form_data(client, page, **changes):
    """The edit form of ``page`` as the admin would post it, with ``changes``
    (plain fields, or StreamField raw data) applied. StreamFields are rendered
    by JavaScript, so their data is built from the stored value."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    data = querydict_from_html(html.content.decode(), form_id="page-edit-form")
    for field in stream_fields(type(page)):
        value = getattr(page, field.name)
        if field.name in changes:
            value = field.stream_block.to_python(changes.pop(field.name))
        data.update(
            nested_form_data({field.name: block_form_data(field.stream_block, value)})
        )
    for name, value in changes.items():
        if isinstance(value, list):
            data.setlist(name, [str(v) for v in value])
        else:
            data[name] = value
    return data


def section(html, heading_id):
    """The HTML of the <section>/<aside> labelled by ``heading_id`` ('' if none)."""
    match = re.search(
        rf'<(section|aside|nav)[^>]*aria-labelledby="{heading_id}".*?</\1>',
        html,
        re.DOTALL,
    )
    return match.group(0) if match else ""


def links(html):
    """Every href in a fragment of HTML, in order."""
    return re.findall(r'href="([^"]*)"', html)


def texts(html, tag, css_class=None):
    """The stripped inner HTML of every ``tag`` (optionally with a class), so
    assertions survive changes to attributes and whitespace."""
    attrs = rf'[^>]*class="[^"]*\b{css_class}\b[^"]*"[^>]*' if css_class else r"[^>]*"
    found = re.findall(rf"<{tag}\b{attrs}>(.*?)</{tag}>", html, re.DOTALL)
    return [text.strip() for text in found]
