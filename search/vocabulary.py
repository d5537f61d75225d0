"""The words the site uses, and spelling correction against them.

The vocabulary counts every word of the visible pages' indexed text fields
(title, summary, body, …), of the names and descriptions of themes and
partners, of glossary terms and their definitions, and of the editors'
synonym groups. It is one dict (word → number of occurrences), built in a
few queries and kept in the cache until content changes
(wijkwijzer.page_cache.until_content_changes), so a new page's title words
can be corrected to at once.

``correct()`` replaces each query word the site does not use by the closest
word it does use (optimal string alignment distance: a swapped pair of
letters counts as one edit), the most frequent one on a tie. Short words and
words with digits stay as they are. The search asks after a query found
nothing, or when no searched word is on any page (``nothing_known``): on
PostgreSQL the search index tells that, so a search for words the site uses
never reads the vocabulary there.
"""

import json
import re
from collections import Counter

from rapidfuzz import process
from rapidfuzz.distance import OSA

from django.db import connection
from django.utils.html import strip_tags

from wijkwijzer.page_cache import until_content_changes

from .query import synonym_groups
from .rarity import document_frequencies
from .scope import PAGE_TYPES, page_queryset
from .stopwords import STOPWORDS

CACHE_NAME = "search-vocabulary"
# Words shorter than this are never corrected (and not offered as corrections).
MIN_LENGTH = 4
_WORD = re.compile(r"[^\W\d_]+")


def max_distance(word):
    """Edits allowed for ``word``: one in a short word, two in a longer one."""
    return 1 if len(word) <= 5 else 2


def vocabulary():
    """{word: occurrences}; kept in the cache until content changes."""
    return until_content_changes(CACHE_NAME, build_vocabulary)


def _words(text):
    return [w for w in _WORD.findall((text or "").lower()) if len(w) >= MIN_LENGTH]


def _page_texts():
    """Every text the search index holds for the visible pages (each page
    type's ``SearchField``s that are text or StreamField columns: title,
    summary, body, …), in one query: one UNION ALL part per type and field."""
    from django.core.exceptions import FieldDoesNotExist
    from django.db.models import CharField, TextField
    from django.db.models.functions import Cast

    from wagtail.fields import StreamField
    from wagtail.search import index

    visible_ids = page_queryset({}).order_by().values("pk")
    parts = []
    for model in PAGE_TYPES.values():
        for search_field in model.get_search_fields():
            if not isinstance(search_field, index.SearchField):
                continue
            try:
                field = search_field.get_field(model)
            except FieldDoesNotExist:  # a method, e.g. compound_parts
                continue
            if not isinstance(field, CharField | TextField | StreamField):
                continue
            parts.append(
                model.objects.filter(pk__in=visible_ids)
                .order_by()
                .annotate(text=Cast(field.name, TextField()))
                .values_list("text", flat=True)
            )
    return parts[0].union(*parts[1:], all=True) if parts else []


def _text_words(text):
    """Words of a stored text: StreamField JSON is read as its string values
    (not block names or ids); HTML tags are dropped."""
    if not text:
        return []
    if text[0] in "[{":
        try:
            return [w for leaf in _leaves(json.loads(text)) for w in _text_words(leaf)]
        except ValueError:
            pass
    return _words(strip_tags(text))


def _leaves(data):
    """The strings in decoded StreamField JSON, except ids, block types and
    links."""
    if isinstance(data, str):
        if not data.startswith(("http:", "https:", "mailto:", "/")):
            yield data
    elif isinstance(data, list):
        for item in data:
            yield from _leaves(item)
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in ("id", "type"):
                yield from _leaves(value)


def build_vocabulary():
    """Count the words the site uses (see the module docstring)."""
    from explainers.glossary import glossary_terms
    from explainers.listings import all_partners, all_themes

    counts = Counter()
    for text in _page_texts():
        counts.update(_text_words(text))
    for theme in all_themes():
        counts.update(_words(theme.name))
        counts.update(_words(theme.description))
    for partner in all_partners():
        counts.update(_words(partner.name))
        counts.update(_words(partner.short_name))
        counts.update(_words(partner.description))
    seen_terms = set()
    for _form, slug, term, definition in glossary_terms():
        if slug not in seen_terms:  # one row per surface form
            seen_terms.add(slug)
            counts.update(_words(term))
            counts.update(_words(definition))
    for group in synonym_groups():
        for phrase in group:
            counts.update(_words(phrase))
    return dict(counts)


def _correctable(terms):
    return [
        t for t in terms if len(t) >= MIN_LENGTH and t.isalpha() and t not in STOPWORDS
    ]


def nothing_known(terms):
    """Whether no searched word is one the site uses, while there is one that
    could be corrected: a typo whose parts still match ("buurhuis": buur,
    huis). A query with one known word ("<script> wijk") keeps its results."""
    candidates = _correctable(terms)
    return bool(candidates) and len(unknown(candidates)) == len(candidates)


def unknown(terms):
    """The searched words the site does not use. On PostgreSQL the search
    index's document frequencies tell, which the ranking has just read (so no
    query); elsewhere the vocabulary. Short words, stopwords and words with
    digits are never unknown: they are never corrected either."""
    candidates = _correctable(terms)
    if not candidates:
        return []
    if connection.vendor == "postgresql":
        counts = document_frequencies(candidates)
        # A word the index leaves out (a stopword of PostgreSQL's own list)
        # counts 0 too: the vocabulary has it.
        candidates = [t for t in candidates if not counts[t]]
        if not candidates:
            return []
    vocab = vocabulary()
    return [t for t in candidates if t not in vocab]


def _closest(word, vocab):
    """The best known word within max_distance of ``word``, or None."""
    found = process.extract(
        word,
        vocab.keys(),
        scorer=OSA.distance,
        score_cutoff=max_distance(word),
        limit=None,
    )
    if not found:
        return None
    # Fewest edits first; then the word the site uses most; then A–Z.
    best = min(found, key=lambda item: (item[1], -vocab[item[0]], item[0]))
    return best[0]


def correct(terms, vocab=None):
    """``terms`` with each unknown word replaced by its closest known word,
    or None when nothing changes or a word stays unknown: "paspoort
    verleden" is no better a guess at "paspoort verlengen" than none."""
    if vocab is None:
        vocab = vocabulary()
    if not vocab:
        return None
    corrected = []
    for term in terms:
        keep = (
            len(term) < MIN_LENGTH
            or term in STOPWORDS
            or not term.isalpha()
            or term in vocab
        )
        if keep:
            corrected.append(term)
            continue
        closest = _closest(term, vocab)
        if closest is None:
            return None
        corrected.append(closest)
    return corrected if corrected != list(terms) else None
