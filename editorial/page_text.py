"""The plain, reader-facing text of a page, for the readability check.

Reads field values and StreamField raw data only: no database queries per
page type (chosen pages, images and resources in blocks are skipped).
"""

from django.utils.html import strip_tags

from explainers.stream_text import _strings

# StreamField blocks that only point at other objects: no text of their own.
_SKIPPED_BLOCKS = {"resource_cards", "page_cards", "image"}
# Plain text fields, in reading order, after the title.
_PLAIN_FIELDS = ("summary", "intro")
# StreamFields and rich-text fields of the content page types, in page order.
_BODY_FIELDS = (
    "body",
    "about",
    "residents",
    "professionals",
    "letting_go",
    "participants",
    "residents_role",
    "what_worked",
    "what_did_not",
)


def _block_text(stream):
    parts = []
    for block in getattr(stream, "raw_data", []):
        if block.get("type") in _SKIPPED_BLOCKS:
            continue
        for text in _strings(block.get("value")):
            parts.append(_plain(text))
    return parts


def _plain(html):
    """Rich text or plain text as plain text; block-level tags end a line."""
    for tag in ("</p>", "</li>", "</h2>", "</h3>", "</h4>", "<br>", "<br/>"):
        html = html.replace(tag, tag + "\n")
    return strip_tags(html).strip()


def page_text(page):
    """Title, summary/intro and body text of ``page`` (a specific page), one
    part per line, so each part counts as at least one sentence."""
    parts = [page.title]
    for name in _PLAIN_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, str) and value:
            parts.append(_plain(value))
    for name in _BODY_FIELDS:
        value = getattr(page, name, None)
        if value is None:
            continue
        if hasattr(value, "raw_data"):
            parts.extend(_block_text(value))
        elif isinstance(value, str):
            parts.append(_plain(value))
    return "\n".join(part for part in parts if part)


# The first paragraph a reader meets, in the order a page type has it: the
# "Kort gezegd" summary, an article's or index page's intro, a partner's or a
# theme's description.
_OPENING_FIELDS = ("summary", "intro", "description")


def opening_text(obj):
    """The opening paragraph of a page (specific), partner or theme, as plain
    text; empty when it has none."""
    for name in _OPENING_FIELDS:
        value = getattr(obj, name, None)
        if isinstance(value, str) and value.strip():
            return _plain(value)
    return ""
