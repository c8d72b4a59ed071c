"""`according serve`: the ledger's web page and REST API (FastAPI under uvicorn)."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from according.cli.output import fail

LOOPBACK_NAMES = frozenset({"localhost"})


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    db: Annotated[str, typer.Option("--db", envvar="ACCORDING_DB", help="The ledger file "
                                    "(DuckDB), opened read-only; `ingest` makes it.")]
    = "ledger.duckdb",
    host: Annotated[str, typer.Option("--host", help="Address to listen on; anything but "
                                      "127.0.0.1 lets other machines read the ledger.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535,
                                      help="Port to listen on (0: any free one).")] = 8000,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse articles sent "
                                           "to POST /api/v1/extract over this many bytes.")]
    = 5_000_000,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn's log level: "
                                           "warning, info (one line per request), debug.")]
    = "warning",
) -> None:
    """Serve the ledger as a web page (articles, highlighted attributions, sources, claims,
    figure timelines, search) and a REST API under /api/v1 (OpenAPI page at /docs).

    Read-only: it never writes to the ledger. Stop it with Ctrl-C."""
    try:
        import uvicorn

        from according.service.app import create_app
        from according.service.reader import LedgerReader, LedgerUnavailable
    except ImportError as err:
        raise fail(f"the service needs the `service` extra: pip install 'according[service]' "
                   f"({err.name} is missing)") from err
    try:
        reader = LedgerReader(db)
    except LedgerUnavailable as err:
        raise fail(str(err)) from err
    app = create_app(reader, max_bytes=max_bytes, warm=True)
    if not _is_loopback(host):
        typer.echo(f"according: warning: listening on {host}: other machines can read this "
                   "ledger", err=True)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level,
                                           access_log=log_level in ("info", "debug"),
                                           server_header=False))
    _announce_when_started(server, db, reader.count())
    try:
        server.run()
    finally:
        reader.close()
    if not server.started:  # the port was taken, or the address cannot be used
        raise fail(f"could not listen on {host}:{port} (see the line above); choose another "
                   "--port or --host")


def _announce_when_started(server, db: str, articles: int) -> None:  # noqa: ANN001
    """Print where the server listens once its socket is bound (the port may be 0)."""
    startup = server.startup

    async def announce(sockets=None) -> None:  # noqa: ANN001
        await startup(sockets=sockets)
        if not server.started:
            return
        for listener in server.servers:
            for sock in listener.sockets:
                address, port = sock.getsockname()[:2]
                shown = f"[{address}]" if ":" in address else address
                typer.echo(f"according: serving {db} ({articles:,} articles) at "
                           f"http://{shown}:{port}/ (API at /api/v1, docs at /docs; Ctrl-C "
                           "stops)")

    server.startup = announce


def register(app: typer.Typer) -> None:
    """Add `serve` to `app`."""
    app.command()(serve)
