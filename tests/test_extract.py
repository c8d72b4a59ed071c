"""End-to-end: article inputs -> records that keep the contract."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

import according
from according.extract import extract_inputs
from according.read import InputError, read_inputs
from according.records import Record, iter_spans
from tests.conftest import DEMO, EXAMPLE, SHARED, needs_shared

HTML_PAGE = """<!doctype html>
<html lang="en"><head>
<title>Port strike enters second week as talks stall | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Tom Reyes">
<meta property="article:published_time" content="2024-03-04T09:15:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Port strike enters second week as talks stall</h1>
<p>Dock workers at the port of Eastmouth will stay on strike for at least another week,
union leaders said on Monday, after talks with the port operator broke down.</p>
<p>“We have offered a fair deal and it has been rejected twice,” said Anna Lindqvist,
the union’s regional secretary. “Our members will not go back for less.”</p>
<p>The operator said in a statement that more than 40 ships were waiting to unload and
that the dispute was costing the regional economy about £5m a day.</p>
<p>According to the harbour authority, some 1,200 containers a day would normally pass
through the port.</p>
</article>
<footer>Sign up to our newsletter. Copyright 2024 The Harbour Gazette.</footer>
</body></html>"""


@pytest.fixture(scope="module")
def demo_record() -> Record:
    return according.extract(DEMO.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def example_record() -> Record:
    needs_shared(EXAMPLE)
    [record] = list(extract_inputs(read_inputs([str(EXAMPLE)])))
    assert isinstance(record, Record), record
    return record


def _assert_spans_point_into_text(record: Record) -> None:
    for where, span in iter_spans(record):
        assert record.text[span.start:span.end] == span.text, where
    for region in record.regions:
        assert 0 <= region.start <= region.end <= len(record.text)


def test_extract_demo_spans_point_into_text(demo_record: Record) -> None:
    _assert_spans_point_into_text(demo_record)
    assert demo_record.attributions and demo_record.quantities and demo_record.times


def test_extract_example_spans_point_into_text(example_record: Record) -> None:
    _assert_spans_point_into_text(example_record)


def test_extract_plain_text_record_text_is_the_file(example_record: Record) -> None:
    assert example_record.text == EXAMPLE.read_bytes().decode("utf-8")
    assert example_record.input.format == "text"
    assert example_record.input.path == str(EXAMPLE)


def test_extract_id_is_sha256_of_text(demo_record: Record) -> None:
    digest = hashlib.sha256(demo_record.text.encode("utf-8")).hexdigest()
    assert demo_record.to_dict()["id"] == f"sha256:{digest}"


def test_extract_record_round_trips_through_json(demo_record: Record) -> None:
    data = json.loads(json.dumps(demo_record.to_dict()))
    assert Record.from_dict(data) == demo_record


def test_extract_example_metadata(example_record: Record) -> None:
    md = example_record.metadata
    assert md.byline == ("John Bowden",)
    assert md.dateline == "Washington DC"
    assert md.published == "2024-05-14T02:50:00+00:00"
    assert md.outlet == "The Independent"
    assert md.credits == ("The Associated Press",)
    assert md.headline and md.headline.startswith("US is ‘helping Israel target Hamas leaders’")


def test_extract_example_finds_attributed_death_toll(example_record: Record) -> None:
    by_id = {a.id: a for a in example_record.attributions}
    [toll] = [q for q in example_record.quantities if q.value == 35000 and q.low == 35000]
    assert toll.attribution is not None
    assert "health authority" in (by_id[toll.attribution].source.span.text)


def test_extract_example_resolves_sunday(example_record: Record) -> None:
    sundays = [t for t in example_record.times if "Sunday" in t.span.text]
    assert sundays and all(t.value == "2024-05-12" for t in sundays)


@pytest.mark.parametrize("fixture", ["demo_record", "example_record"])
def test_extract_records_pass_the_shared_checker(fixture, request, tmp_path) -> None:
    checker = SHARED / "tools" / "check_record.py"
    needs_shared(checker)
    record = request.getfixturevalue(fixture)
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record.to_dict(), ensure_ascii=False), encoding="utf-8")
    done = subprocess.run([sys.executable, str(checker), str(path)], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_extract_html_through_the_api() -> None:
    record = according.extract(HTML_PAGE, url="https://www.harbourgazette.example/news/strike")
    assert record.input.format == "html"
    assert record.input.url == "https://www.harbourgazette.example/news/strike"
    assert "Anna Lindqvist" in record.text
    assert "<p>" not in record.text
    assert record.metadata.published == "2024-03-04T09:15:00+00:00"
    speakers = [a.source.span.text for a in record.attributions if a.source.span]
    assert any(s.startswith("Anna Lindqvist") for s in speakers), speakers
    _assert_spans_point_into_text(record)


@pytest.mark.parametrize("bad", ["", "   \n\n  "])
def test_extract_api_refuses_empty_text(bad: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        according.extract(bad)


def test_extract_inputs_passes_errors_through_in_order(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(DEMO.read_text(encoding="utf-8"), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    results = list(extract_inputs(read_inputs([str(empty), str(good)])))
    assert isinstance(results[0], InputError) and "empty.txt" in results[0].name
    assert isinstance(results[1], Record)


def test_extract_inputs_with_workers_matches_one_process(tmp_path) -> None:
    texts = DEMO.read_text(encoding="utf-8").split("\n\n")
    paths = []
    for i in range(4):
        p = tmp_path / f"a{i}.txt"
        p.write_text("\n\n".join(texts[: 8 + i]), encoding="utf-8")
        paths.append(str(p))
    one = list(extract_inputs(read_inputs(paths), batch_size=2))
    two = list(extract_inputs(read_inputs(paths), batch_size=2, workers=2))
    assert [r.to_dict() for r in one] == [r.to_dict() for r in two]


def test_extract_jsonl_unreadable_published_becomes_a_warning(tmp_path) -> None:
    lines = tmp_path / "items.jsonl"
    text = DEMO.read_text(encoding="utf-8")
    lines.write_text(json.dumps({"text": text, "published": "last Tuesday-ish"}) + "\n",
                     encoding="utf-8")
    [record] = list(extract_inputs(read_inputs([str(lines)])))
    assert isinstance(record, Record)
    assert any("last Tuesday-ish" in w and "not a date" in w for w in record.warnings)


def test_extract_relative_times_count_from_the_local_day() -> None:
    text = (
        "Council chief quits after budget row\n\nAmy Lee\nLondon\n"
        "Tuesday 14 May 2024 00:30 BST\n\n"
        "The leader of Westford council resigned last night after a row over the budget, "
        "colleagues said. She had been in the post for six years.\n"
    )
    record = according.extract(text)
    assert record.metadata.published == "2024-05-13T23:30:00+00:00"
    [night] = [t for t in record.times if "night" in t.span.text]
    assert night.value == "2024-05-13"


EVENING_PAGE = """<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>Mayor of Pine Hollow steps down</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-05-14T03:30:00Z"></head><body>
<article><h1>Mayor of Pine Hollow steps down</h1>
<div class="article-meta"><span class="byline">By Jo Marsh</span>
<span class="date">May 13, 2024 at 11:30 p.m.</span></div>
<p>The mayor of Pine Hollow resigned yesterday after a row over the town budget, two council
members said. She had been in the post for six years.</p>
<p>Her deputy will lead the council until an election in the autumn, the town clerk said.</p>
</article></body></html>"""


def test_extract_relative_times_count_from_the_clock_the_page_shows() -> None:
    # the page shows its local clock without a zone (11:30 p.m., 03:30 UTC the next day):
    # "yesterday" counts from the page's day, 13 May, not the UTC one
    record = according.extract(EVENING_PAGE)
    assert record.metadata.published == "2024-05-14T03:30:00+00:00"
    [yesterday] = [t for t in record.times if "yesterday" in t.span.text]
    assert yesterday.value == "2024-05-12"


def test_extract_furniture_lines_report_nothing() -> None:
    text = (
        "Library cuts to go ahead, council confirms\n\n"
        "Priya Shah\nLeeds\nFriday 7 June 2024 11:00 BST\n\n"
        "Related: Publisher warns of further cuts to local news\n\n"
        "Leeds council will close four branch libraries next year, its leader said on "
        "Thursday, blaming a shortfall of £12m in the city's budget.\n\n"
        "Sign up to our newsletter\n"
    )
    record = according.extract(text)
    related = [r for r in record.regions if r.kind == "related"]
    assert related, record.regions
    cues = [a.cue for a in record.attributions if a.cue]
    assert any(c.text == "said" for c in cues)
    assert not any(r.start <= c.start < r.end for r in related for c in cues)


def test_extract_a_failing_figure_stage_keeps_the_record(monkeypatch) -> None:
    import according.quantities

    def broken(*args: object) -> tuple:
        raise ValueError("no digits today")

    monkeypatch.setattr(according.quantities, "find_quantities", broken)
    record = according.extract(DEMO.read_text(encoding="utf-8"))
    assert record.quantities == ()
    assert record.attributions and record.times
    assert any("figures could not be read" in w and "no digits today" in w
               for w in record.warnings)


def test_extract_an_attribution_failure_costs_one_article_only(monkeypatch, tmp_path) -> None:
    import according.attribution.component as component

    real = component.find_attributions

    def fragile(doc):  # noqa: ANN001, ANN202
        if "Kestrelford" in doc.text:
            raise RuntimeError("parser gave up")
        return real(doc)

    monkeypatch.setattr(component, "find_attributions", fragile)
    bad = tmp_path / "bad.txt"
    bad.write_text(DEMO.read_text(encoding="utf-8").replace("Aldermoor", "Kestrelford"),
                   encoding="utf-8")
    results = list(extract_inputs(read_inputs([str(bad), str(DEMO)])))
    assert all(isinstance(r, Record) for r in results)
    broken, fine = results
    assert broken.attributions == () and broken.quantities
    assert any("attributions could not be read" in w for w in broken.warnings)
    assert fine.attributions
