"""Score a ledger of this folder's articles against expected.json: one fact per expected
field (an article's original, wire flag and outlet; a source's rows, counts and forms; a
claim's sources, counts and flags; a figure's presence, day, origin and source; a
disagreement's presence, within-article flag, sources and day; each absence of one).
Names are compared as a reader would: case and a leading "the" aside.

    according ingest tests/data/ledger_trial2/stories.jsonl tests/data/ledger_trial2/*.txt \\
        tests/data/ledger_trial2/*.html --db /tmp/t.duckdb
    python tests/data/ledger_trial2/score.py /tmp/t.duckdb
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from according.ledger import open_ledger

EXPECTED = json.loads((Path(__file__).parent / "expected.json").read_text("utf-8"))


def norm(name: str | None) -> str:
    name = (name or "").strip().lower()
    return name.removeprefix("the ")


class Score:
    def __init__(self) -> None:
        self.right, self.total, self.misses = 0, 0, []

    def check(self, label: str, got: object, want: object) -> None:
        self.total += 1
        if got == want:
            self.right += 1
        else:
            self.misses.append(f"{label}: got {got!r}, want {want!r}")


class Views:
    """What the ledger answers, read once."""

    def __init__(self, ledger) -> None:  # noqa: ANN001
        articles = list(ledger.articles(limit=500))
        self.by_name = {a.url: a for a in articles if a.url}
        for a in articles:
            path = ledger.article(a.id).input.path
            self.by_name.setdefault(Path(path).name if path else a.id, a)
        self.sources = list(ledger.sources(limit=500))
        self.claims = list(ledger.claims(limit=500))
        series, offset = [], 0
        while True:
            page = ledger.figures(limit=500, offset=offset)
            series += list(page)
            offset += len(page)
            if not page.has_more:
                break
        self.figures = [f for s in series for f in s.figures]
        self.clashes = [d for s in series for d in s.disagreements]
        self.things = list(ledger.counted_things(limit=500))

    def figures_of(self, name: str, text: str) -> list:
        found = self.by_name.get(name)
        return [] if found is None else [
            f for f in self.figures if f.article_id == found.id and text in f.text]

    def clash(self, one: list[str], other: list[str]):  # noqa: ANN201
        a = {(f.article_id, f.quantity_id) for f in self.figures_of(*one)}
        b = {(f.article_id, f.quantity_id) for f in self.figures_of(*other)}
        for d in self.clashes:
            i = (d.first.article_id, d.first.quantity_id)
            j = (d.second.article_id, d.second.quantity_id)
            if (i in a and j in b) or (i in b and j in a):
                return d
        return None


def score_articles(s: Score, v: Views) -> None:
    for x in EXPECTED["articles"]:
        name = x.get("url") or x.get("file")
        found = v.by_name.get(name)
        if found is None:  # a word-for-word copy: the original's text met again
            original = v.by_name.get(x["original"])
            s.check(f"article {name} seen", original is not None, True)
            continue
        if "original" in x:
            want = found.id if x["original"] == "self" else getattr(
                v.by_name.get(x["original"]), "id", None)
            s.check(f"article {name} original", found.original or found.id, want)
        for key in ("wire", "outlet"):
            if key in x:
                s.check(f"article {name} {key}", getattr(found, key), x[key])


def score_sources(s: Score, v: Views) -> None:
    for x in EXPECTED["sources"] + EXPECTED["anonymous"]:
        rows = [c for c in v.sources if norm(c.name) == norm(x["name"])]
        s.check(f"source {x['name']} rows", len(rows), x["rows"])
        for key in ("n_articles", "n_attributions", "surface_forms_include"):
            if key not in x:
                continue
            if len(rows) != 1:
                s.check(f"source {x['name']} {key} (no single row)", None, x[key])
            elif key == "surface_forms_include":
                s.check(f"source {x['name']} forms",
                        set(x[key]) <= set(rows[0].surface_forms), True)
            else:
                s.check(f"source {x['name']} {key}", getattr(rows[0], key), x[key])
    never = set(EXPECTED["never_sources"])
    s.check("never_sources", [c.name for c in v.sources if norm(c.name) in never
                              or any(norm(f) in never for f in c.surface_forms)], [])
    s.check("no_clause_names", [c.name for c in v.sources
                                if any(w in c.name for w in EXPECTED["no_clause_names"])], [])
    for bucket in EXPECTED["at_most_one"]:
        s.check(f"at most one {bucket}", sum(c.name == bucket for c in v.sources) <= 1, True)


def score_claims(s: Score, v: Views) -> None:
    for x in EXPECTED["claims"]:
        label = f"claim {x['contains'][:30]}"
        found = [c for c in v.claims if x["contains"] in c.text]
        s.check(f"{label} rows", len(found), 1)
        for key, want in x.items():
            if key in ("contains", "why"):
                continue
            if not found:
                s.check(f"{label} {key} (missing)", None, want)
            elif key == "sources":
                s.check(f"{label} sources", [norm(n) for n in found[0].sources],
                        [norm(n) for n in want])
            elif key == "source_contains":
                s.check(f"{label} {key}", any(want in n.lower() for n in found[0].sources),
                        True)
            else:
                s.check(f"{label} {key}", getattr(found[0], key), want)


def score_figures(s: Score, v: Views) -> None:
    for x in EXPECTED["figures"]:
        name = x.get("article") or x.get("file")
        label = f"figure {name.split('/')[-1]} {x['text_contains']}"
        found = v.figures_of(name, x["text_contains"])
        s.check(f"{label} found", bool(found), True)
        for key in ("day", "as_of_from", "source"):
            if key not in x:
                continue
            if not found:
                s.check(f"{label} {key} (missing)", None, x[key])
            elif key == "source":
                s.check(f"{label} source", norm(found[0].source), norm(x[key]))
            elif key == "day" and len(x[key]) < 10:  # a year: the day or as_of starts so
                s.check(f"{label} day", (found[0].as_of or "").startswith(x[key]), True)
            else:
                s.check(f"{label} {key}", getattr(found[0], key), x[key])
    for x in EXPECTED["disagreements"]:
        label = f"clash {x['figures'][0][1]}/{x['figures'][1][1]}"
        d = v.clash(*x["figures"])
        s.check(f"{label} found", d is not None, True)
        for key in ("within_article", "sources", "day"):
            if d is None:
                s.check(f"{label} {key} (missing)", None, x[key])
            elif key == "within_article":
                s.check(f"{label} within", d.within_article, x[key])
            elif key == "sources":
                s.check(f"{label} sources", {norm(d.first.source), norm(d.second.source)},
                        {norm(n) for n in x[key]})
            else:
                s.check(f"{label} day", {d.first.day, d.second.day}, {x[key]})
    for x in EXPECTED["no_disagreement"]:
        s.check(f"no clash {x['figures'][0][1]}/{x['figures'][1][1]}",
                v.clash(*x["figures"]) is None, True)
    s.check("labels readable", [t.label for t in v.things if "|" in t.label], [])
    for x in EXPECTED["counted_things"]["include"]:
        most = max([t.n_articles for t in v.things if x["label_contains"] in t.label] or [0])
        s.check(f"counted {x['label_contains']} min_articles", most >= x["min_articles"], True)


def main(db: str) -> None:
    s = Score()
    with open_ledger(db, read_only=True) as ledger:
        v = Views(ledger)
    for part in (score_articles, score_sources, score_claims, score_figures):
        part(s, v)
    print(f"{s.right} of {s.total} right")
    for miss in s.misses:
        print(" -", miss)


if __name__ == "__main__":
    main(sys.argv[1])
