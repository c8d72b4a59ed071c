"""The `according` command: thin typer shells over the Python API, one module per group.

extract.py (extract, eval), ledger.py (ingest and the ledger's views), articles.py,
show.py and serve.py (the web page and API); output.py holds what they share for printing.
"""

from __future__ import annotations

from according.cli import articles, extract, ledger, serve, show
from according.cli.app import app

for _group in (extract, ledger, articles, show, serve):
    _group.register(app)

__all__ = ["app"]
