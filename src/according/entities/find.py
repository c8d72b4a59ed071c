"""Names, titles, aliases and every mention of the people, organizations, outlets,
places and groups within one article.

`find_entities(doc)` -> clusters in order of first mention. Sources come from spaCy's
NER (PERSON, ORG, GPE, LOC, NORP) plus an outlet table (data/outlets.json, via according.outlets),
which wins where they overlap and may start mid-token ("according toThe Washington
Post"). Within an article:
- an outlet's short form ("the Post") counts only when a full form is in the article;
- "<name> administration/government/military/campaign" is an organization;
- the words around a name outvote the NER (entities/person_names.py): "Dr/Mr/Prof X" is
  a person, even where the NER missed or mislabelled it; "X Homes/Group/Ltd/Council"
  an organization; "on Mill Lane", "St Mary's" places;
- an organization's name again where the NER missed it ("told The Chronicle") joins it;
- one-word names, bare surnames and he/she are linked to the people named
  (entities/coreference.py);
- a bare one-word "person" that nothing marks as one and that modifies a common noun
  ("damning Ofsted report") is an organization; initials used as a person's title
  ("Interior CS Kithure Kindiki") are no organization; a named storm is no entity.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from according.data.article_transcripts import SPEAKER_ROLES
from according.entities.builder import EntityBuilder, EntityCluster, Mention
from according.entities.coreference import (
    FIRST_NAMES,
    add_described_organizations,
    add_pronouns,
    add_surname_echoes,
    link_singles,
    most_recent,
)
from according.entities.descriptors import descriptor_label
from according.entities.person_names import (
    PERSON_AFTER,
    add_first_named,
    add_marked_names,
    add_person,
    byline_person,
    office_name_start,
    titled_name,
    word_label,
)
from according.entities.words import (
    DATELINE_PLACES,
    WORDS,
    capital_letters,
    common_nouns,
    data_json,
    data_lines,
    is_acronym,
    last_name_forms,
    name_initials,
)
from according.entities.words import norm as _norm
from according.nlp import doc_text
from according.outlets import OUTLETS, outlet_key, written_key
from according.records import Entity, Span

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

NOT_NAMES: frozenset[str] = frozenset(data_lines("entities_not_names.txt"))
_PLACES = data_json("entities_places.json")
# capital -> its country ("Kyiv" -> "Ukraine"), for the capitals news writes for a
# government; none of them a common first name or surname
CAPITALS: dict[str, str] = data_json("entities_capitals.json")["capitals"]
PLACE_CANON: dict[str, str] = {
    form.lower(): canon
    for canon, forms in _PLACES.items() if not canon.startswith("_")
    for form in (canon, *forms)
}
HEADLINE_VERBS = frozenset(WORDS["headline_verbs"])
ORG_NOUNS = frozenset(WORDS["org_nouns"])
FOLLOWER_NOUNS = ORG_NOUNS | frozenset(WORDS["follower_nouns"])

# Glued scraping damage ("toThe") means an outlet may follow a lowercase letter.
_LEFT = r"(?=[A-Zt])(?<![A-Z0-9])"
_RIGHT = r"(?![A-Za-z0-9])"


def _form_body(form: str) -> str:
    """A form's pattern: its words apart by any spaces, a hyphen inside a word by a hyphen
    or spaces ("Star-Ledger" also finds "Star Ledger", as the outlet table's lookup reads
    both: outlets.outlet_named)."""
    alts = [form] + ([form.upper()] if form.upper() != form and len(form) > 3 else [])
    return "|".join(r"[\s\xa0]+".join(
        r"(?:-|[\s\xa0]+)".join(re.escape(p) for p in w.split("-")) if w.strip("-") == w
        else re.escape(w) for w in a.split()) for a in alts)


# One alternation per table, longest form first; the match is looked up by its key.
_FULL_FORMS = sorted({f for o in OUTLETS for f in o.forms}, key=len, reverse=True)
OUTLET_FULL_RE = re.compile(
    _LEFT + r"(?:[Tt]he[\s\xa0]+)?(?:" + "|".join(_form_body(f) for f in _FULL_FORMS) + ")" + _RIGHT
)
OUTLET_SHORT_RE = re.compile(
    _LEFT + r"[Tt]he[\s\xa0]+(?:"
    + "|".join(_form_body(f) for f in sorted({f for o in OUTLETS for f in o.short}))
    + ")" + _RIGHT
)
# a form's outlet_key -> the first outlet with that form; and its written_key (hyphens
# kept), which `_full_owner` tries first, as outlets.outlet_named does: "Herald Sun"
# (Melbourne) and "Herald-Sun" (Durham) share an outlet_key, never a written one
FULL_OWNER: dict[str, int] = {
    outlet_key(f): i for i, o in reversed(list(enumerate(OUTLETS))) for f in o.forms
}
FULL_OWNER.update({
    written_key(f): i for i, o in reversed(list(enumerate(OUTLETS))) for f in o.forms
})


def _full_owner(found: str) -> int | None:
    """The outlet a full form found in the text names: by its spelling with hyphens first
    ("The Herald Sun" is Melbourne's, "the Herald-Sun" Durham's), else by its key ("Star
    Ledger" is The Star-Ledger, the only outlet so named)."""
    i = FULL_OWNER.get(written_key(found))
    return i if i is not None else FULL_OWNER.get(outlet_key(found))


# Where OUTLET_FULL_RE can match (its _LEFT), and how a match can begin there: "The " or
# "the ", or a form's first word (its first six characters at most): the long alternation
# is tried only where one of these is (`_full_outlets`).
_OUTLET_START_RE = re.compile(r"(?<![A-Z0-9])[A-Zt]")
_FULL_SPELLINGS = [a for f in _FULL_FORMS
                   for a in [f] + ([f.upper()] if f.upper() != f and len(f) > 3 else [])]


def _heads(spellings: list[str]) -> dict[str, tuple[str, ...]]:
    """By their first character: the spellings' first words, cut at a hyphen (which a
    space may stand for: `_form_body`) and to six characters."""
    heads: dict[str, set[str]] = {}
    for a in spellings:
        word = a.split(maxsplit=1)[0] if a.strip() else a
        word = word.split("-")[0] or word
        heads.setdefault(a[0], set()).add(word[:6])
    return {c: tuple(sorted(words)) for c, words in heads.items()}


_FULL_HEADS = _heads(_FULL_SPELLINGS)
SHORT_OWNERS: dict[str, tuple[int, ...]] = {}
for _i, _o in enumerate(OUTLETS):
    for _f in _o.short:
        SHORT_OWNERS[outlet_key(_f)] = (*SHORT_OWNERS.get(outlet_key(_f), ()), _i)
_OUTLET_NAMES: tuple[frozenset[str], ...] = tuple(
    frozenset(_norm(f).removeprefix("the ") for f in (o.name, *o.forms, *o.short))
    for o in OUTLETS
)
# each outlet name form -> the outlets that have it, in OUTLETS order
_OUTLETS_BY_NAME: dict[str, tuple[int, ...]] = {}
for _i, _forms in enumerate(_OUTLET_NAMES):
    for _f in _forms:
        _OUTLETS_BY_NAME[_f] = (*_OUTLETS_BY_NAME.get(_f, ()), _i)
_POSSESSIVE = re.compile(r"(?:['\u2019]s?)$")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]?[A-Z]{1,5})\)")


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Strip punctuation, a possessive, (for non-persons) a leading article and (for
    persons) a photo agency after a slash ("Jordan Pettitt/PA")."""
    if label == "PERSON" and "/" in text[start:end]:
        end = text.index("/", start)
    start, end = _closed_brackets(text, start, end)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".'\u2019"):
        end -= 1
    m = _POSSESSIVE.search(text, start, end)
    if m and end - start > 2 and text[start:end] not in ("'", "\u2019"):
        end = m.start()
    if label != "PERSON" and text[start:end].lower().startswith("the "):
        start += 4
    return start, end


def _closed_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without a bracket the NER left open: "World Health Organization (WHO"
    ends before its "(" (the initials are the name's alias, see `_add_org`), "WHO) chief"
    starts after its ")"."""
    opened = text.rfind("(", start, end)
    if opened >= 0 and ")" not in text[opened:end]:
        end = opened
    closed = text.find(")", start, end)
    if closed >= 0 and "(" not in text[start:closed]:
        start = closed + 1
    return start, end


_DATELINE_DASH = re.compile(r" [-\u2013\u2014] ")


def _after_dateline(text: str, start: int, end: int) -> int:
    """Where a name the NER ran across a dateline's dash starts: "NAMPULA, Mozambique -
    The health ministry said" tags "Mozambique - The health ministry", which is the
    ministry; no name holds a spaced dash."""
    dashes = list(_DATELINE_DASH.finditer(text, start, end))
    return dashes[-1].end() if dashes else start


_DATELINE_LEAD = re.compile(r"[ \t\xa0]*" + DATELINE_PLACES)


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in a dateline opening its line ("KESSARIN, Dorvania — ")."""
    line = text.rfind("\n", 0, start) + 1
    m = _DATELINE_LEAD.match(text, line, min(len(text), line + 80))
    return m is not None and end <= m.end()


def _opens_story(text: str, start: int) -> bool:
    """Whether `start` is the first word after a dateline ("LONDON, March 4 — Police said")."""
    line = text.rfind("\n", 0, start) + 1
    m = _DATELINE_LEAD.match(text, line, min(len(text), line + 80))
    return m is not None and m.end() == start


def _first_name_before(doc: Doc, start: int) -> int | None:
    """Where a known first name right before `start` begins ("Ana" of "Ana Mabunda", the
    NER taking only "Mabunda", as an organization); None when there is none."""
    found = doc.char_span(start, start + 1, alignment_mode="expand")
    if found is None or found[0].i == 0:
        return None
    prev = doc[found[0].i - 1]
    if prev.text in FIRST_NAMES and prev.idx + len(prev.text) + 1 == start and \
            not prev.ent_type_:
        return prev.idx
    return None


_ORG_NAME_WORDS = frozenset(WORDS["org_words"]) | frozenset(WORDS["org_name_words"])


def _find_outlets(b: EntityBuilder) -> None:
    text = b.text
    present: dict[int, list[int]] = {}
    for m in _full_outlets(text):
        i = _full_owner(m.group())
        if i is None or _inside_longer_name(text, m.end()):
            continue
        present.setdefault(i, []).append(m.start())
        b.add("outlet:" + OUTLETS[i].name, OUTLETS[i].name, "outlet", m.start(), m.end())
    for m in OUTLET_SHORT_RE.finditer(text):
        if b.overlaps(m.start(), m.end()) or _inside_longer_name(text, m.end()):
            continue
        owner = _short_owner(m.start(), SHORT_OWNERS.get(outlet_key(m.group()), ()), present)
        if owner is not None:
            name = OUTLETS[owner].name
            b.add("outlet:" + name, name, "outlet", m.start(), m.end(), "short")


# capitalized words (and the lower-case joiners of a name, "of", "for") right after a match
_NAME_RUN = re.compile(r"(?:[ \xa0]+(?:[A-Z][\w'’&-]*|of|for|and|on|de)(?![\w'’-]))+")


def _inside_longer_name(text: str, end: int) -> bool:
    """Is the outlet's name that ends at `end` the start of a longer proper name, one that
    ends in an organization's word ("The Independent National Electoral Commission", "The
    Times Educational Supplement Trust")? Then it is that organization, no outlet; a
    headline's capitals ("The Guardian Says Ministers Lied") are no such name."""
    m = _NAME_RUN.match(text, end)
    if m is None:
        return False
    words = [w for w in m.group().split() if w[:1].isupper()]
    return bool(words) and words[-1] in _ORG_NAME_WORDS


def _full_outlets(text: str) -> Iterator[re.Match[str]]:
    """The matches of `OUTLET_FULL_RE.finditer(text)`, the long alternation tried only where
    a match can begin (a few places of an article instead of every capital)."""
    end = 0
    for start in _OUTLET_START_RE.finditer(text):
        p = start.start()
        if p < end:
            continue
        if not _may_begin(text, p):
            continue
        m = OUTLET_FULL_RE.match(text, p)
        if m is not None:
            end = m.end()
            yield m


def _may_begin(text: str, p: int) -> bool:
    """Can an outlet's full name (with "The " or not) begin at `p`?"""
    if _may_begin_form(text, p):
        return True
    if not (text.startswith(("The", "the"), p) and text[p + 3:p + 4].isspace()):
        return False
    p += 3
    while p < len(text) and text[p].isspace():
        p += 1
    return _may_begin_form(text, p)


def _may_begin_form(text: str, p: int) -> bool:
    heads = _FULL_HEADS.get(text[p:p + 1])
    return heads is not None and text.startswith(heads, p)


def _short_owner(pos: int, owners: tuple[int, ...], present: dict[int, list[int]]) -> int | None:
    """Which present outlet a short form belongs to: the one named most recently before."""
    sharing = [i for i in owners if i in present]
    if not sharing:
        return None
    before = [(max((p for p in present[i] if p < pos), default=-1), i) for i in sharing]
    best = max(before)
    return best[1] if best[0] >= 0 else min(sharing, key=lambda i: min(present[i]))


def _outlet_for_name(name: str, b: EntityBuilder) -> int | None:
    """An NER name that is a form of an outlet already in the article ("Post", "Independent")."""
    for i in _OUTLETS_BY_NAME.get(_norm(name), ()):
        key = "outlet:" + OUTLETS[i].name
        if key in b.by_key:
            return b.by_key[key]
    return None


def _org_phrase(doc: Doc, ent_end: int) -> int | None:
    """Token index of an ORG_NOUNS word right after a name ("Biden administration")."""
    i = ent_end
    if i < len(doc) and doc[i].text in ("'s", "\u2019s", "'", "\u2019"):
        i += 1
    if i < len(doc) and doc[i].lower_ in ORG_NOUNS:
        return i
    return None


# an organization's own words, which alone before a title are that title's ("Hamas leader
# Yahya Sinwar" keeps Hamas: a name, no such word)
_ORG_TITLE_NOUNS = _ORG_NAME_WORDS


def _noun_before_a_title(doc: Doc, ent: TokenSpan) -> bool:
    """Whether a one-word ORG is a common noun capitalized before a title and a person's
    name ("Party leader Keir Starmer", "Council leader Ann Roe"): the title's word, not an
    organization the article names (review 1127k)."""
    after = ent.end
    return (len(ent) == 1 and ent.text in _ORG_TITLE_NOUNS and ent.text.lower() in common_nouns()
            and after + 1 < len(doc) and doc[after].text.islower() and doc[after].tag_ == "NN"
            and doc[after + 1].ent_type_ == "PERSON" and doc[after + 1].ent_iob_ == "B")


def _speaker_role_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a transcript turn's role label opening its line ("HOST:",
    "ANCHOR:"), which names a role, never an entity."""
    line_start = text.rfind("\n", 0, start) + 1
    return (text[line_start:start].strip() == "" and text[end:end + 1] == ":"
            and text[start:end].lower() in SPEAKER_ROLES)


# "Office for the Coordination of …", "Ministry of …": the joiner between an office's word
# and its portfolio, which the NER sometimes splits into two names
_PORTFOLIO_JOINER = re.compile(r"[ \xa0]+(?:for|of|on)(?:[ \xa0]+the)?[ \xa0]+")
_OFFICE_WORDS = frozenset(WORDS["org_name_words"]) | frozenset(WORDS["org_words"])


def _joins_next(text: str, ents: tuple[TokenSpan, ...], k: int) -> bool:
    """Whether ORG `k` ends in an office's word and the next ORG is its portfolio, joined by
    "for the"/"of" ("the U.N. Office" + "for the" + "Coordination of Humanitarian
    Affairs"): one name, whose bracketed initials follow the second part."""
    if k + 1 >= len(ents) or ents[k].label_ != "ORG" or ents[k + 1].label_ != "ORG":
        return False
    first, second = ents[k], ents[k + 1]
    gap = _PORTFOLIO_JOINER.fullmatch(text, first.end_char, second.start_char)
    if gap is None and text[second.start_char:second.start_char + 4].lower() == "the ":
        gap = _PORTFOLIO_JOINER.fullmatch(text + " ", first.end_char, second.start_char + 4)
    return gap is not None and first[-1].text in _OFFICE_WORDS and second[-1].text[:1].isupper()


def _add_ner(b: EntityBuilder) -> list[tuple[int, int, int]]:
    """Add NER names; return the one-word person names (start, end, head) for linking."""
    doc, text = b.doc, b.text
    votes = _label_votes(doc)
    singles: list[tuple[int, int, int]] = []
    ents = doc.ents
    joined_to = -1
    # the words of people's whole names: "Paris said" after "Paris Hilton" is hers
    named_words = {w for e in ents if e.label_ == "PERSON" and " " in e.text.strip()
                   for w in e.text.split()}
    for k, ent in enumerate(ents):
        if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC") or k <= joined_to:
            continue
        if ent.label_ == "PERSON" and ent.text[:1].islower():
            continue  # "pro-Clinton"
        end_tok = min(_headline_cut(doc, text, ent, votes), _common_word_cut(ent))
        if end_tok == ent.end and _joins_next(text, ents, k):
            joined_to, end_tok = k + 1, ents[k + 1].end  # "U.N. Office" + "for the …"
        label = votes.get(_vote_key(doc[ent.start:end_tok].text), ent.label_)
        start, end = _trim(text, ent.start_char, doc[end_tok - 1].idx + len(doc[end_tok - 1]),
                           label)
        start = _after_dateline(text, start, end)
        start, end = _trim(text, start, end, label)
        label = word_label(doc, start, end, label) or label
        start, label = descriptor_label(text, start, end, label, FIRST_NAMES)
        if label in ("ORG", "PERSON", "NORP") and _in_dateline(text, start, end):
            label = "GPE"  # "KESSARIN, Dorvania — …": a dateline names places only
        if label == "PERSON" and text[start:end] in CAPITALS and \
                text[start:end] not in named_words:
            label = "GPE"  # "Kyiv said it would not give up any territory": a capital
        if label in ("ORG", "PERSON") and ent.label_ == "ORG" and " " not in text[start:end]:
            first = _first_name_before(doc, start)  # PERSON: an apposition retyped it
            if first is not None:  # "Ana Mabunda": a person the NER cut short
                start, label = first, "PERSON"
        if label == "ORG" and byline_person(text, start, end):
            label = "PERSON"  # "By Marta Kowal": the reporter
        if label == "ORG" and titled_name(text, start, end):
            label = "PERSON"  # "Nurse Fatima Mussa"
        if label == "ORG" and (named_at := office_name_start(text, start, end)) is not None:
            start, label = named_at, "PERSON"  # "Minister of the Interior Halvard Roske"
        if label == "EVENT":
            continue  # "Storm Ciara"
        surface = text[start:end]
        if not surface or surface in NOT_NAMES or b.overlaps(start, end):
            continue
        if _speaker_role_label(text, start, end):
            continue  # "HOST: How many …": a turn's role, no one named (review 1127k)
        if label == "ORG" and _noun_before_a_title(doc, ent):
            continue  # "Party leader Keir Starmer": a title's word, no organization named
        noun = _org_phrase(doc, ent.end) if label in ("PERSON", "GPE", "NORP") else None
        if noun is not None:
            tok = doc[noun]
            name = text[start:tok.idx + len(tok.text)]
            # "Donald Trump's campaign", "Trump campaign": one organization
            owner = _POSSESSIVE.sub("", text[start:end].split()[-1])
            b.add(f"org:{_norm(owner)} {tok.lower_}", name, "organization", start,
                  tok.idx + len(tok.text), head=noun)
            if label == "PERSON":
                continue
        if label == "PERSON":
            add_person(b, start, end, singles)
        elif label in ("GPE", "LOC", "FAC"):
            canon = PLACE_CANON.get(surface.lower(), surface)
            b.add("place:" + _norm(canon), canon, "place", start, end)
        elif label == "NORP":
            if ent.root.tag_ in ("NNPS", "NNS") and ent.root.dep_ not in ("amod", "compound"):
                b.add("group:" + _norm(surface), surface, "group", start, end)
        else:
            outlet = _outlet_for_name(surface, b)
            if outlet is not None:
                b.add(b.drafts[outlet].key, b.drafts[outlet].name, "outlet", start, end, "short")
            else:
                _add_name_before_acronym(b, start, end)
                _add_org(b, start, end)
    return singles


# lower-case words inside an organization's name ("Médecins Sans Frontières", "Ministry of
# Health", "Cruz Roja de Chile") that no initials stand for
_NAME_JOINERS = frozenset({"and", "de", "del", "des", "du", "d'", "et", "for", "für", "la",
                           "le", "les", "of", "the", "und", "y"})
_ACRONYM_NAME_MAX_WORDS = 8


def _name_before_acronym(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in capitalized words right before initials in brackets that they spell
    ("Médecins Sans Frontières (MSF)", "Ministry of Health (MoH)"), where the NER tagged
    only the initials; None when the words before spell no such name."""
    acronym = text[start:end]
    if not (is_acronym(acronym) and text[start - 1:start] == "(" and text[end:end + 1] == ")"):
        return None
    offset = max(0, start - 200)
    before = text[offset:start - 1].rstrip(" \xa0")
    words = list(re.finditer(r"[^\W\d_][\w'\u2019-]*", before))
    if not words or words[-1].end() != len(before):
        return None
    run: list[re.Match[str]] = []
    for w in reversed(words[-_ACRONYM_NAME_MAX_WORDS:]):
        gap = before[w.end():run[-1].start()] if run else ""
        if gap.strip() or not (w.group()[:1].isupper() or w.group().lower() in _NAME_JOINERS):
            break
        run.append(w)
    run.reverse()
    want = capital_letters(acronym)
    for i, first in enumerate(run):
        if not first.group()[:1].isupper():
            continue
        if name_initials(" ".join(w.group() for w in run[i:])) == want:
            return offset + first.start(), offset + run[-1].end()
    return None


def _add_name_before_acronym(b: EntityBuilder, start: int, end: int) -> None:
    """The organization that bracketed initials follow, where the NER tagged only the
    initials ("Médecins Sans Frontières (MSF) said"): its name, with the initials its
    alias, so that the name is the entity's and later bare initials join it."""
    found = _name_before_acronym(b.text, start, end)
    if found is not None and not b.overlaps(*found):
        _add_org(b, *found)


HEADLINE_LINE_MAX_CHARS = 400


# The small words inside a person's name ("Ursula von der Leyen", "Luiz Inácio Lula da
# Silva", "Majed bin Ali"): no common word.
_NAME_PARTICLES = frozenset(
    "de da di du del della der den van von ter ten te le la al el ul bin ben ibn bint ould ag"
    " wa zu af ap y dos das do e st".split())


def _common_word_cut(ent: TokenSpan) -> int:
    """Where a "person" the NER ran on into a sentence-case headline's common words really
    ends: "Lusavia flood death toll rises …" tagged PERSON "Lusavia flood death" is
    "Lusavia" (stranger trial h6): a name's words are capitalised but for its particles."""
    if ent.label_ != "PERSON":
        return ent.end
    doc = ent.doc
    # a word after a hyphen is the name's own ("Kim Jong-un")
    return next((t.i for t in ent[1:] if t.is_alpha and t.text[:1].islower()
                 and doc[t.i - 1].whitespace_ and t.lower_ not in _NAME_PARTICLES), ent.end)


def _headline_cut(doc: Doc, text: str, ent: TokenSpan, known: dict[str, str]) -> int:
    """Where a name the NER ran on into a title-case headline really ends: "Obama Says
    Museum Tells Story" and "Clinton Hid Past Health" are "Obama" and "Clinton" (at a
    headline verb, or after the longest start that is named elsewhere in the article)."""
    cut = next((t.i for t in ent[1:] if t.lower_ in HEADLINE_VERBS), ent.end)
    if cut < ent.end or len(ent) < 2:
        return cut
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line_end = text.find("\n", ent.end_char)
    if (line_end if line_end >= 0 else len(text)) - line_start > HEADLINE_LINE_MAX_CHARS:
        return cut  # prose, not a headline (and reading a long line per name was quadratic)
    words = re.findall(r"[A-Za-z]+", text[line_start:line_end if line_end >= 0 else None])
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return cut
    for end in range(ent.end - 1, ent.start, -1):
        if known.get(_vote_key(doc[ent.start:end].text)) in ("PERSON", "ORG"):
            return end
    return cut


def _vote_key(name: str) -> str:
    """A surface form as voted on: "The Chronicle" and "Chronicle" are one form."""
    return _norm(name).removeprefix("the ")


def _after_locative(key: str) -> re.Pattern[str]:
    """A one-word name right after a locative preposition ("in Kessarin", "near Rafah")."""
    preps = "|".join(WORDS["locative_preps"])
    return re.compile(rf"\b(?:{preps})\s+{re.escape(key)}(?![\w-])", re.IGNORECASE)


SETTLEMENT_NOUNS = "|".join(WORDS["settlement_nouns"])


def _before_settlement(key: str) -> re.Pattern[str]:
    """A name (as voted on: lower case, no "the") right before a settlement's noun."""
    words = r"[\s\xa0]+".join(re.escape(w) for w in key.split())
    return re.compile(rf"(?<![\w-]){words}[\s\xa0]+(?:{SETTLEMENT_NOUNS})\b", re.IGNORECASE)


def _label_votes(doc: Doc) -> dict[str, str]:
    """One label per surface form in an article, where the NER disagrees with itself:
    a one-word name ever tagged a place is a place ("in Rafah"); a word that ends a
    multi-word PERSON is a person ("Trump" tagged ORG), and so is one followed by ", who" or
    an age anywhere ("Okonkwo, who runs the roads department", "Mwale, 54,"); else the
    majority label."""
    counts: dict[str, Counter[str]] = {}
    surnames: set[str] = set()
    ents, text = doc.ents, doc_text(doc)
    for e in ents:
        key = _vote_key(e.text)
        counts.setdefault(key, Counter())[e.label_] += 1
        marked = word_label(doc, e.start_char, e.end_char, e.label_)
        if marked is not None:  # outweighs any number of unmarked uses
            counts[key][marked] += len(ents)
        if (e.label_ == "PERSON" or marked == "PERSON") and len(e) > 1:
            surnames.add(_norm(e[-1].text))  # also a full name the words mark a person's
    out: dict[str, str] = {}
    for key, c in counts.items():
        one_word = " " not in key
        if one_word and (c["GPE"] or c["LOC"]) and "PERSON" in c:
            out[key] = "GPE" if c["GPE"] else "LOC"
        elif one_word and (c["GPE"] or c["LOC"]) and "NORP" in c and _after_locative(
                key).search(text):
            # "the Kessarin market" read as a nationality, "in Kessarin" as a place: a name
            # after a locative preposition is a place, its use before a noun is too
            out[key] = "GPE" if c["GPE"] else "LOC"
        elif "ORG" in c and "PERSON" not in c and _before_settlement(key).search(text):
            # "the worst-hit Ulu Bend camp", "Karsa district": a place, whatever else the
            # NER said of its other mentions ("planned for Ulu Bend")
            out[key] = "GPE"
        elif one_word and "ORG" in c and (key in surnames or any(
                PERSON_AFTER.match(text, m.end()) for m in re.finditer(
                    r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", text, re.IGNORECASE))):
            out[key] = "PERSON"
        else:
            out[key] = c.most_common(1)[0][0]
    return out


def _add_org(b: EntityBuilder, start: int, end: int) -> None:
    surface = b.text[start:end]
    key = "org:" + _norm(surface)
    idx = b.add(b.drafts[b.by_key[key]].key if key in b.by_key else key, surface,
                "organization", start, end)
    acro = _ACRONYM.match(b.text, end)
    if acro and acro.group(1) not in b.drafts[idx].aliases:
        b.by_key["org:" + acro.group(1).lower()] = idx
        b.drafts[idx].aliases.append(acro.group(1))


def _add_acronyms(b: EntityBuilder) -> None:
    """Later bare uses of an acronym introduced in brackets ("... Forces (IDF)")."""
    for key, idx in list(b.by_key.items()):
        word = key.removeprefix("org:")
        if not key.startswith("org:") or b.drafts[idx].key == key:
            continue
        acro = next(a for a in b.drafts[idx].aliases if a.lower() == word)
        for m in re.finditer(r"(?<![A-Za-z])" + re.escape(acro) + r"(?![A-Za-z])", b.text):
            if not b.overlaps(m.start(), m.end()):
                b.add(b.drafts[idx].key, b.drafts[idx].name, "organization",
                      m.start(), m.end(), "alias")


def _join_spelled_acronyms(b: EntityBuilder) -> None:
    """A bare acronym the article never brackets ("the WHO said" after "the World Health
    Organization said") is the one organization of the article whose name's initials it
    spells; with two such names, or none, it stays its own (stranger trial 8)."""
    for key, idx in list(b.by_key.items()):
        d = b.drafts[idx]
        if d.type != "organization" or d.key != key or not is_acronym(d.name) or \
                " " in d.name or not d.mentions:
            continue
        want = capital_letters(d.name)
        spelled = [i for i, o in enumerate(b.drafts) if i != idx and o.mentions and
                   o.type == "organization" and " " in o.name and
                   name_initials(o.name) == want]
        if len(spelled) != 1:
            continue
        full = b.drafts[spelled[0]]
        for m in d.mentions:
            full.mentions.append(Mention(m.span, "alias", m.head))
        full.aliases.extend(d.aliases)
        d.mentions.clear()
        b.by_key[key] = spelled[0]


def _add_org_echoes(b: EntityBuilder) -> None:
    """Later uses of an organization's name that the NER did not tag ("told The
    Chronicle" after "seen by The Chronicle"), matched case-sensitively."""
    names = {d.name: i for i, d in enumerate(b.drafts)
             if d.type == "organization" and d.name[:1].isupper() and len(d.name) > 3}
    if not names:
        return
    alts = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    for m in re.finditer(r"(?<![\w-])(?:" + alts + r")(?![\w-])", b.text):
        if not b.overlaps(m.start(), m.end()):
            d = b.drafts[names[m.group()]]
            b.add(d.key, d.name, "organization", m.start(), m.end())


def _drop_capitalized_words(b: EntityBuilder) -> None:
    """A one-word "person" that is only ever a common noun capitalized at the start of a
    sentence or after a dateline ("Turnout was low", "LONDON — Police said"), with no
    title, honorific or full name, is no person (an all-capitals one, "FDR", is initials,
    not a capitalized word); nor is such an "organization" the article also writes in
    lower case (stranger trial 8: "Cholera")."""
    nouns = common_nouns()
    for key, idx in list(b.by_key.items()):
        d = b.drafts[idx]
        if " " in d.name or d.name.lower() not in nouns or is_acronym(d.name):
            continue
        person = d.type == "person" and not d.titles and not d.hints
        # an "organization" so capitalized only where the article also writes the word in
        # lower case ("Cholera cases soar …", "Cholera, an acute infection, …": cholera)
        org = d.type == "organization" and d.key == key and _written_lower(b.text, d.name)
        if not (person or org):
            continue
        if all(b.doc[m.head].is_sent_start or _opens_story(b.text, m.span.start)
               for m in d.mentions):
            d.mentions.clear()
            del b.by_key[key]


def _written_lower(text: str, word: str) -> bool:
    """Does the article also write the one word in lower case ("cholera"), as a common
    noun?"""
    low = word.lower()
    return low != word and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None


def _retype_attributive_names(b: EntityBuilder) -> bool:
    """A one-word "person" that is only ever that bare word (no first name, title,
    honorific, later short form, he/she, age or ", who") and modifies a common noun
    somewhere ("damning Ofsted report") names an institution, not a person: "Ofsted rated
    the school inadequate". A known first name stays a person ("Amina"), and so does a
    name that modifies a leader's following anywhere ("Romney aides", "the Trump
    campaign"). True when one was retyped."""
    retyped = False
    for key, idx in list(b.by_key.items()):
        if not _bare_word_person(b, key, idx):
            continue
        d = b.drafts[idx]
        heads = [t.head for t in _tokens_of(b, d.name) if t is not None and t.dep_ in (
            "compound", "amod") and t.head.pos_ == "NOUN" and t.head.i > t.i]
        if heads and not any(h.lemma_.lower() in FOLLOWER_NOUNS for h in heads):
            d.type, d.key = "organization", "org:" + _norm(d.name)
            del b.by_key[key]
            b.by_key.setdefault(d.key, idx)
            retyped = True
    return retyped


def _tokens_of(b: EntityBuilder, word: str) -> Iterator[Token | None]:
    """The tokens that are `word` (None where a match is no whole token)."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", b.text):
        found = b.doc.char_span(m.start(), m.end())
        yield found[0] if found is not None and len(found) == 1 else None


def _bare_word_person(b: EntityBuilder, key: str, idx: int) -> bool:
    d = b.drafts[idx]
    return d.type == "person" and d.key == key and " " not in d.name and not d.titles and \
        not d.hints and d.name not in FIRST_NAMES and not any(
            m.kind != "name" or PERSON_AFTER.match(b.text, m.span.end) for m in d.mentions)


CAPITAL_SURNAME_MIN_CHARS = 4  # "VELES", "HOLST"; not "LEE", "UN" (an acronym as often)


def _capital_surnames(b: EntityBuilder) -> None:
    """A one-word name in capitals that the NER typed an organization and that is the
    surname of a person the article names in full ("VELES:" over a transcript's turns after
    "DMITAR VELES, CIVIC ALLIANCE LEADER:") is that person: its mentions join the person's
    (stranger trial 5: the organization "VELES" took "the ministry" as a source and its
    speaker's turns twice)."""
    surnames: dict[str, list[int]] = {}
    for i, d in enumerate(b.drafts):
        if d.type == "person" and " " in d.name:
            for last in last_name_forms(d.name):
                surnames.setdefault(last.upper(), []).append(i)
    for key, idx in list(b.by_key.items()):
        d = b.drafts[idx]
        if d.type != "organization" or " " in d.name or len(d.name) < CAPITAL_SURNAME_MIN_CHARS \
                or not d.name.isupper() or d.name not in surnames \
                or outlet_key(d.name) in FULL_OWNER:
            continue
        moved = list(d.mentions)
        d.mentions.clear()
        del b.by_key[key]
        for m in moved:
            person = b.drafts[most_recent(b, surnames[d.name], m.span.start)]
            b.add(person.key, person.name, "person", m.span.start, m.span.end, "short",
                  m.head)


def _drop_role_initials(b: EntityBuilder) -> None:
    """An "organization" named by initials that are a person's title in the article is a
    role, not an institution: "The CS said" after "Interior CS Kithure Kindiki"."""
    roles = {t.split()[-1] for d in b.drafts if d.type == "person" for t in d.titles}
    for key, idx in list(b.by_key.items()):
        d = b.drafts[idx]
        if d.type == "organization" and d.name in roles and is_acronym(d.name):
            d.mentions.clear()
            del b.by_key[key]


def find_entities(doc: Doc) -> tuple[EntityCluster, ...]:
    """Every person, organization, outlet, place and group of one article, with mentions."""
    b = EntityBuilder(doc)
    _find_outlets(b)
    singles = _add_ner(b)
    add_marked_names(b, singles)
    add_first_named(b, singles)
    link_singles(b, singles)
    _capital_surnames(b)
    _drop_capitalized_words(b)
    add_surname_echoes(b)
    _add_acronyms(b)
    _join_spelled_acronyms(b)
    add_described_organizations(b)
    _add_org_echoes(b)
    add_pronouns(b)
    if _retype_attributive_names(b):
        _add_org_echoes(b)  # its uses the NER missed ("Ofsted rated the school")
    _drop_role_initials(b)
    return b.freeze()


def cluster_at(clusters: tuple[EntityCluster, ...], start: int, end: int) -> int | None:
    """Index of the cluster with a mention inside [start, end) (the last such, as the head
    of a phrase comes last: "Hamas leader Yahya Sinwar"); None when no mention is inside."""
    best: tuple[int, int] | None = None
    for i, c in enumerate(clusters):
        for m in c.mentions:
            if start <= m.span.start and m.span.end <= end:
                if best is None or m.span.end > best[0]:
                    best = (m.span.end, i)
    return best[1] if best else None


def to_entities(clusters: tuple[EntityCluster, ...],
                extra: dict[int, list[Span]] | None = None) -> tuple[Entity, ...]:
    """Record entities E1.. in order of first mention; `extra` adds mentions by cluster index."""
    extra = extra or {}
    return tuple(
        c.to_entity(f"E{i + 1}", tuple(extra.get(i, ()))) for i, c in enumerate(clusters)
    )
