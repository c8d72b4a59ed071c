"""Stranger trial 5 (a fact-checker's Valdoria inputs): a saved page's own address, the
outlet a branded text's header names, a fact-check's labels, a cut-off WARC and the summary
of a failed batch. Short inputs written for these tests."""

from __future__ import annotations

import io
import json

from typer.testing import CliRunner

from according.article import read_layout
from according.cli import app
from according.read import InputError
from according.read.html import html_article

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour council approves ferry subsidy | Coastline Courier</title>
<meta property="og:site_name" content="Coastline Courier">
{head}
</head><body><main><article>
<h1>Harbour council approves ferry subsidy</h1>
<p class="byline">By Lise Aubert | 3 March 2026</p>
<p>The harbour council on Tuesday approved a subsidy of 2 million euros for the island ferry,
ending a year of uncertainty for the route's 400 daily passengers.</p>
<p>"The ferry is the island's road," council leader Tom Raines said after the vote, adding
that fares would stay at 4 euros until 2028.</p>
<p>Opposition members said the subsidy should have been tied to a new timetable.</p>
</article></main></body></html>"""


def _url(head: str, **kwargs) -> str | None:
    article = html_article(PAGE.format(head=head), name="saved.html", **kwargs)
    assert not isinstance(article, InputError), article
    return article.info.url


def test_a_saved_pages_canonical_link_is_its_address() -> None:
    head = '<link rel="canonical" href="https://coastline.example/news/ferry-subsidy-approved">'
    assert _url(head) == "https://coastline.example/news/ferry-subsidy-approved"


def test_a_saved_pages_json_ld_main_entity_is_its_address() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Harbour council approves ferry subsidy",
          "mainEntityOfPage": {"@type": "WebPage",
                               "@id": "https://coastline.example/2026/03/03/ferry-subsidy"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert _url(head) == "https://coastline.example/2026/03/03/ferry-subsidy"


def test_a_canonical_home_page_or_section_is_no_article_address() -> None:
    assert _url('<link rel="canonical" href="https://coastline.example/">') is None
    assert _url('<link rel="canonical" href="https://coastline.example/news">') is None


def test_a_canonical_on_another_outlets_site_is_no_address_of_this_page() -> None:
    # a portal's copy whose canonical is the wire's page: the table knows reuters.com
    head = ('<link rel="canonical" '
            'href="https://www.reuters.com/world/europe/harbour-ferry-subsidy-2026-03-03/">')
    assert _url(head) is None


def test_the_address_given_with_the_input_wins() -> None:
    head = '<link rel="canonical" href="https://coastline.example/news/ferry-subsidy-approved">'
    assert _url(head, url="https://mirror.example/a/1") == "https://mirror.example/a/1"


STORY = ("By Lise Aubert\n\n"
         "The harbour council on Tuesday approved a subsidy of 2 million euros for the island "
         "ferry, its leader Tom Raines said.\n\n"
         "\"The ferry is the island's road,\" Raines said after the vote.\n")


def test_a_brands_name_over_the_publication_stamp_is_the_outlet() -> None:
    text = ("CheckPoint Ostmark\nPublished 3 March 2026\n\n"
            "Fact check: Did the ferry subsidy double fares? No\n\n" + STORY)
    assert read_layout(text).metadata.outlet == "CheckPoint Ostmark"


def test_a_brands_name_before_a_live_label_is_the_outlet() -> None:
    text = ("Ostmark Now — LIVE\n\nFerry vote: as it happened\n\n"
            "Last updated 3 March 2026, 22:10\n\n" + STORY)
    assert read_layout(text).metadata.outlet == "Ostmark Now"


def test_a_section_label_or_a_writer_over_the_stamp_names_no_outlet() -> None:
    for first in ("Fact Check", "Top Stories", "Lise Aubert"):
        text = (f"{first}\nPublished 3 March 2026\n\n"
                "Did the ferry subsidy double fares? No\n\n" + STORY)
        assert read_layout(text).metadata.outlet is None, first
    # a topic in a sentence's case before a live label is no brand
    text = ("Ferry strike — live\n\nFerry vote: as it happened\n\n"
            "Last updated 3 March 2026, 22:10\n\n" + STORY)
    assert read_layout(text).metadata.outlet is None


def test_a_transcripts_station_and_programme_headline() -> None:
    text = ("Harbour FM — Evening Edition\nTranscript, 3 March 2026, 18:00\n\n"
            "HOST (ANNA LIND): Good evening. The ferry subsidy passed today.\n\n"
            "TOM RAINES, COUNCIL LEADER: The ferry is the island's road, and we kept it.\n")
    meta = read_layout(text).metadata
    assert (meta.outlet, meta.headline) == ("Harbour FM", "Evening Edition")


def test_a_fact_checks_claim_label_is_no_dateline() -> None:
    text = ("Ferry subsidy: did fares double? No\n\nBy Lise Aubert\n\n"
            "CLAIM: \"Fares have doubled since the subsidy,\" said council member Ed Park.\n\n"
            "VERDICT: False. Fares have stayed at 4 euros, according to the council.\n")
    assert read_layout(text).metadata.dateline is None


def _cut_warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    body = PAGE.format(head="").encode()
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                            protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://coastline.example/news/ferry", "response", payload=io.BytesIO(body),
        http_headers=http))
    whole = out.getvalue()
    return whole[:len(whole) // 2]


def test_a_cut_off_warc_says_it_is_truncated(tmp_path) -> None:
    from according.read import read_inputs

    path = tmp_path / "cut.warc.gz"
    path.write_bytes(_cut_warc())
    [error] = [r for r in read_inputs([str(path)]) if isinstance(r, InputError)]
    assert "cut.warc.gz" in str(error) and "truncated" in str(error)
    assert "no article text" not in str(error)


def test_extract_over_a_folder_says_how_many_failed(tmp_path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "according: extracted 0, failed 2 (each named above)")


def test_a_label_before_a_colon_is_no_speaker() -> None:
    import according

    text = ("Ferry vote night: as it happened\n\nLast updated 3 March 2026, 22:10\n\n"
            "22:15\nRESULT: The subsidy is approved, 14 votes in favour, 9 against.\n\n"
            "22:40\nCLAIM: \"Fares have doubled since the subsidy,\" council member Ed Park "
            "told the meeting.\n")
    record = according.extract(text)
    sources = [a.source.span.text for a in record.attributions if a.source.span]
    assert not {"RESULT", "CLAIM"} & set(sources), sources
