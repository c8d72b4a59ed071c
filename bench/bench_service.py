"""Latency of the service's endpoints and the weight of its pages on a big ledger.

    .venv/bin/python bench/bench_service.py [--articles 5000] [--db PATH] [--repeat 30]

Builds (or reuses) a ledger of N articles through `Ledger.add_records`, from a few real
extracted records (the demo article, the earthquake reports of tests/data/service and the
shared example when present) copied with distinct texts, outlets and days, so the NLP runs
only a handful of times. Then:

* startup: seconds from launching `according serve` to its first answer, next to the
  seconds a bare `python -c "import fastapi, uvicorn"` takes on the same machine;
* per endpoint: the first (cold) answer, then p50/p95 over --repeat answers (in process,
  FastAPI's TestClient), and each as a ratio to a static file served by the same app;
* page weight: bytes of each page with its scripts and stylesheet, raw and gzipped.

Goals (issue 12): start < 3 s; p95 < 200 ms for lists, < 50 ms for one record.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import socket
import statistics
import subprocess
import sys
import time
import warnings
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_EXAMPLE = REPO.parent / "shared" / "examples" / "independent-2024-05-14-rafah.txt"
OUTLETS = ("The Independent", "CNN", "The Washington Post", "Reuters", "BBC News",
           "The Guardian", "Al Jazeera", "Associated Press", "Agence France-Presse", None)


def template_records() -> list:
    from according.extract import extract_inputs
    from according.read import read_inputs

    paths = [str(REPO / "examples" / "demo-article.txt"),
             str(REPO / "tests" / "data" / "service" / "karsa-quake.jsonl")]
    if SHARED_EXAMPLE.exists():
        paths.append(str(SHARED_EXAMPLE))
    return [r for r in extract_inputs(read_inputs(paths)) if hasattr(r, "attributions")]


def varied(templates: list, n: int):  # noqa: ANN201
    """n records: each a template with a distinct text (a reference line appended, so every
    span stays valid), and its own outlet and publication day."""
    for i in range(n):
        base = templates[i % len(templates)]
        day = 1 + (i // len(templates)) % 28
        month = 1 + (i // (28 * len(templates))) % 12
        metadata = replace(base.metadata, outlet=OUTLETS[i % len(OUTLETS)],
                           published=f"2024-{month:02d}-{day:02d}T{i % 24:02d}:00:00+00:00")
        yield replace(base, text=base.text + f"\n\nArchive reference {i:06d}\n",
                      metadata=metadata)


def build_ledger(db: Path, n: int) -> float:
    from according.ledger import open_ledger

    start = time.perf_counter()
    with open_ledger(db) as ledger:
        ledger.add_records(varied(template_records(), n))
    return time.perf_counter() - start


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def startup_seconds(db: Path) -> tuple[float, float]:
    """(serve to first answer, bare `import fastapi, uvicorn`), in seconds."""
    import urllib.request

    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import fastapi, uvicorn"], check=True)
    bare = time.perf_counter() - start
    port = _free_port()
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "according.cli", "serve", "--db",
                                str(db), "--port", str(port)], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        process.stdout.readline()
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json").read()
                break
            except OSError:
                time.sleep(0.02)
        return time.perf_counter() - start, bare
    finally:
        process.terminate()
        process.wait(timeout=30)


def timed(client, path: str, repeat: int) -> tuple[float, float, float, int]:  # noqa: ANN001
    """(cold ms, p50 ms, p95 ms, status) of GET path."""
    start = time.perf_counter()
    status = client.get(path).status_code
    cold = (time.perf_counter() - start) * 1000
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(path)
        runs.append((time.perf_counter() - start) * 1000)
    runs.sort()
    return cold, statistics.median(runs), runs[max(0, int(0.95 * len(runs)) - 1)], status


def page_weight(client, path: str) -> tuple[int, int]:  # noqa: ANN001
    """(bytes, gzipped bytes) of a page with the scripts and stylesheets it loads."""
    html = client.get(path, headers={"accept": "text/html"}).content
    assets = re.findall(rb'(?:src|href)="(/(?:static|docs/assets)/[^"]+\.(?:js|css))"', html)
    bodies = [html] + [client.get(a.decode()).content for a in dict.fromkeys(assets)]
    return sum(map(len, bodies)), sum(len(gzip.compress(b)) for b in bodies)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--db", type=Path, default=None, help="ledger to use (built if absent)")
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    db = args.db or Path(f"/tmp/according-bench-service-{args.articles}.duckdb")
    if not db.exists():
        print(f"building {db} ({args.articles} articles) ...", flush=True)
        print(f"built in {build_ledger(db, args.articles):.1f} s", flush=True)
    serve_s, bare_s = startup_seconds(db)
    print(f"startup: serve answers after {serve_s:.2f} s; bare import of fastapi+uvicorn "
          f"{bare_s:.2f} s (ratio {serve_s / bare_s:.1f}x); goal < 3 s", flush=True)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from according.service import create_app

    with TestClient(create_app(db)) as client:
        first = client.get("/api/v1/articles", params={"limit": 1}).json()
        article_id = first["items"][0]["id"]
        print(f"ledger: {first['total']} articles", flush=True)
        key = client.get("/api/v1/counted").json()["items"][0]["key"]
        from urllib.parse import quote

        endpoints = [
            ("reference: static file", "/static/favicon.svg", "-"),
            ("one record (API)", f"/api/v1/articles/{article_id}", 50),
            ("article page", f"/articles/{article_id}", 50),
            ("articles (API)", "/api/v1/articles", 200),
            ("articles by headline (API)", "/api/v1/articles?q=earthquake", 200),
            ("articles page", "/", 200),
            ("sources (API)", "/api/v1/sources", 200),
            ("one source (API)", None, 200),
            ("quotes (API)", "/api/v1/quotes", 200),
            ("claims (API)", "/api/v1/claims", 200),
            ("counted things (API)", "/api/v1/counted", 200),
            ("one figure series (API)", f"/api/v1/figures?key={quote(key)}", 200),
            ("figures page", f"/figures?key={quote(key)}", 200),
            ("search (API)", "/api/v1/search?q=rubble", 200),
        ]
        source_key = client.get("/api/v1/sources", params={"limit": 1}).json()["items"][0]["key"]
        rows = []
        reference = None
        for name, path, goal in endpoints:
            path = path or f"/api/v1/sources/{quote(source_key, safe='')}"
            cold, p50, p95, status = timed(client, path, args.repeat)
            reference = reference or p50
            rows.append({"endpoint": name, "status": status, "cold_ms": round(cold, 1),
                         "p50_ms": round(p50, 1), "p95_ms": round(p95, 1),
                         "p50_ratio_to_static": round(p50 / reference, 1), "goal_p95_ms": goal})
            print(f"{name:30} {status} cold {cold:8.1f} ms  p50 {p50:7.1f} ms  p95 {p95:7.1f} "
                  f"ms  ({p50 / reference:5.1f}x static)  goal p95 < {goal} ms", flush=True)
        for name, path in (("articles page", "/"), ("article page", f"/articles/{article_id}"),
                           ("figures page", f"/figures?key={quote(key)}"),
                           ("claims page", "/claims"), ("API docs", "/docs")):
            raw, packed = page_weight(client, path)
            print(f"page weight {name:16} {raw / 1024:8.1f} KiB, {packed / 1024:7.1f} KiB gzipped",
                  flush=True)
    print(json.dumps({"articles": first["total"], "startup_s": round(serve_s, 2),
                      "bare_import_s": round(bare_s, 2), "endpoints": rows}))


if __name__ == "__main__":
    main()
