"""Where the attribution points go: every gold and predicted attribution of a PolNeAR-format
directory put in one error bucket, with what fixing each bucket would add.

    python -m according.attribution.errors ../shared/data/polnear/dev [--show BUCKET] [-n 20]

Runs the `according` component over the parsed corpus (attribution/corpus.py caches the
parse), scores it as `according eval` does, then puts each gold attribution in the first
bucket that fits: all exact; no predicted cue overlaps its cue (by the part of speech and
clause of the gold cue's head); cue span differs; source differs; content differs (how).
Predictions whose cue overlaps no gold cue are spurious. A bucket's gain is the all-exact
F1 reached if its attributions were all made exactly right (a missed one added, a wrong
one corrected, a spurious one dropped). Analysis only: nothing in the pipeline reads it.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from according.evaluate import _quote_ranges, _Tokens, format_table, score_docs, to_citron

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from according.attribution.corpus import GoldArticle

Range = tuple[int, int]


@dataclass
class Case:
    bucket: str
    name: str
    gold: dict[str, Any] | None   # the gold quote (None for a spurious prediction)
    pred: dict[str, Any] | None   # the prediction it was compared with


def predict(articles: Sequence[GoldArticle], confidences: dict[str, list[float]] | None = None,
            ) -> dict[str, dict[str, Any]]:
    """Citron-form predictions of the `according` component for each parsed article (and,
    into `confidences`, each predicted quote's confidence in the same order)."""
    from according.attribution.component import AccordingComponent

    component = AccordingComponent()
    out = {}
    for a in articles:
        doc = component(a.doc)
        out[a.name] = to_citron(doc._.attributions, a.gold["text"])
        if confidences is not None:
            by_start = {(x.cue.start if x.cue else None, x.content[0].start): x.confidence
                        for x in doc._.attributions if x.content}
            confidences[a.name] = [
                by_start.get((q["cue"]["start"] if q["cue"] else None,
                              min(c["start"] for c in q["contents"])), 0.0)
                for q in out[a.name]["quotes"]]
    return out


def confidence_table(articles: Sequence[GoldArticle], preds: dict[str, dict[str, Any]],
                     confidences: dict[str, list[float]], bins: int = 5) -> str:
    """All-spans exact precision of the predictions by confidence, in equal-count bins."""
    from according.evaluate import _match_flags

    scored: list[tuple[float, bool, bool]] = []
    for a in articles:
        toks = _Tokens(a.gold["text"])
        gold = [_quote_ranges(q, toks) for q in a.gold.get("quotes") or []]
        pred = [_quote_ranges(q, toks) for q in preds[a.name]["quotes"]]
        for conf, f in zip(confidences[a.name], _match_flags(pred, gold), strict=True):
            scored.append((conf, f["all"], f["cue"]))
    scored.sort()
    lines = ["| confidence | predictions | all-exact P | cue P |", "|---|---|---|---|"]
    for k in range(bins):
        part = scored[k * len(scored) // bins:(k + 1) * len(scored) // bins]
        if part:
            lines.append(f"| {part[0][0]:.2f}–{part[-1][0]:.2f} | {len(part)} | "
                         f"{100 * sum(x[1] for x in part) / len(part):.1f} | "
                         f"{100 * sum(x[2] for x in part) / len(part):.1f} |")
    return "\n".join(lines)


def _head(doc: Doc, start: int, end: int):  # noqa: ANN202
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _missed_cue_bucket(doc: Doc, cue: dict[str, Any]) -> str:
    """"missed cue: verb in relative clause", "missed cue: noun", … for a gold cue's head."""
    head = _head(doc, cue["start"], cue["end"])
    if head is None:
        return "missed cue: unaligned"
    if head.pos_ in ("VERB", "AUX"):
        if head.dep_ in ("relcl", "acl"):
            where = "relative clause/participle"
        elif head.dep_ == "advcl":
            where = "adverbial clause"
        elif head.dep_ in ("conj", "xcomp", "ccomp"):
            where = f"{head.dep_}"
        elif head.dep_ == "ROOT":
            where = "main clause"
        else:
            where = "other"
        return f"missed cue: verb, {where}"
    if head.pos_ in ("NOUN", "PROPN"):
        return "missed cue: noun"
    if head.pos_ == "ADJ":
        return "missed cue: adjective"
    if head.pos_ == "ADP":
        return "missed cue: preposition"
    if head.is_punct:
        return "missed cue: punctuation"
    return f"missed cue: {head.pos_.lower()}"


def _side(p: Sequence[Range], g: Sequence[Range]) -> str:
    """How a predicted span list differs from the gold one."""
    if not p:
        return "none predicted"
    if not g:
        return "gold has none"
    if len(p) != len(g):
        return "more pieces" if len(p) > len(g) else "fewer pieces"
    ps, pe, gs, ge = p[0][0], p[-1][1], g[0][0], g[-1][1]
    if pe <= gs or ge <= ps:
        return "disjoint"
    parts = []
    if ps != gs:
        parts.append("starts early" if ps < gs else "starts late")
    if pe != ge:
        parts.append("ends early" if pe < ge else "ends late")
    return ", ".join(parts) or "inner piece boundary"


def _compare(name: str, gq: dict, pq: dict, g: tuple, p: tuple) -> Case:
    if p[0] != g[0]:
        inside = g[0][0] <= p[0][0] and p[0][1] <= g[0][1]
        outside = p[0][0] <= g[0][0] and g[0][1] <= p[0][1]
        how = "too short" if inside else "too long" if outside else "shifted"
        return Case(f"cue span {how}", name, gq, pq)
    if p[1] != g[1] and p[2] != g[2]:
        return Case("source and content wrong", name, gq, pq)
    if p[1] != g[1]:
        return Case(f"source: {_side(p[1], g[1])}", name, gq, pq)
    if p[2] != g[2]:
        return Case(f"content: {_side(p[2], g[2])}", name, gq, pq)
    return Case("all exact", name, gq, pq)


def _rank(p: tuple, g: tuple) -> tuple[int, int, int]:
    return (int(p[0] == g[0]), int(p[1] == g[1]), int(p[2] == g[2]))


def classify(articles: Sequence[GoldArticle], preds: dict[str, dict[str, Any]]) -> list[Case]:
    """One Case per gold attribution and per spurious prediction."""
    cases: list[Case] = []
    for a in articles:
        toks = _Tokens(a.gold["text"])
        gq = a.gold.get("quotes") or []
        pq = preds.get(a.name, {}).get("quotes") or []
        gold = [_quote_ranges(q, toks) for q in gq]
        pred = [_quote_ranges(q, toks) for q in pq]
        for gi, g in enumerate(gold):
            if g[0] is None:
                cases.append(Case("gold has no cue (unscorable)", a.name, gq[gi], None))
                continue
            near = [pi for pi, p in enumerate(pred)
                    if p[0] is not None and p[0][0] < g[0][1] and g[0][0] < p[0][1]]
            if not near:
                bucket = _missed_cue_bucket(a.doc, gq[gi]["cue"])
                cases.append(Case(bucket, a.name, gq[gi], None))
                continue
            best = max(near, key=lambda pi: _rank(pred[pi], g))
            cases.append(_compare(a.name, gq[gi], pq[best], g, pred[best]))
        for pi, p in enumerate(pred):
            if p[0] is None or not any(g[0] is not None and p[0][0] < g[0][1]
                                       and g[0][0] < p[0][1] for g in gold):
                kind = pq[pi].get("kind") or "unknown"
                cases.append(Case(f"spurious: {kind}", a.name, None, pq[pi]))
    return cases


def _f1(correct: int, predicted: int, found: int, gold: int) -> float:
    p = correct / predicted if predicted else 0.0
    r = found / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def bucket_table(cases: Sequence[Case], result: dict[str, Any]) -> str:
    """Counts per bucket and the all-exact F1 gain of fixing each one."""
    e = result["exact"]["all"]
    n_pred, n_gold = result["counts"]["pred_quotes"], result["counts"]["gold_quotes"]
    base = _f1(e["pred_correct"], n_pred, e["gold_found"], n_gold)
    counts = Counter(c.bucket for c in cases)
    lines = ["| bucket | n | all-exact F1 if fixed | gain |", "|---|---|---|---|"]
    for bucket, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        if bucket == "all exact":
            continue
        if bucket.startswith("spurious"):
            f1 = _f1(e["pred_correct"], n_pred - n, e["gold_found"], n_gold)
        elif bucket.startswith("missed") or bucket.startswith("gold has no cue"):
            f1 = _f1(e["pred_correct"] + n, n_pred + n, e["gold_found"] + n, n_gold)
        else:
            f1 = _f1(e["pred_correct"] + n, n_pred, e["gold_found"] + n, n_gold)
        lines.append(f"| {bucket} | {n} | {100 * f1:.1f} | {100 * (f1 - base):+.1f} |")
    return "\n".join(lines)


def _span_text(s: dict[str, Any] | None) -> str:
    return "-" if not s else repr(s["text"][:160])


def show(cases: Sequence[Case], bucket: str, limit: int) -> str:
    """Up to `limit` examples of the buckets whose name starts with `bucket`."""
    out = []
    for c in [c for c in cases if c.bucket.startswith(bucket)][:limit]:
        out.append(f"## {c.name} [{c.bucket}]")
        for label, q in (("gold", c.gold), ("pred", c.pred)):
            if q is None:
                continue
            out.append(f"  {label}: cue={_span_text(q.get('cue'))} "
                       f"source={[s['text'] for s in q.get('sources') or []]}")
            out += [f"    content={_span_text(s)}" for s in q.get("contents") or []]
    return "\n".join(out)


def analyse(gold_dir: Path, limit: int | None = None,
            ) -> tuple[dict[str, Any], list[Case], dict[str, dict[str, Any]]]:
    """(scores, cases, predictions) of the component on `gold_dir`."""
    from according.attribution.corpus import parsed_corpus

    articles = parsed_corpus(gold_dir, limit=limit)
    confidences: dict[str, list[float]] = {}
    preds = predict(articles, confidences)
    result = score_docs({a.name: a.gold for a in articles}, preds)
    result["confidence"] = confidence_table(articles, preds, confidences)
    return result, classify(articles, preds), preds


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--show", default=None, help="print examples of buckets starting so")
    ap.add_argument("-n", type=int, default=15, help="examples to show")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args(argv)
    result, cases, _ = analyse(args.gold_dir, args.limit)
    print(format_table(result))
    print()
    print(bucket_table(cases, result))
    by_group: dict[str, int] = defaultdict(int)
    for c in cases:
        by_group[c.bucket.split(":")[0]] += 1
    print("\n" + ", ".join(f"{k}: {v}" for k, v in sorted(by_group.items())))
    print("\nprecision by confidence:\n" + result["confidence"])
    if args.show:
        print()
        print(show(cases, args.show, args.n))


if __name__ == "__main__":
    main()
