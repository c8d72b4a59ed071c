"""Issue 11 (2026-11-28): tolls across days from different reports were never compared. A
toll of the dead does not fall: a report's 11 dead on Monday and another's toll of three on
Wednesday, of one place, disagree, and are listed with both sources and both days
(`Ledger.falling_tolls`, `according disagreements --across-days`). A count of one day's or
one event's dead ("Two people died … on Wednesday when a wall collapsed") is no toll, nor is
what was added ("recovered 2 more bodies"), nor a source lowering its own toll. Short
articles written for these tests, through the real pipeline."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from according.cli import app
from according.ledger import open_ledger
from according.ledger.disagreements import (
    Member,
    Toll,
    counts_added,
    cumulative_series,
    falling_pairs,
    running_total,
)
from test_ledger_trial7_disagreements import _ingest

MONDAY = """Tarsk Courier
Floods kill 11 in Tarsk
By Ana Reyes
Published 9:00 a.m. Monday, March 9, 2026

TARSK - The regional health ministry said on Monday that 11 people had been killed in the \
floods in Tarsk.

Rescue teams were still searching the river banks, the ministry said.
"""
WEDNESDAY = """Valley Herald
Water levels fall in Tarsk
By Ivo Brandt
Published 10:00 a.m. Wednesday, March 11, 2026

TARSK - The death toll from the floods in Tarsk stood at three, police said on Wednesday.

Water levels were falling across the valley, police said.
"""
DAY_BOUND = """Orel Times
Wall collapse in Tarsk
By Mira Solen
Published 4:00 p.m. Thursday, March 12, 2026

TARSK - Two people died in Tarsk on Thursday when a wall weakened by the floods \
collapsed, the fire brigade said.

The brigade said the street had been closed.
"""
ADDED = """Orel Times
Divers search for flood victims
By Mira Solen
Published 4:00 p.m. Tuesday, March 10, 2026

TARSK - Divers recovered 2 more bodies from the river in Tarsk on Tuesday, the fire \
brigade said.

The brigade said the search would go on.
"""


def test_running_total_and_day_bound_counts():
    assert running_total("death toll")
    assert running_total("people had been killed")
    assert running_total("people have died")
    assert running_total("deaths")
    assert not running_total("people died")  # "2 people died on Thursday"
    assert not running_total("people were killed")
    assert cumulative_series("dead people | people")
    assert not cumulative_series("missing people | people")  # the missing can be found
    text = "Divers recovered 2 more bodies on Tuesday; another 5 deaths were recorded."
    assert counts_added(text, text.index("2"), text.index("2") + 1)
    assert counts_added(text, text.index("5"), text.index("5") + 1)
    assert not counts_added("The toll stood at 3.", 17, 18)


def _toll(ref: int, story: int, source: int, lo: float, hi: float, day: str,
          place: str | None = "tarsk") -> Toll:
    return Toll(Member(ref, story, source, lo, hi, False), "dead people | people", day, place)


def test_falling_pairs_one_per_two_stories():
    monday, also_monday = _toll(1, 1, 7, 11, 11, "2026-03-09"), _toll(2, 1, 7, 12, 12,
                                                                       "2026-03-09")
    wednesday = _toll(3, 2, 8, 3, 3, "2026-03-11")
    assert falling_pairs([monday, also_monday, wednesday]) == [(also_monday, wednesday)]
    rising = _toll(4, 3, 9, 40, 40, "2026-03-12")
    assert falling_pairs([monday, rising]) == []
    same_source = _toll(5, 4, 7, 9, 9, "2026-03-10")  # the ministry lowering its own toll
    assert falling_pairs([monday, same_source]) == []
    elsewhere = _toll(6, 5, 8, 3, 3, "2026-03-11", "orel")
    assert falling_pairs([monday, elsewhere]) == []
    same_day = _toll(7, 6, 8, 3, 3, "2026-03-09")  # the day's own disagreements say it
    assert falling_pairs([monday, same_day]) == []
    at_least = _toll(8, 7, 8, 3, float("inf"), "2026-03-11")  # "at least 3" can hold
    assert falling_pairs([monday, at_least]) == []
    police = _toll(9, 1, 8, 3, 3, "2026-03-10")  # another source of Monday's story
    assert falling_pairs([monday, police]) == [(monday, police)]
    own_voice = [_toll(10, 8, 0, 11, 11, "2026-03-09"), _toll(11, 8, 0, 3, 3, "2026-03-11")]
    assert falling_pairs(own_voice) == []  # one story's own voice revising itself


def test_a_later_lower_toll_of_another_report_disagrees(tmp_path):
    db = _ingest(tmp_path, {"monday.txt": MONDAY, "wednesday.txt": WEDNESDAY,
                            "day_bound.txt": DAY_BOUND, "added.txt": ADDED})
    with open_ledger(db, read_only=True) as ledger:
        found = ledger.falling_tolls(limit=20)
    assert found.total == 1
    (d,) = found.items
    assert (d.first.text, d.first.day, d.second.text, d.second.day) == (
        "11", "2026-03-09", "three", "2026-03-11")
    assert d.first_sources == ("The regional health ministry",)
    assert d.second_sources == ("police",)
    assert "2026-03-09" in d.reason and "2026-03-11" in d.reason
    result = CliRunner().invoke(app, ["disagreements", "--across-days", "--db", str(db),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["first"]["text"], r["second"]["text"]) for r in rows] == [("11", "three")]
