"""The disagreements list, as a page (/disagreements) and in the API
(/api/v1/disagreements): figures of one series, day and place that cannot both hold, two
original reports (a wire story and its copies are one) or two sources of one report, latest
day first, each side with its values, sources, outlets and articles (`according
disagreements` lists the same)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from according.service import models
from according.service.api import Limit, Offset, Reader, Text
from according.service.pages import PAGE_SIZE, render

api_router = APIRouter(prefix="/api/v1", tags=["ledger"])
page_router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
# the page's choice of kind, as the API's `within` reads it
KINDS = {"": None, "within": True, "across": False}
Kind = Annotated[str, Query(pattern="^(within|across)?$", description="within: two "
                            "sources of one report; across: two reports; empty: both")]


@api_router.get("/disagreements", response_model=models.Page[models.DisagreementItem])
def list_disagreements(ledger: Reader, counted: Text = None, within: bool | None = None,
                       limit: Limit = 50, offset: Offset = 0) -> Response:
    """Disagreements, latest day first: figures of one series, day and place that cannot
    both hold, each pair of original reports (a wire story and its copies count once) or of
    one report's sources (`within_article`) once, both sides' values, sources, outlets and
    articles. `counted` keeps the series whose counted words include its words (as
    /figures); `within` true keeps two sources of one report, false two reports."""
    found = ledger.disagreements(counted=counted or None, within=within, limit=limit,
                                 offset=offset)
    return Response(found.model_dump_json(), media_type="application/json")


@page_router.get("/disagreements")
def disagreements_page(request: Request, ledger: Reader, counted: Text = None,
                       kind: Kind = "", limit: Limit = PAGE_SIZE,
                       offset: Offset = 0) -> Response:
    found = ledger.disagreements(counted=counted or None, within=KINDS[kind], limit=limit,
                                 offset=offset)
    things = [t for t in ledger.counted_things().items if t.n_disagreements]
    return render(request, "disagreements.html", nav="figures", page=found, things=things,
                  counted=counted or "", kind=kind,
                  params={"counted": counted, "kind": kind, "limit": limit})
