"""The cluster path: extraction and the ledger's tables and views on Apache Spark.

    according spark INPUT... --output DIR [--master local[*]]
    according spark views --input DIR --output DIR
    according ingest DIR --db ledger.duckdb      # loads a Spark run, no re-extraction

Modules: inputs.py (paths, listings and JSON Lines blocks to work units; reading one unit
with the readers of according.read), extraction.py (one partition of work units -> one
row per article or error, the pipeline loaded once per Python worker), tables.py (records
-> the ledger's table rows, via ledger/rows.py), job.py (the Spark job and its
idempotent Parquet output), load.py (a Spark output directory -> a ledger, pyarrow only),
views.py (sources, quotes, figures, claims as DataFrame jobs).

This package is the only place that imports pyspark, and only job.py and views.py do;
`import according.spark` loads none of it.
"""
