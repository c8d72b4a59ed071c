"""Every hostile input of issue 8 (and those the fuzzing found) as a regression test: each
gives a record or a one-line error, and the rest of its batch is intact.

The full-size reproducers (a 5 MB text, 50,000 brackets, 20,000 HTML paragraphs) run in the
long profile (`pytest -m fuzz`), held to the per-article budget in CPU seconds and memory;
the normal run checks the same paths with the budget made small.
"""

from __future__ import annotations

import io
import json
import resource
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import according
from according import budget
from according.cli import app
from according.extract import extract_inputs
from according.nlp import LONG_RUN, RunSafeTokenizer, load_pipeline
from according.read import ArticleInput, InputError, read_inputs
from according.read.inputs import DEFAULT_MAX_BYTES
from according.records import Record, iter_spans
from tests.fuzz_inputs import contract_breaks

BODY = ("The minister said on Tuesday that the new bridge would open next spring, "
        "according to officials. “We were told it was safe,” Margaret Ellis said. ")
BUDGET_CPU_S = 30.0
BUDGET_MEMORY_MB = 1536


def run_all(*paths: Path | str) -> list[Record | InputError]:
    results = list(extract_inputs(read_inputs([str(p) for p in paths])))
    for result in results:
        assert contract_breaks(result) == []
    return results


def records(results: list[Record | InputError]) -> list[Record]:
    return [r for r in results if isinstance(r, Record)]


def errors(results: list[Record | InputError]) -> list[InputError]:
    return [r for r in results if isinstance(r, InputError)]


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-article budget made small, so its paths run in a second."""
    monkeypatch.setattr(budget, "MAX_ANALYSED_TOKENS", 2_000)
    monkeypatch.setattr(budget, "MAX_ANALYSED_CHARS", 12_000)


# --- 1. lone surrogates -------------------------------------------------------------------


def write_surrogate_jsonl(path: Path) -> Path:
    lines = [json.dumps({"text": BODY + " first"}),
             '{"text": "' + BODY + ' \\ud800 lone"}',
             '{"text": "' + BODY + ' second", "headline": "\\udfff bad", "url": "http://x/\\ud800"}',
             json.dumps({"text": BODY + " third"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_fuzz_reproducer_jsonl_lone_surrogate_gives_record_with_warning(tmp_path: Path) -> None:
    got = run_all(write_surrogate_jsonl(tmp_path / "items.jsonl"))
    assert [type(r).__name__ for r in got] == ["Record"] * 4
    lone = got[1]
    assert isinstance(lone, Record)
    at = len(BODY) + 1
    assert lone.text[at] == "\ufffd" and lone.text[:at] == BODY + " "
    assert any("lone surrogate" in w for w in lone.warnings)
    assert got[2].input.url == "http://x/\ufffd"


def test_fuzz_reproducer_jsonl_lone_surrogate_does_not_stop_ingest(tmp_path: Path) -> None:
    from according.ledger import open_ledger

    items = write_surrogate_jsonl(tmp_path / "items.jsonl")
    later = tmp_path / "later.txt"
    later.write_text(BODY + " A later input.", encoding="utf-8")
    with open_ledger(tmp_path / "ledger.duckdb") as ledger:
        summary = ledger.ingest([items, later])
    assert (summary.added, summary.failed) == (5, 0)
    # the command of the issue ("ingest stopped: 'utf-8' codec can't encode", exit 2)
    db = str(tmp_path / "cli.duckdb")
    result = CliRunner().invoke(app, ["ingest", str(items), str(later), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[-1])["added"] == 5
    rerun = CliRunner().invoke(app, ["ingest", str(items), str(later), "--db", db, "-q"])
    assert rerun.exit_code == 0 and json.loads(rerun.stdout.splitlines()[-1])["skipped"] == 5


def test_fuzz_reproducer_cli_prints_records_of_surrogate_lines(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(write_surrogate_jsonl(tmp_path / "i.jsonl")),
                                      "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 4


def test_fuzz_reproducer_api_text_with_lone_surrogate_keeps_offsets() -> None:
    record = according.extract(BODY + "\ud800" + BODY)
    assert record.text == BODY + "\ufffd" + BODY
    assert record.to_dict()["id"] == record.id  # hashable: the text encodes


def test_fuzz_reproducer_undecodable_file_name_is_shown_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with open(bytes(folder) + b"/caf\xe9.txt", "wb") as out:
        out.write(BODY.encode())
    with open(bytes(folder) + b"/bin\xff.dat", "wb") as out:
        out.write(b"\x00\x01" * 50)
    got = run_all(folder)
    assert [str(e) for e in errors(got)] == [f"according: {folder}/bin\\xff.dat: binary file"]
    assert records(got)[0].input.path == f"{folder}/caf\\xe9.txt"


# --- 2. texts near and over spaCy's length limit ----------------------------------------


def test_fuzz_reproducer_text_over_spacy_max_length_is_analysed_up_to_budget(
        small_budget: None, tmp_path: Path) -> None:
    text = "\n\n".join([BODY] * 8000)  # 1.3 million characters: spaCy's E088 before
    assert len(text) > 1_000_000
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    (record,) = run_all(path)
    assert isinstance(record, Record) and record.text == text
    (warning,) = [w for w in record.warnings if "per-article budget" in w]
    cut = int(warning.split("characters 0-")[1].split(" ")[0].replace(",", ""))
    assert 5_000 <= cut <= 12_000 and text[cut - 2 : cut] == "\n\n"  # 2,000 tokens
    spans = iter_spans(record)
    assert spans and max(s.end for _, s in spans) <= cut
    assert max(r.end for r in record.regions) <= cut
    assert len(record.attributions) >= 20  # the analysed part is analysed in full


def test_fuzz_reproducer_budget_cuts_at_token_limit(small_budget: None) -> None:
    nlp = load_pipeline()
    doc = budget.analysed_doc(nlp, "word " * 5_000)
    assert len(doc) <= 2_000 and doc.text == ("word " * 5_000)[: len(doc.text)]


def test_fuzz_reproducer_text_within_budget_is_analysed_whole() -> None:
    nlp = load_pipeline()
    text = BODY * 50
    assert budget.analysed_doc(nlp, text).text == text


def test_fuzz_reproducer_parser_out_of_memory_costs_one_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under a memory limit the whole run died with a traceback: now the article the parser
    runs out of memory on is its own one-line error, and the batch around it goes on."""
    from according.extract import article_pipeline

    nlp = article_pipeline(None)
    pipe = nlp.pipe

    def starved(docs, **kwargs):  # noqa: ANN001, ANN003, ANN202
        for doc in pipe(docs, **kwargs):
            if "Kestrelford" in doc.text:
                raise MemoryError("cannot allocate 3 GB")
            yield doc

    monkeypatch.setattr(nlp, "pipe", starved)
    for n, town in enumerate(["Aldermoor", "Kestrelford", "Brightwater"]):
        (tmp_path / f"{n}.txt").write_text(f"{BODY} The bridge at {town} is shut.")
    got = run_all(tmp_path)
    assert [type(r).__name__ for r in got] == ["Record", "InputError", "Record"]
    assert str(got[1]) == (f"according: {tmp_path / '1.txt'}: parsing failed: "
                           "MemoryError('cannot allocate 3 GB')")
    assert got[2].attributions


def test_fuzz_reproducer_worker_killed_for_memory_costs_one_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With worker processes, one killed (as the kernel kills a process out of memory) broke
    the pool and stopped the run: now only the article it was reading is lost."""
    import importlib
    import os
    import signal

    extract = importlib.import_module("according.extract")  # the module, not the function
    parent, build = os.getpid(), extract._build_record

    def killing(doc, article, *args):  # noqa: ANN001, ANN002, ANN202
        if "Kestrelford" in article.text and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return build(doc, article, *args)

    monkeypatch.setattr(extract, "_build_record", killing)  # workers are forked after this
    towns = ["Aldermoor", "Brightwater", "Kestrelford", "Dunmore", "Eastwick", "Fallow",
             "Glenholm", "Harrow", "Ivybridge", "Jarrow"]
    for n, town in enumerate(towns):
        (tmp_path / f"{n}.txt").write_text(f"{BODY} The bridge at {town} is shut.")
    # batches of 2, then of 1: batches given after the pool broke are run too
    for size in (2, 1):
        got = list(extract_inputs(read_inputs([str(tmp_path)]), workers=2, batch_size=size))
        assert [type(r).__name__ for r in got] == ["Record"] * 2 + ["InputError"] + ["Record"] * 7
    assert str(got[2]).startswith(f"according: {tmp_path / '2.txt'}: its worker process died")
    assert [r.text.split("at ")[-1] for r in records(got)] == [
        f"{town} is shut." for town in towns if town != "Kestrelford"]


def test_fuzz_reproducer_workers_that_cannot_start_stop_the_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pipeline that will not load in the workers is no article's fault: the run stops
    with one reason, rather than every article failing."""
    import importlib

    extract = importlib.import_module("according.extract")

    def cannot_load(model: str | None) -> None:
        raise OSError("no pipeline named nope")

    monkeypatch.setattr(extract, "_worker_init", cannot_load)
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(BODY)
    with pytest.raises(RuntimeError, match="worker processes cannot start"):
        list(extract_inputs(read_inputs([str(tmp_path)]), workers=2, batch_size=1))


# --- 3. runs of brackets and quote marks --------------------------------------------------


@pytest.mark.parametrize("run", ["{" * 8000, "(" * 50_000, "“" * 10_000, "'" * 3000,
                                 "x " + "[" * 300 + " y", '."' * 4000])
def test_fuzz_reproducer_tokenizer_never_sees_a_long_run(run: str) -> None:
    seen: list[str] = []
    inner = load_pipeline().tokenizer.tokenizer

    def recording(text: str):  # noqa: ANN202
        seen.append(text)
        return inner(text)

    doc = RunSafeTokenizer(recording)(run)
    assert doc.text == run
    longest = max(len(part) for text in seen for part in text.split())
    assert longest <= LONG_RUN


def test_fuzz_reproducer_tokenizer_leaves_normal_text_to_spacy() -> None:
    nlp = load_pipeline()
    text = BODY + " See https://example.com/" + "a" * 100 + " for more."
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


def test_fuzz_reproducer_bracket_run_gives_exact_record() -> None:
    text = BODY + "{" * 8000 + "\n\n" + BODY
    record = according.extract(text)
    assert record.text == text and record.attributions


# --- 4. many tiny paragraphs ----------------------------------------------------------------


def test_fuzz_reproducer_paragraph_breaks_start_sentences() -> None:
    doc = load_pipeline()("a\n\n" * 3000 + "He said it.\nShe agreed")
    starts = [t.i for t in doc if t.is_sent_start]
    assert len(starts) >= 3000
    assert [s.text for s in doc.sents][-2:] == ["He said it.\n", "She agreed"]


def test_fuzz_reproducer_many_tiny_html_paragraphs_give_a_record_in_batch(
        tmp_path: Path) -> None:
    (tmp_path / "0.html").write_text(f"<html><body><article><p>{BODY}</p></article></body></html>")
    (tmp_path / "1.html").write_text("<html><body>" + "<p>a</p>" * 2_000 + "</body></html>")
    (tmp_path / "2.txt").write_text(f"{BODY} The bridge is shut.")  # no one-line headline
    got = run_all(tmp_path)
    # 2,000 one-letter paragraphs hold no sentence: refused by name, and the batch goes on
    # (a one-paragraph story with no heading of its own is still an article)
    assert [type(r).__name__ for r in got] == ["Record", "InputError", "Record"]
    assert str(got[1]) == (f"according: {tmp_path / '1.html'}: no article text (only "
                           "headings, menus and links)")
    assert got[2].attributions


def test_fuzz_reproducer_html_over_element_budget_is_one_error(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body>" + "<p>a</p>" * 60_000 + "</body></html>")
    fine = tmp_path / "story.txt"
    fine.write_text(BODY)
    got = run_all(tmp_path)
    assert [str(e) for e in errors(got)] == [
        f"according: {page}: an HTML page of 60,002 elements, over the per-article budget "
        "of 50,000"]
    assert len(records(got)) == 1


# --- 5. feeds: dates at the calendar's ends, references to no character ------------------


def rss(*items: str) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>The Chronicle</title>{''.join(items)}</channel></rss>").encode()


def item(n: int, date: str = "Mon, 03 Feb 2025 16:30:00 +0300", extra: str = "",
         title: str = "") -> str:
    return (f"<item><title>{title or f'Story {n}'}</title><link>http://x/{n}</link>"
            f"<pubDate>{date}</pubDate><content:encoded><![CDATA[<p>{BODY} {extra} {n}</p>]]>"
            "</content:encoded></item>")


@pytest.mark.parametrize("date", ["Fri, 31 Dec 9999 23:30:00 -0300",
                                  "Mon, 01 Jan 0001 00:10:00 +0300"])
def test_fuzz_reproducer_feed_date_out_of_range_costs_only_the_date(tmp_path: Path,
                                                                      date: str) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(item(1), item(2, date), item(3)))
    got = run_all(feed)
    assert [type(r).__name__ for r in got] == ["Record"] * 3
    assert got[1].metadata.published is None
    assert any("outside the calendar" in w and date in w for w in got[1].warnings)
    assert got[2].metadata.published == "2025-02-03T13:30:00+00:00"


@pytest.mark.parametrize("where", ["title", "content", "date"])
def test_fuzz_reproducer_feed_reference_to_a_surrogate_costs_nothing(tmp_path: Path,
                                                                      where: str) -> None:
    bad = {"title": item(2, title="Story &#xD800; two"),
           "content": item(2, extra="&#xD800; &#55296; &#0;"),
           "date": item(2, date="Mon, 03 Feb 2025 16:30:00 +0300 &#xD800;")}[where]
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(item(1), bad, item(3)))
    got = run_all(feed)
    assert [type(r).__name__ for r in got] == ["Record"] * 3


def test_fuzz_reproducer_feed_refused_whole_is_read_entry_by_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import feedparser

    parse = feedparser.parse

    def picky(data: bytes):  # noqa: ANN202 - raises as feedparser does on some markup
        if b"Story 2" in data:
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
        return parse(data)

    monkeypatch.setattr(feedparser, "parse", picky)
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(item(1), item(2), item(3)))
    got = run_all(feed)
    assert [type(r).__name__ for r in got] == ["Record", "InputError", "Record"]
    assert str(got[1]).startswith(f"according: {feed} entry 2: could not be read (Unicode")
    assert got[2].metadata.outlet == "The Chronicle"


def test_fuzz_reproducer_publication_at_calendar_end_keeps_times(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps({"text": BODY + " It was built in 1987 and repaired last week.",
                                 "published": "0001-01-01T00:00:00Z"}))
    (record,) = run_all(items)
    assert {t.span.text for t in record.times} >= {"Tuesday", "1987", "last week"}
    assert record.metadata.published is None
    assert any("0001-01-01T00:00:00Z" in w and "outside the calendar" in w
               for w in record.warnings)


def test_fuzz_reproducer_html_published_at_calendar_ends_keeps_page_and_times(
        tmp_path: Path) -> None:
    stamps = ["0001-01-01T00:00:00+05:00", "9999-12-31T23:30:00-03:00", "2024-05-14T03:50:00Z"]
    for n, stamp in enumerate(stamps):
        (tmp_path / f"{n}.html").write_text(
            f'<html><head><meta property="article:published_time" content="{stamp}"></head>'
            f"<body><article><p>{BODY} It was built in 1987 and repaired last week.</p>"
            f"<p>{BODY}</p></article></body></html>")
    got = run_all(tmp_path)
    assert [type(r).__name__ for r in got] == ["Record"] * 3
    for record, stamp in zip(got[:2], stamps, strict=False):
        assert record.metadata.published is None and record.attributions
        assert {t.span.text for t in record.times} >= {"Tuesday", "1987", "last week"}
        assert any(stamp in w and "out of range" in w for w in record.warnings)
    assert got[2].metadata.published == "2024-05-14T03:50:00+00:00"


# --- 8. nesting past the stack; NUL-only text -------------------------------------------


def test_fuzz_reproducer_deep_json_nesting_is_no_recursion_error(small_budget: None) -> None:
    try:
        record = according.extract('{"text": ' + "[" * 100_000)
    except ValueError as err:  # refused as no article is fine; a RecursionError is not
        assert "\n" not in str(err)
    else:
        assert record.text.startswith('{"text": [[[')


def test_fuzz_reproducer_deep_json_line_is_that_line_error(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text("\n".join([json.dumps({"text": BODY}), '{"text": ' + "[" * 100_000,
                                json.dumps({"text": BODY + " again"})]))
    got = run_all(items)
    assert [type(r).__name__ for r in got] == ["Record", "InputError", "Record"]
    assert str(got[1]) == f"according: {items} line 2: not valid JSON (nested too deeply to read)"


def test_fuzz_reproducer_nul_text_refused_by_api_cli_and_jsonl(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="binary"):
        according.extract("\x00" * 10)
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"\x00" * 10)
    result = CliRunner().invoke(app, ["extract", str(nul)])
    assert result.exit_code == 1 and "binary" in result.stderr
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps({"text": BODY}) + "\n" + json.dumps({"text": "\x00\x00"}))
    assert "binary" in str(run_all(items)[1])


# --- WARC damaged part-way ---------------------------------------------------------------


def warc_members(count: int, ids: tuple[str, ...] = ()) -> list[bytes]:
    """A gzipped WARC of `count` HTML responses, one gzip member per record (record ids
    `ids`, else fixed ones)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    members = []
    for n in range(count):
        out = io.BytesIO()
        writer = WARCWriter(out, gzip=True)
        page = f"<html><body><article><p>{BODY} Page {n}.</p><p>{BODY}</p></article></body></html>"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        # fixed ids and dates: a random record id moved where "cut short" fell, and about 1
        # run in 60 (then; 1 in 400 of these pages) cut the second member so that it read
        # on into the third (test_..._member_that_reads_on_into_the_next_is_reported)
        uid = ids[n] if ids else f"00000000-0000-4000-8000-{n:012d}"
        headers = {"WARC-Record-ID": f"<urn:uuid:{uid}>",
                   "WARC-Date": "2026-11-27T12:00:00Z"}
        writer.write_record(writer.create_warc_record(
            f"http://example.com/{n}", "response", payload=io.BytesIO(page.encode()),
            http_headers=http, warc_headers_dict=headers))
        members.append(out.getvalue())
    return members


def test_fuzz_reproducer_warc_damaged_part_way_keeps_what_was_read(tmp_path: Path) -> None:
    first, second, third = warc_members(3)
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(first + second[: len(second) // 2] + third)  # the second cut short
    got = run_all(crawl)
    assert isinstance(got[0], Record) and got[0].input.url == "http://example.com/0"
    assert got[1:] and all(isinstance(e, InputError) for e in got[1:])
    assert "damaged after 1 HTML record" in str(got[-1]) or "#2" in str(got[1])


def test_fuzz_reproducer_warc_member_that_reads_on_into_the_next_is_reported(
        tmp_path: Path) -> None:
    """These record ids put the cut where the second member's gzip stream reads on into
    the third: warcio gave a record whose headers stop part-way (no Content-Length),
    which was skipped as not HTML, and the third was swallowed: one article and no
    error, two pages lost unnoticed."""
    ids = ("838dea40-d0f4-4c2b-aed1-169cb0149a22", "c2d857c8-dc02-4a63-94b6-21af6eb08ecd",
           "367ba48b-2d54-4d8b-a195-924816c9e50a")
    first, second, third = warc_members(3, ids)
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(first + second[: len(second) // 2] + third)
    got = run_all(crawl)
    assert isinstance(got[0], Record) and got[0].input.url == "http://example.com/0"
    assert got[1:] and all(isinstance(e, InputError) for e in got[1:])
    assert "damaged after 1 HTML record" in str(got[1])
    assert "http://example.com/1" in str(got[1]) and "\n" not in str(got[1])


# --- the full-size reproducers, held to the per-article budget --------------------------


def within_budget(make: object) -> object:
    """Run `make()`; assert it took at most the per-article CPU time and memory."""
    before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu = time.process_time()
    result = make()  # type: ignore[operator]
    spent = time.process_time() - cpu
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_kb) / 1024
    assert spent <= BUDGET_CPU_S, f"{spent:.1f} s of CPU"
    assert grown_mb <= BUDGET_MEMORY_MB, f"memory grew by {grown_mb:.0f} MB"
    return result


@pytest.mark.fuzz
@pytest.mark.parametrize("size", [990_000, DEFAULT_MAX_BYTES], ids=["990k-chars", "5MB-limit"])
def test_fuzz_reproducer_full_size_long_text_within_budget(tmp_path: Path, size: int) -> None:
    text = ("\n\n".join([BODY] * (size // len(BODY) + 1)))[:size]
    text = text.encode("utf-8")[:DEFAULT_MAX_BYTES].decode("utf-8", "ignore")  # at the limit
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    load_pipeline()
    according.extract("Warm-up: the minister said so.")
    (record,) = within_budget(lambda: run_all(path))  # type: ignore[misc]
    assert record.text == text and record.attributions


@pytest.mark.fuzz
@pytest.mark.parametrize("text", ["{" * 8000, "(" * 50_000, "“" * 10_000,
                                  '{"text": ' + "[" * 100_000, "He said it. " * 8000],
                         ids=["braces", "parens", "quotes", "json-nesting", "said"])
def test_fuzz_reproducer_full_size_runs_within_budget(text: str) -> None:
    according.extract("Warm-up: the minister said so.")
    within_budget(lambda: according.extract(text))


@pytest.mark.fuzz
def test_fuzz_reproducer_full_size_tiny_html_paragraphs_within_budget() -> None:
    according.extract("Warm-up: the minister said so.")
    page = "<html><body>" + "<p>a</p>" * 20_000 + "</body></html>"
    within_budget(lambda: according.extract(page))


def test_fuzz_reproducer_article_input_cleans_every_field() -> None:
    from according.records import InputInfo, Metadata

    got = ArticleInput("a\ud800b", InputInfo("n\udce9", "u\ud800"),
                       Metadata(headline="h\udfff", byline=("x\ud800",)), ("w\ud800",))
    assert (got.text, got.info.path, got.info.url) == ("a\ufffdb", "n\\xe9", "u\ufffd")
    assert got.hints is not None
    assert (got.hints.headline, got.hints.byline) == ("h\ufffd", ("x\ufffd",))
    json.dumps([got.text, got.warnings], ensure_ascii=False).encode("utf-8")
