"""The lowest layer of entities/: the word lists under data/entities_* and the small text
helpers every other module of the package uses (names compared, a token found by offsets)."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DATA = files("according") / "data"


def data_lines(name: str) -> tuple[str, ...]:
    """The non-blank, non-comment lines of a data file."""
    raw = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in raw if s.strip() and not s.startswith("#"))


def data_json(name: str) -> dict:
    """A JSON data file of the package."""
    return json.loads((_DATA / name).read_text(encoding="utf-8"))


WORDS = data_json("entities_words.json")

# A dateline opening a story's line: a place in capitals, then up to two places or a day in
# capitalized words ("KESSARIN, Dorvania — ", "PORT HALDEN, Norland, March 4 — "); shared
# with attribution/spans.py, which cuts it off sources and contents
DATELINE_PLACES = (r"[A-Z]{3,}(?:[ -][A-Z]{2,})*(?:,[ \xa0]+[A-Z][\w.'’-]*"
                   r"(?:[ \xa0]+[A-Z0-9][\w.'’-]*){0,2}){1,2}[ \xa0]*[—–―-]+\s+")


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """The lower-case common nouns the configured spaCy pipeline's lemmatizer knows (empty
    for a pipeline without that table): "Turnout" opening a sentence is a word, not a name."""
    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        from according.nlp import model_name

        root = get_package_path(model_name())
        found = next(root.glob("**/lemmatizer/lookups/lookups.bin"), None)
        if found is None:
            return frozenset()
        return frozenset(Lookups().from_disk(found.parent).get_table("lemma_index")["noun"])
    except Exception:  # another pipeline, or a path: the names stay as the NER gave them
        return frozenset()


def norm(name: str) -> str:
    """A name compared case- and space-insensitively."""
    return re.sub(r"\s+", " ", name).strip().lower()


def head_at(doc: Doc, start: int, end: int) -> int:
    """The doc index of the head token of the text between two offsets (0 if none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else 0


def is_acronym(word: str) -> bool:
    """An institution's initials, "WHO", "RBNZ", "KeNHA": two or more capitals, at least
    half the letters ("McDonald" is a name)."""
    letters = [c for c in word if c.isalpha()]
    caps = sum(c.isupper() for c in letters)
    return caps >= 2 and 2 * caps >= len(letters)


PERSON_INITIALS = frozenset(WORDS["person_initials"])


def is_institution_initials(word: str) -> bool:
    """An acronym that names an institution ("WHO", "KeNHA"), not a person's role ("CEO",
    "MP", "PM": "the company's CEO said" is a person)."""
    return is_acronym(word) and word.lower() not in PERSON_INITIALS


_PARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|ould|ag)[-\u2010](?=\w)",
                       re.IGNORECASE)


def last_name_forms(name: str) -> tuple[str, ...]:
    """The words a person is later called by alone: the last word of the name, and without
    its Arabic article or particle ("Majed al-Ansari" -> "al-Ansari", "Ansari")."""
    last = name.split()[-1]
    bare = _PARTICLE.sub("", last)
    return (last,) if bare == last else (last, bare[:1].upper() + bare[1:])


def capital_letters(letters: str) -> str:
    """The capital letters, without accents ("MoH" -> "MH", "É" -> "E"): initials compared."""
    return "".join(c for c in unicodedata.normalize("NFKD", letters)
                   if c.isupper() and not unicodedata.combining(c))


def name_initials(name: str) -> str:
    """The initials a name's capitalized words spell ("Médecins Sans Frontières" -> "MSF",
    "Ministry of Health" -> "MH")."""
    return capital_letters("".join(w[0] for w in name.split() if w[:1].isupper()))


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns whose first sense is a person (WordNet noun.person, data/quantities_people.json:
    "rebel", "survivor", "resident")."""
    return frozenset(data_json("quantities_people.json")["person_nouns"])


def is_plural_person_noun(word: str) -> bool:
    """Is a capitalised word only a plural noun for people ("Rebels", "Survivors" opening a
    line), not a name? ("Smiths" is no person noun.)"""
    low = word.lower()
    return low.endswith("s") and (low[:-1] in person_nouns() or (
        low.endswith("es") and low[:-2] in person_nouns()))

