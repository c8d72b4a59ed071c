"""Publication times a text copy states only in part (stranger trial 2, 2026-11-27): a wire
dateline's day without a year ("VELMORA, Nov 22 (Reuters) -"), dated only by a year the
copy itself gives for its reading; and a clock without a zone ("9:15 p.m."), kept as its day
and a zoneless TIMEX3 value instead of being claimed as UTC (article/pubtime.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from according.article.pubtime import month_day, read_date, year_before
from according.records import Metadata
from tests.test_article import sound_layout

HEADLINE = "Flash floods kill 18 in Velmora valley, hundreds missing"
BYLINE = "By Anya Korsh"
STORY = ("Flash floods that tore through the Velmora valley overnight on Saturday have killed 18 "
         "people, provincial authorities said on Sunday.")
MORE = "He said the death toll was likely to rise as rescue teams reached villages."


def _wire(dateline: str, *tail: str) -> str:
    return "\n\n".join((HEADLINE, BYLINE, f"{dateline} {STORY}", MORE, *tail)) + "\n"


def _stamped(stamp: str) -> str:
    return "\n\n".join((HEADLINE, BYLINE, stamp, STORY, MORE)) + "\n"


# A wire dateline's day without a year


@pytest.mark.parametrize(("dateline", "timex3"), [
    ("VELMORA, Nov 22 (Reuters) -", "XXXX-11-22"),
    ("PARIS, Nov. 22 (AFP) -", "XXXX-11-22"),
    ("WASHINGTON, Nov. 22 (UPI) --", "XXXX-11-22"),
    ("LONDON, 22 November (Reuters) -", "XXXX-11-22"),
    ("BEIJING, March 7 (Xinhua) --", "XXXX-03-07"),
    ("KATHMANDU, Sept 30:", "XXXX-09-30"),
])
def test_pubtime_dateline_day_without_year_kept_as_month_day(dateline: str,
                                                             timex3: str) -> None:
    meta = sound_layout(_wire(dateline)).metadata
    assert meta.published is None  # no year is guessed
    assert meta.published_text is None
    assert meta.published_timex3 == timex3
    assert meta.published_from and "no year" in meta.published_from


def test_pubtime_dateline_year_from_retrieved_line() -> None:
    text = _wire("VELMORA, Nov 22 (Reuters) -",
                 "Retrieved 24 November 2026 from https://www.reuters.com/world/")
    meta = sound_layout(text).metadata
    assert meta.published == "2026-11-22T00:00:00+00:00"
    assert meta.published_text == "Nov 22"
    assert meta.published_timex3 == "2026-11-22"
    assert meta.published_from and "Retrieved 24 November 2026" in meta.published_from


def test_pubtime_dateline_year_before_new_year_read_date() -> None:
    # read early in January: the story's Dec 30 is last year's
    text = _wire("GENEVA, Dec 30 (Reuters) -", "Accessed: January 5, 2027")
    assert sound_layout(text).metadata.published == "2026-12-30T00:00:00+00:00"


def test_pubtime_dateline_read_date_too_late_gives_no_year() -> None:
    # read seven months after a Nov 22: last year's or the year before's, no telling
    text = _wire("VELMORA, Nov 22 (Reuters) -", "Retrieved 20 June 2027")
    meta = sound_layout(text).metadata
    assert meta.published is None
    assert meta.published_timex3 == "XXXX-11-22"


def test_pubtime_dateline_year_not_from_a_date_in_the_story() -> None:
    # a past event's full date in the story says nothing of the story's own year
    text = _wire("VELMORA, Nov 22 (Reuters) -",
                 "The valley last flooded on Nov 30, 2025, when 40 people died, he said.")
    meta = sound_layout(text).metadata
    assert meta.published is None
    assert meta.published_timex3 == "XXXX-11-22"


def test_pubtime_dateline_day_yields_to_a_stamp() -> None:
    text = "\n\n".join((HEADLINE, BYLINE, "November 22, 2026 10:42 AM GMT",
                        f"VELMORA, Nov 22 (Reuters) - {STORY}", MORE)) + "\n"
    meta = sound_layout(text).metadata
    assert meta.published == "2026-11-22T10:42:00+00:00"
    assert meta.published_timex3 is None and meta.published_from is None


def test_pubtime_dateline_with_year_reads_as_before() -> None:
    meta = sound_layout(_wire("Bridgetown, Barbados, July 3, 2024 –")).metadata
    assert meta.published == "2024-07-03T00:00:00+00:00"
    assert meta.published_timex3 is None


def test_pubtime_year_before_latest_year_not_after_bound() -> None:
    assert year_before(11, 22, date(2026, 11, 24)) == 2026
    assert year_before(11, 22, date(2026, 11, 22)) == 2026
    assert year_before(12, 30, date(2027, 1, 5)) == 2026
    assert year_before(11, 22, date(2027, 6, 20)) is None
    # 29 February: the last leap year's, if near enough
    assert year_before(2, 29, date(2028, 3, 10)) == 2028
    assert year_before(2, 29, date(2027, 3, 10)) is None


def test_pubtime_month_day_of_dateline_forms() -> None:
    assert month_day("Nov. 22") == (11, 22)
    assert month_day("22 November") == (11, 22)
    assert month_day("Sept 30") == (9, 30)
    assert month_day("Nov 31") is None


def test_pubtime_read_date_earliest_of_the_copy_lines() -> None:
    text = "Story\n\nSaved on 9 March 2026\n\nAccessed: 2026-03-03\n"
    found = read_date(text)
    assert found is not None and found[0] == date(2026, 3, 3)
    assert read_date("He retrieved the bodies on 3 March 2026 from the river.\n") is None


# A text copy's clock without a zone


def test_pubtime_zoneless_clock_kept_as_written() -> None:
    meta = sound_layout(_stamped("Published Nov 22, 2026 9:15 p.m.")).metadata
    # stranger trial h6: the clock as written (read as UTC, the zone unknown), not midnight
    assert meta.published == "2026-11-22T21:15:00+00:00"
    assert meta.published_text == "Nov 22, 2026 9:15 p.m."
    assert meta.published_timex3 == "2026-11-22T21:15"  # TIMEX3: no zone
    assert meta.published_from and "without a zone" in meta.published_from


def test_pubtime_zoneless_clock_seconds_kept() -> None:
    meta = sound_layout(_stamped("2026-11-22 21:15:30")).metadata
    assert meta.published == "2026-11-22T21:15:30+00:00"
    assert meta.published_timex3 == "2026-11-22T21:15:30"


@pytest.mark.parametrize(("stamp", "utc"), [
    ("Nov 22, 2026 9:15 p.m. ET", "2026-11-23T02:15:00+00:00"),
    ("Nov 22, 2026 9:15 p.m. GMT", "2026-11-22T21:15:00+00:00"),
    ("Sunday 22 November 2026 21:15 CET", "2026-11-22T20:15:00+00:00"),
])
def test_pubtime_zoned_clock_read_whole(stamp: str, utc: str) -> None:
    meta = sound_layout(_stamped(stamp)).metadata
    assert meta.published == utc
    assert meta.published_timex3 is None and meta.published_from is None


def test_pubtime_zoneless_clock_of_page_address_in_its_zone() -> None:
    # the address tells the newsroom's zone: the clock is read in it, as before
    layout = sound_layout(_stamped("Nov. 18, 2025 at 3:12 p.m."),
                          url="https://www.ksl.com/article/51401234/avalanche")
    assert layout.metadata.published == "2025-11-18T22:12:00+00:00"
    assert layout.metadata.published_timex3 is None


def test_pubtime_zoneless_clock_of_known_outlet_home() -> None:
    # a channel post of an outlet the table knows (ZimLive, Harare): Harare's time
    text = ("ZimLive, [14/03/2025 11:12]\n\nHarare council suspends water tender\n\n"
            "The Harare City Council has suspended a tender for water chemicals, officials "
            "said on Friday.\n")
    meta = sound_layout(text).metadata
    assert meta.published == "2025-03-14T09:12:00+00:00"
    assert meta.published_timex3 is None


def test_pubtime_factiva_time_line_stays_gmt() -> None:
    text = "\n".join((HEADLINE, "", BYLINE, "587 words", "10 December 2024", "01:32",
                      "The Manila Times", "MANLTM", "English", "", STORY, "", MORE, "", "",
                      "Document MANLTM0020241210ekca0000b")) + "\n"
    meta = sound_layout(text).metadata
    assert meta.published == "2024-12-10T01:32:00+00:00"
    assert meta.published_timex3 is None


# The record


def test_pubtime_metadata_fields_only_when_set() -> None:
    assert "published_timex3" not in Metadata(published="2026-11-22T10:42:00+00:00").to_dict()
    meta = Metadata(published_timex3="XXXX-11-22", published_from="dateline 'Nov 22'")
    shown = meta.to_dict()
    assert shown["published_timex3"] == "XXXX-11-22"
    assert Metadata.from_dict(shown) == meta


# A container's fetch date bounds the year too (a WARC record's date, a JSON line's)


def _wire_page() -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        f"VELMORA, Nov 22 (Reuters) - {STORY}", MORE,
        "Governor Pavel Renko declared three days of mourning and said 2,300 homes had been "
        "damaged in the valley."))
    return (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"{paragraphs}</article></body></html>").encode()


def test_pubtime_dateline_year_from_warc_date(tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from according.article import read_layout
    from according.read import ArticleInput, read_inputs

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/world/velmora-floods", "response",
            payload=io.BytesIO(_wire_page()), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2026-11-23T06:00:00Z"}))
    [got] = read_inputs([str(path)])
    assert isinstance(got, ArticleInput)
    assert got.hints is not None and got.hints.published is None
    meta = read_layout(got.text, hints=got.hints, url=got.info.url).metadata
    assert meta.published == "2026-11-22T00:00:00+00:00"
    assert meta.published_from and "retrieved 2026-11-23" in meta.published_from
    assert "retrieved" not in meta.to_dict()  # a hint, never in the record


def test_pubtime_dateline_year_from_json_line_download_date(tmp_path: Path) -> None:
    import json

    from according.article import read_layout
    from according.read import ArticleInput, read_inputs

    path = tmp_path / "items.jsonl"
    line = {"title": HEADLINE, "maintext": _wire("VELMORA, Nov 22 (Reuters) -"),
            "date_publish": None, "date_download": "2026-12-01 09:30:00"}
    path.write_text(json.dumps(line) + "\n", "utf-8")
    [got] = read_inputs([str(path)])
    assert isinstance(got, ArticleInput)
    meta = read_layout(got.text, hints=got.hints, url=got.info.url).metadata
    assert meta.published == "2026-11-22T00:00:00+00:00"
    assert meta.published_timex3 == "2026-11-22"


def test_pubtime_zoneless_clock_in_outlet_home_zone() -> None:
    # the outlet the copy is of is known, with its newsroom's zone (express.co.uk: London,
    # summer time in June): its clock is read there, not claimed as UTC
    layout = sound_layout(_stamped("Published 27 June 2025 00:30"),
                          hints=Metadata(outlet="Daily Express"))
    assert layout.metadata.published == "2025-06-26T23:30:00+00:00"
    assert layout.metadata.published_timex3 is None
    assert "Europe/London" in (layout.metadata.published_from or "")


def test_pubtime_ap_dateline_without_day_gives_nothing() -> None:
    meta = sound_layout(_wire("WASHINGTON (AP) —")).metadata
    assert meta.published is None
    assert meta.published_timex3 is None and meta.published_from is None


def test_pubtime_read_line_under_a_one_paragraph_story_is_no_stamp() -> None:
    # a README review: under a one-paragraph story the "Retrieved" line was swept up as the
    # publication stamp, dating the story to the day it was read
    text = ("Floods cut off Velmora valley\n\n"
            "VELMORA, Nov 22 (Reuters) - Floods cut off the Velmora valley on Sunday, "
            "officials said.\n\nRetrieved 24 November 2026\n")
    meta = sound_layout(text).metadata
    assert meta.published == "2026-11-22T00:00:00+00:00"
    assert "Retrieved 24 November 2026" in (meta.published_from or "")
