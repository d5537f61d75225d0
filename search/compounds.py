"""Splitting Dutch compounds into their parts: "buurtteam" → buurt + team.

Dutch writes compounds as one word, so a full-text index that matches whole
words cannot see that "jeugdcriminaliteit" is about "criminaliteit". This
module splits a word against a Dutch word list with frequencies (wordfreq's
Dutch vocabulary, shipped in its wheel) by dynamic programming over the
positions in the word:

- every part is a known word of at least MIN_PART_LENGTH letters that is
  frequent enough (MIN_PART_ZIPF), and no function word ("aan", "der");
- between two parts a linking morpheme may stand: "s" (bewoner-s-participatie),
  "en" or "e";
- the split with the fewest parts wins, then the one with the most frequent
  parts (the sum of their Zipf frequencies);
- a word is kept whole when it is common itself (COMMON_ZIPF: "verder",
  "bestaan") or when its parts are on average rarer than the word itself
  (the geometric mean test of Koehn and Knight, 2003: "leefbaarheid" is no
  "leefbaar" + "heid").

Pure functions, cached per word; the word list loads once, on first use.
"""

import math
import re
from functools import cache, lru_cache

from django.utils.html import strip_tags

from wagtail.search import index

from search.stopwords import STOPWORDS

MIN_PART_LENGTH = 3
MIN_WORD_LENGTH = 2 * MIN_PART_LENGTH
# Short parts must be frequent: the word list holds many rare three-letter
# fragments ("nde", "taan"); longer ones may be rarer (zipf 3 = once in a
# million words).
MIN_PART_ZIPF = 3.0
MIN_LONG_PART_ZIPF = 2.5
LONG_PART = 6
COMMON_ZIPF = 4.0  # a word this frequent is kept whole
MAX_WORD_LENGTH = 40  # longer "words" are not Dutch, and the split is O(n²)
LINKERS = ("s", "en", "e")
# Words wordfreq lists that are no part of a Dutch compound: function words,
# German and English articles that Dutch web text is full of.
NOT_PARTS = STOPWORDS | frozenset({
    "der", "des", "den", "ten", "ter", "the", "and", "ver", "ene", "ens",
})  # fmt: skip

_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def vocabulary():
    """{word: Zipf frequency} of the Dutch words that may be compound parts."""
    from wordfreq import get_frequency_dict

    known = {}
    for word, frequency in get_frequency_dict("nl").items():
        if len(word) < MIN_PART_LENGTH or not word.isalpha():
            continue
        zipf = math.log10(frequency) + 9
        floor = MIN_LONG_PART_ZIPF if len(word) >= LONG_PART else MIN_PART_ZIPF
        if zipf >= floor and word not in NOT_PARTS:
            known[word] = zipf
    return known


@cache
def _all_frequencies():
    from wordfreq import get_frequency_dict

    return get_frequency_dict("nl")


def zipf(word):
    """The Zipf frequency of ``word`` in Dutch (0 when unknown)."""
    frequency = _all_frequencies().get(word)
    return math.log10(frequency) + 9 if frequency else 0.0


@lru_cache(maxsize=50_000)
def split(word):
    """The parts of the Dutch compound ``word`` (lower case) as a tuple, without
    linking morphemes; ``(word,)`` when it is no compound we can split."""
    word = word.lower()
    whole = (word,)
    if (
        len(word) < MIN_WORD_LENGTH
        or len(word) > MAX_WORD_LENGTH
        or not _LETTERS.fullmatch(word)
        or zipf(word) >= COMMON_ZIPF
    ):
        return whole
    known = vocabulary()
    n = len(word)
    # best[i]: the best way to split word[i:] as (parts, -score, parts tuple);
    # None when word[i:] cannot be split into known parts.
    best = [None] * (n + 1)
    best[n] = (0, 0.0, ())
    for start in range(n - MIN_PART_LENGTH, -1, -1):
        candidates = []
        # the whole word is no part of itself
        for end in range(start + MIN_PART_LENGTH, n + 1 if start else n):
            part = word[start:end]
            score = known.get(part)
            if score is None:
                continue
            # the part ends the word, or a linker may follow it
            follows = [end] + [
                end + len(link)
                for link in LINKERS
                if word.startswith(link, end) and end + len(link) < n
            ]
            for nxt in follows:
                rest = best[nxt]
                if rest is None:
                    continue
                count, neg_score, parts = rest
                candidates.append((count + 1, neg_score - score, (part, *parts)))
        if candidates:
            best[start] = min(candidates)
    found = best[0]
    if found is None or found[0] < 2:
        return whole
    count, neg_score, parts = found
    if -neg_score / count <= zipf(word):
        return whole  # the parts are rarer than the word: no real split
    return parts


def parts(word):
    """The parts of ``word`` when it is a compound, else an empty list."""
    found = split(word.lower())
    return list(found) if len(found) > 1 else []


def decompound(text):
    """The parts of every compound in ``text``, each once, space-separated:
    extra index text, so that "criminaliteit" finds "jeugdcriminaliteit"."""
    seen = []
    for word in _LETTERS.findall((text or "").lower()):
        for part in parts(word):
            if part not in seen:
                seen.append(part)
    return " ".join(seen)


# Index time ------------------------------------------------------------------


def _texts(value):
    """The strings in a field value: text, rich text (HTML) or a StreamField."""
    if value is None:
        return
    raw = getattr(value, "raw_data", None)  # a StreamValue
    if raw is not None:
        yield from _texts(list(raw))
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"id", "type"}:
                yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, str):
        yield strip_tags(value)


class CompoundParts:
    """For indexed models: the parts of the compounds in the model's other
    search fields go into the index too (``COMPOUND_PARTS_FIELD``, lowest
    weight), so "criminaliteit" finds a page that only says
    "jeugdcriminaliteit" (PostgreSQL's prefix query cannot reach the middle or
    end of a word). Wagtail's save signal and ``update_index`` fill it."""

    def compound_parts(self):
        texts = []
        for search_field in self.get_search_fields():
            if not isinstance(search_field, index.SearchField):
                continue
            if search_field.field_name == COMPOUND_PARTS_FIELD.field_name:
                continue
            value = getattr(self, search_field.field_name, None)
            texts.extend(_texts(value() if callable(value) else value))
        return decompound(" ".join(texts))


COMPOUND_PARTS_FIELD = index.SearchField("compound_parts")
