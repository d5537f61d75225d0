"""Dutch readability: the Flesch-Douma score and the things that make a text
hard for B1 readers (long sentences, very long words, difficult words).

Flesch-Douma (Douma 1960): 206.84 - 0.77 x (syllables per 100 words)
- 0.93 x (average words per sentence). Higher is easier; 60-70 is "normal",
and we treat 60 as the B1 threshold.

Syllables come from a Dutch hyphenation dictionary (pyphen, shipped with the
package, no download) and, inside each hyphenated part, from vowel groups:
the dictionary leaves short parts unsplit ("idee", "wijkaan-pak").
"""

import re
from dataclasses import dataclass, field
from functools import cache

import pyphen

B1_THRESHOLD = 60
MAX_SENTENCE_WORDS = 20
LONG_WORD_LETTERS = 15

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_DIAERESIS = str.maketrans({"ë": "-e", "ï": "-i", "ö": "-o", "ü": "-u", "ä": "-a"})
_VOWEL_GROUP = re.compile(r"(?:ij|[aeiouyáéíóúàèìòùâêîôû])+")


@cache
def _hyphenator():
    return pyphen.Pyphen(lang="nl_NL", left=1, right=1)


def syllables(word):
    """Number of syllables of one Dutch word (at least 1)."""
    parts = _hyphenator().inserted(word.lower()).translate(_DIAERESIS).split("-")
    return max(1, sum(max(1, len(_VOWEL_GROUP.findall(p))) for p in parts if p))


def sentences(text):
    return [s.strip() for s in _SENTENCE_END.split(text) if _WORD.search(s)]


def words(text):
    return _WORD.findall(text)


def flesch_douma(word_count, sentence_count, syllable_count):
    if not word_count or not sentence_count:
        return None
    per_100_words = syllable_count / word_count * 100
    words_per_sentence = word_count / sentence_count
    return 206.84 - 0.77 * per_100_words - 0.93 * words_per_sentence


@dataclass
class Report:
    score: float | None
    words: int
    sentences: int
    syllables: int
    long_sentences: list[str] = field(default_factory=list)
    long_words: list[str] = field(default_factory=list)
    difficult_words: list[tuple[str, str]] = field(default_factory=list)

    @property
    def is_b1(self):
        return self.score is not None and self.score >= B1_THRESHOLD


def analyse(text, difficult=None):
    """Readability of ``text`` (plain text). ``difficult`` maps lower-case
    difficult words to their B1 alternative."""
    found_sentences = sentences(text)
    all_words = words(text)
    syllable_count = sum(syllables(w) for w in all_words)
    long_words = sorted({w for w in all_words if len(w) >= LONG_WORD_LETTERS})
    difficult = difficult or {}
    hard = []
    for word in all_words:
        alternative = difficult.get(word.lower())
        if alternative is not None and (word.lower(), alternative) not in hard:
            hard.append((word.lower(), alternative))
    return Report(
        score=flesch_douma(len(all_words), len(found_sentences), syllable_count),
        words=len(all_words),
        sentences=len(found_sentences),
        syllables=syllable_count,
        long_sentences=[
            s for s in found_sentences if len(words(s)) > MAX_SENTENCE_WORDS
        ],
        long_words=long_words,
        difficult_words=hard,
    )
