"""Build `data/quantities_people.json`: the nouns whose most frequent sense is a person, from
the Princeton WordNet 3.0 database, so that "2,000 firefighters" or "40 pediatricians" count
people without a hand-kept list.

Run `python -m according.quantities.build_people [WORDNET_DIR]` (default
/usr/share/wordnet: Debian's `wordnet-base`). It reads the database files as wndb(5)
documents them: `index.noun` lists each noun's senses most frequent first, and a sense's
line in `data.noun` carries its lexicographer file, 18 being `noun.person`. A noun counts
people when its first sense is in `noun.person` and is a kind of person, not a named one
(an instance such as "Lincoln"). Words of several parts ("police officer") are left out:
the finder looks at one head noun.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

OUT = Path(str(resources.files("according").joinpath("data").joinpath("quantities_people.json")))
PERSON_LEXICOGRAPHER_FILE = 18  # noun.person in WordNet's lexnames
INSTANCE_POINTER = "@i"


def _person_synsets(data_noun: Path) -> set[str]:
    """Offsets of the noun.person synsets that are kinds of person, not named people."""
    found = set()
    with data_noun.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):  # the licence header
                continue
            fields = line.split()
            if int(fields[1]) == PERSON_LEXICOGRAPHER_FILE and INSTANCE_POINTER not in fields:
                found.add(fields[0])
    return found


def person_nouns(wordnet: Path) -> list[str]:
    """The one-word nouns whose first (most frequent) sense is a kind of person, sorted."""
    persons = _person_synsets(wordnet / "data.noun")
    nouns = []
    with (wordnet / "index.noun").open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, pointer_count = fields[0], int(fields[3])
            first_sense = fields[6 + pointer_count]
            if "_" not in lemma and first_sense in persons:
                nouns.append(lemma)
    return sorted(nouns)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1] if len(argv) > 1 else "/usr/share/wordnet")
    if not (wordnet / "index.noun").exists():
        print(f"{wordnet}: no WordNet database (apt-get install wordnet-base)", file=sys.stderr)
        return 1
    nouns = person_nouns(wordnet)
    OUT.write_text(json.dumps({"source": "Princeton WordNet 3.0 (noun.person, first sense)",
                               "person_nouns": nouns}, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(nouns)} person nouns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
