"""An attribution as the finder sees it, before sources are resolved to entities.

`find_attributions` (attribution/find.py) returns these; `resolve_sources`
(attribution/sources.py) turns them into the record's `Entity` and
`Attribution` objects (entity ids, source types, nesting).
"""

from __future__ import annotations

from dataclasses import dataclass

from according.records import AttributionKind, Span


@dataclass(frozen=True)
class RawAttribution:
    kind: AttributionKind
    source: Span | None      # the source as written ("he", "the Post", "One unnamed official")
    cue: Span | None         # "said", "according to", "told", "reportedly", …
    content: tuple[Span, ...]
    recipient: Span | None = None   # "told CNN" -> CNN
    confidence: float = 0.5
    # a source type the finder already knows ("unspecified" for "are believed to")
    source_hint: str | None = None
