"""The article record of ../shared/CONTRACT.md as frozen dataclasses, and its JSON form.

This is the one place the contract is spelled out in code: every stage returns
these types, and only `Record.to_dict` / `Record.from_dict` know the JSON shape.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "according/1"

InputFormat = Literal["text", "html", "warc", "feed", "jsonl"]
RegionKind = Literal[
    "headline", "standfirst", "byline", "dateline", "date",
    "related", "caption", "credit", "boilerplate", "body",
]
EntityType = Literal["person", "organization", "outlet", "place", "group"]
AttributionKind = Literal["direct", "indirect", "mixed", "according_to", "floating"]
SourceType = Literal[
    "person", "organization", "outlet", "anonymous", "group", "document", "unspecified",
]
Granularity = Literal["day", "week", "month", "year", "datetime"]

REGION_KINDS: tuple[str, ...] = (
    "headline", "standfirst", "byline", "dateline", "date",
    "related", "caption", "credit", "boilerplate", "body",
)
ATTRIBUTION_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "according_to", "floating")
SOURCE_TYPES: tuple[str, ...] = (
    "person", "organization", "outlet", "anonymous", "group", "document", "unspecified",
)


# Lines that carry the article's metadata or page furniture (links to other stories among
# them), not its reporting: figures, times and attributions are not looked for there.
META_REGION_KINDS: frozenset[str] = frozenset({"byline", "date", "dateline", "boilerplate",
                                               "credit", "related"})


def text_id(text: str) -> str:
    """The record id: sha256 of the article text, so one text always gets one id."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Span:
    """Characters [start, end) of the record's text; `text` is exactly those characters."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of `text[start:end]`; refuses offsets outside the text."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}..{end} outside a text of {len(text)} characters")
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(d["start"], d["end"], d["text"])


@dataclass(frozen=True)
class InputInfo:
    path: str | None
    url: str | None = None
    format: InputFormat = "text"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "url": self.url, "format": self.format}


@dataclass(frozen=True)
class Metadata:
    headline: str | None = None
    standfirst: str | None = None
    byline: tuple[str, ...] = ()
    dateline: str | None = None
    published: str | None = None  # UTC, ISO 8601 with +00:00
    published_text: str | None = None
    outlet: str | None = None
    credits: tuple[str, ...] = ()
    language: str = "en"
    # optional (2026-11-27): a publication time `published` cannot hold whole, as TIMEX3
    # writes it ("XXXX-11-22": a dateline's day without a year; "2026-11-22T21:15": a clock
    # in no known zone), and what the time rests on when it is not a stamp read whole
    published_timex3: str | None = None
    published_from: str | None = None
    # a hint only, never in the record: when the input says it was fetched (a WARC record's
    # date, a JSON line's "date_download"), ISO 8601; it bounds a dateline day's year
    retrieved: str | None = None
    # a hint only, never in the record: captions a page marks as captions (figcaptions) that
    # the reader put after the story and whose words alone read as a story paragraph
    captions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "standfirst": self.standfirst,
            "byline": list(self.byline),
            "dateline": self.dateline,
            "published": self.published,
            "published_text": self.published_text,
            "outlet": self.outlet,
            "credits": list(self.credits),
            "language": self.language,
            **{name: value for name, value in (("published_timex3", self.published_timex3),
                                               ("published_from", self.published_from))
               if value is not None},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Metadata:
        return cls(
            headline=d.get("headline"),
            standfirst=d.get("standfirst"),
            byline=tuple(d.get("byline") or ()),
            dateline=d.get("dateline"),
            published=d.get("published"),
            published_text=d.get("published_text"),
            outlet=d.get("outlet"),
            credits=tuple(d.get("credits") or ()),
            language=d.get("language", "en"),
            published_timex3=d.get("published_timex3"),
            published_from=d.get("published_from"),
        )


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    kind: RegionKind
    credit: str | None = None  # captions only: the photo agency in trailing brackets

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "kind": self.kind}
        if self.credit is not None:
            d["credit"] = self.credit
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Region:
        return cls(d["start"], d["end"], d["kind"], d.get("credit"))


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: EntityType
    title: str | None = None
    mentions: tuple[Span, ...] = ()
    aliases: tuple[str, ...] = ()  # every distinct surface form (optional field)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "title": self.title,
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.aliases:
            d["aliases"] = list(self.aliases)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            d["id"], d["name"], d["type"], d.get("title"),
            tuple(Span.from_dict(m) for m in d.get("mentions", ())),
            tuple(d.get("aliases") or ()),
        )


@dataclass(frozen=True)
class Source:
    """Who is attributed. `span` is None for sourceless cues ("are believed to")."""

    span: Span | None
    type: SourceType
    entity: str | None = None
    # optional: the attribution whose source this pronoun stands for, where that source has
    # no entity ("He said" after "An RSF commander, who requested anonymity, said")
    refers_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        s = self.span
        d: dict[str, Any] = {
            "start": s.start if s else None,
            "end": s.end if s else None,
            "text": s.text if s else None,
            "entity": self.entity,
            "type": self.type,
        }
        if self.refers_to is not None:  # absent otherwise: records without it stay as they were
            d["refers_to"] = self.refers_to
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        span = Span.from_dict(d) if d.get("start") is not None else None
        return cls(span, d.get("type", "unspecified"), d.get("entity"), d.get("refers_to"))


@dataclass(frozen=True)
class Recipient:
    span: Span
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "entity": self.entity}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Recipient:
        return cls(Span.from_dict(d), d.get("entity"))


@dataclass(frozen=True)
class Attribution:
    id: str
    kind: AttributionKind
    source: Source
    cue: Span | None
    content: tuple[Span, ...]
    recipient: Recipient | None = None
    within: str | None = None
    confidence: float = 0.5

    def __post_init__(self) -> None:
        # three decimals are all a ranking needs, and they survive a JSON round trip
        object.__setattr__(self, "confidence", round(float(self.confidence), 3))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "source": self.source.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "content": [c.to_dict() for c in self.content],
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "within": self.within,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Attribution:
        return cls(
            id=d["id"],
            kind=d["kind"],
            source=Source.from_dict(d.get("source") or {}),
            cue=Span.from_dict(d["cue"]) if d.get("cue") else None,
            content=tuple(Span.from_dict(c) for c in d.get("content", ())),
            recipient=Recipient.from_dict(d["recipient"]) if d.get("recipient") else None,
            within=d.get("within"),
            confidence=d.get("confidence", 0.5),
        )


@dataclass(frozen=True)
class AsOfHeading:
    """The heading or entry stamp of a live blog a figure sits under ("Wednesday 15 May",
    "Updated 09:12 BST Thursday"), or a report's data-day line over it ("As of 25 November
    2026"): its line's span and the day, or date-time, it gives."""

    span: Span
    value: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "value": self.value}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AsOfHeading:
        return cls(Span.from_dict(d), d["value"])


@dataclass(frozen=True)
class Quantity:
    id: str
    span: Span
    value: float | int
    low: float | int | None
    high: float | int | None
    hedge: str | None = None
    counted: str | None = None
    unit: str | None = None
    attribution: str | None = None
    as_of: str | None = None  # optional: the day (week, month) the figure is about
    as_of_from: str | None = None  # optional: "text" (a time of its clause) or "published"
    # optional, this project's: the live-blog heading or entry stamp (or a report's data-day
    # line, "As of 25 November 2026") whose day it takes
    as_of_heading: AsOfHeading | None = None
    # optional, this project's: a value a later one replaced ("up from 27", "to 31, from 27")
    previous: bool = False
    # optional, this project's: the value a change started from ("rose from 3,200 to 4,500":
    # 3200); `value` is then the value it became, `low`/`high` the change's two ends
    change_from: float | int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "span": self.span.to_dict(),
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "hedge": self.hedge,
            "counted": self.counted,
            "unit": self.unit,
            "attribution": self.attribution,
        }
        if self.as_of is not None:
            d["as_of"] = self.as_of
            d["as_of_from"] = self.as_of_from
        if self.as_of_heading is not None:
            d["as_of_heading"] = self.as_of_heading.to_dict()
        if self.previous:
            d["previous"] = True
        if self.change_from is not None:
            d["change_from"] = self.change_from
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quantity:
        return cls(
            d["id"], Span.from_dict(d["span"]), d["value"], d.get("low"), d.get("high"),
            d.get("hedge"), d.get("counted"), d.get("unit"), d.get("attribution"),
            d.get("as_of"), d.get("as_of_from"),
            AsOfHeading.from_dict(d["as_of_heading"]) if d.get("as_of_heading") else None,
            bool(d.get("previous", False)), d.get("change_from"),
        )


TimexType = Literal["date", "time", "duration", "set"]


@dataclass(frozen=True)
class TimeExpression:
    """A time expression; `value` is what it resolves to: for dates an ISO date, ISO week
    ("2024-W19"), month, year or datetime (with `granularity`), for anything else its TIMEX3
    value ("P2Y", "PRESENT_REF", "1989-Q3", "XXXX-WXX-1") with granularity None."""

    span: Span
    value: str | None
    granularity: Granularity | None
    relative: bool
    reason: str | None = None  # why `value` is None, when it is (optional field)
    type: TimexType | None = None  # TimeML's TIMEX3 type (optional field)
    timex3: str | None = None  # the TIMEX3 value: "2024-05-13TNI", "P3Y" (optional field)
    mod: str | None = None  # the TIMEX3 mod: "APPROX", "START", "END" (optional field)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "span": self.span.to_dict(),
            "value": self.value,
            "granularity": self.granularity,
            "relative": self.relative,
        }
        if self.type is not None:
            d.update(type=self.type, timex3=self.timex3, mod=self.mod)
        if self.reason is not None:
            d["reason"] = self.reason
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TimeExpression:
        return cls(
            Span.from_dict(d["span"]), d.get("value"), d.get("granularity"),
            bool(d.get("relative")), d.get("reason"), d.get("type"), d.get("timex3"),
            d.get("mod"),
        )


@dataclass(frozen=True)
class Record:
    text: str
    input: InputInfo
    metadata: Metadata = field(default_factory=Metadata)
    regions: tuple[Region, ...] = ()
    entities: tuple[Entity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return text_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "input": self.input.to_dict(),
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "regions": [r.to_dict() for r in self.regions],
            "entities": [e.to_dict() for e in self.entities],
            "attributions": [a.to_dict() for a in self.attributions],
            "quantities": [q.to_dict() for q in self.quantities],
            "times": [t.to_dict() for t in self.times],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        """Rebuild a record from its JSON form; refuses another schema."""
        if d.get("schema") != SCHEMA:
            raise ValueError(f"record schema is {d.get('schema')!r}, expected {SCHEMA!r}")
        inp = d.get("input") or {}
        return cls(
            text=d["text"],
            input=InputInfo(inp.get("path"), inp.get("url"), inp.get("format", "text")),
            metadata=Metadata.from_dict(d.get("metadata") or {}),
            regions=tuple(Region.from_dict(r) for r in d.get("regions", ())),
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            attributions=tuple(Attribution.from_dict(a) for a in d.get("attributions", ())),
            quantities=tuple(Quantity.from_dict(q) for q in d.get("quantities", ())),
            times=tuple(TimeExpression.from_dict(t) for t in d.get("times", ())),
            warnings=tuple(d.get("warnings", ())),
        )


def iter_spans(record: Record) -> list[tuple[str, Span]]:
    """Every span of a record, each with a label saying where it sits (for checks and tests)."""
    out: list[tuple[str, Span]] = []
    for e in record.entities:
        out += [(f"entity {e.id} mention", m) for m in e.mentions]
    for a in record.attributions:
        if a.source.span:
            out.append((f"attribution {a.id} source", a.source.span))
        if a.cue:
            out.append((f"attribution {a.id} cue", a.cue))
        out += [(f"attribution {a.id} content", c) for c in a.content]
        if a.recipient:
            out.append((f"attribution {a.id} recipient", a.recipient.span))
    out += [(f"quantity {q.id}", q.span) for q in record.quantities]
    out += [(f"quantity {q.id} as_of_heading", q.as_of_heading.span)
            for q in record.quantities if q.as_of_heading is not None]
    out += [("time", t.span) for t in record.times]
    return out
