"""Turns what a visitor typed into a safe Wagtail search query.

Only word characters reach the search backend, so quotes, operators and
tsquery syntax (``& | ! :* ( )``) can never break it. The query ORs the words
(pages with more of them rank higher), adds the editors' synonyms, and adds
prefix matching for Dutch compounds ("wijk" → "wijkaanpak") at a lower rank.
Compounds also match their parts ("buurtteam" → buurt, team; lower still),
and adjacent words match their compound ("wijk aanpak" → "wijkaanpak").
"""

import html
import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe

from modelsearch.query import Or, PlainText

from search.backends import Parts, Prefix, Weighted
from search.stopwords import STOPWORDS

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MIN_PREFIX_LENGTH = 4
SYNONYMS_CACHE_KEY = "search:synonym-groups"
# A synonym counts less than the word typed: "inwoners laten meedoen" is
# about taking part, not about every page that says "participatie".
SYNONYM_RANK_WEIGHT = 0.5

_WORD = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean(raw):
    """The query as shown back in the search box: no control characters,
    single spaces, cut to a sane length."""
    text = _CONTROL.sub(" ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def words(text):
    """Lower-case words of ``text``, each once, at most MAX_TERMS."""
    found = []
    for word in _WORD.findall(text.lower()):
        if word not in found:
            found.append(word)
    return found[:MAX_TERMS]


def synonym_groups():
    """Every synonym group as a list of terms; cached, cleared on change."""
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        from search.models import SynonymGroup

        groups = [group.term_list() for group in SynonymGroup.objects.all()]
        cache.set(SYNONYMS_CACHE_KEY, groups, timeout=None)
    return groups


def expand_synonyms(terms, groups):
    """Terms from groups where one term appears (as whole words) in the query."""
    padded = f" {' '.join(terms)} "
    extra = []
    for group in groups:
        phrases = [" ".join(words(term)) for term in group]
        phrases = [phrase for phrase in phrases if phrase]  # "…" has no words
        if any(f" {phrase} " in padded for phrase in phrases):
            for phrase in phrases:
                if f" {phrase} " not in padded and phrase not in extra:
                    extra.append(phrase)
    return extra


def compounds(terms):
    """The parts of each compound among ``terms``, one list per compound.
    Only words Dutch text is known to use are split: a made-up or misspelt
    word ("zorgvlinder") is no evidence of a compound, and its parts would
    drown the few pages that use it."""
    from search.compounds import parts, zipf  # loads a word list: only when searching

    found = []
    for term in terms:
        split = parts(term) if zipf(term) else []
        if len(split) > 1 and split not in found:
            found.append(split)
    return found


def compound_parts(terms, split=None):
    """The parts of the compounds among ``terms`` that are no term themselves
    (``split``: their compounds(), when known)."""
    found = []
    for compound in compounds(terms) if split is None else split:
        for part in compound:
            if part not in terms and part not in found:
                found.append(part)
    return found


def joined_words(terms):
    """Adjacent content words written as one: "wijk aanpak" → "wijkaanpak"."""
    joined = []
    for first, second in zip(terms, terms[1:], strict=False):
        if STOPWORDS.isdisjoint((first, second)) and min(map(len, (first, second))) > 2:
            word = first + second
            if word not in terms and word not in joined:
                joined.append(word)
    return joined


@dataclass
class ParsedQuery:
    text: str
    terms: list[str]
    synonyms: list[str] = field(default_factory=list)
    joined: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # of all compounds, for marks
    compounds: list[list[str]] = field(default_factory=list)  # parts per compound

    @classmethod
    def parse(cls, raw, groups=None):
        text = clean(raw)
        terms = words(text)
        if groups is None:
            groups = synonym_groups() if terms else []
        split = compounds(terms)
        return cls(
            text=text,
            terms=terms,
            synonyms=expand_synonyms(terms, groups),
            joined=joined_words(terms),
            parts=compound_parts(terms, split),
            compounds=split,
        )

    def __bool__(self):
        return bool(self.terms)

    def is_synonym_term(self, groups=None):
        """Whether the whole query is one term of a synonym group."""
        if groups is None:
            groups = synonym_groups()
        searched = " ".join(self.terms)
        return any(searched == " ".join(words(term)) for g in groups for term in g)

    def prefix_terms(self):
        # A multi-word synonym is matched as a whole ("prettig wonen"); its
        # separate words would make "leefbaarheid" find every page with "won…".
        candidates = self.terms + self.joined
        candidates += [s for s in self.synonyms if " " not in s]
        chosen = []
        for word in candidates:
            long_enough = len(word) >= MIN_PREFIX_LENGTH
            if long_enough and word not in STOPWORDS and word not in chosen:
                chosen.append(word)
        return chosen

    def search_query(self, with_prefix=True, rarity=None):
        """The Wagtail query object, or None when there is nothing to search.
        ``with_prefix=False`` leaves our Prefix query out (for a backend
        without it). ``rarity`` is {word: weight} for every searched word
        (search.rarity.weights, looked up when None; {} for no weights)."""
        if not self.terms:
            return None
        # Stopwords match nearly every page where the backend keeps them
        # (SQLite); PostgreSQL's Dutch configuration drops them anyway.
        content = [t for t in self.terms if t not in STOPWORDS] or self.terms
        if rarity is None:
            from search.rarity import weights  # queries the index: only here

            rarity = weights(self._words_to_weigh(content))
        parts = self._word_queries(content, self.joined, self.synonyms, rarity)
        prefixes = self.prefix_terms() if with_prefix else []
        if prefixes:
            parts.append(Prefix(prefixes))
        parts += [self._parts_query(compound, rarity) for compound in self.compounds]
        return parts[0] if len(parts) == 1 else Or(parts)

    def _words_to_weigh(self, content):
        found = [*content, *self.joined]
        found += [w for phrase in self.synonyms for w in phrase.split()]
        found += [part for compound in self.compounds for part in compound]
        return list(dict.fromkeys(found))

    @staticmethod
    def _parts_query(compound, rarity):
        """A compound's parts match a page with any of them ("buurtteam":
        buurt or team); but where the index shows a part is on no page, the
        compound is about something the site does not cover, and only a page
        with all its parts matches ("zorgtoeslag" finds no page that only
        says "zorg"). Without rarity (SQLite), any part."""
        if rarity and not all(rarity[part] for part in compound):
            return Parts(compound, operator="and")
        return Parts(compound)

    @staticmethod
    def _word_queries(content, joined, synonyms, rarity):
        """The searched words (OR) and each synonym phrase (AND). On
        PostgreSQL each word is a query of its own, weighted by its rarity
        (search/rarity.py); a synonym phrase weighs as its rarest word, halved;
        and a page with all the words typed gets the weight of the commonest
        once more."""
        searched = content + joined
        if not rarity:
            return [PlainText(" ".join(searched), operator="or")] + [
                PlainText(phrase, operator="and") for phrase in synonyms
            ]
        queries = [Weighted(word, rarity[word]) for word in searched]
        if len(content) > 1:
            together = min(rarity[word] for word in content)
            queries.append(Weighted(" ".join(content), together, operator="and"))
        return queries + [
            Weighted(
                phrase,
                SYNONYM_RANK_WEIGHT * max(rarity[w] for w in phrase.split()),
                operator="and",
            )
            for phrase in synonyms
        ]

    def highlight_roots(self):
        """Word beginnings to mark in result summaries."""
        roots = set()
        synonym_words = [w for s in self.synonyms for w in s.split()]
        for word in self.terms + self.parts + synonym_words:
            if word in STOPWORDS or len(word) < 3:
                continue
            roots.add(word_root(word))
        return roots


def word_root(word):
    """A crude Dutch stem, good enough to highlight "wijken" for "wijk"."""
    for suffix in ("ingen", "ing", "en", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_TOKENS = re.compile(r"([^\W_]+)")


def highlight(text, roots):
    """``text`` HTML-escaped, with words that start with a root in <mark>."""
    if not text:
        return ""
    if not roots:
        return escape(text)
    roots = tuple(roots)
    # Odd parts are words: letters and digits only, nothing to escape.
    parts = _TOKENS.split(text)
    for index, part in enumerate(parts):
        if index % 2 == 0:
            parts[index] = html.escape(part)
        elif part.lower().startswith(roots):
            parts[index] = f"<mark>{part}</mark>"
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above
