"""An attribution as the finder sees it, before sources are resolved to entities.

`find_attributions` (attribution/find.py) returns these; `resolve_sources`
(attribution/sources.py) turns them into the record's `Entity` and
`Attribution` objects (entity ids, source types, nesting).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from according.records import AttributionKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Token


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


@dataclass(eq=False)
class Draft:
    """An attribution being assembled; frozen into a RawAttribution at the end."""

    cue_tok: Token | None
    source: Span | None
    cue: Span | None
    content: list[Span] = field(default_factory=list)
    recipient: Span | None = None
    confidence: float = 0.5
    kind: str | None = None
    source_hint: str | None = None
