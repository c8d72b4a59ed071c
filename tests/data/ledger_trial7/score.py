"""Score a ledger of this folder's inputs against expected.json: trial 6's scorer
(tests/data/ledger_trial6/score.py, itself trial 2's with checks of its own) and this
trial's checks besides: how many articles were stored, each article's day, a refusal's
reason among several wordings, sources found by a word of their name (one body under
several descriptions), a figure's source by a word of its name, and figures that must not
be read at all (clock times, an update's number, a correction's retracted figure).

    according ingest tests/data/ledger_trial7/[01]* --db /tmp/t7.duckdb
    python tests/data/ledger_trial7/score.py /tmp/t7.duckdb

(the ten inputs are the files whose names begin with a digit).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

from according.ledger import open_ledger

HERE = Path(__file__).parent
INPUTS = sorted(HERE.glob("[01]*"))  # the ten inputs, not expected.json nor this file


def _trial6():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("ledger_trial6_score",
                                                  HERE.parent / "ledger_trial6" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trial6 = _trial6()  # a fresh module: its EXPECTED and its scorer's are this trial's
EXPECTED = json.loads((HERE / "expected.json").read_text("utf-8"))
trial6.EXPECTED = trial6.scorer.EXPECTED = EXPECTED
scorer, norm = trial6.scorer, trial6.norm


def folded(name: str | None) -> str:
    """A name as a reader compares a word of it: case and accents aside."""
    text = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def ingest(db: Path):  # noqa: ANN201
    """The trial's inputs ingested into the ledger at `db`; the ingest summary."""
    with open_ledger(db) as ledger:
        return ledger.ingest(INPUTS)


def score_errors(s, ledger) -> None:  # noqa: ANN001
    """Each bad input refused once with a reason among the expected wordings, or, where
    `or_read`, read as the article it holds."""
    errors = list(ledger.errors(limit=500))
    read = [ledger.article(a.id).input.path or "" for a in ledger.articles(limit=500)]
    for x in EXPECTED["errors"]:
        found = [e for e in errors if e.input.endswith(x["input_endswith"])]
        refused = [any(w in e.reason for w in x["reason_contains_any"]) for e in found]
        if x.get("or_read") and not found:
            refused = [True] if any(p.endswith(x["input_endswith"]) for p in read) else []
        s.check(f"error {x['input_endswith']}", refused, [True])


def score_articles(s, v) -> None:  # noqa: ANN001
    stored = len({a.id for a in v.by_name.values()})
    s.check(f"articles stored ({stored}) in {EXPECTED['n_articles']}",
            stored in EXPECTED["n_articles"], True)
    scorer.score_articles(s, v)
    for x in EXPECTED["articles"]:
        found = v.by_name.get(x.get("url") or x.get("file"))
        s.check(f"article {x.get('url') or x.get('file')} day",
                (found.published or "")[:10] if found else None, x["day"])


def score_sources_like(s, v) -> None:  # noqa: ANN001
    for x in EXPECTED["sources_like"]:
        rows = [c for c in v.sources if x["contains"] in folded(c.name)]
        s.check(f"sources like {x['contains']} rows", len(rows), x["rows"])
        if "n_articles" in x:
            s.check(f"sources like {x['contains']} n_articles",
                    rows[0].n_articles if len(rows) == 1 else None, x["n_articles"])


def score_figures(s, v) -> None:  # noqa: ANN001
    """Trial 6's figure checks (day, origin, source, counted thing, place, disagreements),
    then this trial's own."""
    trial6.score_figures(s, v)
    for x in EXPECTED["figure_sources"]:
        name = x.get("article") or x.get("file")
        found = v.figures_of(name, x["text_contains"])
        s.check(f"figure {name.split('/')[-1]} {x['text_contains']} source has "
                f"{x['source_contains']}",
                bool(found) and x["source_contains"] in folded(found[0].source), True)
    for x in EXPECTED["figures_never"]:
        name = x.get("article") or x.get("file")
        found = v.by_name.get(name)
        s.check(f"no figure {name.split('/')[-1]} {x['text_is']}",
                [f.text for f in v.figures if found is not None and f.article_id == found.id
                 and f.text.strip() in x["text_is"]], [])


def score(db: str):  # noqa: ANN201
    """The Score of the ledger at `db` (right, total, misses)."""
    s = scorer.Score()
    with open_ledger(db, read_only=True) as ledger:
        v = scorer.Views(ledger)
        score_errors(s, ledger)
    score_articles(s, v)
    scorer.score_sources(s, v)
    trial6.score_types(s, v)
    score_sources_like(s, v)
    scorer.score_claims(s, v)
    trial6.score_claim_absences(s, v)
    score_figures(s, v)
    return s


if __name__ == "__main__":
    result = score(sys.argv[1])
    print(f"{result.right} of {result.total} right")
    for miss in result.misses:
        print(" -", miss)
