"""Marks glossary terms in rendered HTML: the first time each term appears on
a page it becomes a link to /begrippen/ with its definition attached
(aria-describedby), shown on hover and keyboard focus by CSS alone.

Terms are matched as whole words, case-insensitively, across their variants,
never inside headings, links or other marked terms. Text stays escaped: the
HTML is only split at tags, and everything we insert is escaped.
"""

import re
from functools import lru_cache
from html import unescape

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from wijkwijzer.page_cache import until_content_changes

SKIP_INSIDE = {
    "a", "abbr", "button", "code", "dfn", "h1", "h2", "h3", "h4", "h5", "h6",
    "label", "mark", "option", "pre", "script", "select", "style", "summary",
    "textarea", "title",
}  # fmt: skip
VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area"}
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9]+)")


def glossary_terms():
    """[(surface form, slug, term, definition)], longest form first; kept in
    the cache until content changes."""
    return until_content_changes("glossary-terms", _load_glossary_terms)


def _load_glossary_terms():
    from explainers.models import GlossaryTerm

    terms = [
        (form, term.slug, term.term, term.definition)
        for term in GlossaryTerm.objects.all()
        for form in term.forms()
    ]
    terms.sort(key=lambda item: -len(item[0]))
    return terms


# How a character of a term may be written in HTML text: editors' rich text
# keeps quotes as they are ("zzp'er") while escape() would write &#x27;.
_HTML_FORMS = {
    "&": "&(?:amp;|#0*38;|#x0*26;)?",
    "<": "(?:&lt;|&#0*60;|&#x0*3c;)",
    ">": "(?:>|&gt;|&#0*62;|&#x0*3e;)",
    '"': '(?:"|&quot;|&#0*34;|&#x0*22;)',
    "'": "(?:'|&apos;|&#0*39;|&#x0*27;)",
}


def _form_pattern(form):
    return "".join(_HTML_FORMS.get(char) or re.escape(char) for char in form)


def _pattern(terms):
    """The compiled pattern for ``terms`` and a map from a match (unescaped,
    lower case) to its index in ``terms``."""
    return _compiled(tuple(form for form, *_ in terms))


@lru_cache(maxsize=8)  # building the pattern costs more than using it
def _compiled(forms):
    """All forms as one trie-shaped pattern (``wijk(?:aanpak|team)?``):
    Python's regex engine tries every alternative of a flat list at every
    position, a trie only the ones that share the text's first letters.
    Longer forms are tried first, as in a longest-first list."""
    trie = {}
    index = {}
    for i, form in enumerate(forms):
        index.setdefault(form.lower(), i)
        node = trie
        for char in form:
            node = node.setdefault(_fold(char), {})
        node[""] = True  # a form ends here
    pattern = re.compile(rf"(?<![\w&])(?:{_trie_pattern(trie)})(?![\w])", re.IGNORECASE)
    return pattern, index


def _fold(char):
    # "İ".lower() is two characters; the regex matches it case-insensitively.
    lower = char.lower()
    return lower if len(lower) == 1 else char


def _trie_pattern(node):
    branches = [
        _form_pattern(char) + _trie_pattern(child)
        for char, child in node.items()
        if char
    ]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:  # a form ends here; a longer one is tried first
        return f"(?:{group})?"
    return group


def _markup(matched, slug, definition):
    href = f"{reverse('glossary')}#begrip-{slug}"
    tip_id = f"begrip-uitleg-{slug}"
    return (
        f'<span class="term"><a class="term__link" href="{href}" '
        f'aria-describedby="{tip_id}">{matched}</a>'
        f'<span class="term__tip" role="tooltip" id="{tip_id}">'
        f"{escape(definition)}</span></span>"
    )


def mark_terms(html, terms, used):
    """``html`` with the first occurrence of each term not yet in ``used``
    (a set of slugs, updated) marked up."""
    if not terms or not html:
        return html
    pattern, index = _pattern(terms)
    open_tags = []
    parts = []
    for token in _TAG.split(str(html)):
        if token.startswith("<"):
            _track(token, open_tags)
            parts.append(token)
        elif token and not SKIP_INSIDE.intersection(open_tags):
            parts.append(pattern.sub(lambda m: _replace(m, terms, index, used), token))
        else:
            parts.append(token)
    return mark_safe("".join(parts))  # noqa: S308 - input was safe HTML; inserts are escaped


def _replace(match, terms, index, used):
    matched = match.group(0)
    position = index.get(unescape(matched).lower())
    if position is None:  # a case-insensitive match that lower() does not map
        position = next(
            (
                i
                for i, (form, *_rest) in enumerate(terms)
                if re.fullmatch(_form_pattern(form), matched, re.IGNORECASE)
            ),
            None,
        )
    if position is None:
        return matched
    _form, slug, _term, definition = terms[position]
    if slug in used:
        return match.group(0)
    used.add(slug)
    return _markup(match.group(0), slug, definition)


def _track(tag, open_tags):
    name_match = _TAG_NAME.match(tag)
    if not name_match or tag.startswith("<!"):
        return
    name = name_match.group(1).lower()
    if tag.startswith("</"):
        if name in open_tags:
            while open_tags and open_tags.pop() != name:
                pass
    elif name not in VOID and not tag.endswith("/>"):
        open_tags.append(name)
