"""How people are named in an article: titles ("President", "Dr"), honorifics ("Mr",
"Ms"), and the words around a name that say whose it is, whatever the NER said: an
honorific or Dr/Prof before it makes a person ("Dr Agostinho Sousa"), a company word at
its end an organization ("Quayline Homes"). Word lists: data/entities_*.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from according.entities.builder import EntityBuilder
from according.entities.words import (
    WORDS,
    data_json,
    data_lines,
    head_at,
    is_acronym,
    is_institution_initials,
    norm,
)
from according.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

TITLES: tuple[str, ...] = tuple(sorted(data_lines("entities_titles.txt"), key=len, reverse=True))
HONORIFICS: frozenset[str] = frozenset(data_lines("entities_honorifics.txt"))
ORG_WORDS = frozenset(WORDS["org_words"])
_FIRST_NAMES = frozenset(n for names in data_json("entities_first_names.json").values()
                         for n in names)


def _plain(words: str) -> str:
    """Words compared without accents or case ("Médecins" is "medecins")."""
    return "".join(c for c in unicodedata.normalize("NFKD", words)
                   if not unicodedata.combining(c)).casefold()


# one word or two ("Cruz Roja"), as a run of whole words inside a name
_ORG_NAME_WORDS = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(_plain(w)) for w in sorted(WORDS["org_name_words"], key=len, reverse=True)
) + r")(?![\w-])")
EVENT_WORDS = frozenset(WORDS["event_words"])
PERSON_MARKERS = HONORIFICS | frozenset(WORDS["person_markers"])
STREET_WORDS = frozenset(WORDS["street_words"])
SAINT_WORDS = frozenset(WORDS["saint_words"])
_LOCATIVE_BEFORE = re.compile(r"\b(?:" + "|".join(WORDS["locative_preps"]) + r")[ \xa0]+$")
TITLE_WORDS = frozenset(w for t in TITLES for w in t.split())
_TITLE_RE = re.compile(
    r"(?:^|(?<=[\s(\u2019']))(" + "|".join(re.escape(t) for t in TITLES) + r")[\s\xa0]+$"
)

# A title the list lacks: up to three capitalized words ending in a title head, right before
# the name ("Battalion Chief Marcus Bell", "Roads Director Grace Wanjiru"); not a determiner
# or a possessive ("The", "Kenya's") at its start, no sentence end ("Okafor.") inside.
_TITLE_HEADS = sorted({h.capitalize() for h in WORDS["title_heads"]} |
                      {t.split()[-1] for t in TITLES if t[:1].isupper()}, key=len, reverse=True)
_HEAD_SET = frozenset(_TITLE_HEADS)
_DETERMINERS = r"(?:The|A|An|This|That|Its|Their|His|Her|Our|In|On|At|By|For|With)\b"
_HEADED_TITLE = (r"((?:(?!" + _DETERMINERS + r")(?:(?:[A-Z]\.){1,3}|[A-Z][\w\-]*)[ \xa0]+){0,3}?(?:"
                 + "|".join(re.escape(h) for h in _TITLE_HEADS) + r"))")
_HEADED_TITLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\u201c\"]))" + _HEADED_TITLE + r"[ \xa0]+$")
# An office named by its portfolio before the name: "Minister of the Interior Halvard Roske",
# "Commissioner for Crisis Management Elena Varro" (the portfolio is capitalized words)
_OFFICE_OPEN = (r"(?:(?:[A-Z][\w-]*[ \xa0]+){0,2}?(?:" + "|".join(
    re.escape(h) for h in _TITLE_HEADS) + r")[ \xa0]+(?:of|for)[ \xa0]+(?:the[ \xa0]+)?)")
_OFFICE_OPEN_BEFORE = re.compile(_OFFICE_OPEN + r"$")
_OFFICE_TITLE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\u201c\"]))(" + _OFFICE_OPEN
    + r"(?:[A-Z][\w'\u2019-]*[ \xa0]+(?:(?:and|&)[ \xa0]+)?){1,3})$")
_HEADED_TITLE_LEAD = re.compile(_HEADED_TITLE + r"[ \xa0]+(?=[A-Z])")

# ", who" or an age ("Mwale, 54, said", "said Mwale, 54.") right after a name: a person's
_AGE = r"\d{1,3}(?=[,;)]|\.(?!\d))"
_AGE_AFTER = re.compile(r",[ \xa0]+" + _AGE)
PERSON_AFTER = re.compile(r",[ \xa0]+(?:who\b|" + _AGE + ")")
# ", the head of the monitoring mission": a role of a person in apposition after a name
ROLE_APPOSITION_AFTER = re.compile(
    r",[ \xa0]+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:head|chief|director|leader|"
    r"founder|co-founder|coordinator|commander|spokes(?:man|woman|person)|minister|president|"
    r"chair(?:man|woman|person)?|secretary|envoy|representative|manager|editor|mayor|"
    r"governor|deputy|executive)\s+(?:of|for|at)\b", re.I)
# "A ministry spokesman, Rana Ayoub,": a person's role, then the name in apposition between
# commas (the text before the name, ending at its start). Not a role with a complement ("a
# spokesman for the group, Islamic Jihad,"): the name there may be the group's
_ROLE_WORDS = (r"(?:head|chief|director|leader|founder|co-founder|coordinator|commander|"
               r"spokes(?:man|woman|person)|minister|president|chair(?:man|woman|person)?|"
               r"secretary|envoy|representative|manager|editor|mayor|governor|deputy|"
               r"executive)")
ROLE_APPOSITION_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?" + _ROLE_WORDS
    + r",[ \xa0]+$", re.I)  # also "Tarvik's mayor, Ove Lind,"
# "The mayor of Tarvik, Ove Lind,": a role of a place or body named by a proper noun (not
# "a spokesman for the group, Islamic Jihad,", whose name may be the group's)
ROLE_OF_NAME_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?(?i:" + _ROLE_WORDS
    + r")\s+(?:of|for|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,[ \xa0]+$")
_HONORIFIC_BEFORE = re.compile(r"\b(Mrs?\.?|Ms\.?|Miss|Sir|Dame|Lord|Lady)[\s\xa0]+$")
_MARKERS = "|".join(sorted({re.escape(m.rstrip(".")) for m in PERSON_MARKERS}, key=len,
                            reverse=True))
_MARKER_BEFORE = re.compile(r"(?:^|(?<=[\s(\"\u201c]))(?:" + _MARKERS + r")\.?[ \xa0]+$")
# A name the NER missed after a marker: "Dr Agostinho Sousa", "Mr Dyer" (not after "Miss":
# "Miss America", "Miss Piggy" are titles and nicknames).
_MISSED_MARKERS = "|".join(m for m in _MARKERS.split("|") if m != "Miss")
_MARKED_NAME = re.compile(r"(?<![\w.])(?:" + _MISSED_MARKERS + r")\.?[ \xa0]+"
                          r"([A-Z][\w'\u2019-]+(?:[ \xa0][A-Z][\w'\u2019-]+){0,2})")


def title_before(text: str, start: int) -> str | None:
    """The title ending just before `start` on its line ("President", "Dr", "Minister of
    the Interior"), if any."""
    line_start = text.rfind("\n", 0, start) + 1
    office = _OFFICE_TITLE_BEFORE.search(text, max(line_start, start - 80), start)
    if office:  # grown only by title words: "Deputy Minister of Health", not "Republican …"
        words = office.group(1).split()
        while words[0] not in TITLE_WORDS and words[0] not in _HEAD_SET:
            words = words[1:]
        return " ".join(words)
    m = _TITLE_RE.search(text, max(line_start, start - 40), start)
    headed = _HEADED_TITLE_BEFORE.search(text, max(line_start, start - 48), start)
    # a listed title grows only by title words ("Director General"), not "US President"
    if headed and (m is None or headed.start(1) < m.start(1) and all(
            w in _HEAD_SET for w in text[headed.start(1):m.start(1)].split())):
        return headed.group(1)
    return m.group(1) if m else None


def word_label(doc: Doc, start: int, end: int, label: str) -> str | None:
    """The label the words say a name has, whatever the NER said: ORG when it ends in a
    company or service word ("Quayline Homes", "Cal Fire"), or for initials the NER called
    a person that nothing marks as one ("BNPB"); FAC for a "person" that is a street after
    on/in/at ("on Mill Lane") or a saint ("St Mary's church"); EVENT for a named storm
    ("Typhoon Haiyan", no source of anything); PERSON after an honorific or
    Dr/Prof ("Dr Agostinho Sousa"), or for one word followed by ", who" or an age
    ("Okonkwo, who runs the roads department", "Mwale, 54,"); None when they say nothing."""
    text = doc_text(doc)
    words = text[start:end].split()
    if len(words) > 1 and words[0] in EVENT_WORDS and not _speaks_or_marked(doc, start, end):
        return "EVENT"
    # a first name does not keep a person here: "Victoria Police", "Grace Foundation"
    if len(words) > 1 and words[-1] in ORG_WORDS and not _marked_person(text, start, words, ""):
        return "ORG"
    if label == "PERSON" and len(words) > 1 and _has_org_name_word(words) and \
            not _marked_person(text, start, words, label):
        return "ORG"  # "Médecins Sans Frontières", "Human Rights Watch" tagged PERSON
    if label == "PERSON" and len(words) > 1 and (words[0] in SAINT_WORDS or (
            words[-1] in STREET_WORDS and _LOCATIVE_BEFORE.search(text[max(0, start - 8):start]))):
        return "FAC"
    if label == "PERSON" and len(words) == 1 and is_institution_initials(words[0]) and \
            not initials_of_a_person(doc, start, end):  # "BNPB", not "JFK, 46, said"
        return "ORG"
    if len(words) > 1 and words[0] in PERSON_MARKERS:
        return "PERSON"
    if words and _marker_before(text, start):
        return "PERSON"
    if len(words) == 1 and not words[0].isupper() and PERSON_AFTER.match(text, end):
        return "PERSON"
    if 1 < len(words) <= 3 and _AGE_AFTER.match(text, end) and words[-1] not in ORG_WORDS \
            and all(w[:1].isupper() and w[1:].islower() for w in words):
        return "PERSON"  # "Ruth Abara, 54, said": an age is a person's
    if label == "ORG" and 1 < len(words) <= 3 and all(w[:1].isupper() for w in words) and \
            words[-1] not in ORG_WORDS and not _has_org_name_word(words) and \
            (ROLE_APPOSITION_AFTER.match(text, end) or (
                text[end:end + 1] == "," and (
                    ROLE_APPOSITION_BEFORE.search(text, max(0, start - 100), start)
                    or ROLE_OF_NAME_BEFORE.search(text, max(0, start - 100), start)))):
        # "said Amara Diallo, the head of the monitoring mission", "A ministry spokesman,
        # Rana Ayoub, told reporters"
        return "PERSON"
    return None


# a byline's line: "By Marta Kowal", "(Reporting by Ivo Marin; Editing by Tom Hale)"
_BYLINE_BEFORE = re.compile(r"(?:^|\n)[ \t(\[]*(?:(?:additional |writing and )?reporting |writing "
                            r"|editing |text |words |photos? )?by[ \t]+(?:[^\n;]*?(?:,| and) )?$",
                            re.I)


def byline_person(text: str, start: int, end: int) -> bool:
    """Is the name a byline's, two to four capitalized words after "By" at a line's start
    with no organization word in them ("By Marta Kowal", "Reporting by Ivo Marin")? A
    byline names the reporter, a person, whatever the NER made of the line."""
    words = text[start:end].split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and \
        _BYLINE_BEFORE.search(text[max(0, start - 80):start]) is not None and \
        words[-1] not in ORG_WORDS and not _has_org_name_word(words)


def names_an_organization(text: str, start: int, end: int) -> bool:
    """Do the words of a name the NER missed say it is an organization's ("Médecins Sans
    Frontières said"), with no title, honorific or first name marking it a person's?"""
    words = text[start:end].split()
    if len(words) > 1 and words[-1] in ORG_WORDS:
        return not _marked_person(text, start, words, "")
    return len(words) > 1 and _has_org_name_word(words) and \
        not _marked_person(text, start, words, "PERSON")


def _has_org_name_word(words: list[str]) -> bool:
    """Is a capitalized word (or two) of the name one that marks an organization?"""
    capitalized = [w for w in words if w[:1].isupper()]
    return _ORG_NAME_WORDS.search(_plain(" ".join(capitalized))) is not None


def _marked_person(text: str, start: int, words: list[str], label: str) -> bool:
    """Do a title, honorific or (for a two-word PERSON) a first name mark a name with an
    organization word in it as a person's ("Mayor Jean Bureau", "Mr Tom Council", "Sam
    Watch" tagged PERSON)?"""
    if words[0] in PERSON_MARKERS or _marker_before(text, start) or title_before(text, start):
        return True
    return label == "PERSON" and len(words) == 2 and words[0] in _FIRST_NAMES


def _marker_before(text: str, start: int) -> bool:
    """Does an honorific or person marker stand just before `start` ("Mr", "Dr", "actor")?"""
    return _MARKER_BEFORE.search(text[max(0, start - 12):start]) is not None


_SPEAKING = frozenset({"say", "tell", "add", "write", "post", "ask", "explain", "announce",
                       "insist", "reply", "recall", "warn"})


def _speaks_or_marked(doc: Doc, start: int, end: int) -> bool:
    """Do the words around a name say it is a person's, not a storm's ("Storm Reid, the
    actress, said", "Actor Storm Reid", "Storm Reid, 21,")? A title, honorific, age or
    ", who" around it, an apposition on it, or a speaking verb it is the subject of."""
    text = doc_text(doc)
    if title_before(text, start) or _marker_before(text, start) or PERSON_AFTER.match(text, end):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return any(c.dep_ == "appos" for c in root.children) or (
        root.dep_ in _SUBJECTS and root.head.lemma_ in _SPEAKING)


_HIS_HER = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})
_SUBJECTS = ("nsubj", "nsubjpass")


def initials_of_a_person(doc: Doc, start: int, end: int, tagged_person: bool = True) -> bool:
    """Do the words around an all-capitals name say it is a person's initials or nickname
    ("JFK", "AMLO"), not an institution's? A title or honorific before it ("President
    AMLO"), an age after it ("AMLO, 70,"), or a he/she/his/her in its sentence before any
    other subject or person's name ("AMLO told reporters at his briefing"); and, for a name
    the NER tagged a person, a subject "he"/"she" of the next sentence when the name was its
    sentence's only subject that is a noun, and no other person is named there ("FDR signed
    the act in 1935. He said ...")."""
    text = doc_text(doc)
    if title_before(text, start) or _marker_before(text, start) or _AGE_AFTER.match(text, end):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    sent = span[-1].sent
    for tok in doc[span.end:sent.end]:
        if tok.lower_ in _HIS_HER and tok.pos_ in ("PRON", "DET"):
            return True
        if tok.dep_ in _SUBJECTS or (tok.ent_type_ == "PERSON" and tok.text != span.text):
            break
    if not tagged_person or span.root.dep_ not in _SUBJECTS or sent.end >= len(doc):
        return False
    if any(t.i not in range(span.start, span.end) and (t.ent_type_ == "PERSON" or (
            t.dep_ in _SUBJECTS and t.pos_ in ("NOUN", "PROPN"))) for t in sent):
        return False  # "BNPB said a man had died. He was 40."
    first = next((t for t in doc[sent.end].sent if t.dep_ in _SUBJECTS), None)
    return first is not None and first.lower_ in ("he", "she")


def add_marked_names(b: EntityBuilder, singles: list[tuple[int, int, int]]) -> None:
    """Names the NER missed after an honorific or Dr/Prof ("Dr Agostinho Sousa said"):
    the proper nouns right after it, unless they are a title ("Mr President")."""
    for m in _MARKED_NAME.finditer(b.text):
        found = b.doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if found is None or b.overlaps(m.start(1), m.end(1)) or any(
                a < m.end(1) and m.start(1) < z for a, z, _ in singles):
            continue
        toks = list(found)
        while toks and toks[-1].pos_ != "PROPN":
            toks.pop()
        if not toks or any(t.pos_ != "PROPN" for t in toks) or toks[0].text in TITLE_WORDS \
                or toks[-1].text in ORG_WORDS:
            continue
        add_person(b, toks[0].idx, toks[-1].idx + len(toks[-1]), singles)


def office_name_start(text: str, start: int, end: int) -> int | None:
    """Where the person's name starts in a name the NER ran on from an office's portfolio
    ("[Minister of the] Interior Halvard Roske", "[Commissioner for] Energy Sofia
    Marchetti"): at a known first name, else the last two words; None when no office opens
    before `start` or the words do not end in a name."""
    if not _OFFICE_OPEN_BEFORE.search(text, max(0, start - 60), start):
        return None
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 3:
        return None
    at = next((i for i, w in enumerate(words[1:], 1) if w.group() in _FIRST_NAMES),
              len(words) - 2)
    name = [w.group() for w in words[at:]]
    if not 2 <= len(name) <= 3 or not all(
            w[:1].isupper() and w[1:].isalpha() and w not in ORG_WORDS and w not in TITLE_WORDS
            for w in name):
        return None
    return start + words[at].start()


def add_first_named(b: EntityBuilder, singles: list[tuple[int, int, int]]) -> None:
    """Names the NER missed that open with a known first name ("Commissioner for Crisis
    Management Elena Varro announces"): the first name and the one or two proper nouns
    after it, none tagged, none an organization's, street's or title's word, and not
    inside an organization's name ("the A. Philip Randolph Institute")."""
    doc = b.doc
    for tok in doc:
        if tok.text not in _FIRST_NAMES or tok.pos_ != "PROPN" or tok.ent_type_:
            continue
        toks = [tok]
        for nxt in doc[tok.i + 1:tok.i + 3]:
            if nxt.pos_ != "PROPN" or nxt.ent_type_ or not nxt.text[:1].isupper() or \
                    nxt.text in ORG_WORDS or nxt.text in TITLE_WORDS or nxt.text in STREET_WORDS:
                break
            toks.append(nxt)
        after = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
        if after is not None and after.text in ORG_WORDS:
            continue  # "the A. Philip Randolph Institute": an organization's name
        start, end = tok.idx, toks[-1].idx + len(toks[-1].text)
        if len(toks) < 2 or b.overlaps(start, end) or any(
                a < end and start < z for a, z, _ in singles):
            continue
        add_person(b, start, end, singles)


def split_lead_title(text: str, start: int, end: int,
                     title: str | None = None) -> tuple[str | None, int]:
    """(title, where the name starts) of a name with a title taken into it: "President
    Biden" (a listed title), "Deputy Fire Chief Ana Cruz" (capitalized words ending in a
    title word, before at least two words), "(Interior) CS Kithure Kindiki" (a role's
    initials before at least two words); `title` (one before the name) when none."""
    words = text[start:end].split()
    # A title the NER swallowed: "President Biden" as one PERSON.
    while len(words) > 1:
        lead = next((t for t in TITLES if text.startswith(t + " ", start)), None)
        if lead is None:
            break
        title, start = lead, start + len(lead) + 1
        while text[start].isspace():
            start += 1
        words = text[start:end].split()
    # A title the NER took into the name: "Headteacher Anita Patel" as one PERSON.
    # (again while two words are left: "Deputy" then "Fire Chief" of "Deputy Fire Chief")
    while (lead_title := _HEADED_TITLE_LEAD.match(text, start, end)) and \
            len(text[lead_title.end():end].split()) > 1:
        start = lead_title.end()
        title = title_before(text, start) or lead_title.group(1)
    # A role's initials (after one word at most) before a full name: "CS Kithure Kindiki",
    # "Kisumu MCA Jane Wambui".
    words = text[start:end].split()
    at = next((i for i, w in enumerate(words[:2]) if is_acronym(w) and "." not in w), None)
    if at is not None and len(words) - at > 2 and not any(w.isupper() for w in words[at + 1:]):
        after = start
        for w in words[:at + 1]:
            after = text.index(w, after) + len(w)
        title = " ".join(words[:at + 1])
        start = text.index(words[at + 1], after)
    return title, start


def full_name_of(doc: Doc, surname: str) -> str | None:
    """The one full name the article writes for a bare surname the NER never tagged
    ("Mendoza said …" after "… against 160,560 for Lucía Mendoza"): a proper noun right
    before the surname that is no title, honorific or organization word; None when there
    is none, or more than one first name."""
    text = doc_text(doc)
    firsts = set()
    for m in re.finditer(r"(?<![\w-])([A-Z][^\W\d_]+)[ \xa0]" + re.escape(surname)
                         + r"(?![\w-])", text):
        word = m.group(1)
        found = doc.char_span(m.start(1), m.end(1))
        if found is None or found[0].pos_ != "PROPN" or found[0].ent_type_ in (
                "GPE", "LOC", "ORG", "NORP", "FAC") or word in TITLE_WORDS or \
                word in _HEAD_SET or word in HONORIFICS or word in ORG_WORDS:
            continue
        firsts.add(word)
    return f"{firsts.pop()} {surname}" if len(firsts) == 1 else None


def titled_name(text: str, start: int, end: int) -> bool:
    """A title word then two or three capitalized words ("Nurse Fatima Mussa", "Mayor Ana
    Cruz"): a titled person, whatever the NER called it; not when the last word is an
    organization's ("Director General Health Services")."""
    lead = _HEADED_TITLE_LEAD.match(text, start, end)
    if lead is None:
        return False
    rest = text[lead.end():end].split()
    return 2 <= len(rest) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in rest) \
        and rest[-1] not in ORG_WORDS and not any(w in TITLE_WORDS for w in rest)


def add_person(b: EntityBuilder, start: int, end: int,
                singles: list[tuple[int, int, int]]) -> None:
    text = b.text
    title = title_before(text, start)
    hon = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
    hints = [hon.group(1)] if hon else []
    title, start = split_lead_title(text, start, end, title)
    words = text[start:end].split()
    if title:
        title = _without_owner(b, title, start)
    while words and words[0] in HONORIFICS and len(words) > 1:
        hints.append(words[0])
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    if len(words) == 1:
        singles.append((start, end, head_at(b.doc, start, end)))
        b.pending[start] = (title, hints)
        return
    name = " ".join(words)
    idx = b.add(person_key(name), name, "person", start, end)
    b.drafts[idx].titles += [title] if title else []
    b.drafts[idx].hints += hints + ([title] if title else [])


def _without_owner(b: EntityBuilder, title: str, name_start: int) -> str:
    """A title without the organization the NER names at its start: "Apple Chief Executive
    Tim Cook" is Tim Cook, "Chief Executive" (of Apple, an entity of its own). A place stays:
    "U.S. Attorney" is an office."""
    pos = b.text.rfind(title, 0, name_start)
    words = title.split()
    while len(words) > 1 and pos >= 0:
        tok = b.doc.char_span(pos, pos + len(words[0]), alignment_mode="expand")
        if tok is None or tok[0].ent_type_ != "ORG":
            break
        pos = b.text.index(words[1], pos + len(words[0]))
        words = words[1:]
    return " ".join(words)


def person_key(name: str) -> str:
    """First and last name: "Donald J. Trump" and "Donald Trump" are one person."""
    words = [w for w in norm(name).split()
             if not re.fullmatch(r"\w\.?|jr\.?|sr\.?|ii|iii|iv", w)] or norm(name).split()
    return "person:" + (" ".join((words[0], words[-1])) if len(words) > 1 else words[0])
