"""Hand-made raw attributions for the source and nesting tests (no finder needed)."""

from __future__ import annotations

from according.attribution.raw import RawAttribution
from according.attribution.sources import resolve_sources
from according.records import Attribution, Entity, Span


def span(text: str, needle: str, after: int = 0) -> Span:
    i = text.index(needle, after)
    return Span.of(text, i, i + len(needle))


def raw(text: str, source: str | None, cue: str, content: str, *, after: int = 0,
        recipient: str | None = None, kind: str = "indirect", hint: str | None = None,
        confidence: float = 0.8) -> RawAttribution:
    """A raw attribution from the first `source`/`cue`/`content` at or after `after`."""
    src = span(text, source, after) if source else None
    cue_span = span(text, cue, max(0, src.start - 40) if src else after)
    rec = span(text, recipient, after) if recipient else None
    return RawAttribution(kind, src, cue_span, (span(text, content, after),), rec,
                          confidence, hint)


def resolve(nlp, text: str, raws: list[RawAttribution]):
    entities, atts = resolve_sources(nlp(text), raws)
    return {e.id: e for e in entities}, atts


def entity_name(entities: dict[str, Entity], att: Attribution) -> str | None:
    return entities[att.source.entity].name if att.source.entity else None
