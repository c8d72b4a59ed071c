"""Input readers: plain text, HTML, WARC, feeds, JSON Lines, and every error (according.read)."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from according.read import (
    DEFAULT_MAX_BYTES,
    ArticleInput,
    InputError,
    read_inputs,
    read_string,
)
from according.read.language import foreign_language
from according.read.sniff import sniff
from according.records import InputInfo
from tests.conftest import EXAMPLE, needs_shared

STORY = (
    "The Senate passed the spending bill on Tuesday after a long debate over the border "
    "and the budget, lawmakers said.\n\n"
    "“This is a good day for the country,” Senator John Thune said in a statement to "
    "reporters after the vote.\n\n"
    "The House is expected to take up the measure next week, aides said on Tuesday evening.\n"
)

PAGE = """<!doctype html>
<html lang="en"><head>
<title>Senate passes spending bill | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta name="author" content="Jane Smith">
<meta name="description" content="The vote was 51-49 after a week of talks.">
<meta property="article:published_time" content="2024-03-05T14:20:00-05:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Senate passes spending bill</h1>
<p>The Senate passed the spending bill on Tuesday after a long debate over the border and the
budget, lawmakers said.</p>
<p>“This is a good day for the country,” Senator John Thune said in a statement to reporters
after the vote.</p>
<p>The House is expected to take up the measure next week, aides said on Tuesday evening.</p>
</article><footer>Copyright 2024 The Daily Ledger</footer></body></html>
"""

GERMAN = (
    "Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen, das die Mieten in den "
    "großen Städten begrenzen soll. Der Minister sagte, man wolle damit vor allem Familien "
    "entlasten, die seit Jahren unter den steigenden Preisen leiden. Die Opposition "
    "kritisierte den Entwurf als zu schwach und kündigte Widerstand im Bundestag an."
)
FRENCH = (
    "Le gouvernement a annoncé mardi une nouvelle loi pour limiter les loyers dans les grandes "
    "villes. Le ministre a déclaré qu'il voulait surtout aider les familles qui souffrent depuis "
    "des années de la hausse des prix. L'opposition a jugé le projet trop faible."
)
RUSSIAN = (
    "Правительство во вторник объявило о новом законе, который ограничит арендную плату в "
    "крупных городах. Министр заявил, что прежде всего хочет помочь семьям, которые годами "
    "страдают от роста цен. Оппозиция назвала проект слишком слабым и обещала бороться."
)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>The Daily Ledger</title>
  <id>urn:ledger</id><updated>2024-03-05T20:00:00Z</updated>
  <entry>
    <title>Senate passes spending bill</title>
    <link href="https://ledger.example/senate-bill"/>
    <id>urn:1</id><published>2024-03-05T14:20:00-05:00</published><updated>2024-03-05T14:20:00-05:00</updated>
    <author><name>Jane Smith</name></author>
    <content type="html">&lt;p&gt;The Senate passed the spending bill on Tuesday after a long
      debate over the border and the budget, lawmakers said.&lt;/p&gt;&lt;p&gt;“This is a good
      day for the country,” Senator John Thune said in a statement to reporters after the
      vote.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Teaser only</title>
    <link href="https://ledger.example/teaser"/>
    <id>urn:2</id><updated>2024-03-05T15:00:00Z</updated>
    <summary>A short teaser for a story.</summary>
  </entry>
</feed>
"""


def article(result: ArticleInput | InputError) -> ArticleInput:
    assert isinstance(result, ArticleInput), str(result)
    return result


def error(result: ArticleInput | InputError) -> InputError:
    assert isinstance(result, InputError), f"expected an error, got {result!r:.200}"
    return result


def write_warc(path: Path, records: list[tuple[str, str, bytes]], *, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))
        writer.write_record(writer.create_warc_record(
            "https://ledger.example/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


# Plain text.


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (STORY.encode(), STORY),
        (STORY.replace("\n", "\r\n").encode(), STORY.replace("\n", "\r\n")),
        (b"\xef\xbb\xbf" + STORY.encode(), STORY),  # a UTF-8 BOM is the one thing dropped
        (STORY.replace("“", "\x93").replace("”", "\x94").encode("utf-8").replace(
            b"\xc2\x93", b"\x93").replace(b"\xc2\x94", b"\x94"), STORY),  # cp1252 quotes
        (STORY.encode("utf-16"), STORY),
    ],
)
def test_read_text_decodes_unchanged(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    [result] = read_inputs([str(path)])
    got = article(result)
    assert got.text == text
    assert (got.info.path, got.info.format, got.hints) == (str(path), "text", None)


def test_read_text_example_article_unchanged() -> None:
    needs_shared(EXAMPLE)
    [result] = read_inputs([str(EXAMPLE)])
    assert article(result).text == EXAMPLE.read_bytes().decode("utf-8")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        (b"", "empty"),
        (b"  \n\n\t \r\n", "empty"),
        (b"The council said \x81\x8d\x8f\x90 it would" * 3, "not valid UTF-8 (or cp1252)"),
        (GERMAN.encode(), "not English (looks like German)"),
        (FRENCH.encode(), "not English (looks like French)"),
        (RUSSIAN.encode(), "not English (looks like Russian)"),
    ],
)
def test_read_text_refuses_with_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [result] = read_inputs([str(path)])
    assert error(result).reason == reason
    assert str(result) == f"according: {path}: {reason}"


@pytest.mark.parametrize(("text", "language"), [
    ("Der Minister sagte nein.", "German"),
    ("Il presidente ha detto di no.", "Italian"),
    ("Biden wins", None),  # a headline of names is too little to refuse
    ("Angela Merkel", None),
    ("Hazel Wyatt\nEducation correspondent, BBC News", None),
    ("1234 5678", None),
    (STORY, None),
])
def test_read_language_short_texts_are_judged(text: str, language: str | None) -> None:
    assert foreign_language(text) == language


def test_read_short_german_on_stdin_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"Der Minister sagte nein."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [result] = read_inputs(["-"])
    assert str(result) == "according: <stdin>: not English (looks like German)"


def test_read_gzipped_text(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode()))
    [result] = read_inputs([str(path)])
    assert article(result).text == STORY


def test_read_damaged_gzip_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode())[:40])
    [result] = read_inputs([str(path)])
    assert (error(result).name, error(result).reason) == (
        str(path), "binary file (a damaged gzip archive)")


def test_read_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(STORY.encode() * 50)
    size = path.stat().st_size
    [result] = read_inputs([str(path)], max_bytes=1000)
    assert error(result).reason == f"over the size limit of 1,000 bytes ({size:,})"
    assert DEFAULT_MAX_BYTES == 5_000_000


def test_read_bad_input_does_not_stop_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".hidden").write_text(STORY, encoding="utf-8")
    results = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    names = [r.info.path if isinstance(r, ArticleInput) else r.name for r in results]
    assert names == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                     str(tmp_path / "sub" / "c.txt"), str(tmp_path / "missing.txt")]
    assert [type(r).__name__ for r in results] == [
        "ArticleInput", "InputError", "ArticleInput", "InputError"]


def test_read_directory_and_glob_walk_in_one_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("uk.txt", "sub/ap.txt", "a.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    want = [str(tmp_path / n) for n in ("a.txt", "sub/ap.txt", "uk.txt")]
    for spec in (str(tmp_path), str(tmp_path / "*"), str(tmp_path / "**")):
        assert [article(r).info.path for r in read_inputs([spec])] == want, spec


def test_read_glob_expands_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    results = list(read_inputs([str(tmp_path / "*.txt"), str(tmp_path / "*.none")]))
    assert [article(r).info.path for r in results[:2]] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert error(results[2]).reason == "no files match this pattern"


def test_read_stdin_gzipped(monkeypatch: pytest.MonkeyPatch) -> None:
    data = gzip.compress(STORY.encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [result] = read_inputs(["-"])
    assert article(result).text == STORY


def test_read_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    [result] = read_inputs(["-"])
    assert article(result).text == STORY
    assert result.info.path == "<stdin>"


# HTML.


def test_read_string_html_extracts_paragraphs_and_hints() -> None:
    got = article(read_string(PAGE, url="https://ledger.example/senate"))
    assert got.info.format == "html" and got.info.url == "https://ledger.example/senate"
    paragraphs = got.text.split("\n\n")
    assert paragraphs[0] == "Senate passes spending bill"
    assert paragraphs[2].startswith("“This is a good day")
    assert "Home" not in got.text and "Copyright" not in got.text
    hints = got.hints
    assert hints is not None
    assert hints.headline == "Senate passes spending bill"
    assert hints.byline == ("Jane Smith",)
    assert hints.outlet == "The Daily Ledger"
    assert hints.standfirst is None  # the description is not shown on the page
    assert hints.published == "2024-03-05T19:20:00+00:00"
    assert hints.published_text == "2024-03-05T14:20:00-05:00"  # as the page wrote it


GUARDIAN_PAGE = """<!doctype html><html><head><title>Heatwave warning | The Guardian</title>
</head><body><main><h1>Heatwave warning issued as temperatures reach 34C</h1>
<div class="standfirst"><p>Health officials urge people to check on elderly neighbours</p></div>
<address>Helen Lee Environment correspondent</address><div class="dateline">{stamp}</div>
<p>The Met Office has issued an amber heat health warning for much of England, with
temperatures expected to reach 34C on Wednesday, forecasters said on Tuesday.</p>
<figure><img src="a.jpg"><figcaption>Sunbathers in Hyde Park, London, on Monday.
Photograph: Jordan Pettitt/PA</figcaption></figure>
<figure><img src="b.jpg"><figcaption>A fan in an office</figcaption></figure>
<p>About 600 people died in England during last summer's heatwaves, according to government
estimates published by the UK Health Security Agency.</p></main></body></html>"""


@pytest.mark.parametrize(("stamp", "utc"), [
    ("Tue 1 Jul 2025 14.05 BST", "2025-07-01T13:05:00+00:00"),
    ("Tuesday 1 July 2025 14:05 BST", "2025-07-01T13:05:00+00:00"),
    ("Updated 9:05 AM EDT, July 1, 2025", "2025-07-01T13:05:00+00:00"),
    ("1 July 2025", "2025-07-01T00:00:00+00:00"),  # only the day is known: its midnight UTC
])
def test_read_html_shown_stamp_standfirst_and_captions(stamp: str, utc: str) -> None:
    got = article(read_string(GUARDIAN_PAGE.format(stamp=stamp)))
    assert got.hints is not None
    assert (got.hints.published, got.hints.published_text) == (utc, stamp)
    paragraphs = got.text.split("\n\n")
    assert paragraphs[1] == got.hints.standfirst == (
        "Health officials urge people to check on elderly neighbours")
    # A credited caption follows the story; so does an uncredited one, which would pass for
    # story text, named to the layout as a caption (issue 9).
    assert paragraphs[-2:] == [
        "Sunbathers in Hyde Park, London, on Monday. Photograph: Jordan Pettitt/PA",
        "A fan in an office"]
    assert got.hints.captions == ("A fan in an office",)
    fan = got.text.index("A fan in an office")
    from according.article import read_layout

    regions = read_layout(got.text, hints=got.hints).regions
    assert next(r for r in regions if r.start <= fan < r.end).kind == "caption"


def test_read_string_plain_text_unchanged() -> None:
    got = article(read_string(STORY))
    assert (got.text, got.info.format, got.info.path) == (STORY, "text", "<string>")


def test_read_string_refuses_german() -> None:
    assert error(read_string(GERMAN, name="api")).reason == "not English (looks like German)"


def test_read_html_file_by_content_not_name(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"  # named .txt, but it is a page
    path.write_text(PAGE, encoding="utf-8")
    [result] = read_inputs([str(path)])
    assert article(result).info.format == "html"


# WARC.


@pytest.mark.parametrize("gz", [True, False])
def test_read_warc_html_responses(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, [
        ("https://ledger.example/senate", "text/html; charset=utf-8", PAGE.encode()),
        ("https://ledger.example/robots.txt", "text/plain", b"User-agent: *"),
        ("https://ledger.example/senate-2", "text/html",
         PAGE.replace("Tuesday", "Monday").encode()),
    ], gz=gz)
    results = [article(r) for r in read_inputs([str(path)])]
    assert [(r.info.path, r.info.url, r.info.format) for r in results] == [
        (f"{path}#1", "https://ledger.example/senate", "warc"),
        (f"{path}#2", "https://ledger.example/senate-2", "warc"),
    ]
    assert "Monday" in results[1].text and "Monday" not in results[0].text


def test_read_warc_record_over_limit(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://ledger.example/big", "text/html", PAGE.encode() * 10)], gz=True)
    [result] = read_inputs([str(path)], max_bytes=2000)
    assert error(result).name == f"{path}#1"
    assert error(result).reason.startswith("over the size limit of 2,000 bytes per WARC record")


# Feeds.


def test_read_atom_feed_entries(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    first, second = read_inputs([str(path)])
    got = article(first)
    assert got.info.url == "https://ledger.example/senate-bill"
    assert got.info.format == "feed"
    assert got.text.split("\n\n")[0] == "Senate passes spending bill"
    assert got.text.split("\n\n")[2].startswith("“This is a good day")
    assert got.hints is not None
    assert got.hints.outlet == "The Daily Ledger"
    assert got.hints.published == "2024-03-05T19:20:00+00:00"
    assert got.hints.byline == ("Jane Smith",)
    assert error(second).name == f"{path} entry 2"
    assert second.reason == "feed entry has only a summary (6 words); no full text"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Aldermoor Chronicle</title><link>https://chronicle.example/</link>
<item><title>Flood barrier will not survive winter, engineers warn</title>
<link>https://chronicle.example/flood</link>
<pubDate>Thu, 07 Mar 2024 18:30:00 +0000</pubDate>
<description>Engineers warn the barrier will fail.</description>
<content:encoded><![CDATA[<p>Engineers inspecting the Aldermoor flood barrier have concluded
that it will not survive another winter without major repairs.</p>
<p>“We were told the barrier was safe,” said Margaret Ellis, 74.</p>]]></content:encoded>
</item></channel></rss>
"""


def test_read_rss_content_encoded(tmp_path: Path) -> None:
    path = tmp_path / "rss"
    path.write_text(RSS, encoding="utf-8")
    [result] = read_inputs([str(path)])
    got = article(result)
    assert got.text.split("\n\n") == [
        "Flood barrier will not survive winter, engineers warn",
        "Engineers inspecting the Aldermoor flood barrier have concluded that it will not "
        "survive another winter without major repairs.",
        "“We were told the barrier was safe,” said Margaret Ellis, 74.",
    ]
    assert got.info == InputInfo(f"{path}#1", "https://chronicle.example/flood", "feed")
    assert got.hints is not None
    assert (got.hints.outlet, got.hints.published) == (
        "Aldermoor Chronicle", "2024-03-07T18:30:00+00:00")


@pytest.mark.parametrize(("offset", "utc"), [
    ("+0300", "2024-03-07T15:30:00+00:00"), ("-0500", "2024-03-07T23:30:00+00:00")])
def test_read_rss_pubdate_numeric_offset(tmp_path: Path, offset: str, utc: str) -> None:
    path = tmp_path / "rss.xml"
    path.write_text(RSS.replace("+0000", offset), encoding="utf-8")
    [result] = read_inputs([str(path)])
    hints = article(result).hints
    assert hints is not None and hints.published == utc
    assert hints.published_text == f"Thu, 07 Mar 2024 18:30:00 {offset}"


# JSON Lines.


def test_read_jsonl_lines_and_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"text": STORY, "url": "https://ledger.example/a", "outlet": "The Ledger",
                    "published": "2024-03-05T14:20:00-05:00"}),
        "{not json",
        json.dumps({"html": PAGE, "url": "https://ledger.example/b", "headline": "Senate vote"}),
        json.dumps({"text": GERMAN}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_inputs([str(path)]))
    first = article(results[0])
    assert (first.text, first.info.url, first.info.format) == (
        STORY, "https://ledger.example/a", "jsonl")
    assert first.hints is not None and first.hints.outlet == "The Ledger"
    assert first.hints.published == "2024-03-05T19:20:00+00:00"
    assert error(results[1]).name == f"{path} line 2"
    third = article(results[2])
    assert third.hints is not None and third.hints.headline == "Senate vote"
    assert "Senator John Thune" in third.text
    assert error(results[3]).reason == "not English (looks like German)"


# Sniffing.


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<!DOCTYPE html><html><body><p>x</p>", "html"),
        (b"<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>", "html"),
        (b'{"text": "a"}\n{"html": "<p>b</p>"}\n', "jsonl"),
        (b'{"title": "no text field"}\n', "text"),
        (b'{"text": "a"}\n{broken\n{"text": "c"}\n', "jsonl"),
        (b"Headline\n\nSome text about <p> tags in HTML.", "text"),
    ],
)
def test_sniff_kind_by_content(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


def test_read_jsonl_an_odd_line_costs_only_that_line(tmp_path):
    good = {"text": "Councillors voted on Tuesday to close the pool. " * 5}
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"text": good["text"], "byline": 5}) + "\n"
                    + json.dumps({"html": 12}) + "\n" + json.dumps(good) + "\n",
                    encoding="utf-8")
    results = list(read_inputs([str(path)]))
    assert len(results) == 3
    assert isinstance(results[0], ArticleInput) and results[0].hints.byline == ()
    assert isinstance(results[1], InputError) and results[1].name.endswith("line 2")
    assert isinstance(results[2], ArticleInput)


def test_read_jsonl_a_record_of_extract_is_refused_not_read_as_an_article(tmp_path):
    # a folder of `according extract` output given to ingest: each record would be extracted
    # again from its text alone (its headline, time and outlet lost) under the article's id
    story = "Councillors voted on Tuesday to close the pool. " * 5
    record = {"schema": "according/1", "id": "a1b2", "input": {"path": "pool.txt"},
              "text": story, "metadata": {"headline": "Pool to close"}, "regions": [],
              "entities": [], "attributions": [], "quantities": [], "times": []}
    (tmp_path / "pool.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "items.jsonl").write_text(json.dumps(record) + "\n"
                                          + json.dumps({"text": story}) + "\n",
                                          encoding="utf-8")
    results = list(read_inputs([str(tmp_path)]))
    refused = [r for r in results if isinstance(r, InputError)]
    assert len(refused) == 2 and all("according extract" in r.reason for r in refused)
    assert [type(r) for r in results].count(ArticleInput) == 1
