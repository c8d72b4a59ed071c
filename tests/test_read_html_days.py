"""The publication day of HTML pages in the families of page real sites get wrong (the
pages under tests/data/real_days are written here, each in the form of a family seen on real
pages; its JSON says which family and the expected UTC time and local day)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from according.read import ArticleInput, read_string
from according.read.dates import ambiguous_day, date_style, published_local

DAYS = Path(__file__).parent / "data" / "real_days"
PAGES = sorted(DAYS.glob("*.html"))


def test_days_set_has_pages() -> None:
    assert len(PAGES) >= 1


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_read_html_publication_day_of_the_family(path: Path) -> None:
    spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    got = read_string(path.read_text(encoding="utf-8"), url=spec.get("url"))
    assert isinstance(got, ArticleInput), str(got)
    hints = got.hints
    assert hints is not None
    assert hints.published == spec["published"]
    # the article's local day as a reader gets it back from the stamp the page showed
    text = hints.published_text
    local = (published_local(text, style=date_style(spec.get("url")))
             if text and not ambiguous_day(text) else None)
    assert (local.date().isoformat() if local else hints.published[:10]) == spec["local_day"]


@pytest.mark.parametrize(("line", "utc"), [
    ("January 19, 2025 / 12:25 PM / Updated 8 hours ago", "2025-01-19T12:25:00+00:00"),
    ("Written: 2024-11-12 15:03:30 / Updated: 2024-11-12 15:30:46", "2024-11-12T15:03:30+00:00"),
    ("Filed 9:40 a.m. ET, March 3, 2025", "2025-03-03T14:40:00+00:00"),
    ("10:05 AM · Mar 4, 2025", "2025-03-04T10:05:00+00:00"),
    ("2025/03/04 10:05", "2025-03-04T10:05:00+00:00"),
    ("Updated 2010 GMT (0410 HKT) March 14, 2025", "2025-03-14T20:10:00+00:00"),
    ("Published 0915 GMT (1715 HKT) March 8, 2025", "2025-03-08T09:15:00+00:00"),
    ("Updated May 06, 2024 @ 10:42 am", "2024-05-06T10:42:00+00:00"),
    ("Last updated on 20 Feb, 2025. 4 min read", "2025-02-20T00:00:00+00:00"),
])
def test_read_dates_stamp_lines_in_the_forms_pages_print(line: str, utc: str) -> None:
    from according.data.article_rules import DATE_LINE
    from according.read.dates import published_utc

    assert DATE_LINE.match(line) and published_utc(line) == utc


@pytest.mark.parametrize(("line", "day"), [
    ("May 3, 2025 UTC", "2025-05-03"), ("14 March 2025 GMT", "2025-03-14"),
    ("Published: 3 May 2025 UTC", "2025-05-03"), ("Sept. 3 2025 GMT", "2025-09-03"),
])
def test_read_dates_year_before_a_zone_is_no_clock(line: str, day: str) -> None:
    # "2025 UTC" after its day is the year, not 20:25 (a 24-hour clock "2010 GMT" comes
    # before the date)
    from according.read.dates import is_instant, published_utc

    assert published_utc(line) == day + "T00:00:00+00:00"
    assert not is_instant(line)


@pytest.mark.parametrize(("line", "day"), [
    ("This story was originally published March 5, 2025 9:30 AM.", "2025-03-05"),
    ("First published on Tue 4 Mar 2025 10.05 GMT", "2025-03-04"),
    ("Originally posted: 2025-03-05", "2025-03-05"),
    ("This article was first published on 12 February 2025 by The Conversation.", "2025-02-12"),
])
def test_read_dates_original_publication_stated_anywhere(line: str, day: str) -> None:
    from according.data.article_rules import ORIGINAL_PUBLICATION

    match = ORIGINAL_PUBLICATION.search(line)
    local = published_local(match["stamp"]) if match else None
    assert local is not None and local.date().isoformat() == day


def test_read_dates_original_publication_needs_a_stamp() -> None:
    from according.data.article_rules import ORIGINAL_PUBLICATION

    assert ORIGINAL_PUBLICATION.search("This story was originally published by ProPublica.") is None


@pytest.mark.parametrize(("stamp", "utc"), [
    ("Tue Mar 05 2024 23:30:00 GMT-0500 (Eastern Standard Time)", "2024-03-06T04:30:00+00:00"),
    ("Tue Feb 20 2018 01:00:00 GMT+0100 (Central European Standard Time)",
     "2018-02-20T00:00:00+00:00"),
    ("Wed Jul 10 2024 09:15:00 GMT+0530 (India Standard Time)", "2024-07-10T03:45:00+00:00"),
])
def test_read_dates_javascript_date_string(stamp: str, utc: str) -> None:
    # a meta tag filled by JavaScript's Date: the zone's name in brackets after the offset
    from according.read.dates import published_utc

    assert published_utc(stamp) == utc


@pytest.mark.parametrize(("line", "written"), [
    ("January 10, 2020 9:00AM (UTC)", "January 10, 2020 9:00AM (UTC)"),
    ("(Published 03 June 2025, 18:40 IST)", "03 June 2025, 18:40 IST"),
])
def test_read_dates_stamp_as_written_keeps_a_bracket_it_opened(line: str, written: str) -> None:
    # only a bracket the stamp does not open is its line's tail
    from according.read.dates import stamp_as_written

    assert stamp_as_written(line) == written


@pytest.mark.parametrize(("stamp", "utc", "local"), [
    # a clock without a zone, hours from the UTC time: that is the page's offset
    ("November 8, 2023 at 5:49 p.m.", "2023-11-09T01:49:09+00:00", "2023-11-08T17:49:09-08:00"),
    ("2020-10-02 18:16", "2020-10-02T12:46:00+00:00", "2020-10-02T18:16:00+05:30"),
    # a stamp with its zone is the time in that zone
    ("Nov. 8, 2023, 10:28 p.m. ET", "2023-11-09T03:28:00+00:00", "2023-11-08T22:28:00-05:00"),
    # a clock equal to the UTC time is UTC
    ("March 5, 2024 11:30", "2024-03-05T11:30:00+00:00", "2024-03-05T11:30:00+00:00"),
])
def test_read_dates_published_in_own_zone(stamp: str, utc: str, local: str) -> None:
    from datetime import datetime

    from according.read.dates import published_in_own_zone

    got = published_in_own_zone(stamp, datetime.fromisoformat(utc))
    assert got is not None and got.isoformat() == local


@pytest.mark.parametrize(("stamp", "utc"), [
    ("March 5, 2024", "2024-03-06T04:30:00+00:00"),  # only a day: no clock to go by
    ("March 5, 2024 11:47 PM", "2024-03-06T04:30:00+00:00"),  # not a whole or half hour
    ("March 5, 2024 11:30 PM PST", "2024-03-06T04:30:00+00:00"),  # a zone naming another time
])
def test_read_dates_published_in_own_zone_refuses_another_time(stamp: str, utc: str) -> None:
    from datetime import datetime

    from according.read.dates import published_in_own_zone

    assert published_in_own_zone(stamp, datetime.fromisoformat(utc)) is None
