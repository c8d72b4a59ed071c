"""What a common noun beside a name says about whose it is.

Before the name, an institution's descriptor makes it an organization ("Relief group
Harbourlight", "Watchdog Clearline", "the charity Harbourlight"); after it, an apposition
headed by a noun for a person ("Oyelaran, a historian at Kessarin University,") makes it a
person. The person nouns are WordNet's (words.person_nouns), not a list grown word by word;
the descriptors are data (entities_words.json, org_descriptors).
"""

from __future__ import annotations

import re

from according.entities.words import WORDS, person_nouns

ORG_DESCRIPTORS = frozenset(w.lower() for w in WORDS["org_descriptors"])
_DESCRIPTOR = "|".join(re.escape(w).replace(r"\ ", r"[ \xa0]+")
                       for w in sorted(ORG_DESCRIPTORS, key=len, reverse=True))
# "Relief group ", "the charity ", "Watchdog ", "think tank ": the descriptor ends right
# before the name; up to two lower-case words before it ("rights group", "oil firm")
DESCRIPTOR_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?:[Tt]he[ \xa0]+|[Aa]n?[ \xa0]+)?(?:[A-Za-z][a-z-]*[ \xa0]+){0,2}?(?i:"
    + _DESCRIPTOR + r")[ \xa0]+$")
DESCRIPTOR_LEAD = re.compile(r"(?i:" + _DESCRIPTOR + r")[ \xa0]+(?=[A-Z])")
# ", a historian at …", ", an economist with …", ", a historian," (up to two modifiers)
PERSON_APPOSITION_AFTER = re.compile(
    r",[ \xa0]+(?:a|an|the)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?([a-z][a-z-]+)"
    r"(?:[ \xa0]+(?:at|of|for|with|in|from|on)\b|[ \xa0]*[,.;])")
LOOK_BEHIND = 60


def descriptor_before(text: str, start: int) -> bool:
    """Does an institution's descriptor stand right before the name at `start` on its line
    ("Relief group Harbourlight", "the charity Harbourlight")?"""
    line = text.rfind("\n", 0, start) + 1
    return DESCRIPTOR_BEFORE.search(text, max(line, start - LOOK_BEHIND), start) is not None


def descriptor_lead(name: str) -> int:
    """How many characters of a name are a descriptor the NER took into it ("Watchdog
    Clearline" -> 9); 0 when none opens it."""
    m = DESCRIPTOR_LEAD.match(name)
    return m.end() if m is not None else 0


def person_in_apposition(text: str, end: int) -> bool:
    """Is the name ending at `end` followed by ", a <person noun> …" ("Oyelaran, a
    historian at Kessarin University")? A descriptor of an institution is not one
    ("Tidewater, a charity", "NRV, a broadcaster")."""
    m = PERSON_APPOSITION_AFTER.match(text, end)
    if m is None:
        return False
    noun = m.group(1)
    return noun in person_nouns() and noun not in ORG_DESCRIPTORS


_ORG_WORDS = frozenset(WORDS["org_words"])


def descriptor_label(text: str, start: int, end: int, label: str,
                     first_names: frozenset[str]) -> tuple[int, str]:
    """(start, label) of a name as the nouns beside it read: past a descriptor the NER took
    in, and ORG after one ("Watchdog Clearline", "Relief group Harbourlight") unless a known
    first name opens a full name ("broadcaster David Attenborough"); PERSON for a name the
    NER called an organization that an apposition calls a person ("Oyelaran, a historian
    at …")."""
    lead = descriptor_lead(text[start:end])
    if lead and text[start + lead:end].strip():
        start += lead
    words = text[start:end].split()
    full_name = len(words) > 1 and words[0] in first_names
    if label in ("PERSON", "ORG", "NORP") and not full_name and (
            lead or descriptor_before(text, start)):
        return start, "ORG"
    if label == "ORG" and len(words) <= 3 and words and words[-1] not in _ORG_WORDS and \
            person_in_apposition(text, end):
        return start, "PERSON"
    return start, label
