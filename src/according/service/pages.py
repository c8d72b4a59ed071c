"""The web pages: articles, one article highlighted, sources, claims, quotes, figure
timelines, search, errors and the API's page (/docs). Server-rendered from the templates;
the static scripts only show cards and filter what the server already wrote."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from according.service.api import Limit, Offset, Reader, Text
from according.service.article_view import article_view
from according.service.reader import LedgerReader
from according.service.rendering import STATIC_DIR, templates
from according.service.stories import republished
from according.service.timeline import GROUPINGS, build_timeline, period_of

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE_SIZE = 50
MAX_SERIES = 12  # timelines drawn on one page
TABLE_ROWS = 100  # figures listed under a timeline (the chart shows them all)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    reader: LedgerReader = request.app.state.reader
    context.setdefault("q", "")
    return templates().TemplateResponse(
        request, name, {"ledger_name": reader.path.name, **context}, status_code=status_code)


# the list a page belongs to: an error page links back to it
LISTS = {"articles": ("/", "All articles"), "sources": ("/sources", "All sources"),
         "claims": ("/claims", "All claims"), "quotes": ("/quotes", "All quotes"),
         "figures": ("/figures", "All figures"), "errors": ("/errors", "All errors"),
         "disagreements": ("/disagreements", "All disagreements"),
         "search": ("/search", "Search")}


def error_page(request: Request, status_code: int, detail: str) -> Response:
    """The error as a page: its status, the one-line reason and a link back to the list the
    request was under (the articles for any other path)."""
    section = request.url.path.strip("/").split("/", 1)[0]
    back, back_label = LISTS.get(section, LISTS["articles"])
    return render(request, "error.html", status_code, status=status_code, detail=detail,
                  nav=section if section in LISTS else "", back=back, back_label=back_label)


@router.get("/")
def articles_page(request: Request, ledger: Reader, outlet: Text = None,
                  since: date | None = None, until: date | None = None, q: Text = None,
                  limit: Limit = PAGE_SIZE, offset: Offset = 0) -> Response:
    found = ledger.articles(outlet=outlet or None, since=since and since.isoformat(),
                            until=until and until.isoformat(), query=q or None, limit=limit,
                            offset=offset)
    params = {"outlet": outlet, "since": since, "until": until, "q": q, "limit": limit}
    return render(request, "articles.html", nav="articles", page=found, params=params,
                  outlets=ledger.outlets(), outlet=outlet or "", since=since or "",
                  until=until or "", headline_q=q or "")


@router.get("/articles/{article_id}")
def article_page(request: Request, ledger: Reader, article_id: str) -> Response:
    try:
        record = ledger.article(article_id)
    except KeyError as err:
        raise HTTPException(404, err.args[0]) from err
    return render(request, "article.html", nav="articles", record=record,
                  view=article_view(record))


@router.get("/sources")
def sources_page(request: Request, ledger: Reader, q: Text = None, limit: Limit = PAGE_SIZE,
                 offset: Offset = 0) -> Response:
    found = ledger.sources(query=q or None, limit=limit, offset=offset)
    return render(request, "sources.html", nav="sources", page=found,
                  params={"q": q, "limit": limit}, source_q=q or "")


@router.get("/sources/{key:path}")
def source_page(request: Request, ledger: Reader, key: str) -> Response:
    try:
        source = ledger.source(key)
    except KeyError as err:
        raise HTTPException(404, err.args[0]) from err
    return render(request, "source.html", nav="sources", source=source)


@router.get("/claims")
def claims_page(request: Request, ledger: Reader, flagged: bool = False,
                limit: Limit = PAGE_SIZE, offset: Offset = 0) -> Response:
    found = ledger.claims(flagged=flagged, limit=limit, offset=offset)
    return render(request, "claims.html", nav="claims", page=found, flagged=flagged,
                  params={"flagged": flagged, "limit": limit})


@router.get("/quotes")
def quotes_page(request: Request, ledger: Reader, by: Text = None, limit: Limit = PAGE_SIZE,
                offset: Offset = 0) -> Response:
    found = ledger.quotes(by=by or None, limit=limit, offset=offset)
    return render(request, "quotes.html", nav="quotes", page=found, by=by or "",
                  params={"by": by, "limit": limit})


@router.get("/figures")
def figures_page(request: Request, ledger: Reader, key: Text = None, counted: Text = None,
                 place: Text = None,
                 by: Annotated[str, Query(pattern="^(outlet|source)$")] = "outlet"
                 ) -> Response:
    things = ledger.counted_things().items
    chosen = key or None
    if chosen is None and not counted and things:
        chosen = ledger.default_series(things)  # so the page is never empty
    series = ledger.figures(counted=counted or None, key=chosen, place=place or None,
                            limit=MAX_SERIES)
    timelines = [build_timeline(s, by) for s in series.items]
    listed = [p.figure.article_id for t in timelines for p in t.points[:TABLE_ROWS]]
    summaries = ledger.summaries(listed + [f.article_id for t in timelines for f in t.undated])
    return render(request, "figures.html", nav="figures", things=things, timelines=timelines,
                  reports={i: republished(i, summaries) for i in summaries},
                  more=series.total - len(timelines), table_rows=TABLE_ROWS, period_of=period_of,
                  key=chosen or "",
                  counted=counted or "", place=place or "", by=by, groupings=GROUPINGS,
                  params={"key": chosen, "counted": counted, "place": place, "by": by})


@router.get("/search")
def search_page(request: Request, ledger: Reader,
                q: Annotated[str, Query(max_length=200)] = "") -> Response:
    results = ledger.search(q) if q.strip() else None
    return render(request, "search.html", nav="", results=results, q=q)


@router.get("/errors")
def errors_page(request: Request, ledger: Reader, limit: Limit = PAGE_SIZE,
                offset: Offset = 0) -> Response:
    return render(request, "errors.html", nav="errors", page=ledger.errors(limit=limit,
                  offset=offset), params={"limit": limit})


@router.get("/favicon.ico")
def favicon() -> Response:
    return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")


@router.get("/docs")
def api_docs(request: Request) -> Response:
    """Swagger UI from the package's own copy (no CDN), started by a static script."""
    if not any(getattr(r, "name", "") == "swagger" for r in request.app.routes):
        return render(request, "api.html", nav="api", openapi=request.app.openapi())
    return render(request, "swagger.html", nav="api")

