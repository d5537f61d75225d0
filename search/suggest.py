"""Suggestions as you type: titles of visible pages, themes and partners,
glossary terms and synonym words whose words start with what was typed.

Why a table: the candidates (one row per word start, see ``Suggestion``)
are answered by ONE prefix query on an indexed column. A cached list
filtered in Python would cost no query, but every request would then unpickle
and scan every title (tens of thousands on a big site); an index range scan
reads only the rows that start with the prefix. The rows are kept current by
signals (pages, restrictions, terms, synonyms, themes, partners) and answers
are cached per prefix until content changes, so a repeated prefix costs no
query at all.

The index (migration 0003) is ``(key, position, length, kind_order)``: on
PostgreSQL with ``varchar_pattern_ops`` (it serves ``LIKE 'wijk%'`` under
any collation), on SQLite with ``COLLATE NOCASE`` (its LIKE ignores ASCII
case). Filtering and ranking read the index only; just the best rows come
from the table. Keys are folded to lower case without accents, so both
databases give the same rows. tests/search/test_suggestions.py checks both
query plans.
"""

import hashlib
import re
import unicodedata

from django.core.cache import cache
from django.db import connection, transaction
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _

from wijkwijzer.page_cache import generation

from .models import Suggestion
from .query import STOPWORDS

LIMIT = 8
MIN_LENGTH = 2
MAX_LENGTH = 100  # longer input is a 400, not a suggestion
KEY_LENGTH = 120
MAX_WORD_STARTS = 12
CACHE_SECONDS = 3600

_NON_WORD = re.compile(r"[^\w]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

PAGE, THEME, PARTNER, TERM, WORD = "page", "theme", "partner", "term", "word"
# Equal prefix position and length: a page before a theme before a term …
KIND_ORDER = {PAGE: 0, THEME: 1, PARTNER: 2, TERM: 3, WORD: 4}


def kind_labels():
    return {
        PAGE: _("Pagina"),
        THEME: _("Thema"),
        PARTNER: _("Partner"),
        TERM: _("Begrip"),
        WORD: _("Zoekwoord"),
    }


def fold(text):
    """Lower case, accents off, anything but letters and digits a space."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", plain).replace("_", " ").split())


def is_bad_input(raw):
    return len(raw) > MAX_LENGTH or bool(_CONTROL.search(raw))


# --- Answering -------------------------------------------------------------


def suggest(raw):
    """Up to LIMIT suggestions for what was typed, best first, as dicts with
    text, kind, label and url. Empty under MIN_LENGTH characters."""
    prefix = fold(raw)[:KEY_LENGTH]
    if len(prefix) < MIN_LENGTH:
        return []
    key = cache_key(prefix)
    if key is None:  # no cache: straight from the database
        return _lookup(prefix)
    found = cache.get(key)
    if found is None:
        found = _lookup(prefix)
        cache.set(key, found, CACHE_SECONDS)
    return found


def cache_key(prefix):
    """Where the answer for a folded prefix is kept until content changes."""
    current = generation()
    if current is None:
        return None
    return f"suggest:{current}:{hashlib.sha256(prefix.encode()).hexdigest()[:32]}"


def _lookup(prefix):
    # The inner query reads only the index (key, position, length,
    # kind_order); the outer one fetches the chosen rows: one statement.
    best = (
        Suggestion.objects.filter(key__startswith=prefix)
        .order_by("position", "length", "kind_order")
        .values("pk")[: LIMIT * 3]
    )
    rows = (
        Suggestion.objects.filter(pk__in=best)
        .order_by("position", "length", "kind_order", "text")
        .values_list("text", "kind", "url", "source")
    )
    labels = kind_labels()
    found, seen = [], set()
    for text, kind, url, source in rows:
        # Each target once: a title that starts two words, a glossary term
        # that is also a synonym. Two pages with one title both stay.
        if source in seen or url in seen:
            continue
        seen.update((source, url))
        found.append({"text": text, "kind": kind, "label": labels[kind], "url": url})
        if len(found) == LIMIT:
            break
    return found


# --- Building --------------------------------------------------------------


def _rows(source, kind, text, url):
    """One row per word start of ``text`` (the first always, later ones not
    for stop words), each keyed by the folded text from that word on."""
    folded = fold(text)
    words = folded.split()
    rows = []
    offset = 0
    for position, word in enumerate(words[:MAX_WORD_STARTS]):
        start = folded.index(word, offset)
        offset = start + len(word)
        if position and (word in STOPWORDS or len(word) < MIN_LENGTH):
            continue
        rows.append(
            Suggestion(
                key=folded[start:][:KEY_LENGTH],
                text=text[:255],
                kind=kind,
                url=url[:500],
                source=source[:120],
                position=min(position, 1),
                length=min(len(text), 32767),
                kind_order=KIND_ORDER[kind],
            )
        )
    return rows


def _search_url(word):
    params = QueryDict(mutable=True)
    params["q"] = word
    return f"{reverse('search')}?{params.urlencode()}"


def _page_rows(pages):
    from explainers.listings import visible

    rows = []
    queryset = visible(pages.filter(depth__gt=2)).only("title", "url_path", "path")
    for page in queryset:
        parts = page.get_url_parts()  # the path on its site: links stay local
        if parts and parts[2]:
            rows += _rows(f"{PAGE}:{page.pk}", PAGE, page.title, parts[2])
    return rows


def _theme_rows():
    from explainers.models import Theme

    return [
        row
        for theme in Theme.objects.all()
        for row in _rows(
            f"{THEME}:{theme.pk}", THEME, theme.name, theme.get_absolute_url()
        )
    ]


def _partner_rows():
    from explainers.models import Partner

    rows = []
    for partner in Partner.objects.all():
        url = partner.get_absolute_url()
        rows += _rows(f"{PARTNER}:{partner.pk}", PARTNER, partner.name, url)
        if partner.short_name and fold(partner.short_name) != fold(partner.name):
            rows += _rows(f"{PARTNER}:{partner.pk}", PARTNER, partner.short_name, url)
    return rows


def _term_rows():
    from explainers.models import GlossaryTerm

    return [
        row
        for term in GlossaryTerm.objects.only("pk", "term")
        for row in _rows(f"{TERM}:{term.pk}", TERM, term.term, _search_url(term.term))
    ]


def _word_rows():
    from .models import SynonymGroup

    rows, seen = [], set()
    for group in SynonymGroup.objects.all():
        for word in group.term_list():
            if word not in seen:
                seen.add(word)
                rows += _rows(f"{WORD}:{word}", WORD, word, _search_url(word))
    return rows


_GROUPS = {
    THEME: _theme_rows,
    PARTNER: _partner_rows,
    TERM: _term_rows,
    WORD: _word_rows,
}


def rebuild():
    """Every suggestion afresh; returns the number of rows."""
    from wagtail.models import Page

    rows = _page_rows(Page.objects.all())
    for build in _GROUPS.values():
        rows += build()
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_suggestion")  # all rows, no signals
        Suggestion.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def refresh_group(kind):
    """All rows of one small group (themes, partners, terms or words)."""
    rows = _GROUPS[kind]()
    with transaction.atomic():
        Suggestion.objects.filter(source__startswith=f"{kind}:").delete()
        Suggestion.objects.bulk_create(rows, batch_size=1000)


def refresh_pages(pages):
    """The rows of ``pages`` (a Page queryset) as they are now."""
    ids = list(pages.values_list("pk", flat=True))
    if not ids:
        return
    rows = _page_rows(pages)
    with transaction.atomic():
        Suggestion.objects.filter(source__in=[f"{PAGE}:{pk}" for pk in ids]).delete()
        Suggestion.objects.bulk_create(rows, batch_size=1000)


def forget_page(page_id):
    Suggestion.objects.filter(source=f"{PAGE}:{page_id}").delete()


def page_url_stored(page_id):
    return (
        Suggestion.objects.filter(source=f"{PAGE}:{page_id}")
        .values_list("url", flat=True)
        .first()
    )
