"""Relative times inside a live blog's entry count from the entry's day (its heading or
stamp, times.headings), not from the day the page was published: "yesterday" in
Wednesday's entry is Tuesday, and so is the day of a figure it dates. Short articles
written for this (a stranger's trial, 2026-11-27)."""

from __future__ import annotations

from according.extract import extract_inputs
from according.read import read_inputs

BLOG = """\
Kessarin floods live: toll rises as rescuers reach cut-off villages

By Maya Olsen

Mon 20 May 2024 10.05 BST

Monday 20 May

The civil defence agency said today that 23 people had died.

Wednesday 15 May

The ministry said 19 people had died yesterday, and 40 were rescued this morning.

Rescuers said the river burst its banks on Thursday, flooding 300 homes.

Tuesday 14 May

Officials said today that 12 people were missing.
"""

STORY = """\
Kessarin floods: toll rises to 23

By Maya Olsen

Mon 20 May 2024 10.05 BST

KESSARIN — The civil defence agency said 23 people had died yesterday.

Officials said today that 12 people were missing.
"""


def _record(tmp_path, text: str, name: str):  # noqa: ANN202
    path = tmp_path / name
    path.write_text(text, "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    return record


def test_times_in_a_live_blog_entry_count_from_its_heading_day(tmp_path, nlp):
    record = _record(tmp_path, BLOG, "blog.txt")
    # the entries' own words, not their headings' ("Wednesday", "15 May")
    body = [(t.span.text, t.value) for t in record.times
            if t.span.text in ("today", "yesterday", "this morning", "Thursday")]
    assert body == [("today", "2024-05-20"),  # the Monday entry: its own day
                    ("yesterday", "2024-05-14"), ("this morning", "2024-05-15"),
                    ("Thursday", "2024-05-09"),  # the Thursday before Wednesday 15 May
                    ("today", "2024-05-14")]


def test_figures_in_a_live_blog_entry_take_the_day_its_times_name(tmp_path, nlp):
    days = {q.span.text: q.as_of for q in _record(tmp_path, BLOG, "blog.txt").quantities}
    assert days["23"] == "2024-05-20"
    assert days["19"] == "2024-05-14"  # "had died yesterday", written on the 15th
    assert days["40"] == "2024-05-15"  # "this morning" of the 15th
    assert days["300"] == "2024-05-09"
    assert days["12"] == "2024-05-14"  # "today" of the Tuesday entry


def test_times_in_a_story_still_count_from_its_publication_day(tmp_path, nlp):
    record = _record(tmp_path, STORY, "story.txt")
    assert {t.span.text: t.value for t in record.times if t.span.text in (
        "yesterday", "today")} == {"yesterday": "2024-05-19", "today": "2024-05-20"}


TIMELINE = """\
Port Halden strike live: talks resume as ships queue

Live updates by Maya Olsen

Last updated: 16 May 2024, 14:10 CEST

Thursday 16 May

14:10 CEST — The port authority says 40 ships are waiting to dock, up from 31 yesterday.

Wednesday 15 May

22:40 CEST — That's all from us tonight. Union officials say 1,200 workers joined the \
picket lines. We'll be back on Thursday.

21:15 CEST — The harbour master says 25 ships were turned away this evening.
"""


def test_timeline_entries_take_their_stamp_day_not_a_day_their_news_names(tmp_path, nlp):
    record = _record(tmp_path, TIMELINE, "timeline.txt")
    times = {t.span.text: t.value for t in record.times}
    assert times["yesterday"] == "2024-05-15"
    assert times["tonight"] == "2024-05-15"  # Wednesday's last entry, not Thursday night
    assert times["21:15 CEST"] == "2024-05-15T21:15"  # not the Thursday the entry above names
    assert times["this evening"] == "2024-05-15"
    days = {q.span.text: q.as_of for q in record.quantities}
    assert days["40"] == "2024-05-16"  # "yesterday" in its line is the 31's, not the entry's
    assert days["1,200"] == "2024-05-15"
    assert days["25"] == "2024-05-15"
