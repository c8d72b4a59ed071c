"""The REST API under /api/v1: the ledger's articles, records and views, and extraction of
one article sent in the request (stored nowhere)."""

from __future__ import annotations

import threading
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError

from according.read.inputs import too_big
from according.service import models
from according.service.reader import MAX_LIMIT, LedgerReader

router = APIRouter(prefix="/api/v1", tags=["ledger"])
NOT_FOUND = {404: {"model": models.Problem, "description": "no such id"}}
REQUEST_NAME = "request body"
RAW_TYPES = frozenset({"", "text/plain", "text/html", "application/xhtml+xml"})
_EXTRACT_LOCK = threading.Lock()  # one spaCy pipeline: one article at a time

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (at most "
                                                              f"{MAX_LIMIT})")]
# at most what DuckDB's BIGINT holds: a larger offset is a 422, never a conversion error
MAX_OFFSET = 2**62
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Text = Annotated[str | None, Query(max_length=200, description="a piece of text to find "
                                   "(case-insensitive)")]
# a text filter (views.text_filter): a piece of the text, or its whole words when short
Find = Annotated[str | None, Query(max_length=200, description="a piece of text to find "
                                   "(case-insensitive); one of up to 3 characters or an "
                                   "acronym ('UN', 'NATO') matches whole words")]


def reader(request: Request) -> LedgerReader:
    return request.app.state.reader


Reader = Annotated[LedgerReader, Depends(reader)]


def _json(model: BaseModel) -> Response:
    """The model as JSON, written once (it is already valid: no second validation)."""
    return Response(model.model_dump_json(), media_type="application/json")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


@router.get("/articles", response_model=models.Page[models.ArticleSummary])
def list_articles(ledger: Reader, outlet: Text = None, since: date | None = None,
                  until: date | None = None, q: Find = None, limit: Limit = 50,
                  offset: Offset = 0) -> Response:
    """Stored articles, newest first: by outlet (exact), publication day range (inclusive,
    UTC) and a piece of the headline (whole words when short or an acronym)."""
    return _json(ledger.articles(outlet=outlet, since=_day(since), until=_day(until), query=q,
                           limit=limit, offset=offset))


@router.get("/articles/{article_id}", response_model=models.Record, responses=NOT_FOUND)
def get_article(ledger: Reader, article_id: str) -> Response:
    """One article's record exactly as stored (the contract, unchanged); `article_id` is
    the id or a unique prefix of its hex digits."""
    try:
        stored = ledger.article_json(article_id)
    except KeyError as err:
        raise HTTPException(404, err.args[0]) from err
    return Response(stored, media_type="application/json")


@router.get("/outlets", response_model=list[str])
def list_outlets(ledger: Reader) -> list[str]:
    """Every outlet named by a stored article."""
    return ledger.outlets()


@router.get("/sources", response_model=models.Page[models.SourceSummary])
def list_sources(ledger: Reader, q: Find = None, limit: Limit = 50,
                 offset: Offset = 0) -> Response:
    """Sources merged across articles, most cited first, with their surface forms, counts
    and outlets; `q` keeps those with a name or surface form containing it (whole words
    when short or an acronym)."""
    return _json(ledger.sources(query=q, limit=limit, offset=offset))


@router.get("/sources/{key:path}", response_model=models.SourceDetail, responses=NOT_FOUND)
def get_source(ledger: Reader, key: str) -> Response:
    """One merged source (by its key) and its attributions across articles."""
    try:
        return _json(ledger.source(key))
    except KeyError as err:
        raise HTTPException(404, err.args[0]) from err


@router.get("/quotes", response_model=models.Page[models.QuoteCluster])
def list_quotes(ledger: Reader, by: Find = None, limit: Limit = 50,
                offset: Offset = 0) -> Response:
    """Quote clusters across articles, most quoted first: first appearance, repeats, and
    the independent reports (a wire story and its copies count once) and articles quoting
    it; `by` a piece of the source's name, or its whole words when short or an acronym
    (/search finds quotes by their words)."""
    return _json(ledger.quotes(by=by, limit=limit, offset=offset))


@router.get("/claims", response_model=models.Page[models.Claim])
def list_claims(ledger: Reader, flagged: bool = False, limit: Limit = 50,
                offset: Offset = 0) -> Response:
    """Claims with their independent sources and outlets, best supported first; `flagged`
    keeps single-sourced, anonymous-only and wire-only ones."""
    return _json(ledger.claims(flagged=flagged, limit=limit, offset=offset))


@router.get("/counted", response_model=models.Page[models.CountedThing])
def list_counted(ledger: Reader, limit: Limit = MAX_LIMIT,
                 offset: Offset = 0) -> Response:
    """What figures count (series keys and names), most reported first."""
    return _json(ledger.counted_things(limit=limit, offset=offset))


@router.get("/figures", response_model=models.Page[models.FigureSeries])
def list_figures(ledger: Reader, counted: Text = None, key: Text = None, place: Text = None,
                 limit: Limit = 50, offset: Offset = 0) -> Response:
    """Figure series over time with same-day disagreements: the series `key` (from
    /counted) with its latest 1,000 figures (`n_figures` counts all), or those whose
    counted words include `counted`'s; in articles naming `place`."""
    return _json(ledger.figures(counted=counted, key=key, place=place, limit=limit,
                                offset=offset))


@router.get("/errors", response_model=models.Page[models.ErrorRow])
def list_errors(ledger: Reader, limit: Limit = 50,
                offset: Offset = 0) -> Response:
    """Inputs that gave no record, and why."""
    return _json(ledger.errors(limit=limit, offset=offset))


@router.get("/search", response_model=models.SearchResults)
def search(ledger: Reader, q: Annotated[str, Query(min_length=1, max_length=200)]
           ) -> Response:
    """Headlines, quotes and sources containing `q`."""
    return _json(ledger.search(q))


EXTRACT_BODY = {
    "requestBody": {"required": True, "content": {
        "application/json": {"schema": models.ExtractRequest.model_json_schema()},
        "text/plain": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}},
    }},
}


@router.post("/extract", response_model=models.Record, tags=["extract"],
             openapi_extra=EXTRACT_BODY,
             responses={413: {"model": models.Problem, "description": "over the size limit"},
                        422: {"model": models.Problem, "description": "not an article"}})
async def extract_article(request: Request) -> JSONResponse:
    """Extract one article and return its record, storing nothing. Send JSON
    `{"text": …}` or `{"html": …}` (optional `"url"`), or the article itself as text/plain
    or text/html. The CLI's size limit and errors apply: 413 over the limit, 422 with a
    one-line reason when it is not an article (empty, binary, not English, …)."""
    max_bytes: int = request.app.state.max_bytes
    body = await request.body()
    text, url = _article_of(body, request.headers.get("content-type", ""))
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise HTTPException(413, f"{REQUEST_NAME}: {too_big(size, max_bytes)}")
    from starlette.concurrency import run_in_threadpool

    record = await run_in_threadpool(_extract, text, url)
    return JSONResponse(record)


def _article_of(body: bytes, content_type: str) -> tuple[str, str | None]:
    """(text or HTML, url) of a request body; 422 when it holds no article."""
    media = content_type.split(";")[0].strip().lower()
    if media not in RAW_TYPES and media != "application/json":
        raise HTTPException(415, f"{REQUEST_NAME}: send application/json, text/plain or "
                            f"text/html, not {media}")
    if media == "application/json":
        try:
            sent = models.ExtractRequest.model_validate_json(body)
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            raise HTTPException(422, f"{REQUEST_NAME}: {where + ': ' if where else ''}"
                                f"{first['msg']}") from err
        if (sent.text is None) == (sent.html is None):
            raise HTTPException(422, f"{REQUEST_NAME}: send one of \"text\" or \"html\"")
        return sent.text if sent.text is not None else sent.html or "", sent.url
    from according.read.text import bytes_to_text

    text = bytes_to_text(body, REQUEST_NAME)
    if not isinstance(text, str):
        raise HTTPException(422, str(text).removeprefix("according: "))
    return text, None


def _extract(text: str, url: str | None) -> dict:
    from according.extract import extract_inputs
    from according.read import InputError, read_string

    article = read_string(text, url=url, name=REQUEST_NAME)
    if isinstance(article, InputError):
        raise HTTPException(422, str(article).removeprefix("according: "))
    with _EXTRACT_LOCK:
        result = next(extract_inputs([article]))
    if isinstance(result, InputError):
        raise HTTPException(422, str(result).removeprefix("according: "))
    return result.to_dict()
