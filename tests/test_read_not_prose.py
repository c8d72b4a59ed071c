"""Inputs that are not articles of prose (stranger trial 7): a saved script bundle is
refused as code, and a file named as a WARC archive that holds no WARC records is refused
with one line, never read as the page inside."""

from __future__ import annotations

import gzip
import time

from according.read import read_inputs
from according.read.inputs import InputError
from according.read.prose import not_prose

# a scrape that saved the page's script instead of the page: one long line of code
BUNDLE = "".join(
    f'function render{i}(e,t){{var r=props.cache(e);if(!r)return t&&t({i});'
    f'for(var o=0;o<r.length;o++){{r[o]=node(r[o],"state_{i}")}}return r}};'
    for i in range(4000))
STORY = """Flood waters rise in river town

RIVERTON (Reuters) - Flood waters rose again on Friday in the river town of Riverton,
where 12 people have died since Tuesday, the mayor said.

Engineers said the levee had held overnight but warned that the water (now 6.2 m at the
gauge) could top it by Sunday. "We are doing what we can," said Mayor Ana Ortiz.
"""


def _errors(results):
    return [r for r in results if isinstance(r, InputError)]


def test_a_saved_script_bundle_is_refused_as_code_quickly(tmp_path):
    path = tmp_path / "saved_page.txt"
    path.write_text("!function(){\"use strict\";" + BUNDLE + "}();", "utf-8")
    started = time.monotonic()
    results = list(read_inputs([str(path)]))
    assert time.monotonic() - started < 5
    [error] = results
    assert isinstance(error, InputError) and error.name == str(path)
    assert "not prose" in error.reason and "\n" not in error.reason


def test_css_is_code_and_a_story_is_prose():
    css = "".join(f".c{i}{{margin:0 {i}px;color:#{i:03x}}}@media(max-width:{i}px)"
                  f"{{.c{i}>a[href]{{display:none}}}}" for i in range(300))
    assert not_prose(css)
    assert not_prose(STORY) is None
    # a story quoting a line of code, or a table of results, is still prose
    assert not_prose(STORY + "\nThe bug was one line: if (x = 0) { return; }\n") is None
    assert not_prose("Results\n" + "\n".join(f"Ward {i} | 1{i}4 | 2{i}1 | 98"
                                             for i in range(1, 30)) + "\n" + STORY) is None


def test_a_warc_named_file_holding_a_gzipped_page_is_refused_in_one_line(tmp_path):
    page = ("<!DOCTYPE html><html><head><title>Flood update</title>"
            '<link rel="canonical" href="https://example.org/floods/update-2"></head>'
            "<body><article><h1>Flood update</h1>" +
            "".join(f"<p>{line}</p>" for line in STORY.splitlines() if line) +
            "</article></body></html>")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(page.encode("utf-8")))
    results = list(read_inputs([str(path)]))
    assert len(results) == 1 and _errors(results) == results
    assert "no WARC records" in results[0].reason and "HTML page" in results[0].reason
    # the same bytes under a gzip name are the page they hold
    other = tmp_path / "update.html.gz"
    other.write_bytes(path.read_bytes())
    assert not _errors(read_inputs([str(other)]))
