"""Glossary marking: first occurrence only, whole words, variants, never in
headings, links or other terms, and HTML-safe."""

import re

import pytest

from explainers.glossary import mark_terms

TERMS = sorted(
    [
        ("wijkaanpak", "wijkaanpak", "wijkaanpak", "Een plan voor de hele wijk."),
        ("wijkenaanpak", "wijkaanpak", "wijkaanpak", "Een plan voor de hele wijk."),
        ("integrale aanpak", "integrale-aanpak", "integrale aanpak", "Samen."),
        ("integraal", "integrale-aanpak", "integrale aanpak", "Samen."),
        ("corporatie", "woningcorporatie", "woningcorporatie", "Verhuurder <b>&"),
        ("woningcorporatie", "woningcorporatie", "woningcorporatie", "Verhuurder <b>&"),
    ],
    key=lambda item: -len(item[0]),
)


def marked(html, used=None):
    return str(mark_terms(html, TERMS, set() if used is None else used))


def marked_slugs(html):
    return re.findall(r'href="/begrippen/#begrip-([\w-]+)"', html)


@pytest.fixture(autouse=True)
def _urls(settings):
    settings.ROOT_URLCONF = "wijkwijzer.urls"


def test_only_the_first_occurrence_is_marked():
    html = marked("<p>Een wijkaanpak is fijn. Nog een wijkaanpak.</p>")
    assert marked_slugs(html) == ["wijkaanpak"]
    assert html.count("wijkaanpak</a>") == 1
    assert html.endswith("Nog een wijkaanpak.</p>")


def test_first_occurrence_counts_across_calls_sharing_used():
    used = set()
    marked("<p>De wijkaanpak.</p>", used)
    assert marked_slugs(marked("<p>Weer de wijkaanpak.</p>", used)) == []


def test_variants_match_case_insensitively_and_count_as_the_term():
    html = marked("<p>De Wijkenaanpak en later de wijkaanpak.</p>")
    assert marked_slugs(html) == ["wijkaanpak"]
    assert ">Wijkenaanpak</a>" in html


def test_whole_words_only():
    html = marked("<p>Wijkaanpakken en superwijkaanpak zijn geen treffers.</p>")
    assert marked_slugs(html) == []


def test_longest_term_wins_and_terms_never_nest():
    html = marked("<p>Een integrale aanpak is integraal.</p>")
    assert marked_slugs(html) == ["integrale-aanpak"]
    assert ">integrale aanpak</a>" in html
    assert html.count("<a ") == 1


def test_never_inside_headings_or_links():
    html = marked(
        '<h2>Wat is een wijkaanpak?</h2><p><a href="/x">de wijkaanpak</a></p>'
        "<p>Hier wel: wijkaanpak.</p>"
    )
    assert html.startswith("<h2>Wat is een wijkaanpak?</h2>")
    assert '<a href="/x">de wijkaanpak</a>' in html
    assert marked_slugs(html) == ["wijkaanpak"]
    assert "Hier wel: <span" in html


def test_definition_is_escaped_and_linked_for_screen_readers():
    html = marked("<p>De corporatie.</p>")
    assert "Verhuurder &lt;b&gt;&amp;" in html
    tip_id = re.search(r'aria-describedby="([^"]+)"', html).group(1)
    assert f'id="{tip_id}"' in html
    assert 'role="tooltip"' in html


def test_odd_input_stays_safe():
    html = marked("<p>&lt;script&gt;wijkaanpak&lt;/script&gt; &amp; corporatie</p>")
    assert "<script>" not in html
    assert marked_slugs(html) == ["wijkaanpak", "woningcorporatie"]
    assert marked("") == ""
    assert marked("<p>geen begrippen</p>") == "<p>geen begrippen</p>"


def test_quotes_and_ampersands_match_however_the_html_writes_them():
    terms = [
        ("zzp'er", "zzp-er", "zzp'er", "Een zelfstandige."),
        ('"Buurt" & Co', "buurt-co", '"Buurt" & Co', "Een bedrijf."),
    ]
    for text in ("zzp'er", "zzp&#x27;er", "zzp&#39;er", "ZZP&apos;ER"):
        html = str(mark_terms(f"<p>Een {text}.</p>", terms, set()))
        assert marked_slugs(html) == ["zzp-er"], text
        assert f">{text}</a>" in html
    for text in ('"Buurt" &amp; Co', "&quot;buurt&quot; &#38; co"):
        html = str(mark_terms(f"<p>Bij {text}.</p>", terms, set()))
        assert marked_slugs(html) == ["buurt-co"], text
    # Whole words still: "zzp'ers" is another word.
    html = str(mark_terms("<p>Twee zzp&#x27;ers en zzp'ers.</p>", terms, set()))
    assert marked_slugs(html) == []


def test_a_match_whose_lower_case_differs_from_the_term_never_fails():
    """Python matches "İ" with "i" case-insensitively, but "İ".lower() is two
    characters: looking the match up by its lower case gave a KeyError (a 500
    on every page with the word)."""
    terms = [("İmece", "imece", "İmece", "Samen klussen.")]
    html = str(mark_terms("<p>Een imece en een IMECE.</p>", terms, set()))
    assert marked_slugs(html) == ["imece"]
    assert ">imece</a>" in html


def test_the_trie_pattern_marks_what_a_flat_longest_first_list_marks():
    """The pattern is built as a trie for speed; it must find the same terms
    as the plain alternation of all forms, longest first."""
    from explainers.glossary import _form_pattern

    terms = [
        *TERMS,
        ("buurt & co", "buurt-co", "buurt & co", "Samen."),
        ("zzp'er", "zzp-er", "zzp'er", "Zelfstandige."),
        ("wijk", "wijk", "wijk", "Een buurt."),
        ("wijkteam", "wijkteam", "wijkteam", "Hulp dichtbij."),
        ("integrale", "integrale", "integrale", "Heel."),  # shorter than a form
    ]
    terms.sort(key=lambda item: -len(item[0]))
    flat = re.compile(
        r"(?<![\w&])(?:"
        + "|".join(
            f"(?P<t{i}>{_form_pattern(form)})" for i, (form, *_) in enumerate(terms)
        )
        + r")(?![\w])",
        re.IGNORECASE,
    )
    words = [form for form, *_ in terms]
    words += ["Wijkteams", "WIJK", "zzp&#x27;er", "buurt &amp; co", "wijk-", "de", "x"]
    texts = [" ".join(words[i : i + 5]) for i in range(len(words))]
    texts += [", ".join(reversed(words)), "wijkaanpakken wijk wijkteam."]
    for text in texts:
        expected, used = [], set()
        for match in flat.finditer(text):
            slug = terms[int(match.lastgroup[1:])][1]
            if slug not in used:
                used.add(slug)
                expected.append(slug)
        assert (
            marked_slugs(str(mark_terms(f"<p>{text}</p>", terms, set()))) == expected
        ), text
