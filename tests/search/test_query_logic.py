"""What a visitor types, turned into a safe query: cleaning, words, synonyms,
prefixes for compounds and highlighting. Pure logic, no database."""

import re

import pytest

from django.utils.safestring import SafeString

from modelsearch.query import Or, PlainText

from search.backends import Prefix, Weighted
from search.models import SynonymGroup
from search.query import (
    MAX_QUERY_LENGTH,
    MAX_TERMS,
    ParsedQuery,
    clean,
    expand_synonyms,
    highlight,
    words,
)

GROUPS = [
    ["wijkaanpak", "gebiedsgerichte aanpak", "buurtaanpak"],
    ["bewoners", "inwoners"],
    ["leefbaarheid", "prettig wonen"],
]


def parse(text, groups=GROUPS):
    return ParsedQuery.parse(text, groups=groups)


# Cleaning ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("wijk\x00aanpak", "wijk aanpak"),
        ("\x00\x01wijk\x1f\x7f", "wijk"),
        ("  wijk \t\r\n  aanpak  ", "wijk aanpak"),
        ("\x00\x00\x00", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_clean_removes_control_characters_and_extra_space(raw, expected):
    assert clean(raw) == expected


def test_clean_cuts_a_long_query_to_a_sane_length():
    assert MAX_QUERY_LENGTH == 200
    assert clean("a" * 10_000) == "a" * 200
    cut = clean("wijk " * 2_000)
    assert len(cut) <= 200
    assert cut.startswith("wijk wijk") and not cut.endswith(" ")


# Words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a & | ! :* ( )", ["a"]),
        ("wijk:* & !buurt | (bewoners)", ["wijk", "buurt", "bewoners"]),
        ('"wijk aanpak"', ["wijk", "aanpak"]),
        ("'; DROP TABLE x; --", ["drop", "table", "x"]),
        ("1=1 OR 'a'='a'", ["1", "or", "a"]),
        ("🏘️ wijk 😀👍🏽", ["wijk"]),
        ("Wijk WIJK wijk", ["wijk"]),
        ("wijk_aanpak\\buurt", ["wijk", "aanpak", "buurt"]),
        ("één café naïef", ["één", "café", "naïef"]),
        ("&&& ||| ***", []),
    ],
)
def test_words_keeps_only_words(text, expected):
    assert words(text) == expected


def test_words_stops_at_the_maximum_number_of_terms():
    many = " ".join(f"woord{n}" for n in range(50))
    assert words(many) == [f"woord{n}" for n in range(MAX_TERMS)]


def _leaves(query):
    """Every piece of text that reaches the search backend."""
    if isinstance(query, Or):
        return [text for sub in query.subqueries for text in _leaves(sub)]
    if isinstance(query, Prefix):
        return list(query.terms)
    assert isinstance(query, PlainText)
    return [query.query_string]


@pytest.mark.parametrize(
    "text",
    [
        "a & | ! :* ( )",
        "wijk:* | !buurt & (x)",
        "'; DROP TABLE x; --",
        '"wijkaanpak" OR "bewoners"',
        "NEAR(wijk buurt) AND NOT x*",
        "\\'\\\" %00 %ZZ",
        "wijk 🏘️ café",
    ],
)
def test_only_words_and_spaces_reach_the_backend(text):
    query = parse(text).search_query(rarity={})
    assert query is not None
    for leaf in _leaves(query):
        assert re.fullmatch(r"[^\W_]+( [^\W_]+)*", leaf), leaf


@pytest.mark.parametrize("text", ["", "   ", "&&& ||| :*", "🏘️😀", "\x00\x01"])
def test_a_query_without_words_searches_nothing(text):
    parsed = parse(text)
    assert not parsed
    assert parsed.search_query(rarity={}) is None


# Synonyms ----------------------------------------------------------------------


def test_a_synonym_brings_in_the_rest_of_its_group():
    assert expand_synonyms(["wijkaanpak"], GROUPS) == [
        "gebiedsgerichte aanpak",
        "buurtaanpak",
    ]
    assert expand_synonyms(["inwoners", "betrekken"], GROUPS) == ["bewoners"]


def test_a_multi_word_synonym_matches_as_a_whole_phrase():
    assert expand_synonyms(["gebiedsgerichte", "aanpak"], GROUPS) == [
        "wijkaanpak",
        "buurtaanpak",
    ]
    assert expand_synonyms(["aanpak"], GROUPS) == []
    assert expand_synonyms(["aanpak", "gebiedsgerichte"], GROUPS) == []


def test_synonyms_match_whole_words_only():
    assert expand_synonyms(["wijkaanpakken"], GROUPS) == []
    assert expand_synonyms(["bewonersavond"], GROUPS) == []


def test_several_groups_can_apply_to_one_query():
    assert expand_synonyms(["bewoners", "wijkaanpak"], GROUPS) == [
        "gebiedsgerichte aanpak",
        "buurtaanpak",
        "inwoners",
    ]


def test_a_group_term_without_words_is_ignored():
    """An editor's "…" or "-" in a group once became an empty query part,
    which crashed every search for the group's other words."""
    groups = [["wijkaanpak", "…", "-", "buurtaanpak"]]
    assert expand_synonyms(["wijkaanpak"], groups) == ["buurtaanpak"]
    assert expand_synonyms(["wijk"], groups) == []


def test_the_query_ors_the_words_and_requires_every_word_of_a_synonym():
    query = parse("wijkaanpak betrekken").search_query(rarity={})
    assert isinstance(query, Or)
    plain, *synonyms, prefix, parts = query.subqueries
    assert (plain.query_string, plain.operator) == (
        "wijkaanpak betrekken wijkaanpakbetrekken",
        "or",
    )
    assert [(s.query_string, s.operator) for s in synonyms] == [
        ("gebiedsgerichte aanpak", "and"),
        ("buurtaanpak", "and"),
    ]
    assert isinstance(prefix, Prefix)
    assert parts.terms == ["wijk", "aanpak"]  # the parts of "wijkaanpak"


def test_with_rarity_each_word_is_weighted_all_together_count_more_and_a_synonym_half():
    rarity = {
        "wijkaanpak": 2.0,
        "betrekken": 4.0,
        "wijkaanpakbetrekken": 0.0,
        "gebiedsgerichte": 6.0,
        "aanpak": 1.0,
        "buurtaanpak": 3.0,
        "wijk": 0.5,  # a part of "wijkaanpak"
    }
    query = parse("wijkaanpak betrekken").search_query(rarity=rarity)
    *weighted, _prefix, _parts = query.subqueries
    assert all(isinstance(part, Weighted) for part in weighted)
    assert [(w.query_string, w.operator, w.weight) for w in weighted] == [
        ("wijkaanpak", "or", 2.0),
        ("betrekken", "or", 4.0),
        ("wijkaanpakbetrekken", "or", 0.0),
        # a page with all the words typed gets the commonest one's weight more
        ("wijkaanpak betrekken", "and", 2.0),
        # a phrase weighs as its rarest word, and a synonym half the typed word
        ("gebiedsgerichte aanpak", "and", 3.0),
        ("buurtaanpak", "and", 1.5),
    ]


def test_a_compound_needs_all_its_parts_when_one_is_on_no_page():
    parsed = parse("zorgtoeslag", groups=[])
    assert parsed.compounds == [["zorg", "toeslag"]]
    known = {"zorgtoeslag": 0.0, "zorg": 1.0, "toeslag": 2.0}
    *_words, _prefix, parts = parsed.search_query(rarity=known).subqueries
    assert (parts.query_string, parts.operator) == ("zorg toeslag", "or")
    unknown = {**known, "toeslag": 0.0}
    *_words, _prefix, parts = parsed.search_query(rarity=unknown).subqueries
    assert (parts.query_string, parts.operator) == ("zorg toeslag", "and")


def test_stopwords_are_left_out_unless_there_is_nothing_else():
    words_part = (
        parse("wat is een wijk", groups=[]).search_query(rarity={}).subqueries[0]
    )
    assert words_part.query_string == "wijk"
    assert (
        parse("wat is dat", groups=[]).search_query(rarity={}).query_string
        == "wat is dat"
    )


def test_editors_write_synonym_groups_one_per_line_or_with_commas():
    group = SynonymGroup(
        terms="Wijkaanpak,  Gebiedsgerichte   Aanpak\nbuurtaanpak; wijkaanpak\n\n"
    )
    assert group.term_list() == ["wijkaanpak", "gebiedsgerichte aanpak", "buurtaanpak"]


# Prefixes for compounds -----------------------------------------------------------


def test_prefixes_skip_stopwords_and_short_words():
    parsed = parse("wat is de wijk voor het buurthuis over zorg", groups=[])
    assert parsed.prefix_terms() == ["wijk", "buurthuis", "zorg"]


def test_a_query_of_short_words_has_no_prefix_part():
    query = parse("ik en de ei", groups=[]).search_query(rarity={})
    assert isinstance(query, PlainText)


def test_single_word_synonyms_get_prefixes_but_not_the_words_of_a_phrase():
    assert parse("wijkaanpak").prefix_terms() == ["wijkaanpak", "buurtaanpak"]
    # "wonen" from "prettig wonen" would match every page with won… (stemmed)
    assert parse("leefbaarheid").prefix_terms() == ["leefbaarheid"]


# Highlighting ----------------------------------------------------------------------


def test_highlight_escapes_html_in_the_summary():
    marked = highlight("<script>alert('wijk')</script> & meer", {"wijk"})
    assert isinstance(marked, SafeString)
    assert marked == (
        "&lt;script&gt;alert(&#x27;<mark>wijk</mark>&#x27;)&lt;/script&gt; &amp; meer"
    )


def test_highlight_marks_longer_forms_of_the_searched_word():
    roots = parse("wijk", groups=[]).highlight_roots()
    marked = highlight(
        "In sommige wijken helpt het Wijkteam. Een buurtwijk niet.", roots
    )
    assert "<mark>wijken</mark>" in marked
    assert "<mark>Wijkteam</mark>" in marked
    assert "<mark>buurtwijk</mark>" not in marked


def test_highlight_finds_the_word_from_a_longer_form_in_the_query():
    roots = parse("wijken", groups=[]).highlight_roots()
    assert highlight("Eén wijk.", roots) == "Eén <mark>wijk</mark>."


def test_highlight_never_marks_inside_tags_or_entities():
    roots = {"href", "amp", "quot", "lt", "wijk"}
    marked = highlight('<a href="/wijk">wijk</a> & "quot"', roots)
    without_marks = re.sub(r"</?mark>", "", marked)
    assert "<" not in without_marks and ">" not in without_marks
    assert "&amp;" in marked and "<mark>amp</mark>" not in marked
    assert "&<mark>" not in marked


def test_stopwords_and_short_words_are_not_highlighted():
    assert parse("de wijk en het ei", groups=[]).highlight_roots() == {"wijk"}
    assert highlight("De wijk", set()) == "De wijk"
    assert highlight("", {"wijk"}) == ""
