"""according.evaluate: Citron conversion, and a scorer that agrees with the reference one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from according.evaluate import format_table, score, score_docs, to_citron
from according.records import Attribution, InputInfo, Record, Source, Span

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "data" / "polnear" / "dev"
REFERENCE = SHARED / "tools" / "score_attributions.py"

TEXT = "“It is sad,” Cruz said. “It has no place.”\n\n“Nor here.”\n\nThe Post reported it."


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, start, start + len(part))


def _attributions() -> tuple[Attribution, ...]:
    cruz = _span(TEXT, "Cruz")
    return (
        Attribution("A1", "direct", Source(cruz, "person"), _span(TEXT, "said"),
                    (_span(TEXT, "“It is sad,”"), _span(TEXT, "“It has no place.”"))),
        Attribution("A2", "floating", Source(cruz, "person"), None, (_span(TEXT, "“Nor here.”"),)),
        Attribution("A3", "indirect", Source(_span(TEXT, "The Post"), "outlet"),
                    _span(TEXT, "reported"), (_span(TEXT, "it"),)),
    )


def test_to_citron_merges_floating_quote_into_its_speaker():
    out = to_citron(_attributions(), TEXT)
    assert out["text"] == TEXT
    assert len(out["quotes"]) == 2
    first = out["quotes"][0]
    assert first["cue"]["text"] == "said" and [s["text"] for s in first["sources"]] == ["Cruz"]
    assert [c["text"] for c in first["contents"]] == ["“It is sad,”", "“It has no place.”",
                                                      "“Nor here.”"]
    for q in out["quotes"]:
        for s in [q["cue"], *q["sources"], *q["contents"]]:
            assert TEXT[s["start"]:s["end"]] == s["text"]


def test_to_citron_reads_a_record():
    record = Record(text=TEXT, input=InputInfo(None), attributions=_attributions())
    assert to_citron(record) == to_citron(_attributions(), TEXT)


def test_score_docs_perfect_and_partial_prediction():
    gold = {"a.json": to_citron(_attributions(), TEXT)}
    perfect = score_docs(gold, gold)
    assert perfect["exact"]["all"]["f1"] == 1.0
    assert perfect["overlap"]["all"]["f1"] == 1.0
    half = {"a.json": {"text": TEXT, "quotes": gold["a.json"]["quotes"][:1]}}
    res = score_docs(gold, half)
    assert res["exact"]["all"]["precision"] == 1.0
    assert res["exact"]["all"]["recall"] == 0.5
    assert res["by_kind"]["missed"]["gold"] == 1
    table = format_table(res)
    assert "| all | 100.0 | 50.0 | 66.7 |" in table
    assert "| direct |" in table


def test_score_docs_refuses_a_different_text():
    gold = {"a.json": to_citron(_attributions(), TEXT)}
    with pytest.raises(ValueError, match="a.json"):
        score_docs(gold, {"a.json": {"text": TEXT + " ", "quotes": []}})


def _shifted_prediction(gold: dict) -> dict:
    """A plausible wrong prediction: every other quote dropped, cues widened, sources cut."""
    text = gold["text"]
    quotes = []
    for i, q in enumerate(gold["quotes"]):
        if i % 2:
            continue
        cue = dict(q["cue"])
        if i % 4 == 0 and cue["end"] < len(text):
            cue["end"] += 1
            cue["text"] = text[cue["start"]:cue["end"]]
        sources = [dict(s) for s in q["sources"]][:1]
        for s in sources:
            if s["end"] - s["start"] > 4:
                s["end"] -= 2
                s["text"] = text[s["start"]:s["end"]]
        quotes.append({"cue": cue, "sources": sources, "contents": q["contents"]})
    return {"text": text, "quotes": quotes}


@pytest.mark.shared
def test_score_equals_reference_scorer(tmp_path):
    if not (DEV.exists() and REFERENCE.exists()):
        pytest.skip(f"PolNeAR dev or the reference scorer absent under {SHARED}")
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    for path in sorted(DEV.glob("*.json"))[:5]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        (gold_dir / path.name).write_text(json.dumps(gold), encoding="utf-8")
        (pred_dir / path.name).write_text(json.dumps(_shifted_prediction(gold)), encoding="utf-8")
    out_json = tmp_path / "ref.json"
    cmd = [sys.executable, str(REFERENCE), "--gold", str(gold_dir), "--pred", str(pred_dir),
           "--json", str(out_json)]
    subprocess.run(cmd, check=True, capture_output=True, cwd=REFERENCE.parent)
    ref = json.loads(out_json.read_text())
    ours = score(gold_dir, pred_dir)
    assert ours["counts"] == ref["counts"]
    for kind in ("exact", "overlap"):
        for crit in ("cue", "source", "content", "all"):
            for k in ("precision", "recall", "f1"):
                assert ours[kind][crit][k] == pytest.approx(ref[kind][crit][k], abs=1e-12)
    assert 0 < ours["exact"]["all"]["f1"] < 1
