"""'he said' after a quotation (issue 14): the last quoted speaker goes on only while their quote
is near; long after it, the subject of the sentence before speaks. Sentences written for these tests."""
from __future__ import annotations

from helpers import analyze_text

EARLY = ('Tomas Berg, a voter in Ohio, was unimpressed. "Nobody here trusts the man," Berg said.\n'
         "The campaign went on for weeks. Rallies were held in four states. The polls barely moved. "
         "Turnout was expected to be low. Advertising spending rose sharply.\n")


def _speakers(text: str) -> list[str]:
    return list(analyze_text(text, plain=True).quotes["speaker"])


def test_he_long_after_the_last_quote_is_the_subject_before():
    text = EARLY + ("Senator Karl Ostrander was so moved by the way his party treated Ivan Trent that he wrote an open letter. "
                    '"I will never back this candidate," he wrote.')
    assert _speakers(text)[-1] == "Karl Ostrander"


def test_he_right_after_a_quote_is_still_the_last_speaker():
    text = ('Tomas Berg, a voter in Ohio, was unimpressed. "Nobody here trusts the man," Berg said. '
            'The crowd in the hall cheered loudly. "The roads are bad too," he said.')
    assert _speakers(text)[-1] == "Tomas Berg"
