"""Actors and their mentions: who and what an article names, merged to one canonical actor.

The small spaCy model gets names wrong in ways that matter for counting ("Le Drian" as a
WORK_OF_ART, "Jean-Yves Le" as a PERSON, "Daesh" as a place, "State" as an organization).
This module repairs them with what the text itself says: role titles before names, name
shapes (particles such as Le, al-, van), aliases from a lexicon, and agreement across the
article (a surname used alone is the full name used earlier).

``extract_mentions(doc, layout)`` returns an :class:`ActorIndex`: the article's mentions
(records named like the ``mentions`` columns) and actors, with look-ups that the quote,
timeline and stance extractors use to resolve a token or a span to a canonical actor.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .doctext import doc_text
from . import lexicon

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
#: entity labels that are never actors, even when the word is a proper noun ('Monday', 'Oscars')
NOT_ACTOR_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "EVENT",
                  "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
PROPN_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj"}
ORG_WORDS = {"Inc", "Corp", "Co", "Ltd", "Group", "Party", "Council", "Committee", "Ministry", "Department",
             "Agency", "Bank", "University", "Association", "Union", "Court", "Commission", "Police",
             "Foundation", "Institute", "Company", "Board", "Office", "Service", "Network", "Army"}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
#: role nouns that can stand for a person named earlier ("the minister said")
ROLE_NOUNS_RE = re.compile(r"\b(?:the|The)\s+((?:[a-z]+\s+)?(?:minister|president|spokeswoman|spokesman|"
                           r"secretary|chancellor|ambassador|envoy|senator|governor|mayor|leader|chief|"
                           r"premier|official|prosecutor|general|commander))\b")
_QUOTE_CHARS = "\"\u201c\u201d"


def _spelling(text: str) -> str:
    """British and American spellings of role words compare equal ('defense' = 'defence')."""
    return text.replace("defense", "defence").replace("organization", "organisation")


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "actor"


@dataclass
class Actor:
    key: str
    name: str
    actor_type: str
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None


@dataclass
class Mention:
    start: int
    end: int
    text: str
    actor: Actor
    actor_type: str
    via: str
    sent_id: int = -1


class ActorIndex:
    """The mentions and actors of one article, with look-ups by offset and token."""

    def __init__(self, doc: Doc, mentions: list[Mention], actors: dict[str, Actor], sent_ids):
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.actors = actors
        self._starts = [m.start for m in self.mentions]
        self.sent_ids = sent_ids

    def covering(self, start: int, end: int) -> Mention | None:
        """The mention that contains or overlaps ``[start, end)`` most."""
        i = bisect_right(self._starts, end) - 1
        best, best_overlap = None, 0
        while i >= 0 and self.mentions[i].start > start - 200:
            m = self.mentions[i]
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = m, overlap
            i -= 1
        return best

    def within(self, start: int, end: int) -> list[Mention]:
        lo = bisect_right(self._starts, start - 1)
        hi = bisect_right(self._starts, end - 1)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def names_in(self, start: int, end: int) -> list[str]:
        seen: list[str] = []
        for m in self.within(start, end):
            if m.actor.name not in seen:
                seen.append(m.actor.name)
        return seen

    def resolve_token(self, token: Token) -> Mention | None:
        """The actor a noun phrase headed by ``token`` stands for.

        The head's own mention first ("Zakharova"); then a possessor or a demonym or
        country modifier ("France's foreign ministry", "French officials", "Russian strikes").
        """
        m = self.covering(token.idx, token.idx + len(token))
        if m is not None:
            return m
        modifiers = [self.covering(c.idx, c.idx + len(c)) for c in token.children
                     if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < token.i]
        if token.lower_ in lexicon.titles():
            # 'France's defense minister': the one person in the article who holds that role
            countries = {m.actor.country for m in modifiers if m is not None and m.actor.actor_type == "country"}
            words = [_spelling(c.lower_) for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i
                     and self.covering(c.idx, c.idx + len(c)) is None] + [token.lower_]
            holders = [a for a in self.actors.values() if a.actor_type == "person"
                       and any(all(w in _spelling(r.lower()) for w in words) for r in a.roles)
                       and (not countries or a.country in countries)]
            if len(holders) == 1:
                return Mention(token.idx, token.idx + len(token), token.text, holders[0], "person", "coref")
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < token.i:
                m = self.covering(child.idx, child.idx + len(child))
                if m is not None and m.actor.actor_type in ("country", "organization", "person", "group"):
                    return m
        return None


# ----------------------------------------------------------------------------- helpers

def _clean_name(text: str) -> str:
    if "/" in text or text.lstrip().startswith("@"):
        return ""  # a photo credit ('Adrees Latif / Reuters') or a social-media handle ('@Twitter')
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"(?:'s|\u2019s|')$", "", text)
    return " ".join(text.split()).strip(" ,.;:-")


def _strip_title(tokens: list[Token]) -> tuple[list[Token], list[str]]:
    """Split leading honorifics and role words off a name: ('Mr', 'Blair') -> (['Blair'], ['Mr'])."""
    titles = lexicon.titles()
    roles = []
    i = 0
    while i < len(tokens) - 1:
        low = tokens[i].text.lower()
        two = f"{low} {tokens[i + 1].text.lower()}" if i + 1 < len(tokens) - 1 else None
        if two and two in titles:
            roles.append(f"{tokens[i].text} {tokens[i + 1].text}")
            i += 2
        elif low in titles:
            roles.append(tokens[i].text)
            i += 1
        else:
            break
    return tokens[i:], roles


_FUNCTION_POS = {"ADP", "DET", "ADV", "CCONJ", "SCONJ", "PART", "PUNCT", "PRON", "AUX", "VERB", "INTJ"}


def _trim(span: Span) -> Span | None:
    """Drop words the model swept into an entity at a sentence start: 'Across Wales' -> 'Wales'."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].pos_ in _FUNCTION_POS or span.doc[start].is_space
                           or (span.doc[start].is_stop and end - start > 1)):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    return Span(span.doc, start, end, label=span.label_) if end > start else None


def _surname_keys(name: str) -> list[str]:
    """Ways a person may be named by surname alone: 'Jean-Yves Le Drian' -> ['Le Drian', 'Drian']."""
    parts = name.split()
    if len(parts) < 2:
        return []
    particles = lexicon.name_particles()
    i = len(parts) - 1
    while i > 1 and parts[i - 1] in particles:
        i -= 1
    keys = [" ".join(parts[i:])]
    last = parts[-1]
    m = re.match(r"^(?:al|el|Al|El)-(.+)$", last)
    if m:
        keys.append(m.group(1))
    if keys[0] != last and last not in keys:
        keys.append(last)
    return keys


def _role_phrase(doc: Doc, start_tok: int, sent_start: int) -> tuple[list[Token], list[Token]]:
    """Tokens before a name that describe its role: 'Russian Foreign Ministry spokeswoman'."""
    titles = lexicon.titles()
    role: list[Token] = []
    i = start_tok - 1
    while i >= sent_start:
        tok = doc[i]
        low = tok.text.lower()
        if low in titles or (tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.ent_type_ in ("PERSON",)) \
                or (tok.is_lower and tok.pos_ == "NOUN" and low in titles):
            role.insert(0, tok)
            i -= 1
            continue
        break
    # keep the phrase only if its last word is a title ("Foreign Minister", "spokeswoman")
    while role and role[-1].text.lower() not in titles:
        role.pop()
    if not role:
        return [], []
    demonyms = lexicon.demonyms()
    modifiers = [t for t in role if t.text in demonyms or t.ent_type_ in ("NORP", "GPE")]
    return role, modifiers


# ----------------------------------------------------------------------------- extraction

def extract_mentions(doc: Doc, layout, *, sent_ids=None) -> ActorIndex:
    """Find every actor mention in a parsed article and merge them into canonical actors."""
    text = doc_text(doc)
    blocked = list(getattr(layout, "no_actor_spans", []) or [])
    if getattr(layout, "credits", None):
        blocked.append(layout.credits)

    def is_blocked(start, end):
        return any(start < b_end and end > b_start for b_start, b_end in blocked)

    sent_of = {}
    if sent_ids is None:
        sent_ids = {s.start: i for i, s in enumerate(doc.sents)}
    for s in doc.sents:
        sid = sent_ids.get(s.start, -1)
        for t in range(s.start, s.end):
            sent_of[t] = sid

    aliases = lexicon.aliases()
    countries = lexicon.countries()
    demonyms = lexicon.demonyms()
    capitals = lexicon.capitals()
    particles = lexicon.name_particles()
    titles = lexicon.titles()
    not_actors = lexicon.not_actors()
    not_persons = {a for a, row in aliases.items() if row.get("actor_type") not in ("person", "")} \
        | set(countries) | set(demonyms) | set(capitals)
    org_countries = {a: row["country"] for a, row in aliases.items()
                     if row.get("actor_type") == "organization" and row.get("country")}
    dateline_country = capitals.get((layout.dateline or "").title()) if getattr(layout, "dateline", None) else None

    actors: dict[str, Actor] = {}
    officials: set[str] = set()  # people with a government title and no country in it

    def actor(name, actor_type, country=None) -> Actor:
        key = f"{actor_type if actor_type != 'place' else 'place'}:{name}"
        a = actors.get(key)
        if a is None:
            a = actors[key] = Actor(key=slug(name), name=name, actor_type=actor_type, country=country)
        elif country and not a.country:
            a.country = country
        return a

    candidates: list[tuple[int, int, str, str]] = []  # (start, end, kind, via)

    # 1. people: PERSON entities, repaired; names after role titles
    persons: dict[str, dict] = {}
    role_tokens: set[int] = set()

    def add_person(tokens: list[Token], via: str):
        tokens = [t for t in tokens if not t.is_space]
        tokens, honorifics = _strip_title(tokens)
        while tokens and (tokens[-1].is_punct or tokens[-1].text in ("'s", "\u2019s")):
            tokens = tokens[:-1]
        while tokens and (tokens[0].is_punct or tokens[0].pos_ in _FUNCTION_POS or (tokens[0].is_stop and len(tokens) > 1)):
            tokens = tokens[1:]  # 'Across Wales' tagged PERSON at a sentence start
        if not tokens:
            return
        # a name never ends on a particle: 'Jean-Yves Le' + 'Drian'
        end_i = tokens[-1].i
        while end_i + 1 < len(doc) and doc[end_i].text in particles and doc[end_i + 1].is_title:
            end_i += 1
        start_i = tokens[0].i
        while start_i > 0 and doc[start_i - 1].text in particles and doc[start_i - 1].is_title \
                and doc[start_i - 1].text not in ("Le", "La"):
            start_i -= 1
        span = doc[start_i:end_i + 1]
        name = _clean_name(span.text)
        if not name or not any(ch.isupper() for ch in name) or name.lower() in titles:
            return
        if name in not_persons or name in not_actors:
            return  # 'Labour' tagged PERSON: the lexicon knows it is a party
        if is_blocked(span.start_char, span.end_char):
            return
        role, mods = _role_phrase(doc, start_i, doc[start_i].sent.start)
        role_tokens.update(t.i for t in role)
        info = persons.setdefault(name, {"roles": [], "countries": [], "gender": None})
        if role:
            info["roles"].append(" ".join(t.text for t in role if t.text not in demonyms and not t.ent_type_ == "GPE"))
            found = False
            for t in mods:
                code = demonyms.get(t.text) or (countries.get(t.text) or (None, None))[1]
                if code:
                    info["countries"].append(code)
                    found = True
            if not found:  # a party or body with a country: 'Tory leader', 'Lib Dem spokesman'
                role_text = text[max(doc[start_i].sent.start_char, role[0].idx - 30):role[-1].idx + len(role[-1])]
                for form, row in org_countries.items():
                    if form in role_text and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", role_text):
                        info["countries"].append(row)
                        break
            head = titles.get(role[-1].text.lower(), {})
            if head.get("gender"):
                info["gender"] = head["gender"]
            if head.get("kind") == "government" and not mods:
                info["government"] = True
        for h in honorifics:
            g = titles.get(h.lower(), {}).get("gender")
            if g:
                info["gender"] = g
            if titles.get(h.lower(), {}).get("kind") != "honorific":
                info["roles"].append(h)
        candidates.append((span.start_char, span.end_char, "person:" + name, via))

    for ent in doc.ents:
        if ent.label_ == "PERSON":
            add_person(list(ent), "ner")
    # names right after a role title: 'Defence Minister Jean-Yves Le Drian', 'spokeswoman Maria Zakharova'
    for tok in doc:
        if tok.text.lower() in titles and titles[tok.text.lower()]["kind"] != "honorific" or \
                (tok.text.lower() in titles and tok.text[0].isupper()):
            j = tok.i + 1
            name_toks = []
            while j < len(doc) and (doc[j].is_title or doc[j].text in particles or re.match(r"^[A-Z][a-z]*-[A-Z]", doc[j].text)) \
                    and doc[j].text.lower() not in titles and doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "X", "ADP", "DET") \
                    and not doc[j].is_sent_start:
                name_toks.append(doc[j])
                j += 1
            if name_toks and name_toks[0].text not in particles and (len(name_toks) >= 2 or tok.text.lower() in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.")) \
                    and name_toks[-1].pos_ == "PROPN":
                add_person([tok] + name_toks if tok.text.lower() in titles and titles[tok.text.lower()]["kind"] == "honorific" else name_toks, "title")

    # full names and the surnames that stand for them
    full_names = sorted((n for n in persons if len(n.split()) >= 2), key=len, reverse=True)
    surname_of: dict[str, str | None] = {}
    for name in full_names:
        for key in _surname_keys(name):
            surname_of[key] = name if surname_of.get(key, name) == name else None  # ambiguous -> None
    person_forms = {n: n for n in persons}
    for key, full in surname_of.items():
        if full:
            person_forms[key] = full
    # merge single-word PERSONs into the full name they are the surname of
    for n in list(persons):
        if n in surname_of and surname_of[n] and surname_of[n] != n:
            target = persons[surname_of[n]]
            for k in ("roles", "countries"):
                target[k] += persons[n][k]
            target["gender"] = target["gender"] or persons[n]["gender"]
            del persons[n]

    # every occurrence of a known name or surname, whatever the model called it
    if person_forms:
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(person_forms, key=len, reverse=True)) + r")(?![\w-])")
        for m in pattern.finditer(text):
            if not is_blocked(m.start(), m.end()):
                candidates.append((m.start(), m.end(), "person:" + person_forms[m.group(0)], "alias" if m.group(0) != person_forms[m.group(0)] else "ner"))

    # 2. lexicon names: aliases, countries, capitals, demonyms
    forms = {}
    for alias, row in aliases.items():
        forms[alias] = ("alias", row)
    for name, (canonical, iso3) in countries.items():
        forms.setdefault(name, ("country", {"canonical": canonical, "actor_type": "country", "country": iso3}))
    for dem, iso3 in demonyms.items():
        forms.setdefault(dem, ("demonym", {"canonical": lexicon.country_names().get(iso3, dem), "actor_type": "country", "country": iso3}))
    gaz = re.compile(r"(?<![\w./-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-]|\.\w)")
    for m in gaz.finditer(text):
        if is_blocked(m.start(), m.end()):
            continue
        kind, row = forms[m.group(0)]
        candidates.append((m.start(), m.end(), f"lex:{m.group(0)}", "alias" if kind == "alias" and m.group(0) != row["canonical"] else "gazetteer"))

    # 3. other named entities from the model
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS and ent.label_ != "PERSON":
            ent = _trim(ent)
            if ent is None:
                continue
            name = _clean_name(ent.text)
            if name in not_actors:
                continue
            if not name or is_blocked(ent.start_char, ent.end_char):
                continue
            offset = ent.text.find(name)
            candidates.append((ent.start_char + max(offset, 0), ent.start_char + max(offset, 0) + len(name), f"ent:{ent.label_}:{name}", "ner"))

    # 4. a proper noun the model did not tag, acting as subject or object of a verb ('Sandler
    #    thanked Baumbach'): the small model misses rare surnames, and an actor is what acts
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ not in PROPN_ROLES:
            continue
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "by" else tok.head
        if verb.pos_ != "VERB" or (tok.dep_ == "pobj" and tok.head.lower_ != "by"):
            continue
        if tok.ent_type_ in NOT_ACTOR_ENTS and not (tok.ent_type_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
                                                      and _speaks(tok)):
            continue  # ('Le Drian said' tagged WORK_OF_ART: who speaks is an actor)
        first = tok.i
        subtree = {t.i for t in tok.subtree}
        while first - 1 in subtree and (doc[first - 1].pos_ == "PROPN" or
                                         (doc[first - 1].text == "-" and first - 2 in subtree)):
            first -= 1  # 'Jean - Yves Le Drian'
        span = doc[first:tok.i + 1]
        name = _clean_name(span.text)
        if not name or not name[0].isupper() or name in not_actors or name.lower() in titles \
                or is_blocked(span.start_char, span.end_char):
            continue
        candidates.append((span.start_char, span.start_char + len(name), f"propn:{name}", "propn"))

    # resolve overlaps: people first, then the longest span, then lexicon before model
    rank = {"person": 0, "lex": 1, "ent": 2, "propn": 3}
    candidates.sort(key=lambda c: (rank[c[2].split(":")[0]], -(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, kind, via in candidates:
        if any(start < e and end > s for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, kind, via))
    chosen.sort()

    known_words = set()
    for name in list(persons) + list(aliases):
        known_words.update(name.split())

    mentions: list[Mention] = []
    for start, end, kind, via in chosen:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        surface = text[start:end]
        head = span.root
        acting = head.dep_ in ("nsubj", "nsubjpass", "poss") or (head.dep_ == "pobj" and head.head.text == "by") \
            or (head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN")
                and head.head.i > span.end - 1 and head.head.ent_type_ not in ("GPE", "LOC"))  # 'UK banks'
        sid = sent_of.get(span.start, -1)
        if kind.startswith("person:"):
            name = person_forms.get(kind[7:], kind[7:])
            info = persons.get(name) or persons.get(person_forms.get(name, name), {"roles": [], "countries": [], "gender": None})
            country = info["countries"][0] if info["countries"] else None
            a = actor(name, "person", country)
            if info.get("government"):
                officials.add(a.key)
            for r in info["roles"]:
                if r and r not in a.roles:
                    a.roles.append(r)
            a.gender = a.gender or info.get("gender")
            mtype = "person"
        elif kind.startswith("lex:"):
            kind_, row = forms[kind[4:]]
            atype = row.get("actor_type") or "organization"
            a = actor(row["canonical"], atype, row.get("country") or None)
            mtype = atype
            if atype == "country" and kind_ != "demonym" and not acting:
                mtype = "place"
        elif kind.startswith("propn:"):
            name = kind[6:]
            if name in persons or name in person_forms:
                a = actor(person_forms.get(name, name), "person")
                mtype = "person"
            else:
                mtype = "organization" if name.split()[-1] in ORG_WORDS or len(name.split()) > 3 else "person"
                a = actor(name, mtype)
        else:
            _, label, name = kind.split(":", 2)
            if label == "ORG":
                if len(span) == 1 and span[0].i in role_tokens:
                    continue  # part of a role title: 'Defence' of 'Defence Minister'
                if " " not in name and name in known_words and name not in aliases:
                    continue  # a fragment of a known name: 'State' of 'Islamic State'
                if name.lower() in titles or name.isdigit() or len(name) < 2:
                    continue
                country = None
                for word in name.split():
                    country = country or demonyms.get(word) or (countries.get(word) or (None, None))[1]
                a = actor(name, "organization", country)
                mtype = "organization"
            elif label == "NORP":
                a = actor(name, "group")
                mtype = "group"
            elif label == "GPE" and name in capitals and acting:
                iso3 = capitals[name]
                a = actor(lexicon.country_names().get(iso3, name), "country", iso3)
                mtype = "country"
                via = "gazetteer"
            elif name not in capitals and name not in countries and _speaks(head):
                # an unknown 'place' that speaks or criticizes is a person the model mistook
                a = actor(name, "person")
                mtype = "person"
            else:  # GPE, LOC, FAC: places
                if " " not in name and name in known_words:
                    continue
                a = actor(name, "place", capitals.get(name))
                mtype = "place"
        if surface not in a.aliases:
            a.aliases.append(surface)
        mentions.append(Mention(start, end, surface, a, mtype, via, sid))

    # 'Defence Minister X', 'Home Secretary Y' with no country named: the article's own country
    home = dateline_country or _home_country(mentions)
    if home:
        for a in actors.values():
            if a.key in officials and not a.country:
                a.country = home
    mentions += _coref(doc, mentions, actors, sent_of)
    return ActorIndex(doc, mentions, actors, sent_ids)


def _speaks(head: Token) -> bool:
    """A token that is the subject or the 'by' agent of a speech or stance verb."""
    from .quotes import speech_lemmas
    from .stances import cues

    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else head.head
    if head.dep_ not in ("nsubj", "pobj") or (head.dep_ == "pobj" and head.head.dep_ != "agent") or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in speech_lemmas() or (lemma, "VERB") in cues()


def _home_country(mentions: list[Mention]) -> str | None:
    """The country an article is about: named at least 3 times and twice as often as any other."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.actor.actor_type == "country" and m.actor.country:
            counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
    ranked = sorted(counts.values(), reverse=True) + [0]
    if ranked[0] >= 3 and ranked[0] >= 2 * ranked[1]:
        return max(counts, key=counts.get)
    return None


def _coref(doc: Doc, mentions: list[Mention], actors, sent_of) -> list[Mention]:
    """Link 'he'/'she' and role nouns ('the minister') to a person when the link is clear.

    A pronoun links to the most recent person named in its own or the previous sentence
    when exactly one person of compatible gender is there; a role noun links to the most
    recent person who holds that role. Unclear cases stay unlinked.
    """
    from .quotes import quoted_spans

    inside = quoted_spans(doc_text(doc))

    def quoted(offset):
        return any(a <= offset < b for a, b in inside)

    out: list[Mention] = []
    # a person named inside a quotation is not who 'he said' after it refers to
    people = [m for m in mentions if m.actor_type == "person"]
    outside = [m for m in people if not quoted(m.start)]
    if not people:
        return out
    for tok in doc:
        low = tok.text.lower()
        if low in PRONOUNS and tok.pos_ == "PRON":
            sid = sent_of.get(tok.i, -1)
            pool = people if quoted(tok.idx) else outside
            starts = [m.start for m in pool]
            i = bisect_right(starts, tok.idx) - 1
            window = []
            while i >= 0 and pool[i].sent_id >= sid - 1:
                window.append(pool[i])
                i -= 1
            gender = PRONOUNS[low]
            cands = {m.actor.name: m for m in window if m.actor.gender in (None, gender)}
            if len(cands) == 1:
                m = next(iter(cands.values()))
                out.append(Mention(tok.idx, tok.idx + len(tok), tok.text, m.actor, "person", "coref", sent_of.get(tok.i, -1)))
    for match in ROLE_NOUNS_RE.finditer(doc_text(doc)):
        role_word = match.group(1).split()[-1]
        prior = [m for m in people if m.start < match.start() and any(role_word in r.lower() for r in m.actor.roles)]
        if prior:
            m = prior[-1]
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            out.append(Mention(match.start(), match.end(), match.group(0), m.actor, "person", "coref",
                               sent_of.get(span.start, -1) if span is not None else -1))
    return out
