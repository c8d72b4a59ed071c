"""Linking later references to the people already named in one article.

Runs on the EntityBuilder (entities/builder.py) after the names are collected:
- `link_singles`: a one-word person name ("Biden") joins the full name ending (or
  starting) with it; when several share it ("Joe Biden", "Hunter Biden") it goes to the
  one mentioned most recently before it, else to the first one named after it; a
  gendered honorific ("Mr. Obama") keeps it off a person of the other gender;
- `add_surname_echoes`: bare last names the NER did not tag ("Trump charges ...");
- `add_pronouns`: "he/she/his/her" join the most recent person in the same or previous
  sentences, preferring a subject (or a name in apposition to one: "Her lawyer, Emeka
  Obi, said") and skipping names inside quotes when the pronoun is outside, and never a
  person of the other gender (by first name, honorific or title, or by an earlier
  "he"/"she" that stood for them). First `add_described_people` makes the people the
  NER missed or typed an organization candidates: a name in apposition to a noun for a
  person ("Her lawyer, Emeka Obi,", "Samson Itodo, the group's executive director") is a
  person's, and so is an "organization" of plain capitalized words whose last word the
  article uses alone as a name ("Chinwe Okafor-Bello" … "Okafor-Bello told supporters"):
  organizations are not called by their last word; that one-word use joins it.
- `add_described_organizations`: a bare definite description of an organization as a
  subject ("The group said", "the monitor said") whose nearest subject before it (this or
  the previous two sentences, nouns and names only) is a capitalized name after "the" that no
  entity covers ("The Kaldoria Conflict Monitor said …": the NER missed it or called it a
  work of art) makes that name an organization, and the description refers to it: not to
  the organization named last or most often ("…, which is run by the Varn Front").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Protocol

from according.entities.builder import EntityBuilder
from according.entities.descriptors import ORG_DESCRIPTORS
from according.entities.person_names import ORG_WORDS, names_an_organization, person_key
from according.entities.words import (
    WORDS,
    data_json,
    is_acronym,
    last_name_forms,
    norm,
    person_nouns,
)
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
# nouns for a person that also name a firm's role to another ("its parent, Alphabet", "the
# developer, Quayline"): beside a name they do not say it is a person's
FIRM_ROLES = frozenset({
    "owner", "parent", "rival", "partner", "client", "customer", "supplier", "subsidiary",
    "sponsor", "investor", "shareholder", "lender", "buyer", "seller", "host", "winner",
    "developer", "contractor", "distributor", "maker", "producer", "employer", "member",
    "opponent", "challenger", "neighbour", "neighbor", "operator", "publisher",
    "manufacturer", "provider", "vendor", "competitor", "successor", "predecessor"})
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


def _name_tokens(doc: Doc, tok: Token) -> tuple[int, int]:
    """Token range [i, j) of the proper name ending at `tok` with its compound names."""
    first = tok.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound" \
            and doc[first - 1].head.i in range(first, tok.i + 1):
        first -= 1
    return first, tok.i + 1


def _org_like(name: str) -> bool:
    """Do a name's words say it is an organization's (initials, "Party", "Commission")?"""
    words = name.split()
    return any(is_acronym(w) or w in ORG_WORDS for w in words) or \
        names_an_organization(name, 0, len(name))


def _appositive_names(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end, head token) of each proper name in apposition to a noun for a person,
    either way round ("Her lawyer, Emeka Obi,", "Samson Itodo, the group's director")."""
    nouns = person_nouns() - ORG_DESCRIPTORS - FIRM_ROLES
    found = []
    for tok in doc:
        if tok.dep_ != "appos":
            continue
        name, role = (tok, tok.head) if tok.pos_ == "PROPN" else (tok.head, tok)
        if name.pos_ != "PROPN" or role.pos_ != "NOUN" or role.lemma_.lower() not in nouns \
                or role.tag_ == "NNS":
            continue
        i, j = _name_tokens(doc, name)
        if all(t.text[:1].isupper() for t in doc[i:j]):
            found.append((doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), name.i))
    return found


def _retype_person(b: EntityBuilder, idx: int) -> None:
    """Make draft `idx` a person's, keyed as one (joining a person draft of that key)."""
    d = b.drafts[idx]
    key = person_key(d.name)
    if b.by_key.get(d.key) == idx:
        del b.by_key[d.key]
    other = b.by_key.get(key)
    d.type, d.key = "person", key
    if other is not None and other != idx:
        _join(b, idx, other)
    else:
        b.by_key[key] = idx


def _join(b: EntityBuilder, src: int, dst: int) -> None:
    """Move every mention and alias of draft `src` into draft `dst`."""
    s, d = b.drafts[src], b.drafts[dst]
    d.mentions += s.mentions
    d.aliases += [a for a in s.aliases if a not in d.aliases]
    d.titles += s.titles
    d.hints += s.hints
    if len(s.name) > len(d.name):
        d.name = s.name
    s.mentions.clear()
    for key, i in list(b.by_key.items()):
        if i == src:
            b.by_key[key] = dst


def add_described_people(b: EntityBuilder) -> None:
    """People the NER missed or typed an organization, as the module doc says."""
    for start, end, head in _appositive_names(b.doc):
        name = b.text[start:end]
        owner = next((i for i, d in enumerate(b.drafts) if any(
            m.span.start < end and start < m.span.end for m in d.mentions)), None)
        if owner is None and not b.overlaps(start, end) and not _org_like(name):
            b.add(person_key(name), name, "person", start, end, head=head)
        elif owner is not None and b.drafts[owner].type == "organization" and \
                not _org_like(b.drafts[owner].name):
            _retype_person(b, owner)
    singles = {d.name: i for i, d in enumerate(b.drafts)
               if d.type == "organization" and d.mentions and " " not in d.name}
    for i, d in enumerate(b.drafts):
        words = d.name.split()
        if d.type != "organization" or not 1 < len(words) <= 3 or _org_like(d.name) or \
                not all(w[:1].isupper() for w in words) or words[-1] not in singles:
            continue
        short = singles.pop(words[-1])
        _retype_person(b, i)
        _join(b, short, i)


DESCRIBED_LOOKBACK = 2  # sentences


def add_described_organizations(b: EntityBuilder) -> None:
    """Names of organizations a later description refers back to (see module doc)."""
    doc = b.doc
    starts = [s.start for s in doc.sents]
    subjects = [t for t in doc
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")]
    for desc in subjects:
        if not _bare_org_description(desc):
            continue
        here = bisect_right(starts, desc.i)
        before = [t for t in subjects if t.i < desc.i
                  and bisect_right(starts, t.i) >= here - DESCRIBED_LOOKBACK]
        if not before:
            continue
        name = _the_name(b, before[-1])
        if name is None:
            continue
        start, end = name
        surface = b.text[start:end]
        idx = b.add("org:" + norm(surface), surface, "organization", start, end,
                    head=before[-1].i)
        end_desc = desc.idx + len(desc.text)
        first = min(c.idx for c in desc.children if c.dep_ == "det")
        if not b.overlaps(first, end_desc):
            b.add(b.drafts[idx].key, b.drafts[idx].name, "organization", first, end_desc,
                  "pronoun", desc.i)


def _bare_org_description(tok: Token) -> bool:
    """"The group", "the organisation", "the monitor": a lower-case noun for an institution
    with "the" and nothing else."""
    return tok.tag_ == "NN" and tok.text.islower() and \
        tok.lemma_.lower() in ORG_DESCRIPTORS | {"monitor", "observatory", "body"} and \
        any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children) and \
        all(c.dep_ == "det" for c in tok.children)


def _the_name(b: EntityBuilder, tok: Token) -> tuple[int, int] | None:
    """(start, end) of a name of two or more capitalized words after "the" headed by `tok`
    ("The Kaldoria Conflict Monitor") that no entity covers; a person's name takes no
    "the"."""
    if tok.pos_ != "PROPN":
        return None
    i, j = _name_tokens(b.doc, tok)
    words = b.doc[i:j]
    if j - i < 2 or not all(t.text[:1].isupper() for t in words) or \
            not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return None if b.overlaps(start, end) else (start, end)


def add_pronouns(b: EntityBuilder) -> None:
    """he/she/his/her -> the most recent person (see module doc)."""
    add_described_people(b)
    doc = b.doc
    quotes = quotes_of(doc)
    persons = sorted(
        (m.span.start, m.head, i, gender(d))
        for i, d in enumerate(b.drafts) if d.type == "person" for m in d.mentions
    )
    if not persons:
        return
    starts = [s.start for s in doc.sents]
    named = {p[1] for p in persons}
    unnamed = [t.i for t in doc if t.i not in named and _unnamed_person(t)]
    learned: dict[int, str] = {}  # draft -> the gender a "he"/"she" already gave it
    learned_unnamed: dict[int, str] = {}  # the same for a person introduced undescribed
    for m in _PRONOUN_RE.finditer(b.text):
        found = doc.char_span(m.start(), m.end())
        if found is None or found[0].pos_ not in ("PRON", "DET"):
            continue
        tok = found[0]
        idx = _antecedent(doc, tok, persons, starts, quotes, learned)
        titles = {t.lower() for t in b.drafts[idx].titles} if idx is not None else set()
        blocker = _unnamed_between(doc, tok, persons, idx, unnamed, starts, quotes,
                                   learned_unnamed, titles)
        if blocker is not None:  # "A clerk, who asked that her name …": the clerk's
            learned_unnamed.setdefault(blocker, _gender_of(tok))
            continue
        if idx is not None:
            d = b.drafts[idx]
            b.add(d.key, d.name, "person", tok.idx, tok.idx + len(tok.text), "pronoun", tok.i)
            if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") and \
                    not inside(quotes, tok.idx):  # a quotation's "he" is often someone else
                learned.setdefault(idx, _gender_of(tok))


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
        subjects = [p for p in cands if _is_subject(doc[p[1]])]
        return (subjects or cands)[-1][2]
    return None


INDEFINITE = frozenset({"a", "an", "another", "one"})


def _unnamed_person(tok: Token) -> bool:
    """Is `tok` a subject introducing a person by description, no name ("A senior official,
    speaking on condition of anonymity because he …", "a nurse said")?"""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
        and tok.lemma_.lower() in person_nouns() - ORG_DESCRIPTORS - FIRM_ROLES and any(
            c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children) and not any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)


def _gender_of(pronoun: Token) -> str:
    return "f" if pronoun.lower_ in FEMALE_PRONOUNS else "m"


def _unnamed_between(doc: Doc, tok: Token, persons: list[tuple[int, int, int, str | None]],
                     idx: int | None, unnamed: list[int], starts: list[int],
                     quotes: tuple[tuple[int, int], ...], known: dict[int, str],
                     titles: set[str]) -> int | None:
    """The person introduced by description ("A senior official") as a subject nearer the
    pronoun than the antecedent `idx`'s last mention (or a subject "the <its title>": "The
    mayor later said" after "Mayor Ann Cole"), within the lookback, and not of the other
    gender (by its noun, "A policewoman", or `known`: an earlier pronoun's), if any: the
    pronoun is that unnamed person's, no named one's."""
    last = max((p[1] for p in persons if p[2] == idx and p[0] < tok.idx), default=-1)
    last = max([last] + [t.i for t in doc[last + 1:tok.i] if t.lower_ in titles and
                         t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and
                         any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)])
    here = bisect_right(starts, tok.i)
    wanted = _gender_of(tok)
    outside = not inside(quotes, tok.idx)
    for u in reversed(unnamed):
        if not last < u < tok.i or bisect_right(starts, u) < here - PRONOUN_LOOKBACK:
            continue
        if outside and inside(quotes, doc[u].idx):
            continue
        if (_noun_gender(doc[u]) or known.get(u, wanted)) == wanted:
            return u
    return None


def _noun_gender(tok: Token) -> str | None:
    """"f"/"m" when a person noun gives its gender ("policewoman", "spokesman")."""
    word = tok.lower_
    hint = GENDER_HINTS.get(tok.text) or GENDER_HINTS.get(word.capitalize()) or \
        GENDER_HINTS.get(word)
    if hint is not None:
        return hint
    if word.endswith(("woman", "women")):
        return "f"
    if word.endswith(("man", "men")) and word not in ("human", "humans", "german", "germans"):
        return "m"
    return None


def _is_subject(tok: Token) -> bool:
    """A clause's subject, or a name in apposition to one ("Her lawyer, Emeka Obi, said")."""
    subj = ("nsubj", "nsubjpass")
    return tok.dep_ in subj or tok.dep_ == "appos" and tok.head.dep_ in subj
