"""Extract's pipeline with numpy's matrix products annotates as the stock pipeline does."""

from __future__ import annotations

import json

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from according.nlp import new_pipeline
from according.parse_ops import OneThreadBlasOps, use_numpy_blas
from tests.conftest import POLNEAR, needs_shared

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
TEXTS = [
    "The election board said the incumbent led by 12 points, with most ballots counted.\n\n"
    "\u201cWe will appeal within 28 days,\u201d said Gov. Dana Ruiz (D-Ore.), who was "
    "\u201csurprised\u201d by the verdict.",
    "UNICEF said between 30 and 40 per cent of schools in Gaza were damaged, a spokeswoman "
    "for the agency told reporters in Geneva on Tuesday.\nThe Fed declined to comment.",
]


@pytest.fixture(scope="module")
def pipelines():  # noqa: ANN201
    return new_pipeline(), use_numpy_blas(new_pipeline())


def _annotations(doc) -> list:  # noqa: ANN001
    return [doc.to_array(ATTRS).tolist(), [(e.start, e.end, e.label_) for e in doc.ents]]


def test_every_layer_gets_the_numpy_ops(pipelines) -> None:
    _, fast = pipelines
    layers = [node for _, pipe in fast.pipeline if hasattr(getattr(pipe, "model", None), "walk")
              for node in pipe.model.walk()]
    assert layers
    assert all(isinstance(node.ops, OneThreadBlasOps) for node in layers)
    assert not any(isinstance(node.ops, OneThreadBlasOps) for _, pipe in new_pipeline().pipeline
                   if hasattr(getattr(pipe, "model", None), "walk") for node in pipe.model.walk())


def test_the_product_is_numpys_to_float_rounding() -> None:
    rng = numpy.random.default_rng(3)
    x = rng.standard_normal((50, 96), dtype="float32")
    y = rng.standard_normal((288, 96), dtype="float32")
    out = OneThreadBlasOps().gemm(x, y, trans2=True)
    assert out.shape == (50, 288)
    numpy.testing.assert_allclose(out, x @ y.T, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("text", TEXTS)
def test_numpy_products_give_the_same_annotations(pipelines, text: str) -> None:
    stock, fast = pipelines
    assert _annotations(fast(text)) == _annotations(stock(text))


def test_numpy_products_give_the_same_annotations_on_polnear_dev(pipelines) -> None:
    needs_shared(POLNEAR / "dev")
    stock, fast = pipelines
    paths = sorted((POLNEAR / "dev").glob("*.json"))[:12]
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in paths]
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert _annotations(b) == _annotations(a)
