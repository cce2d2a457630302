"""Linear cost: sentence starts set in one pass, long texts parsed in bounded chunks."""
from __future__ import annotations

import sys

import pytest

from helpers import analyze_text, load_pipeline
from helpers import nlp as nlpmod
from helpers.articles import detect_layout
from helpers.reading import Source

# a wire story written for this test: title, caption with a photo credit, dateline, body
# paragraphs (one with two spaces and a trailing space), credits
STORY = (
    "Harbour strike enters second week\n\n"
    "Dock workers march past the port gates in Valmont on March 3, 2021. REUTERS/Ana Ruiz\n\n"
    "VALMONT (Reuters) - Dock workers in Valmont extended their strike on Tuesday, union leader "
    "Marta Lenz said, after talks with the port authority broke down.  The union wants a 6 percent raise. \n\n"
    "\"We will stay out until they listen,\" Lenz told reporters outside the gates.\n\n"
    "The port authority said in a statement that the offer of 3 percent was final.\n"
    "Shipping lines have begun diverting vessels to Corvo.\n\n"
    "(Reporting by Ana Ruiz; Editing by Tom Hale)"
)


def _reference_starts(text: str, boundaries) -> list:
    """What make_doc did before: one token at a time (the behaviour to keep)."""
    doc = load_pipeline().make_doc(text)
    for tok in doc:
        tok.is_sent_start = None if tok.i else True
    closing = set()
    for tok in reversed(doc):  # a closing mark, or a run of them ('.\'\'' as two tokens)
        if tok.i and tok.text in nlpmod.CLOSING_QUOTES and not doc[tok.i - 1].whitespace_ \
                and not doc[tok.i - 1].is_space and (tok.whitespace_ or tok.i + 1 == len(doc) or doc[tok.i + 1].is_space
                                                     or tok.i + 1 in closing):
            closing.add(tok.i)
    def after_stop(i):  # the last word before (past spaces and closing marks) is a full stop
        while i >= 0 and doc[i].is_space:
            i -= 1
        while i > 0 and i in closing:
            i -= 1
        return i >= 0 and doc[i].text in (".", "!", "?", "...", "\u2026")

    for tok in doc:  # an opening mark against the next word: that word starts no sentence
        if tok.text in nlpmod.OPENING_QUOTES and (tok.i == 0 or doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space) \
                and not tok.whitespace_ and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
            doc[tok.i + 1].is_sent_start = False
            if after_stop(tok.i - 1):
                tok.is_sent_start = True  # ... the mark does, after a full stop
    for tok in doc:
        if tok.i in closing:
            tok.is_sent_start = False  # a closing quotation mark never starts a sentence
            nxt = tok.i + 1
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc) and nxt > tok.i + 1 and after_stop(tok.i) \
                    and "\n" in text[tok.idx + len(tok):doc[nxt].idx] \
                    and (doc[nxt].text[:1].isupper() or doc[nxt].text in ('"', "\u201c")):
                doc[nxt].is_sent_start = True  # ... and one at a line's end ends its sentence
    for offset in sorted(set(boundaries)):
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if not span:
            continue
        first = span[0]
        while first.is_space and first.i + 1 < len(doc):
            first = doc[first.i + 1]
        first.is_sent_start = True
    return [t.is_sent_start for t in doc]


def _layout_boundaries() -> list[int]:
    return detect_layout(Source(article_id="s", path="s.txt", text=STORY)).boundaries


def _whitespace_offsets() -> list[int]:
    doc = load_pipeline().make_doc(STORY)
    on_space_tokens = [t.idx for t in doc if t.is_space]
    trailing = [t.idx + len(t) for t in doc if t.whitespace_]  # the space after a token: no token
    return on_space_tokens + trailing


@pytest.mark.parametrize("name, boundaries", [
    ("layout", _layout_boundaries),
    ("layout + whitespace offsets", lambda: _layout_boundaries() + _whitespace_offsets()),
    ("mid-word, end of text, repeats", lambda: [0, 3, 3, 40, len(STORY) - 1, len(STORY), len(STORY) + 5]),
    ("every offset", lambda: list(range(len(STORY)))),
])
def test_one_pass_sentence_starts_match_token_by_token(name, boundaries):
    offsets = boundaries()
    doc = nlpmod.make_doc(STORY, offsets)
    assert [t.is_sent_start for t in doc] == _reference_starts(STORY, offsets)


def test_layout_boundaries_cover_title_caption_credits():
    offsets = _layout_boundaries()
    doc = nlpmod.make_doc(STORY, offsets)
    starts = {t.idx for t in doc if t.is_sent_start}
    for part in ("Dock workers march", "VALMONT", "\"We will stay", "(Reporting by"):
        assert STORY.index(part) in starts, part
    # and the parse keeps them: every part starts a sentence of the analysed article
    sents = analyze_text(STORY).sentences
    assert {"title", "caption", "body", "credits"} <= set(sents["part"])
    for part in ("Dock workers march", "VALMONT", "(Reporting by"):
        assert STORY.index(part) in set(sents["start"]), part


def test_trailing_whitespace_and_whitespace_only_text():
    assert [t.is_sent_start for t in nlpmod.make_doc("  \n\n ", [0, 2])] == _reference_starts("  \n\n ", [0, 2])
    assert len(nlpmod.make_doc("", [0])) == 0


def test_long_text_chunks_stay_near_chunk_chars():
    text = ("A short paragraph about the harbour strike and the talks.\n\n" * 9000)
    starts = [i for i in range(0, len(text), 59)]
    spans = nlpmod.chunk_spans(text, starts, nlpmod.chunk_limit(load_pipeline()))
    assert len(text) > 2 * nlpmod.CHUNK_CHARS
    assert all(e - s <= nlpmod.CHUNK_CHARS for s, e in spans)
    assert all(e - s > nlpmod.CHUNK_CHARS * 0.9 for s, e in spans[:-1])
    assert load_pipeline().max_length >= nlpmod.CHUNK_CHARS


def _lines_run(fn) -> int:
    """How many Python lines ``fn()`` executes, in every frame it calls: a count of the work
    done that, unlike a timing, does not depend on the machine or its load."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    sys.settrace(lambda frame, event, arg: local)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


def _growth(build, fn, sizes=(150, 1200)) -> float:
    """Work on 8x the input over work on the input: about 8 when linear, 64 when quadratic."""
    small, big = (_lines_run(lambda c=build(n): fn(c)) for n in sizes)
    return big / small


def _candidates(n):
    """``n`` stretches of a long article, each read several ways at once: a person, an
    organisation whose name holds a country word, that country word alone, a demonym, an
    overlapping proper noun and a model entity on the same span as a lexicon name."""
    from helpers.actors import _lexicon_forms

    forms = _lexicon_forms()
    country = next(f for f, (kind, _) in forms.items() if kind == "country" and " " not in f)
    demonym = next(f for f, (kind, _) in forms.items() if kind == "demonym" and " " not in f)
    out = []
    for k in range(n):
        at = k * 120
        out += [(at, at + 9, "person:Ana Ruiz", "ner"),
                (at + 4, at + 14, "propn:Ruiz Lenz", "propn"),
                (at + 20, at + 45, f"ent:ORG:Bank of {country}", "ner"),
                (at + 28, at + 28 + len(country), f"lex:{country}", "gazetteer"),
                (at + 50, at + 50 + len(demonym), f"lex:{demonym}", "gazetteer"),
                (at + 50, at + 50 + len(demonym), f"ent:NORP:{demonym}", "ner"),
                (at + 60, at + 70, f"lex:{country}", "gazetteer"),
                (at + 60, at + 70, f"ent:FAC:{country} Dock", "ner")]
    return out


def _reference_choose(candidates):
    """What choose did before: each candidate against every body and every span taken (quadratic)."""
    from helpers.actors import _lexicon_forms

    rank = {"person": 0, "lex": 1, "ent": 2, "propn": 3}
    bodies = [(s, e) for s, e, kind, _ in candidates if kind.startswith(("ent:ORG:", "ent:FAC:"))]
    forms = _lexicon_forms()
    candidates = [c for c in candidates if not (
        c[2].startswith("lex:") and forms[c[2][4:]][0] in ("country", "demonym")
        and any(s <= c[0] and c[1] <= e and (s, e) != (c[0], c[1]) for s, e in bodies))]
    taken, chosen = [], []
    for start, end, kind, via in sorted(candidates, key=lambda c: (rank[c[2].split(":")[0]], -(c[1] - c[0]), c[0])):
        if any(start < e and end > s for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, kind, via))
    return sorted(chosen)


def test_choose_keeps_its_readings_and_grows_linearly():
    from helpers.actors import choose

    cands = _candidates(40)
    assert choose(cands) == _reference_choose(cands)
    kinds = {c[2].split(":")[0] for c in choose(cands)}
    assert kinds == {"person", "lex", "ent"}  # the overlapping proper noun and inner country word lose
    assert _growth(_candidates, choose) < 16  # the former loop over every span taken: about 64


def _coref_case(n):
    """A long article of ``n`` paragraphs, each naming two people (one quoted), with pronouns
    inside and outside quotations and a role noun: every pronoun and role noun is looked up."""
    from helpers.actors import Actor, Mention

    para = ('Ana Ruiz met the minister Tom Hale. "Marta Lenz knows he is late," she said. '
            "The minister left after he spoke.\n\n")
    text = para * n
    doc = load_pipeline().make_doc(text)
    for tok in doc:
        if tok.lower_ in ("he", "she"):
            tok.pos_ = "PRON"
    sent_of, sid = {}, 0
    for tok in doc:
        sent_of[tok.i] = sid
        sid += tok.text == "."
    ana = Actor("ana ruiz", "Ana Ruiz", "person", gender="f")
    tom = Actor("tom hale", "Tom Hale", "person", roles=["minister"], gender="m")
    marta = Actor("marta lenz", "Marta Lenz", "person", gender="f")
    mentions = []
    for k in range(n):
        base = k * len(para)
        for name, actor in (("Ana Ruiz", ana), ("Tom Hale", tom), ("Marta Lenz", marta)):
            start = base + para.index(name)
            mentions.append(Mention(start, start + len(name), name, actor, "person", "ner",
                                    sent_of[doc.char_span(start, start + 1, alignment_mode="expand").start]))
    return doc, mentions, sent_of


def test_coref_links_pronouns_and_role_nouns_and_grows_linearly():
    from helpers.actors import _coref

    doc, mentions, sent_of = _coref_case(3)
    links = {(m.text, m.actor.name) for m in _coref(doc, mentions, {}, sent_of)}
    # 'she said' after a quote naming Marta Lenz: the speaker outside the quote is Ana Ruiz
    assert ("she", "Ana Ruiz") in links and ("she", "Marta Lenz") not in links
    assert ("The minister", "Tom Hale") in links and ("he", "Tom Hale") in links
    assert _growth(_coref_case, lambda c: _coref(c[0], c[1], {}, c[2])) < 16  # pronouns x people: about 64


QUOTED = ('"You just simply haven\'t."\nRubio fired back at Christie. "Let me talk."  \n"Quiet," he said.\n'
          'It was "fine." Her remarks came later; the "U.S."\nwas named. He said "no"\nand left. ``A golfer.\'\'\n'
          'He played.\n\n\'\'He\'s a great golfer,\'\' he said. \'\'He knows.\'\' Ms. Ray said "no." "Go."')


def test_closing_quotation_marks_in_one_pass_match_token_by_token():
    # a mark closing a sentence at a line's end starts the next line's sentence; one in the
    # middle of a line, or after a word, leaves the parser to decide; none starts a sentence
    doc = nlpmod.make_doc(QUOTED, [0])
    assert [t.is_sent_start for t in doc] == _reference_starts(QUOTED, [0])
    starts = {t.idx for t in doc if t.is_sent_start}
    assert {QUOTED.index("Rubio"), QUOTED.index('"Quiet'), QUOTED.index("He played")} <= starts
    assert QUOTED.index("Her") not in starts and QUOTED.index("was named") not in starts
    assert QUOTED.index("He's a great") not in starts
    assert {QUOTED.index("''He knows"), QUOTED.index('"Go')} <= starts and QUOTED.index("He knows") not in starts
    assert not any(t.is_sent_start for t in doc
                   if t.text == '"' and t.i and not doc[t.i - 1].whitespace_ and not doc[t.i - 1].is_space)


# a text written for this test: names glued to hyphens, quotes and digits, odd spacing, a score
NAMES_TEXT = ("the latest version of  Ubuntu 15.10 and running\n\nthe Debian's kernel; Debian-based Debians Debian; "
              "laptops running   the   Minix, Minix 3.2.1 percent; O'Neil O'Neil-based 'Bama 'Bama 2.0; "
              "Villa 2-1, beat Villa 3-0, a 2-1 win over Villa; Aston Villa boss; Villa-Villa A B A B A; "
              "the match between Juventus and Fiorentina; semi-final between the Aston Villa and Chelsea")


@pytest.mark.parametrize("form", ["Ubuntu", "Debian", "Minix", "O'Neil", "'Bama", "Villa", "Aston Villa", "A B A", "Bob"])
def test_name_lookups_find_what_a_whole_text_regex_found(form):
    """The per-name look-ups (an index of word starts built once per text) find what a regex
    over the whole text per name found, and give the same verdicts."""
    import re

    from helpers import actors

    whole = re.compile(r"(?<![\w-])%s(?![\w-])(\s+\d)?" % re.escape(form))
    assert [(m.start(), m.group(1)) for m in actors._whole_words(NAMES_TEXT, form, r"(\s+\d)?")] == \
        [(m.start(), m.group(1)) for m in whole.finditer(NAMES_TEXT)]
    cues = "(?i:%s)" % actors._phrases(actors.lexicon.software_cues_before())
    used = re.search(r"\b%s\s+(?:the\s+)?%s(?![\w-])(?!['\u2019]s\b)" % (cues, re.escape(form)), NAMES_TEXT)
    version = re.search(r"(?<![\w-])%s\s+\d+(?:\.\d+)+\b(?![\d.]*\s*(?:%%|percent|per\s+cent|million|billion|points?))"
                        % re.escape(form), NAMES_TEXT)
    assert actors._software_use(NAMES_TEXT, form) == bool(used or version)
    assert actors._software_use(NAMES_TEXT, form) == (form in ("Ubuntu", "Minix", "'Bama"))
