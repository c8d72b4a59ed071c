"""The cluster path: extraction and the ledger's tables and views on Apache Spark.

    according spark INPUT... --output DIR [--master local[*]]
    according spark views --input DIR --output ROWS --db ledger.duckdb
    according ingest DIR --db ledger.duckdb      # loads a Spark run, no re-extraction

Modules: inputs.py (paths, listings and JSON Lines blocks to work units; reading one unit
with the readers of according.read), extraction.py (one partition of units -> the ledger's
table rows, the pipeline loaded once per Python worker), tables.py (a record -> its rows,
by the ledger's own rows function), output.py (Parquet files written per task, committed
by the driver so a killed run can be rerun), job.py (the Spark job), load.py (a Spark
output -> a ledger, pyarrow only), views.py (every article's ledger rows and merge inputs
as a Spark job), merges.py (the cross-article merges as DataFrame jobs: near-duplicate
groups, quote clusters, waiting sources, connected components), summaries.py (the view
tables: sources, claims, figure groups, series), finish.py (a new ledger from those
tables, no merge recomputed).

This package is the only place that imports pyspark, and only job.py, views.py,
merges.py and summaries.py do;
`import according.spark` loads none of it.
"""
