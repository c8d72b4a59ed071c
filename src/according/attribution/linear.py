"""Small linear models over string features, as the attribution stage uses them.

A model is a JSON file under src/according/data/models/ ({"bias": b, "weights": {feature:
w}}), read once per process. `LinearModel.score` sums the weights of a feature list;
`choose` picks the best of several candidates and says how sure it is (a softmax over the
candidates' scores). Training (`fit_logistic`, scikit-learn's LogisticRegression with a
fixed seed) happens only in `python -m according.attribution.train_models`.
"""

from __future__ import annotations

import json
import math
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

MODELS = Path(__file__).resolve().parents[1] / "data" / "models"
MIN_COUNT = 3          # a feature seen fewer times in training gets no weight
MIN_WEIGHT = 5e-3      # smaller weights are dropped from the shipped file
SEED = 12
_ZEROS = repeat(0.0)


@dataclass(frozen=True)
class LinearModel:
    weights: dict[str, float]
    bias: float

    def score(self, features: Iterable[str]) -> float:
        """The model's log-odds for one feature list."""
        return self.bias + sum(map(self.weights.get, features, _ZEROS))

    def partial(self, features: Iterable[str]) -> float:
        """The summed weights of some features (no bias)."""
        return sum(map(self.weights.get, features, _ZEROS))

    def probability(self, features: Iterable[str]) -> float:
        return sigmoid(self.score(features))


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def choose(model: LinearModel, candidates: Sequence[Sequence[str]]) -> tuple[int, float]:
    """(index of the best-scoring candidate, its softmax share among all); (-1, 0.0) if none."""
    return choose_scores([model.score(f) for f in candidates])


def choose_scores(scores: Sequence[float]) -> tuple[int, float]:
    """(index of the highest score, its softmax share among all); (-1, 0.0) if none."""
    if not scores:
        return -1, 0.0
    best = max(range(len(scores)), key=scores.__getitem__)
    top = scores[best]
    total = sum(math.exp(max(-30.0, s - top)) for s in scores)
    return best, 1.0 / total


@lru_cache(maxsize=16)
def load_model(name: str) -> LinearModel:
    """The shipped model `name` (data/models/<name>.json), read once per process."""
    raw = json.loads((MODELS / f"{name}.json").read_text(encoding="utf-8"))
    return LinearModel(weights=raw["weights"], bias=float(raw["bias"]))


class FeatureTable:
    """Training rows as feature ids, built row by row so that millions of candidate rows
    never sit in memory as strings."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.indices = array("i")
        self.indptr = array("q", [0])
        self.labels = array("b")

    def add(self, features: Iterable[str], label: int) -> None:
        vocab = self.vocab
        ids = {vocab.setdefault(f, len(vocab)) for f in features}
        self.indices.extend(sorted(ids))
        self.indptr.append(len(self.indices))
        self.labels.append(label)

    def __len__(self) -> int:
        return len(self.labels)


def fit_logistic(table: FeatureTable, *, c: float = 0.5) -> dict[str, Any]:
    """L2 logistic regression (liblinear, seeded) over the features seen MIN_COUNT times:
    {"bias": b, "weights": {feature: w}} with small weights dropped."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    indices = np.frombuffer(table.indices, dtype=np.int32)
    counts = np.bincount(indices, minlength=len(table.vocab))
    x = csr_matrix((np.ones(len(indices)), indices, np.frombuffer(table.indptr, dtype=np.int64)),
                   shape=(len(table), len(table.vocab)))
    keep = np.flatnonzero(counts >= MIN_COUNT)
    x = x[:, keep]
    clf = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=200)
    clf.fit(x, np.frombuffer(table.labels, dtype=np.int8))
    coef = clf.coef_[0]
    names = {i: f for f, i in table.vocab.items()}
    weights = {names[int(k)]: round(float(w), 4) for k, w in zip(keep, coef, strict=True)
               if abs(w) >= MIN_WEIGHT}
    return {"bias": round(float(clf.intercept_[0]), 4), "weights": weights}


def write_model(name: str, model: dict[str, Any]) -> Path:
    """Write a fitted model where `load_model(name)` reads it."""
    MODELS.mkdir(parents=True, exist_ok=True)
    path = MODELS / f"{name}.json"
    path.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n",
                    encoding="utf-8")
    return path
