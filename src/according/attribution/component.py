"""The spaCy component `according`: finds attributions and resolves their sources.

    nlp = load_pipeline(); nlp.add_pipe("according")
    doc = nlp(text); doc._.attributions, doc._.entities

It sets `doc._.attributions` (tuple[Attribution]) and `doc._.entities` (tuple[Entity]) by
calling `find_attributions` then `resolve_sources`. Attributions below `min_confidence`
are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from according.attribution.find import find_attributions
from according.attribution.raw import RawAttribution
from according.records import Attribution, Entity, Recipient, Source

FACTORY = "according"

for _name in ("attributions", "entities"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=())


def _plain_resolution(raws: Sequence[RawAttribution],
                      ) -> tuple[tuple[Entity, ...], tuple[Attribution, ...]]:
    """Attributions with unresolved sources: the fallback while sources.py is unavailable."""
    atts = tuple(
        Attribution(
            f"A{n}", r.kind, Source(r.source, r.source_hint or "unspecified"), r.cue, r.content,
            Recipient(r.recipient) if r.recipient else None, None, r.confidence,
        )
        for n, r in enumerate(raws, start=1)
    )
    return (), atts


def resolve(doc: Doc, raws: Sequence[RawAttribution],
            ) -> tuple[tuple[Entity, ...], tuple[Attribution, ...]]:
    """Entities and attributions of `doc` from the finder's raw attributions."""
    try:
        from according.attribution.sources import resolve_sources
    except ImportError:
        return _plain_resolution(raws)
    return resolve_sources(doc, raws)


class AccordingComponent:
    """Sets doc._.attributions and doc._.entities on a parsed Doc."""

    def __init__(self, name: str = FACTORY, min_confidence: float = 0.0) -> None:
        self.name = name
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        raws = [r for r in find_attributions(doc) if r.confidence >= self.min_confidence]
        entities, attributions = resolve(doc, raws)
        doc._.entities = entities
        doc._.attributions = attributions
        return doc


@Language.factory(
    FACTORY,
    requires=["token.dep", "token.head", "token.lemma", "token.pos", "token.is_sent_start"],
    assigns=["doc._.attributions", "doc._.entities"],
    default_config={"min_confidence": 0.0},
)
def make_according(nlp: Language, name: str, min_confidence: float) -> AccordingComponent:
    """The `according` attribution component (registered for `nlp.add_pipe("according")`)."""
    return AccordingComponent(name, min_confidence)


def attributions_of_text(text: str) -> tuple[tuple[Entity, ...], tuple[Attribution, ...]]:
    """Parse `text` with the configured pipeline plus this component; entities, attributions."""
    from according.nlp import load_pipeline

    nlp = load_pipeline()
    if FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY)
    doc = nlp(text)
    return doc._.entities, doc._.attributions
