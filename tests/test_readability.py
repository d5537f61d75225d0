"""Flesch-Douma on Dutch texts, with scores worked out by hand, and the
B1 warnings (long sentences, long words, difficult words)."""

import pytest

from editorial.readability import B1_THRESHOLD, analyse, flesch_douma, syllables


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("de", 1),
        ("huis", 1),
        ("wijk", 1),
        ("idee", 2),
        ("ideeën", 3),
        ("bewoners", 3),
        ("gemeente", 3),
        ("wijkaanpak", 3),
        ("samenwerken", 4),
        ("leefbaarheid", 3),
        ("organisaties", 5),
    ],
)
def test_dutch_syllables(word, count):
    assert syllables(word) == count


def test_short_plain_text_scores_as_worked_out_by_hand():
    # 2 sentences, 7 words; syllables: de wijk is mooi (4) +
    # be-wo-ners wer-ken sa-men (7) = 11.
    # 206.84 - 0.77 * (11 / 7 * 100) - 0.93 * (7 / 2) = 82.585
    report = analyse("De wijk is mooi. Bewoners werken samen.")
    assert (report.sentences, report.words, report.syllables) == (2, 7, 11)
    assert report.score == pytest.approx(82.585, abs=0.001)
    assert report.is_b1


def test_officialese_scores_below_b1_as_worked_out_by_hand():
    # 1 sentence, 8 words; syllables: de (1) in-te-gra-le (4) ge-bieds-ge-rich-te
    # (5) aan-pak (2) ver-eist (2) in-ter-dis-ci-pli-nai-re (7) sa-men-wer-king
    # (4) on-der-steu-ning (4) = 29.
    # 206.84 - 0.77 * 362.5 - 0.93 * 8 = 206.84 - 279.125 - 7.44 = -79.725
    text = (
        "De integrale gebiedsgerichte aanpak vereist interdisciplinaire "
        "samenwerking ondersteuning."
    )
    report = analyse(text)
    assert (report.sentences, report.words, report.syllables) == (1, 8, 29)
    assert report.score == pytest.approx(-79.725, abs=0.001)
    assert not report.is_b1
    assert report.score < B1_THRESHOLD
    assert "interdisciplinaire" in report.long_words


def test_flags_sentences_over_twenty_words():
    long = " ".join(["woord"] * 21) + "."
    short = "Dit is kort."
    report = analyse(f"{short} {long}")
    assert report.long_sentences == [long]


def test_flags_difficult_words_with_their_alternative_once():
    report = analyse(
        "Wij faciliteren dit. Dat faciliteren we graag.",
        {"faciliteren": "mogelijk maken"},
    )
    assert report.difficult_words == [("faciliteren", "mogelijk maken")]


def test_empty_text_has_no_score():
    assert analyse("").score is None
    assert flesch_douma(0, 0, 0) is None
