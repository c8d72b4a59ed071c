"""Pydantic models of what the API answers: the record of ../shared/CONTRACT.md field for
field (optional fields added to the contract later pass through unchanged), and the
ledger's views as pages of rows."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

# -- the record (CONTRACT.md) ----------------------------------------------------------------


class _Contract(BaseModel):
    # a field the contract gains later is kept, not dropped: the record comes back unchanged
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Span(_Contract):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class SourceSpan(_Contract):
    """The source of an attribution; start, end and text are null when it has no source in
    the text."""

    start: int | None
    end: int | None
    text: str | None
    entity: str | None
    type: Literal["person", "organization", "outlet", "anonymous", "group", "document",
                  "unspecified"]


class RecipientSpan(Span):
    entity: str | None


class Attribution(_Contract):
    id: str
    kind: Literal["direct", "indirect", "mixed", "according_to", "floating"]
    source: SourceSpan
    cue: Span | None
    content: list[Span]
    recipient: RecipientSpan | None
    within: str | None
    confidence: float = Field(ge=0, le=1)


class Quantity(_Contract):
    id: str
    span: Span
    value: float | int
    low: float | int | None
    high: float | int | None
    hedge: str | None
    counted: str | None
    unit: str | None
    attribution: str | None
    as_of: str | None = Field(None, description="optional: the day, week or month the figure "
                              "is about")
    as_of_from: Literal["text", "published"] | None = None
    as_of_heading: dict | None = Field(
        None, description="this project's, optional: the live-blog heading or entry stamp, "
        "or a report's data-day line ('As of 25 November 2026'), whose day the figure takes "
        "(start, end, text, and value: its day or date-time)")
    previous: bool | None = Field(
        None, description="this project's, optional: true for a value a later one replaced "
        "('up from 27'); its as_of is the day named for it, else absent")
    change_from: float | int | None = Field(
        None, description="this project's, optional: the value a change started from ('rose "
        "from 3,200 to 4,500': 3200); value is then the new value, low and high the change's "
        "two ends")


class TimeExpression(_Contract):
    span: Span
    value: str | None
    granularity: Literal["day", "week", "month", "year", "datetime"] | None
    relative: bool
    type: Literal["date", "time", "duration", "set"] | None = None
    timex3: str | None = None
    mod: str | None = None
    reason: str | None = Field(None, description="only when value is null: why")


class Region(_Contract):
    start: int
    end: int
    kind: Literal["headline", "standfirst", "byline", "dateline", "date", "related",
                  "caption", "credit", "boilerplate", "body"]
    credit: str | None = Field(None, description="captions only: the photo agency")


class Entity(_Contract):
    id: str
    name: str
    type: Literal["person", "organization", "outlet", "place", "group"]
    title: str | None
    mentions: list[Span]
    aliases: list[str] | None = None


class Metadata(_Contract):
    headline: str | None
    standfirst: str | None
    byline: list[str]
    dateline: str | None
    published: str | None = Field(description="UTC, ISO 8601")
    published_text: str | None
    outlet: str | None
    credits: list[str]
    language: str
    published_timex3: str | None = Field(
        None, description="only where `published` cannot hold the time whole, as TIMEX3 "
        "writes it: 'XXXX-11-22' (a dateline's day without a year), '2026-11-22T21:15' (a "
        "clock in no known zone; `published` keeps that clock as written, read as UTC)")
    published_from: str | None = Field(
        None, description="what such a time rests on, in words")


class InputInfo(_Contract):
    path: str | None
    url: str | None
    format: Literal["text", "html", "warc", "feed", "jsonl"]


class Record(_Contract):
    """One article's record, exactly as `according extract` prints it."""

    schema_: Literal["according/1"] = Field(alias="schema")
    id: str = Field(description="sha256 of text")
    input: InputInfo
    text: str
    metadata: Metadata
    regions: list[Region]
    entities: list[Entity]
    attributions: list[Attribution]
    quantities: list[Quantity]
    times: list[TimeExpression]
    warnings: list[str]


# -- requests and errors ---------------------------------------------------------------------


class ExtractRequest(BaseModel):
    """One article to extract: `text` (plain text, or a page's HTML, told apart by content)
    or `html`; `url` where it came from (optional)."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    html: str | None = None
    url: str | None = None


class Problem(BaseModel):
    """An error: one line saying what went wrong and what to do."""

    detail: str


# -- the ledger's views ----------------------------------------------------------------------

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: `total` rows match, these are rows offset..offset+limit."""

    total: int
    limit: int
    offset: int
    items: list[T]


class ArticleSummary(BaseModel):
    id: str
    headline: str | None
    outlet: str | None
    published: str | None
    url: str | None
    n_attributions: int
    n_quantities: int
    outlets: list[str] = Field([], description="every outlet the text was seen under")
    wire: bool = Field(False, description="credited to, or published by, a wire service")
    original: str | None = Field(None, description="id of the first report of its "
                                 "near-duplicate group")


class Appearance(BaseModel):
    """One attribution in one article: who said it, where and when."""

    article_id: str
    attribution_id: str
    kind: str
    text: str
    source: str
    source_key: str
    source_type: str
    outlet: str | None
    published: str | None
    headline: str | None = None
    original: str | None = Field(None, description="id of the first report of its article's "
                                 "near-duplicate group (a wire story that this article "
                                 "republishes); its own id when it is that first report")


class SourceSummary(BaseModel):
    """A source merged across articles."""

    key: str
    name: str
    type: str
    surface_forms: list[str]
    n_attributions: int
    n_articles: int
    outlets: list[str]
    named: bool = Field(True, description="false for anonymous and unspecified sources, "
                        "which never merge across articles")


class SourceDetail(SourceSummary):
    attributions: list[Appearance]


class QuoteCluster(BaseModel):
    text: str
    first: Appearance
    repeats: list[Appearance]
    n_repeats: int = Field(description="independent reports that repeated it after the "
                           "first's (n_reports - 1)")
    n_reports: int = Field(description="independent reports quoting it (a wire story and "
                           "its copies count once)")
    n_articles: int = Field(description="articles quoting it, copies included")
    n_appearances: int = Field(description="its quotes in all (first and repeats; "
                               "`repeats` lists the first few)")
    # its claim's (the quote as attributed content, Claim): who and what stand behind it
    outlets: list[str] = Field([], description="every outlet that carried it")
    single_sourced: bool = False
    anonymous_only: bool = False
    wire_only: bool = Field(False, description="every report of it is wire copy")


class Claim(BaseModel):
    text: str
    sources: list[str]
    outlets: list[str]
    n_sources: int
    n_outlets: int
    single_sourced: bool
    anonymous_only: bool
    wire_only: bool = Field(False, description="every report of it is wire copy")
    n_reports: int = Field(description="distinct original reports (a wire story and its "
                           "copies count once)")
    appearances: list[Appearance]
    n_appearances: int


class Figure(BaseModel):
    article_id: str
    quantity_id: str
    text: str
    value: float
    low: float | None
    high: float | None
    hedge: str | None
    counted: str | None
    unit: str | None
    key: str
    day: str | None
    published: str | None
    outlet: str | None
    source: str | None
    as_of: str | None = Field(None, description="the day the figure is about, when known")
    as_of_from: Literal["text", "published"] | None = None
    place: str | None = None


class FigureRef(BaseModel):
    article_id: str
    quantity_id: str


class Disagreement(BaseModel):
    """Two original reports (a wire story and its copies are one) whose figures of one
    day and place cannot both hold, or two sources of one report (`within_article`): a
    figure of each side, and each side's sources and the outlets that carried it."""

    first: FigureRef
    second: FigureRef
    reason: str
    within_article: bool = False
    first_sources: list[str] = []
    second_sources: list[str] = []
    first_outlets: list[str] = []
    second_outlets: list[str] = []


class SideValue(BaseModel):
    """One value of a side of a disagreement, as bounds ("140", "at least 37"), and the
    sources that gave it."""

    value: str
    sources: list[str] = []


class DisagreementItem(BaseModel):
    """One disagreement as /disagreements lists it: the series (`key`, its `label`), the
    day and place, and for each side the figure it is shown by (a pair that clashes by
    itself), every value it gives with its own sources, its sources, the outlets that
    carried it and its articles. `within_article`: two sources of one report (a wire story
    and its copies are one); else two reports."""

    key: str
    label: str
    day: str | None
    place: str | None
    within_article: bool
    reason: str
    first: Figure
    second: Figure
    first_values: list[SideValue]
    second_values: list[SideValue]
    first_sources: list[str]
    second_sources: list[str]
    first_outlets: list[str]
    second_outlets: list[str]
    first_articles: list[str]
    second_articles: list[str]


class FigureSeries(BaseModel):
    key: str
    label: str
    figures: list[Figure]
    n_figures: int
    disagreements: list[Disagreement]


class CountedThing(BaseModel):
    key: str
    label: str
    unit: str | None
    n_figures: int
    n_articles: int
    n_disagreements: int


class ErrorRow(BaseModel):
    input: str
    reason: str
    time: str


class SearchCount(BaseModel):
    """How many of one kind a search matched: exact up to a cap (1,000); `more` when more
    than `total` match."""

    total: int
    more: bool = False


class SearchResults(BaseModel):
    query: str
    headlines: list[ArticleSummary]
    quotes: list[QuoteCluster]
    sources: list[SourceSummary]
    counts: dict[str, SearchCount] = {}  # headlines, quotes, sources, quotes_by
    quotes_by: list[QuoteCluster] = Field(
        [], description="quotes of the sources found (as /quotes?by= lists them): `quotes` "
        "holds the quotes whose own words hold the query")
