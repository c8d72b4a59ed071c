"""Train the cue classifier (cue_model.py) on PolNeAR train and write its weights.

    python -m according.attribution.train_cue_model [/work/shared/data/polnear/train]

Every verb token of the spaCy parse is an example; it is positive when it is the head of a
gold cue span whose attribution has content. L2-regularised logistic regression, fitted
full-batch with Adam in numpy (deterministic: fixed order, seeded start). Writes
src/according/data/cue_model.json; run by hand, never in tests.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from according.attribution.cue_model import MODEL_PATH, cue_features

MIN_COUNT = 3
L2 = 1e-4
STEPS = 400
LEARNING_RATE = 0.05
SEED = 12
MIN_WEIGHT = 1e-3


def gold_cue_heads(doc: Doc, quotes: Sequence[dict[str, Any]]) -> set[int]:
    """Token indices heading a gold cue span of an attribution that has content."""
    heads = set()
    for q in quotes:
        cue = q.get("cue")
        if not cue or not q.get("contents"):
            continue
        span = doc.char_span(cue["start"], cue["end"], alignment_mode="expand")
        if span is not None and len(span):
            heads.add(span.root.i)
    return heads


def examples(doc: Doc, quotes: Sequence[dict[str, Any]]) -> list[tuple[list[str], int]]:
    """(features, label) for every candidate token of one parsed gold article."""
    heads = gold_cue_heads(doc, quotes)
    out = []
    for tok in doc:
        feats = cue_features(tok)
        if feats:
            out.append((feats, int(tok.i in heads)))
    return out


def fit(data: Iterable[tuple[list[str], int]], *, l2: float = L2, steps: int = STEPS,
        ) -> dict[str, Any]:
    """Logistic regression over features seen at least MIN_COUNT times: {"bias", "weights"}."""
    data = list(data)
    counts = Counter(f for feats, _ in data for f in set(feats))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    rows, cols = [], []
    for r, (feats, _) in enumerate(data):
        ids = sorted({vocab[f] for f in feats if f in vocab})
        rows += [r] * len(ids)
        cols += ids
    row, col = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    y = np.array([label for _, label in data], dtype=np.float64)
    n, d = len(y), len(vocab)
    rng = np.random.default_rng(SEED)
    w = rng.normal(0.0, 1e-3, d)
    b = float(np.log((y.mean() + 1e-9) / (1 - y.mean() + 1e-9)))
    m, v, mb, vb = np.zeros(d), np.zeros(d), 0.0, 0.0
    for t in range(1, steps + 1):
        z = np.bincount(row, weights=w[col], minlength=n) + b
        err = 1.0 / (1.0 + np.exp(-z)) - y
        g = np.bincount(col, weights=err[row], minlength=d) / n + l2 * w
        gb = float(err.mean())
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        w -= LEARNING_RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        b -= LEARNING_RATE * (mb / (1 - 0.9**t)) / (np.sqrt(vb / (1 - 0.999**t)) + 1e-8)
    names = sorted(vocab, key=vocab.get)
    weights = {f: round(float(w[i]), 4) for i, f in enumerate(names) if abs(w[i]) >= MIN_WEIGHT}
    return {"bias": round(b, 4), "weights": weights}


def train(gold_dir: Path) -> dict[str, Any]:
    """Parse every article of `gold_dir` once and fit the model on its verb tokens."""
    from according.nlp import load_pipeline

    golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(gold_dir.glob("*.json"))]
    nlp = load_pipeline()
    data: list[tuple[list[str], int]] = []
    for g, doc in zip(golds, nlp.pipe(x["text"] for x in golds), strict=True):
        data += examples(doc, g["quotes"])
    return fit(data)


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    gold_dir = Path(args[0]) if args else Path("/work/shared/data/polnear/train")
    started = time.time()
    model = train(gold_dir)
    MODEL_PATH.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n",
                          encoding="utf-8")
    print(f"{len(model['weights'])} weights -> {MODEL_PATH} in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
