"""Linking later references to the people already named in one article.

Runs on the EntityBuilder (entities/builder.py) after the names are collected:
- `link_singles`: a one-word person name ("Biden") joins the full name ending (or
  starting) with it; when several share it ("Joe Biden", "Hunter Biden") it goes to the
  one mentioned most recently before it, else to the first one named after it; a
  gendered honorific ("Mr. Obama") keeps it off a person of the other gender;
- `add_surname_echoes`: bare last names the NER did not tag ("Trump charges ...");
- `add_pronouns`: "he/she/his/her" join the most recent person in the same or previous
  sentences, preferring a subject and skipping names inside quotes when the pronoun is
  outside, and never a person of the other gender (by first name, honorific or title, or
  by an earlier "he"/"she" that stood for them).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Protocol

from according.entities.builder import EntityBuilder
from according.entities.words import WORDS, data_json, last_name_forms, norm
from according.quotations import quotes_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NAMES = data_json("entities_first_names.json")
FIRST_NAMES: dict[str, str] = {
    **{n: "f" for n in _NAMES["female"]}, **{n: "m" for n in _NAMES["male"]},
}
GENDER_HINTS: dict[str, str] = {w: g for g, ws in WORDS["gender_hints"].items() for w in ws}
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PRONOUN_LOOKBACK = 4  # sentences
RECENT_CHARS = 300  # a shared surname goes to whoever was named this close before it
_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]imself|[Hh]erself)\b")


class _Named(Protocol):
    name: str
    hints: list[str]


def inside(ranges: tuple[tuple[int, int], ...], pos: int) -> bool:
    return any(a <= pos < b for a, b in ranges)


def gender(d: _Named) -> str | None:
    """"f", "m" or None (unknown) from the first name, honorifics and titles."""
    first = d.name.split()[0]
    if first in FIRST_NAMES:
        return FIRST_NAMES[first]
    found = {GENDER_HINTS[h] for h in d.hints if h in GENDER_HINTS}
    return found.pop() if len(found) == 1 else None


def link_singles(b: EntityBuilder, singles: list[tuple[int, int, int]]) -> None:
    """One-word names join the full name sharing a word with them (see module doc). A
    gendered honorific on any bare use ("Mr. Obama") applies to the unmarked ones too,
    so "President Obama" does not join "Michelle Obama"."""
    by_word: dict[str, set[str]] = {}
    for start, end, _ in singles:
        hints = b.pending.get(start, (None, []))[1]
        by_word.setdefault(norm(b.text[start:end]), set()).update(
            GENDER_HINTS[h] for h in hints if h in GENDER_HINTS)
    for start, end, head in singles:
        word = norm(b.text[start:end])
        title, hints = b.pending.get(start, (None, []))
        marked = {GENDER_HINTS[h] for h in hints if h in GENDER_HINTS}
        if not marked and len(by_word[word]) == 1:
            marked = by_word[word]
        cands = [i for i, d in enumerate(b.drafts) if d.type == "person" and " " in d.name
                 and word in (*map(norm, last_name_forms(d.name)), norm(d.name.split()[0]))
                 and not (marked and gender(d) not in (None, *marked))]  # "Mrs. Clinton"
        if cands:
            idx = most_recent(b, cands, start)
            b.add(b.drafts[idx].key, b.drafts[idx].name, "person", start, end, "short", head)
        else:
            idx = b.add("person:" + word, b.text[start:end], "person", start, end, head=head)
        b.drafts[idx].titles += [title] if title else []
        b.drafts[idx].hints += hints + ([title] if title else [])


def most_recent(b: EntityBuilder, cands: list[int], pos: int) -> int:
    """Of people sharing a name: the one named within RECENT_CHARS before `pos`, else the
    one named most often before it, else the first one named after it."""
    def before(i: int) -> list[int]:
        return [m.span.start for m in b.drafts[i].mentions if m.span.start < pos]

    best = max(cands, key=lambda i: max(before(i), default=-1))
    if pos - max(before(best), default=-RECENT_CHARS) < RECENT_CHARS:
        return best
    salient = max(cands, key=lambda i: (len(before(i)), max(before(i), default=-1)))
    if before(salient):
        return salient
    return min(cands, key=lambda i: min(m.span.start for m in b.drafts[i].mentions))


def _name_like(tok: Token) -> bool:
    """A capitalized word the tagger may call a noun ("Trump charges ...")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.ent_type_ in ("", "PERSON", "ORG"))


def add_surname_echoes(b: EntityBuilder) -> None:
    """Bare last names of full names that the NER did not tag ("Trump said")."""
    surnames: dict[str, list[int]] = {}
    for i, d in enumerate(b.drafts):
        if d.type == "person" and " " in d.name:
            for last in last_name_forms(d.name):
                surnames.setdefault(last, []).append(i)
    if not surnames:
        return
    rx = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, surnames)) + r")(?![\w-])")
    for m in rx.finditer(b.text):
        tok = b.doc.char_span(m.start(), m.end())
        if tok is None or not _name_like(tok.root) or b.overlaps(m.start(), m.end()):
            continue
        d = b.drafts[most_recent(b, surnames[m.group(1)], m.start())]
        b.add(d.key, d.name, "person", m.start(), m.end(), "short", tok.root.i)


def add_pronouns(b: EntityBuilder) -> None:
    """he/she/his/her -> the most recent person (see module doc)."""
    doc = b.doc
    quotes = quotes_of(doc)
    persons = sorted(
        (m.span.start, m.head, i, gender(d))
        for i, d in enumerate(b.drafts) if d.type == "person" for m in d.mentions
    )
    if not persons:
        return
    starts = [s.start for s in doc.sents]
    learned: dict[int, str] = {}  # draft -> the gender a "he"/"she" already gave it
    for m in _PRONOUN_RE.finditer(b.text):
        found = doc.char_span(m.start(), m.end())
        if found is None or found[0].pos_ not in ("PRON", "DET"):
            continue
        tok = found[0]
        idx = _antecedent(doc, tok, persons, starts, quotes, learned)
        if idx is not None:
            d = b.drafts[idx]
            b.add(d.key, d.name, "person", tok.idx, tok.idx + len(tok.text), "pronoun", tok.i)
            if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") and \
                    not inside(quotes, tok.idx):  # a quotation's "he" is often someone else
                learned.setdefault(idx, "f" if tok.lower_ in FEMALE_PRONOUNS else "m")


def _antecedent(doc: Doc, tok: Token, persons: list[tuple[int, int, int, str | None]],
                starts: list[int], quotes: tuple[tuple[int, int], ...],
                learned: dict[int, str]) -> int | None:
    """The person a pronoun stands for (module doc); a person whose first name gives no
    gender has the one an earlier "he"/"she" gave them ("Halvard Roske … He said" is no
    "she" later), `learned`."""
    here = bisect_right(starts, tok.i)
    outside = not inside(quotes, tok.idx)
    wanted = "f" if tok.lower_ in FEMALE_PRONOUNS else "m"
    by_sent: dict[int, list[tuple[int, int, int, str | None]]] = {}
    for p in persons:
        if p[0] >= tok.idx:
            break
        s = bisect_right(starts, p[1])
        if s < here - PRONOUN_LOOKBACK or (p[3] or learned.get(p[2])) not in (None, wanted):
            continue
        if outside and s == here and inside(quotes, p[0]):
            continue
        by_sent.setdefault(s, []).append(p)
    for s in sorted(by_sent, reverse=True):
        cands = by_sent[s]
        subjects = [p for p in cands if doc[p[1]].dep_ in ("nsubj", "nsubjpass")]
        return (subjects or cands)[-1][2]
    return None
