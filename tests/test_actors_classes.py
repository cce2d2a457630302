"""Actors, issue 13 (helper-46): classes read off the eighth check sample's errors, each with
sentences written for it."""
from __future__ import annotations

import pytest

from helpers import analyze_text


def names(text: str) -> set[str]:
    return set(analyze_text(text, plain=True).mentions["actor"])


@pytest.mark.parametrize("text, gone", [
    ("The stone tools date back to 1500 B.C., the museum's curator said on Tuesday.", "B.C"),
    ("Pottery from 300 BC was found near the river, Professor Helen Marsh said.", "BC"),
    ("Kick-off is at 8 p.m. Eastern Time on Sunday, and fans in Mountain Time can stream it.", "Mountain Time"),
    ("Voting closed at 7 p.m. Central Time, officials said.", "Central Time"),
])
def test_eras_and_time_zones_are_no_actors(text, gone):
    assert gone not in names(text)


def test_an_era_abbreviation_without_a_number_stays_a_name():
    # 'B.C.' with no year beside it is British Columbia
    assert "B.C" in names("Voters in B.C. backed the carbon levy, and B.C. officials said the levy would stay.")
