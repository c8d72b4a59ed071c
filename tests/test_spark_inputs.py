"""Planning and reading a Spark run's inputs, without Spark: listings, JSON Lines blocks,
and every unit read exactly as `extract` reads the same file."""

from __future__ import annotations

import gzip

import pytest

from according.read import read_inputs
from according.spark.inputs import (
    JSONL,
    LISTING,
    STRIDE,
    WHOLE,
    WorkUnit,
    listing_lines,
    plan_file,
    read_unit,
    resolve_listed,
    work_units,
)
from spark_helpers import write_jsonl, write_warc


def _described(items):  # noqa: ANN001, ANN202
    return [(getattr(i, "name", None), getattr(i, "reason", None), getattr(i, "text", None),
             getattr(getattr(i, "info", None), "path", None)) for i in items]


@pytest.mark.parametrize("text, listed", [
    ("crawl-data/CC-NEWS/2024/05/CC-NEWS-20240501.warc.gz\n", 1),
    ("s3a://bucket/a.warc.gz\nhdfs:///data/b.jsonl\n\n/tmp/c.warc\n", 3),
    ("news.jsonl\n", 1),
])
def test_spark_listing_lines_accepts_paths_and_uris(text, listed):
    assert len(listing_lines(text.encode())) == listed


@pytest.mark.parametrize("text", [
    "The council said on Monday that the bridge would close.\n",
    "Breaking\n",
    "",
    "a.warc.gz and b.warc.gz\n",
])
def test_spark_listing_lines_refuses_article_text(text):
    assert listing_lines(text.encode()) is None


def test_spark_resolve_listed_joins_relative_paths_to_the_base():
    line = "crawl-data/CC-NEWS/2024/05/x.warc.gz"
    assert resolve_listed(line, "s3a://commoncrawl/") == "s3a://commoncrawl/" + line
    assert resolve_listed(line, None) == line
    assert resolve_listed("hdfs:///a.warc.gz", "s3a://commoncrawl/") == "hdfs:///a.warc.gz"


def test_spark_plan_file_knows_listings_jsonl_and_warc(tmp_path):
    warc = write_warc(tmp_path / "a.warc.gz")
    jsonl = write_jsonl(tmp_path / "b.jsonl")
    plain = tmp_path / "list.txt"
    plain.write_text(f"{warc}\n{jsonl}\n", encoding="utf-8")
    packed = tmp_path / "warc.paths.gz"
    packed.write_bytes(gzip.compress(f"{warc}\n".encode()))
    article = tmp_path / "story.txt"
    article.write_text("The mayor said on Monday that the bridge would close.\n")
    assert plan_file(str(plain)).kind == LISTING
    assert plan_file(str(plain)).listed == (str(warc), str(jsonl))
    assert plan_file(str(packed)).listed == (str(warc),)
    assert plan_file(str(warc)).kind == WHOLE
    assert plan_file(str(article)).kind == WHOLE
    plan = plan_file(str(jsonl))
    lines = jsonl.read_bytes().splitlines(keepends=True)
    assert (plan.kind, plan.lines) == (JSONL, len(lines))
    assert plan.offsets[1] == sum(len(line) for line in lines[:STRIDE])


def test_spark_plan_file_of_a_missing_file_is_a_whole_unit_that_reads_as_an_error(tmp_path):
    missing = str(tmp_path / "gone.warc.gz")
    plan = plan_file(missing)
    assert plan.kind == WHOLE
    items = list(read_unit(WorkUnit(0, missing), 1_000_000))
    assert _described(items) == _described(read_inputs([missing]))


def test_spark_jsonl_blocks_read_every_line_as_extract_does(tmp_path):
    jsonl = write_jsonl(tmp_path / "news.jsonl")
    units = work_units([plan_file(str(jsonl))], STRIDE)
    assert len(units) > 2 and all(u.n_lines <= STRIDE for u in units)
    assert [u.index for u in units] == list(range(len(units)))
    read = [item for unit in units for item in read_unit(unit, 1_000_000)]
    assert _described(read) == _described(read_inputs([str(jsonl)]))
    names = [d[0] or d[3] for d in _described(read)]
    assert f"{jsonl} line 5" in names and f"{jsonl}#{2 * 7 + 7}" in names


def test_spark_whole_units_read_as_extract_does(tmp_path):
    warc = write_warc(tmp_path / "a.warc.gz")
    read = list(read_unit(WorkUnit(0, str(warc)), 1_000_000))
    assert len(read) == 4
    assert _described(read) == _described(read_inputs([str(warc)]))


def test_spark_work_units_keep_input_order_and_skip_listings(tmp_path):
    jsonl = write_jsonl(tmp_path / "news.jsonl")
    warc = write_warc(tmp_path / "a.warc.gz")
    listing = tmp_path / "l.txt"
    listing.write_text(f"{warc}\n")
    plans = [plan_file(str(p)) for p in (warc, listing, jsonl)]
    units = work_units(plans, 10 * STRIDE)
    assert [u.uri for u in units] == [str(warc), str(jsonl)]


@pytest.fixture
def served(tmp_path):  # noqa: ANN001, ANN201
    """A local HTTP server over tmp_path, holding the test WARC.gz and JSON Lines file."""
    import functools
    import http.server
    import threading

    write_warc(tmp_path / "a.warc.gz")
    write_jsonl(tmp_path / "news.jsonl")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _texts(items):  # noqa: ANN001, ANN202
    return [(getattr(i, "reason", None), getattr(i, "text", None)) for i in items]


@pytest.mark.parametrize("name", ["a.warc.gz", "news.jsonl"])
def test_spark_remote_files_stream_as_local_ones_read(served, name):
    """A URI the executor streams (here HTTP, the path pyarrow's file systems share) gives
    the articles and errors `extract` gives for the same file, named by the URI."""
    folder, base = served
    uri = f"{base}/{name}"
    plan = plan_file(uri)
    units = work_units([plan], STRIDE)
    remote = [item for unit in units for item in read_unit(unit, 1_000_000)]
    local = list(read_inputs([str(folder / name)]))
    assert _texts(remote) == _texts(local) and len(remote) > 3
    named = [getattr(i, "name", None) or i.info.path for i in remote]
    assert all(n.startswith(uri) for n in named)


def test_spark_listing_of_relative_paths_reads_with_a_base_url(served):
    folder, base = served
    (folder / "day.paths").write_text("a.warc.gz\nnews.jsonl\n", encoding="utf-8")
    plan = plan_file(f"{base}/day.paths")
    assert plan.kind == LISTING
    assert [resolve_listed(p, base + "/") for p in plan.listed] == [
        f"{base}/a.warc.gz", f"{base}/news.jsonl"]
