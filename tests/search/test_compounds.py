"""The compound splitter (search/compounds.py): real Dutch compounds split into
their parts, common words and derivations stay whole. Pure functions, no
database."""

import pytest

from search.compounds import decompound, parts, split

COMPOUNDS = {
    "buurtteam": ("buurt", "team"),
    "wijkteam": ("wijk", "team"),
    "wijkaanpak": ("wijk", "aanpak"),
    "aardgasvrij": ("aardgas", "vrij"),
    "aardgasvrije": ("aardgas", "vrije"),
    "jeugdcriminaliteit": ("jeugd", "criminaliteit"),
    "huurachterstand": ("huur", "achterstand"),
    "huurachterstanden": ("huur", "achterstanden"),
    "buurtbudget": ("buurt", "budget"),
    "woningcorporatie": ("woning", "corporatie"),
    "burgerparticipatie": ("burger", "participatie"),
    "energietransitie": ("energie", "transitie"),
    "armoedebestrijding": ("armoede", "bestrijding"),
    "buurthuis": ("buurt", "huis"),
    # linking morphemes: stad-s-deel, bestemming-s-plan
    "stadsdeel": ("stad", "deel"),
    "bestemmingsplan": ("bestemming", "plan"),
    "leefbaarheidsmonitor": ("leefbaarheid", "monitor"),
}

NOT_COMPOUNDS = [
    "bestaan",  # not best + aan
    "verder",  # not ver + der
    "leefbaarheid",  # not leefbaar + heid
    "gemeente",
    "bewoners",
    "participatie",
    "samenwerking",
    "ondermijning",
    "vrijwilligers",
    "aanpakken",
    "wijk",
    "",
    "a1b2c3d4e5",
    "x" * 500,
]


@pytest.mark.parametrize(("word", "expected"), COMPOUNDS.items())
def test_a_compound_splits_into_its_parts(word, expected):
    assert split(word) == expected


def test_the_linking_s_is_no_part():
    assert split("bewonersparticipatie")[-1] == "participatie"
    assert split("bewonersparticipatie")[0] in {"bewoner", "bewoners"}


@pytest.mark.parametrize("word", NOT_COMPOUNDS)
def test_a_word_that_is_no_compound_stays_whole(word):
    assert parts(word) == []


def test_case_does_not_matter():
    assert parts("Jeugdcriminaliteit") == ["jeugd", "criminaliteit"]


def test_decompound_lists_the_parts_of_the_compounds_in_a_text():
    text = "Jeugdcriminaliteit en huurachterstanden in de wijk; jeugdcriminaliteit."
    assert decompound(text) == "jeugd criminaliteit huur achterstanden"
    assert decompound("") == ""
    assert decompound(None) == ""
