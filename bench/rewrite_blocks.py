"""Write a ledger again into a new file with blocks of --block-size bytes (16 KiB unless
told), as the bench compared them (README "Blocks of 16 KiB"):

    .venv/bin/python bench/rewrite_blocks.py LEDGER NEW_LEDGER [--memory 6GB]

DuckDB's `COPY FROM DATABASE` copies every table and index as it is (no merge is
computed again, unlike `according rebuild`); the old file is only read. It needs room
for a second copy (100k articles: 3.85 GB -> 3.48 GB, 247 s here) and memory for the
biggest index it makes at once (not tried at 1M: `according rebuild` makes them one at
a time)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import duckdb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--memory", default="6GB", help="DuckDB's memory cap")
    parser.add_argument("--block-size", type=int, default=16 << 10,
                        help="bytes of a block in the new file (DuckDB's default: 262144)")
    args = parser.parse_args()
    if args.new.exists():
        sys.exit(f"{args.new} exists")
    con = duckdb.connect(config={"memory_limit": args.memory})
    con.execute("SET enable_progress_bar = false")
    quoted = [str(p).replace("'", "''") for p in (args.ledger, args.new)]
    con.execute(f"ATTACH '{quoted[0]}' AS src (READ_ONLY)")
    con.execute(f"ATTACH '{quoted[1]}' AS dst (BLOCK_SIZE {args.block_size})")
    started = time.perf_counter()
    con.execute("COPY FROM DATABASE src TO dst")
    con.execute("CHECKPOINT dst")
    print(f"{time.perf_counter() - started:.0f} s, {args.new.stat().st_size / 1e9:.2f} GB")


if __name__ == "__main__":
    main()
