"""Attribution quality on a gold directory in Citron's JSON format (PolNeAR as shipped).

`score` reimplements ../shared/tools/score_attributions.py (same numbers: exact and token
overlap P/R/F1 for cue, source, content and all) and adds a breakdown by attribution kind.
`to_citron` turns our attributions into Citron's {"text", "quotes": [...]} form;
`write_predictions` runs the article pipeline over every gold text and writes that form.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from according.records import Attribution, Record

TOKEN_RE = re.compile(r"\w+|[^\w\s]", re.UNICODE)
# Per-role span exact F1 on PolNeAR of the best published tagger (BERT + CofeNet, COLING 2022)
COFENET_F1 = {"source": 83.2, "cue": 75.3, "content": 72.9}
ROLES = ("cue", "source", "content")
CRITERIA = ("cue", "source", "content", "all")
Range = tuple[int, int]


# ---------------------------------------------------------------- our records -> Citron form

def _span_dict(span: Any) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def to_citron(record_or_attributions: Record | Sequence[Attribution], text: str | None = None,
              ) -> dict[str, Any]:
    """Citron's {"text", "quotes": [{"cue", "sources", "contents", "kind"}]} for our attributions.

    A floating quote continues the quote before it, so its pieces join the nearest earlier
    attribution with the same source (as PolNeAR annotates them); one with none stays alone.
    """
    if isinstance(record_or_attributions, Record):
        attributions = record_or_attributions.attributions
        text = record_or_attributions.text if text is None else text
    else:
        attributions = tuple(record_or_attributions)
    quotes: list[dict[str, Any]] = []
    def first_char(a: Attribution) -> int:
        return min(c.start for c in a.content) if a.content else 0

    for a in sorted(attributions, key=first_char):
        if a.kind == "floating" and a.source.span is not None:
            host = next((q for q in reversed(quotes)
                         if q["sources"] and q["sources"][0]["start"] == a.source.span.start), None)
            if host is not None:
                host["contents"] += [_span_dict(c) for c in a.content]
                continue
        quotes.append({
            "cue": _span_dict(a.cue) if a.cue else None,
            "sources": [_span_dict(a.source.span)] if a.source.span else [],
            "contents": [_span_dict(c) for c in a.content],
            "kind": a.kind,
        })
    return {"text": text, "quotes": quotes}


def _extract_record(text: str) -> Record:
    """The record the CLI makes for `text`."""
    from according.extract import extract_text

    return extract_text(text)


def write_predictions(gold_dir: Path, pred_dir: Path, *,
                      progress: Callable[[str], None] | None = None) -> int:
    """Run the pipeline over every gold text; write one Citron JSON per gold file. Returns count."""
    pred_dir.mkdir(parents=True, exist_ok=True)
    n = 0
    for path in sorted(Path(gold_dir).glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        record = _extract_record(text)
        out = to_citron(record.attributions, text)
        (pred_dir / path.name).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        n += 1
        if progress is not None:
            progress(path.name)
    return n


# ---------------------------------------------------------------- the scorer

class _Tokens:
    """Regex tokens of one text, with a character range -> token range lookup."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in TOKEN_RE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def range(self, start: int, end: int) -> Range | None:
        i = bisect.bisect_right(self.ends, start)
        j = bisect.bisect_left(self.starts, end)
        return (i, j) if i < j else None


def _quote_ranges(quote: dict[str, Any], toks: _Tokens) -> tuple[Range | None, tuple, tuple]:
    def ranges(spans: Iterable[dict[str, Any]] | None) -> tuple[Range, ...]:
        out = [toks.range(s["start"], s["end"]) for s in spans or []]
        return tuple(sorted(r for r in out if r is not None))

    cue = quote.get("cue")
    return (toks.range(cue["start"], cue["end"]) if cue else None,
            ranges(quote.get("sources")), ranges(quote.get("contents")))


def _overlaps(a: Range | None, b: Range | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _token_set(ranges: Iterable[Range]) -> set[int]:
    out: set[int] = set()
    for i, j in ranges:
        out.update(range(i, j))
    return out


def _prf(num_p: int, den_p: int, num_r: int, den_r: int) -> dict[str, float]:
    p = num_p / den_p if den_p else 0.0
    r = num_r / den_r if den_r else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _match_flags(side: list, other: list) -> list[dict[str, bool]]:
    flags = []
    for cue, src, con in side:
        f = dict.fromkeys(CRITERIA, False)
        for ocue, osrc, ocon in other:
            cue_ov = _overlaps(cue, ocue)
            same_cue = cue is not None and cue == ocue
            f["cue"] |= same_cue
            f["source"] |= cue_ov and src == osrc
            f["content"] |= cue_ov and con == ocon
            f["all"] |= same_cue and src == osrc and con == ocon
        flags.append(f)
    return flags


def _role_ranges(q: tuple, ri: int) -> tuple[Range, ...]:
    if ri == 0:
        return (q[0],) if q[0] is not None else ()
    return q[ri]


def _load_dir(path: Path) -> dict[str, dict[str, Any]]:
    paths = sorted(Path(path).glob("*.json"))
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in paths}


def _kind_of_gold(pred_quotes: list[dict], pred: list, g: tuple) -> str:
    """The kind of the predicted quote whose cue overlaps a gold quote's cue, else "missed"."""
    for pq, p in zip(pred_quotes, pred, strict=True):
        if _overlaps(g[0], p[0]):
            return pq.get("kind") or "unknown"
    return "missed"


def score_docs(gold_docs: dict[str, dict], pred_docs: dict[str, dict]) -> dict[str, Any]:
    """Scores of predicted against gold documents, both keyed by file name (see module doc)."""
    c = dict.fromkeys(("docs", "gold_quotes", "pred_quotes", "missing_pred_files"), 0)
    exact = {k: [0, 0] for k in CRITERIA}
    ov = {r: [0, 0, 0, 0] for r in ROLES}
    spans = {r: [0, 0, 0] for r in ROLES}
    by_kind: dict[str, dict[str, int]] = {}
    for name, gdoc in gold_docs.items():
        text = gdoc["text"]
        pdoc = pred_docs.get(name)
        if pdoc is None:
            c["missing_pred_files"] += 1
            pdoc = {"text": text, "quotes": []}
        elif pdoc.get("text", text) != text:
            raise ValueError(f"text of {name} differs between gold and prediction")
        toks = _Tokens(text)
        pquotes = pdoc.get("quotes") or []
        gold = [_quote_ranges(q, toks) for q in gdoc.get("quotes") or []]
        pred = [_quote_ranges(q, toks) for q in pquotes]
        c["docs"] += 1
        c["gold_quotes"] += len(gold)
        c["pred_quotes"] += len(pred)
        pflags, gflags = _match_flags(pred, gold), _match_flags(gold, pred)
        for flags, slot in ((pflags, 0), (gflags, 1)):
            for f in flags:
                for k in exact:
                    exact[k][slot] += int(f[k])
        _count_kinds(by_kind, pquotes, pred, gold, pflags, gflags)
        for ri, role in enumerate(ROLES):
            gold_spans = {r for q in gold for r in _role_ranges(q, ri)}
            pred_spans = {r for q in pred for r in _role_ranges(q, ri)}
            spans[role][0] += len(gold_spans & pred_spans)
            spans[role][1] += len(pred_spans)
            spans[role][2] += len(gold_spans)
            gold_union = _token_set(r for q in gold for r in _role_ranges(q, ri))
            pred_union = _token_set(r for q in pred for r in _role_ranges(q, ri))
            for q in pred:
                t = _token_set(_role_ranges(q, ri))
                ov[role][0] += len(t & gold_union)
                ov[role][1] += len(t)
            for q in gold:
                t = _token_set(_role_ranges(q, ri))
                ov[role][2] += len(t & pred_union)
                ov[role][3] += len(t)
    c["unpaired_pred_files"] = len(set(pred_docs) - set(gold_docs))
    result = _assemble(c, exact, ov, by_kind)
    result["spans"] = {r: _prf(tp, n_pred, tp, n_gold) | {"correct": tp}
                       for r, (tp, n_pred, n_gold) in spans.items()}
    return result


def _count_kinds(by_kind: dict, pquotes: list, pred: list, gold: list,
                 pflags: list, gflags: list) -> None:
    for pq, f in zip(pquotes, pflags, strict=True):
        row = by_kind.setdefault(pq.get("kind") or "unknown", _kind_row())
        row["pred"] += 1
        row["pred_cue_ok"] += int(f["cue"])
        row["pred_all_ok"] += int(f["all"])
    for g, f in zip(gold, gflags, strict=True):
        row = by_kind.setdefault(_kind_of_gold(pquotes, pred, g), _kind_row())
        row["gold"] += 1
        row["gold_cue_found"] += int(f["cue"])
        row["gold_all_found"] += int(f["all"])


def _kind_row() -> dict[str, int]:
    return dict.fromkeys(("pred", "pred_cue_ok", "pred_all_ok", "gold", "gold_cue_found",
                          "gold_all_found"), 0)


def _assemble(c: dict, exact: dict, ov: dict, by_kind: dict) -> dict[str, Any]:
    res: dict[str, Any] = {"counts": c, "exact": {}, "overlap": {}, "by_kind": by_kind}
    for k, (pc, gf) in exact.items():
        res["exact"][k] = _prf(pc, c["pred_quotes"], gf, c["gold_quotes"])
        res["exact"][k].update({"pred_correct": pc, "gold_found": gf})
    tot = [0, 0, 0, 0]
    keys = ("pred_overlap", "pred_tokens", "gold_overlap", "gold_tokens")
    for role in ROLES:
        res["overlap"][role] = _prf(*ov[role])
        res["overlap"][role].update(dict(zip(keys, ov[role], strict=True)))
        tot = [a + b for a, b in zip(tot, ov[role], strict=True)]
    res["overlap"]["all"] = _prf(*tot)
    res["overlap"]["all"].update(dict(zip(keys, tot, strict=True)))
    return res


def score(gold_dir: Path, pred_dir: Path) -> dict[str, Any]:
    """Score the Citron JSON files of `pred_dir` against those of `gold_dir`, paired by name."""
    return score_docs(_load_dir(gold_dir), _load_dir(pred_dir))


def format_table(result: dict[str, Any]) -> str:
    """The scorer's markdown table (cue/source/content/all x exact and overlap), then by kind."""
    c = result["counts"]
    lines = [
        f"docs={c['docs']} gold_quotes={c['gold_quotes']} pred_quotes={c['pred_quotes']} "
        f"missing_pred_files={c['missing_pred_files']} "
        f"unpaired_pred_files={c['unpaired_pred_files']}",
        "| span | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for k in CRITERIA:
        e, o = result["exact"][k], result["overlap"][k]
        cells = [e["precision"], e["recall"], e["f1"], o["precision"], o["recall"], o["f1"]]
        lines.append(f"| {k} | " + " | ".join(f"{100 * x:.1f}" for x in cells) + " |")
    if "spans" in result:
        lines += ["", "each role on its own (distinct spans per article, exact match, as "
                  "taggers report it):",
                  "| role | P | R | F1 | BERT+CofeNet F1 |", "|---|---|---|---|---|"]
        for role in ("source", "cue", "content"):
            r = result["spans"][role]
            lines.append(f"| {role} | {100 * r['precision']:.1f} | {100 * r['recall']:.1f} | "
                         f"{100 * r['f1']:.1f} | {COFENET_F1[role]:.1f} |")
    lines += ["", "by kind (predicted kind; gold quotes by the kind of the prediction whose cue "
              "overlaps theirs):",
              "| kind | pred | cue P | all P | gold | cue R | all R |",
              "|---|---|---|---|---|---|---|"]
    for kind, r in sorted(result.get("by_kind", {}).items()):
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:.1f}" if b else "-"
        lines.append(f"| {kind} | {r['pred']} | {pct(r['pred_cue_ok'], r['pred'])} | "
                     f"{pct(r['pred_all_ok'], r['pred'])} | {r['gold']} | "
                     f"{pct(r['gold_cue_found'], r['gold'])} | "
                     f"{pct(r['gold_all_found'], r['gold'])} |")
    return "\n".join(lines)
