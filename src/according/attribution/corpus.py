"""PolNeAR-format gold articles with their spaCy parse, for training and error analysis.

`parsed_corpus(gold_dir)` returns one `GoldArticle` per gold JSON file, parsed by the
configured pipeline (a bare parser, as `extract` runs before the `according` component) and
carrying the article's layout regions in `doc._.regions`. Parses are kept in a DocBin
under $ACCORDING_CACHE (default ~/.cache/according), keyed by the directory, its files and
the model, so retraining or re-scoring does not parse 840 articles again. Training and
analysis only; the pipeline never reads this cache.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

CACHE_ENV = "ACCORDING_CACHE"


@dataclass
class GoldArticle:
    name: str
    gold: dict[str, Any]   # {"text", "quotes": [{"cue", "sources", "contents"}], ...}
    doc: Doc


def load_gold(gold_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    """(file name, gold JSON) for every *.json of `gold_dir`, sorted by name."""
    return [(p.name, json.loads(p.read_text(encoding="utf-8")))
            for p in sorted(Path(gold_dir).glob("*.json"))]


def _cache_path(golds: list[tuple[str, dict[str, Any]]], model: str) -> Path:
    import spacy

    digest = hashlib.sha256(model.encode() + spacy.__version__.encode())
    for name, g in golds:
        digest.update(name.encode() + g["text"].encode())
    root = Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "according")
    return root / f"parsed-{digest.hexdigest()[:16]}.spacy"


def parsed_corpus(gold_dir: Path, *, limit: int | None = None) -> list[GoldArticle]:
    """Every gold article of `gold_dir` (the first `limit`), parsed once and cached."""
    from spacy.tokens import DocBin

    from according.article import read_layout
    from according.attribution.component import register_extensions
    from according.nlp import load_pipeline, model_name

    register_extensions()
    golds = load_gold(gold_dir)[:limit]
    nlp = load_pipeline()
    path = _cache_path(golds, model_name())
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((g["text"] for _, g in golds), batch_size=16))
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(path)
    out = []
    for (name, gold), doc in zip(golds, docs, strict=True):
        doc._.regions = read_layout(gold["text"]).regions
        out.append(GoldArticle(name, gold, doc))
    return out
