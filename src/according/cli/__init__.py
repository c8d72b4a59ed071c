"""The `according` command: thin typer shells over the Python API, one module per group.

extract.py (extract, eval), ledger.py (ingest and the ledger's views), articles.py,
show.py and serve.py (the web page and API), spark.py (extraction and views on Apache
Spark); output.py holds what they share for printing.
"""

from __future__ import annotations

from according.cli import articles, extract, ledger, serve, show, spark
from according.cli.app import app

for _group in (extract, ledger, articles, show, serve, spark):
    _group.register(app)

__all__ = ["app"]
