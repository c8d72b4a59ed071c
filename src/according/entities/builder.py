"""Entities being collected for one article: each mention, the draft entity it joins
(keyed by its normalized name), and the frozen clusters the rest of the package returns.
The modules above (person_names, coreference, find) add to one `EntityBuilder`."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from according.entities.words import head_at
from according.nlp import doc_text
from according.records import Entity, EntityType, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

MentionKind = Literal["name", "short", "alias", "pronoun", "nominal"]


@dataclass(frozen=True)
class Mention:
    """One place an entity is named or referred to; `head` is the doc token index."""

    span: Span
    kind: MentionKind
    head: int


@dataclass(frozen=True)
class EntityCluster:
    """One entity of the article with every mention found for it, in text order."""

    name: str
    type: EntityType
    title: str | None
    mentions: tuple[Mention, ...]
    aliases: tuple[str, ...]

    @property
    def start(self) -> int:
        return self.mentions[0].span.start if self.mentions else 0

    def to_entity(self, entity_id: str, extra: tuple[Span, ...] = ()) -> Entity:
        """The record's Entity, with `extra` mention spans (resolved sources) merged in."""
        spans = {(m.span.start, m.span.end): m.span for m in self.mentions}
        for s in extra:
            spans.setdefault((s.start, s.end), s)
        ordered = tuple(spans[k] for k in sorted(spans))
        aliases = tuple(a for a in self.aliases if a != self.name)
        return Entity(entity_id, self.name, self.type, self.title, ordered, aliases)


@dataclass
class EntityDraft:
    key: str
    name: str
    type: EntityType
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)  # honorifics and titles, for gender
    aliases: list[str] = field(default_factory=list)


class EntityBuilder:
    """Collects drafts keyed by normalized name; freezes them into clusters."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.drafts: list[EntityDraft] = []
        self.by_key: dict[str, int] = {}
        self.taken: list[tuple[int, int]] = []
        # title and gender hints of one-word names, by start, until they are linked
        self.pending: dict[int, tuple[str | None, list[str]]] = {}

    def overlaps(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.taken)

    def add(self, key: str, name: str, etype: EntityType, start: int, end: int,
            kind: MentionKind = "name", head: int | None = None) -> int:
        idx = self.by_key.get(key)
        if idx is None:
            idx = len(self.drafts)
            self.by_key[key] = idx
            self.drafts.append(EntityDraft(key, name, etype))
        draft = self.drafts[idx]
        span = Span.of(self.text, start, end)
        h = head if head is not None else head_at(self.doc, start, end)
        draft.mentions.append(Mention(span, kind, h))
        if kind != "pronoun":  # aliases are names, for merging across articles
            draft.aliases.append(span.text)
        if len(name) > len(draft.name) and etype != "outlet":
            draft.name = name
        self.taken.append((start, end))
        return idx

    def freeze(self) -> tuple[EntityCluster, ...]:
        out = []
        for d in self.drafts:
            mentions = tuple(sorted(d.mentions, key=lambda m: (m.span.start, m.span.end)))
            title = Counter(d.titles).most_common(1)[0][0] if d.titles else None
            aliases = tuple(dict.fromkeys(re.sub(r"\s+", " ", a) for a in d.aliases))
            out.append(EntityCluster(d.name, d.type, title, mentions, aliases))
        return tuple(sorted((c for c in out if c.mentions), key=lambda c: c.start))

