"""Stranger trial 2: "As of Sunday, 18 deaths had been confirmed" went into a series of its
own ("confirmed dead people"), so it was never compared with "23 people were killed" on the
same day. "Confirmed" says how a count is known, not what it counts
(data/ledger_counted.json: a stop word)."""

from __future__ import annotations

from according.ledger import open_ledger
from according.ledger.figures import counted_key
from ledger_records import article

DAY = "2026-11-22T18:00:00+00:00"


def test_counted_key_confirmed_deaths_count_the_dead():
    killed = counted_key("people were killed", "people")
    assert counted_key("deaths had been confirmed", "death") == killed
    assert counted_key("confirmed deaths", "death") == killed
    assert counted_key("people injured", "people") != killed


def test_ledger_confirmed_deaths_and_people_killed_of_one_day_disagree(tmp_path):
    first = article("DREVNY - As of Sunday, 18 deaths had been confirmed, the emergency "
                    "office said.", outlet="Harbour Gazette", published=DAY,
                    path="gazette.txt", quantities=(("18 deaths", 18, None, None, None,
                                                     "deaths had been confirmed", "death"),))
    second = article("DREVNY - Twenty-three people were killed on Sunday, the mayor said.",
                     outlet="Kestrel Times", published=DAY, path="kestrel.txt",
                     quantities=(("Twenty-three people", 23, None, None, None,
                                  "people were killed", "people"),))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([first, second])
        keys = {s.key for s in ledger.figures().items}
        assert keys == {counted_key("people were killed", "people")}
        (n,) = ledger.con.execute("SELECT sum(n_disagreements) FROM series_stats"
                                  ).fetchall()[0]
        assert n > 0
