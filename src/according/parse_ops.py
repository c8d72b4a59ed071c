"""Extract's spaCy pipeline multiplies its matrices with numpy's BLAS, in one thread.

thinc's `NumpyOps` multiplies float32 matrices with BLIS; its `use_blis=False` setting
hands the same products to numpy (OpenBLAS in numpy's wheels). The tok2vec layers, the
entity recognizer's own tok2vec and the parser's and recognizer's input layers spend most of
the parse in those products, and OpenBLAS does them in about half BLIS's CPU time on the
machines tried (x86-64 with AVX2): the whole parse takes about 30% less CPU. The
transition steps of the parser and the recognizer (spaCy's compiled loop) keep BLIS.

The products are the same sums in another order, so a score can differ in its last bits;
a tag, head, label or entity would change only where two of a model's scores tie that
closely. On 284 PolNeAR articles (dev and the first 200 of train, 232,221 tokens) every
tag, part of speech, morphology, lemma, dependency, head, sentence start and entity came out
the same, and `tests/test_parse_ops.py` checks it again on written texts and PolNeAR dev.

OpenBLAS runs in one thread here (`threadpoolctl`, for the product only): its own threads
would compete with `--workers` processes for the same cores, and one thread gives the same
sums every run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from thinc.api import NumpyOps

if TYPE_CHECKING:
    from spacy.language import Language

_controller: Any = None


def _one_thread() -> Any:
    """A context in which numpy's BLAS runs in one thread."""
    global _controller
    if _controller is None:
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController()
    return _controller.limit(limits=1, user_api="blas")


class OneThreadBlasOps(NumpyOps):
    """NumpyOps whose matrix products are numpy's (`use_blis=False`), in one BLAS thread."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False,
             trans2: bool = False) -> Any:
        with _one_thread():
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_numpy_blas(nlp: Language) -> Language:
    """Give every layer of `nlp`'s trainable components `OneThreadBlasOps` (in place)."""
    ops = OneThreadBlasOps()
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops
    return nlp
