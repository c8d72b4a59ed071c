"""The ledger as a web page and a REST service (the only FastAPI importer).

    from according.service import create_app
    app = create_app("ledger.duckdb")   # read-only; `according serve` runs it with uvicorn

app.py builds the app; api.py (/api/v1) and pages.py (the HTML pages) answer; reader.py is
the one module that calls the ledger; article_view.py and timeline.py turn a record and a
figure series into what a page draws; templates/ and static/ ship in the package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(*args: Any, **kwargs: Any) -> FastAPI:
    """The app over a ledger file; see according.service.app.create_app."""
    from according.service.app import create_app as build

    return build(*args, **kwargs)
