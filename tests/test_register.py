"""One register: readers and editors are addressed with "je", never "u".

Scans every template, the Python sources (gettext strings, help texts,
admin messages, demo content) and the README for "u", "uw", "uwe" or
"uzelf" used as a word."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = (
    "templates",
    "explainers",
    "editorial",
    "feedback",
    "search",
    "wijkwijzer",
)
# "u"/"uw" as a word: not part of a longer word, a URL, an escape ("\u00e9"),
# a flag ("-u") or an e-mail address.
PRONOUN = re.compile(
    r"(?<![\w\\/.@%&#-])(?:[Uu]|[Uu]w|[Uu]we|[Uu]zelf)(?![\w@/=-])(?!\.\w)"
)
# A bare one-word string literal is data (a stop-word list), not a sentence.
BARE_LITERAL = re.compile(r"""(["'])(?:u|uw)\1""")


def pronouns(text):
    text = BARE_LITERAL.sub("", text)
    return [match.group(0) for match in PRONOUN.finditer(text)]


def files():
    for name in SOURCE_DIRS:
        for path in sorted((ROOT / name).rglob("*")):
            if "migrations" in path.parts or "__pycache__" in path.parts:
                continue
            if path.suffix in {".py", ".html", ".txt", ".po"}:
                yield path
    yield ROOT / "README.md"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Wat miste u?", ["u"]),
        ("Bedankt voor uw reactie", ["uw"]),
        ("U kunt het later opmaken.", ["U"]),
        ("Uw pagina's om te controleren", ["Uw"]),
        ("Vraag het uzelf af.", ["uzelf"]),
        ("Wat miste je? Binnen een uur, uit de wijk.", []),
        ('"https://u.example/" and "\\u00e9" and "-u" and a@u.nl', []),
        ('STOP_WORDS = ["te", "u", "uit"]', []),
    ],
)
def test_the_check_finds_the_polite_form(text, found):
    assert pronouns(text) == found


def test_no_u_or_uw_anywhere():
    offending = []
    for path in files():
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if pronouns(line):
                offending.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offending, "\n".join(offending)
