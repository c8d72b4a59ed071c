"""Article layout: the families a twenty-third round of fresh house styles (tests/data/
styles_fresh23: 2023 news as researchers get it from datasets and scrapers: CC-NEWS and
news-please lines, newspaper3k and trafilatura text, trafilatura's metadata header and JSON,
an aggregator's copy, a scraper keeping alt texts, and pages' top lines of a wire's regional
service, a broadcaster's English service and a regional daily) found wrong, each pinned on a
short document of its own."""

from __future__ import annotations

import json

from according.article import line_kind
from according.article.body import dateline_of
from according.read.dates import date_style, published_utc
from according.read.inputs import ArticleInput
from according.read.jsonl import jsonl_articles
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS, line_kinds, story_text
from tests.test_article import sound_layout

BODY = "\n".join([LEDE, *PARAGRAPHS])


def _line(**fields: object) -> ArticleInput:
    (article,) = list(jsonl_articles([json.dumps(fields).encode()], "t.jsonl", 10**6))
    assert isinstance(article, ArticleInput), str(article)
    return article


def _kind_at(text: str, layout, snippet: str) -> str:  # type: ignore[no-untyped-def]
    """The kind of the region holding the start of `snippet`."""
    at = text.index(snippet)
    return next(r.kind for r in layout.regions if r.start <= at < r.end)


def _layout_of(article: ArticleInput):  # type: ignore[no-untyped-def]
    return sound_layout(article.text, hints=article.hints, url=article.info.url)


# A tool's metadata header over the text (trafilatura's txt output with metadata): its fields
# are given metadata, its lines furniture.

HEADER = ("---\ntitle: Pool to close after council vote\nauthor: Ann Roe; Jo Bloggs\n"
          "url: https://www.harbourgazette.com/2024/05/07/pool-to-close/\n"
          "hostname: harbourgazette.com\ndescription: The town's only pool will shut.\n"
          "sitename: Harbour Gazette\ndate: 2024-05-07\nfingerprint: 9a8b7c6d5e4f3a2b\n---\n")


def test_read_layout_front_matter_fields_are_the_given_metadata() -> None:
    text = HEADER + BODY + "\n"
    layout = sound_layout(text)
    meta = layout.metadata
    assert meta.headline == "Pool to close after council vote"
    assert meta.byline == ("Ann Roe", "Jo Bloggs")
    assert meta.published == "2024-05-07T00:00:00+00:00"
    assert meta.outlet == "Harbour Gazette"
    assert _kind_at(text, layout, "sitename: Harbour Gazette") == "boilerplate"
    assert _kind_at(text, layout, "---") == "boilerplate"
    assert _kind_at(text, layout, LEDE) == "body"


def test_read_layout_front_matter_loses_to_a_given_field_and_needs_two_fields() -> None:
    from according.records import Metadata

    text = HEADER + BODY + "\n"
    layout = sound_layout(text, hints=Metadata(headline="Given headline"))
    assert layout.metadata.headline == "Given headline"
    # a rule, a "Note:" line and a rule in a story is no header
    story = f"---\nNote: the vote was close\n---\n{BODY}\n"
    assert line_kinds(story)["Note: the vote was close"] != "boilerplate" or (
        sound_layout(story).metadata.headline != "the vote was close")
    assert sound_layout(story).metadata.outlet is None


# trafilatura's JSON output: the page's address in "source", the site's name in
# "source-hostname".


def test_read_jsonl_trafilatura_source_is_the_address_and_source_hostname_the_outlet() -> None:
    article = _line(title=HEADLINE, text=BODY, date="2024-05-07",
                    source="https://www.harbourgazette.com/news/pool-to-close",
                    **{"source-hostname": "Harbour Gazette", "hostname": "harbourgazette.com"})
    assert article.info.url == "https://www.harbourgazette.com/news/pool-to-close"
    assert article.hints.outlet == "Harbour Gazette"


# A long first sentence closed by a full stop is the lede of a text without a headline
# (newspaper3k, trafilatura), not a headline.


def test_read_layout_long_first_sentence_is_the_lede_not_a_headline() -> None:
    lede = ("The council voted on Tuesday to close the town's only public pool after two years "
            "of argument over who should pay for its new roof, its boilers and its changing "
            "rooms, officials said.")
    text = "\n\n".join([lede, *PARAGRAPHS]) + "\n"
    layout = sound_layout(text)
    assert layout.metadata.headline is None
    assert _kind_at(text, layout, lede) == "body"


# Datelines: a station's name run together in the brackets; an agency's capitals form with a
# full stop after its name.


def test_dateline_station_name_run_together() -> None:
    cut = dateline_of("HARBOURTON (HarbourNewsNow) - The council voted on Tuesday to close "
                      "the pool, officials said.")
    assert cut is not None and cut[1] == "HARBOURTON" and cut[2] == "HarbourNewsNow"


def test_dateline_capitals_place_month_and_agency_with_full_stop() -> None:
    cut = dateline_of("YEREVAN, MAY 7, ARMENPRESS. The government voted on Tuesday to close "
                      "the pool, officials said.")
    assert cut is not None and cut[1] == "YEREVAN" and cut[2] == "Armenpress"
    # an agency the wires' table does not know opens no dateline
    assert dateline_of("YEREVAN, MAY 7, HARBOURPRESS. The government voted on Tuesday.") is None


# Stamps: a day with hyphens, a year first with dots, a French-style clock.


def test_published_hyphen_day_dotted_year_and_h_clock() -> None:
    indian = date_style("https://www.devdiscourse.com/article/x")
    assert published_utc("07-05-2024 18:42 IST", style=indian) == "2024-05-07T13:12:00+00:00"
    assert published_utc("2024.05.07") == "2024-05-07T00:00:00+00:00"
    dakar = date_style("https://apanews.net/x/")
    assert published_utc("07.05.2024 at 15h21", style=dakar) == "2024-05-07T15:21:00+00:00"


def test_jsonl_naive_time_on_armenian_site_is_yerevan_time() -> None:
    article = _line(title=HEADLINE, maintext=BODY, date_publish="2024-05-07 15:47:00",
                    url="https://armenpress.am/eng/news/1.html")
    assert article.hints.published == "2024-05-07T11:47:00+00:00"


# Furniture: an aggregator's syndication note and its "READ MORE ON" box, a translator's and
# editor's line, a donations lead-in, a wire's desk initials.


def test_line_kind_round23_furniture() -> None:
    for line in ("(This story has not been edited by Harbour Wire staff and is auto-generated "
                 "from a syndicated feed.)",
                 "Translated by Ann Roe. Edited by Jo Bloggs.",
                 "If you would like to help those affected, these charities are accepting "
                 "donations:",
                 "JR/ab/kl/APA"):
        assert line_kind(line) != "body", line
    assert line_kind("The charities said they would keep accepting donations until June.") \
        == "body"


def test_read_layout_read_more_on_box_is_related() -> None:
    text = story_text(after=("READ MORE ON HARBOURWIRE", "Swimming clubs look for new pools"))
    kinds = line_kinds(text)
    assert kinds["READ MORE ON HARBOURWIRE"] == "related"
    assert kinds["Swimming clubs look for new pools"] == "related"


# Outlets: a host given yields to the page's own spelling; names in capitals and run
# together take the page's case and spaces.


def test_read_layout_given_host_yields_to_page_spelling() -> None:
    article = _line(title=HEADLINE, maintext=BODY + "\nFollow the Harbour Gazette on Google News",
                    source_domain="harbour-gazette.com",
                    url="https://harbour-gazette.com/2024/05/07/pool/")
    assert _layout_of(article).metadata.outlet == "Harbour Gazette"


def test_read_layout_capitals_and_run_together_names_take_the_pages_spelling() -> None:
    text = story_text("Harbourdiscourse News Desk | Updated: 07-05-2024 18:42 IST",
                      after=("READ MORE ON HARBOURDISCOURSE", "Clubs look for new pools"))
    layout = sound_layout(text, url="https://www.harbourdiscourse.com/article/1-pool")
    assert layout.metadata.outlet == "Harbourdiscourse"
    assert layout.metadata.byline == ()
    station = "\n\n".join([f"HARBOURTON (HarbourNewsNow) - {LEDE}", *PARAGRAPHS,
                           "Copyright 2024 Harbour News Now. All rights reserved."]) + "\n"
    layout = sound_layout(station, url="https://www.harbournewsnow.com/2024/05/07/pool/")
    assert layout.metadata.outlet == "Harbour News Now"
    assert layout.metadata.credits == ("Harbour News Now",)


def test_read_layout_own_service_is_no_writer_and_own_initials_credit_the_name() -> None:
    text = story_text("By RFA Khmer", "2024.05.07")
    layout = sound_layout(text, url="https://www.rfa.org/english/news/cambodia/pool.html")
    assert layout.metadata.byline == ()
    assert layout.metadata.published == "2024-05-07T00:00:00+00:00"
    wire = "\n\n".join([HEADLINE, f"PHNOM PENH (RFA) – {LEDE}", *PARAGRAPHS]) + "\n"
    layout = sound_layout(wire, url="https://www.rfa.org/english/news/cambodia/pool.html")
    assert layout.metadata.credits == ("Radio Free Asia",)


def test_read_layout_capitals_masthead_abbreviating_domain_is_the_outlet() -> None:
    text = "\n".join(["HARBOUR FREE PRESS", "Local", HEADLINE, "HFP Bureau",
                      "Harbourton | May 7, 2024", LEDE, *PARAGRAPHS]) + "\n"
    layout = sound_layout(text, url="https://www.hfp.co.in/local/pool-to-close")
    assert layout.metadata.outlet == "Harbour Free Press"


# Header rows: a stamp signed by a wire's desk, a place before a stamp's bar.


def test_read_layout_stamp_signed_by_wire_desk_gives_credit_and_dateline() -> None:
    text = "\n".join(["Local", HEADLINE, "The council says the roof is beyond repair",
                      "Published on 07.05.2024 at 15h21 by APA-Niamey (Niger)",
                      LEDE, *PARAGRAPHS]) + "\n"
    layout = sound_layout(text, url="https://apanews.net/pool-to-close/")
    meta = layout.metadata
    assert meta.dateline == "Niamey"
    assert meta.published == "2024-05-07T15:21:00+00:00"
    assert meta.credits == ("Agence de Presse Africaine",)
    assert meta.standfirst == "The council says the roof is beyond repair"


def test_read_layout_place_before_stamp_bar_is_dateline() -> None:
    text = story_text("Our Bureau", "Imphal | May 7, 2024")
    assert sound_layout(text).metadata.dateline == "Imphal"


# Writers: a "Text:" label; a byline newspaper3k glued onto the lede.


def test_read_layout_text_label_names_the_writer() -> None:
    text = story_text("May 7, 2024", "Text: Ann Roe")
    assert sound_layout(text).metadata.byline == ("Ann Roe",)


def test_read_layout_byline_glued_onto_lede() -> None:
    text = "\n\n".join([f"By Ann Roe in Harbourton {LEDE}", *PARAGRAPHS]) + "\n"
    assert sound_layout(text).metadata.byline == ("Ann Roe",)
    # a name run into a capitalised word is not cut short
    text = "\n\n".join([f"By Ann Roe Smith {LEDE}", *PARAGRAPHS]) + "\n"
    assert sound_layout(text).metadata.byline != ("Ann Roe",)
