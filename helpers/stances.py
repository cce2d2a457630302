"""Who criticizes (or praises) whom: directed stance edges between actors.

Cues come from ``lexicons/stance_cues.csv`` (verbs, nouns, adjectives, each with a kind,
a polarity and a CAMEO code). Direction comes from syntax: the subject of an active cue
is the source and its object the target; a passive turns them round ("X was criticized
by Y" is Y -> X); a noun cue takes its owner as source ("French accusations") and its
"of"/"against" object as target; "critical of" takes the subject of the copula.
Negated cues give no edge. Reported speech adds two more rules: an obligation laid on
an actor in a speech complement ("Fabius said Moscow had to stop bombing") is a demand,
and evaluative words quoted about an actor's claims ("the French accusations were
'strange and flimsy'") are a rejection of that actor.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .doctext import doc_text
from . import lexicon, stance_confidence

ACTOR_TYPES = ("person", "organization", "country", "group")
OBLIGATION = {("have", "to"), ("must", None), ("should", None), ("ought", "to"), ("need", "to")}
THING_PRONOUNS = {"it", "they", "them", "its", "their"}
#: nouns an evaluative adjective passes its judgement through: 'did the right thing'
GENERIC_NOUNS = {"thing", "move", "decision", "choice", "step", "approach", "job", "idea", "call", "policy"}
FIRST_PERSON = {"i", "we", "me", "us", "our", "my"}
#: a positive cue negated ('is still not supporting Trump', 'not ready to endorse') is opposition
WITHHELD = {"kind": "oppose", "polarity": -1, "cameo": "110"}
UNDER_FIRE = {"kind": "criticize", "polarity": -1, "cameo": "111"}
#: the kinds the structural rules give ('called on X to', name-calling), not read off a cue word
DEMAND = {"kind": "demand", "polarity": -1, "cameo": "100"}
MOCK = {"kind": "mock", "polarity": -1, "cameo": "111"}


#: (lemma, pos) -> cue row; loaded in ``lexicon`` so that actors need not import this module
cues = lexicon.stance_cues


@lru_cache(maxsize=None)
def hostile_acts() -> dict[str, bool]:
    """lemma -> whether the act needs a sympathetic victim to be an accusation."""
    return {row["lemma"]: row.get("victim") == "y" for row in lexicon.read_table("hostile_acts.csv")}


@lru_cache(maxsize=None)
def victims() -> frozenset[str]:
    return frozenset(lexicon.read_list("victims.txt"))


def _victim(verb: Token) -> bool:
    """The act's object is a protected party: 'strike rebels', 'bombing civilians'."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return any(o.lemma_.lower() in victims() or any(m.lemma_.lower() in victims() for m in o.children
                                                   if m.dep_ in ("amod", "compound")) for o in objs)


@lru_cache(maxsize=None)
def evaluative() -> dict[str, int]:
    return {row["word"]: int(row["polarity"]) for row in lexicon.read_table("evaluative.csv")}


#: degree forms the evaluative lookup reads by their lemma: 'weaker' -> weak, 'worst' -> bad
DEGREE_TAGS = {"JJR", "JJS"}
#: a degree form standing as a noun names no quality of anyone: 'is doing the best it can', 'fear the worst'
NOMINAL_DEPS = {"dobj", "obj", "pobj", "nsubj", "nsubjpass", "npadvmod", "advmod"}
#: a comparative after a verb of change tells a trend, not a judgement: 'America is getting weaker'
BECOMING = {"get", "grow", "become", "turn"}


def evaluation(word: Token, words: dict[str, int] | None = None) -> int:
    """The polarity of a word in evaluative.csv, a comparative or superlative adjective or a plural
    predicate noun read by its lemma: '"She is weaker than I expected"' (weak), '"the worst
    politician in Texas"' (bad), '"They are liars"' (liar)."""
    words = evaluative() if words is None else words
    polarity = words.get(word.lower_, 0) or words.get(_joined_form(word), 0)
    if not polarity and word.tag_ in DEGREE_TAGS and word.dep_ not in NOMINAL_DEPS \
            and not (word.dep_ in ("acomp", "oprd") and word.head.lemma_ in BECOMING):
        polarity = words.get(word.lemma_.lower(), 0)
    if not polarity and word.tag_ == "NNS" and word.dep_ in ("attr", "oprd", "conj"):
        polarity = words.get(word.lemma_.lower(), 0)  # a plural predicate: '"the Democrats are extremists"'
    return polarity


def _joined_form(word: Token) -> str | None:
    """The two-word form a word ends, for evaluative entries the tokenizer splits: a hyphenated
    word ('thin-skinned', 'job-killer': 'thin', '-', 'skinned') or a noun with a noun compound just
    before it ('con artist', 'hot air'). The last word carries the judgement, so the parse finds
    what it is said of as for a single word. None when the word ends no such form."""
    doc, i = word.doc, word.i
    if i >= 2 and doc[i - 1].text in ("-", "\u2010", "\u2011") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{word.lower_}"
    if i >= 1 and word.pos_ == "NOUN" and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i == i:
        return f"{doc[i - 1].lower_} {word.lower_}"
    return None


def _word_form(word: Token, words: dict[str, int]) -> str:
    """The evaluative word as the lexicon has it, for a cue: 'thin-skinned', 'con artist'."""
    joined = None if word.lower_ in words else _joined_form(word)
    return joined if joined in words else word.text


def _negated(tok: Token) -> bool:
    if _missed_negation(tok):
        return True  # forms the parse hides: see below
    if any(c.dep_ == "neg" or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
           or (c.lower_ in ("nor", "neither") and c.i < tok.i) for c in tok.children):
        return True  # 'did not criticize', 'never condemned', 'would no longer defend', 'nor have they warned'
    if tok.dep_ in ("attr", "oprd") and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True  # a predicate noun denied by its determiner: '"He is no enemy of mine"', 'Clinton is no liar'
    head = tok.head
    if any(t.dep_ == "neg" and (t.head.i == tok.i or t.head.head.i == tok.i) for t in tok.doc[max(0, tok.i - 3):tok.i]):
        return True  # 'he didn't once attack'
    if tok.dep_ in ("ccomp", "acl") and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children) \
            and head.lemma_.lower() not in ("doubt", "question", "secret"):
        return True  # 'there is no suggestion he opposes it' (but 'no doubt that X will defend' affirms it)
    if tok.dep_ in ("xcomp", "acomp") and head.dep_ in ("xcomp", "acomp") \
            and any(c.dep_ == "neg" for c in head.head.children):
        return True  # 'he was not yet ready to endorse'
    if _neither_subject(tok):
        return True  # 'Neither Obama nor Biden criticized her', 'neither has gone as far as Cameron in chiding him'
    if tok.dep_ == "pcomp" and head.lower_ == "without":
        return True  # 'went without endorsing Trump'
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "in") \
            and any(c.dep_ == "det" and c.lower_ in ("no", "zero") for c in head.head.children):
        return True  # 'have no intention of backing Clinton', 'showed no interest in attacking him'
    if tok.dep_ in ("ccomp", "csubj") and (head.lemma_.lower() in DOUBTING or any(
            c.dep_ == "acomp" and c.lemma_.lower() in DOUBTING for c in head.children)):
        return True  # 'it is unlikely that Theranos misled investors', 'doubted that X attacked Y'
    return tok.dep_ in ("xcomp", "acomp") and any(c.dep_ == "neg" for c in head.children)


def _neither_subject(tok: Token) -> bool:
    """The cue's clause, or a clause whose subject it shares through a complement, has a subject
    opened by 'neither': 'Neither Obama nor Biden criticized her', 'neither has gone as far as
    Cameron in chiding him', 'Neither Johnson nor Weld is inclined to attack Clinton' (the
    subject sits on 'is', the cue in its complement)."""
    clause = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ in ("preconj", "det") and g.lower_ == "neither"
                                                          for g in c.children) for c in clause.children):
            return True
        if clause.dep_ not in ("xcomp", "acomp") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


NEGATING = {"not", "n't", "n\u2019t", "never"}
#: a time of doing something that is said to be over: 'our days of attacking Obama were behind us'
ENDED = {"over", "behind", "gone", "past", "done", "finished"}
ENDED_TIMES = {"day", "time", "era", "year"}


def _missed_negation(tok: Token) -> bool:
    """Negation the parser does not hang on the verb as 'neg' (helper-57, issue 14):
    - a negating word between the verb's own auxiliary and the verb, parsed as something else:
      'he didn\u2019t once attack Clinton' ('n\u2019t' read as punctuation);
    - a verb not finite of its own (not 'attacked', 'attacks') joined by 'and'/'or' to a negated
      verb, with no subject or auxiliary of its own, shares its negation: 'Sanders didn't come out and say Obama should go';
    - the doing is a time that is over: 'our days of attacking Obama were behind us'."""
    for aux in (c for c in tok.children if c.dep_ == "aux" and c.i < tok.i):
        if any(t.lower_ in NEGATING for t in tok.doc[aux.i + 1:tok.i]):
            return True
    head = tok.head
    if tok.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.i < tok.i and tok.tag_ not in ("VBD", "VBZ", "VBP") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in tok.children) \
            and any(c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i < tok.i for c in head.children) \
            and not any(t.lower_ in ("but", "instead", "yet", "rather") for t in tok.doc[head.i + 1:tok.i]) \
            and any(c.dep_ == "neg" or (c.dep_ == "aux" and any(t.lower_ in NEGATING for t in tok.doc[c.i + 1:head.i]))
                    for c in head.children):
        return True
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in ENDED_TIMES \
            and head.head.dep_ == "nsubj" and any(c.lower_ in ENDED for c in head.head.head.children) \
            and not any(c.dep_ == "neg" for c in head.head.head.children):
        return True
    return False


#: verbs whose finite complement is wished or asked for, not said to happen: 'hopes Sanders endorses
#: Clinton', 'demanding Congress reject the measure', 'prays that X will back Y'
WISHING = {"hope", "wish", "want", "expect", "pray", "demand", "urge", "ask", "insist", "request", "plead"}
# (the form less its 's' too: the lemmatizer gives 'hop' for 'hopes')
#: words that deny the clause they govern: 'it is unlikely that ...', 'doubts that ...'
DOUBTING = {"unlikely", "untrue", "false", "doubt", "doubtful", "impossible", "implausible", "wrong", "deny", "dispute"}
#: adjectives that hold back the act they govern: 'was reluctant to criticize Trump'
RELUCTANT = {"reluctant", "loath", "loth", "hesitant", "unwilling", "afraid", "wary", "unable", "unlikely"}
#: nouns of asking: what they ask for is not done ('resisted calls to criticize Netanyahu')
ASKING = {"call", "pressure", "demand", "plea", "appeal", "request", "urging", "invitation"}
#: nouns that withhold the act they govern: "Ryan's refusal to endorse him", 'her failure to condemn'
WITHHOLDING_NOUNS = {"refusal", "failure", "reluctance", "unwillingness", "inability", "hesitation", "hesitance",
                     "hesitancy", "resistance"}
#: nouns of a named author voice: 'the editorial board of The Washington Post' is the paper
VOICES = {"board", "editorial", "editors", "editor", "columnist", "newsroom"}
#: things an actor writes or publishes, which speak for their author: 'a report by Human Rights
#: Watch accused ...' (the author as modifier, 'a Human Rights Watch report', is found anyway)
AUTHORED = {"report", "statement", "letter", "study", "editorial", "article", "column", "memo", "review",
            "complaint", "communique", "tweet", "post", "op-ed", "ad", "advert", "advertisement", "video",
            # filings speak for who filed them: 'Nunberg filed a petition ... The petition accuses X'
            "lawsuit", "suit", "petition", "filing", "motion", "brief", "indictment", "order", "ruling"}
#: nouns of one filing under several names: 'Democrats will sue Arizona ... the lawsuit says'
LAWSUIT = {"lawsuit", "suit", "sue"}
#: determiners of a document met before: 'the lawsuit says', 'that letter demanded'
DEFINITE = {"the", "that", "this"}
#: nouns that a country name modifies without being the state: 'a US newspaper', 'US voters'
NOT_STATE = {"newspaper", "paper", "media", "outlet", "network", "broadcaster", "channel", "magazine", "website",
             "company", "firm", "bank", "group", "voter", "citizen", "people", "public", "business", "university",
             "activist", "student", "expert", "analyst", "researcher", "think", "tank", "fan", "player", "team",
             "traveler", "traveller", "tourist", "user", "consumer", "customer", "worker", "investor", "driver",
             "shopper", "inquiry", "opposition", "coalition", "movement", "conservative", "liberal", "blogger",
             "blog", "commentator", "pundit", "critic"}
#: particles that change a cue's sense ('backed out of', 'backed down', 'knocked off'), except these
OTHER_SENSE_PRT = {"out", "down", "off", "away", "up"}
SAME_SENSE_PRT = {("lash", "out"), ("call", "out"), ("single", "out"), ("speak", "out"), ("back", "up")}
#: verbs that name something as something: 'called X a liar', 'referred to X as "the Devil"'
NAMING = {"call", "label", "describe", "refer", "brand", "dub", "deem", "find", "consider", "judge"}
#: words that make a plural an unnamed part of a group: 'many Republicans', 'some Labour MPs'
QUANTIFIERS = {"many", "some", "several", "few", "most", "other", "numerous", "dozens", "hundreds", "certain",
               "various", "fellow", "both", "all"}
#: pronouns and determiners for people nobody names: never stood in for by the nearest name
UNNAMED = {"those", "these", "some", "others", "many", "several", "few", "all", "most", "anyone", "everyone",
           "someone", "somebody", "nobody", "none", "everybody", "each", "both", "either", "neither"}
#: determiners that make a phrase nobody in particular: 'no secretary of state', 'any president'
NOBODY = {"no", "any", "every", "each", "another"}
#: positive cues only a person takes as a side: a state or a firm that 'backs' or 'embraces'
#: something funds, arms or adopts it ('Temasek has backed Airbnb', 'embraced Twitter as a
#: service'); a person who does endorses it ('King backed Rubio')
PERSONAL_CUES = {"back", "embrace"}
#: a family is not its best-known member: 'the Bush family' is no Jeb Bush
KIN = {"family", "clan", "dynasty", "household", "brothers", "sisters", "relatives"}
#: the people around someone, who speak for themselves: 'Clay's biographers', 'Sanders's allies'
ENTOURAGE = {"ally", "aide", "adviser", "advisor", "biographer", "friend", "supporter", "follower", "donor", "surrogate",
             "associate", "loyalist", "backer", "staffer", "critic", "detractor", "fan", "admirer"}
#: roles that speak for their organisation or country: 'a Kremlin spokesman', 'Russian officials'
VOICE_TITLES = {"spokesman", "spokeswoman", "spokesperson", "official", "envoy", "ambassador", "diplomat",
                "representative", "delegate", "negotiator"}
#: one person related to an organisation or country: 'his Arsenal counterpart', 'Labour's candidate'
RELATED_PERSON = {"counterpart", "predecessor", "successor", "rival", "colleague", "teammate", "candidate", "nominee"}
#: members of a country who are not its state ('Britain's sprinters'; a club's players or a
#: party's legislators act for it: 'accused Republican legislators', 'Manchester United's players')
MEMBERS = {"player", "sprinter", "athlete", "member", "supporter", "staff", "lawmaker", "legislator"}
#: other countries or groups named by their tie to a country: 'accused U.S. allies', "Russia's neighbours"
TIED = {"ally", "partner", "neighbour", "neighbor", "enemy", "foe", "adversary", "rival", "friend"}
#: verbs of an exchange: 'traded insults with', 'exchanged accusations with' go both ways
MUTUAL = {"trade", "exchange"}
#: verbs that withhold the act of the cue they govern: 'declined to endorse', 'refused to condemn'
WITHHOLDING = {"decline", "refuse", "avoid", "hesitate", "fail", "resist", "stop", "deny",
               "refrain", "abstain", "desist", "shy", "away"}  # ('refrained from criticizing', 'steer away from':
# 'from' may hang from 'away')
#: verbs whose complement is intended or expected, not said to happen: 'expects Romney to back
#: Rubio', 'does not plan to endorse', 'wants to attack'
UNREALISED = {"expect", "plan", "want", "hope", "intend", "consider", "seek", "aim", "wish", "try", "prepare",
              # plotted or only alleged: 'plotting to attack', 'has been accused of criticising Bush'
              "plot", "conspire", "scheme", "accuse", "allege", "suspect",
              # asked of someone else: 'urged Macron to criticize Russia' (Macron has not, yet)
              "urge", "ask", "encourage", "press", "invite", "tell", "persuade", "advise", "implore"}


def _not_the_state(tok: Token, m) -> bool:
    """A country name that is part of another name ('Priorities USA') or modifies a noun that is
    not the state ('a US newspaper'): the phrase is not the country acting."""
    if not (m.start <= tok.idx < m.end):
        # ('the Syrian rebel coalition', 'Venezuela's opposition', 'Saudi religious conservatives')
        others = _not_state_words()
        return tok.lemma_.lower() in others or any(c.dep_ == "compound" and c.lemma_.lower() in others
                                                   for c in tok.children)
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and not (m.start <= c.idx < m.end) for c in tok.children)


#: words that make a role a past one: its holder no longer speaks for the body ('former presidents')
FORMER = {"former", "ex", "ex-", "onetime", "one-time", "erstwhile", "retired", "late"}
#: modifiers of a stance noun that put it in the future or in doubt: 'the possible endorsement'
PROSPECTIVE = {"possible", "potential", "prospective", "likely", "expected", "impending", "rumored", "rumoured",
               "anticipated", "eventual", "hypothetical", "planned", "future", "looming", "imminent"}
#: modal verbs of what may or would be: the act is not said to happen
HYPOTHETICAL_MODALS = {"would", "could", "might", "may", "'d", "can", "ca"}
#: modal verbs of obligation: the act is asked for, not done
OBLIGING_MODALS = {"should", "must", "ought", "shall"}


#: verbs of something taking place: with a stance noun as subject and a modal, it is yet to come
OCCURRING = {"come", "follow", "happen", "arrive", "occur", "materialize", "materialise"}


def _yet_to_come(tok: Token) -> bool:
    """A stance noun as the subject of what may or will happen, or is expected: 'A Warren endorsement
    of Clinton could come as early as Thursday', 'an endorsement may follow', 'Christie's endorsement
    is expected on Friday' (not 'the endorsement came on Friday', 'his criticism could hurt her')."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if tok.dep_ == "nsubjpass" and _lemma(verb) in ("expect", "plan", "anticipate"):
        return True
    return _lemma(verb) in OCCURRING and bool(aux & (HYPOTHETICAL_MODALS | FUTURE))


def _lemma(tok: Token) -> str:
    """The lemma, with the tagger's slip on 'hope' mended: 'hoped', 'hopes', 'hoping' get 'hop',
    which made 'Ryan hoped to eventually support Trump' read as support given."""
    lemma = tok.lemma_.lower()
    return "hope" if lemma == "hop" and tok.lower_.startswith(("hope", "hoping")) else lemma


def _hypothetical(tok: Token, row) -> bool:
    """The cue is not said to happen: modal ('would', 'could have', 'might', 'should'), withheld ('declined
    to endorse'), or a prediction under a condition ('if Clinton wins, Trump will attack her').
    A stated threat with a condition still counts ('threatened to leave if ...')."""
    if row.get("kind") != "threaten" and (_under_condition(tok) or _predicted(tok)):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in PROSPECTIVE for c in tok.children):
        return True  # 'the possible Palin endorsement of Trump', 'his expected attacks on Clinton': not yet made
    if _yet_to_come(tok):
        return True
    cur, came_by, prev = tok, None, tok
    for _ in range(5):
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in cur.children):
            return True
        aux = {c.lower_ for c in cur.children if c.dep_ == "aux"}
        if aux & OBLIGING_MODALS and "have" in aux:
            return True  # 'should have been the first to support': a past that did not happen
        if (cur.i == tok.i or came_by == "xcomp") and aux & OBLIGING_MODALS:
            return True  # 'Obama should criticize Putin', 'must stop attacking him': asked for, not done (but
            # 'they should stand by him in his attacks on the judge': the attacks happened)
        if cur.i != tok.i and cur.pos_ == "NOUN" and cur.lemma_.lower() in CHARGES and came_by in ("acl", "ccomp", None):
            return True  # 'charges he supplied support to Islamic State': alleged, not said to happen
        if tok.pos_ == "NOUN" and cur.i == tok.i and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in UNREALISED:
            return True  # 'plotted attacks on behalf of Islamic State'
        if cur.lemma_ == "be" and (any(c.dep_ == "nsubj" and c.lemma_.lower() in UNREALISED | GOALS for c in cur.children)
                                   or (cur.dep_ == "relcl" and cur.head.lemma_.lower() in GOALS)):
            return True  # 'the only hope is for Washington to oppose ...': a wish, not an act
        if cur.i != tok.i and came_by not in ("advcl", "conj") and _lemma(cur) in WITHHOLDING | UNREALISED | RELUCTANT:
            return True  # (not across an adverbial clause: 'refusing to vote, prompting X to accuse them')
        if came_by != "conj" and _held_back(cur, tok):
            return True
        if row.get("kind") != "threaten" and _if_clause(cur) \
                and any(c.lower_ in ("will", "'ll", "would") for c in cur.children):
            return True
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in ("if", "unless", "whether") for c in cur.children):
            return True  # ('whether to charge Clinton', 'whether or not Rowling supported')
        if cur.dep_ == "ccomp" and (cur.head.lemma_.lower() in WISHING or cur.head.lower_[:-1] in WISHING):
            return True  # 'hopes Sanders endorses Clinton', 'a protest demanding Congress reject it': wished for
        infinitive = (cur.dep_ in ("ccomp", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)) \
            or (cur.dep_ == "ccomp" and cur.tag_ == "VB" and not any(c.dep_ == "aux" for c in cur.children))
        # ('should have been the first country to support Armenia': an infinitive relative has no tense either)
        # ('see Ryan come around to supporting Trump': a bare infinitive has no tense of its own)
        participle = came_by == "acl" and prev.tag_ in ("VBG", "VBN") and cur.pos_ == "NOUN" \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in cur.children)
        # ('could be met by a chorus of Democrats urging him': the chorus, and its urging, may not come)
        if cur.dep_ == "acomp" and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in cur.head.children):
            return True  # 'he may be willing to back Trump' (but 'was not yet ready to support him' is a refusal)
        if (cur.dep_ not in ("xcomp", "conj", "pcomp", "pobj", "prep", "advcl", "acl", "attr") and not infinitive
                and not participle and not (cur.dep_ == "ccomp" and cur.head.pos_ == "NOUN")) or cur.head.i == cur.i:
            break  # ('rallied the GOP to reject': a purpose clause shares the modal of its head)
        came_by = cur.dep_ if came_by not in ("advcl", "conj") else came_by
        prev, cur = cur, cur.head
    return False


def _if_clause(verb: Token) -> bool:
    """The word has a condition hung from it: an adverbial clause opened by 'if' or 'unless'."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


#: subordinate clauses with a tense of their own: what they say is not under the main clause's condition
OWN_CLAUSES = ("relcl", "ccomp", "advcl", "csubj", "acl")


def _under_condition(tok: Token) -> bool:
    """The word belongs to a main clause that predicts under a condition: 'If all goes well, Democrats
    will arrive with Sanders fully supportive of Clinton' (not to a clause of its own inside it:
    'if he wins, Ryan, who criticized him, will ...' keeps the criticism)."""
    root = tok.sent.root
    if not (any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "'d") for c in root.children)
            and _if_clause(root)):
        return False
    for t in [tok, *tok.ancestors]:
        if t.i == root.i:
            return True
        if t.dep_ in OWN_CLAUSES and (t.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in t.children)):
            return False
    return False


#: auxiliaries of the future
FUTURE = {"will", "'ll", "wo", "shall"}


def _predicted(tok: Token) -> bool:
    """A future act told by the narrator or predicted by someone other than its doer: 'he will face
    stepped-up criticism from Clinton', 'Sanders will back Clinton, former rival says'. Not a stated
    intention, whose doer speaks ('Cruz said he will back Trump', '"I will back him," Cruz said')."""
    verb = tok
    for _ in range(4):  # the verb the cue completes: 'will face criticism', 'will throw his support behind'
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
            break
        if verb.dep_ not in ("dobj", "pobj", "prep", "xcomp", "acomp", "attr") or verb.head.i == verb.i:
            return False  # ('will be merciless in his attacks on Clinton': through the predicate adjective)
        verb = verb.head
    else:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        # 'Trump will dominate the news and will be merciless in his attacks': the first verb's subject
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in FIRST_PERSON:
        return False  # '"We will fight him"': the speaker's own intention
    from .quotes import speech_lemmas

    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech_lemmas() | {"predict", "forecast", "expect"}:
        return subject.pos_ != "PRON"  # 'said he will back Trump' is his intention; 'says Sanders will' a prediction
    return verb.dep_ in ("ROOT", "conj")  # the narrator's: 'he will face criticism from Clinton'


def _held_back(cur: Token, tok: Token) -> bool:
    """Phrases that say the act is not done (yet): 'has yet to endorse', 'stopped short of
    endorsing', 'has not ruled out endorsing', "hasn't bowed out and endorsed", 'silent rather
    than criticize', 'instead of
    attacking', 'resisted calls to criticize'."""
    lemma = cur.lemma_.lower()
    if cur.i != tok.i and lemma in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in cur.children):
        return True
    if cur.lower_ == "short" and cur.head.lemma_.lower() in ("stop", "fall"):
        return True
    if cur.i != tok.i and lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in cur.children):
        return True
    if cur.i == tok.i:
        before = tok.i - 1
        while before >= 0 and tok.doc[before].pos_ == "ADV" and tok.doc[before].lower_ not in ("than", "rather") \
                and tok.i - before <= 2:
            before -= 1  # ('rather than publicly challenging')
        if before >= 1 and (tok.doc[before - 1].lower_, tok.doc[before].lower_) in (("rather", "than"), ("instead", "of")):
            return True
    if cur.i == tok.i and tok.dep_ == "conj" and (tok.tag_ == tok.head.tag_ or {tok.tag_, tok.head.tag_} == {"VBN", "VBD"}) \
            and any(c.dep_ == "neg" for c in tok.head.children) and any(c.dep_ == "aux" for c in tok.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return True  # "hasn't bowed out and endorsed Clinton": the participles share 'has not' (not yet done;
        # not 'did not attend and criticized X', where the second verb has its own tense)
    return cur.i == tok.i and tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in ASKING | WITHHOLDING_NOUNS


def _in_question(tok: Token, levels: int = 3) -> bool:
    """The word sits in a clause asked about or supposed: 'asked whether he thinks Sanders should
    quit', 'asked if his visit meant the Vatican was backing him'."""
    for t in [tok, *list(tok.ancestors)[:levels]]:
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in t.children):
            return True
    return False


#: verbs that take back or put off the support they govern: 'rescinded his endorsement of
#: Trump', 'withdrew her support', 'held off on backing Clinton'
WITHDRAWING = {"rescind", "withdraw", "withhold", "retract", "revoke", "pull", "suspend", "postpone", "delay"}
#: what a race is about: challenging or threatening it is competing, not taking a stance
CONTESTED = {"lead", "seat", "majority", "title", "crown", "record", "dominance", "position", "nomination",
             "place", "spot", "share", "market", "throne", "reign"}


def _refusing(tok: Token, row) -> bool:
    """A stated refusal by a verb: 'Cruz refuses to endorse Trump', 'refused to back him' (said to
    happen: not itself negated, supposed or asked about; 'declined to endorse' stays a withholding)."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() == "refuse" \
        and not _negated(head) and not _hypothetical(head, row) and not _in_question(head)


def _refused(tok: Token) -> bool:
    """A stated refusal: 'said he wouldn't support Clinton', 'will not endorse Trump' (not under
    a condition, not asked about, and no 'have' of a past that did not happen)."""
    aux = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    if not any(a in ("would", "will", "wo", "'ll", "'d") for a in aux) or "have" in aux \
            or not any(c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in tok.children) \
            or any(c.lower_ == "longer" for c in tok.children):
        return False  # ('would no longer defend Trump' tells a change, not a refusal to his face)
    return not _in_question(tok) and not _if_clause(tok) and not _if_clause(tok.head)


def _withdrawn(tok: Token) -> bool:
    """The cue is taken back or put off by the verb it hangs from (at most three steps up)."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("dobj", "obj", "pobj", "pcomp", "prep", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in WITHDRAWING or (lemma == "hold" and any(c.lower_ == "off" for c in cur.children)):
            return True
    return False


def _contest(tok: Token, resolve) -> bool:
    """'challenge' or 'threaten' in the sense of a race: its object is a rival itself with no
    task set ('challenging Sen. McCain in November'; not 'challenged Clinton to explain', which
    dares her), or a standing that is competed for ('threaten the GOP's lead')."""
    if tok.pos_ != "VERB":
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in CONTESTED:
        return True
    dares = any(c.dep_ in ("xcomp", "ccomp") for c in (*tok.children, *obj.children)) \
        or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)  # 'threatened X with penalties'
    return tok.lemma_.lower() == "challenge" and not dares and obj.pos_ in ("PROPN", "PRON") \
        and resolve(obj) is not None


def _other_sense(tok: Token) -> bool:
    """The cue word is used in a sense that is not a verbal stance: a particle changes it ('backed
    out of'), or its syntax and context make it an act, a post, a vote or a move in a game (the
    sense functions below, each for a class of sentences)."""
    lemma = tok.lemma_.lower()
    if any((c.dep_ == "prt" or c.i == tok.i + 1) and c.lower_ in OTHER_SENSE_PRT
           and (lemma, c.lower_) not in SAME_SENSE_PRT for c in tok.children):
        return True
    if _on_stage(tok) or _bodily(tok):
        return True
    return lemma in SENSE_CUES and any(test(tok) for test in (
        _in_charge, _price, _violent, _by_force, _funded, _facility, _product, _race, _legal, _in_sport, _removed,
        _posed, _voted, _spectator, _hug, _deal, _received, _withheld_from, _attack_event))


def _on_stage(tok: Token) -> bool:
    """'support' in music: a band supporting another on tour opens its shows (helper-57, issue 14):
    'Bloc Party began their rise after supporting Franz Ferdinand', 'they were the support act for
    Oasis' -- a sentence with words of music ('stage' in lexicons/stance_senses.csv) and none of
    politics (a singer who supports a candidate at a concert still takes a side)."""
    if tok.lemma_.lower() != "support":
        return False
    words = [t for t in tok.sent if not t.ent_type_]  # (not 'Bloc Party', 'the Rolling Stones' as names)
    return _has_sense(words, "stage") and not _has_sense(words, "politics")


@lru_cache(maxsize=None)
def senses() -> dict[str, frozenset[str]]:
    """sense -> the words that show it (``lexicons/stance_senses.csv``)."""
    out: dict[str, set[str]] = {}
    for row in lexicon.read_table("stance_senses.csv"):
        out.setdefault(row["sense"], set()).add(row["word"])
    return {sense: frozenset(words) for sense, words in out.items()}


def _has_sense(tokens, sense: str) -> bool:
    words = senses()[sense]
    return any(t.lemma_.lower() in words or t.lower_ in words for t in tokens)


#: cue lemmas with a sense that is an act: the only ones the sense functions look at
SENSE_CUES = {"charge", "attack", "blast", "prosecute", "threaten", "challenge", "oppose", "dismiss", "embrace",
              "threat", "reject", "back", "support", "endorse", "cheer", "applaud", "rebuff", "spurn", "rejection",
              "veto", "pound", "pummel", "welcome", "deny"}
#: prepositions and words that keep 'attack' verbal: 'attacked X for ...', 'as shoddy', 'over the
#: violence', 'verbal attacks'
SPEECH_MARKS = {"for", "as", "over", "verbal", "verbally"}
#: cues that are moves in a game in a sports report: 'Rangers had rarely threatened'
SPORT_CUES = {"threaten", "challenge", "oppose", "attack", "pound", "pummel"}
#: a score: 'pounded Chelsea 4-0' is a game whatever the article
_SCORE = re.compile(r"(?<![\d.,])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d.,%-])")


def _in_charge(tok: Token) -> bool:
    """'took charge of Valencia', 'put in charge of the inquiry': a post, not an accusation."""
    return tok.lemma_.lower() == "charge" and tok.pos_ == "NOUN" and not any(c.dep_ == "det" for c in tok.children) \
        and ((tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("take", "assume"))
             or (tok.dep_ == "pobj" and tok.head.lower_ == "in"))


def _price(tok: Token) -> bool:
    """'charges $20,000 for speaking fees': a price asked, not an accusation."""
    return tok.lemma_.lower() == "charge" and tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "obj") and (c.like_num or c.ent_type_ == "MONEY" or any(g.lower_ == "$" for g in c.children))
        for c in tok.children)


def _by_force(tok: Token) -> bool:
    """A cue done by a military act, not said: 'Russia's military action supporting the government',
    'an armed intervention backing the rebels' (like 'supported militarily')."""
    if tok.pos_ == "VERB" and any(c.dep_ == "advcl" and c.tag_ == "VBG" and any(
            o.dep_ in ("dobj", "obj") and o.lower_ in MATERIAL for g in (c, *c.conjuncts) for o in g.children)
            for c in (*tok.children, *(tok.head.children if tok.dep_ == "xcomp" else ()))):
        return True  # 'began to challenge China's presence in the sea, sending ships and conducting flights'
    doer = tok.head if tok.dep_ == "acl" else _subject_of(tok) if tok.pos_ == "VERB" else None
    return doer is not None and doer.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in ("military", "armed", "naval") for c in doer.children)


def _funded(tok: Token) -> bool:
    """Backing by a firm or a fund is an investment: 'Easy Taxi, backed by German firm Rocket
    Internet' (a person who backs a candidate takes a side)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("back", "support"):
        return False
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    backer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else _subject_of(tok)
    return backer is not None and _has_sense(
        (backer, *(c for c in backer.children if c.dep_ in ("compound", "appos", "amod"))), "business")


def _facility(tok: Token) -> bool:
    """Backing a hospital, a school or a project is funding or running it: 'the al-Quds hospital
    was supported by Medecins Sans Frontieres'."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("back", "support"):
        return False
    backed = next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj", "obj")), None)
    if backed is None and tok.dep_ == "acl":
        backed = tok.head
    return backed is not None and _has_sense((backed,), "facility")


def _product(tok: Token) -> bool:
    """Supporting or backing a product named with its kind is product support or adoption, not a
    side taken: 'IBM has supported the operating system Linux', 'backed the Blu-ray format'
    (``lexicons/product_nouns.txt``)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("back", "support", "embrace", "endorse"):
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if obj is None:
        return False
    words = lexicon.product_nouns()
    return any(t.lower_ in words for c in (obj, *(c for c in obj.children if c.dep_ in ("compound", "appos")))
               for t in c.subtree if t.i <= c.i)


def _race(tok: Token) -> bool:
    """'threaten' or 'challenge' a person in a place or the polls, or by polls or a rise in them:
    rivals in a race ('who is threatening Clinton in Iowa and New Hampshire', 'his recent rise in
    the polls that threatens her'), not a threat made."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("threaten", "challenge") or obj is None \
            or (obj.ent_type_ != "PERSON" and obj.lower_ not in ("him", "her")):
        return False
    subj = _subject_of(tok)
    if subj is not None and subj.lower_ in RELATIVE and tok.dep_ == "relcl":
        subj = tok.head
    if subj is not None and (_has_sense((subj,), "race") or subj.lemma_.lower() in ("rise", "surge", "lead", "gain")):
        return True  # 'his rise in the polls that threatens her'
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.ent_type_ in ("GPE", "LOC") or _has_sense((o,), "race")
                                                          for o in c.children) for c in (*tok.children, *obj.children))


def _violent(tok: Token) -> bool:
    """'attack' in the sense of violence or a hack, from the words of its sentence ('Islamic State
    attacks on the town', 'attacked her with a knife', 'the Sony attack' by hackers). A threat to
    attack is said ('threatened to attack the United States'), and an attack 'for', 'as' or 'over'
    something is in words; what is attacked and the events it is dated by do not count ('blasting
    Obama's approach to terrorism', 'attacked him after the shooting')."""
    if tok.lemma_.lower() not in ("attack", "blast"):
        return False
    if (tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "threaten") or any(
            c.dep_ == "ccomp" or c.lower_ in SPEECH_MARKS for c in tok.children):
        return False
    aside = {t.i for c in (*tok.children, *tok.head.children)
             if c.dep_ in ("dobj", "obj") and c.head.i == tok.i or c.lower_ in TIME_ANCHORS for t in c.subtree}
    return _has_sense((t for t in tok.sent if t.i not in aside), "violence")


def _attack_event(tok: Token) -> bool:
    """'attack' as a dated or placed event, which words are not (helper-76, issue 14): named by a
    date or a place before it ('the Sept. 11, 2001, attacks on the United States', 'the Brussels
    attacks'), or landing on a place ('the latest attack on the outskirts of Kabul', 'an attack
    near a checkpoint', ``lexicons/struck_places.txt``). Not 'Trump's attacks on Mexico' (a country
    attacked may be criticised) nor 'attacked Clinton in Iowa' (where it was said)."""
    if tok.lemma_.lower() != "attack":
        return False
    if tok.pos_ == "NOUN" and any(c.i < tok.i and c.dep_ in ("compound", "nmod", "nummod", "amod", "npadvmod")
                                  and (c.ent_type_ == "DATE" or (c.ent_type_ in ("GPE", "LOC", "FAC")
                                                                 and c.text not in lexicon.countries()))
                                  for c in tok.children):
        return True  # 'the Sept. 11 attacks', 'the Paris attacks' (not 'the U.S. attacks on Trump's plan')
    before = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if not t.is_punct), None)
    if tok.pos_ == "NOUN" and before is not None and before.ent_type_ == "DATE" and before.tag_ != "POS":
        return True  # 'the Sept. 11, 2001, attacks' parsed apart from its date
    places = lexicon.struck_places() | lexicon.geographic_nouns()
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "near", "outside")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.lemma_.lower() in places or (prep.lower_ != "on" and obj.ent_type_ in ("GPE", "LOC", "FAC")):
                return True
    return False


#: words that anchor a cue in time to another event: 'blasted Obama after the terror attack'
TIME_ANCHORS = {"after", "before", "since", "following", "amid", "during"}


def _legal(tok: Token) -> bool:
    """Charges brought in law, as a noun: 'brought manslaughter charges against X', 'faced criminal
    and civil charges', 'decided not to bring charges': an act, not an accusation in words, which
    has its content ('his charge that she is weak on climate'). The verbs ('the prosecutor charged
    X', 'a grand jury indicted X') stay accusations: the judged samples count them right as often as
    wrong (a formal charge is stated), except 'prosecute', which is only an act."""
    lemma = tok.lemma_.lower()
    if lemma == "prosecute":
        return True
    if lemma == "charge" and tok.pos_ == "NOUN" and tok.head.dep_ == "prep" \
            and tok.head.head.lemma_.lower() in BOOKED:
        return True  # 'were indicted on U.S. charges that they conspired ...', 'arrested on charges of'
    if lemma != "charge" or tok.pos_ != "NOUN" or any(c.dep_ in ("ccomp", "acl", "relcl") and any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children):
        return False
    legal = senses()["legal"]
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in legal for c in tok.children) or (
        tok.head.lemma_.lower() in LAW_VERBS and _has_sense(tok.sent, "legal"))


#: verbs of what is done to a person in law, on charges: 'indicted on charges', 'arrested on charges of'
BOOKED = {"indict", "arrest", "convict", "jail", "detain", "hold", "try", "extradite", "sentence", "imprison",
          "acquit", "clear", "book"}
#: verbs of charges in law: 'brought charges', 'filed charges', 'faces charges', 'dropped charges'
LAW_VERBS = {"bring", "file", "press", "lay", "drop", "face", "dismiss", "plead"}


def _sport_article(doc: Doc) -> bool:
    """The article is a sports report: dense in the words of games (computed once per doc)."""
    if "stances_sport" not in doc.user_data:
        words = senses()["sport"]
        n = sum(t.lemma_.lower() in words for t in doc)
        doc.user_data["stances_sport"] = n >= 4 and n >= 0.008 * len(doc)
    return doc.user_data["stances_sport"]


def _in_sport(tok: Token) -> bool:
    """'threaten', 'challenge', 'oppose' as a move in a game ('Rangers had rarely threatened', 'the
    Panthers challenged', 'challenged the call', 'opposed him in Game 5'; 'attack' with no one
    attacked: 'Williams attacked incessantly'), in a sports report and with no task or sanction set
    ('threatened to quit', 'challenged him to', 'threatened X with a ban' are words); and 'opposing'
    before a role and a name ('opposing skipper Roy Keane', a rival) anywhere."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPORT_CUES:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.lower_ == "opposing" and nxt is not None and nxt.pos_ == "NOUN" and nxt.head.pos_ == "PROPN":
        return True
    if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "with") for c in tok.children):
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if tok.lemma_.lower() == "attack" and (obj is not None or _prep_object(tok, ("on", "against")) is not None):
        return False  # ('Wenger attacked the referee': words; 'Williams attacked incessantly': play)
    return (obj is None or obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in PLAYS) and (
        _sport_article(tok.doc) or _SCORE.search(tok.sent.text) is not None)  # ('pounded Chelsea 4-0')


#: what a player or team challenges in a game: 'Nadal challenged the call', 'the Panthers challenged the catch'
PLAYS = {"call", "catch", "play", "spot", "ball", "serve", "line"}


def _removed(tok: Token) -> bool:
    """'dismissed' a named person or firm with nothing said of them: fired or sent off ('the referee
    dismissed Drogba', 'the board dismissed its chief executive'); 'dismissed Rubio as a fallback'
    and 'dismissed Rubio's claims' are words."""
    if tok.lemma_.lower() != "dismiss" or tok.pos_ != "VERB" or any(
            c.dep_ in ("ccomp", "xcomp", "advcl", "oprd") or c.lower_ == "as" for c in tok.children):
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    return obj is not None and ((obj.pos_ == "PROPN" and obj.ent_type_ not in ("NORP", "GPE"))
                                or obj.lower_ in ("him", "her")
                                or (obj.pos_ == "NOUN" and obj.lemma_.lower() in lexicon.titles()))


def _posed(tok: Token) -> bool:
    """A 'threat' that someone poses or that is faced, not one that is made: 'the common threat of
    Islamic State', 'tackling the threat', 'the threat it poses' (a threat to do something, 'threats
    from Washington to tighten sanctions', is made)."""
    if tok.lemma_.lower() != "threat" or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("acl", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
           for c in tok.children):
        return False
    posing = senses()["posing"]
    return (tok.dep_ in ("dobj", "obj", "attr") and tok.head.lemma_.lower() in posing) \
        or any(c.dep_ == "relcl" and c.lemma_.lower() in posing for c in tok.children) \
        or any(c.dep_ == "amod" and c.lower_ in senses()["danger"] for c in tok.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children) for c in tok.children)


def _voted(tok: Token) -> bool:
    """Backing or rejecting as a vote: by voters or shareholders ('EBay shareholders rejected the
    proposal', 'voters who backed her'), or in a vote ('rejected his argument in a referendum')."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("reject", "back", "support", "oppose", "endorse"):
        return False
    if any(t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "by") and _has_sense((t,), "vote") for t in tok.subtree):
        return True
    subj = _subject_of(tok)
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is not None:
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if subj is not None and subj.lower_ in RELATIVE and tok.dep_ == "relcl":
        subj = tok.head
    if subj is None and tok.dep_ in ("xcomp", "acl", "relcl"):
        subj = _infinitive_doer(tok)
    return subj is not None and any(s.lemma_.lower() in senses()["voter"] for s in (subj, *subj.conjuncts))


def _infinitive_doer(tok: Token) -> Token | None:
    """Who does what an infinitive says, found on the word it hangs from: 'the willingness of white
    voters to back Obama' (the noun's 'of' or possessor), 'voters prefer to back a winner' (the
    verb's subject)."""
    head = tok.head
    if head.pos_ == "NOUN":
        return next((c for c in head.children if c.dep_ == "poss"), None) or _prep_object(head, ("of", "among"))
    return _subject_of(head) if head.pos_ in ("VERB", "AUX", "ADJ") else None


#: cues of rejecting that a firm's board or a rival bidder may direct at a bid
DEAL_CUES = {"reject", "rebuff", "spurn", "rejection", "challenge", "dismiss", "veto"}
#: what is bid for a firm: with a word of a takeover, or a sum, in the sentence it is a deal
OFFERS = {"bid", "offer", "approach", "proposal", "overture", "counterbid", "counteroffer"}


def _deal(tok: Token) -> bool:
    """Rejecting or challenging a bid for a firm is a business decision, not a stance in words:
    'the board rejected a takeover offer from X', 'X rebuffed Y's 5 billion euro approach', 'a rival
    bid challenged X' (``deal`` in ``lexicons/stance_senses.csv``: the words of a takeover in the
    cue's subject, object or agent, or a bid or offer there and a takeover word or a sum in the
    sentence). 'Rejected Russia's offer of talks' has neither and stays a stance."""
    if tok.lemma_.lower() not in DEAL_CUES:
        return False
    args = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "pobj")]
    args += [g for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "of", "from")
             for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ == "acl":
        args.append(tok.head)
    deal = senses()["deal"]
    sum_or_deal = None
    for arg in args:
        if any(t.lemma_.lower() in deal or t.lower_ in deal for t in arg.subtree):
            return True
        if arg.lemma_.lower() in OFFERS:
            if sum_or_deal is None:
                sum_or_deal = _has_sense(tok.sent, "deal") or any(t.ent_type_ == "MONEY" for t in tok.sent)
            if sum_or_deal:
                return True
    return False


def _sector(actor) -> bool:
    """An industry or trade named as a whole ('Wall Street', 'Silicon Valley'; ``sector`` in
    ``lexicons/stance_senses.csv``): an unnamed group of firms, not an actor that takes or meets
    a stance ('a critic of Wall Street', 'railed against Wall Street')."""
    return actor.name.lower() in senses()["sector"]


def _spectator(tok: Token) -> bool:
    """Cheering or applause as a spectator: 'cheered on by Beyonce', 'applauded when the president
    mentioned the troops' (not 'applauded the decision')."""
    if tok.lemma_.lower() not in ("cheer", "applaud"):
        return False
    return any(c.lower_ == "on" and c.dep_ in ("prt", "prep", "advmod") for c in tok.children) or any(
        c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "while") for m in c.children)
        for c in tok.children)


def _hug(tok: Token) -> bool:
    """'embrace' as a hug: 'Kerber warmly embraced Williams', 'hugged and embraced her' (not
    'Jackson had embraced Arafat', a side taken)."""
    return tok.lemma_.lower() == "embrace" and any(
        (c.dep_ == "advmod" and c.lower_ in ("warmly", "tightly", "briefly", "tearfully", "long"))
        or (c.dep_ == "conj" and c.lemma_.lower() in ("hug", "kiss")) for c in tok.children) \
        or (tok.dep_ == "conj" and tok.head.lemma_.lower() in ("hug", "kiss"))


def _withheld_from(tok: Token) -> bool:
    """'deny' as refusing to give, not as denying a claim: 'the NSA denied Clinton a secure
    BlackBerry' (two objects), 'Russia denied Ukraine access to the port' (what is granted:
    ``grant`` in ``lexicons/stance_senses.csv``), 'the agency denied her request' (``asked``;
    unless a court denies it). 'Clinton denied Trump's claim' stays a denial."""
    if tok.lemma_.lower() != "deny" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "dative" for c in tok.children):
        return True
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in senses()["grant"]:
        return True
    subj = _subject_of(tok)
    return obj.lemma_.lower() in senses()["asked"] and not (subj is not None and subj.lemma_.lower() in COURTS | {"judge"})
    # ('the NSA denied her request' turned it down; a court denying a request rules against it)


#: where a guest is welcomed to: 'welcomed Sanders to the White House', 'back to the TED stage'
RECEIVED_AT = {"to", "into", "onto", "aboard", "at"}
#: 'in' or 'on' a place: 'welcomed Merkel in Paris' (not 'in a statement', 'on Sunday')
PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _received(tok: Token) -> bool:
    """'welcome' as a host's reception of a guest, not a side taken: 'Obama welcomed Sanders to the
    White House', 'welcoming Gore back to the stage', 'X welcomed Y on Sunday at the cemetery',
    'welcomed visitors' (``reception`` in ``lexicons/stance_senses.csv``). A welcomed act or decision
    stays a stance ('welcomed Iran's decision', 'welcomed the ruling in a statement')."""
    if tok.lemma_.lower() != "welcome" or tok.pos_ != "VERB":
        return False
    guest = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if guest is None:
        return False
    if guest.lemma_.lower() in senses()["reception"]:
        return True
    if guest.pos_ not in ("PROPN", "PRON") or any(c.dep_ == "case" for c in guest.children):
        return False  # ("welcomed Obama's decision": the decision is the object; a possessive is no guest)
    for c in _own_words(tok, guest):
        if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home", "aboard"):
            return True
        if c.dep_ == "prep":
            place = next((g for g in c.children if g.dep_ == "pobj"), None)
            if place is None:
                continue
            if c.lower_ in RECEIVED_AT or (c.lower_ in ("in", "on") and (place.ent_type_ in PLACE_ENTS
                                                                          or place.lemma_.lower() in senses()["reception"])):
                return True
    return False


def _own_words(verb: Token, skip: Token) -> list[Token]:
    """The verb's words that belong to its own clause, less those under ``skip``: its children and
    what hangs from its adverbials ('on Sunday under heavy rain at the cemetery': 'at' hangs from
    'rain'), not from another verb."""
    out, stack = [], list(verb.children)
    while stack:
        t = stack.pop()
        if t.i == skip.i or t.pos_ in ("VERB", "AUX"):
            continue
        out.append(t)
        stack.extend(t.children)
    return out


def _event_agent(verb: Token) -> bool:
    """A hostile act done by an event, not an actor: 'the attacks in Brussels, which killed 31' is
    a death toll (not 'Russian air strikes have killed', whose owner is named)."""
    subj = _agent(verb)
    if subj is not None and verb.dep_ == "relcl" and (subj.lower_ in RELATIVE or subj.i == verb.head.i):
        subj = verb.head
        if subj.dep_ == "pobj" and subj.head.lower_ in ("in", "at", "near"):
            subj = subj.head.head  # ('attacks in Brussels, which killed 31': the place is parsed as the antecedent)
    return subj is not None and subj.lemma_.lower() in senses()["event"] and not any(
        c.dep_ in ("poss", "amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "ORG", "GPE", "PERSON"))
        for c in subj.children)


def _ccomp_subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "ccomp":
            return next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return None


#: accusing verbs whose reported clause says what the accused did: 'alleged that O'Brien had
#: libeled him', 'charged that Clinton lied', 'complained that the RNC had rigged the rules'
ALLEGING = {"allege", "charge", "complain"}


def _alleged_subject(tok: Token) -> Token | None:
    """The active subject of the clause an accusing verb reports: 'Trump alleged that O'Brien had
    libeled him' -> O'Brien. Not a passive ('alleged that Clinton's emails were hacked': a victim),
    nor a clause that is negated, a question or a condition."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or _negated(clause) or _if_clause(clause) \
            or any(c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
                   for c in clause.children):
        return None
    return next((g for g in clause.children if g.dep_ == "nsubj"), None)


def _clause_subject(noun: Token) -> Token | None:
    """The subject of a content clause of a noun: 'the accusation that Obama created ...' -> Obama
    (not a relative clause: 'the accusation that Obama made' has 'that' as its object)."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return None


#: prepositions that name the members of a plural: 'leaders including Obama and Xi', 'leaders
#: from Obama to Xi', 'countries such as France'
NAMING_PREPS = {"including", "from", "to", "like", "as"}


def _warns_of_own_act(tok: Token, resolve) -> bool:
    """'X warned Y that he would ...' with 'he' being X: a threat of X's own act."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    subj = _subject_of(clause) if clause is not None else None
    who, own = resolve(_agent(tok)), resolve(subj) if subj is not None else None
    return who is not None and own is not None and own.actor.key == who.actor.key


def _named_subject(verb: Token) -> bool:
    """The verb's subject is a name (or a pronoun), not a common noun: 'Clinton came under fire',
    not 'troops came under fire' (shot at)."""
    subj = _subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if any(t.lemma_.lower() in PHYSICAL | MATERIAL | WAR_WORDS for t in verb.sent):
        return False  # 'Turkey has come under fire from Islamic State ... militants have shelled it': armed
    return subj is not None and subj.pos_ in ("PROPN", "PRON") and subj.lemma_.lower() not in MATERIAL


def _under_fire(tok: Token) -> tuple[Token | None, Token | None]:
    """'X has come under attack from Y', 'X came under fire from Y': (Y, X) for a noun cue after
    'under'; (None, None) otherwise."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "under" or tok.head.head.pos_ not in ("VERB", "AUX") \
            or not _named_subject(tok.head.head):
        return None, None  # ('Kurdish forces came under attack from Islamic State': shot at)
    verb = tok.head.head
    source = _prep_object(tok, ("from", "by")) or _prep_object(verb, ("from", "by")) or next(
        (o for p in verb.subtree if p.i > tok.i and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"), None)
    return source, _subject_of(verb)  # (the parser may hang 'from Trump' from 'in recent days')


#: nouns for criticism taken from someone, as the object of a verb of receiving: 'taking heat from Cruz'
HEAT_NOUNS = {"heat", "flak", "flack", "fire"}
#: verbs that take such criticism ('take heat', 'draw fire', 'catch flak', 'face heat')
HEAT_TAKING = {"take", "draw", "catch", "face", "get"}


def _heat_taken(tok: Token) -> bool:
    """Criticism received from a named actor: 'Rubio is taking heat from Cruz', 'drew fire from
    Sanders', 'caught flak from the RNC' (a 'from' name on the noun or its verb). Not 'took fire'
    with no one named ('troops drew fire from the ridge' names a place, not an actor: the target
    and source are checked to be actors later), nor 'the heat from the stove'."""
    if tok.lemma_.lower() not in HEAT_NOUNS or tok.dep_ not in ("dobj", "obj") \
            or tok.head.lemma_.lower() not in HEAT_TAKING or any(c.dep_ in ("amod", "compound") for c in tok.children):
        return False
    return any(o.pos_ == "PROPN" for c in (*tok.children, *tok.head.children) if c.dep_ == "prep" and c.lower_ == "from"
               for o in c.children if o.dep_ == "pobj")


def _opposed_to(tok: Token) -> Token | None:
    """What an 'opposition' is to: its own 'to', or the 'to' its verb took ('recalled her
    opposition to the plan', which the parser may hang from 'recalled')."""
    return _prep_object(tok, ("to",)) or (_prep_object(tok.head, ("to",)) if tok.dep_ in ("dobj", "obj") else None)


def _content_subject(noun: Token) -> Token | None:
    """The subject of what a charge from someone says: 'an allegation from his first wife, Ivana
    Trump, that Mr. Trump had raped her' -> Mr. Trump. The parser may hang the 'that' clause from
    the noun or from the one it comes from, and read it as a relative clause; with 'that' tagged
    a conjunction (IN), not a relative pronoun (WDT: 'the allegation from X that Y made'), it
    is a content clause. Only an active subject that is a name."""
    holders = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
                        for o in p.children if o.dep_ == "pobj"]
    for holder in holders:
        for c in holder.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and c.i > holder.i and c.pos_ in ("VERB", "AUX") \
                    and any(t.lower_ == "that" and t.tag_ == "IN" and t.i < c.i for t in c.children):
                subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                return subj if subj is not None and subj.pos_ == "PROPN" else None
    return None


#: verbs that deliver a threat or warning to its addressee: 'issued a threat to', 'sent a warning to'
DELIVERING = {"issue", "send", "deliver", "make", "give", "direct", "level", "hurl", "fire", "aim"}


def _warned_one(noun: Token, row) -> Token | None:
    """The addressee of a threat or warning that a verb delivers: 'DOJ had issued a threat to Gov.
    McCrory', 'sent a stern warning to Pyongyang' -> McCrory, Pyongyang. Not 'a threat to national
    security' nor 'poses a threat to Clinton' (a danger, not words)."""
    if row["kind"] not in ("threaten", "warn") or noun.dep_ not in ("dobj", "obj") \
            or noun.head.lemma_.lower() not in DELIVERING:
        return None
    return _prep_object(noun, ("to",)) or _prep_object(noun.head, ("to",))


#: verbs whose subject receives what comes 'with' them: 'was met with criticism of', 'faced with attacks on'
MET_WITH = {"meet", "face", "greet", "hit", "bombard", "pelt", "confront", "flood", "deluge", "inundate",
            "receive", "welcome", "answer", "counter", "respond", "reply"}


def _wielder(noun: Token) -> Token | None:
    """The subject of the verb a noun cue comes 'with': 'Trump sought to rally Republicans to his
    cause with sharp attacks on Clinton', 'Cruz opened with criticism of Trump' -> that subject
    made them. Not when the verb receives or answers them ('was met with criticism of',
    'responded with attacks on') or is passive."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    for _ in range(2):  # ('to his cause with attacks': 'with' may hang from the verb's noun)
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in MET_WITH or verb.tag_ == "VBN" \
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return _agent(verb)


#: participles that say who uttered a charge: 'allegations made by', 'accusations levelled by'
#: (not 'the threat posed by Islamic State', which is a danger, not words)
SAYING_PARTICIPLES = {"make", "level", "levell", "lodge", "bring", "raise", "file", "issue", "voice", "express",
                      "publish", "repeat", "hurl", "lob", "direct"}


#: verbs by which an actor puts out a text it wrote or stands behind: 'issued a statement calling ...'
PUBLISHING = {"issue", "release", "sign", "write", "publish", "post", "pen", "air", "run", "put", "circulate",
              "unveil", "send", "file", "bring", "lodge", "submit", "launch"}


def _publisher(noun: Token) -> Token | None:
    """The subject of the verb that puts out an authored text: 'Dalton issued a statement calling
    Baxter unfit' -> Dalton, 'the campaign released an ad calling her a liar' -> the campaign.
    None when the verb is negated or the text is not its object ('criticized the statement')."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.pos_ != "VERB" or noun.head.lemma_.lower() not in PUBLISHING \
            or _negated(noun.head):
        return None
    if noun.head.lemma_.lower() == "put" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in noun.head.children):
        return None  # 'put out a statement', not 'put the letter on the table'
    return _subject_of(noun.head)


@lru_cache(maxsize=None)
def description_heads() -> dict[str, tuple[frozenset[str], bool]]:
    """Head nouns of a description that stands for one named person, with the words a role phrase
    uses for each and whether the head may stand without a party or a state:
    ``lexicons/description_heads.csv``."""
    return {r["head"]: (frozenset(r["forms"].split("|")), r["alone"] == "yes")
            for r in lexicon.read_table("description_heads.csv")}


#: party words of a description and of a role phrase, and the party each names
PARTY_WORDS = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D", "independent": "I"}
#: party words that name one member as a noun: 'the Wisconsin Republican', 'the Nevada Democrat'
PARTY_NOUNS = {"republican", "democrat"}
#: a party letter and a state after a name: 'Paul Ryan (R-Wis.)', 'Sen. Mitch McConnell, R-Ky.'
_PARTY_STATE = re.compile(r"^\s*[(,]\s*([RDI])\s*-\s*([A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)")


#: the states AP style does not abbreviate (not in lexicons/us_state_abbreviations.csv)
SHORT_STATES = ("Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah")


@lru_cache(maxsize=None)
def _state_names() -> dict[str, str]:
    """US state abbreviations (AP style, without the dot) and names, lower case -> state name."""
    out = {s.lower(): s for s in SHORT_STATES}
    for abbr, state in lexicon.us_state_abbreviations().items():
        out[abbr.lower().rstrip(".")] = state
        out[state.lower()] = state
    return out


def _description(tok: Token) -> tuple[str | None, set[str], set[str], bool] | None:
    """The head, party letters, states and 'former' of a definite description of one person: 'the
    Wisconsin Republican' -> (None, {R}, {Wisconsin}, False); 'the Republican nominee' -> (nominee,
    {R}, {}, False); 'the New Jersey governor' -> (governor, {}, {New Jersey}, False); 'the former
    secretary of state' -> (secretary, {}, {}, True). None for anything else: a plural, 'a Republican', a phrase with an owner ("Clinton's
    nominee") or a name ('the Republican nominee, Donald Trump')."""
    if tok.tag_ not in ("NN", "NNP") or tok.ent_type_ == "PERSON" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in ("poss", "appos", "relcl", "acl", "conj", "cc") or (c.dep_ == "prep" and (
                c.lower_ != "of" or tok.lower_ != "secretary")) for c in tok.children):
        return None  # ('the chairman of the committee', 'the former governor and EPA chief': not only a role)
    low = tok.lower_
    if low in PARTY_WORDS and low not in PARTY_NOUNS:
        return None  # 'the Indiana GOP' is the party
    head = None if low in PARTY_WORDS else (low if low in description_heads() else None)
    words = [t for t in tok.subtree if t.i < tok.i and t.dep_ != "det"]
    if head == "secretary":  # 'the former secretary of state'
        of = _prep_object(tok, ("of",))
        if of is None or of.lower_ != "state":
            return None
    elif head is None and low not in PARTY_WORDS:
        return None
    parties = {PARTY_WORDS[t.lower_] for t in words if t.lower_ in PARTY_WORDS}
    if low in PARTY_WORDS:
        parties.add(PARTY_WORDS[low])
    states = set()
    phrase = " ".join(t.lower_ for t in words)
    for name in set(_state_names().values()):
        if re.search(rf"\b{re.escape(name.lower())}\b", phrase):
            states.add(name)
    for t in words:
        if t.ent_type_ == "GPE" and t.lower_ in _state_names():
            states.add(_state_names()[t.lower_])
    if not states and (head is None or not (parties or description_heads()[head][1])):
        return None  # 'the Republican', 'the candidate', 'the leading candidate': anyone of many
    return head, parties, states, any(t.lower_ == "former" for t in words)


def _descriptors(index) -> dict[str, tuple[set[str], set[str]]]:
    """For each person the article names: the words of the role phrases before its names and of
    the appositives after them ('House Speaker Paul Ryan (R-Wis.)', 'Donald Trump, the GOP
    front-runner,'), lower case, and the states its party-letter notes name."""
    doc, text = index.doc, doc_text(index.doc)
    out: dict[str, tuple[set[str], set[str]]] = {}
    for m in index.mentions:
        if m.actor.actor_type != "person" or m.via == "coref":
            continue
        words, states = out.setdefault(m.actor.key, (set(), set()))
        words.update(w.lower().rstrip(".") for r in m.actor.roles for w in r.replace("-", " - ").split())
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        i = span.start - 1
        while i >= span.sent.start and span.start - i <= 8:
            t = doc[i]
            if t.ent_type_ == "PERSON" or not (t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or t.text in ("-", ".", "of")):
                break
            words.add(t.lower_.rstrip("."))
            i -= 1
        after = text[m.end:m.end + 90]
        note = _PARTY_STATE.match(after)
        if note:
            words.add({"R": "republican", "D": "democratic", "I": "independent"}[note.group(1)])
            state = _state_names().get(note.group(2).lower().rstrip(".").strip())
            if state:
                states.add(state)
        for appos in (c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end):
            words.update(t.lower_.rstrip(".") for t in appos.subtree if t.i - appos.i < 8)
    return out


def _fits(desc, words: set[str], states: set[str]) -> bool:
    """Every party, state and head word of the description is said of this person."""
    head, parties, wanted, former = desc
    if former != ("former" in words) and head is not None:
        return False  # 'the former secretary of state' is not the secretary of state, nor the reverse
    said_parties = {PARTY_WORDS[w] for w in words if w in PARTY_WORDS}
    if not parties <= said_parties:
        return False
    for state in wanted:
        if state not in states and not all(w in words for w in state.lower().split()):
            return False
    if head == "secretary" and "state" not in words:
        return False  # 'the secretary of state' is no defence secretary
    return head is None or bool(description_heads()[head][0] & words) or (
        head == "front-runner" and "front" in words and "runner" in words)


def _made_by(tok: Token) -> Token | None:
    """The agent of a participle hanging from ``tok``: 'the allegations [...] made by his wife'."""
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SAYING_PARTICIPLES:
            for a in c.children:
                if a.dep_ == "agent":
                    return next((g for g in a.children if g.dep_ == "pobj"), None)
    return None


@lru_cache(maxsize=None)
def authoring_participles() -> frozenset[str]:
    """Participles whose 'by' agent owns what they modify: lexicons/authoring_participles.txt."""
    return frozenset(lexicon.read_list("authoring_participles.txt"))


def _done_by(target: Token | None, resolve) -> Token | None:
    """The named author of a criticized thing, given by the 'by' agent of a participle on it:
    'lambasted the Iran nuclear deal negotiated by President Obama', 'to fix the mistakes made by
    Obama', 'slammed an effort supported by Obama' -> Obama (not 'the Iran deal': Iran is its
    topic). Only for a thing that is no actor itself, and an author the article names."""
    if target is None or target.pos_ != "NOUN" or resolve(target) is not None:
        return None
    for c in target.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in authoring_participles():
            by = next((a for a in c.children if a.dep_ == "agent"), None)
            agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if agent is not None and agent.pos_ in ("PROPN", "NOUN") and resolve(agent) is not None:
                return agent
    return None


#: agreements and meetings that take the name of the place they were made or held
PLACE_NAMED = {"agreement", "accord", "accords", "deal", "treaty", "protocol", "pact", "convention", "conventions",
               "declaration", "summit", "conference", "talks", "process", "format", "framework", "communique"}


def _named_for_place(target: Token | None, resolve) -> bool:
    """A treaty or meeting named for the city where it was made or held ('criticized the Paris
    agreement', 'rejected the Minsk accords', 'attacked the Kyoto protocol') has no owner in that
    name: the city is no actor, nor its country ('Russia's Minsk proposal' keeps Russia)."""
    if target is None or target.pos_ != "NOUN" or target.lemma_.lower() not in PLACE_NAMED or resolve.index is None:
        return False
    if any(c.dep_ == "poss" for c in target.children):
        return False
    for c in target.children:
        if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < target.i:
            m = resolve.index.resolve_token(c)
            if m is not None and (m.actor.actor_type == "place" or c.text in lexicon.capitals()):
                return True  # (a capital may already stand for its country: 'Paris' -> France)
    return False


def _people_tied(lemma: str) -> bool:
    """A noun for people tied to an actor who are not it: its members, allies or rivals, or a
    group of its people ('U.S. allies', "Britain's sprinters", 'Cuban dissidents')."""
    return lemma in MEMBERS or lemma in TIED or lemma in lexicon.group_nouns()


@lru_cache(maxsize=None)
def _not_state_words() -> frozenset[str]:
    """Nouns a country name modifies without being the state (NOT_STATE, TIED, group nouns)."""
    return frozenset(NOT_STATE | TIED | lexicon.group_nouns())


def _owner(target: Token | None, resolve, preps=("from", "by"), made: bool = False) -> Token | None:
    """For a criticized thing that is no actor, the actor it belongs to: 'rejected Russia's
    claims', 'accusations from Washington', 'criticism of the role of Russia'; with ``made``, also
    the named maker a relative clause gives ('the ad that Smith released', 'the mess Smith made')."""
    if target is None or resolve(target) is not None:
        return target
    if any(c.lower_ == "own" for c in target.children):
        return None  # 'blamed his own stupidity': the subject's own, no one else's
    lemma = target.lemma_.lower()
    if _people_tied(lemma) or lemma in PEOPLE_OF | KIN_PERSON | ENTOURAGE | COUNSEL | COURTS \
            or _person_of(target, resolve.index.resolve_token(target) if resolve.index is not None else None):
        return target  # 'accused U.S. allies', 'Britain's sprinters', "attacked Cruz's wife": people tied to
        # it, not its things
    owner = next((c for c in target.children if c.dep_ in ("poss", "amod", "compound") and not _topic(c, resolve)
                  and resolve(c) is not None and not _located_thing(target, resolve(c))), None)
    # (not 'a political decision by the FBI': 'political'; not 'British TV': the UK only locates it)
    return owner or _prep_object(target, preps) or (_relative_doer(target) if made else None) \
        or _earlier_owner(target, resolve) or target


#: things an actor proposes or makes, which a later bare 'the plan' still means: 'Trump's plan to
#: build a wall ... Mexico rejected the plan', 'Labour's ID cards bill ... the Lib Dems oppose the bill'
OWNED_LATER = {"view", "stance", "position", "plan", "proposal", "bid", "decision", "idea", "claim", "statement",
               "policy", "approach", "argument", "demand", "request", "offer", "initiative", "bill", "scheme", "law",
               "legislation", "reform", "budget", "programme", "program", "measure", "order", "ban", "rule",
               "rhetoric", "tweet", "speech", "accusation", "allegation", "comment", "remark", "suggestion",
               "pledge", "promise", "strategy", "annexation", "invasion", "occupation", "intervention", "crackdown",
               "action", "move", "handling", "conduct", "behaviour", "behavior", "treatment", "response"}


#: a thing an actor makes by a verb: 'Trump proposed ...' is then 'the proposal'
PROPOSING = {"proposal": "propose", "plan": "plan", "decision": "decide", "statement": "state", "claim": "claim",
             "accusation": "accuse", "allegation": "allege", "remark": "remark", "comment": "comment",
             "suggestion": "suggest", "pledge": "pledge", "promise": "promise", "order": "order", "ban": "ban",
             "demand": "demand", "request": "request", "offer": "offer", "move": "move", "announcement": "announce"}


#: the opening sentences of an article (headline, dateline, lead): the measure they name is the
#: one a later bare 'the proposal' most often means
LEAD_SENTENCES = 5


def _lead_and_before(tok: Token, sentences: int = 4) -> list[Token]:
    """The tokens of the article's opening ``LEAD_SENTENCES`` sentences and of the ``sentences``
    before ``tok``'s own, in text order and each once: where a thing a later bare 'the proposal'
    or 'rejected paying ...' answers was put forward."""
    doc, sent = tok.doc, tok.sent
    first = sent.start
    for _ in range(sentences):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    lead = next((s.start for i, s in enumerate(doc.sents) if i == LEAD_SENTENCES), len(doc))
    return list(doc[:min(lead, first)]) + list(doc[first:sent.start])


def _named_proposer(verb: Token, resolve):
    """The named subject of a proposing verb and its mention ('Trump proposed ...'), else (None, None)."""
    subj = _subject_of(verb)
    m = resolve(subj) if subj is not None and subj.pos_ == "PROPN" else None
    return (subj, m) if m is not None else (None, None)


def _same_thing(lemma: str) -> frozenset[str]:
    """The nouns a later bare noun may name the same thing by: 'the bill' after 'Labour's plans'."""
    return lexicon.policy_nouns() if lemma in lexicon.policy_nouns() else frozenset({lemma})


def _earlier_owner(target: Token, resolve, sentences: int = 4) -> Token | None:
    """'the plan', 'this proposal' with no owner of their own: the owner of the same thing named
    shortly before or in the article's lead ('Trump's plan', 'a proposal by the Tories', or
    'Labour plans' for a later 'the bill'), or the named subject of its verb ('Trump proposed
    ...'), when exactly one actor owns it there."""
    lemma = target.lemma_.lower()
    if lemma not in OWNED_LATER or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
                                           for c in target.children):
        return None
    if _named_modifier(target):
        return None  # 'criticized the California proposal': that one, not the NHTSA proposal named before
    owners = {}
    same = _same_thing(lemma)
    verbs = {PROPOSING[w] for w in same if w in PROPOSING}
    if lemma in IDEA_NOUNS:
        verbs |= lexicon.proposing_verbs(ideas_only=True)  # 'Johnson suggested a snap poll ... Corbyn dismissed the idea'
    # (the lead too: 'Donald Trump proposed on Tuesday ...' opening the report)
    for tok in _lead_and_before(target, sentences):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs and not _negated(tok):
            subj, m = _named_proposer(tok, resolve)  # 'Trump proposed on Tuesday forcing Mexico ... Pena Nieto
            if m is not None:                        # dismissed the proposal'
                owners[m.actor.key] = subj
            continue
        if tok.lemma_.lower() not in same or tok.pos_ != "NOUN":
            continue
        named = [c for c in tok.subtree if c.i < tok.i and c.dep_ in ("poss", "compound", "amod")
                 and c.pos_ in ("PROPN", "NOUN") and not _topic(c, resolve)]  # (not 'his plans': whose is unsure)
        by = _prep_object(tok, ("by", "from"))  # ("the Labour government's ID cards bill", 'a plan by the Tories')
        for own in named + ([by] if by is not None else []):
            m = resolve(own)
            if m is not None and own.dep_ != "poss" and _located_in_name(tok, m):
                continue  # 'the Puerto Rico debt bill ... opposing the measure': no owner named
            if m is not None:
                owners[m.actor.key] = own
                break
    return next(iter(owners.values())) if len(owners) == 1 else None


def _named_modifier(noun: Token) -> bool:
    """A noun made a particular one by a name before it ('the California proposal', 'the Senate
    bill', 'the Russian plan'): no bare noun that could mean a thing named earlier."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
               and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC")  # (not a topic: 'the ID scheme')
               for c in noun.children)


#: a bare noun for whatever course of action was put forward before: 'dismissed the idea'
IDEA_NOUNS = {"idea", "notion", "suggestion", "proposal"}


def _proposed_act(gerund: Token, resolve, sentences: int = 4) -> Token | None:
    """'Mexico rejected paying for the wall' after 'Trump proposed forcing Mexico to pay for the
    wall': a rejected course of action named by a bare gerund answers the one named actor who put
    the same act forward shortly before or in the lead (lexicons/proposing_verbs.txt), whose named
    subject this returns; None when no one or several did."""
    if gerund.tag_ != "VBG" or any(c.dep_ in ("nsubj", "poss") for c in gerund.children):
        return None  # ('rejected Trump's paying ...': an owner of its own)
    act = gerund.lemma_.lower()
    owners = {}
    for tok in _lead_and_before(gerund, sentences):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.proposing_verbs() or _negated(tok):
            continue
        if not any(t.lemma_.lower() == act and t.pos_ == "VERB" for t in tok.subtree if t.i != tok.i):
            continue
        subj, m = _named_proposer(tok, resolve)
        if m is not None:
            owners[m.actor.key] = subj
    return next(iter(owners.values())) if len(owners) == 1 else None


def _affiliations(index) -> set[tuple[str, str]]:
    """(person, organisation) pairs the article ties by a role: the organisation in the role phrase
    before the name ('FBI Director James Comey', "Facebook's chief executive Mark Zuckerberg") or in
    an appositive after it ('Larry Ellison, Oracle's chairman', 'Dawn Laguens, an executive vice
    president of Planned Parenthood')."""
    if index is None:
        return set()
    doc, pairs = index.doc, set()
    persons = [m for m in index.mentions if m.actor.actor_type == "person"]
    for p in persons:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        for o in index.within(sent.start_char, sent.end_char):
            if o.actor.actor_type != "organization":
                continue
            if o.end <= p.start:
                between = doc.char_span(o.end, p.start, alignment_mode="expand")
            elif o.start >= p.end:
                between = doc.char_span(p.end, o.start, alignment_mode="expand")
            else:
                continue
            if between is None or len(between) > 7 or any(t.pos_ in ("VERB", "AUX") for t in between):
                continue
            words = [t.lower_ for t in between]
            if o.start >= p.end:  # ("Ellison, Oracle's chairman": the title may follow the organisation)
                tail = doc.char_span(o.start, o.end, alignment_mode="expand")
                words += [t.lower_ for t in doc[tail.end:min(tail.end + 3, sent.end)]] if tail is not None else []
            role = any(lexicon.role_title(w) for w in words)
            if role and (o.end <= p.start or "," in words or "(" in words):
                pairs.add((p.actor.key, o.actor.key))
    return pairs


#: people who speak for the person whose they are: "Heard's lawyer had requested that Depp ..."
COUNSEL = {"lawyer", "attorney", "counsel", "solicitor", "barrister", "representative", "agent"}
#: plural nouns for the state's own people: 'Iranian authorities ... They accused X' is Iran
STATE_PLURALS = {"authority", "official", "prosecutor", "judge", "minister", "diplomat", "leader", "police",
                 "investigator", "regulator"}
#: one person related to another, who is someone else: "Diaz's son", "Obama's wife"
KIN_PERSON = {"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "uncle", "aunt", "nephew",
              "niece", "cousin", "grandson", "granddaughter", "widow", "partner", "girlfriend", "boyfriend"}


#: people named by their tie to an actor, who are not it whoever the actor is: "LG Card's creditors",
#: 'the institute graduate', 'her parents', "Apple's customers" (they speak for themselves)
PEOPLE_OF = {"creditor", "lender", "debtor", "graduate", "alumnus", "alumna", "alumni", "student", "pupil", "parent",
             "child", "kid", "grandchild", "relative", "employee", "worker", "customer", "client", "shareholder",
             "investor", "voter", "fan", "resident", "victim", "classmate", "patient", "constituent"}
#: public offices one person holds: a party modifying one is his party, not the party acting ('the
#: Republican governor said', 'a Labour councillor defended'); a party's own leader still speaks for it
OFFICES = {"governor", "senator", "congressman", "congresswoman", "representative", "mayor", "councillor",
           "councilor", "councilman", "councilwoman", "assemblyman", "assemblywoman", "lawmaker", "legislator",
           "mp", "mep", "president", "candidate", "nominee", "hopeful", "contender", "challenger", "incumbent",
           "frontrunner", "front-runner", "delegate", "member", "politician", "strategist", "operative", "donor"}
#: bodies that a place, country or organisation name modifies without being them: 'the Frankfurt
#: district court', 'a Beijing court', 'the Dallas County grand jury' (a country's judge, like its
#: prosecutors, still acts for its state: 'a Venezuelan judge accused X')
COURTS = {"court", "tribunal", "jury", "panel", "arbitrator"}


def _person_of(tok: Token, m) -> bool:
    """A noun for people tied to the actor ``m`` that a modifier names, not the actor itself:
    "Northwind Bank's creditors", 'a cousin of Mr. Pike', 'the institute graduate' (any actor);
    'the Republican governor' (one holder of an office, not his party); 'the Frankfurt court'
    (a court is not its city or country). The head's own name ('Sanders, a senator') is found
    before this is asked."""
    if m is None or m.start <= tok.idx < m.end:
        return False
    if _seat_holder(tok, m):
        return True
    if tok.pos_ != "NOUN":
        return False
    lemma = _hyphened_lemma(tok)
    if lemma in PEOPLE_OF or lemma in KIN_PERSON or lemma in ENTOURAGE or lemma in COURTS or lemma in own_voice_roles():
        return True
    return tok.tag_ == "NN" and m.actor.actor_type == "organization" and _party(m.actor) \
        and (lemma in OFFICES or _party_officer(lemma))


def _hyphened_lemma(tok: Token) -> str:
    """The lemma of a prefixed title the tokenizer cut at its hyphen, read whole from its first
    piece: 'co' of 'co-chairman' -> 'co-chairman' (the parse makes 'co' the subject); else the lemma."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_alpha:
        return f"{tok.lower_}-{doc[tok.i + 2].lemma_.lower()}"
    return tok.lemma_.lower()


@lru_cache(maxsize=None)
def own_voice_roles() -> frozenset[str]:
    """Roles whose holders speak for themselves (``lexicons/own_voice_roles.txt``): 'a Harvard law
    professor criticized X' is the professor, not Harvard; 'a Goldman Sachs economist' not the bank."""
    return frozenset(lexicon.read_list("own_voice_roles.txt"))


#: a party's roles that still speak for it as a whole: 'the Labour leader said', 'a Tory spokesman'
PARTY_VOICES = {"leader", "head", "whip"}


def _party_officer(lemma: str) -> bool:
    """A role one person holds in or for a party, who speaks as that person: 'the Tory co-chairman
    attacked', 'the Labour chancellor accused', 'the shadow home secretary said' (not the party; a
    leader or spokesman still speaks for it). A prefixed title counts as its title ('co-chairman',
    'vice-chairman')."""
    word = lemma.rsplit("-", 1)[-1]
    if word in VOICE_TITLES or word in PARTY_VOICES or lemma in VOICE_TITLES or lemma in PARTY_VOICES:
        return False
    return lexicon.role_title(lemma) or lexicon.role_title(word)


#: seats in a legislature: their holders speak for themselves, not for their country or chamber
SEATS = {"senator", "congressman", "congresswoman", "lawmaker", "legislator", "mp", "mep", "assemblyman",
         "assemblywoman", "councillor", "councilor", "councilman", "councilwoman", "peer"}


def _seat_holder(tok: Token, m) -> bool:
    """One holder of a seat in a legislature that a country or a party modifies, or a member of a
    chamber: 'a Democratic U.S. senator asked X' (not the United States: a senator is no voice of
    the state, as an ambassador is), 'a Tory MP criticised X' ('MP' is often parsed as a name,
    which the office test above does not see), 'two members of Congress disavowed him' (not
    Congress). A plural of party members ('84 Conservative lawmakers') is left to the quantifier
    rule of the resolver."""
    lemma = tok.lemma_.lower()
    if tok.tag_ not in ("NN", "NNP") or tok.ent_type_ == "PERSON":
        return False
    if lemma in SEATS:
        return m.actor.actor_type == "country" or (m.actor.actor_type == "organization" and _party(m.actor)) \
            or m.actor.name.lower() in ("congress", "senate", "house of representatives", "parliament")
    return lemma == "member" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lower_ in ("congress", "parliament", "senate") for o in c.children) for c in tok.children)


def _seat_of_voice(tok: Token, m) -> bool:
    """A place that modifies a spokesman who speaks 'for' someone else is where he sits, not whom
    he speaks for: 'the Baghdad spokesman for the coalition refuted ...' (the coalition, unnamed as
    an actor, not Iraq), 'a London spokeswoman for the charity'."""
    if m is None or not (m.actor.actor_type == "place" or m.text in lexicon.capitals()) or m.start <= tok.idx < m.end \
            or tok.lemma_.lower() not in VOICE_TITLES:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("for", "of") and any(o.dep_ == "pobj" for o in p.children)
               for p in tok.children)


#: plural nouns for the members of a party who are not the party speaking as a body
PARTY_MEMBERS = {"candidate", "hopeful", "contender", "lawmaker", "legislator", "senator", "congressman",
                 "congresswoman", "representative", "mp", "mps", "mep", "member", "activist", "voter", "delegate",
                 "supporter", "backbencher", "rebel", "peer", "governor", "donor", "councillor", "councilor", "figure",
                 "strategist", "operative", "insider", "congressmen", "congresswomen"}


#: singular nouns for one member of a party ('a Republican', 'the Tory'); the plural names the party
PARTY_MEMBER_NOUNS = {"republican", "democrat", "tory", "conservative"}


def _one_member(tok: Token, m) -> bool:
    """A party's member noun in the singular at the head of its own phrase is one person, named
    elsewhere or not, not the party: 'the Kentucky Republican on Tuesday dismissed Obama's actions',
    'Paul Ryan, a Republican who has often criticized Trump', 'He accused the Republican of
    ignorance'. Not the word as a modifier ('Democrat Hillary Clinton', 'the Republican nominee'),
    a plural ('Republicans said': the party) or a bare name ('the Tory plans'). The word may have no
    mention at all: the actors table drops 'a Republican' said of a person (``actors._party_member``)."""
    if tok.lower_ not in PARTY_MEMBER_NOUNS or tok.tag_ not in ("NN", "NNP"):
        return False
    if m is not None and (m.actor.actor_type != "organization" or not _party(m.actor)):
        return False
    if tok.dep_ in ("compound", "amod", "nmod", "poss"):
        return False
    return tok.dep_ == "appos" or any(c.dep_ in ("det", "amod", "compound") for c in tok.children)


def _party_members(tok: Token, m) -> bool:
    """A plural of a party's members is an unnamed group, not the party (helper-57, issue 14;
    guidelines: unnamed groups are no source): 'the leading Republican candidates lashed out at
    Obama', 'angry Labour MPs warned Blair', 'Democratic lawmakers criticized him'; and a party's
    name narrowed by a participle right after it: 'Democrats supporting Mrs. Clinton have pointed
    to ...' (those of them). A party speaking as a body stays: 'the Republican Party said',
    'Republican leaders' (its officers), 'Democrats criticized ...'."""
    if m is None or m.actor.actor_type != "organization" or not _party(m.actor) \
            or (tok.tag_ not in ("NNS", "NNPS") and tok.text not in ("MPs", "MEPs")):  # ('MPs' is often tagged a name)
        return False
    if not (m.start <= tok.idx < m.end):
        return tok.lemma_.lower() in PARTY_MEMBERS or tok.lower_ in PARTY_MEMBERS
    if _across_parties(tok):
        return True
    return any(c.dep_ == "acl" and c.i == tok.i + 1 and c.tag_ in ("VBG", "VBN") for c in tok.children)


def _across_parties(tok: Token) -> bool:
    """Members of two parties named together by their plural member nouns are some people of both
    sides, not either party as a body: 'criticism from Democrats and Republicans', 'Republicans and
    Democrats alike criticized him' ('the Democrats and the Tories' with a party's name stays)."""
    if tok.lemma_.lower() not in PARTY_MEMBER_NOUNS and tok.lower_[:-1] not in PARTY_MEMBER_NOUNS:
        return False
    return any(c.tag_ in ("NNS", "NNPS") and c.lower_[:-1] in PARTY_MEMBER_NOUNS and c.lower_ != tok.lower_
               for c in tok.conjuncts)


def _members_mention(doc: Doc, m) -> bool:
    """The mention heads some members of a party, not the party (:func:`_party_members`): 'its'
    after 'Democrats supporting Mrs. Clinton' is not the Democratic Party."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and _party_members(span.root, m)


def _party(actor) -> bool:
    """A political party ('Republican Party', 'Labour Party', 'Liberal Democrats')."""
    name = actor.name.lower()
    return name.endswith(" party") or name in ("liberal democrats", "democrats", "republicans", "tories", "gop")


def _someone_of(tok: Token, resolve) -> bool:
    """A role or relative of a named person ("Obama's chief of staff", 'his candidate', "Diaz's
    son") is another person, whom the phrase does not name; but a spokesman speaks for him."""
    lemma = tok.lemma_.lower()
    if lemma in VOICE_TITLES or lemma in COUNSEL or not (lexicon.role_title(lemma) or lemma in RELATED_PERSON
                                                          or lemma in KIN_PERSON or lemma in ENTOURAGE):
        return False
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    m = resolve(owner) if owner is not None else None
    return m is not None and m.actor.actor_type == "person"


def _title_holder(tok: Token) -> Token | None:
    """The person a long title names, parsed as the object of the title's own preposition:
    'the minister for women Jacqui Smith', 'secretary for health John Reid' (the name follows the
    title's last word, 'women', 'health'). Not 'a spokesman for Hillary Clinton': there the person
    after 'for' is whom the spokesman speaks for."""
    if not lexicon.role_title(tok.lemma_.lower()):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "PERSON" and any(
                        c.dep_ == "compound" and c.i < obj.i and not c.ent_type_ and c.pos_ == "NOUN"
                        for c in obj.children):
                    return obj
    return None


def _range_ends(preps: list[Token]) -> list[Token]:
    """The 'to' closing a 'from ... to' range of names, which the parser hangs from the 'from' or
    its object: 'leaders, from Obama to Xi Jinping, called on ...' (Xi as well as Obama)."""
    starts = [p for p in preps if p.lower_ == "from"]
    return [q for p in starts for h in (p, *p.children) for q in h.children if q.dep_ == "prep" and q.lower_ == "to"]


def _with_conjuncts(tok: Token | None) -> list[Token]:
    """A phrase and the phrases coordinated with it; for a plural common noun whose members
    are named ('world leaders, including Obama and Merkel, criticized Russia'), those names
    instead: the unnamed plural is nobody in particular."""
    if tok is None:
        return []
    if tok.tag_ in ("NNS", "NNPS") and tok.pos_ == "NOUN":
        preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in NAMING_PREPS
                 and (p.lower_ != "as" or p.i > 0 and tok.doc[p.i - 1].lower_ == "such")]
        named = [o for p in preps + _range_ends(preps) for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if named:
            return [t for o in named for t in (o, *(c for c in o.conjuncts if c.i > o.i))]
    return [tok] + [c for c in tok.conjuncts if c.i > tok.i]


def _listed_names(tok: Token | None) -> list[Token]:
    """The further names of a list the parser hung as an apposition: in 'John McCain, Kelly
    Ayotte and Chuck Grassley denounced ...' 'Ayotte' is parsed as McCain's appositive and
    'Grassley' as its conjunct. A proper-noun appositive of a name that has a conjunct of its own
    is a list, each name one more actor (not 'Sanders, the senator': a noun; nor 'Ayotte
    (N.H.)', a name with no conjunct)."""
    if tok is None or tok.pos_ != "PROPN":
        return []
    out = []
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i \
                and any(x.dep_ == "conj" and x.pos_ == "PROPN" for x in c.children):
            out += [c] + [x for x in c.conjuncts if x.i > c.i]
    return out


def _stray_subjects(verb: Token, source: Token | None) -> list[Token]:
    """Names the parser made a second subject of the verb: in 'Several Republican leaders,
    including Sens. John McCain, Kelly Ayotte and Chuck Grassley, have denounced ...' the parse
    may hang 'including Sens.' from 'leaders' and make 'McCain' (with his conjuncts) another
    subject. Each such proper-noun subject and its conjuncts speaks too."""
    if source is None:
        return []
    out = []
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i != source.i and c.pos_ == "PROPN":
            out += _with_conjuncts(c) + _listed_names(c)
    return out


def _subject_of(verb: Token) -> Token | None:
    from .quotes import _subject

    return _subject(verb)


#: words of fighting in a sentence: 'under fire' there is shooting
WAR_WORDS = {"militant", "fighter", "shell", "shelling", "gunman", "gunfire", "rocket", "war", "battle", "bomb", "kill"}
#: modifiers that make an attack physical: 'a chemical attack', 'suicide bombings', 'air strikes'
PHYSICAL = {"chemical", "gas", "mustard", "suicide", "terror", "terrorist", "air", "missile", "bomb", "rocket",
            "drone", "cyber", "knife", "gun", "military", "weapon", "armed", "mortar", "artillery", "nuclear", "deadly",
            "counter", "militant", "insurgent", "ground"}
#: what a 'defending' holder holds: 'defending champion', 'defending titleholder'
TITLE_HOLDERS = {"champion", "champ", "titleholder", "title", "holder", "winner", "olympic", "world"}
#: verbs of receiving a stance: 'won the endorsement of', 'had the support of', 'drew criticism from'
RECEIVING = {"win", "get", "pick", "receive", "earn", "secure", "gain", "land", "have", "enjoy", "draw", "attract",
             "face", "receive", "garner", "collect", "seek", "court"}
#: verbs by which one turns away a stance offered to it: 'refused to disavow the endorsement of
#: Graham', 'failed to reject the support of David Duke' (the endorsement is Graham's, of the subject)
DISOWNING = {"disavow", "refuse", "reject", "repudiate", "renounce", "spurn", "disown", "decline"}
#: what a modal says someone should get or will do, not what is asked of them: 'should get a tenth',
#: 'should have sole rights', '"Sideways should win"', 'should be allowed', 'should know that ...'
NOT_DEMANDED = {"get", "receive", "win", "deserve", "allow", "permit", "know", "brace", "enjoy", "benefit",
                "thank", "expect", "lose"}
#: speech cues that report or rule rather than say: a ruling, a news report of a slogan
NOT_DEMANDING = {"rule", "report", "find", "predict", "forecast"}
#: nouns of an allegation: what hangs from them is alleged, not said to happen
CHARGES = {"charge", "accusation", "allegation", "claim", "suspicion", "indictment", "rumor", "rumour"}
#: nouns of what is wanted, not done: 'the only hope is for X to oppose', 'the goal is to defeat'
GOALS = {"goal", "option", "idea", "answer", "solution", "task", "priority", "job", "challenge", "aim", "hope", "plan"}
#: verbs that make someone do what their complement says, so that it happens: 'prompted
#: Democrats to accuse them' (not 'urged', 'asked': what is urged may never be done)
CAUSING = {"prompt", "lead", "cause", "spur", "drive", "force", "provoke", "trigger"}
#: verbs whose subject causes a stance someone else takes: 'the leak fueled criticism of Clinton',
#: 'the remark sparked accusations': the subject is the cause, not the critic
#: (not 'unleashed attacks', 'renewed his criticism': their subject is the critic); nor is the
#: subject of 'deflected criticism' or 'weathered attacks', who is their target
PROVOKING = CAUSING | {"fuel", "spark", "stoke", "ignite", "reignite", "inflame", "invite", "fan", "deflect", "ignore",
                       "weather", "escape", "dodge"}


def _agent(verb: Token) -> Token | None:
    """The subject of a cue verb, inherited from the clause it hangs from when it has none of its
    own: 'Rubio had become more aggressive in attacking Trump' -> Rubio. A reported clause
    (ccomp) or a relative clause is a boundary: its subject is not the matrix speaker."""
    subj = None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CAUSING:
        # 'prompting Democrats to accuse them': the one caused to act is the head's object
        subj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)
    subj = subj or _ranked_one(verb) or _for_object(verb) or _reported_pair(verb) or _turn_taker(verb) \
        or _subject_of(verb)
    cur = verb
    steps = 0
    while subj is None and steps < 4 and cur.dep_ in ("xcomp", "pcomp", "advcl", "acomp", "prep", "conj", "acl", "pobj", "dobj") \
            and cur.head.i != cur.i:
        cur = cur.head
        steps += 1
        if cur.pos_ in ("VERB", "AUX"):
            subj = _for_object(cur) or _subject_of(cur)
    return subj


#: ranks that pick one of a kind by when or how it acted: 'the first Democrat to endorse Sanders'
RANKS = {"first", "last", "only", "latest", "second", "third", "lone", "sole", "earliest"}


def _ranked_one(verb: Token) -> Token | None:
    """The one a copula names for 'the first (last, only) N to' do the cue: 'Grijalva was the first
    Democrat in Congress to endorse Sanders' -> Grijalva, 'The first member of Congress to endorse
    him was Rep. Collins' -> Collins (never the name inside the rank noun's phrase, 'Congress')."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or not any(c.dep_ == "amod" and c.lower_ in RANKS for c in noun.children) or noun.head.lemma_ != "be":
        return None
    other = "nsubj" if noun.dep_ == "attr" else "attr" if noun.dep_ == "nsubj" else None
    return next((c for c in noun.head.children if c.dep_ == other), None) if other else None


def _turn_taker(verb: Token) -> Token | None:
    """'Obama and Trudeau took turns rebutting Trump': the gerund hangs from 'turns', the object
    of 'take', and is the act of the one who takes turns (not of 'turns', as an 'acl' gerund's
    noun would be: 'forces supporting Assad')."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() == "turn" \
            and head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() == "take":
        return _subject_of(head.head)
    return None


def _reported_pair(verb: Token) -> Token | None:
    """'Clinton said Trump is responsible and accused him of inciting violence': a verb the parse
    joins to a reported clause, with no subject of its own and that clause's subject as its object
    ('him'), is the reporting speaker's second act, not the reported subject's. The speaker."""
    if verb.dep_ != "conj" or verb.head.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ in ("dobj", "obj") and c.lower_ in ("him", "her") for c in verb.children):
        return None
    inner, outer = _subject_of(verb.head), _subject_of(verb.head.head)
    if inner is None or outer is None or inner.pos_ != "PROPN" or outer.pos_ not in ("PROPN", "NOUN"):
        return None
    return outer


def _for_object(verb: Token) -> Token | None:
    """'thanked fans for supporting OutKast', 'blamed Trump for attacking Khan', 'attacked Sanders
    for being too critical of Obama': in a 'for' clause hung from a verb with an object, the
    object is who did it, not the verb's subject."""
    prep = verb.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head  # 'hailed Wiesel for remembering X and for defending Israel'
    if verb.dep_ == "pcomp" and prep.lower_ in ("for", "of") and prep.head.pos_ == "VERB":
        return next((c for c in prep.head.children if c.dep_ in ("dobj", "obj")), None)
    return None  # (and 'accused Sanders of using an attack to go after Clinton': Sanders goes after her)


PREPS = ("of", "against", "toward", "towards", "on", "over")


def _prep_object(tok: Token, preps=PREPS) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


#: third-person pronouns of a person, with the gender each implies
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def person_antecedent(index, tok: Token):
    """'he', 'his', 'her' that the actors' cautious coreference left unlinked: the person actor
    they stand for when the context leaves one choice. Candidates are the person mentions of this
    sentence before the pronoun and of the sentence before, whose known gender (if any) agrees.
    One actor: that one. Several: the subject of the pronoun's own clause is left out when the
    pronoun is not itself a subject ('Pelosi condemned his comments': not Pelosi's), then the
    latest subject of this sentence, then the subject of the previous one; otherwise None
    (unclear stays unlinked)."""
    gender = PERSON_PRONOUNS.get(tok.lower_)
    if gender is None or index is None:
        return None
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    pool = [m for m in index.within(start, tok.idx)
            if m.actor.actor_type == "person" and m.actor.gender in (None, gender)]
    if _unlinked_before(index, tok):
        return None  # an earlier 'he' already unlinked: the chain goes back further than we look
    if len({m.actor.key for m in pool}) > 1 and tok.dep_ not in ("nsubj", "nsubjpass"):
        verb = _clause_verb(tok)
        own = _agent(verb) if verb.pos_ in ("VERB", "AUX") else None
        if own is not None:
            own_m = index.resolve_token(own)
            pool = [m for m in pool if own_m is None or m.actor.key != own_m.actor.key] or pool
    keys = {m.actor.key for m in pool}
    if not keys:
        return _earlier_one(index, tok, gender)
    if len(keys) == 1:
        return pool[-1]
    here = [m for m in pool if m.start >= sent.start_char and _span_dep(tok.doc, m) in ("nsubj", "nsubjpass")]
    if len(keys) > 1 and here:
        return here[-1]  # 'Mr. Schultz said he did not support Mr. Trump': the subject of this sentence
    if len(keys) > 1 and sent.start > 0:
        prev = tok.doc[sent.start - 1].sent
        subj = [m for m in pool if m.start < sent.start_char and _span_dep(tok.doc, m) in ("nsubj", "nsubjpass")]
        if subj and len({m.actor.key for m in subj}) == 1 and subj[-1].start >= prev.start_char:
            return subj[-1]
    return None


#: sentences before the one before a pronoun where :func:`_earlier_one` looks for its person
EARLIER_SENTENCES = 2
#: sentences before a class noun ('the network') where :meth:`_Resolver._class_noun` looks first
CLASS_NOUN_SENTENCES = 3


def _sentence_back(sent: Span, n: int) -> Span:
    """The sentence ``n`` before ``sent``, or the text's first when there are fewer."""
    for _ in range(n):
        if sent.start == 0:
            break
        sent = sent.doc[sent.start - 1].sent
    return sent


def _earlier_one(index, tok: Token, gender: str):
    """'he' or 'she' with no person of its gender in its sentence or the one before: the one
    person of that known gender named in the two sentences before those, when there is exactly
    one, and none of its gender is unnamed there ('Holden toured the plant. "It is a disgrace,"
    Baxter said. "She has failed us."' -> Holden). None when several fit or none does, when a
    name of unknown gender sits in between, or when a person is named only by a common noun
    ('the woman said', 'a voter'), who may be the one meant."""
    near = _sentence_back(tok.sent, 1)
    first = _sentence_back(near, EARLIER_SENTENCES)
    if first.start == near.start:
        return None  # (no sentence before the one before: the first or second of the text)
    near_start = near.start_char
    people = [m for m in index.within(first.start_char, tok.idx) if m.actor.actor_type == "person"]
    if any(m.actor.gender is None for m in people):
        return None  # ('Jordan said': a name whose gender is unknown may be the one meant)
    pool = [m for m in people if m.actor.gender == gender and m.start < near_start]
    if len({m.actor.key for m in pool}) != 1:
        return None
    for t in tok.doc[first.start:tok.i]:
        if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in UNNAMED_PEOPLE \
                and index.covering(t.idx, t.idx + len(t)) is None:
            return None
        if t.lower_ in ("he", "she") and PERSON_PRONOUNS[t.lower_] == gender and index.covering(t.idx, t.idx + len(t)) is None:
            return None  # an earlier pronoun of the gender no one links: the chain is not clear
    return pool[-1]


#: nouns for a person whom the article does not name, who may be the one a later 'he' or 'she' means
UNNAMED_PEOPLE = {"man", "woman", "voter", "resident", "official", "spokesman", "spokeswoman", "mother", "father",
                  "wife", "husband", "son", "daughter", "boy", "girl", "friend", "supporter", "critic", "worker",
                  "student", "teacher", "lawyer", "attorney", "officer", "source", "aide", "adviser", "advisor",
                  "neighbor", "neighbour", "victim", "suspect", "gunman", "witness", "owner", "veteran", "nurse",
                  "doctor", "judge", "candidate", "senator", "governor", "president", "executive", "reporter"}


def _unlinked_before(index, tok: Token) -> bool:
    """An earlier 'he'/'she' of the same gender, subject of its clause in this sentence or the one
    before, that no mention links: whoever it is, a later pronoun may be the same unknown person."""
    gender = PERSON_PRONOUNS.get(tok.lower_)
    sent = tok.sent
    for t in tok.doc[tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start:tok.i]:
        if t.lower_ in ("he", "she") and PERSON_PRONOUNS[t.lower_] == gender and t.dep_ in ("nsubj", "nsubjpass") \
                and index.covering(t.idx, t.idx + len(t)) is None:
            return True
    return False


#: nouns that a country name before them makes a topic, not an owner: 'the Iraq war', 'Syria policy'
TOPIC_NOUNS = {"war", "invasion", "occupation", "conflict", "crisis", "policy", "question", "issue", "debate",
               "deal", "talks", "referendum", "problem", "strategy", "intervention", "mission"}
#: what an actor says or proposes: backing or rejecting it is a stance toward its owner
STANCE_NOUNS = {"view", "views", "stance", "position", "plan", "proposal", "bid", "candidacy", "decision", "idea",
                "call", "claim", "comments", "remarks", "statement", "nomination", "nominee", "pick", "policy",
                "leadership", "approach", "argument", "demand", "request", "appeal", "offer", "initiative"}
#: things an act hits that are not actors taking or receiving a stance ('attacks on Turkish forces')
MATERIAL = {"force", "forces", "troop", "troops", "position", "positions", "target", "targets", "base", "bases",
            "ship", "ships", "plane", "planes", "jet", "jets", "convoy", "border", "territory", "facility",
            "facilities", "combatant", "combatants", "fighter", "fighters", "soldier", "soldiers", "navy", "army",
            "defence", "defense", "title", "record", "line", "wall", "goal", "shot", "header", "raid", "raids",
            "bombing", "airstrike", "airstrikes", "strike", "strikes", "offensive", "operation", "operations",
            "flight", "flights", "vessel", "vessels", "warship", "warships", "aircraft", "patrol", "patrols",
            "drone", "drones", "destroyer", "destroyers", "peacekeeper", "peacekeepers", "garrison", "checkpoint",
            "outpost", "militia", "militias", "militiaman", "militiamen", "battalion", "brigade"}
MATERIAL_ADVERBS = {"militarily", "financially", "physically", "materially", "logistically"}
#: kinds of support that are given, not stated: 'military support', 'spiritual support'
GIVEN_SUPPORT = {"military", "financial", "logistical", "logistic", "material", "spiritual", "air", "naval",
                 "technical", "economic", "armed", "intelligence", "budgetary", "medical", "humanitarian"}


def _given_support(tok: Token) -> bool:
    """A noun of support qualified as what is given ('Russia's military support for Assad',
    'spiritual support from Opus Dei', 'air support'): an act or a service, not a side stated,
    like 'supported militarily'."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ("support", "backing", "help", "assistance") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in GIVEN_SUPPORT for c in tok.children)


#: words of polls: what a poll measures is no one's stated stance
POLL_WORDS = {"poll", "survey", "percent", "%"}
#: words of investment: 'backed by a venture capital firm' is money, not support
MONEY_WORDS = {"invest", "investor", "investment", "venture", "fund", "funding", "stake", "capital", "shareholder",
               "financial", "contribution", "loan", "grant", "donation", "aid", "subsidy", "bailout",
               "valuation", "ipo", "equity", "$", "ltd", "inc", "holdings", "corp", "plc", "startup", "dollar"}
#: verbs whose subject answers a charge rather than makes it: 'rejected the allegation that ...'
ANSWERING = {"reject", "deny", "dismiss", "refute", "rebut", "dispute", "counter", "answer", "respond", "address",
             "investigate", "face", "deflect", "fight", "contest", "challenge", "ignore", "hear", "drop", "withdraw"}
#: relative pronouns: the object of a relative clause is its antecedent
RELATIVE = {"which", "that", "who", "whom"}
#: common nouns that stand for an actor when a name modifies them ('the Afghan government')
ACTOR_NOUNS = {"government", "administration", "regime", "authorities", "leadership", "campaign", "party",
               "president", "ministry", "team", "cabinet", "parliament", "senate", "congress"}


def _actor_itself(tok: Token, resolve) -> bool:
    """The phrase names an actor, not a thing of one: a name, a linked pronoun, or an actor noun
    ('the Afghan government'); not 'Afghan forces', 'her title', 'their identity'."""
    if resolve(tok) is None:
        return False
    return tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in ACTOR_NOUNS


def _topic(tok: Token, resolve) -> bool:
    """A country name as a noun modifier names the topic, not the owner: 'opposed the Iraq
    invasion', 'criticized the Syria policy' (a demonym or possessive owns: 'Russian claims';
    'Russia air strikes' are Russia's)."""
    if _origin(tok):
        return True
    if tok.dep_ not in TOPIC_DEPS or tok.head.lemma_.lower() not in TOPIC_NOUNS:
        return False  # ('the Iran nuclear deal': 'Iran' may be parsed as an nmod)
    m = resolve(tok)
    return m is not None and m.actor.actor_type == "country"


#: how a country name modifies a topic noun ('the Iran nuclear deal' may have 'Iran' as an nmod)
TOPIC_DEPS = ("compound", "nmod")
#: what a demonym tells of a person's origin, not of a state that acts: 'the judge's Mexican heritage'
ORIGIN_NOUNS = {"heritage", "descent", "ancestry", "origin", "origins", "roots", "ethnicity", "background",
                "nationality", "accent", "parentage", "lineage", "birthplace", "citizenship", "surname", "name"}


def _origin(tok: Token) -> bool:
    """A demonym or country name before a noun of origin: 'attacked the judge's Mexican
    heritage', "mocked his Kenyan roots" are about a person's origin, not the country."""
    return tok.dep_ in ("amod", "compound", "nmod") and tok.ent_type_ in ("NORP", "GPE") \
        and tok.head.lemma_.lower() in ORIGIN_NOUNS


def _located_thing(tok: Token, m) -> bool:
    """A country's thing or trade that a demonym or country name before it only locates or names
    (helper-76, issue 14): 'criticised British TV', 'attacked US tabloid magazines', 'criticized U.S.
    law enforcement agencies', 'opposed the Puerto Rico debt bill' are no stance toward the state
    (``lexicons/located_things.txt``, with ``NOT_STATE``). A possessive owns ("Britain's media"),
    and acts and claims are not such things ('the French accusations' stay France's)."""
    if m is None or tok is None or tok.pos_ != "NOUN" or m.actor.actor_type not in ("country", "place") \
            or m.start <= tok.idx < m.end:
        return False
    if tok.lemma_.lower() not in lexicon.located_things() | NOT_STATE | lexicon.geographic_nouns():
        return False
    return any(m.start <= c.idx < m.end and c.dep_ in ("amod", "compound", "nmod")
               for c in tok.children if c.i < tok.i)


def _located_in_name(tok: Token, m) -> bool:
    """A country or place anywhere in the name of a located thing ('the Puerto Rico debt bill',
    where 'Puerto Rico' may hang from 'debt'): see ``_located_thing``."""
    return m.actor.actor_type in ("country", "place") and tok.pos_ == "NOUN" \
        and tok.lemma_.lower() in lexicon.located_things() and not (m.start <= tok.idx < m.end)


def _span_dep(doc: Doc, m) -> str:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root.dep_ if span is not None else ""


class _Resolver:
    """Resolve a noun phrase to the actor mention it stands for (places do not act)."""

    def __init__(self, index, quotes=()):
        self.index = index
        #: (start, end, speaker actor id) of quotes with a speaker: 'I' inside one is the speaker
        self.speakers = [(q["start"], q["end"], q["speaker_id"]) for q in quotes
                         if q.get("speaker_id") and q.get("kind") in ("direct", "partial")]
        self._descriptions = None  # the role words said of each person (:func:`_descriptors`), once

    def __call__(self, tok: Token | None):
        if tok is None or self.index is None:
            return None
        if tok.pos_ == "PRON" and tok.lower_ in ("i", "me"):
            return self._speaker_of(tok)
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in KIN or (tok.tag_ == "NNS" and tok.lemma_.lower() in ENTOURAGE)):
            return None  # 'the Bush family', 'Clay's biographers', 'Sanders's allies': not the person named
        if tok.lemma_.lower() in VOICES:
            # a named author voice: 'the editorial board of The Post' -> The Washington Post
            owner = _prep_object(tok, ("of", "at"))
            if owner is not None:
                return self(owner)
        if tok.lemma_.lower() in AUTHORED and tok.pos_ == "NOUN":
            # what an actor wrote speaks for it: 'a report from the State Department accused ...'
            author = _prep_object(tok, ("by", "from")) or _publisher(tok)
            if author is not None:
                return self(author)
            filer = self._document_author(tok)
            if filer is not None:
                return filer
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
            return self(tok.head)  # 'Sanders, a U.S. senator who attacked her': Sanders, not the US
        spoken_for = self._voice_of_body(tok)
        if spoken_for is not None:
            return spoken_for  # 'a spokesman for the Clinton campaign': Clinton
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "appos":
            described = self._described_person(tok)
            if described is not None:
                return described  # 'the Wisconsin Republican criticized ...': Ryan, named '(R-Wis.)' before
        if tok.pos_ == "NOUN":
            name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if name is not None and self.index.resolve_token(name) is not None:
                return self(name)  # 'blamed his predecessor Goodluck Jonathan': Jonathan
            if name is not None and name.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "TIME"):
                return None  # 'Bronx Borough President, Ruben Diaz Jr.,' unrecognised: a person, not the borough;
                # 'a big Texas newspaper, the Fort Worth Star-Telegram,': that paper, not Texas
            holder = _title_holder(tok)
            if holder is not None:
                return self(holder)  # "Labour's deputy minister for women Jacqui Smith": Smith, not Labour
        if tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            named = next((c for c in tok.children if c.dep_ in ("compound", "amod")
                          and (c.pos_ == "PROPN" or c.text[:1].isupper())), None)  # ('UKIP' tagged a noun)
            m = self.index.resolve_token(named) if named is not None else None
            if m is not None and m.actor.actor_type in ("organization", "country", "group"):
                return m  # 'his GOP opponents': Republicans, not he; 'his comments' stays his
        if tok.pos_ == "NOUN" and lexicon.role_title(tok.lemma_.lower()) and any(
                c.lower_ in FORMER for c in tok.children if c.i < tok.i):
            return None  # "Mexico's former presidents fired back": no longer its voice, and not named
        if tok.pos_ == "NOUN" and _someone_of(tok, self):
            return None  # "Obama's chief of staff criticized", "his candidate ... accusing": another person
        if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in NOBODY for c in tok.children):
            return None  # 'no secretary of state has been more wrong': nobody in particular
        if tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" or (c.dep_ in ("amod", "det", "quantmod")
                                                and c.lower_ in QUANTIFIERS) for c in tok.children):
            return None  # 'many Republicans', '84 Conservative lawmakers': some members, not the party
        if _restricted_plural(tok):
            return None  # 'Republicans who have praised his candidacy': those of them, not the party
        if tok.tag_ == "NN" and tok.lemma_.lower() in MEMBERS | ENTOURAGE and any(
                c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in tok.children):
            return None  # 'a prominent Republican National Committee member who supports Trump': one member
        m = self.index.resolve_token(tok)
        if m is not None and m.actor.actor_type == "group" and _nationals_as_state(tok):
            return self._state_of(lexicon.demonyms()[tok.text], m)  # 'the Saudis warned': Saudi Arabia
        if _one_member(tok, m):
            person = tok.head if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" else None
            return self(person) if person is not None else None  # 'the Kentucky Republican dismissed': one
            # member; 'Paul Ryan, a Republican who has criticized Trump': Ryan, not the party
        if _party_members(tok, m):
            return None  # 'leading Republican candidates lashed out', 'Democrats supporting Mrs. Clinton': some members
        if _person_of(tok, m):
            return None  # "LG Card's creditors threatened", 'the Republican governor said': someone else
        if _seat_of_voice(tok, m):
            return None  # 'the Baghdad spokesman for the coalition': he speaks for the coalition, not Iraq
        if m is not None and tok.ent_type_ == "PERSON" and not (m.start <= tok.idx < m.end) and m.via != "coref" \
                and not any(t.lemma_.lower() in VOICE_TITLES for t in tok.subtree):
            return None  # 'Tory chairman Liam Fox', 'Democratic Senator Ron Wyden' with the name itself
            # unrecognised as an actor: a person the article names, not the party that modifies the name
            # (an ambassador or spokesman still speaks for his country)
        if m is not None and m.actor.actor_type == "country" and _not_the_state(tok, m):
            return None
        if m is not None and tok.pos_ == "NOUN" and not (m.start <= tok.idx < m.end) \
                and any(_topic(c, self) for c in tok.children):
            return None  # 'the Iraq war could be illegal': the war, not Iraq
        if m is None and tok.pos_ == "PRON" and tok.lower_ in PERSON_PRONOUNS:
            m = self.index.covering(tok.idx, tok.idx + len(tok))
            if m is None:
                m = person_antecedent(self.index, tok)
        if m is not None and m.via == "coref" and tok.lower_ in PERSON_PRONOUNS and _unlinked_before(self.index, tok):
            m = None  # '"He, like Trump, refused. He should"': the first 'he' is not Trump, nor the second
        if m is not None and m.actor.actor_type == "person" and tok.lower_ in ("they", "them", "their", "theirs"):
            return None  # 'many Sanders supporters say they won't back Clinton': many, not one person
        if m is None and tok.pos_ == "PRON" and tok.lower_ in THING_PRONOUNS:
            m = self._antecedent(tok)
        if m is None and tok.pos_ == "NOUN":
            m = self._definite(tok) or self._class_noun(tok)
        if m is None:
            return None
        if m.actor.actor_type == "place":
            later = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
            if tok.dep_ == "nsubj":
                later += [c for c in tok.head.children if c.dep_ == "nsubj" and c.i > tok.i]
            for c in later:  # a dateline parsed as the subject: 'New York (AFP) - Joe Biden ... hit'
                if c.dep_ == "appos" and c.pos_ == "NOUN" and c.head.i == tok.i:
                    continue  # 'calls Horgos "a mistake"': the appositive resolves back to this place
                other = self(c)
                if other is not None and other.actor.actor_type == "person":
                    return other  # (the agency in brackets, '(AFP)', is not the one who acts)
            return self._country_of(m)
        return m

    def target(self, tok: Token | None):
        """The actor a criticized phrase stands for. A person named only by a role and an
        organisation or country ('accused the Tory leader', 'his Arsenal counterpart') is that
        person, whom the article does not name here, not the organisation: the criticism of a
        leader is not of the party; nor are a country's people its state ('Britain's top
        sprinters'). (A spokesman or official
        speaks for it, so as a source the same phrase stays the organisation.)"""
        m = self(tok)
        if _located_thing(tok, m):
            return None  # 'criticised British TV': the TV, not the United Kingdom
        if m is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in COUNSEL and not m.start <= tok.idx < m.end:
            return None  # 'criticized his lawyers for': the lawyers (who speak for him, but are not him)
        if m is None or tok.pos_ not in ("NOUN", "PROPN") or m.via == "coref" or not any(
                m.start <= c.idx < m.end for c in tok.children
                if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i):
            return m  # (the phrase's own name or a name in apposition: 'his predecessor Goodluck Jonathan')
        lemma = tok.lemma_.lower()
        if lemma in VOICES and lemma != "board":
            return None  # 'praised Breitbart's editor': the editor, not the paper (as a source he speaks for it)
        if lemma in VOICE_TITLES or lemma in ACTOR_NOUNS:
            return m
        if lexicon.role_title(lemma) or lemma in RELATED_PERSON:
            return None
        if m.actor.actor_type == "country" and _people_tied(lemma):
            return None
        return m

    def _described_person(self, tok: Token):
        """'the Wisconsin Republican', 'the Republican nominee', 'the New Jersey governor': the one
        person named before it whose role phrases or appositives in the article carry every party,
        state and head word of the description (:func:`_description`); None when no one or several
        fit, or the phrase is already linked to a person."""
        desc = _description(tok)
        if desc is None:
            return None
        linked = self.index.resolve_token(tok)
        if linked is not None and linked.actor.actor_type == "person":
            return None
        if self._descriptions is None:
            self._descriptions = _descriptors(self.index)
        before = {m.actor.key for m in self.index.within(0, tok.idx) if m.actor.actor_type == "person"}
        fit = [k for k in before if k in self._descriptions and _fits(desc, *self._descriptions[k])]
        if len(fit) != 1:
            return None
        return self.mention_of(fit[0], tok.idx, tok.idx + len(tok))

    def _document_author(self, tok: Token):
        """The named filer or writer of a document that speaks: its owner ("Curiel's order said",
        'his letter demanded'), or, for 'the lawsuit', 'that petition', the one actor who filed,
        issued or brought it where the article brought it up before ('Nunberg filed a petition
        ... The petition accuses X'; 'Democrats will sue Arizona ... the lawsuit says'). None when
        no one or several did: 'a lawsuit says' names no author."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None:
            m = self(owner)
            return m if m is not None and m.actor.actor_type in ACTOR_TYPES else None
        if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children) \
                or any(c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_)
                       for c in tok.children):
            return None  # ('the Clinton campaign's ad', 'a Human Rights Watch report': named in the phrase)
        family = LAWSUIT if tok.lemma_.lower() in LAWSUIT else {tok.lemma_.lower()}
        doc = tok.doc
        first = doc[max(0, tok.sent.start - 400)].sent.start
        authors = {}
        for t in doc[first:tok.sent.start]:
            if t.lemma_.lower() not in family or t.pos_ not in ("NOUN", "VERB"):
                continue
            if t.pos_ == "VERB":
                who = _subject_of(t) if not _negated(t) else None  # 'Democrats will sue the state'
            else:
                who = _prep_object(t, ("by", "from")) or _publisher(t) \
                    or next((c for c in t.children if c.dep_ == "poss"), None)
            m = self(who) if who is not None else None
            if m is not None and m.actor.actor_type in ACTOR_TYPES and (m.via == "coref" or m.start <= who.idx < m.end):
                authors.setdefault(m.actor.key, m)  # (a name, not a noun it modifies: 'a report by the
                # Commons work and pensions committee' is the committee's, not the House of Commons')
        if len(authors) != 1:
            return None
        return self.mention_of(next(iter(authors)), tok.idx, tok.idx + len(tok))

    def _definite(self, tok: Token):
        """'the foundation', 'the executive': a bare definite noun that is the last word of exactly
        one organisation named earlier in the article ('the Clinton Foundation', 'the Scottish
        Executive') stands for it."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("amod", "compound", "poss", "nummod", "prep") for c in tok.children):
            return None
        word = tok.lower_
        found = {m.actor.key: m for m in self.index.within(0, tok.idx)
                 if m.actor.actor_type == "organization" and m.actor.name.lower().split()[-1:] == [word]
                 and len(m.actor.name.split()) > 1}
        if len(found) != 1:
            return None
        return self.mention_of(next(iter(found)), tok.idx, tok.idx + len(tok))

    def _voice_of_body(self, tok: Token):
        """A spokesman or official 'for' a campaign, government or administration that a name
        modifies speaks for what that phrase stands for: 'a spokesman for the Clinton campaign' ->
        Hillary Clinton (a campaign stands for its candidate), 'an official of the Turkish
        government' -> Turkey. None for any other phrase (a name after 'for' the actors stage reads)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in VOICE_TITLES:
            return None
        body = _prep_object(tok, ("for", "of"))
        if body is None or body.pos_ != "NOUN" or body.lemma_.lower() not in ACTOR_NOUNS:
            return None
        m = self(body)
        return m if m is not None and m.actor.actor_type in ACTOR_TYPES else None

    def _class_noun(self, tok: Token):
        """'the network', 'the company', 'the rights group': a definite common noun for a kind of
        organisation (lexicons/org_class_nouns.csv) stands for the one organisation of that kind
        named in its sentence before it or in the three sentences before ('CNN aired the story
        ... In a statement, the network said'; 'Exxon Mobil wrote to Columbia University ... The
        company accused'), or, when none is named there, the one named anywhere before it. None
        when several fit, or the phrase says which one it is by an owner, a number, a clause or a
        prepositional phrase ('the group of senators', 'the company that makes it', 'his firm')."""
        kind = org_class_nouns().get(tok.lemma_.lower())
        if kind is None or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("poss", "nummod", "prep", "relcl", "acl", "appos") for c in tok.children) \
                or any(c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or c.text[:1].isupper()
                                                           or c.lower_ in CLASS_NOUN_OTHERS) for c in tok.children):
            return None  # ('the Clinton campaign', 'the other company': named, or another one)
        first = _sentence_back(tok.sent, CLASS_NOUN_SENTENCES)
        for start in (first.start_char, 0):
            found = {m.actor.key: m for m in self.index.within(start, tok.idx)
                     if m.actor.actor_type == "organization" and _of_class(m.actor, kind)}
            if found:
                if len(found) != 1:
                    return None
                return self.mention_of(next(iter(found)), tok.idx, tok.idx + len(tok))
        return None

    def _speaker_of(self, tok: Token):
        """'I attack Michael Howard politically', said inside the prime minister's quote."""
        for start, end, speaker_id in self.speakers:
            if start <= tok.idx < end:
                return self.mention_of(speaker_id, tok.idx, tok.idx + len(tok))
        return None

    def mention_of(self, actor_id: str, start: int, end: int):
        """A coreference mention of the actor with this id at ``[start, end)``, or None."""
        from .actors import Mention

        actor = next((a for a in self.index.actors.values() if a.key == actor_id), None)
        if actor is None:
            return None
        return Mention(start, end, doc_text(self.index.doc)[start:end], actor, actor.actor_type, "coref")

    def _country_of(self, m):
        """A capital or a country named as a place stands for its state: 'warned Tehran'."""
        from .actors import Actor, Mention, slug

        iso3 = m.actor.country
        if not iso3 or not (m.actor.name in lexicon.capitals() or m.actor.name in lexicon.countries()):
            return None  # (any other city is a place: a dateline 'New York (AFP) -' is not the US acting)
        name = lexicon.country_names().get(iso3)
        if not name:
            return None
        actor = self.index.actors.get(f"country:{name}")
        if actor is None:
            actor = self.index.actors[f"country:{name}"] = Actor(key=slug(name), name=name, actor_type="country", country=iso3)
        return Mention(m.start, m.end, m.text, actor, "country", m.via, m.sent_id)

    def _state_of(self, iso3: str, m):
        """The country with this ISO code as a mention at ``m``'s place, when the article names
        it ('Saudi Arabia ... the Saudis'); else ``m`` itself."""
        from .actors import Mention

        names = {n.actor.key: n.actor for n in self.index.mentions
                 if n.actor.actor_type == "country" and n.actor.country == iso3}
        if len(names) != 1:
            return m
        return Mention(m.start, m.end, m.text, next(iter(names.values())), "country", m.via, m.sent_id)

    def _antecedent(self, tok: Token):
        """'it', 'they': the latest country, organisation or group in this or the previous
        sentence, preferring one in subject position (the centre of attention); None if unclear."""
        sent = tok.sent
        start = sent.start_char
        if sent.start > 0:
            start = tok.doc[sent.start - 1].sent.start_char
        verb = _clause_verb(tok)
        own = _subject_of(verb) if verb.pos_ in ("VERB", "AUX") and tok.dep_ not in ("nsubj", "nsubjpass") else None
        own_span = (own.left_edge.idx, own.right_edge.idx + len(own.right_edge)) if own is not None else (0, 0)
        cands = [m for m in self.index.within(start, tok.idx)
                 if m.actor.actor_type in ("country", "organization", "group")
                 and not (own_span[0] <= m.start < own_span[1])]  # 'China and Russia opposed its deployment'
        cands = [m for m in cands if not _members_mention(tok.doc, m)]  # ('Democrats supporting Mrs. Clinton')
        if not cands:
            return None

        def subject_of_clause(m):
            span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
            t = span.root if span is not None else None
            while t is not None and t.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
                if t.head.i == t.i:
                    break
                t = t.head
            return t if t is not None and t.dep_ in ("nsubj", "nsubjpass") else None

        def in_subject(m):
            return subject_of_clause(m) is not None

        subjects = [m for m in cands if in_subject(m)]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ == "it":
            main = [m for m in subjects if _main_subject(subject_of_clause(m), tok.doc, m)]
            if main:
                subjects = main  # 'The United States has called for the YPG to stop ... It has also urged
                # Ankara': a subject 'it' goes on with the main clause's subject, not an embedded one
        pool = subjects or cands
        if len({m.actor.key for m in pool}) > 1 and not subjects:
            return None
        if tok.lower_ in ("they", "them", "their", "theirs"):
            first = tok.doc.char_span(start, tok.idx, alignment_mode="expand")
            unnamed = [t for t in (first or ()) if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"
                       and t.pos_ == "NOUN" and t.lemma_.lower() not in VOICE_TITLES | STATE_PLURALS
                       and t.lower_ not in ACTOR_NOUNS and self.index.covering(t.idx, t.idx + len(t)) is None]
            if unnamed and unnamed[-1].idx > pool[-1].start:
                return None  # "Idaho's two Republican senators ... they endorsed": the senators, unnamed
            if _quantified(tok.doc, pool[-1]):
                return None  # 'Some Republicans dislike Trump so much that they endorse Clinton': some, not the party
            if any(u.left_edge.idx <= pool[-1].start < u.right_edge.idx + len(u.right_edge) for u in unnamed):
                return None  # 'Some experts and privacy advocates backing Apple suggest ... They have accused':
                # the unnamed subject, not the name inside its phrase
        if tok.lower_ in ("it", "its") and _thing_after(tok, pool[-1], self.index):
            return None  # 'China contends the system would ... Russia opposes it as well': the system
        return pool[-1]


def _nationals_as_state(tok: Token) -> bool:
    """'the Saudis', 'the Russians' with nothing that picks some of them out: in news the people
    of a country named so act and speak as its state ('The Saudis have warned they could sell U.S.
    assets'). Not a plural with a modifier, a number, a clause or an 'of' ('the young Russians',
    'the two Iranians', 'the Syrians who fled'), nor the object of a quantifier's 'of' ('many of
    the Saudis')."""
    if tok.text not in lexicon.demonyms() or tok.tag_ not in ("NNPS", "NNS") or not tok.text.endswith("s") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ not in ("det", "punct") for c in tok.children if c.i < tok.i) \
            or any(c.dep_ in ("relcl", "acl", "prep", "appos", "nummod") for c in tok.children):
        return False
    return not (tok.dep_ == "pobj" and tok.head.lower_ == "of")


#: modifiers by which a class noun is another organisation than the one named before: 'the other company'
CLASS_NOUN_OTHERS = {"other", "rival", "new", "parent", "former", "same", "competing", "second", "first"}
#: words in the name of a school ('Columbia University', 'Dartmouth College')
SCHOOL_WORDS = {"university", "college", "school"}


@lru_cache(maxsize=None)
def org_class_nouns() -> dict[str, str]:
    """Common nouns for a kind of organisation and that kind: lexicons/org_class_nouns.csv."""
    return {r["noun"]: r["kind"] for r in lexicon.read_table("org_class_nouns.csv")}


def _of_class(actor, kind: str) -> bool:
    """The organisation may be called by a class noun of this kind (org_class_nouns.csv): a
    'network' is a news outlet, a 'university' a school; a 'company' or 'group' is neither, nor a
    party or a public body ('the Justice Department'), and a 'company' no PAC, committee or league."""
    words = actor.name.lower().split()
    if kind == "medium":
        return _medium(actor)
    school = bool(SCHOOL_WORDS & set(words))
    if kind == "school":
        return school
    last = actor.name.split()[-1]
    if school or _medium(actor) or _party(actor) or last in lexicon.body_short_heads():
        return False
    return kind == "group" or last not in lexicon.org_name_heads()


#: nouns of a body or an organisation, which may be the antecedent's own description ('the
#: company', 'the ministry'), so never a rival to it for 'it' (with ACTOR_NOUNS, org_classifiers.txt
#: and body_short_heads.txt)
BODY_NOUNS = {"organization", "organisation", "body", "institution", "watchdog", "regulator", "state", "country",
              "nation", "union", "court", "tribunal", "exchange", "city", "force", "unit", "alliance", "coalition",
              "bloc", "league", "network", "station", "paper", "channel", "corporation", "business", "venture",
              "publication", "outlet", "daily", "weekly", "tabloid", "journal", "site", "service", "agency"}


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """Nouns of a body or an organisation (BODY_NOUNS, ACTOR_NOUNS, org_classifiers.txt, body_short_heads.txt)."""
    return frozenset(ACTOR_NOUNS | BODY_NOUNS | lexicon.org_classifiers()
                     | {w.lower() for w in lexicon.body_short_heads()})


def _thing_after(tok: Token, m, index) -> bool:
    """A thing named after the mention, before 'it', that 'it' may as well stand for: a singular
    common noun with 'the', 'this', 'that' or an owner, unnamed, no person nor body, as the subject
    of a clause or ('it' not a subject) as an object: 'China contends the system would give ...
    Russia opposes it', 'Poland has rejected the proposal and Germany's parties have opposed it',
    'That bank was seized when the United States accused it'. A subject 'it' goes on with a main
    subject only ('Apple said the order was unlawful. It accused ...': Apple); a thing the mention
    owns leaves it standing for its owner ('the Senate version ... Obama promised to veto it')."""
    subject = tok.dep_ in ("nsubj", "nsubjpass")
    bodies = _body_nouns()
    deps = ("nsubj", "nsubjpass") if subject else ("nsubj", "nsubjpass", "dobj")
    start = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
    if start is None:
        return False
    for t in tok.doc[start.end:tok.i]:
        if t.tag_ != "NN" or t.pos_ != "NOUN" or t.dep_ not in deps or t.ent_type_:
            continue
        if not any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in t.children):
            continue
        lemma = t.lemma_.lower()
        if lemma in bodies or lexicon.role_title(lemma) or index.covering(t.idx, t.idx + len(t)) is not None:
            continue
        if any(c.dep_ in ("compound", "poss", "nmod") and (o := index.covering(c.idx, c.idx + len(c))) is not None
               and o.actor.key == m.actor.key for c in t.children):
            continue  # 'the Senate version of the measure ... promised to veto it': the thing is the actor's own
        if subject and not (t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")):
            continue
        return True
    return False


def _main_subject(subj: Token, doc: Doc, m) -> bool:
    """The mention is itself the subject of its sentence's main clause (or of a verb joined to it by
    'and'), not a subject of a clause inside it nor a name inside the subject's relative clause:
    'The United States, which has backed the Kurds against Islamic State, has called for the YPG
    to stop' -> the US."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.i != subj.i:
        return False
    verb = subj.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _quantified(doc: Doc, m) -> bool:
    """The mention heads a plural some members of it make up: 'some Republicans', 'many Democrats'."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and _some_members(span.root)


def _restricted_plural(tok: Token) -> bool:
    """A plural narrowed by a defining relative clause names some members, an unnamed subset:
    'Republicans who have praised his candidacy', 'Democrats that back the bill' (not 'Democrats,
    who control the Senate,': a comma makes the clause a remark about them all)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ == "relcl" and c.i > tok.i and c.left_edge.lower_ in ("who", "that", "whom")
               and tok.doc[c.left_edge.i - 1].text not in (",", "(", "\u2014", "--", "-") for c in tok.children)


def _some_members(head: Token) -> bool:
    """A plural with a quantifier: 'some Republicans', 'many Democrats', 'other rivals'."""
    return head.tag_ in ("NNS", "NNPS") and any(c.dep_ in ("det", "amod", "nummod", "quantmod")
                                               and c.lower_ in QUANTIFIERS for c in head.children)


#: the possessive endings the parser hangs as a 'case' child of the owner
POSSESSIVE_ENDINGS = {"'s", "\u2019s", "'", "\u2019"}


def _curly_possessives(doc: Doc) -> None:
    """Read an owner the parser left a mere modifier ('nmod', 'compound') with its possessive ending
    as 'case' as the owner ('poss') it is: with a curly apostrophe "Trump\u2019s attacks on Curiel" is often
    parsed 'Trump' nmod + '\u2019s' case, where "Trump's attacks" is 'Trump' poss, so the rules that
    take an act's owner for its doer ('not condemning Trump\u2019s attacks': Trump attacks, not the
    one who fails to condemn) read both spellings alike."""
    for tok in doc:
        if tok.dep_ in ("nmod", "compound") and tok.i < tok.head.i and tok.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "case" and c.text in POSSESSIVE_ENDINGS and c.i == tok.right_edge.i
                        for c in tok.children):
            tok.dep_ = "poss"


def extract_stances(doc: Doc, index=None, *, article_id: str = "text", sent_ids=None, quotes=(), layout=None,
                    model: bool = True):
    """Yield one record per directed stance, named like the ``stances`` table's columns.

    The rules come first, each with ``confidence`` = the probability that it is right
    (:mod:`helpers.stance_confidence`); then, with ``model=True``, the pair model of
    :mod:`helpers.stance_model` adds negative edges between actors the rules left unlinked in
    a sentence, with a confidence scaled to the precision its edges had on real news."""
    if sent_ids is None:
        sent_ids = {s.start: i for i, s in enumerate(doc.sents)}
    _curly_possessives(doc)
    resolve = _Resolver(index, quotes)
    table = cues()
    seen: set[tuple] = set()
    body_ok = (lambda off: layout.part_at(off) == "body") if layout is not None else (lambda off: True)
    affiliations = lru_cache(maxsize=1)(lambda: _affiliations(index))  # computed when first asked, once

    def emit(src_m, tgt_m, cue: Token, row, evidence_tok: Token, quote_id=None, cue_text=None):
        if src_m is None or tgt_m is None or src_m.actor.key == tgt_m.actor.key:
            return None
        if _relayed_by_medium(src_m, evidence_tok):
            return None  # '..., the Houston Chronicle reported': the outlet relays the stance, not its own
        if any(m.actor.actor_type == "group" or _sector(m.actor) for m in (src_m, tgt_m)):
            return None  # 'urged Israelis to ...', 'Syrians must decide', 'Catholics support': a people, unnamed
            # (and 'a critic of Wall Street': an industry as a whole)
        sent = evidence_tok.sent
        if (int(row["polarity"]) > 0 or row["kind"] == "demand") and tgt_m.actor.actor_type == "country" \
                and src_m.actor.country and src_m.actor.country == tgt_m.actor.country:
            return None  # 'Obama defended the U.S.' policies': a leader's own country is no stance; nor is
            # 'Clinton suggested the United States should send more forces' a demand against it
        if src_m.actor.actor_type == "person" and tgt_m.actor.actor_type == "organization" \
                and (int(row["polarity"]) > 0 or row["kind"] == "demand" or tgt_m.via == "coref"
                     or not sent.start_char <= tgt_m.start < sent.end_char) \
                and (src_m.actor.key, tgt_m.actor.key) in affiliations():
            return None  # 'Ellison suggested Oracle should build', 'FBI Director Comey ... rebuking them' with
            # 'them' taken for the FBI: a person's own organisation, asked or named for it, is no stance
        if src_m.actor.actor_type != "person" and any(t.lemma_.lower() in POLL_WORDS for t in sent):
            return None  # 'Democrats oppose the ban, according to exit polls': opinion measured, not said
        if int(row["polarity"]) > 0 and any(t.lemma_.lower() in MONEY_WORDS for t in sent):
            return None  # 'backed by Sequoia Capital', 'Temasek has backed Airbnb': money, not a stance
        if cue.lemma_.lower() in PERSONAL_CUES and cue.pos_ == "VERB" and src_m.actor.actor_type != "person":
            return None
        if cue.lemma_.lower() in PERSONAL_CUES and any(c.lower_ in ("another", "other") for c in cue.subtree):
            return None  # 'embraced and kissed one another': a gesture
        key = (src_m.actor.key, tgt_m.actor.key, cue.i)
        if key in seen:
            return None
        seen.add(key)
        sent = evidence_tok.sent
        src_m, tgt_m = _named(src_m, sent, resolve), _named(tgt_m, sent, resolve)
        return {
            "article_id": article_id, "sent_id": sent_ids.get(sent.start, -1),
            "source": src_m.actor.name, "source_id": src_m.actor.key, "source_country": _country(src_m.actor),
            "target": tgt_m.actor.name, "target_id": tgt_m.actor.key, "target_country": _country(tgt_m.actor),
            "kind": row["kind"], "polarity": int(row["polarity"]), "cameo": row["cameo"],
            "cue": cue_text or cue.text, "evidence": sent.text.strip(),
            "start": sent.start_char + len(sent.text) - len(sent.text.lstrip()),
            "end": sent.start_char + len(sent.text.rstrip()),
            "source_start": src_m.start, "source_end": src_m.end,
            "target_start": tgt_m.start, "target_end": tgt_m.end, "quote_id": quote_id,
        }

    out = []
    verbs, trading, agents, nouns = [], [], [], []  # for the passes below, gathered in this one pass over the tokens
    for tok in doc:
        if tok.pos_ == "VERB":
            verbs.append(tok)
        elif tok.pos_ == "NOUN":
            nouns.append(tok)
            if tok.lemma_.lower() in AGENT_NOUNS:
                agents.append(tok)
        if tok.lower_ in ("trading", "exchanging") and tok.dep_ in ("compound", "amod"):
            trading.append(tok)
        if not body_ok(tok.idx):
            continue
        pos = "VERB" if tok.pos_ in ("VERB", "AUX") else tok.pos_
        row = table.get((tok.lemma_.lower(), pos))
        if row is None and tok.lower_ == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
                and _named_subject(tok.head.head):
            row = UNDER_FIRE  # 'Clinton came under fire from Sanders': criticism (not 'troops came under fire')
        if row is None and _heat_taken(tok):
            row = UNDER_FIRE  # 'Rubio is taking heat from Cruz', 'drew fire from Sanders': criticism received
        if row is not None and tok.ent_type_ in ("EVENT", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "LAW"):
            continue  # a cue word inside a name: 'the Challenge Cup', 'the Defend Trade Secrets Act'
        if row is None and pos == "VERB":
            row = _actor_object_cue(tok, resolve)  # 'Cruz is protesting Obama', 'ripped Ted Cruz'
        if row is None or row.get("scope") == "model":
            continue  # (a 'model' cue has other senses: only the pair model weighs it in context)
        if pos == "NOUN" and tok.lemma_.lower() == "opposition" and _opposed_to(tok) is None:
            continue  # 'Labour's opposition to the bill'; not 'air strikes on the opposition' (the rebels)
        if tok.lemma_.lower() == "back" and pos == "VERB" and any(c.dep_ == "xcomp" for c in tok.children):
            continue  # 'backed his team to win': a prediction
        if tok.lemma_.lower() == "defend" and tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_.lower() in TITLE_HOLDERS:
            continue  # 'defending champion Ireland's Paul Brizzel': a title, not a defence
        if row["kind"] == "thank" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            continue  # 'thanked Bharara for his work' is praise; 'thank God that ...' a courtesy
        if row["kind"] == "warn" and any(c.dep_ == "ccomp" for c in tok.children) and not _warns_of_own_act(tok, resolve):
            continue  # 'warned Tony Blair that the war could be illegal': advice, not a stance (but 'warned
            # Clinton that he would make an issue of it' is a threat: the warner's own act)
        if any(c.dep_ == "advmod" and c.lower_ in MATERIAL_ADVERBS for c in tok.children) or _given_support(tok):
            continue  # 'supported militarily', 'military support for Assad': an act, not a stance
        if pos == "VERB" and tok.dep_ in ("amod", "compound") and tok.tag_ in ("VBG", "VBN", "JJ"):
            continue  # a verb form as a modifier names a kind of thing: 'supporting actor', 'ride-hailing firm'
        refuses = int(row["polarity"]) > 0 and _refusing(tok, row)
        refusal = refuses or (int(row["polarity"]) > 0 and _negated(tok) and _refused(tok))
        if not refusal and (_hypothetical(tok, row) or _other_sense(tok)
                            or (row.get("kind") != "threaten" and _in_question(tok))):
            continue  # 'would have to reject', 'declined to endorse', 'if ..., X will attack'; 'backed out of'
        if _negated(tok) or refuses or _withdrawn(tok):
            if int(row["polarity"]) < 0:
                continue  # 'did not criticize', 'retracted his criticism of X': no edge
            row = WITHHELD  # ('is not supporting Trump', 'rescinded his endorsement', 'held off on backing')
        if row["kind"] in ("reject", "threaten") and _contest(tok, resolve):
            continue  # 'is challenging Sen. McCain', 'threaten the GOP's lead': a race, not a stance
        pairs: list[tuple[Token | None, Token | None]] = []
        members: list[Token] = []  # a role-noun object's listed names ('his rivals, Trump and Rubio')
        if pos == "VERB" and _blame_predicate(tok):
            continue  # 'Obama is to blame': the subject is blamed, not blaming (_to_blame)
        if pos == "VERB":
            passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in tok.children) \
                or (tok.dep_ == "acl" and tok.tag_ == "VBN") \
                or (tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux") for c in tok.children))
            # (a bare participle clause is passive: 'they were held for years, accused of links to X')
            if passive:
                target = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if target is None and tok.dep_ == "acl":
                    target = tok.head  # 'forces supported by the coalition'
                if target is None and tok.dep_ in ("conj", "advcl", "pcomp"):
                    # a passive sharing the subject of the clause it joins: 'Wenger accused X and was
                    # reprimanded by the FA' (Wenger), 'the patent was voided after being challenged by Y'
                    target = _subject_of(tok)
                if target is not None and target.lower_ in RELATIVE and tok.dep_ == "relcl":
                    target = tok.head  # 'local forces that are being supported by the US'
                if target is not None and target.lemma_.lower() in MATERIAL:
                    continue
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            else:
                source = _agent(tok)
                target = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
                if target is None:
                    target = _prep_object(tok, ("on", "against", "of", "at"))  # 'lashed out at' ('for' gives a reason)
                if target is None and row["kind"] == "demand":
                    target = _ccomp_subject(tok)  # 'requested that the FBI release the files'
                if target is None and tok.lemma_.lower() in ALLEGING:
                    target = _alleged_subject(tok)  # 'alleged that O'Brien had libeled him'
                if target is None and row["kind"] in ("reject", "oppose") and int(row["polarity"]) < 0:
                    gerund = next((c for c in tok.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"), None)
                    target = _proposed_act(gerund, resolve) if gerund is not None else None  # 'rejected paying'
                if target is not None and target.lower_ in RELATIVE and tok.dep_ == "relcl":
                    target = tok.head  # 'the bailout, which Clinton supported': the bailout, a thing
                target = _done_by(target, resolve) or target  # 'lambasted the Iran deal negotiated by Obama'
                if target is not None:
                    target = _words_by(target) or target  # 'knocked a statement by Clooney'
                if _named_for_place(target, resolve):
                    continue  # 'criticized the Paris agreement': a treaty named for where it was made, not France's
                if target is not None and target.pos_ == "NOUN" and any(_topic(c, resolve) for c in target.children):
                    continue  # 'opposed the Iraq invasion': a country as the topic of a thing, not its owner
                if int(row["polarity"]) > 0 and target is not None and not _actor_itself(target, resolve) \
                        and target.lemma_.lower() not in STANCE_NOUNS:
                    continue  # 'support Afghan forces', 'defend her title', 'embrace their identity': no actor
                    # (but 'backed Gerrard's view' backs Gerrard)
                if target is None and (row["kind"] == "deny" or any(c.dep_ in ("ccomp", "xcomp", "pcomp", "prep", "prt")
                                                                   for c in tok.children)):
                    continue  # 'denied that Russia was surrounded', 'charged over the line': the cue has its own
                    # complement, and it is not an actor
                if row["kind"] == "deny" and target is not None and target.pos_ in ("PROPN", "PRON"):
                    continue  # 'the post denied him', 'denied Duff': refusing someone something, not a denial
                if target is not None and target.lemma_.lower() in MATERIAL:
                    continue  # 'attacks on Turkish security forces': an act on a thing, not a stance
                members = _apposed_members(tok, target) if resolve.target(target) is None else []
                target = _owner(target, resolve)
            if source is not None and source.lemma_.lower() in MATERIAL:
                continue  # 'backed on the ground by Iranian combatants': an act, not a stance
            for s in _with_conjuncts(source) + _listed_names(source) + _stray_subjects(tok, source):
                for t in members or _with_conjuncts(target) + _listed_names(target):
                    pairs.append((s, t))
            src_m, tgt_m = resolve(source), resolve.target(target)
            if (src_m is None or tgt_m is None) and resolve.index is not None:
                # the parse lost a side ('McCain, who ..., endorsed Trump', '27 of the EU's 28
                # governments supported Tusk'): the nearest actors before and after the cue in its
                # sentence stand in for the missing one
                left, right = _nearest(tok, resolve)
                if src_m is None and _lost(source) and not (passive and source is None):
                    # (a passive with no 'by' names no source: 'Labour has been accused of ...')
                    before, after = _nearest(tok, resolve, voices=True)
                    src_m = after if passive else before
                if tgt_m is None and _lost(target):
                    tgt_m = left if passive else right
                rec = emit(src_m, tgt_m, tok, row, tok)
                if rec:
                    out.append(rec)
        elif pos == "NOUN":
            if _none_given(tok):
                continue  # 'recommended no criminal charges against Clinton', 'without criticism of Trump'
            owner = next((c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i
                          and resolve(c) is not None), None)  # (not 'withering attacks')
            if owner is not None and _judge_owns(tok, owner, resolve):
                continue  # 'Ryan said his criticism of the judge was racist': Ryan judges another's act
            source = owner
            if tok.lemma_.lower() == "opposition":
                target = _opposed_to(tok)
            else:  # ('threw her support behind Cruz', 'leveled accusations at Clinton': the verb may hold it)
                positive = int(row["polarity"]) > 0
                target = _prep_object(tok, PREPS + ("behind",)) if positive else _prep_object(tok)
                if target is None and row is WITHHELD:
                    target = _prep_object(tok, ("for",))  # 'withdrew his support for Trump'
                if target is None and tok.dep_ in ("dobj", "obj"):
                    target = _prep_object(tok.head, ("behind", "to") if positive else ("at", "against"))
                if target is None:
                    target = _warned_one(tok, row)  # 'DOJ had issued a threat to Gov. McCrory'
            if source is None:  # 'accusations by Heard', 'the allegations against Depp made by his wife'
                source = _prep_object(tok, ("by",)) or _made_by(tok) or (_made_by(target) if target is not None else None)
            if source is None and target is None and _words_from(tok) and _prep_object(tok, ("from",)) is not None:
                target = _content_subject(tok)  # 'an allegation from his wife, Ivana Trump, that Mr. Trump ...'
            if source is None and target is not None and _words_from(tok):
                source = _prep_object(tok, ("from",))  # 'criticism of Clinton from Ryan'
            if source is None and target is not None:
                source = _wielder(tok)  # 'rallied Republicans with attacks on Clinton'
            fired_by, fired_at = _under_fire(tok) if source is None else (None, None)
            taken = tok.head.lemma_.lower() in RECEIVING or (int(row["polarity"]) > 0 and tok.head.lemma_.lower() in DISOWNING)
            if fired_by is not None:
                source, target = fired_by, fired_at  # 'the RNC has come under withering attack from Trump'
            elif source is None and tok.dep_ in ("dobj", "obj") and (taken or _heat_taken(tok)):
                # 'Clinton picked up the endorsement of the CBC': the one who receives it is the target (and
                # the one who disavows it: 'refused to disavow the endorsement of Graham'; 'took heat from')
                source = _prep_object(tok, ("of", "from")) or _prep_object(tok.head, ("from",))
                target = _subject_of(tok.head)
            elif source is None and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() not in PROVOKING:
                source = _subject_of(tok.head)  # ('leveled accusations', not 'the leak fueled criticism of her')
            elif source is None and target is None and tok.dep_ in ("dobj", "obj"):
                # 'Pfizer's deal sparked criticism from Democrats': the critics named by 'from', the
                # criticism aimed at what (whose act) set it off
                source = _prep_object(tok, ("from",)) or _prep_object(tok.head, ("from",))
                target = _subject_of(tok.head) if source is not None else None
            if target is not None and target.lemma_.lower() in MATERIAL:
                continue  # 'PKK attacks on Turkish security forces': an act on a thing
            if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in PHYSICAL for c in tok.children):
                continue  # 'a chemical weapons attack on Marea', 'suicide attacks': violence, not words
            if target is not None and target.pos_ == "NOUN" and not any(_topic(c, resolve) for c in target.children):
                target = _owner(target, resolve, ("of", "from", "by"))  # 'criticism of the role of Russia'
            if target is None and row["kind"] in ("accuse", "blame", "criticize") \
                    and (owner is not None or tok.head.lemma_.lower() not in ANSWERING):
                target = _clause_subject(tok)  # "Trump's accusation that Obama created ..." (not 'rejected the
                # allegation that Brown was sidelined': whoever rejects it did not make it)
            if target is not None and target.pos_ == "NOUN" and resolve.target(target) is None:
                target = _apposed_name(tok, target) or target  # 'criticism of the judge, Gonzalo Curiel,'
            for s in _with_conjuncts(source):  # 'the UK and the US stepped up their criticism of ...'
                for t in _with_conjuncts(target):
                    pairs.append((s, t))
        elif pos == "ADJ":
            head = tok.head if tok.dep_ in ("acomp", "amod", "attr") else tok
            source = (_for_object(head) or _subject_of(head)) if tok.dep_ == "acomp" else (head if tok.dep_ == "amod" else None)
            target = _prep_object(tok) or _prep_object(head, ("of",))
            for s in _with_conjuncts(source):
                pairs.append((s, target))
        for s, t in pairs:
            rec = emit(resolve(s), resolve.target(t), tok, row, tok)
            if rec:
                out.append(rec)
    out += _reported(doc, resolve, quotes, emit)
    out += _calls_on(verbs, resolve, emit, body_ok)
    out += _removal_demanded(verbs, resolve, emit, body_ok)
    out += _opposed_copula(doc, resolve, emit, body_ok)
    out += _misread_clause(verbs, resolve, emit, body_ok)
    out += _named_as(verbs, resolve, emit, body_ok)
    out += _anti_actor(doc, resolve, emit, body_ok)
    out += _attack_messages(nouns, resolve, emit, body_ok)
    out += _described(verbs, resolve, emit, body_ok)
    out += _likened(verbs, resolve, emit, body_ok)
    out += _echoed(doc, resolve, emit, body_ok)
    out += _traded(verbs, trading, resolve, emit, body_ok)
    out += _phrasal(verbs, resolve, emit, body_ok)
    out += _stated_ahead(verbs, resolve, emit, body_ok)
    out += _agent_nouns(agents, resolve, emit, body_ok)
    out += _answered(doc, resolve, emit, body_ok)
    out += _quoted_judgements(doc, resolve, quotes, emit)
    out += _quoted_faults(doc, resolve, quotes, emit, out)
    out += _narrated_faults(verbs, resolve, emit, body_ok, out)
    out += _toned_words(nouns, resolve, emit, body_ok)
    out += _thought_of(verbs, resolve, emit, body_ok)
    out += _view_nouns(nouns, resolve, emit, body_ok)
    out += _to_blame(doc, verbs, resolve, quotes, emit, body_ok)
    out += _idioms_said(doc, resolve, quotes, emit)
    out += _headline_claims(doc, resolve, quotes, emit)
    out += _whose_thing(verbs, resolve, emit, body_ok)
    out += _aimed_at(doc, resolve, emit, body_ok)
    out = _distinct(out)
    stance_confidence.rate(out, doc, index, quotes)
    if model and index is not None:
        out += _model_edges(doc, index, quotes, out, sent_ids, article_id, body_ok)
    return out


def at_threshold(corpus, threshold: float | None = None):
    """Keep the stance edges whose ``confidence`` reaches ``threshold`` (in place; returns the
    corpus). ``confidence`` is the probability that the edge is right
    (:mod:`helpers.stance_confidence`); ``None`` is its documented default
    (:func:`helpers.stance_confidence.default_threshold`). Every rule edge, and pair-model edges
    down to ``stance_model.STORE_FLOOR``, are in the cache, so another threshold needs no
    re-analysis: ``helpers.analyze(folder, stance_threshold=0.8)`` for fewer, surer edges,
    ``stance_threshold=0`` for every edge."""
    if threshold is None:
        threshold = stance_confidence.default_threshold()
    st = corpus.stances
    if "confidence" in st.columns and len(st):
        corpus.stances = st[[kept(c, threshold) for c in st["confidence"]]].reset_index(drop=True)
    return corpus


def kept(confidence, threshold: float) -> bool:
    """Whether an edge of this ``confidence`` stays at ``threshold`` (an edge without one, from
    a table made before the column existed, always does)."""
    return confidence is None or confidence != confidence or confidence >= threshold


def _calls_on(verbs: list[Token], resolve, emit, body_ok) -> list[dict]:
    """'X called on Y to ...' is a demand of Y ('called on the FBI to release the files'); 'call'
    alone has too many other senses to be a cue word. So is 'X asked / pressed Y to <act>' (a
    named object and a to-infinitive: not 'asked about', 'asked whether')."""
    out = []
    for tok in verbs:
        lemma = tok.lemma_.lower()
        if (lemma != "call" and lemma not in ASKING_VERBS) or tok.pos_ != "VERB" or not body_ok(tok.idx) \
                or _negated(tok) or _hypothetical(tok, DEMAND):
            continue
        if lemma in ASKING_VERBS:  # 'asked Comey to resign', 'pressed Iran to halt': asking a named actor to act
            # a name or a linked 'him'/'her' asked, by a subject of the verb's own (not 'asking them to',
            # 'exhorting them to', whose asker the parse leaves to guesswork)
            target = next((c for c in tok.children if c.dep_ in ("dobj", "obj")
                           and (c.pos_ == "PROPN" or c.lower_ in ("him", "her") or _name_as_noun(c)
                                or (c.lemma_.lower() in ACTOR_NOUNS and _named_modifier(c)))), None)
            # ('pushing the Obama administration to release': an actor noun a name owns)
            act = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if act is None and target is not None:  # 'pressed Trump to release the tapes' read as a purpose
                # clause: the infinitive's 'to' right after the object asked
                act = next((c for c in tok.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                            and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == target.right_edge.i + 1
                                    for a in c.children)), None)  # (after the last conjunct: 'China and India to')
            if lemma in TELLING and target is not None and (target.pos_ != "PROPN" or act is None or not any(
                    a.lemma_.lower() in ceasing_acts() for a in _with_conjuncts(act))):
                continue  # 'told her to use her own email', 'told Sarkar to maintain good relationships': advice
                # (but 'told England to stop whingeing', 'told Christie to get on a plane and go home')
            if target is None and lemma not in TELLING:  # 'asked that the FBI release the files'
                target, act = _asked_that(tok)
            if lemma in PUSHING and target is not None and (resolve(target) is None
                                                            or resolve(target).actor.actor_type == "organization"):
                continue  # 'pushed HP to enlist advisers': an insider's management, not a demand
            if target is not None and act is not None and resolve(target) is not None \
                    and (any(c.dep_ == "nsubj" for c in tok.children) or _named_raiser(tok)):
                out += _demanded(tok, target, resolve, emit, f"{tok.text} … to {act.text}" if act.i > target.i
                                 and act.tag_ == "VB" and act.dep_ != "ccomp" else f"{tok.text} that … {act.text}")
            continue
        # 'on' right after the verb ('called on Dean to', even after 'X on Wednesday called on ...'); not
        # 'Upon Francis's arrival, Tsipras called the visit historic'
        target = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == tok.i + 1
                       for o in c.children if o.dep_ == "pobj"), None)
        if target is None:
            target = _called_for(tok)  # 'called for Clinton to be jailed': a demand of (against) Clinton
        elif not any(c.dep_ in ("xcomp", "advcl", "ccomp") for c in [*tok.children, *target.children]):
            continue
        if target is None:
            continue
        out += _demanded(tok, target, resolve, emit, f"{tok.text} on")
    return out


#: asking verbs that also give advice or orders in passing: only a name told to stop, leave or take
#: back counts ('told Christie to go home'; lexicons/ceasing_acts.txt)
TELLING = {"tell"}


@lru_cache(maxsize=None)
def ceasing_acts() -> frozenset[str]:
    """Acts of stopping, leaving or taking back: lexicons/ceasing_acts.txt."""
    return frozenset(lexicon.read_list("ceasing_acts.txt"))


#: verbs that demand what their object names: 'demanded the resignation of', 'urged Comey's firing'; and
#: verbs that do so with 'for': 'called for the impeachment of', 'pressed for an investigation of'
DEMANDING_VERBS = {"demand", "urge", "request", "seek"}  # ('seeks the ouster of the chairman, Smith')
DEMANDING_FOR = {"call", "press", "push", "ask", "clamor", "clamour", "petition", "appeal", "campaign", "lobby"}


@lru_cache(maxsize=None)
def removal_nouns() -> frozenset[str]:
    """Nouns of removing or punishing an actor: lexicons/removal_nouns.txt."""
    return frozenset(lexicon.read_list("removal_nouns.txt"))


def _removed_one(noun: Token, resolve) -> Token | None:
    """Whom a removal noun removes: 'the impeachment of Lynch', "Comey's resignation", 'an Apple
    boycott', 'an investigation into / of Clinton's emails' (the owner of the thing investigated). None when
    it names no actor ('the removal of the statue', 'an investigation of the shooting')."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and resolve(owner) is not None:
        return owner
    obj = _prep_object(noun, ("of", "into"))
    named = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i), None)
    if obj is None and named is not None and noun.lemma_.lower() not in INQUIRIES and resolve.target(named) is not None:
        return named  # 'an Apple boycott', 'the Clinton impeachment' (but 'an FBI investigation' is the FBI's own)
    if obj is None or resolve.target(obj) is None and obj.pos_ != "NOUN":
        return None
    if obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in ACTOR_NOUNS or lexicon.role_title(obj.lemma_.lower()):
        return obj if resolve.target(obj) is not None else None  # 'of Lynch', 'of the FBI director, Comey'
    if noun.lemma_.lower() in INQUIRIES:  # 'an investigation into Clinton's emails' -> Clinton
        return next((c for c in obj.children if c.dep_ == "poss" and resolve(c) is not None), None)
    return None  # 'the removal of the Confederate statue', "the arrest of Assad's soldiers": a thing, other people


#: removal nouns that look into what an actor did: an inquiry into its things is aimed at it
INQUIRIES = {"investigation", "probe"}


def _removal_demanded(verbs: list[Token], resolve, emit, body_ok) -> list[dict]:
    """A demand that a named actor be removed or punished, said with a noun: 'Ward called for the
    impeachment of Attorney General Loretta Lynch', "Trump demanded Comey's resignation", 'urged
    the firing of FBI Director Comey', 'pressed for an investigation of Clinton' -> a demand of
    (against) that actor. Not 'called for the removal of the statue' (no actor), nor a negated or
    hypothetical demand ('did not call for his resignation', 'would demand ...')."""
    out = []
    for tok in verbs:
        lemma = tok.lemma_.lower()
        if lemma in DEMANDING_VERBS:
            nouns = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        elif lemma in DEMANDING_FOR:
            nouns = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                     for o in c.children if o.dep_ == "pobj"]
        else:
            continue
        nouns = [n for c in nouns for n in _with_conjuncts(c) if n.lemma_.lower() in removal_nouns()]
        if not nouns or not body_ok(tok.idx) or _negated(tok) or _hypothetical(tok, DEMAND) or _in_question(tok):
            continue
        agent = _agent(tok) if tok.dep_ != "acl" else tok.head if tok.head.pos_ == "PROPN" else None
        # ('a petition at Change.org urging the removal of': the petition asks, not the site)
        if agent is None and tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "attr":
            agent = _subject_of(tok.head.head)  # 'Comstock is the first lawmaker to call for ...'
        if agent is None or agent.tag_ == "NNS" and agent.lower_ not in ACTOR_NOUNS:
            continue  # 'U.S. lawmakers called for', 'a petition urging': unnamed people, or no one who speaks
        for noun in nouns:
            target = _removed_one(noun, resolve)
            for s in _with_conjuncts(agent):
                for t in _with_conjuncts(target):
                    rec = emit(resolve(s), resolve.target(t), tok, DEMAND, tok, cue_text=f"{tok.text} … {noun.text}")
                    if rec:
                        out.append(rec)
    return out


OPPOSED = {"kind": "oppose", "polarity": -1, "cameo": "110"}


def _opposed_copula(doc: Doc, resolve, emit, body_ok) -> list[dict]:
    """'X is / was (adamantly) opposed to Y', with Y a named actor or its thing ("opposed to
    Trump's candidacy" -> Trump): X opposes Y. The parser reads 'opposed' as an adjective, a
    complement participle or a passive, none of which the verb cue 'oppose' covers. Not 'is not
    opposed to', 'would be opposed to', nor 'opposed to the war' (no actor)."""
    out = []
    for tok in doc:
        if tok.lower_ != "opposed" or tok.tag_ not in ("JJ", "VBN") or not body_ok(tok.idx):
            continue
        if tok.dep_ == "acomp" and tok.head.pos_ == "AUX":
            cop, subj = tok.head, _subject_of(tok.head)
        elif any(c.dep_ == "auxpass" for c in tok.children):
            cop, subj = tok, next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        else:
            continue
        target = _owner(_prep_object(tok, ("to",)), resolve)
        if subj is None or target is None or any(_negated(t) or _hypothetical(t, OPPOSED) or _in_question(t)
                                                  for t in {tok, cop}):
            continue
        for t in _with_conjuncts(target):
            rec = emit(resolve(subj), resolve.target(t), tok, OPPOSED, tok, cue_text="opposed to")
            if rec:
                out.append(rec)
    return out


def _distinct(records: list[dict]) -> list[dict]:
    """One record per stance: the same source, target, kind and cue in one sentence reached by
    two paths ('he continued to complain that Mr. Khan had been unfair', read as two reported
    clauses, one per verb) is one stance, kept as first found."""
    seen, out = set(), []
    for r in records:
        key = (r["sent_id"], r["source_id"], r["target_id"], r["kind"], r["cue"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _name_as_noun(tok: Token) -> bool:
    """A capitalised name the tagger took for a common noun ('implore Sanders to', with 'Sanders'
    read as the plural of 'sander'): a word inside a PERSON or ORG entity, not sentence-initial."""
    return tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.i > tok.sent.start and tok.ent_type_ in ("PERSON", "ORG")


def _named_raiser(verb: Token) -> bool:
    """An asking verb under 'seem', 'appear', 'try' ... whose own subject is a name: 'Clinton
    seemed to implore Sanders to', 'Obama tried to press Congress to' (not 'they tried to')."""
    subj = _subject_of(verb.head) if verb.dep_ == "xcomp" else None
    return verb.head.lemma_.lower() in RAISING and subj is not None and subj.pos_ == "PROPN"


#: verbs whose xcomp's doer is their subject and that leave the act said: 'seemed to implore'
RAISING = {"seem", "appear", "try", "continue", "go", "begin", "start", "move"}


def _misread_clause(verbs: list[Token], resolve, emit, body_ok) -> list[dict]:
    """'In March, Trump blasted Disney for ...': the parser may read a name, a past-tense cue verb
    and a name as one noun phrase ('Trump' a compound and 'blasted' a modifier of 'Disney'). A
    negative cue verb (VBD/VBN) modifying the name right after it, with a name right before it
    in the same phrase, is that clause: the first name criticizes the second."""
    out = []
    table = cues()
    for tok in verbs:
        row = table.get((tok.lemma_.lower(), "VERB"))
        if row is None or row.get("scope") == "model" or int(row["polarity"]) > 0 or not body_ok(tok.idx) \
                or tok.dep_ not in ("amod", "compound") or tok.tag_ not in ("VBD", "VBN") or tok.i == 0:
            continue
        before, head = tok.doc[tok.i - 1], tok.head
        if head.i != tok.i + 1 or head.pos_ != "PROPN" or before.pos_ != "PROPN" or before.head.i != head.i \
                or before.dep_ != "compound" or before.ent_iob_ == "I" and head.ent_iob_ == "I":
            continue  # (not one name of several words: 'the Blasted Heath Inn')
        rec = emit(resolve(before), resolve.target(head), tok, row, tok)
        if rec:
            out.append(rec)
    return out


#: verbs of asking whose object is asked to act: 'asked Comey to resign' ('ask' alone is a question)
ASKING_VERBS = {"ask", "press", "pressure", "implore", "beg", "exhort", "petition",
                # telling a named actor to stop or leave is asking it too: 'told Christie to go home'
                "tell",
                # pushing a government or a person to act: 'pushed China and India to control emissions'
                # ('pushed HP to enlist advisers' is as often an insider's management: not a company)
                "push"}
PUSHING = {"push"}


def _asked_that(verb: Token) -> tuple[Token | None, Token | None]:
    """The named actor and its act in a mandative 'that' clause: 'asked that the FBI release the
    files', 'pressed that Smith be removed' -> (FBI, release). The clause's verb is a bare form
    (the subjunctive) or takes 'should'; not 'asked whether', nor 'asked that question' or a
    reported fact ('asked, noting that the FBI released ...')."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i or not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            continue
        subjunctive = c.tag_ == "VB" and not any(a.dep_ == "aux" and a.lower_ != "should" for a in c.children)
        if not subjunctive:
            continue  # ('asked that the FBI not release it' is a demand as well)
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.pos_ == "PROPN" or _name_as_noun(subj)):
            return subj, c
    return None, None


def _demanded(tok: Token, target: Token, resolve, emit, cue_text: str) -> list[dict]:
    """The demand edges of a verb that asks ``target`` to act, from its subject (each conjunct)."""
    out = []
    agent = _agent(tok)
    sources = [resolve(s) for s in _with_conjuncts(agent)]  # 'Obama and Xi have called on Britain to ...'
    if not any(sources) and _lost(agent) and resolve.index is not None:
        sources = [_nearest(tok, resolve, voices=True)[0]]  # the parse lost the subject: the nearest actor before
    for src_m in sources:
        for t in _with_conjuncts(target):
            rec = emit(src_m, resolve.target(t), tok, DEMAND, tok, cue_text=cue_text)
            if rec:
                out.append(rec)
    return out


def _stranded_complement(target: Token, words: dict) -> Token | None:
    """The complement adjective the parser hung inside the object phrase: in "called Trump's
    attack on Khizr Khan unfair" it reads "Khan unfair" as one noun phrase, so 'unfair' is the
    last word of the object's subtree. A negative adjective (tag JJ) that ends the object phrase
    and the clause (punctuation, 'and' or 'but' next) is taken as the complement."""
    last = max(target.subtree, key=lambda t: t.i)
    if last.i == target.i or words.get(last.lower_, 0) >= 0 or not (last.tag_ == "JJ" or _quoted_word(last)):
        return None  # (a quoted word may be tagged a noun: 'called Baxter's remarks on Monday "vulgar"')
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return last if after is None or after.is_punct or after.lower_ in ("and", "but") else None


def _next_to(verb: Token, word: Token) -> bool:
    """``word`` follows ``verb`` with at most a time or an adverb between: 'called for', 'called
    again for', 'called Wednesday for', 'called on Tuesday for' (not 'called the visit historic
    for ...')."""
    between = verb.doc[verb.i + 1:word.i]
    return word.i > verb.i and all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADV"
                                   or (t.lower_ == "on" and t.nbor().ent_type_ == "DATE") for t in between)


#: quotation marks, straight and curly
QUOTE_MARKS = {'"', "“", "”", "''", "``"}


def _quoted_word(word: Token) -> bool:
    """A word standing alone between quotation marks: 'called the remarks "vulgar."'."""
    doc = word.doc
    return word.i > 0 and doc[word.i - 1].text in QUOTE_MARKS and (
        word.i + 1 >= len(doc) or doc[word.i + 1].text in QUOTE_MARKS
        or (doc[word.i + 1].is_punct and word.i + 2 < len(doc) and doc[word.i + 2].text in QUOTE_MARKS))


def _merged_object(comps: list[Token], words: dict) -> Token | None:
    """The object the parser read as the complement together with the word judging it: in
    'called Trump's statements on Sunday "childish"' it takes 'Trump's statements on Sunday
    childish' as one complement noun phrase. A complement noun, owned by a name or a pronoun,
    whose phrase ends in a quoted negative word or a negative adjective, stands for the object."""
    for comp in comps:
        if comp.pos_ != "NOUN" or comp.dep_ != "oprd" or not any(c.dep_ == "poss" for c in comp.children):
            continue
        if _stranded_complement(comp, words) is not None:
            return comp
    return None


def _name_before_complement(verb: Token) -> tuple[Token, list[Token]] | None:
    """The object name and the complement of a naming verb the parser misread, for a one-word name
    before 'a' + noun: it hangs the name from the complement noun ('called [Trump a "psychopath"]':
    'Trump' an 'nmod' or 'compound' of 'psychopath', the noun 'oprd' or 'dobj'), or swaps the two
    ('called Trump/oprd a phony/dobj'). Not a name inside the complement phrase ('called it the
    Trump effect': no 'a' between) nor a name complement after a noun object ('named the
    dog Rex')."""
    for comp in verb.children:
        if comp.pos_ != "NOUN" or comp.dep_ not in ("oprd", "dobj"):
            continue
        for c in comp.children:
            if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < comp.i and any(
                    t.dep_ == "det" and t.head.i == comp.i and t.lower_ in ("a", "an") for t in comp.doc[c.i + 1:comp.i]):
                return c, [comp]
    name = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
    obj = next((c for h in (verb, name) if h is not None for c in h.children if c.dep_ == "dobj" and c.pos_ == "NOUN"),
               None)  # (the noun hung from the verb or from the name)
    if name is not None and obj is not None and verb.i < name.i < obj.i \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
        return name, [obj]
    return None


def _called_for(tok: Token) -> Token | None:
    """The subject of the clause in 'X called for Y to resign / to be jailed': a clause with 'for'
    as its marker (or 'for' with the clause as its object) right after the verb, or after a time
    or an adverb ('called Wednesday for Ginsburg to resign', 'called again for Obama to resign')."""
    for c in tok.children:
        clause = None
        if c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for" and _next_to(tok, m)
                                                         for m in c.children):
            clause = c
        elif c.dep_ == "prep" and c.lower_ == "for" and _next_to(tok, c):
            clause = next((o for o in c.children if o.dep_ in ("pcomp", "pobj") and o.pos_ in ("VERB", "AUX")), None)
        if clause is not None and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            return next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _traded(verbs: list[Token], trading: list[Token], resolve, emit, body_ok) -> list[dict]:
    """Mutual criticism: 'X traded insults with Y', 'X exchanged accusations with Y' (any negative
    cue noun of stance_cues.csv, model-only ones included) is X -> Y and Y -> X."""
    from .stance_model import all_cues

    out = []
    # the parser sometimes reads 'trading' as a modifier of the noun: 'after trading insults with Hannity'
    misread = [(t.head, t.head) for t in trading if t.head.pos_ == "NOUN"]
    for tok, obj in [(t, None) for t in verbs] + misread:
        if obj is None and (tok.lemma_.lower() not in MUTUAL or tok.pos_ != "VERB"):
            continue
        if not body_ok(tok.idx) or _negated(tok):
            continue
        if obj is None:
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
            agent = _agent(tok)
        else:
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            agent = _agent(verb) if verb is not None else None
        row = all_cues().get((obj.lemma_.lower(), "NOUN")) if obj is not None else None
        other = _prep_object(tok, ("with",)) or (_prep_object(obj, ("with",)) if obj is not None else None)
        if row is None or int(row["polarity"]) > 0 or other is None or _hypothetical(tok, row):
            continue
        a, b = resolve(agent), resolve(other)
        for s, t in ((a, b), (b, a)):
            rec = emit(s, t, tok, row, tok, cue_text=f"{tok.text} {obj.text}" if tok.i != obj.i
                       else f"{tok.doc[tok.i - 1].text} {tok.text}")
            if rec:
                out.append(rec)
    return out


@lru_cache(maxsize=None)
def phrases() -> dict[str, list[dict]]:
    """verb lemma -> its multi-word cues (``lexicons/stance_phrases.csv``)."""
    out: dict[str, list[dict]] = {}
    for row in lexicon.read_table("stance_phrases.csv"):
        out.setdefault(row["verb"], []).append(row)
    return out


def _phrase_target(tok: Token, row) -> Token | None:
    """The target of a multi-word cue at verb ``tok``, or None when the phrase is not there:
    'took aim at X' (object noun 'aim', 'at' on the verb or the noun), 'hit back at X' (particle
    'back'), 'took X to task' (the verb's object, with 'to task'), 'called out X' (a particle and a
    named object, no noun or preposition in the row)."""
    if row["particle"] and not any(c.lower_ == row["particle"] and c.dep_ in ("prt", "advmod") for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if row["particle"] and not row["noun"] and not row["prep"]:
        return obj if obj is not None and obj.pos_ in ("PROPN", "PRON") else None  # 'called out Trump' (not
        # 'called out the numbers'; 'took on' is left out: 'Arsenal took on Chelsea', 'Apple takes on Samsung')
    if row["noun"] == "task":
        return obj if any(p.lower_ == "to" and any(o.lemma_.lower() == "task" for o in p.children)
                          for p in tok.children if p.dep_ == "prep") else None
    if row["noun"] == "*":
        return _object_over(tok, obj, row["prep"].split("|"))
    holders = [tok]
    if row["noun"]:
        if obj is None or obj.lemma_.lower() not in row["noun"].split("|"):
            return None
        if not row["prep"]:
            return obj  # 'questioned Clinton's judgment': the owner of the thing questioned
        holders.append(obj)
    holders += [c for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ == row["particle"]]
    for holder in holders:  # ('pushed back against X': 'against' hangs from 'back'; 'piled on X': 'on' a particle)
        for p in holder.children:
            if p.dep_ in ("prep", "prt") and p.lower_ == row["prep"]:
                found = next((o for o in p.children if o.dep_ == "pobj"), None)
                if found is not None:
                    return found
    return None


#: what a literal blow lands on or lasts for: 'hit him over the head', 'hit Smith for six'
BLOW_WORDS = {"head", "face", "back", "body", "arm", "leg", "shoulder", "neck", "chest", "eye", "nose", "mouth",
              "jaw", "hand", "knee", "six", "four", "home", "run", "homer", "double", "single", "triple"}


def _object_over(verb: Token, obj: Token | None, preps: list[str]) -> Token | None:
    """The object of a blow verb said as criticism, which needs its ground in a preposition:
    'Trump hit Clinton over her husband's trade policies', 'Sanders hit Clinton for her Wall
    Street speeches', 'hit Trump for using eminent domain', 'hit her on her Iraq vote'. Not a literal blow ('hit him over the head'), a time ('for three days'), or
    a verb with no such preposition ('hit the market', 'was hit hard by the storm')."""
    if obj is None or obj.pos_ not in ("PROPN", "PRON"):
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in preps:
            ground = next((o for o in p.children if o.dep_ in ("pobj", "pcomp")), None)  # ('for taking money')
            if ground is not None and ground.lemma_.lower() not in BLOW_WORDS and ground.ent_type_ not in (
                    "DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"):
                return obj
    return None


#: words of a market: firms that 'take aim at' or 'go after' each other there compete
MARKET_WORDS = {"market", "customer", "client", "product", "price", "sale", "phone", "device", "launch", "competitor",
                "competition", "subscriber", "user", "advertiser", "brand", "model", "offering", "revenue", "profit",
                "service", "app", "consumer", "retailer", "store", "cheap", "cheaper", "discount"}


#: phrase nouns with a literal sense of fighting: 'turned their guns on', 'concentrated their fire on'
WEAPON_WORDS = {"fire", "gun", "guns", "tooth", "teeth"}


def _said_as_easy(verb: Token) -> bool:
    """An infinitive judged hard or easy, with no doer of its own: "it is hard to disagree with
    him", 'it was easy to hit Clinton over her emails' - no one is said to do it."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    return head.pos_ == "ADJ" or (any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children)
                                  and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children))


def _phrasal(verbs: list[Token], resolve, emit, body_ok) -> list[dict]:
    """Multi-word cues: 'took aim at Clinton', 'hit back at Trump', 'tore into Cruz', 'took Bush
    to task', 'sparred with Kelly' (both ways). Not negated, modal or withheld; not in a sports
    report ('went after the ball' has no actor anyway)."""
    out = []
    table = phrases()
    for tok in verbs:
        rows = table.get(tok.lemma_.lower())
        if not rows or not body_ok(tok.idx) or _negated(tok) or _sport_article(tok.doc) or _said_as_easy(tok):
            continue
        for row in rows:
            target = _phrase_target(tok, row)
            if target is None or _hypothetical(tok, row) or _in_question(tok):
                continue
            if set(row["noun"].split("|")) & WEAPON_WORDS and _has_sense(tok.sent, "violence"):
                continue  # 'troops concentrated their fire on the rebels', 'the dog sank its teeth into him'
            target = _owner(target, resolve, ("by",))  # ('took aim at Trump's plan': Trump; 'from' is a place)
            b = resolve.target(target)
            market = any(t.lemma_.lower() in MARKET_WORDS | MONEY_WORDS for t in tok.sent)
            noun = next((c.text for c in tok.children if c.dep_ in ("dobj", "obj")), "") if row["noun"] not in ("", "*") else ""
            prep = next((c.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in row["prep"].split("|")),
                        row["prep"]) if row["noun"] == "*" else row["prep"]  # ('hit her on': the one said)
            cue_text = " ".join(w for w in (tok.text, row["particle"], noun, prep) if w)
            for a in map(resolve, _with_conjuncts(_agent(tok))):  # ('politicians, including Ellison, fired back')
                if a is not None and b is not None and market and "person" not in (a.actor.actor_type, b.actor.actor_type):
                    continue  # 'Apple took aim at Samsung with its new phone': competing in a market, not words
                for s, t in ((a, b), (b, a)) if row["mutual"] == "yes" else ((a, b),):
                    rec = emit(s, t, tok, row, tok, cue_text=cue_text)
                    if rec:
                        out.append(rec)
            break
    return out


#: hostile acts that, threatened or vowed, are a stated stance toward their object ('threatened
#: to sue the Times', 'vowed to block Obama's nominee'); done, they are acts, not words
THREATENED_ACTS = {"sue", "block", "impeach", "fire", "expel", "investigate", "prosecute", "jail", "arrest", "punish",
                   "sanction", "boycott", "veto", "subpoena", "deport", "ban", "oust", "remove", "retaliate", "filibuster"}
#: verbs that state such an act ahead: threaten gives a threat, vowing or pledging opposition
STATING_AHEAD = {"threaten": {"kind": "threaten", "polarity": -1, "cameo": "130"},
                 "vow": {"kind": "oppose", "polarity": -1, "cameo": "110"},
                 "pledge": {"kind": "oppose", "polarity": -1, "cameo": "110"},
                 "promise": {"kind": "oppose", "polarity": -1, "cameo": "110"},
                 "swear": {"kind": "oppose", "polarity": -1, "cameo": "110"}}


def _stated_ahead(verbs: list[Token], resolve, emit, body_ok) -> list[dict]:
    """A hostile act threatened or vowed against a named actor: 'Trump threatened to sue the New
    York Times' (a threat), 'McConnell vowed to block Obama's nominee' (opposition). The act itself,
    done, is no verbal stance; announcing it is."""
    out = []
    for tok in verbs:
        row = STATING_AHEAD.get(tok.lemma_.lower())
        if row is None or not body_ok(tok.idx) or _negated(tok) or _hypothetical(tok, row) or _in_question(tok):
            continue
        for act in tok.children:
            if act.dep_ != "xcomp" or act.lemma_.lower() not in THREATENED_ACTS or _negated(act):
                continue
            target = next((c for c in act.children if c.dep_ in ("dobj", "obj")), None) \
                or (_prep_object(act, ("against", "on")) if act.lemma_.lower() == "retaliate" else None)
            if target is None:
                continue
            rec = emit(resolve(_agent(tok)), resolve.target(_owner(target, resolve)), tok, row, tok,
                       cue_text=f"{tok.text} to {act.text}")
            if rec:
                out.append(rec)
    return out


#: nouns that name someone by the stance they take: 'Sanders, a longtime critic of Clinton',
#: 'Cotton is one of Trump's staunchest supporters'
AGENT_NOUNS = {"critic": {"kind": "criticize", "polarity": -1, "cameo": "111"},
               "detractor": {"kind": "criticize", "polarity": -1, "cameo": "111"},
               "supporter": {"kind": "support", "polarity": 1, "cameo": "050"}}
#: (not 'opponent', a rival in a race; not 'backer', often a funder; not 'defender', a position in sport)


def _agent_nouns(nouns: list[Token], resolve, emit, body_ok) -> list[dict]:
    """A named actor called a critic or supporter of another: in apposition ('Sanders,
    a longtime critic of Clinton', 'Romney, a longtime Trump critic'), as a title before the name
    ('longtime Trump critic Mitt Romney') or as the predicate of its clause ('Cotton has been one of
    Trump's staunchest supporters'). Unnamed critics ('Trump's critics say') are nobody."""
    out = []
    for tok in nouns:
        row = AGENT_NOUNS.get(tok.lemma_.lower())
        if row is None or not body_ok(tok.idx) or _negated(tok):
            continue
        target = _prep_object(tok, ("of",)) or next((c for c in tok.children if c.dep_ == "poss"), None) \
            or next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        # ('one of the Democrats' fiercest critics of Trump': with an 'of' object, the possessor is
        # the critic's own side, not whom he criticizes)
        # ('a longtime Trump critic': the name before the noun is whom the critic criticizes)
        head = tok
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
            # a title before the name: 'longtime Trump critic Mitt Romney said'
            rec = emit(resolve(tok.head), resolve.target(target), tok, row, tok) if target is not None else None
            if rec:
                out.append(rec)
            continue
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # 'a former congressman and fierce critic of Sanders'
        if head.dep_ == "pobj" and head.head.lower_ in ("of", "among") and head.head.head.dep_ in ("attr", "appos", "pobj"):
            head = head.head.head  # 'one of Trump's supporters', 'among his fiercest critics'
        verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head.head
        if head.dep_ == "appos":
            source = head.head
        elif (head.dep_ == "attr" or verb.i != head.head.i) and verb.pos_ in ("AUX", "VERB") \
                and not _negated(verb) and not _hypothetical(verb, row):
            source = _subject_of(verb)  # ('is a critic of', 'emerged as one of Trump's supporters')
        else:
            continue
        rec = emit(resolve(source), resolve.target(target), tok, row, tok)
        if rec:
            out.append(rec)
    return out


def _apposed_name(cue: Token, target: Token) -> Token | None:
    """The name in apposition to a role that a noun cue aims at, which the parser hangs from the
    cue itself: "Trump's criticism of [the judge], [Gonzalo Curiel]," -> Curiel; 'attacks on the
    senator, John McCain,' -> McCain. Only a proper name right after the role and its comma."""
    end = max(t.i for t in target.subtree)
    doc = cue.doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    name = doc[end + 2]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.pos_ == "PROPN" and name.dep_ == "appos" and name.head.i in (cue.i, target.i):
        return name
    return None


#: what a campaign against an actor makes, runs or is: 'anti-Trump ads', 'an anti-Trump outfit'
ANTI_MESSAGES = {"ad", "ads", "advert", "advertisement", "commercial", "spot", "campaign", "message", "video", "mailer",
                 "op-ed", "letter", "speech", "rhetoric", "tweet", "billboard", "petition", "website"}
ANTI_GROUPS = {"group", "outfit", "pac", "committee", "organization", "organisation", "coalition", "super"}
#: verbs by which a named group puts out such a message: 'launched anti-Trump ads', 'dropped $3 million of ...'
ANTI_MAKING = {"run", "launch", "air", "drop", "release", "produce", "unveil", "publish", "fund", "buy", "spend",
               "sponsor", "post", "pay", "cut", "mount", "wage", "start", "issue", "put", "place", "finance", "film"}
ANTI_ROW = {"kind": "criticize", "polarity": -1, "cameo": "111"}


def _anti_named(anti: Token, resolve):
    """The actor an 'anti-' modifier names ('anti-Trump', 'anti - Clinton') and the noun it modifies."""
    doc = anti.doc
    if anti.lower_.startswith("anti-") and len(anti) > 5:
        start, end, head = anti.idx + 5, anti.idx + len(anti), anti.head
    elif anti.lower_ == "anti" and anti.i + 2 < len(doc) and doc[anti.i + 1].text in ("-", "\u2011", "\u2010"):
        name = doc[anti.i + 2]
        start, end, head = name.idx, name.idx + len(name), anti.head
    else:
        return None, None
    if resolve.index is None or head.pos_ not in ("NOUN", "PROPN") or head.i < anti.i:
        return None, None
    m = resolve.index.covering(start, end)
    if m is None or not (m.start <= start and end <= m.end + 2):
        m = _actor_named(resolve.index, doc_text(doc)[start:end], start, end)  # (the tagger makes 'Trump' there an adjective)
    if m is None or m.actor.actor_type not in ("person", "organization"):
        return None, None  # ('anti-American', 'anti-war': a people or a thing, not a named actor)
    return m, head


def _actor_named(index, form: str, start: int, end: int):
    """A mention at ``start:end`` for the article's actor that ``form`` names ('Trump' -> Donald
    Trump: the actor's name, an alias or the last word of its name), when one actor clearly has it
    (the one the article names most, at least twice as often as any other it could be)."""
    from .actors import Mention

    if not form[:1].isupper():
        return None
    counts = index.mention_counts
    fits = sorted((a for a in index.actors.values() if form == a.name or form in (a.aliases or ())
                   or a.name.split()[-1] == form), key=lambda a: -counts.get(a.key, 0))
    if not fits or (len(fits) > 1 and counts.get(fits[0].key, 0) < 2 * counts.get(fits[1].key, 0)):
        return None
    return Mention(start, end, form, fits[0], fits[0].actor_type, "alias")


def _anti_actor(doc: Doc, resolve, emit, body_ok) -> list[dict]:
    """A named group that runs messages against a named actor criticizes it: 'Conservative
    Solutions dropped $3 million of anti-Trump ads', 'American Future Fund, a nonprofit that
    launched anti-Trump ads', 'Our Principles PAC, a new anti-Trump outfit'. Not unnamed people
    ('anti-Trump protesters'), not a thing received or removed ('Facebook removed anti-Trump ads':
    only making and running verbs), not a people or a cause ('anti-American', 'anti-war')."""
    out = []
    for tok in doc:
        if not tok.lower_.startswith("anti") or not body_ok(tok.idx):
            continue
        target, head = _anti_named(tok, resolve)
        if target is None:
            continue
        lemma = head.lemma_.lower()
        source = None
        if lemma in ANTI_GROUPS | {"nonprofit", "fund"}:
            if head.dep_ == "appos":
                source = head.head  # 'Our Principles PAC, a new anti-Trump outfit'
            elif head.dep_ == "attr" and head.head.lemma_ == "be" and not _negated(head.head):
                source = _subject_of(head.head)  # 'Our Principles is an anti-Trump group'
        elif lemma in ANTI_MESSAGES:
            obj = head
            if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.dep_ in ("dobj", "obj"):
                obj = obj.head.head  # 'a trio of anti-Trump ads', '$3 million worth of anti-Trump ads'
            verb = obj.head
            if obj.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and verb.lemma_.lower() in ANTI_MAKING \
                    and not _negated(verb) and not _hypothetical(verb, ANTI_ROW) and not _in_question(verb):
                source = _agent(verb)
                if source is not None and source.lower_ in RELATIVE and verb.dep_ == "relcl":
                    source = verb.head  # 'a nonprofit that launched anti-Trump ads'
        if source is not None and source.dep_ == "appos" and source.pos_ == "NOUN":
            source = source.head  # 'American Future Fund, a nonprofit that launched ...'
        if source is None or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in source.children):
            continue  # ('a pro-Rubio super PAC aired anti-Christie ads': a PAC, unnamed)
        src_m = resolve(source)
        if src_m is None or src_m.actor.actor_type not in ("person", "organization"):
            continue
        rec = emit(src_m, target, tok, ANTI_ROW, tok, cue_text=f"anti-{target.text} … {head.text}")
        if rec:
            out.append(rec)
    return out


#: modifiers that make a message an attack: 'an attack ad', 'a negative ad', 'a smear campaign'
ATTACKING_MODIFIERS = {"attack", "negative", "smear", "hit", "attacking"}
#: message nouns an attack modifier may turn on a named actor (a campaign of any kind is left out:
#: 'an attack campaign' is often a military one)
ATTACK_MESSAGES = ANTI_MESSAGES - {"campaign", "speech", "rhetoric", "letter", "petition", "website"}


def _attack_messages(nouns: list[Token], resolve, emit, body_ok) -> list[dict]:
    """A named actor that runs an attack message on another criticizes it, as with 'anti-X' ads
    (:func:`_anti_actor`): 'Cruz ran an attack ad against Trump', "Cruz's negative ad about Trump's
    record aired in Iowa" (the record's owner). Not 'an ad about jobs' (no attack), an unnamed
    maker ('a super PAC aired an attack ad'), a message removed or received ('Facebook pulled the
    attack ad': only making and running verbs), or a negated or planned one."""
    out = []
    for tok in nouns:
        if tok.lemma_.lower() not in ATTACK_MESSAGES or not body_ok(tok.idx) \
                or not any(c.dep_ in ("compound", "amod") and c.lower_ in ATTACKING_MODIFIERS for c in tok.children):
            continue
        aimed = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on", "about", "targeting")
                      for o in c.children if o.dep_ == "pobj"), None)
        if aimed is not None and aimed.pos_ == "NOUN":
            aimed = next((c for c in aimed.children if c.dep_ == "poss"), None)  # 'about Trump's record'
        if aimed is None or resolve.target(aimed) is None:
            continue
        source = next((c for c in tok.children if c.dep_ == "poss"), None)  # "Cruz's attack ad on Trump"
        verb = tok.head
        if source is None and tok.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and verb.lemma_.lower() in ANTI_MAKING \
                and not _negated(verb) and not _hypothetical(verb, ANTI_ROW) and not _in_question(verb):
            source = _agent(verb)
        if source is None or source.pos_ not in ("PROPN", "PRON"):
            continue
        src_m = resolve(source)
        if src_m is None or src_m.actor.actor_type not in ("person", "organization"):
            continue
        rec = emit(src_m, resolve.target(aimed), tok, ANTI_ROW, tok, cue_text=" ".join(
            t.text for t in tok.doc[min(c.i for c in tok.children if c.lower_ in ATTACKING_MODIFIERS):tok.i + 1]))
        if rec:
            out.append(rec)
    return out


@lru_cache(maxsize=None)
def actor_object_verbs() -> frozenset[str]:
    """Model-only criticism verbs the rules take with a named actor as object (stance_actor_objects.csv)."""
    return frozenset(row["lemma"] for row in lexicon.read_table("stance_actor_objects.csv"))


#: actor types a name object of an actor-object verb must have: 'protesting Obama', 'bashing China'
ACTOR_OBJECT_TYPES = ("person", "organization", "country")


def _words_by(noun: Token) -> Token | None:
    """The named author of words a noun names, given by 'by': 'knocked a statement by George
    Clooney', 'bashed the remarks by Trump' -> the name (not 'a painting by Smith': words only)."""
    from .quotes import statement_nouns

    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in statement_nouns() | WORDS_NOUNS:
        return None
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    if noun.dep_ in ("dobj", "obj"):  # ('knocked a statement by Clooney' with 'by' hung on the verb)
        preps += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1]
    return next((o for c in preps for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)


def _actor_object_cue(tok: Token, resolve) -> dict | None:
    """A verb of stance_actor_objects.csv ('protest', 'rip', 'bash') in the active voice whose
    direct object is the name of an actor, or is owned by one, is a criticism cue: 'Ted Cruz is
    protesting Obama', "protesting Obama's executive actions", 'Clinton ripped Ted Cruz'; not 'protested the ruling', 'ripped the contract', 'protested
    outside the embassy' (no named actor object). Returns the verb's row of stance_cues.csv
    as a rule row (scope cleared), or None."""
    lemma = tok.lemma_.lower()
    if lemma not in actor_object_verbs() or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return None
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("off", "out", "from")) for c in tok.children):
        return None  # 'knocked Rubio out of the race', 'ripped off investors': another sense
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if obj is not None and obj.pos_ == "NOUN":  # "protesting Obama's executive actions": the owner
        obj = next((c for c in obj.children if c.dep_ == "poss"), None) or _words_by(obj)
    m = resolve(obj) if obj is not None and obj.pos_ == "PROPN" else None
    if m is None or m.actor.actor_type not in ACTOR_OBJECT_TYPES or not m.start <= obj.idx < m.end:
        return None  # (not 'protest the Vietnam War': the name is a modifier of the object's name)
    agent = _agent(tok)
    if agent is None or agent.pos_ not in ("PROPN", "PRON"):
        return None  # 'the New York developer has taunted Clinton': a described doer, left to the model
    from .stance_model import all_cues
    row = all_cues().get((lemma, "VERB"))
    return None if row is None else {**row, "scope": ""}


def _named_as(verbs: list[Token], resolve, emit, body_ok) -> list[dict]:
    """Name-calling: 'referred to Clinton as "the Devil"', 'called Trump a liar', 'described
    Obama as weak', 'found Comey's letter troubling': a naming or judging verb whose complement
    holds a negative word of evaluative.csv."""
    words = evaluative()
    out = []
    for tok in verbs:
        if tok.lemma_.lower() not in NAMING or tok.pos_ != "VERB" or not body_ok(tok.idx) or _negated(tok) \
                or _hypothetical(tok, MOCK):
            continue
        target = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None) or _prep_object(tok, ("to",))
        comps = [c for c in tok.children if c.dep_ in ("oprd", "attr", "ccomp", "xcomp")]
        comps += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
        small = next((c for c in comps if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN")
                      and any(n.dep_ == "nsubj" for n in c.children)), None)
        if target is None and small is not None:  # a small clause: 'found [Comey's letter] troubling'
            target, comps = next(n for n in small.children if n.dep_ == "nsubj"), [small]
        named = _name_before_complement(tok)
        if named is not None:  # 'called [Trump a "psychopath"]' parsed as one noun phrase, or with
            target, comps = named  # the two swapped ('called Trump/oprd a phony/dobj')
        if target is None:  # 'called [Trump's statements on Sunday "childish"]' parsed as one complement
            target = _merged_object(comps, words)
            comps = [] if target is not None else comps
        owned = None if target is not None else next(
            (p for c in comps if c.pos_ == "ADJ" for p in c.children if p.dep_ == "poss"), None)
        if owned is not None:  # 'called [Ryan's budget reckless]' parsed as one phrase: its owner
            target = owned
        if target is not None:  # ('called Comey's letter reckless': the adjective parsed after its noun)
            comps += [c for c in target.children if c.dep_ in ("appos", "attr", "oprd")
                      or (c.dep_ in ("amod", "dobj") and c.i > target.i) or (c.dep_ == "conj" and c.pos_ == "ADJ")]
            # ('branded [the scheme [a waste]] and "deeply flawed"': the parser hangs the complement
            # from the object, as its object or an adjective conjunct)
        word = next((w for c in comps for w in c.subtree if evaluation(w, words) < 0), None)
        if word is None and target is not None:
            word = _stranded_complement(target, words)
        if target is None or word is None:
            continue
        extraposed = _extraposed_subject(tok, comps) if target.lower_ == "it" else None
        if extraposed is not None and extraposed.pos_ != "PROPN":
            continue  # 'called it "dangerous" that the plan failed': a judgement of no actor
        target = extraposed or target  # 'called it "dangerous" that Baxter has no plan': criticism of Baxter
        if target.lower_ in ("it", "this", "that") and word.pos_ == "NOUN":
            continue  # 'called it "pretty close to a disaster"', 'called it a hoax': 'it' is an event or a
            # claim named for what it is, not an organisation
        row = UNDER_FIRE if owned is not None or extraposed is not None else MOCK
        if target.pos_ == "NOUN" and resolve(target) is None:
            target, row = _owner(target, resolve), UNDER_FIRE  # 'branded Labour's ID scheme a waste': criticism
        rec = emit(resolve(_agent(tok)), resolve.target(target), tok, row, tok, cue_text=f"{tok.text} … {_word_form(word, words)}")
        if rec:
            out.append(rec)
    return out


def _extraposed_subject(verb: Token, comps: list[Token]) -> Token | None:
    """The subject of the 'that' clause an 'it' object stands for: 'called it "dangerous" that
    Baxter has no strategy' -> Baxter; 'called it sad that the plan failed' -> plan."""
    for clause in (c for h in (verb, *comps) for c in h.children if c.dep_ == "ccomp"):
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            subj = _subject_of(clause)
            if subj is not None:
                return subj
    return None


def _named_before(tok: Token, resolve) -> bool:
    """A pronoun whose actor is named earlier in its own sentence ('Trump pushes back against
    Clinton casting him as sexist'); any other phrase. A pronoun linked across sentences is left
    out by the describing rules: 'Rubio ... Christie has demeaned Rubio's toughness. And Cruz has
    cast him as weak' would go to the last subject, Christie."""
    if tok.pos_ != "PRON":
        return True
    m = resolve(tok)
    return m is not None and resolve.index is not None and any(
        o.actor.key == m.actor.key and o.via != "coref" for o in resolve.index.within(tok.sent.start_char, tok.idx))


#: sentences before a quote in which the person it is about may be named: 'Jones spoke of Baxter.
#: "I have known him for years. He is all talk," Jones said.'
QUOTE_LEAD_SENTENCES = 1


def _quote_about(tok: Token, span, speaker, resolve) -> bool:
    """A he / she / him / her in a quote of several sentences that stands for the named person the
    quote is about: the actors stage links it to a person, not the speaker, who is named by name
    earlier in the same quote (in any sentence before the pronoun's) or in the sentence just before
    the quote ('Jones spoke of Baxter. "I have known him for years. He is all talk," Jones said.').
    Not a pronoun linked to the speaker, to a thing or a group, nor one whose person is named only
    further back (the link is then too often to the wrong one)."""
    if tok.pos_ != "PRON" or tok.lower_ not in PERSON_PRONOUNS or speaker is None or resolve.index is None:
        return False
    m = resolve(tok)
    if m is None or m.actor.actor_type != "person" or m.actor.key == speaker.actor.key:
        return False
    first = _sentence_back(span[0].sent, QUOTE_LEAD_SENTENCES)
    return any(o.actor.key == m.actor.key and o.via != "coref"
               for o in resolve.index.within(first.start_char, tok.idx))


#: verbs that describe an actor 'as' something, said of it: 'portrayed Clinton as dishonest'
DESCRIBING = {"portray", "paint", "characterize", "characterise", "depict", "cast", "caricature"}


def _described(verbs: list[Token], resolve, emit, body_ok) -> list[dict]:
    """The naming class of :func:`_named_as` where that one finds no object: a describing verb
    with an 'as' complement ('Trump portrayed Clinton as weak and dishonest', 'painted Trump as a
    dangerous demagogue'), and a naming or describing verb in the passive with its 'by' agent
    ('Clinton was called a liar by Trump', 'Clinton, labelled "crooked" by Trump', 'was
    described as reckless by Ryan'): the agent is the source. A passive without 'by' names no
    one ('Trump has been described as erratic')."""
    words = evaluative()
    out = []
    for tok in verbs:
        lemma = tok.lemma_.lower()
        if lemma not in NAMING | DESCRIBING or tok.pos_ != "VERB" or not body_ok(tok.idx) or _negated(tok) \
                or _hypothetical(tok, MOCK) or _in_question(tok):
            continue
        comps = [c for c in tok.children if c.dep_ in ("oprd", "attr", "xcomp", "acomp")]
        comps += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
        agent = next((c for c in tok.children if c.dep_ == "agent"), None) or next(
            (p for c in comps for p in c.children if p.dep_ == "prep" and p.lower_ == "by"), None)
        # ('called [a liar [by Trump]]': the parser may hang the agent from the complement)
        source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if source is not None:  # the passive: 'Clinton was called a liar by Trump'
            target = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if target is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
                target = tok.head  # 'Clinton, labelled "crooked" by Trump,'
            if target is not None and target.lower_ in RELATIVE and tok.dep_ == "relcl":
                target = tok.head
        elif lemma in DESCRIBING and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            target, source = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None), _agent(tok)
            comps = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
            comps += [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "acomp", "oprd") and any(
                a.lower_ == "as" and a.dep_ in ("advmod", "prep", "mark") for a in c.children)]
            # ('portrayed Trump as dishonest': the parser may hang 'as' from the adjective)
        else:
            continue  # (an active naming verb is _named_as's)
        word = next((w for c in comps for w in c.subtree if evaluation(w, words) < 0
                     and not (agent is not None and agent.i <= w.i <= max(t.i for t in agent.subtree))), None)
        if target is None or source is None or word is None or not _named_before(target, resolve):
            continue
        row = MOCK
        if target.pos_ == "NOUN" and resolve(target) is None:
            target, row = _owner(target, resolve), UNDER_FIRE  # 'Clinton's plan was called reckless by Ryan'
        rec = emit(resolve(source), resolve.target(target), tok, row, tok, cue_text=f"{tok.text} … {_word_form(word, words)}")
        if rec:
            out.append(rec)
    return out


@lru_cache(maxsize=None)
def villains() -> frozenset[str]:
    """Figures one is likened to only to be damned (lexicons/villains.txt): 'Hitler', 'a tyrant'."""
    return frozenset(lexicon.read_list("villains.txt"))


#: verbs of comparing one thing 'to' or 'with' another
LIKENING = {"liken", "compare", "equate"}


def _villain(figure: Token, words: dict[str, int]) -> Token | None:
    """The word that makes ``figure`` (the 'to' side of a comparison) a damning one: a name whose
    last word is in villains.txt ('socialist Hugo Chavez', 'Adolf Hitler'), or a noun there or
    negative in evaluative.csv ('a child molester', 'a dictator', 'dictators like Mussolini')."""
    for w in figure.subtree:
        if w.lower_ in villains() or w.lemma_.lower() in villains() or (w.pos_ == "NOUN" and evaluation(w, words) < 0):
            return w
    return None


def _likened(verbs: list[Token], resolve, emit, body_ok) -> list[dict]:
    """A damning comparison: 'Limbaugh likened Perez to socialist Hugo Chavez', 'Carson compared
    Trump to Adolf Hitler', 'comparing Cruz to a dictator', "likened Trump's tone to the rise of
    dictators" (Trump's): the one comparing criticizes the one compared. Only to a figure of
    villains.txt or a negative noun of evaluative.csv; any other comparison may be praise ('likened
    him to Reagan') or neither ('compared the deal to Obama's plan'). Not a passive (the comparer
    unnamed), negated, modal or asked, nor oneself ('compared himself to Nixon'), nor told by the
    comparer ('"the paper said I likened them to Hitler"': an account of one's words, often a defence)."""
    words = evaluative()
    out = []
    for tok in verbs:
        if tok.lemma_.lower() not in LIKENING or tok.pos_ != "VERB" or not body_ok(tok.idx) or _negated(tok) \
                or _hypothetical(tok, MOCK) or _in_question(tok) or any(c.dep_ in ("nsubjpass", "auxpass")
                                                                          for c in tok.children):
            continue
        target = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        if target is None or target.lower_.endswith("self") or target.lower_.endswith("selves"):
            continue
        figure = _prep_object(tok, ("to", "with")) or _prep_object(target, ("to", "with"))
        word = _villain(figure, words) if figure is not None else None
        if word is None:
            continue
        row = MOCK
        if target.pos_ == "NOUN" and resolve(target) is None:
            target, row = _owner(target, resolve), UNDER_FIRE  # "likened Trump's tone to": Trump
        source = _agent(tok)
        if source is None or source.lower_ in ("i", "we"):
            continue  # a speaker's own account of a comparison defends it more often than it makes it:
            # '"where the paper said I likened the government to Hitler's Germany, the actual quote was ..."'
        rec = emit(resolve(source), resolve.target(target), tok, row, tok, cue_text=f"{tok.text} … {_word_form(word, words)}")
        if rec:
            out.append(rec)
    return out


#: verbs by which a speaker makes another's criticism its own: 'echoed Ryan's denunciation of Trump'
ECHOING = {"echo", "repeat", "share", "second", "amplify", "endorse"}


def _echoed(doc: Doc, resolve, emit, body_ok) -> list[dict]:
    """A speaker who echoes another's criticism takes it too: 'Flake echoed Mr. Ryan's
    denunciation of Mr. Trump's comments' (Flake -> Trump, besides Ryan -> Trump), 'Cruz shared
    Rubio's criticism of Trump'. Only a negative noun cue of words (criticism, denunciation,
    attack, rebuke ...) aimed at a named actor or at what it owns."""
    out = []
    table = cues()
    for noun in doc:
        row = table.get((noun.lemma_.lower(), "NOUN")) if noun.pos_ == "NOUN" else None
        if row is None or row.get("scope") == "model" or int(row["polarity"]) > 0 \
                or row["kind"] not in ANSWERABLE_KINDS or not body_ok(noun.idx):
            continue
        verb = noun.head
        if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in ECHOING \
                or _negated(verb) or _hypothetical(verb, row) or _in_question(verb):
            continue
        if any(t.lemma_.lower() in PHYSICAL | MATERIAL | WAR_WORDS for t in noun.sent):
            continue  # 'repeated the attacks on the convoy': violence, not words
        target = _prep_object(noun)
        if target is not None and target.pos_ == "NOUN" and resolve.target(target) is None:
            target = _owner(target, resolve, ("of", "from", "by"))  # 'of Mr. Trump's comments'
        rec = emit(resolve(_agent(verb)), resolve.target(target), verb, row, verb, cue_text=f"{verb.text} … {noun.text}")
        if rec:
            out.append(rec)
    return out


#: noun cues for criticism said of someone, which the one criticized may answer ('rejected the
#: attacks from Bush'); not demands, threats, warnings or acts ('a lawsuit', 'sanctions')
ANSWERABLE_KINDS = {"criticize", "accuse", "blame", "condemn", "denounce"}


def _words_from(noun: Token) -> bool:
    """A negative noun cue whose 'from' names who said it, not where it came from: 'criticism of
    Clinton from Ryan', not 'attacks on Kurdish forces from Islamic State' (fighting)."""
    row = cues().get((noun.lemma_.lower(), "NOUN"))
    return row is not None and int(row["polarity"]) < 0 and row["kind"] in ANSWERABLE_KINDS | {"demand"} \
        and not any(t.lemma_.lower() in PHYSICAL | MATERIAL | WAR_WORDS for t in noun.sent)


def _answer_of(noun: Token) -> tuple[Token, dict] | None:
    """The verb answering a criticism noun and its answering_verbs.csv row: 'rejected [the attacks]',
    'brushed off [Sanders's criticism]', 'responded to [criticism]'; None otherwise."""
    if noun.dep_ in ("dobj", "obj"):
        verb, prep = noun.head, ""
    elif noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "prt"):
        holder = noun.head.head  # ('pushed back against': the preposition may hang from the particle)
        verb = holder.head if holder.dep_ in ("prt", "advmod") else holder
        prep = noun.head.lower_
    else:
        return None
    if verb.pos_ != "VERB":
        return None
    for row in lexicon.answering_verbs().get(verb.lemma_.lower(), ()):
        if row["prep"] == prep and (not row["particle"] or any(
                c.lower_ == row["particle"] and c.dep_ in ("prt", "advmod") for c in verb.children)):
            return verb, row
    return None


def _critic_of(noun: Token, resolve) -> Token | None:
    """Who made a criticism: its owner ("Sanders's criticism", 'Republican attacks') or the object
    of 'from'/'by' ('attacks from Jeb Bush', 'the accusations made by the Kremlin')."""
    owner = next((c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i
                  and resolve(c) is not None), None)
    return owner or _prep_object(noun, ("from", "by")) or _made_by(noun)


def _answered(doc: Doc, resolve, emit, body_ok) -> list[dict]:
    """Criticism answered by its target: 'Trump rejected attacks from Jeb Bush' (Bush -> Trump, and
    Trump -> Bush for the rejection), 'Obama responded to criticism from Romney' (Romney ->
    Obama). Not when the criticism names a target of its own ('denied Clinton's accusations
    against Russia') or says another actor did something ('... that Russia hacked the DNC'), nor
    when the answer is negated or hypothetical."""
    out = []
    table = cues()
    for noun in doc:
        row = table.get((noun.lemma_.lower(), "NOUN")) if noun.pos_ == "NOUN" else None
        if row is None or row["kind"] not in ANSWERABLE_KINDS or not body_ok(noun.idx):
            continue
        if noun.lemma_.lower() == "attack" and any(t.lemma_.lower() in PHYSICAL | MATERIAL | WAR_WORDS for t in noun.sent):
            continue  # 'denied the attacks on the convoy': violence, not words
        answer = _answer_of(noun)
        if answer is None:
            continue
        verb, arow = answer
        if _negated(verb) or _hypothetical(verb, {"kind": arow["kind"] or "reject"}) or _in_question(verb):
            continue
        answerer = resolve(_agent(verb))
        if answerer is None:
            continue
        own = _prep_object(noun)
        own_m = resolve.target(_owner(own, resolve)) if own is not None else None
        if (own_m is not None and own_m.actor.key != answerer.actor.key) or (
                own_m is None and own is not None and own.pos_ == "PROPN"):
            continue  # 'rejected Trump's criticism of NATO': NATO is criticized, not the one answering
        about = _clause_subject(noun)
        about_m = resolve(about) if about is not None else None
        if about_m is not None and about_m.actor.key != answerer.actor.key:
            continue  # "denied Clinton's accusation that Russia hacked the DNC": Russia is accused
        for critic in map(resolve, _with_conjuncts(_critic_of(noun, resolve))):
            rec = emit(critic, answerer, noun, row, noun)
            if rec:
                out.append(rec)
            if arow["kind"]:
                answer_row = {"kind": arow["kind"], "polarity": -1, "cameo": "120" if arow["kind"] in ("reject", "deny") else "111"}
                rec = emit(answerer, critic, verb, answer_row, verb)
                if rec:
                    out.append(rec)
    return out


def _model_edges(doc: Doc, index, quotes, rules: list[dict], sent_ids, article_id: str, body_ok) -> list[dict]:
    """Edges of the learned pair model (helpers/stance_model.py) for pairs no rule links."""
    from . import stance_model

    covered = {(r["source_id"], r["target_id"]) for r in rules}
    out = []
    for c, p, (kind, cameo, cue) in stance_model.model_edges(doc, index, quotes, covered=covered, body_ok=body_ok,
                                                                     floor=stance_model.STORE_FLOOR):
        if _sector(c.source.actor) or _sector(c.target.actor):
            continue  # ('railed against Wall Street': an industry as a whole)
        sent = c.tgt.sent
        text = sent.text
        out.append({
            "article_id": article_id, "sent_id": sent_ids.get(sent.start, -1),
            "source": c.source.actor.name, "source_id": c.source.actor.key, "source_country": c.source.actor.country,
            "target": c.target.actor.name, "target_id": c.target.actor.key, "target_country": c.target.actor.country,
            "kind": kind, "polarity": c.polarity, "cameo": cameo, "cue": cue, "evidence": text.strip(),
            "start": sent.start_char + len(text) - len(text.lstrip()), "end": sent.start_char + len(text.rstrip()),
            "source_start": c.source.start, "source_end": c.source.end,
            "target_start": c.target.start, "target_end": c.target.end,
            "quote_id": c.quote["quote_id"] if c.quote is not None else None,
            "confidence": stance_confidence.model_edge_confidence(p), "method": "model",
        })
    return out


def _nearest(tok: Token, resolve, voices: bool = False):
    """The closest mention before and after ``tok`` in its sentence that resolves to an actor; with
    ``voices``, for a lost source, not a name inside an unnamed plural (:func:`_inside_unnamed_plural`:
    'names from the GOP's past denouncing Trump'), which as a target is still the owner ('criticized
    the Clinton email chains')."""
    sent = tok.sent

    def first(mentions):
        for m in mentions:
            root = tok.doc.char_span(m.start, m.end, alignment_mode="expand").root
            r = resolve(root)
            if r is not None and not (root.dep_ in ("compound", "poss", "nmod", "amod") and _person_of(root.head, r)) \
                    and not (voices and _inside_unnamed_plural(root, r, resolve)):
                return r  # (not a name that only modifies other people: 'many Sanders supporters say they')
        return None

    return (first(reversed(resolve.index.within(sent.start_char, tok.idx))),
            first(resolve.index.within(tok.idx + len(tok), sent.end_char)))


#: prepositions that say which people a plural are: 'names from the GOP's past', 'officials of the
#: Bush administration', 'his rivals for the GOP nomination'
WHICH_ONES_PREPS = {"of", "from", "for"}
#: plurals of bodies, not of people: '27 of the EU's 28 governments supported Tusk' is the EU acting
#: through its members (as are the class nouns of lexicons/org_class_nouns.csv: 'the EU's agencies')
BODIES_PLURAL = {"government", "state", "country", "nation", "ministry", "institution", "body"}


def _inside_unnamed_plural(root: Token, m, resolve, levels: int = 6) -> bool:
    """A name inside the modifiers of an unnamed plural ('big names from the GOP's past', 'former
    Obama operatives') only says which ones those are: it does not stand in for a side the parse
    lost; nor when the plural is others named beside it ('Armitage and Paulson, three former Bush
    administration officials' are not Bush). Not a name listed as one of them ('leaders such as
    Obama', 'from Obama to Xi'; an owner with its "'s" is none), nor inside a plural that is a
    stance word itself ('Trump's attacks')."""
    t = root
    for _ in range(levels):
        if t.dep_ not in ("compound", "poss", "nmod", "amod", "pobj", "prep") or t.head.i == t.i \
                or t.dep_ == "prep" and t.lower_ not in WHICH_ONES_PREPS:
            return False  # ('results in John Kasich claiming ...': a plural thing, not whose people)
        if t.dep_ == "pobj" and t.i == root.i and t.head.lower_ in NAMING_PREPS and not any(
                c.dep_ == "case" for c in t.children) and (t.head.lower_ != "from" or _range_ends([t.head])):
            return False
        t = t.head
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and (t.lemma_.lower(), "NOUN") not in cues() \
                and t.lemma_.lower() not in BODIES_PLURAL and t.lemma_.lower() not in org_class_nouns():
            plural = resolve(t)
            return plural is None or plural.actor.key != m.actor.key
    return False


def _named(m, sent, resolve):
    """For a pronoun ('he blamed ...'), the same actor's name in the sentence, when there is one:
    the evidence then points at 'Obama', not at 'he'."""
    if m.via != "coref" or resolve.index is None:
        return m
    for other in resolve.index.within(sent.start_char, sent.end_char):
        if other.actor.key == m.actor.key and other.via != "coref":
            return other
    return m


#: verbs that give words to their own subject: inside a quote, what hangs from them is not the speaker's
OTHERS_WORDS = {"say", "tell", "claim", "argue", "accuse", "suggest", "insist", "write", "tweet", "declare"}
#: verbs of another's belief inside reported words: in 'Gabbard thought the party should hold more
#: (debates); Wasserman Schultz suggested ...' the demand of the party is Gabbard's, not the speaker's
BELIEVING = {"think", "believe"}


def _belief_of(verb: Token, child: Token) -> bool:
    """The word sits in the content clause of a verb of belief ('Gabbard thought [the party should
    hold more]'), not in a clause merely joined to it ('Trump thinks X -- London has proved him wrong')."""
    if verb.lemma_.lower() not in BELIEVING or child.dep_ != "ccomp" or child.head.i != verb.i:
        return False
    between = verb.doc[min(verb.i, child.left_edge.i) + 1:max(verb.i, child.left_edge.i)]
    return not any(t.text in CLAUSE_BREAKS for t in between)  # (the parse may hang a clause after a dash on it)


#: punctuation that ends a clause: what follows is no content clause of a verb before it
CLAUSE_BREAKS = {"--", "\u2014", "\u2013", ";", ":"}


def _not_said_by(word: Token, cue: Token | None, speaker, resolve, negation: bool = True) -> bool:
    """The evaluative word is not the speaker's own judgement: it sits under a negation further up
    ('"I'm not a person that thinks Yellen is doing a bad job"'), in another's words ('Reminded
    that Ferguson called him "a disgrace", Wenger added'), or in an idiom ('make good on a
    promise', 'a right to')."""
    if (word.lower_ == "good" and word.head.lemma_ == "make") or (word.lower_ == "right" and word.pos_ == "NOUN"):
        return True
    prev = word
    for t in list(word.ancestors)[:6]:
        if cue is not None and t.i == cue.i:
            break  # the speaker's own verb ('Zakharova called the accusations "strange"')
        if negation and prev.dep_ != "conj" and any(c.dep_ == "neg" for c in t.children):
            return True  # (not across 'not X but rather employs fiction')
        child, prev = prev, t
        if t.pos_ == "VERB" and (t.lemma_.lower() in NAMING | OTHERS_WORDS or _belief_of(t, child)):
            other = resolve(_subject_of(t))
            if other is not None and other.actor.key != speaker.actor.key:
                return True
    return False


#: quantities that deny a stance noun: 'no charges against', 'zero criticism of' (helper-48)
NO_AMOUNT = {"no", "zero", "nary"}
#: verbs that give a stance noun as their object, so that denying them denies it: 'did not make an
#: endorsement', 'would not recommend charges', 'never voiced criticism of'
GIVING = {"make", "give", "offer", "issue", "voice", "express", "recommend", "bring", "file", "level", "lodge",
          "press", "deliver", "launch", "mount", "extend", "lend", "throw", "announce"}


def _none_given(noun: Token) -> bool:
    """A stance noun that is said not to exist: determined by 'no' or 'zero' ('recommended no
    criminal charges against Clinton', 'filed no complaint against Exxon', 'no endorsement of
    Trump'), governed by 'without' ('passed without criticism of Trump') or by 'not a single' /
    'not any', also on a noun of amount it is 'of' ('not a single word of criticism of Putin',
    'no hint of criticism'). None of these states a stance, either way."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            and _none_given(noun.head.head):
        return True
    if any(c.dep_ == "det" and c.lower_ in NO_AMOUNT for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "without":
        return True
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in GIVING and _negated(noun.head):
        return True  # 'would not recommend charges against Clinton', 'not to make an endorsement of her'
    near = (*noun.children, *(noun.head.children if noun.dep_ in ("attr", "dobj", "nsubj") else ()))
    return any(c.dep_ in ("det", "amod") and c.lower_ in ("single", "any")
               and any(g.dep_ == "neg" or g.lower_ == "not" for g in (*c.children, *near)) for c in noun.children)


def _judge_owns(noun: Token, owner: Token, resolve) -> bool:
    """The stance noun is the subject of an evaluative predicate ('his criticism of the judge was
    racist') inside the words of a speaker, and its owner resolves to that same speaker ('Ryan
    said his criticism of the judge was racist', his = Trump, linked to Ryan): nobody judges his
    own act so, so the owner is someone else and the noun gives no edge from the speaker."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    pred = noun.head
    words = evaluative()
    if not any(c.dep_ in ("acomp", "attr", "oprd") and words.get(c.lower_, 0) < 0
               or any(words.get(g.lower_, 0) < 0 for g in c.subtree) and c.dep_ == "attr"
               for c in pred.children):
        return False
    said = pred.head if pred.dep_ == "ccomp" else None
    if said is None:
        return False
    speaker, own = resolve(_subject_of(said)), resolve(owner)
    return speaker is not None and own is not None and speaker.actor.key == own.actor.key


def _judged(word: Token) -> Token | None:
    """The phrase an evaluative word is said of: the owner of an evaluative noun ('Lib Dem
    hypocrisy'), or the subject of the clause it is the predicate or object of ('X was
    strange', 'X employs fiction', 'X had been wrong'). None when negated or when it is an
    adverb or a modifier of some other thing ('right across the country', 'bad Bills')."""
    if word.dep_ == "amod" and word.head.lemma_ in GENERIC_NOUNS:
        word = word.head  # 'doing the right thing', 'a bad decision'
    elif _judging_nominal(word):  # '"Smith is the worst governor in Ohio"': said of Smith, not Ohio
        be = word.head.head
        return None if _negated(be) or _negated(word.head) or _in_question(be) or _asked(be) else _subject_of(be)
        # (not 'whether Smith is the right man will come later')
    if word.pos_ not in ("ADJ", "NOUN") or word.dep_ in ("compound", "amod") or _negated(word):
        return None
    if word.pos_ == "NOUN":
        owner = next((c for c in word.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
        if owner is not None:
            return owner
    if word.pos_ == "ADJ" and word.dep_ in ("ccomp", "oprd", "xcomp"):
        # a small clause: 'found [Comey's letter] "troubling"'
        subj = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    if word.pos_ == "NOUN" and word.dep_ == "nsubj" and word.head.lemma_ == "be" and not _negated(word.head) \
            and not _asked(word.head) and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
        named = next((c for c in word.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        if named is not None:
            return named  # the name a definite judgement is identified with: 'the real extremist is Clinton'
    head = word
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "dobj" and head.lower_ in lexicon.situation_nouns():
        return None  # 'would sort out the "shambles" of immigration': the object mended, not the subject judged
    if head.dep_ in ("acomp", "attr", "dobj", "oprd") and head.head.pos_ in ("VERB", "AUX") and not _negated(head.head) \
            and not _asked(head.head):
        return _doer(_subject_of(head.head) or next((c for c in head.head.children if c.dep_ == "csubj"), None))
    return None


def _asked(verb: Token) -> bool:
    """A yes-no question: the verb before its subject and a question mark on its clause ('"Is
    Baxter a liar?"', '"Was he dishonest?"'): a judgement asked about, not made. (A rhetorical
    wh-question, '"How can someone so reckless lead?"', is not read as one.)"""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and verb.i < subj.i and verb.pos_ == "AUX" and any(c.text == "?" for c in verb.children) \
        and not any(c.tag_ in ("WRB", "WP") for c in verb.children)


#: who is heard in 'what you hear from Trump': the listener's words name no one
LISTENERS = {"you", "we", "i", "they", "people", "one"}


#: predicate nouns a modifier's judgement does not pass through to the subject: a place or a time
#: ('"Ohio is a dangerous place"', '"it was a bad day"') is no judgement of an actor's character
NOT_JUDGING_NOUNS = {"place", "time", "day", "week", "month", "year", "night", "moment", "period", "era",
                     "neighborhood", "neighbourhood", "world", "region", "area", "country", "city", "situation",
                     "position", "spot", "game", "season", "sign", "news", "story"}


def _judging_nominal(word: Token) -> bool:
    """An evaluative adjective modifying a predicate noun of 'be', the noun a kind of actor:
    '"Smith is the absolutely worst politician in Texas"', '"He is a reckless governor"' judge the
    subject (also 'Ohio's worst governor': a rank within Ohio, said of the subject). Not a noun of
    place or time ('"Ohio is a dangerous place"'), a situation noun ('a real disaster') or one the
    speaker owns ('"our worst performance"')."""
    head = word.head
    return word.dep_ == "amod" and head.pos_ == "NOUN" and head.dep_ == "attr" and head.head.lemma_ == "be" \
        and head.lemma_.lower() not in NOT_JUDGING_NOUNS and head.lower_ not in lexicon.situation_nouns() \
        and not any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in head.children)
    # (not '"it was our worst performance"': the speaker's own side judged)


def _doer(phrase: Token | None) -> Token | None:
    """The actor whose act an evaluative predicate is said of when the subject names the act, not
    the actor: a free relative, '"What Trump said about Muslims was wrong"', '"what you hear from
    Trump is wrong"' -> Trump; 'the fact that Pfizer is leaving our country is disgusting' ->
    Pfizer. Any other subject stays itself (not 'what happened to Trump': he is the one it befell)."""
    if phrase is None:
        return None
    if phrase.dep_ == "csubj" and phrase.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "neg" for c in phrase.children) or not any(c.tag_ == "WP" and c.lower_ == "what" and c.dep_ in ("dobj", "obj")
                                       for c in phrase.children):
            return None
        subj = next((c for c in phrase.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in LISTENERS:
            heard = _prep_object(phrase, ("from",))
            if heard is not None and any(c.lower_ in QUANTIFIERS for c in heard.children):
                return None  # 'from Trump and other Republicans' parsed as one plural: some of them
            return heard
        return subj
    if phrase.lemma_.lower() == "fact" and phrase.pos_ == "NOUN":
        return _clause_subject(phrase)
    return phrase


def _denied_quality(word: Token) -> bool:
    """A good quality denied as the predicate of 'be': 'Trump is not qualified', 'was never honest',
    or as the modifier of its predicate noun when the subject is a name or a person pronoun:
    'Clinton is not a viable choice', '"he is not a trustworthy leader"' (not 'not only honest but ...', not a benefit, 'the deal
    isn't good for the US', 'not a good fit for us', nor a question; not a place or a time, 'it is
    not a good time')."""
    if word.pos_ != "ADJ":
        return False
    if word.dep_ == "amod" and _judging_nominal(word):
        verb, said = word.head.head, word.head  # ('is not a viable choice': the noun is 'be''s attribute)
        subj = _subject_of(verb)
        if subj is None or not (subj.pos_ == "PROPN" or subj.lower_ in PERSON_PRONOUNS) \
                or said.lemma_.lower() in GOALS | THING_VERDICT_NOUNS \
                or sum(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) > 1:
            return False  # a name or a person: not '"it is not a good idea"', '"the plan is not a good one"',
            # nor a misparse with two subjects ('"the committee making suggestions is -- it is not a good idea"')
    elif word.dep_ == "acomp":
        verb, said = word.head, word
    else:
        return False
    return verb.lemma_ == "be" and any(c.dep_ == "neg" for c in verb.children) \
        and not any(c.lower_ == "only" or (c.dep_ == "prep" and c.lower_ in ("for", "to"))
                    for c in (*word.children, *said.children, *verb.children)) \
        and not _in_question(verb) and not _hypothetical(verb, {"kind": "criticize"})


#: predicate nouns that judge a thing or an act, not the subject's person: '"it is not a good move"'
THING_VERDICT_NOUNS = {"thing", "move", "way", "step", "approach", "deal", "policy", "look", "sign", "strategy",
                       "decision", "one"}


def _quality_subject(word: Token) -> Token | None:
    """The subject a denied quality (:func:`_denied_quality`) is said of: the subject of 'be'."""
    return _subject_of(word.head.head if word.dep_ == "amod" else word.head)


def _lost(tok: Token | None) -> bool:
    """The parse gave no usable phrase for a side: none at all, or a number or pronoun standing
    for a group ('27 of the EU's governments', 'who')."""
    if tok is not None and (tok.lower_ in FIRST_PERSON | {"you"} | set(PERSON_PRONOUNS) | UNNAMED
                            or tok.lower_.endswith(("self", "selves")) or tok.tag_ in ("WP", "WDT")
                            and tok.head.dep_ != "relcl"):
        return False  # 'I attack Howard': the speaker or nobody, never the nearest name; 'he' unlinked:
        # unclear; 'those who', 'others': an unnamed group; 'exposing himself': the subject again
    if tok is not None and tok.lower_ in ("they", "them") and _some_of(tok):
        return False  # 'Some Republicans dislike Trump so much that they endorse Clinton': some, unnamed
    if tok is not None and _partitive_people(tok):
        return False  # 'two of the three members of Congress disavowed him': some, unnamed
    if tok is not None and _unnamed_antecedent(tok):
        return False  # '39 who back Sanders', 'superdelegates who back him': an unnamed group
    return tok is None or tok.pos_ in ("NUM", "PRON", "DET")


def _unnamed_antecedent(tok: Token) -> bool:
    """A relative pronoun whose antecedent is a count or a plural common noun, or such a count
    given for the pronoun, a group nobody named: 'compared with 39 who back Sanders',
    'superdelegates who back him would go against the voters' (never the nearest name)."""
    if tok.pos_ == "NUM" and any(c.dep_ == "relcl" for c in tok.children):
        return True
    if tok.tag_ not in ("WP", "WDT") or tok.head.dep_ != "relcl":
        return False
    antecedent = tok.head.head
    return antecedent.pos_ == "NUM" or (antecedent.pos_ == "NOUN" and antecedent.tag_ == "NNS")


@lru_cache(maxsize=None)
def partitive_people() -> frozenset[str]:
    """Plural nouns for people a partitive picks some of (``lexicons/partitive_people.txt`` and
    the member, seat, entourage and people-of nouns above); a voice ('spokesmen') is not among them."""
    words = set(lexicon.read_list("partitive_people.txt")) | PARTY_MEMBERS | SEATS | MEMBERS | ENTOURAGE | PEOPLE_OF
    return frozenset(words - VOICE_TITLES)


def _partitive_people(tok: Token) -> bool:
    """A number or quantifier standing for some of a plural of people is an unnamed few (helper-78,
    issue 14; guidelines: unnamed groups are no source), not a side the parse lost, so the nearest
    name does not stand in for it: 'two of the three Cuban-American members of Congress disavowed
    Trump' (not Congress), 'only one of the 168 Republican National Committee members supports
    him' (not the committee), 'five superdelegates, two of whom pledged support to Clinton' (not
    the party named before). A plural of things is left alone: '27 of the EU's 28 governments'."""
    if tok.pos_ not in ("NUM", "DET", "PRON", "ADJ") or tok.lower_ in ("all", "each", "both", "either", "neither"):
        return False
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ == "whom":  # 'five superdelegates, two of whom pledged': the superdelegates
                obj = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.tag_ in ("NNS", "NNPS")), obj)
            if obj.tag_ == "NNS" and obj.pos_ == "NOUN" and obj.lemma_.lower() in partitive_people():
                return True
    return False


def _some_of(tok: Token) -> bool:
    """'they' after a plural that only some members make up, in its sentence: 'some Republicans'."""
    plural = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.tag_ in ("NNS", "NNPS")), None)
    return plural is not None and _some_members(plural)


def _clause_verb(word: Token) -> Token:
    """The verb of the clause a word sits in (at most three steps up), or the word itself."""
    head = word
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    return head


def _irrealis(tok: Token) -> bool:
    """A hypothetical or demanded act, not one said to happen: 'must hit', 'if they strike', and
    an act inside such a clause ('if North Korea was responsible, it would be the first nation
    stealing money')."""
    for t in [tok, *list(tok.ancestors)[:4]]:
        if any((c.dep_ == "aux" and c.lower_ in ("must", "should", "would", "could", "might", "may", "'d"))
               or (c.dep_ in ("mark", "advcl") and c.lower_ in ("if", "unless", "whether"))
               for c in t.children) or _if_clause(t):
            return True
        if t.dep_ in ("ccomp", "ROOT"):
            break
    return False


#: modals that, before 'have' and a past participle, hedge a past act rather than suppose one
HEDGING_MODALS = {"may", "might", "could", "must"}


def _hedged_past(tok: Token) -> bool:
    """An act said probably to have happened: 'Trump "may have violated the law"', 'she might have
    lied', 'they must have rigged it'. A hedged accusation is still an accusation of a past act
    (not 'would have lied', a counterfactual, nor an act under 'if')."""
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return tok.tag_ == "VBN" and "have" in auxes and any(a in HEDGING_MODALS for a in auxes) \
        and not any(a in ("would", "'d", "should") for a in auxes) and not _if_clause(tok) \
        and not any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children) \
        and (tok.dep_ in ("ccomp", "ROOT") or not _irrealis(tok.head))


def _reported_subject(subj: Token, verb: Token, said: Token | None, q: dict) -> bool:
    """The subject, just outside a partial quote, of the quoted act, in the clause the speaker's
    verb reports: 'Reid said Trump "may have violated the law"' (Trump did it by Reid's words; not
    a name in some other clause of the sentence)."""
    return q.get("kind") == "partial" and said is not None and subj.i < verb.i and verb.dep_ == "ccomp" \
        and verb.head.i == said.i and subj.head.i == verb.i


def _same_side(a, b) -> bool:
    """The same actor, or two of one country: a minister on his own country's strikes."""
    return a.key == b.key or (a.country is not None and a.country == b.country)


#: entity types of names that may hold an evaluative word: 'the Dangerous Animal Response Team',
#: 'the Bad Boy Records label' (a person's nickname, 'Crooked Hillary', stays an epithet)
NAME_TYPES = {"ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW", "GPE", "LOC", "NORP"}


def _in_name(word: Token) -> bool:
    """An evaluative word that is part of a name, not said of it: 'the Dangerous Animal Response
    Team' (a capitalised word inside a name the tagger labels other than a person)."""
    return word.ent_type_ in NAME_TYPES and word.text[:1].isupper()


def _country(actor) -> str | None:
    return actor.country


# --- who speaks (issue 14): a medium that reports, an aide named for his principal ---

#: verbs by which a medium relays what others said or did: 'the Houston Chronicle reported',
#: 'a National Review story that detailed the allegations'
RELAYING = {"report", "detail", "publish", "reveal", "carry", "cite", "print", "air", "broadcast", "relay", "recount"}
#: nouns for a medium's piece: 'a National Review story', 'a Reuters report'
PIECES = {"story", "report", "article", "investigation", "piece", "account", "exposé", "expose", "broadcast", "segment"}


@lru_cache(maxsize=None)
def news_media() -> tuple[frozenset[str], frozenset[str]]:
    """(full names, last words) of news outlets: lexicons/news_media.txt and news_agencies.txt."""
    full, last = set(lexicon.news_agencies()), set()
    for line in lexicon.read_list("news_media.txt"):
        (last if line.startswith("* ") else full).add(line[2:] if line.startswith("* ") else line)
    return frozenset(full), frozenset(last)


def _medium(actor) -> bool:
    """A news outlet by its name: 'CNN', 'the Houston Chronicle', 'National Review'."""
    if actor.actor_type not in ("organization", "group"):
        return False
    full, last = news_media()
    name = actor.name.removeprefix("The ")
    return name in full or name.split()[-1] in last


def _relaying_verb(tok: Token) -> Token | None:
    """The reporting verb whose reporter the noun phrase of ``tok`` is, or None: 'the Houston
    Chronicle reported' (subject), 'according to the Associated Press', 'a National Review story
    that detailed ...' (a piece of the medium's)."""
    while tok.dep_ in ("compound", "poss", "flat") and tok.head is not tok:
        tok = tok.head  # 'Houston' -> 'Chronicle'; 'National Review' -> 'story'
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in RELAYING:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent" \
            and tok.head.head.lemma_.lower() in RELAYING:
        return tok.head.head  # 'the charges, reported by the Houston Chronicle'
    if tok.lemma_.lower() in PIECES:
        return next((c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in RELAYING), None)
    return None


def _relayed_by_medium(src_m, evidence_tok: Token) -> bool:
    """A news outlet only relays the stance it reports: '... charges he lied to officials, the
    Houston Chronicle reported' (the prosecutors accuse, not the paper); 'according to the AP,
    571 superdelegates supported Clinton'. Its own verb stays its stance: 'the New York Times
    criticized Trump in an editorial'."""
    if not _medium(src_m.actor):
        return False
    span = evidence_tok.doc.char_span(src_m.start, src_m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = _relaying_verb(span.root)
    return verb is not None and verb.i != evidence_tok.i and verb.sent.start == evidence_tok.sent.start


def _named_voice(speaker, said: Token | None, resolve):
    """The named aide who speaks for a principal: in "Clinton's campaign chairman, John Podesta,
    said: '...'" the quote extractor may give the possessor, Clinton; Podesta speaks. An unnamed
    aide ('Clinton's spokesman said') leaves the speaker as it was."""
    if said is None or said.pos_ not in ("VERB", "AUX"):
        return speaker
    who = _subject_of(said)
    if who is None or who.pos_ != "NOUN" or not who.left_edge.idx <= speaker.start < speaker.end <= who.idx:
        return speaker  # the speaker must be the role's owner, before it: 'Clinton's (campaign) chairman'
    for name in who.children:
        if name.dep_ == "appos" and name.pos_ == "PROPN":
            m = resolve(name)
            if m is not None and m.actor.actor_type == "person" and m.actor.key != speaker.actor.key:
                return m
    return speaker


def _reported(doc: Doc, resolve, quotes, emit) -> list[dict]:
    """Stances carried by reported speech and quotes (see module docstring)."""
    out = []
    reject = {"kind": "reject", "polarity": -1, "cameo": "120"}
    criticize = {"kind": "criticize", "polarity": -1, "cameo": "111"}
    accuse = {"kind": "accuse", "polarity": -1, "cameo": "112"}
    praise = {"kind": "praise", "polarity": 1, "cameo": "051"}
    words = evaluative()
    hostile = hostile_acts()
    for q in quotes:
        speaker = _quote_speaker(q, resolve)  # (with 'he said' resolved by the quote extractor)
        if speaker is None:
            continue
        span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
        if span is None:
            continue
        cue_tok = doc.char_span(q["cue_start"], q["cue_end"], alignment_mode="expand")[0] if q.get("cue_start") is not None else span[0]
        said = cue_tok if q.get("cue_start") is not None else None  # the speaker's own verb, when known
        speaker = _named_voice(speaker, said, resolve)  # 'Clinton's campaign chairman, John Podesta, said'
        who = _subject_of(said) if said is not None and said.pos_ in ("VERB", "AUX") else None
        if who is not None and who.pos_ == "NOUN" and (who.lemma_.lower() in ENTOURAGE | KIN or (
                resolve.index is not None and _person_of(who, resolve.index.resolve_token(who)))):
            continue  # 'Henry Clay's biographers wrote ...', 'the Frankfurt court said ...': they speak, not
            # Clay or Frankfurt
        # an obligation laid on an actor: 'Moscow had to immediately stop bombing civilians'
        for tok in span:
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if ((tok.lemma_, nxt.lower_ if nxt is not None else None) in OBLIGATION or (tok.lemma_, None) in OBLIGATION) \
                    and not any(c.lower_ in ("will", "would", "'ll", "may", "might") for c in tok.children if c.dep_ == "aux"):
                # ('should', 'must' are auxiliaries: the subject hangs from their verb)
                verb = tok.head if tok.dep_ == "aux" else tok
                if q.get("kind") == "direct" and tok.tag_ == "VBD":
                    continue  # '"Paul had to react this way"': a past necessity told, not a demand
                if _if_clause(verb):
                    continue  # 'if their objective is X, then they must ...': a condition, not a demand
                subj = _subject_of(verb)
                if _in_question(verb) or (verb.dep_ == "ccomp" and _negated(verb.head)):
                    continue  # 'asked whether Sanders should quit', 'did not believe Persky should be recalled'
                if any(c.dep_ == "expl" for c in verb.children):
                    continue  # '"there should be no doubt about that"': no one is told to do anything
                if _not_said_by(tok, said, speaker, resolve, negation=False):
                    continue  # 'he reminded Kelly that Trump once "suggested that Pecker should be editor"'
                if verb.lemma_.lower() in NOT_DEMANDED or cue_tok.lemma_.lower() in NOT_DEMANDING \
                        or (verb.lemma_ == "have" and verb.i != tok.i and any(c.dep_ == "dobj" for c in verb.children)):
                    continue  # 'ruled Lee should get a tenth', '"Sideways should win"', 'Fars reported ... must':
                    # an entitlement, a prediction or a report, not a demand of the subject
                if subj is None or (subj.pos_ != "PROPN" and resolve._definite(subj) is None) or _negated(verb) or _negated(tok) or verb.tag_ == "VBG" \
                        or verb.dep_ in ("relcl", "pcomp") or any(c.lower_ == "'d" for c in verb.children) \
                        or any(g.tag_ in ("WP", "WDT") for c in verb.children for g in (c, *c.children)):
                    continue  # a named actor told what it must do: not 'they need to know', 'what he has to say'
                if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
                        and verb.lemma_.lower() not in PUNISHING_VERBS:
                    continue  # '"Clinton should be elected"': a passive asks others to act; only a punishment
                    # asked for ('"Manafort should be fired"') is a demand against its subject
                obliged = resolve(subj)
                if obliged is not None and obliged.actor.actor_type == "country" \
                        and obliged.actor.country == speaker.actor.country:
                    continue  # '"America must reject this merchant of death," the congressman said': a call
                    # to one's own nation, not a demand of another actor
                rec = emit(speaker, obliged, cue_tok, DEMAND, tok, q["quote_id"],
                           cue_text=f"{q['cue']} … {tok.text}" if q.get("cue") else tok.text)
                if rec:
                    out.append(rec)
        pairs = {(r["source_id"], r["target_id"], r["end"]) for r in out}
        for tok in span:
            # an act the speaker says an actor did: 'a strong tendency for it to strike rebels'
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma in hostile and not _negated(tok) and (not _irrealis(tok) or _hedged_past(tok)) \
                    and (not hostile[lemma] or _victim(tok)) and not _event_agent(tok):
                subj = _agent(tok)
                if subj is None or (subj.pos_ == "PRON" and subj.lower_ in FIRST_PERSON) \
                        or not (span.start <= subj.i < span.end or _reported_subject(subj, tok, said, q)):
                    continue
                target = resolve(subj)
                if target is None or _same_side(speaker.actor, target.actor) \
                        or (speaker.actor.key, target.actor.key, tok.sent.start_char + len(tok.sent.text.rstrip())) in pairs:
                    continue
                rec = emit(speaker, target, tok, accuse, tok, q["quote_id"], cue_text=tok.text)
                if rec:
                    out.append(rec)
        # evaluative words said of an actor or its claims: 'the French accusations were "strange
        # and flimsy"' (a rejection of France), '"... employs someone else's fiction"' (criticism),
        # '"Obama is doing the right thing"' (praise). 'propaganda center' names a thing, not a
        # judgement; 'not racist' judges nothing.
        for word in span:
            polarity = evaluation(word, words)
            epithet = polarity < 0 and word.dep_ in ("compound", "amod") and word.head.pos_ == "PROPN" \
                and word.i < word.head.i and not _in_name(word)
            judged = word.head if epithet else (_judged(word) if polarity else None)  # '"thug Putin kills ..."'
            denied = polarity > 0 and judged is None and _denied_quality(word)
            if polarity > 0 and judged is not None and _said_of(judged, said) is not None and any(
                    c.dep_ == "prep" and c.lower_ in ("for", "to") for c in word.children):
                continue  # '"he's been good for business," the dealer said of Obama': a benefit, not a quality
            if not polarity and word.lower_ in good_qualities() and _denied_view(word):
                polarity = 1  # a quality only ever denied here: '"I don't think she's been truthful"'
                judged = _judged(word)
            if polarity > 0 and judged is not None and not epithet and _denied_view(word):
                denied = True  # '"I just don't think she's been truthful," Smith said'
            if not polarity and word.lower_ in good_qualities() and _denied_quality(word):
                polarity, denied = 1, True  # a quality only ever denied: 'Clinton is not a viable choice'
            if denied:  # 'said Trump is not qualified to be president': a good quality denied is criticism
                judged = _quality_subject(word)
            if judged is not None and not epithet and said is not None and _negated(said):
                if not (polarity > 0 and said.lemma_.lower() in NEG_RAISING):
                    continue  # 'Holden does not think Baxter is unfit': the speaker does not say it
                denied = True  # '"I don't think she's been truthful"': a good quality denied
            if judged is not None and judged.lower_ == "it" and not epithet:
                judged = _for_doer(word) or judged  # '"it was inappropriate for Ginsburg to criticize Trump"'
            if judged is not None and judged.lower_ == "you" and not epithet:
                judged = _addressee(span, said) or judged  # '"You're very rude," Clinton told O'Brien'
            if judged is not None and not epithet and judged.lower_ in THING_SAID_OF and not any(
                    c.dep_ == "prep" and c.lower_ in ("for", "to")
                    for c in (*word.children, *(word.head.children if word.dep_ in ("acomp", "attr") else ()))):
                judged = _thing_said_of(judged, said) or judged  # '"It's a disgrace," Smith said of Jones's plan'
                # (not '"It is bad for Ohio," ... said of the plan': a harm to someone, not a quality)
            if judged is None or (judged.pos_ == "PRON" and judged.lower_ in FIRST_PERSON | THING_PRONOUNS | THING_SAID_OF):
                continue
            if not epithet and _not_said_by(word, said, speaker, resolve, negation=not denied):
                continue
            if denied:
                row = criticize
            elif polarity > 0:
                row = praise
            elif epithet:
                row = MOCK  # a name-calling epithet before a name: '"Crooked Hillary"', '"thug Putin"'
            else:
                row = reject if judged.lemma_ in ("accusation", "claim", "allegation", "charge") else criticize
            if not epithet and judged.pos_ == "NOUN":
                judged = _said_of(judged, said) or _owner(judged, resolve, ("from", "by"), made=True)
                # '"This decision by the FBI was a disgrace"': the FBI's; '"This ad Smith released is
                # horrific"': Smith's
            judged = _said_of(judged, said) or judged  # '"His behavior was deplorable," Sanders said of Clinton'
            rec = emit(speaker, resolve.target(judged), cue_tok, row, word, q["quote_id"],
                       cue_text=f"not {_word_form(word, words)}" if denied else _word_form(word, words))
            if rec:
                out.append(rec)
    return out


# --- a named speaker's claim in a Title Case headline (issue 14) ---

def _title_case(span) -> bool:
    """Most words of the span capitalised, as in a headline: 'Jones Is Unfit To Serve'."""
    words = [t for t in span if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _title_judgement(tok: Token, words: dict[str, int]) -> bool:
    """A negative word of evaluative.csv read by its lower-case form, since the tagger takes every
    capitalised word of a Title Case line for a name: 'Disqualifying', 'Hateful', "'Dumb'". (Not a
    stance verb: in 'Jones Slams Smith' the name before the verb is its doer, not its target.)"""
    return words.get(tok.lower_.strip("'\u2018\u2019\""), 0) < 0


def _party_modifier(named) -> bool:
    """A party word of a Title Case line with a capitalised word after it: 'Republican Populist
    Anger', 'Democratic Voters' (a modifier, not the party as an actor)."""
    if not len(named) or named.text.lower() not in PARTY_WORDS:
        return False
    nxt = named.doc[named.end] if named.end < len(named.doc) else None
    return nxt is not None and nxt.is_alpha and nxt.text[:1].isupper()


def _headline_claims(doc: Doc, resolve, quotes, emit) -> list[dict]:
    """A named speaker's claim in a Title Case headline: 'Smith: Jones Playing Dumb Is
    "Disqualifying"', "Smith: Jones's 'Hateful Rhetoric' Hurts The Party" -> Smith criticizes
    Jones. The parse of a Title Case line is unreliable, so the claim is read word by word: a
    negative word of evaluative.csv says it of the nearest named actor before it in the claim.
    Not a claim with no such actor before the word ('Smith: Voters Are Angry'), nor one negated
    before the word ('Smith: Jones Is Not Corrupt')."""
    out = []
    words = evaluative()
    for q, speaker, span, said in _spoken_quotes(doc, quotes, resolve):
        if said is None or said.text != ":" or not _title_case(span):
            continue
        for tok in span:
            if not _title_judgement(tok, words) or resolve(tok) is not None:
                continue  # (a word the name finder took into a name: 'Baxter Playing Dumb' is no actor's name)
            before = span.doc[span.start:tok.i]
            if any(t.lower_ in NEGATING | NO_AMOUNT | HYPOTHETICAL_MODALS | {"if", "whether"} for t in before):
                break  # ('Smith: Jones Is Not Corrupt', "Smith: 'No Idea' If I Would Have Said It Was Bad"): a
                # denial or a supposition, whatever comes after
            target = next((m for t in reversed(before) if t.lower_ not in FIRST_PERSON
                           for m in [resolve.target(t)] if m is not None and m.actor.key != speaker.actor.key), None)
            named = span.doc.char_span(target.start, target.end, alignment_mode="expand") or () if target else ()
            if target is None or any(_title_judgement(t, words) for t in named) or _party_modifier(named):
                continue  # (nor a 'name' that holds a judging word, nor 'Republican Populist Anger': a party
                # word modifying a noun names the party's voters' thing, not the party)
            rec = emit(speaker, target, tok, UNDER_FIRE, tok, q["quote_id"], cue_text=tok.text.strip("'\u2018\u2019\""))
            if rec:
                out.append(rec)
            break  # the claim's first judgement only
    return out


# --- judgements in quotes with no stance verb (issue 14): a quality denied, a first-person refusal ---

@lru_cache(maxsize=None)
def good_qualities() -> frozenset[str]:
    """Qualities an actor can be said to lack ('integrity', 'temperament'): lexicons/good_qualities.txt."""
    return frozenset(lexicon.read_list("good_qualities.txt"))


@lru_cache(maxsize=None)
def refusal_verbs() -> dict[str, dict]:
    """lemma -> row of lexicons/refusal_verbs.csv (prep, kind, polarity, cameo)."""
    return {row["lemma"]: row for row in lexicon.read_table("refusal_verbs.csv")}


#: verbs whose negation denies the quality that is their object: 'has not shown the temperament'
SHOWING = {"have", "show", "demonstrate", "display", "possess", "exhibit", "bring"}
CONDITIONAL_THREAT = {"kind": "threaten", "polarity": -1, "cameo": "130"}


def _quote_speaker(q: dict, resolve):
    """The actor mention that speaks a quote (its speaker span, or the actor the quote extractor
    resolved a 'he said' to), or None; a place does not speak."""
    if q.get("speaker_start") is None or resolve.index is None:
        return None
    speaker = _described_speaker(q, resolve) or resolve.index.covering(q["speaker_start"], q["speaker_end"])
    if speaker is None and q.get("speaker_id"):
        speaker = resolve.mention_of(q["speaker_id"], q["speaker_start"], q["speaker_end"])
    if speaker is None or speaker.actor.actor_type == "place":
        return None
    return speaker


def _described_speaker(q: dict, resolve):
    """A quote's speaker that is a filing or a description of a named person: '..., the lawsuit
    says' (who filed it), '..., the Utah Republican said' (the one person it fits)."""
    span = resolve.index.doc.char_span(q["speaker_start"], q["speaker_end"], alignment_mode="expand")
    root = span.root if span is not None else None
    if root is None:
        return None
    if _description(root) is not None:
        return resolve._described_person(root)  # (not the party the quote extractor may find in it)
    if root.lemma_.lower() in AUTHORED and root.pos_ == "NOUN" and resolve.index.covering(span.start_char, span.end_char) is None:
        return resolve(root)
    return None


def _spoken_quotes(doc: Doc, quotes, resolve):
    """Each quote with a speaker who says it: (quote, speaker mention, its span, the speech verb or
    None). The named aide speaks for his principal; a negated cue ('she does not think Smith lacks
    ...', 'she did not say Baxter's plan was reckless') says nothing."""
    for q in quotes:
        speaker = _quote_speaker(q, resolve)
        if speaker is None:
            continue
        span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
        if span is None:
            continue
        said = doc.char_span(q["cue_start"], q["cue_end"], alignment_mode="expand")[0] \
            if q.get("cue_start") is not None else None
        speaker = _named_voice(speaker, said, resolve)  # 'Clinton's campaign chairman, John Podesta, said'
        if said is not None and _negated(said):
            continue
        yield q, speaker, span, said


def _quality_object(verb: Token) -> Token | None:
    """The quality noun a verb takes as its object, conjuncts included: 'lacks the integrity and
    temperament to serve' -> integrity; 'is lacking in judgment' -> judgment."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return next((o for o in objs if o.pos_ == "NOUN" and o.lower_ != "right" and (
        o.lemma_.lower() in good_qualities() or evaluative().get(o.lower_, 0) > 0)), None)  # ('had no right
    # to criticize him' denies an entitlement, not a quality)


def _denied_quality_of(verb: Token) -> Token | None:
    """The subject an actor's quality is denied of, when ``verb`` denies one: '"Smith lacks the
    judgment to lead"', 'said Smith has not shown the temperament needed', '"she has no
    credibility"'. None for 'does not lack', a question, a condition or a modal ('may lack', 'if he
    lacks'), a first-person subject or a thing."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or _in_question(verb) or _irrealis(verb) or _predicted(verb):
        return None
    quality = _quality_object(verb)
    if quality is None:
        return None
    if lemma == "lack":
        if _negated(verb):
            return None  # 'he does not lack courage': a quality granted
    elif lemma in SHOWING:
        has_no = lemma == "have" and any(c.dep_ == "det" and c.lower_ == "no" for c in quality.children)
        if not (has_no or any(c.dep_ == "neg" for c in verb.children)):
            return None
    else:
        return None
    subj = _subject_of(verb)
    if subj is None or (subj.pos_ == "PRON" and subj.lower_ in FIRST_PERSON | THING_PRONOUNS | {"you"}):
        return None
    return subj


def _judged_in_quote(tok: Token) -> tuple[Token | None, str | None]:
    """The one a quoted verb judges and the cue text: a quality denied ('he lacks the judgement')
    or trust withheld ('he cannot be trusted'); (None, None) when neither."""
    judged = _denied_quality_of(tok)
    if judged is not None:
        return judged, f"{tok.text} {_quality_object(tok).text}"
    distrusted = _distrusted(tok)
    if distrusted is not None:
        return distrusted, f"not {tok.text}"
    return None, None


#: verbs whose negated passive says its subject is unworthy of them: 'Smith can't be trusted'
TRUSTING = {"trust", "believe", "rely", "count"}


def _distrusted(verb: Token) -> Token | None:
    """The subject said not to be trusted: '"Smith can't be trusted"', 'said Smith cannot be relied
    on', 'Smith is not to be believed'. None for 'can be trusted', a question, a condition ('if
    Smith can't be trusted'), a first-person or thing subject."""
    if verb.lemma_.lower() not in TRUSTING or verb.tag_ != "VBN" or not _negated(verb) \
            or not any(c.dep_ == "auxpass" for c in verb.children) or _in_question(verb) or _if_clause(verb) \
            or any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or (subj.pos_ == "PRON" and subj.lower_ in FIRST_PERSON | THING_PRONOUNS | {"you"}):
        return None
    return subj


def _first_person_refusal(verb: Token, speaker, resolve=None) -> tuple[Token, dict] | None:
    """The actor a speaker refuses in the first person, and the row: '"I will not vote for him"',
    '"I cannot support Smith"', '"I don't trust her"' (oppose; distrust is criticism); under a
    condition it is a stated threat ('"If he stays, I will not vote for him"'). None for 'I will
    not only support', a question, 'I could not support him more', or a subject other than 'I'
    ('we' for an organisation or country that speaks). Reported speech in the third person counts when
    its subject is the speaker and the refusal is stated ahead: 'Hunter said he will not vote for Trump',
    'Ryan declared that he cannot support Trump', 'Curbelo vowed not to vote for him' (_reported_refusal)."""
    row = refusal_verbs().get(verb.lemma_.lower())
    if row is None or verb.pos_ != "VERB" or _in_question(verb):
        return None
    if not any(c.dep_ == "neg" for c in verb.children) or any(c.lower_ in ("only", "more") for c in verb.subtree
                                                             if c.head.i == verb.i or c.head.head.i == verb.i):
        return None
    subj = _subject_of(verb)
    we_ok = speaker.actor.actor_type in ("organization", "country") or row["lemma"] == "allow"
    # ('"We will not allow Trump to become president," Sanders said': a person's 'we' that bars someone)
    if subj is None or not (subj.lower_ == "i" or (we_ok and subj.lower_ == "we")):
        if not _reported_refusal(verb, subj, speaker, resolve):
            return None
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "might", "may") for c in verb.children):
        return None  # 'I should not trust him too much', 'I may not vote for him': not a stated refusal
    if row["prep"]:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == row["prep"]), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    else:
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None and row["lemma"] == "allow":  # 'will not allow Trump to become president'
            obj = next((g for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                        for g in c.children if g.dep_ == "nsubj"), None)
    if obj is None:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if obj.pos_ != "PRON" and owner is not None and resolve is not None and resolve(owner) is not None:
        obj = owner  # "cannot support Mr Brown's finance facility": refusing Brown's plan refuses Brown
    conditional = any(_if_clause(t) for t in [verb, *verb.children]) or any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
        for c in verb.children)
    if conditional and (subj is None or subj.lower_ not in ("i", "we")):
        return None  # 'said that if the party chose him, he would not support Clinton': a refusal told
        # under a condition in reported speech is not stated (a first-person one is a threat)
    return obj, (CONDITIONAL_THREAT if conditional else row)


#: auxiliaries that state a refusal ahead in reported speech: 'said he will not / would not / cannot ...'
REFUSING_AUX = {"will", "wo", "'ll", "would", "'d", "can", "ca"}
#: verbs of promising whose negated complement is a stated refusal: 'vowed not to vote for him'
VOWING = {"vow", "pledge", "promise", "swear"}


def _reported_refusal(verb: Token, subj, speaker, resolve) -> bool:
    """A refusal in reported speech whose subject is the speaker: a 'he' / 'she' / 'it' / 'they' the
    actors stage links to the speaker's actor, with a will / would / can (not 'did not vote for
    him', a past act told, nor 'would not have'); or no subject of its own under a vow of the
    speaker's ('vowed not to vote for Trump', 'pledged never to support him')."""
    if resolve is None or speaker is None:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if subj is None or (verb.dep_ == "xcomp" and subj.head.i == verb.head.i):  # the vower is the refuser
        return verb.dep_ == "xcomp" and _lemma(verb.head) in VOWING and "to" in aux \
            and not _negated(verb.head) and not _in_question(verb.head)
    if subj.lower_ not in ("he", "she", "it", "they") or "have" in aux or not set(aux) & REFUSING_AUX:
        return False
    m = resolve(subj)
    return m is not None and m.actor.key == speaker.actor.key


def _quoted_judgements(doc: Doc, resolve, quotes, emit) -> list[dict]:
    """Judgements a named speaker makes in a quote or reported speech with no stance verb: a
    good quality denied of an actor ('"Smith lacks the integrity to serve," Jones said': Jones
    criticizes Smith) and a first-person refusal ('"I will not vote for Smith," Jones said':
    Jones opposes Smith). The target is a name or a pronoun the actors stage resolved."""
    out = []
    for q, speaker, span, said in _spoken_quotes(doc, quotes, resolve):
        for tok in span:
            if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.lemma_.lower() in upsetting_verbs()):
                continue  # ('"Trump's comments disgust me"': 'disgust' tagged a noun)
            if _not_said_by(tok, said, speaker, resolve):
                continue  # 'I don't think Smith lacks ...', 'Jones said Smith claimed ...'
            judged, cue_text = _judged_in_quote(tok)
            if judged is not None:
                rec = emit(speaker, resolve.target(judged), said or tok, UNDER_FIRE, tok, q["quote_id"],
                           cue_text=cue_text)
                if rec:
                    out.append(rec)
                continue
            felt = _felt_toward(tok, speaker)
            if felt is not None:
                rec = emit(speaker, resolve.target(felt[1]), felt[0], UNDER_FIRE, felt[0], q["quote_id"],
                           cue_text=felt[0].text)
                if rec:
                    out.append(rec)
                continue
            upset = _upsets_speaker(tok)
            if upset is not None:
                for subj in _with_conjuncts(upset):  # '"Both Trump and Cruz scare me"'
                    subj = _said_of(subj, said) or (_owner(subj, resolve) if subj.pos_ == "NOUN" else subj)
                    upsetter = resolve.target(subj)
                    if upsetter is not None and subj.i != upset.i and subj.dep_ == "conj" \
                            and not upsetter.start <= subj.idx < upsetter.end:
                        continue  # a conjunct stands for itself: not '(Texas Sen.)' taken for another senator
                    if upsetter is not None and upsetter.actor.actor_type != "person":
                        continue  # '"Orlando terrified me"': what happened there, not the city (a place is
                        # often typed an organisation, so only a person upsets here)
                    rec = emit(speaker, upsetter,
                               tok, UNDER_FIRE, tok, q["quote_id"], cue_text=f"{tok.text} me")
                    if rec:
                        out.append(rec)
                continue
            refused = _first_person_refusal(tok, speaker, resolve)
            if refused is not None and _nested_quote(span, tok):
                continue  # '"... a column titled 'I Won't Ever Vote for Trump'"': the 'I' is the columnist's
            if refused is not None:
                obj, row = refused
                subj = _subject_of(tok)
                if subj is not None and subj.lower_ == "i" and _speaker_of_i(tok, speaker, resolve) is False:
                    continue
                rec = emit(speaker, resolve.target(obj), tok, row, tok, q["quote_id"],
                           cue_text=f"not {tok.text}")
                if rec:
                    out.append(rec)
    return out


# --- helper-75: a fault word on a thing a named actor owns, in a quote with no stance verb (issue 14) ---

@lru_cache(maxsize=None)
def fault_words() -> frozenset[str]:
    """Words that blame the owner of the thing they modify or name: lexicons/fault_words.txt."""
    return frozenset(lexicon.read_list("fault_words.txt"))


@lru_cache(maxsize=None)
def carrying_verbs() -> frozenset[str]:
    """Verbs whose subject owns or puts forward their object: lexicons/carrying_verbs.txt."""
    return frozenset(lexicon.read_list("carrying_verbs.txt"))


#: what a fault modifier may name of an actor without blaming it: what befalls or surrounds it
#: ('"Gray's dangerous health conditions"', '"his dangerous journey"')
FAULTLESS_NOUNS = {"condition", "health", "illness", "disease", "injury", "wound", "weather", "journey", "trip",
                   "mission", "neighborhood", "neighbourhood", "border", "territory", "environment", "surroundings"}

#: possessive pronouns that may stand for a named actor (not the speaker's 'my', 'our', nor 'your')
THIRD_POSSESSIVE = {"his", "her"}


def _fault_owner(word: Token) -> Token | None:
    """The phrase for the actor a fault word blames when it is neither a predicate nor part of a
    name: a modifier or noun whose phrase an actor owns ('"Baxter's reckless tax cuts will hurt
    Ohio"', '"the failed Baxter agenda"', '"to fix the mistakes made by Baxter"', '"the failures
    of Baxter"') or the object of a verb of carrying whose subject is the actor ('"Baxter
    represents the same failed policies"'). None when negated, hypothetical or asked ('"if
    Baxter's plan were reckless"', '"Baxter's plan would be a disaster"'), for people tied to the
    owner ('"Baxter's racist supporters"': theirs, not his), and for a predicate of 'be', which
    _reported judges."""
    if word.lower_ not in fault_words() or _in_name(word):
        return None
    if word.dep_ == "amod" and word.pos_ in ("ADJ", "VERB") and word.head.pos_ == "NOUN":  # ('failed': VERB)
        noun, fault_noun = word.head, False
    elif word.pos_ == "NOUN" and word.dep_ not in ("compound", "amod", "attr", "acomp"):
        noun, fault_noun = word, True
    else:
        return None
    lemma = noun.lemma_.lower()
    if noun.dep_ in ("attr", "acomp", "oprd") or lemma in NOT_JUDGING_NOUNS | FAULTLESS_NOUNS \
            or noun.lower_ in lexicon.situation_nouns() or _people_tied(lemma) or lemma in PEOPLE_OF | KIN_PERSON | ENTOURAGE | COUNSEL \
            or any(c.dep_ in ("neg", "det") and c.lower_ in ("no", "not", "never") for c in [*word.children, *noun.children]):
        return None
    verb = _clause_verb(noun)
    if _in_question(verb) or _if_clause(verb) or any(t.text == "?" for t in word.doc[word.i:word.sent.end]) \
            or (fault_noun and (_negated(verb) or _irrealis(verb)) and _relative_doer(noun) is None):
        return None  # (a modifier is said whatever the clause does: '"Baxter's reckless cuts will not
        # help"' still calls them reckless; a fault noun is not: '"Baxter did not make mistakes"'; one
        # a relative clause pins on its doer is, whatever the main clause: '"we must fix the mistakes Baxter made"')
    if any(c.lower_ == "own" for c in noun.children):
        return None  # '"his own mistakes"': often the speaker's admission for him, unclear
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner if owner.pos_ == "PROPN" or owner.lower_ in THIRD_POSSESSIVE else None
        # (a pronoun counts only as the quote is 'said of' a name: _quoted_faults)
    named = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i), None)
    if named is not None:
        return named  # '"the failed Baxter agenda"' (a place as topic is dropped by the caller)
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in authoring_participles():
            by = next((a for a in c.children if a.dep_ == "agent"), None)
            agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if agent is not None:
                return agent  # '"the mistakes made by Baxter"'
    if fault_noun:
        of = _prep_object(noun, ("of",))
        if of is not None and of.pos_ == "PROPN":
            return of  # '"the failures of Baxter"'
        doer = _relative_doer(noun)
        if doer is not None:
            return doer  # '"the divisiveness Baxter has brought"', '"the mistakes Baxter made"'
    carried = noun
    while carried.dep_ == "pobj" and carried.head.lower_ == "of" and carried.head.head.pos_ == "NOUN":
        carried = carried.head.head  # '"a continuation of the same failed policies"'
    if carried.dep_ in ("dobj", "obj") and carried.head.lemma_.lower() in carrying_verbs() \
            and not _negated(carried.head) and not _irrealis(carried.head):
        subj = _subject_of(carried.head)
        if subj is not None and subj.pos_ == "PROPN":
            return subj  # '"Baxter represents the same failed policies"'
    return None


#: verbs by which an actor brings a fault about: '"the divisiveness Baxter has brought"'
BRINGING = {"bring", "create", "cause", "sow", "spread", "stoke", "tell"}


def _relative_doer(noun: Token) -> Token | None:
    """The named subject of a relative clause that says who made or brought the fault a noun names:
    '"the vulgarity Baxter has brought into politics"', '"the lies Baxter told"', '"the mistakes
    Baxter made"'. None when that clause is negated or hypothetical ('"the mess Baxter would
    cause"'), or its verb does not make the fault ('"the mistakes Baxter exposed"')."""
    for c in noun.children:
        if c.dep_ != "relcl" or c.pos_ != "VERB" or _negated(c) or _if_clause(c) or any(
                a.dep_ == "aux" and a.lower_ in HYPOTHETICAL_MODALS | OBLIGING_MODALS | {"will", "'ll"} for a in c.children):
            continue  # (its own modal only: '"we must fix the mistakes Baxter made"' still says she made them)
        if c.lemma_.lower() not in BRINGING and c.lemma_.lower() not in authoring_participles():
            continue
        subj = _subject_of(c)
        if subj is not None and subj.pos_ == "PROPN":
            return subj
    return None


def _quoted_faults(doc: Doc, resolve, quotes, emit, found: list[dict]) -> list[dict]:
    """Criticism a named speaker makes in a quote or reported speech by a fault word on what
    another named actor owns or puts forward, with no stance verb: '"Baxter's reckless tax cuts
    will hurt Ohio," Holden said' -> Holden criticizes Baxter. Not the speaker's own or his side's
    ('"our failed policies"', a country's speaker on that country), nor an edge another rule gave
    for the same pair and sentence."""
    out = []
    pairs = {(r["source_id"], r["target_id"], r["end"]) for r in found}
    for q, speaker, span, said in _spoken_quotes(doc, quotes, resolve):
        for word in span:
            judged = _fault_owner(word)
            if judged is None or not (span.start <= judged.i < span.end) or _nested_quote(span, word) \
                    or _not_said_by(word, said, speaker, resolve):
                continue
            if judged.pos_ != "PROPN":
                judged = _said_of(judged, said)  # '"his reckless plan," Holden said of Baxter'; a pronoun
                # otherwise is left alone: 'its' and 'his' in quotes went to the wrong actor too often
                if judged is None:
                    continue
            target = resolve.target(judged)
            if target is None or target.actor.actor_type == "place" or (target.actor.actor_type == "country"
                                                                       and target.actor.country == speaker.actor.country) \
                    or (judged.dep_ == "compound" and _topic(judged, resolve)):
                continue
            if (speaker.actor.key, target.actor.key, word.sent.start_char + len(word.sent.text.rstrip())) in pairs:
                continue  # the pair is already judged in this sentence by another rule
            rec = emit(speaker, target, said or word, UNDER_FIRE, word, q["quote_id"], cue_text=word.text)
            if rec:
                pairs.add((rec["source_id"], rec["target_id"], rec["end"]))
                out.append(rec)
    return out


#: verbs of removing or punishing an actor: in the passive after 'should' or 'must' ('"Manafort
#: should be fired"') they demand it of whoever can, against the subject
PUNISHING_VERBS = {"fire", "sack", "terminate", "dismiss", "remove", "oust", "impeach", "recall", "censure", "expel",
                   "indict", "prosecute", "charge", "arrest", "jail", "imprison", "lock", "investigate", "probe",
                   "punish", "sanction", "ban", "disqualify", "discipline", "suspend", "condemn", "denounce",
                   "replace", "defeat", "reject", "stop", "try", "convict", "sentence", "deport", "hold", "shame",
                   "disband", "dissolve", "shut", "close", "abolish", "defund", "dismantle", "break", "audit", "sue"}


BLAME_ROW = {"kind": "blame", "polarity": -1, "cameo": "112"}
#: verbs whose clause is their subject's own claim: 'Rubio said Obama is to blame'
CLAIMING = {"say", "tell", "argue", "insist", "claim", "write", "suggest", "contend", "charge", "declare", "assert",
            "believe", "think", "add", "note", "tweet"}


def _blame_predicate(tok: Token) -> bool:
    """'X is to blame (for Y)': 'blame' as the infinitive complement of 'be', whose subject is the
    one blamed."""
    return tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_ == "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _to_blame(doc: Doc, verbs: list[Token], resolve, quotes, emit, body_ok) -> list[dict]:
    """'X is to blame' said by a named speaker blames X: '"Obama is to blame," Rubio said', 'Rubio
    said Obama is to blame for the crisis' (the speaker of the quote, or the subject of the verb of
    saying the clause hangs from). Not negated or asked ('Obama is not to blame'), nor the speaker's
    own side ('we are to blame')."""
    blames = [tok for tok in verbs if _blame_predicate(tok) and body_ok(tok.idx)]
    spoken = [(span, speaker) for _, speaker, span, _ in _spoken_quotes(doc, quotes, resolve)] if blames else []
    out = []
    for tok in blames:
        be = tok.head
        blamed = _subject_of(be)
        if blamed is None or _negated(be) or _negated(tok) or _in_question(be) or _asked(be) \
                or blamed.lower_ in FIRST_PERSON | THING_PRONOUNS | {"you"}:
            continue
        speaker = next((sp for span, sp in spoken if span.start <= tok.i < span.end), None)
        if speaker is None and be.dep_ == "ccomp" and be.head.lemma_.lower() in CLAIMING \
                and not _negated(be.head) and not _hypothetical(be.head, BLAME_ROW):
            speaker = resolve(_subject_of(be.head))
        if speaker is None:
            continue
        rec = emit(speaker, resolve.target(blamed if blamed.pos_ != "NOUN" else _owner(blamed, resolve)),
                   tok, BLAME_ROW, tok, cue_text="to blame")
        if rec:
            out.append(rec)
    return out


#: modifiers that give words a critical tone: "Trump's disparaging remarks about Fiorina"
CRITICAL_TONES = {"disparaging", "derogatory", "harsh", "scathing", "withering", "blistering", "caustic", "stinging",
                  "critical", "insulting", "demeaning", "belittling", "mocking", "scornful", "contemptuous", "hostile",
                  "nasty", "vicious", "angry", "sharp", "sharply-worded", "biting", "cutting", "searing", "acerbic"}
#: what words are spoken or written as, besides lexicons/statement_nouns.txt
WORDS_NOUNS = {"word", "comment", "language", "rhetoric", "attack", "critique", "remark", "editorial", "rebuke"}


def _toned_words(nouns: list[Token], resolve, emit, body_ok) -> list[dict]:
    """A named actor's words given a critical tone and aimed at another named actor criticize it,
    with no stance verb: "Trump's disparaging remarks about Fiorina", 'harsh words from Trump
    about Cruz', "Cruz's scathing statement on Trump" (the owner of a thing aimed at is the
    target: 'harsh words about her looks'). Not words without a named maker ('harsh words about
    Cruz'), nor a maker's words about itself."""
    from .quotes import statement_nouns

    out = []
    for tok in nouns:
        lemma = tok.lemma_.lower()
        if (lemma not in WORDS_NOUNS and lemma not in statement_nouns()) or not body_ok(tok.idx) \
                or not any(c.dep_ == "amod" and c.lower_ in CRITICAL_TONES for c in tok.children) or _negated(tok):
            continue
        maker = next((c for c in tok.children if c.dep_ == "poss"), None) or _prep_object(tok, ("from", "by"))
        aimed = _prep_object(tok, ("about", "on", "against", "toward", "towards", "at", "for", "of"))
        if aimed is not None and aimed.pos_ == "NOUN":
            if any(c.lower_ == "own" for c in aimed.children):
                continue  # 'harsh words about his own campaign'
            aimed = next((c for c in aimed.children if c.dep_ == "poss"), None)  # 'about her looks'
        if maker is None or aimed is None or maker.pos_ not in ("PROPN", "PRON") or aimed.pos_ not in ("PROPN", "PRON") \
                or not _named_before(aimed, resolve):
            continue  # (a pronoun only for an actor named earlier in its sentence)
        source, target = resolve(maker), resolve.target(aimed)
        if source is None or target is None or source.actor.key == target.actor.key:
            continue
        tone = next(c for c in tok.children if c.dep_ == "amod" and c.lower_ in CRITICAL_TONES)
        rec = emit(source, target, tok, UNDER_FIRE, tok, cue_text=f"{tone.text} {tok.text}")
        if rec:
            out.append(rec)
    return out


#: verbs by which a narrated actor points out another's faults: 'Comey laid out a record of
#: misconduct by Clinton', "Rubio highlighted Trump's failed policies", "Cruz cited Trump's mistakes"
#: ('lay' and 'point' only with 'out' / 'to')
EXPOSING = {"cite", "detail", "highlight", "list", "recount", "document", "expose", "catalog", "catalogue",
            "spotlight", "underscore", "lay", "point"}


def _exposed_object(verb: Token) -> Token | None:
    """The phrase an exposing verb points out: its object, or the object of 'to' after 'point'."""
    lemma = verb.lemma_.lower()
    if lemma == "point":
        return _prep_object(verb, ("to",)) or (next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
                                              if any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) else None)
    if lemma == "lay" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None  # ('laid a wreath')
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _narrated_faults(verbs: list[Token], resolve, emit, body_ok, found: list[dict]) -> list[dict]:
    """A named actor told as pointing out another named actor's faults criticizes it, with no
    stance verb: 'Comey laid out an extended record of misconduct by Clinton', "Rubio highlighted
    Trump's failed policies" (fault words of lexicons/fault_words.txt on what the target owns, as
    :func:`_quoted_faults` reads them in quotes). Not negated, hypothetical or asked ('did not
    cite'), not one's own faults ('highlighted his own mistakes'), and not a pair another rule
    already gave in the sentence."""
    out = []
    pairs = {(r["source_id"], r["target_id"], r["end"]) for r in found}
    for tok in verbs:
        if tok.lemma_.lower() not in EXPOSING or not body_ok(tok.idx) or _negated(tok) \
                or _hypothetical(tok, UNDER_FIRE) or _in_question(tok):
            continue
        obj, agent = _exposed_object(tok), _agent(tok)
        source = resolve(agent) if obj is not None and agent is not None else None
        if source is None or source.actor.actor_type not in ("person", "organization", "country"):
            continue
        active_by = None if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) else _prep_object(tok, ("by",))
        for word in obj.subtree:
            owner = _fault_owner(word) or _fault_doer(word)
            if owner is None and active_by is not None and word.lower_ in fault_words() and word.pos_ == "NOUN":
                owner = active_by  # ('laid out a record of misconduct by Clinton': the parser hangs 'by' from the verb)
            if owner is None or owner.pos_ != "PROPN" or not (obj.left_edge.i <= owner.i <= obj.right_edge.i or owner is active_by):
                continue
            target = resolve.target(owner)
            if target is None or target.actor.key == source.actor.key or target.actor.actor_type == "place":
                continue
            if (source.actor.key, target.actor.key, word.sent.start_char + len(word.sent.text.rstrip())) in pairs:
                continue
            rec = emit(source, target, tok, UNDER_FIRE, word, cue_text=f"{tok.text} … {word.text}")
            if rec:
                pairs.add((rec["source_id"], rec["target_id"], rec["end"]))
                out.append(rec)
    return out


def _fault_doer(word: Token) -> Token | None:
    """The named doer of a fault noun after 'by': 'misconduct by Clinton', 'failures by the FBI'."""
    if word.lower_ not in fault_words() or word.pos_ != "NOUN":
        return None
    return _prep_object(word, ("by",))


#: the words an idiom's slots stand for (lexicons/critical_idioms.csv)
IDIOM_SLOTS = {
    "SELF": {"LOWER": {"IN": ["himself", "herself", "themselves", "itself", "yourself", "myself", "ourselves"]}},
    "POSS": {"LOWER": {"IN": ["his", "her", "their", "its", "your", "my", "our"]}},
    "DET": {"LOWER": {"IN": ["the", "a", "an"]}, "OP": "?"},
}


@lru_cache(maxsize=4)
def _idiom_matcher(vocab):
    """A spaCy Matcher over lemmas for every idiom of lexicons/critical_idioms.csv."""
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for row in lexicon.read_table("critical_idioms.csv"):
        words = row["idiom"].split()
        pattern = [IDIOM_SLOTS.get(w) or ({"TEXT": w} if not w.isalpha() else {"LEMMA": w}) for w in words]
        matcher.add(row["idiom"], [pattern])
    return matcher


def _idioms_said(doc: Doc, resolve, quotes, emit) -> list[dict]:
    """An idiom of criticism a named speaker says of a named actor criticizes it, with no stance
    word: '"They have dropped the ball," Pelosi said of the Republican Party', '"Trump keeps
    shooting himself in the foot," Ryan said' (lexicons/critical_idioms.csv). The idiom's
    subject is the target: a name, or a pronoun the quote is 'said of'. Not a first-person or
    unnamed subject, a negated, hypothetical or asked clause ('"Trump did not cross a line"'), nor
    words the speaker reports of someone else."""
    quoted = list(_spoken_quotes(doc, quotes, resolve))
    if not quoted:
        return []
    out = []
    for _, start, end in _idiom_matcher(doc.vocab)(doc):
        first = doc[start]
        verb = doc[start:end].root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # ('is out of touch': 'out' hangs from 'is')
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb) or _irrealis(verb) or _in_question(verb) or _asked(verb) \
                or any(c.text == "?" for c in verb.children):
            continue  # (a question about it: '"Has he been all over the place?"')
        for q, speaker, span, said in quoted:
            if not span.start <= start < span.end or _not_said_by(first, said, speaker, resolve):
                continue
            subj = _subject_of(verb)
            if subj is None or subj.lower_ in FIRST_PERSON | {"you"}:
                continue
            of = _prep_object(said, ("of",)) if said is not None and subj.lower_ == "they" else None
            subj = _said_of(subj, said) or (of if of is not None and of.pos_ == "PROPN" else subj)
            # ('"They have dropped the ball," Pelosi said of the Republican Party')
            if subj.lower_ in THING_PRONOUNS or subj.pos_ not in ("PROPN", "PRON") \
                    or (subj.pos_ == "PRON" and not (_named_before(subj, resolve)
                                                     or _quote_about(subj, span, speaker, resolve))):
                continue  # ('"I know him. He is all talk," Jones said': 'He' is the one the quote is about)
            rec = emit(speaker, resolve.target(subj), said or verb, UNDER_FIRE, first, q["quote_id"],
                       cue_text=doc[start:end].text)
            if rec:
                out.append(rec)
            break
    return out


def _speaker_of_i(tok: Token, speaker, resolve) -> bool | None:
    """Whether 'I' in this quote is its speaker: False when the quote system gives 'I' to
    someone else (a quote within the quote), else True or None (unknown: trust the quote)."""
    i_tok = _subject_of(tok)
    m = resolve(i_tok)
    if m is None:
        return None
    return m.actor.key == speaker.actor.key


OPENING_MARKS = {"\u2018", "\u201c", "``", "`"}
CLOSING_MARKS = {"\u2019", "\u201d", "''"}


def _nested_quote(span, tok: Token) -> bool:
    """The word sits inside a quotation within the quote ('"Goldberg published a column titled
    'I Won't Vote for Trump'"'): a first person there is someone else's."""
    depth = 0
    for t in span.doc[span.start:tok.i]:
        if t.text in OPENING_MARKS or (t.text in ('"', "'") and depth == 0 and t.i > span.start):
            depth += 1
        elif t.text in CLOSING_MARKS or t.text in ('"', "'"):
            depth = max(0, depth - 1)
    return depth > 0


@lru_cache(maxsize=None)
def negative_feelings() -> frozenset[str]:
    """Feelings toward an actor that criticize it when stated: lexicons/negative_feelings.txt."""
    return frozenset(lexicon.read_list("negative_feelings.txt"))


FELT_PREPS = {"with", "by", "at", "in", "about", "of"}


def _felt_toward(verb: Token, speaker) -> tuple[Token, Token] | None:
    """(the feeling word, the actor's phrase) when a speaker states a bad feeling toward an actor
    in the first person: '"I am disappointed in Smith"', '"We are frustrated with the ministry"'
    (a passive participle), '"I'm sick of his lies"' (the lies' owner). None when negated, asked,
    hypothetical ('I would be upset with him if'), or felt by someone else ('Smith is angry with
    Jones')."""
    if _in_question(verb) or _irrealis(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lower_ in negative_feelings() and any(c.dep_ == "auxpass" for c in verb.children):
        words = [verb]  # 'We are frustrated with ...' parsed as a passive
    elif verb.lemma_.lower() in BE_LIKE or verb.lower_ in BE_CONTRACTIONS:
        words = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in negative_feelings()]
    else:
        return None
    subj = _subject_of(verb)
    if subj is None or subj.lower_ not in ("i", "we"):
        return None
    for word in words:
        if word.i != verb.i and _negated(word):
            continue
        for prep in (c for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ in FELT_PREPS):
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ not in ("it", "this", "that"):
                return word, obj  # (not '"we're sick of it"': a feeling about a state of things)
    return None


BE_LIKE = {"be", "feel", "become", "get", "grow", "remain"}
BE_CONTRACTIONS = {"'m", "\u2019m", "'re", "\u2019re"}


# --- helper-60: whom a quoted judgement is about when its subject is no name (issue 14) ---

def _for_doer(word: Token) -> Token | None:
    """The doer of an extraposed 'for X to' clause, which an evaluative predicate of 'it' judges:
    '"it was totally inappropriate for Ginsburg to criticize Trump"' -> Ginsburg; '"It is wrong for
    Smith to attack the judge"' -> Smith. None without such a clause ('it was wrong', 'it is bad
    for the economy'), or when the predicate is asked or hypothetical ('it would be wrong for him
    to ...': a warning, not a judgement of an act)."""
    be = word.head if word.dep_ in ("acomp", "attr") else None
    if be is None or be.lemma_ != "be" or _negated(be) or _irrealis(be) or _in_question(be):
        return None
    for clause in (*word.children, *be.children):
        if clause.dep_ in ("advcl", "xcomp", "ccomp", "acl") and clause.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if doer is not None and doer.pos_ in ("PROPN", "NOUN", "PRON"):
                return doer
    return None


#: verbs whose object or 'to' phrase is the one a quote is spoken to: 'Clinton told O'Brien'
ADDRESSING = {"tell": None, "say": "to", "write": "to", "tweet": "at", "reply": "to", "respond": "to", "shout": "at"}


def _addressee(span, said: Token | None) -> Token | None:
    """The one a quote's 'you' is: the named person the quote is spoken to ('"You're very rude,"
    Clinton told O'Brien'; 'Smith said to Jones, "You are a liar"') or a name called out at its start
    ('"Mark, you are a total loser!"'). None for a generic 'you' with no one addressed ('"you
    can't trust the polls," Smith said')."""
    if said is not None and said.lemma_.lower() in ADDRESSING:
        prep = ADDRESSING[said.lemma_.lower()]
        if prep is None:
            obj = next((c for c in said.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"), None)
        else:
            obj = next((o for c in said.children if c.dep_ in ("prep", "dative") and c.lower_ == prep
                        for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if obj is not None:
            return obj
    first = next((t for t in span if not t.is_punct), None)
    if first is not None and first.pos_ == "PROPN" and first.dep_ in ("npadvmod", "dep", "intj", "vocative") \
            and first.i + 1 < len(first.doc) and first.doc[first.i + 1].text == ",":
        return first  # '"Mark, you are a total loser!"': the name called out
    return None


def _said_of(judged: Token | None, said: Token | None) -> Token | None:
    """The actor a quote is 'said of' when the judged phrase is a third-person pronoun or its
    possessive: '"His behavior was deplorable," Sanders said of Bill Clinton' -> Bill Clinton;
    '"He is weak," Smith said of Jones'. None when the cue names no one by 'of' or the judged
    phrase is a name already."""
    if judged is not None and judged.pos_ == "NOUN":
        judged = next((c for c in judged.children if c.dep_ == "poss"), None)  # 'His behavior'
    if judged is None or said is None or judged.lower_ not in PERSON_PRONOUNS:
        return None
    return next((o for c in said.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)


#: pronouns that stand for a thing a quote is about: '"It's a disgrace," Smith said of the plan'
THING_SAID_OF = {"it", "this", "that"}


def _thing_said_of(judged: Token, said: Token | None) -> Token | None:
    """The named owner of the thing a quote is 'said of' when its judged phrase is 'it', 'this' or
    'that': '"It's a disgrace," Smith said of Jones's plan' -> Jones; '"This is reckless," Smith
    said of Jones' -> Jones. None when the cue has no 'of' or its object is an ownerless thing
    ('said of the weather')."""
    if said is None or judged.pos_ not in ("PRON", "DET"):
        return None
    obj = next((o for c in said.children if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children if o.dep_ == "pobj"), None)
    if obj is None or obj.pos_ == "PROPN":
        return obj
    return next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


#: views whose negation denies the clause they govern: '"I don't think she's been truthful"'
NEG_RAISING = {"think", "believe"}

#: verbs of holding a view: 'Sanders agrees Trump is an opportunist', 'Ryan feels Clinton is unfit'
COGNITION = {"agree", "think", "believe", "feel", "consider", "find"}
CRITICIZE_ROW = {"kind": "criticize", "polarity": -1, "cameo": "111"}


def _view_predicates(clause: Token) -> list[Token]:
    """The negative evaluative words a clause predicates of its subject, conjuncts included:
    'Trump is unfit and unqualified' -> unfit, unqualified; 'Trump is a total opportunist' ->
    opportunist; 'Trump is a reckless man' -> reckless (a judging modifier of the predicate noun)."""
    words = evaluative()
    preds = [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")]
    preds += [c for p in preds for c in p.conjuncts]
    out = [p for p in preds if evaluation(p, words) < 0]
    out += [a for p in preds if p.pos_ == "NOUN" for a in p.children
            if a.dep_ == "amod" and evaluation(a, words) < 0 and _judging_nominal(a)]
    return out


def _thought_of(verbs: list[Token], resolve, emit, body_ok) -> list[dict]:
    """A named actor who holds (agrees, thinks, believes, feels, finds) that another named actor
    is something bad criticizes it, with no stance verb: 'Sanders agrees Trump is a "total
    opportunist"', 'Smith believes Jones is unfit and unqualified', 'Ryan found Clinton's answer
    dishonest' (the answer's owner), 'Holden thinks it was wrong for Baxter to attack the judge'.
    Not a view denied or asked ('does not think Jones is unfit', 'do you think ...'), a hypothetical
    ('would find him unfit'), an unnamed holder ('voters think Trump is unfit': no actor), or the
    holder's own side ('I think we were wrong')."""
    out = []
    for tok in verbs:
        if tok.lemma_.lower() not in COGNITION or not body_ok(tok.idx) or _negated(tok) or _in_question(tok) \
                or _irrealis(tok) or _hypothetical(tok, CRITICIZE_ROW):
            continue
        holder = _subject_of(tok)
        if holder is None or holder.lower_ in FIRST_PERSON | {"you"} or resolve(holder) is None:
            continue  # ('I think ...' inside a quote is the speaker's: _reported's)
        clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ in ("VERB", "AUX", "ADJ")]
        out += _views_held(clauses, holder, tok, resolve, emit)
    return out


def _views_held(clauses: list[Token], holder: Token, cue: Token, resolve, emit) -> list[dict]:
    """The edges of a named holder's view: each negative judgement the ``clauses`` predicate of
    a named actor (or of its thing: the owner), as :func:`_thought_of` and :func:`_view_nouns` read them."""
    out = []
    for clause in clauses:
        if _negated(clause) or _irrealis(clause) and clause.i != cue.i:
            continue
        for word in _view_predicates(clause) if clause.pos_ != "ADJ" else \
                ([clause] if evaluation(clause) < 0 else []):
            judged = _judged(word)
            if judged is not None and judged.lower_ == "it":
                judged = _for_doer(word)
            if judged is None or (judged.pos_ == "PRON" and judged.lower_ in FIRST_PERSON | THING_PRONOUNS | {"you"}):
                continue
            if judged.pos_ == "NOUN":
                judged = _owner(judged, resolve)
            rec = emit(resolve(holder), resolve.target(judged), cue, CRITICIZE_ROW, word,
                       cue_text=f"{cue.text} … {_word_form(word, evaluative())}")
            if rec:
                out.append(rec)
    return out


#: nouns of a view held or stated, whose 'that' clause is the view: "Comey's conclusion that her
#: actions were extremely careless"
VIEW_NOUNS = {"conclusion", "view", "belief", "assessment", "argument", "contention", "finding", "verdict",
              "judgment", "judgement", "opinion", "complaint", "assertion", "insistence", "claim", "charge"}


def _view_nouns(nouns: list[Token], resolve, emit, body_ok) -> list[dict]:
    """A named holder's stated view that another named actor is something bad criticizes it,
    with no stance verb: "Comey's conclusion that Clinton's actions were 'extremely careless'",
    "Sanders' argument that Clinton is unfit" (a view noun with its holder as possessive or after
    'by', and a 'that' clause). Not a view someone else holds or denies ('rejected Comey's
    conclusion that ...': still Comey's view, kept; 'the conclusion that Clinton was careless' with
    no holder: nobody's)."""
    out = []
    for tok in nouns:
        if tok.lemma_.lower() not in VIEW_NOUNS or not body_ok(tok.idx) or _negated(tok):
            continue
        holder = next((c for c in tok.children if c.dep_ == "poss"), None) or _prep_object(tok, ("by",))
        if holder is None or holder.pos_ != "PROPN" or resolve(holder) is None:
            continue
        clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        out += _views_held(clauses, holder, tok, resolve, emit)
    return out


def _denied_view(word: Token) -> bool:
    """A good quality predicated under a negated first-person 'think' or 'believe', which denies
    it: '"I just don't think she's been completely truthful"', '"we don't believe he is honest"'.
    Not 'I don't think she lied' (no quality) nor 'he doesn't think' (someone else's view)."""
    if word.dep_ not in ("acomp", "attr"):
        return False
    clause = word.head
    view = clause.head if clause.dep_ == "ccomp" else None
    if view is None or view.lemma_.lower() not in NEG_RAISING or not any(c.dep_ == "neg" for c in view.children):
        return False
    subj = _subject_of(view)
    return subj is not None and subj.lower_ in ("i", "we") and not _negated(clause) and not _in_question(view)


@lru_cache(maxsize=None)
def upsetting_verbs() -> frozenset[str]:
    """Verbs by which an actor upsets the speaker ('scare', 'disgust'): lexicons/upsetting_verbs.txt."""
    return frozenset(lexicon.read_list("upsetting_verbs.txt"))


def _upsets_speaker(verb: Token) -> Token | None:
    """The subject of a verb that upsets the speaker in the first person: '"Both Donald Trump and
    Ted Cruz scare me"' -> Trump (and Cruz, its conjunct), '"His comments disgust me"' -> comments
    (whose owner is the target). None when negated, asked or hypothetical ('"Trump doesn't scare
    me"', '"would it worry you?"', '"it would scare me if ..."'), when the object is not 'me' or
    'us', or when the subject is a thing pronoun or a clause ('"it scares me"', '"what scares me"')."""
    if verb.pos_ not in ("VERB", "NOUN") or verb.lemma_.lower() not in upsetting_verbs() or verb.tag_ == "VBN" \
            or (verb.pos_ == "NOUN" and verb.dep_ not in ("ROOT", "ccomp", "conj")) \
            or any(c.dep_ == "neg" for c in verb.children) or _in_question(verb) or _irrealis(verb):
        return None
    if not any(c.dep_ in ("dobj", "obj") and c.lower_ in ("me", "us") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ in THING_PRONOUNS | {"this", "that", "what"}:
        return None
    return subj


# --- Narrated verbal blows the cue rules missed (issue 14): a blow verb that also names a bodily
# blow, a role-noun object with its members listed after it, a relative clause on what a named
# actor owns ('whose X Trump belittled'), and nouns of a blow aimed 'at' an actor. ---

#: cue verbs that also name a blow to the body: 'was bludgeoned to death', 'flayed alive'
BODILY_BLOWS = {"bludgeon", "flay"}
#: what such a blow is struck with: 'bludgeoned him with a hammer'
BLUNT_THINGS = {"hammer", "bat", "club", "rock", "stone", "brick", "pipe", "stick", "axe", "rod", "object", "whip",
                "baton", "crowbar", "fist", "knife", "machete"}


def _bodily(tok: Token) -> bool:
    """A blow verb said of the body, not in words: 'the guard was bludgeoned to death', 'bludgeoned
    him with a hammer during the robbery' (a word of violence or death in its sentence); not 'used
    that fact to bludgeon his rivals, Trump and Rubio'."""
    if tok.lemma_.lower() not in BODILY_BLOWS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in SPEECH_MARKS | {"on", "about", "with"} for c in tok.children) \
            and not (tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "use"):
        return True  # ('Lane bludgeoned her, slashed her ...': no ground given, a blow; 'used the fact to bludgeon')
    return any(t.lemma_.lower() in BLUNT_THINGS | {"death", "dead", "alive", "skin"} for t in tok.subtree) \
        or _has_sense(tok.sent, "violence")


def _apposed_members(verb: Token, target: Token | None) -> list[Token]:
    """The named members of a common-noun object listed after it: 'to bludgeon his chief rivals,
    Donald Trump and Marco Rubio' -> Trump, Rubio; 'attacked his rival, Hillary Clinton' ->
    Clinton. The parser hangs the first name on the noun (appos) or, loosely, on the verb (dep);
    its conjuncts are the further members. Empty when no name follows the noun's comma."""
    if target is None or target.pos_ != "NOUN" or target.i + 1 >= len(target.doc) \
            or target.doc[target.i + 1].text != ",":
        return []
    doc = target.doc
    first = next((t for t in doc[target.i + 2:min(target.i + 6, len(doc))]
                  if t.pos_ == "PROPN" and t.dep_ in ("appos", "dep", "npadvmod") and t.head.i in (target.i, verb.i)),
                 None)
    if first is None or any(t.pos_ in ("VERB", "AUX") or t.dep_ == "punct" for t in doc[target.i + 2:first.i]):
        return []
    return [first] + [c for c in first.conjuncts if c.i > first.i]


def _whose_thing(verbs: list[Token], resolve, emit, body_ok) -> list[dict]:
    """A negative cue verb in a relative clause on what a named actor owns: 'John McCain, whose war
    heroism Trump famously belittled' -> Trump criticizes McCain; 'Clinton, whose policies Donald
    Trump has attacked'. Read from the word order ', whose <thing> <Name> [adverb, auxiliary]
    <verb>', which the parser often splits wrongly (the name taken as the antecedent's
    apposition). Not negated, modal or asked ('whose plan Trump would not criticize')."""
    out = []
    table = cues()
    for v in verbs:
        row = table.get((v.lemma_.lower(), "VERB"))
        if row is None or row.get("scope") == "model" or int(row["polarity"]) > 0 or not body_ok(v.idx) \
                or _negated(v) or _hypothetical(v, row) or _in_question(v):
            continue
        doc, sent = v.doc, v.sent
        whose = next((t for t in reversed(doc[sent.start:v.i]) if t.lower_ == "whose"), None)
        if whose is None or whose.i - 2 < sent.start or doc[whose.i - 1].text != "," \
                or doc[whose.i - 2].pos_ != "PROPN":
            continue
        k = v.i - 1
        while k > whose.i and doc[k].pos_ in ("ADV", "AUX", "PART"):
            k -= 1
        name_end = k
        while k > whose.i and doc[k].pos_ == "PROPN":
            k -= 1
        thing = doc[whose.i + 1:k + 1]
        if name_end == k or not any(t.pos_ == "NOUN" for t in thing) \
                or any(t.pos_ not in ("NOUN", "ADJ", "PROPN", "DET", "NUM") for t in thing):
            continue
        rec = emit(resolve(doc[name_end]), resolve.target(doc[whose.i - 2]), v, row, v)
        if rec:
            out.append(rec)
    return out


@lru_cache(maxsize=None)
def aimed_nouns() -> dict[str, dict]:
    """lemma -> row of ``lexicons/aimed_nouns.csv``: nouns of a blow aimed 'at' an actor."""
    return {row["lemma"]: row for row in lexicon.read_table("aimed_nouns.csv")}


def _aim_verb(noun: Token) -> Token | None:
    """The verb whose subject aims a blow noun: 'took the stage with a shot at Trump', 'in a swipe
    at Clinton, Sanders said', 'got in a dig at Bush' (the noun its object)."""
    if noun.dep_ in ("dobj", "obj"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("with", "in"):
        verb = noun.head.head
    else:
        return None
    got_in = noun.head.lower_ == "in" and verb.lemma_.lower() == "get"  # 'got in a dig at': made, not received
    if verb.pos_ not in ("VERB", "AUX") or (verb.lemma_.lower() in RECEIVING | PROVOKING | MET_WITH and not got_in) \
            or verb.tag_ == "VBN" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # ('drew a swipe at', 'was met with a jab at': received, not made)
    return verb


def _aimed_at(doc: Doc, resolve, emit, body_ok) -> list[dict]:
    """A noun of a verbal blow aimed at a named actor: 'Cruz took the stage with a shot at Trump',
    'in a swipe at Clinton, Sanders said ...', 'Trump's jab at Bush', 'Rubio got in a dig at Cruz'.
    The frame '<noun> at <actor>' is required (not 'a shot at the title', 'his best shot at the
    nomination'), and no word of violence in the sentence ('fired a shot at the officer');
    'took a shot at X' is a phrase of stance_phrases.csv. Not negated, modal or asked."""
    out = []
    table = aimed_nouns()
    for tok in doc:
        row = table.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if row is None or not body_ok(tok.idx) or _sport_article(doc) or _has_sense(tok.sent, "violence"):
            continue
        verb = _aim_verb(tok)
        target = _prep_object(tok, ("at",))
        if target is None and verb is not None and (tok.dep_ in ("dobj", "obj") or tok.head.lower_ == "in"):
            target = _prep_object(verb, ("at",))  # 'fired a shot at Cruz', 'got in a dig at Bush'
        if target is None or (verb is not None and verb.lemma_.lower() == "take" and tok.dep_ in ("dobj", "obj")):
            continue
        if verb is not None and verb.lemma_.lower() in ("fire", "shoot") and tok.tag_ == "NNS":
            continue  # 'fired shots at a Chinese trawler': gunfire (a figurative shot is one: 'fired a parting shot')
        if resolve.target(target) is None and not any(c.dep_ == "poss" for c in target.children):
            continue  # 'at a Chinese trawler': a thing, not an actor ('a swipe at Trump's plan' is Trump's)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        source = owner if owner is not None else (_agent(verb) if verb is not None else None)
        clause = verb if verb is not None else tok
        if source is None or _negated(clause) or _hypothetical(clause, row) or _in_question(clause):
            continue
        target = _owner(target, resolve, ("by",))  # 'a swipe at Trump's plan': Trump
        for s in _with_conjuncts(source):
            for t in _with_conjuncts(target):
                rec = emit(resolve(s), resolve.target(t), tok, row, tok)
                if rec:
                    out.append(rec)
    return out
