"""Train the learned attribution models on PolNeAR train and tune their thresholds.

    python -m according.attribution.train_models [TRAIN_DIR] [--skip-tuning]

Parses TRAIN_DIR once (cached, attribution/corpus.py), holds every tenth article out, and
fits on the rest, each a scikit-learn logistic regression with a fixed seed:
  cue_head       every candidate word: is it the head (root) of a gold cue span?
  cue_left/right each candidate first/last cue token around a gold cue head;
  source         each candidate noun phrase (or none) for a gold cue;
  content_start/end  each candidate content boundary in the gold cue's paragraph (a
                 fixed share of the wrong boundaries, drawn with a seeded generator).
It writes src/according/data/models/*.json, then tunes the cue-head thresholds per word
group for all-spans exact F1 on the held-out articles (never on dev) and writes them to
data/attribution_lists.json. Times each step; run by hand, never in tests.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from according.attribution.content_choice import content_options, gap_options, pair_rows
from according.attribution.corpus import GoldArticle, parsed_corpus
from according.attribution.cue_heads import group, head_features, quoted_sentences
from according.attribution.cue_spans import left_options, right_options
from according.attribution.find import assemble, scored_heads, special_attributions
from according.attribution.learned import RuleGuess, learned_draft, rule_guess, token_range
from according.attribution.lexicon import DATA, Lexicon, load_lexicon
from according.attribution.linear import SEED, FeatureTable, fit_logistic, write_model
from according.attribution.parse_features import ParseView, view_of
from according.attribution.raw import Draft, RawAttribution
from according.attribution.source_choice import source_options
from according.attribution.verb_rules import is_cue_candidate
from according.quotations import quotes_of
from according.records import Span

DEFAULT_TRAIN = Path(__file__).resolve().parents[4] / "shared" / "data" / "polnear" / "train"
HOLDOUT_EVERY = 10
CONTENT_NEGATIVE_SHARE = 0.6
Range = tuple[int, int]
PARTNERS = {"cue_left": "cue_right", "cue_right": "cue_left",
            "content_start": "content_end", "content_end": "content_start"}
GROUPS = ("verb+rules", "verb", "noun", "adj", "adp", "punct")
GRID = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9)
C = {"cue_head": 0.1, "cue_left": 0.5, "cue_right": 0.5, "source": 0.5,
     "content_start": 1.0, "content_end": 1.0, "content_pair": 1.0, "content_gap": 0.5}


def split(articles: Sequence[GoldArticle]) -> tuple[list[GoldArticle], list[GoldArticle]]:
    """(training articles, held-out articles): every HOLDOUT_EVERY-th one is held out."""
    train = [a for i, a in enumerate(articles) if i % HOLDOUT_EVERY != HOLDOUT_EVERY - 1]
    held = [a for i, a in enumerate(articles) if i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1]
    return train, held


def _span(d: dict[str, Any]) -> Span:
    return Span(d["start"], d["end"], d["text"])


def _add_choice(table: FeatureTable, options: Sequence[Any], feats: Sequence[list[str]],
                gold: Any, keep: Callable[[], bool] | None = None) -> None:
    """Rows for one choice; nothing when the gold answer is not among the options."""
    if gold not in options:
        return
    for option, f in zip(options, feats, strict=True):
        label = int(option == gold)
        if label or keep is None or keep():
            table.add(f, label)


@dataclass
class GoldCue:
    """One gold attribution as the models see it: token ranges around its cue head."""

    head: int
    cue: Range
    source: Range | None
    content: Range | None       # first piece's start to last piece's end
    pieces: list[Range]
    rule: RuleGuess


@dataclass
class ParsedGold:
    """A parsed gold article with what every model's rows are made from."""

    view: ParseView
    quoted: list[bool]
    quoted_sents: set[int]
    heads: set[int]             # gold cue heads (content-bearing attributions)
    cues: list[GoldCue]         # those whose source is one span or none


def read_gold(article: GoldArticle, lex: Lexicon) -> ParsedGold:
    doc = article.doc
    v = view_of(doc)
    quotes = quotes_of(doc)
    quoted = [any(a <= v.idx[i] < b for a, b in quotes) for i in range(v.n)]
    heads: set[int] = set()
    cues = []
    for q in article.gold.get("quotes") or []:
        cue = token_range(doc, _span(q["cue"])) if q.get("cue") else None
        if cue is None or not q.get("contents"):
            continue
        head = doc[cue[0]:cue[1]].root.i
        heads.add(head)
        sources = [token_range(doc, _span(s)) for s in q.get("sources") or []]
        pieces = [token_range(doc, _span(c)) for c in q["contents"]]
        if group(v, head) is None or len(sources) > 1 or None in sources:
            continue
        content = None if None in pieces else (min(p[0] for p in pieces),
                                                 max(p[1] for p in pieces))
        cues.append(GoldCue(head, cue, sources[0] if sources else None, content,
                            [p for p in pieces if p], rule_guess(v, head, lex, quotes)))
    return ParsedGold(v, quoted, quoted_sentences(v), heads, cues)


def add_article(tables: dict[str, FeatureTable], g: ParsedGold, lex: Lexicon,
                rng: random.Random) -> None:
    """The first-stage training rows of one parsed gold article."""
    v, quoted = g.view, g.quoted
    for i in range(v.n) if "cue_head" in tables else ():
        if quoted[i]:
            continue
        feats = head_features(v, i, g.quoted_sents, lambda t: is_cue_candidate(t, lex))
        if feats:
            tables["cue_head"].add(feats, int(i in g.heads))

    def keep() -> bool:
        return rng.random() < CONTENT_NEGATIVE_SHARE

    for c in g.cues:
        rule_cue = c.rule.cue or (c.head, c.head + 1)
        if "cue_left" in tables:
            _add_choice(tables["cue_left"], *left_options(v, c.head, rule_cue[0]), c.cue[0])
            _add_choice(tables["cue_right"], *right_options(v, c.head, rule_cue[1]), c.cue[1])
        if "source" in tables:
            _add_choice(tables["source"],
                        *source_options(v, c.head, c.cue, c.rule.source, quoted), c.source)
        if c.content is None:
            continue
        if "content_start" in tables:
            starts, sf, ends, ef = content_options(v, c.head, c.cue, c.source,
                                                   c.rule.content, quoted)
            _add_choice(tables["content_start"], starts, sf, c.content[0], keep)
            _add_choice(tables["content_end"], ends, ef, c.content[1], keep)
        if "content_gap" in tables:
            _add_gaps(tables["content_gap"], v, c, quoted)


def _add_gaps(table: FeatureTable, v: ParseView, c: GoldCue, quoted: list[bool]) -> None:
    """Rows for the gap model: is each dependent of the cue left out of the gold content?"""
    inside = {i for a, b in c.pieces for i in range(a, b)}
    holes = [c.cue] + ([c.source] if c.source else [])
    for (lo, hi), f in gap_options(v, c.head, c.content[0], c.content[1], holes, quoted):
        words = [i for i in range(lo, hi) if not v.punct[i]]
        kept = sum(i in inside for i in words)
        if words and kept in (0, len(words)):
            table.add(f, int(kept == 0))


def add_pairs(table: FeatureTable, g: ParsedGold) -> None:
    """The joint content model's rows: the pairs the start and end models put forward
    (the gold span among them even where they missed it)."""
    for c in g.cues:
        if c.content is None:
            continue
        pairs = pair_rows(g.view, c.head, c.cue, c.source, c.rule.content, g.quoted)
        if not any((s, e) == c.content for s, e, _ in pairs):
            continue
        for s, e, f in pairs:
            table.add(f, int((s, e) == c.content))


def fit_all(articles: Sequence[GoldArticle], only: Sequence[str] = ()) -> dict[str, float]:
    """Fit and write every model (or those named in `only`, with their partners: cue_left
    and cue_right, content_start and content_end; content_pair is fitted last, on the
    pairs the start and end models on disk put forward); returns seconds per step."""
    lex = load_lexicon()
    rng = random.Random(SEED)
    wanted = set(only or C)
    wanted |= {PARTNERS[n] for n in wanted if n in PARTNERS}
    tables = {name: FeatureTable() for name in C if name in wanted and name != "content_pair"}
    started = time.perf_counter()
    golds = [read_gold(a, lex) for a in articles]
    for g in golds:
        add_article(tables, g, lex, rng)
    seconds = {"features": time.perf_counter() - started}
    for name, table in tables.items():
        seconds[name] = _fit(name, table)
    if "content_pair" in wanted:
        started = time.perf_counter()
        table = FeatureTable()
        for g in golds:
            add_pairs(table, g)
        seconds["pair features"] = time.perf_counter() - started
        seconds["content_pair"] = _fit("content_pair", table)
    return seconds


def _fit(name: str, table: FeatureTable) -> float:
    started = time.perf_counter()
    path = write_model(name, fit_logistic(table, c=C[name]))
    took = time.perf_counter() - started
    print(f"{name}: {len(table)} rows, {len(table.vocab)} features -> {path.name} "
          f"({path.stat().st_size / 1e6:.1f} MB) in {took:.0f} s", flush=True)
    return took


@dataclass
class HeldOut:
    """One held-out article with every cue draft the thresholds could let through."""

    article: GoldArticle
    specials: list[RawAttribution]
    drafts: list[tuple[str, float, Draft]]   # (word group, head probability, draft)


def prepare_held_out(held: Sequence[GoldArticle]) -> list[HeldOut]:
    """Drafts for every candidate head above the lowest threshold tried."""
    lex = load_lexicon()
    out = []
    for a in held:
        quotes = quotes_of(a.doc)
        specials = special_attributions(a.doc, lex)
        drafts = [(kind, p, learned_draft(view_of(a.doc), i, p, lex, quotes, quoted))
                  for i, kind, p, quoted in scored_heads(a.doc, lex, quotes, specials)
                  if p >= min(GRID)]
        out.append(HeldOut(a, specials, drafts))
    return out


def held_out_f1(items: Sequence[HeldOut], thresholds: dict[str, float]) -> float:
    """All-spans exact F1 on the held-out articles with these cue-head thresholds."""
    from according.attribution.component import reported_in_body
    from according.evaluate import score_docs, to_citron
    from according.records import Attribution, Source

    lex = load_lexicon()
    preds = {}
    for item in items:
        doc = item.article.doc
        drafts = [replace(d, content=list(d.content)) for kind, p, d in item.drafts
                  if p >= thresholds.get(kind, 1.0)]
        raws = [r for r in assemble(doc, drafts, item.specials, lex, quotes_of(doc))
                if reported_in_body(r, doc._.regions, item.article.gold["text"])]
        atts = [Attribution(f"A{n}", r.kind, Source(r.source, "unspecified"), r.cue, r.content)
                for n, r in enumerate(raws, start=1)]
        preds[item.article.name] = to_citron(atts, item.article.gold["text"])
    result = score_docs({i.article.name: i.article.gold for i in items}, preds)
    return result["exact"]["all"]["f1"]


def _set_thresholds(values: dict[str, float]) -> None:
    path = DATA / "attribution_lists.json"
    lists = json.loads(path.read_text(encoding="utf-8"))
    lists["cue_head_thresholds"] = {k: round(v, 3) for k, v in values.items()}
    path.write_text(json.dumps(lists, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    load_lexicon.cache_clear()


def tune(held: Sequence[GoldArticle]) -> dict[str, float]:
    """Coordinate ascent over the per-group thresholds for held-out all-exact F1."""
    items = prepare_held_out(held)
    values = dict(load_lexicon().head_thresholds)
    best = held_out_f1(items, values)
    print(f"held-out all-exact F1 {100 * best:.1f} at {values}", flush=True)
    for _ in range(2):
        for g in GROUPS:
            for t in GRID:
                trial = {**values, g: t}
                f1 = held_out_f1(items, trial)
                if f1 > best + 1e-4:
                    best, values = f1, trial
        print(f"held-out all-exact F1 {100 * best:.1f} at {values}", flush=True)
    _set_thresholds(values)
    return values


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train_dir", nargs="?", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--skip-tuning", action="store_true", help="keep the current thresholds")
    ap.add_argument("--tune-only", action="store_true", help="only tune the thresholds")
    ap.add_argument("--only", nargs="*", default=(), choices=sorted(C),
                    help="retrain only these models")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    articles = parsed_corpus(args.train_dir)
    train, held = split(articles)
    print(f"{len(train)} training and {len(held)} held-out articles "
          f"(parsed in {time.perf_counter() - started:.0f} s)", flush=True)
    if not args.tune_only:
        fit_all(train, args.only)
    if not args.skip_tuning:
        started = time.perf_counter()
        tune(held)
        print(f"thresholds tuned in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
