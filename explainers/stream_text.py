"""Reads text out of a StreamField's raw data, without touching the database.

Used for the contents list and the reading time, which must not cost queries.
"""

import math
import re

from django.utils.html import strip_tags

from explainers.blocks import heading_anchor

WORDS_PER_MINUTE = 200  # a calm reading pace for B1 readers
_WORD = re.compile(r"\w+")
# Keys in raw block data that hold ids or choices, not reader-facing text.
_NOT_TEXT = {"id", "type", "level", "kind", "decorative"}


# Ids that page templates use themselves; a heading never takes one of them.
RESERVED_ANCHORS = frozenset(
    {
        "inhoud",
        "voor-professionals",
        "toc-heading",
        "sub-heading",
        "partners-heading",
        "related-heading",
        "explained-heading",
        "footer-partners",
        "footer-over",
    }
)


def unique_anchor(text, used):
    """The heading's anchor, numbered (-2, -3, …) if taken; records it in ``used``."""
    base = heading_anchor(text)
    anchor, number = base, 1
    while anchor in used or anchor in RESERVED_ANCHORS:
        number += 1
        anchor = f"{base}-{number}"
    used.add(anchor)
    return anchor


def headings(stream, levels=("h2",)):
    """(anchor, text) for every heading of the given levels, in order.

    Anchors are numbered exactly as the heading block template numbers them
    while rendering the same stream first on the page, so links always match.
    """
    used = set()
    found = []
    for block in stream.raw_data:
        if block["type"] != "heading":
            continue
        text = block["value"].get("text", "")
        anchor = unique_anchor(text, used)
        if block["value"].get("level") in levels:
            found.append((anchor, text))
    return found


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NOT_TEXT:
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def word_count(*streams):
    total = 0
    for stream in streams:
        for block in stream.raw_data:
            if block["type"] in {"resource_cards", "page_cards", "image"}:
                continue
            for text in _strings(block["value"]):
                total += len(_WORD.findall(strip_tags(text)))
    return total


def reading_minutes(*streams):
    return max(1, math.ceil(word_count(*streams) / WORDS_PER_MINUTE))
