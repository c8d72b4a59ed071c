"""Layout cases: an input file (text, HTML, feed, JSON Lines) beside a JSON of its expected
layout, read the way `according extract` reads it and scored fact by fact.

A case `name.json` names what the reader should find:

    {"url": "…" (optional: the page's address, for inputs that do not carry one),
     "metadata": {"headline", "standfirst", "byline", "dateline", "published", "outlet",
                  "credits"},                      # every one is a fact, null/[] included
     "lines": {"body": ["start of a line", …], "boilerplate": […], "caption": […], …,
               "not_body": […]},                   # each line is a fact
     "caption_credits": ["AP Photo/Name", …]}      # one fact: the captions' credits in order

A line is named by its whole text or, failing that, by how it starts (the first line that
does). Kinds are region kinds; "body" holds when the line's regions are body (a dateline
opening it allowed), "not_body" when the line is gone from the text or no part of it is body.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from according.article import Layout, read_layout
from according.read import ArticleInput, read_inputs

STYLES = Path(__file__).resolve().parent / "data" / "styles"
INPUT_SUFFIXES = (".txt", ".html", ".xml", ".jsonl")
METADATA_FACTS = ("headline", "standfirst", "byline", "dateline", "published", "outlet",
                  "credits")
UNORDERED = ("credits",)


@dataclass(frozen=True)
class Fact:
    kind: str  # a metadata field, "line:<kind>" or "caption_credits"
    key: str
    want: object
    got: object

    @property
    def right(self) -> bool:
        return self.want == self.got


def case_inputs(folder: Path = STYLES) -> list[Path]:
    """The input file of every case in `folder` (those with a JSON beside them), sorted."""
    return sorted(p for p in folder.iterdir()
                  if p.suffix in INPUT_SUFFIXES and p.with_suffix(".json").exists())


def read_case(path: Path) -> tuple[dict, ArticleInput, Layout]:
    """The case's expectations, the article as the readers give it, and its layout."""
    spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    results = list(read_inputs([str(path)]))
    assert len(results) == 1, f"{path.name}: {len(results)} inputs, expected one article"
    article = results[0]
    assert isinstance(article, ArticleInput), str(article)
    url = article.info.url or spec.get("url")
    return spec, article, read_layout(article.text, hints=article.hints, url=url)


def score_case(path: Path) -> list[Fact]:
    """Every fact of one case, right or wrong."""
    spec, article, layout = read_case(path)
    meta = layout.metadata.to_dict()
    facts = []
    for field in METADATA_FACTS:
        want, got = spec["metadata"][field], meta[field]
        if field in UNORDERED:
            want, got = sorted(want), sorted(got)
        facts.append(Fact(field, field, want, got))
    lines = _lines(article.text)
    for kind, keys in spec.get("lines", {}).items():
        for key in keys:
            facts.append(Fact(f"line:{kind}", key, kind, _line_kind(key, lines, layout, kind)))
    credits = [r.credit for r in layout.regions if r.kind == "caption" and r.credit]
    facts.append(Fact("caption_credits", "caption_credits", spec.get("caption_credits", []),
                      credits))
    return facts


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            out.append((start, start + len(stripped), stripped))
        pos += len(raw)
    return out


def _line_kind(key: str, lines: list[tuple[int, int, str]], layout: Layout, want: str) -> str:
    """What the named line is, in the words of the expectation: its kind, "body", "not_body",
    or "absent"."""
    found = next((ln for ln in lines if ln[2] == key), None) or next(
        (ln for ln in lines if ln[2].startswith(key)), None)
    if found is None:
        return "not_body" if want == "not_body" else "absent"
    start, end, _ = found
    kinds = [r.kind for r in layout.regions if r.start < end and r.end > start]
    if want == "not_body":
        return "not_body" if "body" not in kinds else f"body ({kinds})"
    if want == "body":
        return "body" if kinds and kinds[-1] == "body" and set(kinds) <= {"body", "dateline"} \
            else "/".join(kinds)
    return "/".join(dict.fromkeys(kinds)) or "unlabelled"


def score_folder(folder: Path = STYLES) -> tuple[dict[str, list[int]], list[tuple[str, Fact]]]:
    """Right and total facts by kind over every case in `folder`, and the wrong ones."""
    by_kind: dict[str, list[int]] = {}
    wrong: list[tuple[str, Fact]] = []
    for path in case_inputs(folder):
        for fact in score_case(path):
            tally = by_kind.setdefault(fact.kind, [0, 0])
            tally[0] += fact.right
            tally[1] += 1
            if not fact.right:
                wrong.append((path.name, fact))
    return by_kind, wrong
