"""Score a ledger of this folder's inputs against expected.json: trial 7's checks (all in
tests/data/ledger_trial_scoring.py) and this trial's besides: each article's sources (the
names it must credit and those, bylines and furniture, it must not), the sides of a
disagreement by a word of their sources' names, and a figure's source by any of several
words (a body written out or by its initials).

    according ingest tests/data/ledger_trial8/[01]* --db /tmp/t8.duckdb --quiet
    python tests/data/ledger_trial8/score.py /tmp/t8.duckdb

(the ten inputs are the files whose names begin with a digit).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
import ledger_trial_scoring as scoring  # noqa: E402  (the data folders are not a package)

EXPECTED = scoring.load(HERE)
INPUTS = sorted(HERE.glob("[01]*"))  # the ten inputs, not expected.json nor this file


def ingest(db: Path):  # noqa: ANN201
    """The trial's inputs ingested into the ledger at `db`; the ingest summary."""
    return scoring.ingest(db, INPUTS)


def named_like(words: str, name: str | None) -> bool:
    """Whether `name` holds one of `words` ("a|b"): a short one (an acronym) as a whole
    word, a longer one anywhere, case and accents aside."""
    name = scoring.folded(name)
    return any(w in re.findall(r"\w+", name) if len(w) <= 3 else w in name
               for w in words.split("|"))


def score_article_sources(s: scoring.Score, v: scoring.Views, expected: dict) -> None:
    for x in expected["article_sources"]:
        label = f"sources of {x['name'].split('/')[-1]}"
        names = [c.name for c in v.sources_of(x["name"])]
        for words in x["include"]:
            s.check(f"{label} include {words}", any(named_like(words, n) for n in names), True)
        s.check(f"{label} exclude", [n for n in names
                                     if any(named_like(w, n) for w in x["exclude"])], [])


def score_clash_sides(s: scoring.Score, v: scoring.Views, expected: dict) -> None:
    for x in expected["disagreements"]:
        if "sides_contain" not in x:
            continue
        d = v.clash(*x["figures"])
        one, other = x["sides_contain"]
        sides = None if d is None else (d.first.source, d.second.source)
        s.check(f"clash {x['figures'][0][1]}/{x['figures'][1][1]} sides", sides is not None and (
            (named_like(one, sides[0]) and named_like(other, sides[1]))
            or (named_like(one, sides[1]) and named_like(other, sides[0]))), True)


def score_figure_sources(s: scoring.Score, v: scoring.Views, expected: dict) -> None:
    for x in expected["figure_sources"]:
        name = scoring.named(x)
        found = v.figures_of(name, x["text_contains"])
        s.check(f"figure {name.split('/')[-1]} {x['text_contains']} source has "
                f"{x['source_contains']}",
                bool(found) and named_like(x["source_contains"], found[0].source), True)


def score(db: str) -> scoring.Score:
    """The Score of the ledger at `db` (right, total, misses)."""
    return scoring.run(db, [(part, EXPECTED) for part in (
        scoring.score_errors, scoring.score_stored_and_days, scoring.score_articles,
        scoring.score_sources, scoring.score_types, scoring.score_sources_like,
        score_article_sources, scoring.score_claims, scoring.score_claim_absences,
        scoring.score_figure_facts, scoring.score_labels, scoring.score_counted_and_places,
        scoring.score_clashes, score_clash_sides, score_figure_sources,
        scoring.score_figures_never)])


if __name__ == "__main__":
    scoring.report(score(sys.argv[1]))
