"""The `according` command: thin typer shells over the Python API, one module per group.

extract.py (extract, eval), ledger.py (ingest and the ledger's views), spark.py (the
same on Apache Spark); output.py holds what they share for printing.
"""

from __future__ import annotations

from according.cli import extract, ledger, spark
from according.cli.app import app

for _group in (extract, ledger, spark):
    _group.register(app)

__all__ = ["app"]
