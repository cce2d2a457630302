"""The benchmarks' name matching (benchmarks/stance_devset.py): a program actor against a gold name."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "stance_devset.py"
_SPEC = importlib.util.spec_from_file_location("stance_devset", _PATH)
devset = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(devset)


def test_an_organisation_matches_its_initials_and_turned_round_name():
    assert devset.matches("Federal Bureau of Investigation", {"FBI"})
    assert devset.matches("Department of Justice", {"Justice Department"})
    assert devset.matches("National Rifle Association", {"NRA"})


def test_short_names_get_no_other_forms():
    assert not devset.matches("Bank of America", {"BA"})  # two initials say too little
    assert not devset.matches("Hillary Clinton", {"HC"})
    assert not devset.matches("Federal Bureau of Investigation", {"CIA"})


def test_surname_matching_is_kept():
    assert devset.matches("Barack Obama", {"Obama"})
    assert not devset.matches("Jane Sanders", {"Bernie Sanders", "Sanders"})


def test_a_curly_apostrophe_is_an_apostrophe():
    assert devset.matches("Martin O'Malley", {"Martin O\u2019Malley"})
    assert devset.matches("Beto O\u2019Rourke", {"Beto O'Rourke"})
    assert not devset.matches("Martin O'Malley", {"Martin Malley"})
