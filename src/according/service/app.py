"""The FastAPI app: the REST API under /api/v1, the web pages, their static files, and the
error answers (one line, never a traceback).

    from according.service import create_app
    app = create_app("ledger.duckdb")        # then uvicorn.run(app, host="127.0.0.1")
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from according import __version__
from according.read import DEFAULT_MAX_BYTES
from according.service import api, disagreements, pages
from according.service.reader import LedgerReader
from according.service.rendering import STATIC_DIR, swagger_ui_dir
from according.service.security import BodyLimit, SecurityHeaders

log = logging.getLogger("according.service")
# a JSON body carries the article escaped: room for quotes, backslashes and \n escapes
JSON_OVERHEAD = 2
API_PATHS = ("/api/", "/openapi")  # errors here are JSON whatever the client accepts


def request_limit(max_bytes: int) -> int:
    """The most bytes a request body may hold when articles may be `max_bytes` long."""
    return JSON_OVERHEAD * max_bytes + 64 * 1024


def create_app(ledger: str | Path | LedgerReader, *, max_bytes: int = DEFAULT_MAX_BYTES,
               warm: bool = False) -> FastAPI:
    """The app over a ledger file (opened read-only) or an open LedgerReader; articles sent
    to POST /api/v1/extract may be at most `max_bytes` (the CLI's --max-bytes). With `warm`,
    the views' first pages are computed in the background once the app has started."""
    reader = ledger if isinstance(ledger, LedgerReader) else LedgerReader(ledger)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            threading.Thread(target=reader.warm, name="according-warm", daemon=True).start()
        yield
        if not isinstance(ledger, LedgerReader):  # ours to close
            reader.close()

    app = FastAPI(
        title="according", version=__version__, lifespan=lifespan,
        description="Who said what, according to whom, with which numbers, and when: the "
        "articles of one ledger, their records (../shared/CONTRACT.md) and the views across "
        "them. Read-only, except POST /api/v1/extract, which stores nothing.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.reader = reader
    app.state.max_bytes = max_bytes
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=6)
    app.add_middleware(BodyLimit, max_bytes=request_limit(max_bytes))
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    swagger = swagger_ui_dir()
    if swagger is not None:
        app.mount("/docs/assets", StaticFiles(directory=swagger), name="swagger")
    app.include_router(api.router)
    app.include_router(disagreements.api_router)
    app.include_router(pages.router)
    app.include_router(disagreements.page_router)
    _add_error_handlers(app)
    return app


def _wants_json(request: Request) -> bool:
    """JSON for the API's paths and for a client that asks for JSON and not HTML; an HTML
    error page for everything else, whatever the client accepts (curl, a link checker)."""
    if request.url.path.startswith(API_PATHS):
        return True
    accept = request.headers.get("accept", "").lower()
    return "application/json" in accept and "text/html" not in accept


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        detail = _one_line(exc.detail) if isinstance(exc.detail, str) else str(exc.detail)
        if _wants_json(request):
            return JSONResponse({"detail": detail}, status_code=exc.status_code,
                                headers=exc.headers)
        return pages.error_page(request, exc.status_code, detail)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        detail = "; ".join(_describe(e) for e in exc.errors()) or "invalid request"
        if _wants_json(request):
            return JSONResponse({"detail": detail}, status_code=422)
        return pages.error_page(request, 422, detail)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("error answering %s", request.url.path)
        detail = "internal error; the server's log has the details"
        if _wants_json(request):
            return JSONResponse({"detail": detail}, status_code=500)
        return pages.error_page(request, 500, detail)


def _describe(error: dict) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path"))
    return _one_line(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg"))
