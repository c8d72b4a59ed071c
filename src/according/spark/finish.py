"""A new ledger from the rows and merges `according spark views` computed (spark/views.py,
spark/merges.py), without deriving any article again or merging on this machine.

1. a ledger file is created beside the target (`<db>.building`) by `open_ledger`, and the
   Spark output's failed inputs are stored with the ledger's `write_batch`, as
   `according ingest` of the output stores them first;
2. the rows of every table are inserted in the order Spark numbered the articles (a failed
   input that a record then came from is cleared, as `write_batch` clears it);
3. the merges Spark computed are applied as they are: near-duplicate groups, texts and
   their LSH buckets, quote clusters, re-resolved sources and the figures' sources
   (OUTPUT/merges/, spark/merges.py); then every summary the views page through is
   computed from its members by the ledger's `merge.refresh_all` (DuckDB, one pass);
   the undated members of story groups are dated by their groups' copies, as an ingest
   dates them (`merge.date_by_groups`: a wire story's "Nov 24", its copy's year; the
   same day spark/merges.py gave them for the view tables);
4. the places each text was seen are stored with the ledger's `write_sightings` (which
   fills missing urls, outlets and dates and re-places the figures of articles it dates);
5. the file is renamed to the target, so a kill at any moment leaves no half-built ledger.

Only local folders are read (DuckDB's `read_parquet`). Nothing here imports pyspark.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from according.ledger import IngestSummary

MERGES = "merges"  # spark/merges.py writes its tables there

# the tables the rows function fills, parents first (what spark/views.py writes)
TABLES = ("articles", "regions", "entities", "attributions", "quantities", "times", "spans",
          "appearances", "figure_clashes")


def _insert_table(con, folder: Path, table: str) -> int:  # noqa: ANN001 - a DuckDB connection
    files = sorted((folder / table).glob("*.parquet"))
    if not files:
        return 0
    paths = "[" + ", ".join("'" + str(f).replace("'", "''") + "'" for f in files) + "]"
    source = f"read_parquet({paths}, filename = true, file_row_number = true)"
    names = [n for (n,) in con.execute(
        f"SELECT column_name FROM (DESCRIBE SELECT * FROM {source})").fetchall()
        if n not in ("filename", "file_row_number")]
    select = ", ".join("TRY_CAST(published AS TIMESTAMPTZ)" if n == "published" else f'"{n}"'
                       for n in names)
    columns = ", ".join(f'"{n}"' for n in names)
    con.execute(f"INSERT INTO {table} ({columns}) SELECT {select} FROM {source} "
                "ORDER BY filename, file_row_number")
    return con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


def _parquet(folder: Path) -> str:
    files = sorted(folder.glob("*.parquet"))
    if not files:
        raise ValueError(f"{folder} holds no Parquet files: run `according spark views` "
                         "again")
    return "read_parquet([" + ", ".join("'" + str(f).replace("'", "''") + "'"
                                        for f in files) + "])"


def _apply_merges(con, merges: Path) -> None:  # noqa: ANN001 - a DuckDB connection
    """The merges Spark computed (spark/merges.py), applied to the inserted rows."""
    from according.ledger.merge import insert_first_texts
    con.execute(f"INSERT INTO story_buckets SELECT bucket, seq FROM "
                f"{_parquet(merges / 'story_buckets')} ORDER BY bucket, seq")
    con.execute(f"INSERT INTO texts SELECT text_key, ref, words, quote, cluster FROM "
                f"{_parquet(merges / 'texts')} ORDER BY ref")
    # a bucket keeps its first texts only, as an ingest and a rebuild store it
    insert_first_texts(con, _parquet(merges / "text_buckets"))
    con.execute(f"UPDATE articles SET group_seq = g.group_seq FROM "
                f"{_parquet(merges / 'groups')} g WHERE articles.seq = g.seq")
    con.execute("UPDATE attributions SET cluster = m.cluster, source_key = m.source_key, "
                f"source_id = m.source_id FROM {_parquet(merges / 'attributions')} m "
                "WHERE attributions.ref = m.ref")
    con.execute(f"UPDATE quantities SET source_id = f.source_id FROM "
                f"{_parquet(merges / 'figures')} f WHERE quantities.ref = f.ref")


def _date_by_groups(con) -> None:  # noqa: ANN001 - a DuckDB connection
    """The undated members of story groups that keep their dateline's month-day dated by
    their groups' copies, their figures placed on that day and their groups named again
    (merge.date_by_groups, merge.refresh_sighted), as `according ingest` does after each
    batch: Spark's groups are the ledger's, so the same articles are dated."""
    from according.ledger import merge

    con.begin()
    try:
        if dated := merge.date_by_groups(con, None):
            merge.refresh_sighted(con, dict.fromkeys(dated, True))
        con.commit()
    except BaseException:
        con.rollback()
        raise


def build_ledger(rows_folder: str | Path, spark_output: str | Path, db: str | Path,
                 on_error: Callable[[str, str], None] | None = None,
                 progress: Callable[[str], None] | None = None) -> IngestSummary:
    """Build the new ledger `db` from the rows in `rows_folder` (spark/views.py) and the
    errors and sightings of the Spark output they came from (module doc)."""
    from according.ledger import IngestSummary, merge, open_ledger
    from according.ledger.migrate import fill_published_day_only
    from according.ledger.rows import create_indexes, drop_indexes
    from according.spark.load import stored_errors, stored_sightings

    say = progress or (lambda _: None)
    started = time.perf_counter()
    db, rows_folder = Path(db), Path(rows_folder)
    if db.exists():
        raise ValueError(f"{db} exists: `according spark views` builds a new ledger; to add "
                         f"a Spark output to a ledger, run `according ingest {spark_output} "
                         f"--db {db}`")
    if not (rows_folder / "articles").is_dir():
        raise ValueError(f"{rows_folder} holds no ledger rows (no articles/ folder)")
    building = db.with_name(db.name + ".building")
    for leftover in (building, Path(f"{building}.wal")):
        leftover.unlink(missing_ok=True)
    errors = stored_errors(spark_output)
    try:
        with open_ledger(building) as ledger:
            for name, reason in errors:
                if on_error:
                    on_error(name, reason)
            if errors:
                ledger.write_batch([], errors)
            con = ledger.con
            drop_indexes(con)  # made after the merges, as a rebuild does
            con.begin()
            for table in TABLES:
                say(f"{table}: {_insert_table(con, rows_folder, table)} rows")
            con.execute("DELETE FROM errors WHERE input IN "
                        "(SELECT path FROM articles WHERE path IS NOT NULL)")
            # which stamps give a day only, also for rows an older run wrote without it
            fill_published_day_only(con)
            con.commit()
            say("merges computed by Spark")
            con.begin()
            _apply_merges(con, rows_folder / MERGES)
            con.commit()
            say("summaries")
            merge.refresh_all(con)
            say("indexes")
            create_indexes(con)
            say("undated copies")
            _date_by_groups(con)
            say("sightings")
            ledger.write_sightings(stored_sightings(spark_output))
            added = ledger.count("articles")
            ledger.checkpoint()
    except BaseException:
        building.unlink(missing_ok=True)
        Path(f"{building}.wal").unlink(missing_ok=True)
        raise
    if Path(f"{building}.wal").exists():  # nothing left in it after the checkpoint
        os.replace(f"{building}.wal", f"{db}.wal")
    os.replace(building, db)
    return IngestSummary(added, 0, len(errors), time.perf_counter() - started, tuple(errors))
