"""Short articles in other house styles (wire, UK and US papers, broadcasters, Gulf and African
outlets, UN and NGO updates, live blogs), written here, and what a reader expects of their
attributions: `tests/data/attribution_styles/expected.json`. Each expectation names the
classes of defect it exercises; `check_article` says, for each, right / wrong / missing.

Run as a script to print the per-class counts over every article:
    .venv/bin/python tests/attribution_style_cases.py
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from according.records import Attribution, Record

STYLES = Path(__file__).parent / "data" / "attribution_styles"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (STYLES / "expected.json").read_text(encoding="utf-8"))
# classes whose whole line must give no attribution (not only the words quoted)
LINE_CLASSES = {"headline", "related", "newsletter"}


@dataclass(frozen=True)
class Outcome:
    classes: tuple[str, ...]
    what: str  # the expectation, in a few words
    status: str  # right | wrong | missing
    why: str = ""


def article_text(name: str) -> str:
    return (STYLES / f"{name}.txt").read_text(encoding="utf-8")


def _at(text: str, at: str) -> int:
    pos = text.find(at)
    if pos < 0:
        raise AssertionError(f"{at!r} is not in the article")
    return pos


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _wrong_fields(exp: dict[str, Any], a: Attribution, names: dict[str, Any]) -> list[str]:
    wrong = []
    source = a.source.span.text if a.source.span else None
    if "source" in exp and source != exp["source"]:
        wrong.append(f"source {source!r}")
    if "content" in exp and [c.text for c in a.content] != exp["content"]:
        wrong.append(f"content {[c.text for c in a.content]!r}")
    if "kind" in exp and a.kind != exp["kind"]:
        wrong.append(f"kind {a.kind}")
    if "type" in exp and a.source.type != exp["type"]:
        wrong.append(f"type {a.source.type}")
    entity = names.get(a.source.entity) if a.source.entity else None
    if "entity" in exp and entity != exp["entity"]:
        wrong.append(f"entity {entity!r}")
    if "entity_in" in exp and entity not in exp["entity_in"]:
        wrong.append(f"entity {entity!r}")
    if "not_entity" in exp and entity == exp["not_entity"]:
        wrong.append(f"entity {entity!r}")
    return wrong


def check_article(name: str, record: Record) -> list[Outcome]:
    """Each expectation of article `name` against its record."""
    text, spec = record.text, EXPECTED[name]
    names = {e.id: e.name for e in record.entities}
    out = []
    for exp in spec["expect"]:
        classes = tuple(exp["classes"])
        cue_at = text.index(exp["cue"], _at(text, exp["at"]))
        what = exp["at"]
        found = [a for a in record.attributions
                 if a.cue is not None and a.cue.start <= cue_at < a.cue.end]
        if not found:
            out.append(Outcome(classes, what, "missing"))
            continue
        wrong = _wrong_fields(exp, found[0], names)
        out.append(Outcome(classes, what, "wrong" if wrong else "right", "; ".join(wrong)))
    for ent in spec.get("entities", []):
        what = f"entity {ent['name']!r}"
        same = [e for e in record.entities if e.name == ent["name"]]
        near = [e for e in record.entities if ent["name"].split()[-1] in e.name]
        if not same:
            out.append(Outcome(tuple(ent["classes"]), what, "wrong" if near else "missing",
                               f"entities {[(e.name, e.title) for e in near]}"))
            continue
        e = same[0]
        ok = (e.title, e.type) == (ent["title"], ent["type"])
        out.append(Outcome(tuple(ent["classes"]), what, "right" if ok else "wrong",
                           "" if ok else f"title {e.title!r}, type {e.type}"))
    for no in spec.get("absent", []):
        pos, whole_line = _at(text, no["at"]), no["classes"][0] in LINE_CLASSES
        lo, hi = _line(text, pos) if whole_line else (pos, pos + len(no["at"]))
        spurious = [a for a in record.attributions if any(
            s is not None and s.start < hi and lo < s.end
            for s in ((a.cue, *a.content) if whole_line else (a.cue,)))]
        out.append(Outcome(tuple(no["classes"]), f"no attribution at {no['at']!r}",
                           "wrong" if spurious else "right",
                           "; ".join(f"cue {a.cue and a.cue.text!r}" for a in spurious)))
    return out


def main() -> None:
    from according.extract import extract_inputs
    from according.read import read_string

    names = sorted(EXPECTED)
    articles = [read_string(article_text(n)) for n in names]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for name, record in zip(names, extract_inputs(articles), strict=True):
        for o in check_article(name, record):
            for c in o.classes:
                counts[c][o.status] += 1
            counts["ALL"][o.status] += 1
            if o.status != "right":
                print(f"{name}: {o.status} {o.what} [{' '.join(o.classes)}] {o.why}")
    print(f"\n{'class':22} expected right wrong missing")
    for c in sorted(counts, key=lambda c: (c == "ALL", c)):
        n = counts[c]
        print(f"{c:22} {sum(n.values()):8} {n['right']:5} {n['wrong']:5} {n['missing']:7}")


if __name__ == "__main__":
    main()
