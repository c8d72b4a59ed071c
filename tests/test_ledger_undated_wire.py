"""Stranger trial 5, fault 2: a wire story in plain text whose dateline gives a month-day
and no year ("SOLVENA, Nov 24 (Reuters) -") is stored undated; a portal's dated copy that
credits the wire must not become the group's original (the original shown as a copy of its
own copy), and the copy's year dates the wire story's month-day, so its figures take the
day. The same in either ingest order, in one batch and after a rebuild."""

from __future__ import annotations

from dataclasses import replace

import pytest

from according.ledger import open_ledger, rebuild
from ledger_records import article, full_signature

QUOTE = "This budget is the price of credibility, and we will not borrow our way out of it"
BODY = (
    "SOLVENA, Nov 24 (Reuters) - Valdoria's parliament on Tuesday approved the government's "
    "2027 budget by 78 votes to 75, handing the prime minister a narrow win days after a poll "
    "showed his party trailing ahead of a possible snap election. Public debt stands at 71% "
    f"of GDP, according to finance ministry figures. \"{QUOTE},\" Finance Minister Ana "
    "Petrova said in the chamber. The opposition said it would push for a confidence vote "
    "before the end of the year, and unions called a strike for the first week of December.")
PORTAL = " Reporting by Marta Kowal; editing by NewsHub Balkan staff."


def _records(stated: str | None = "XXXX-11-24") -> list:
    def one(text: str, outlet: str, published: str | None, path: str):  # noqa: ANN202
        record = article(
            text, outlet=outlet, published=published, path=path,
            attributions=(("Ana Petrova", "person", None, "said", QUOTE, "direct"),),
            quantities=(("71%", 71.0, None, None, None, "GDP", "percent"),))
        return record

    wire = one(BODY, "Reuters", None, "01_wire_reuters.txt")
    wire = replace(wire, metadata=replace(
        wire.metadata, published_timex3=stated,
        published_from="dateline 'Nov 24'; no year given" if stated else None))
    copy = one(BODY + PORTAL, "NewsHub Balkan", "2026-11-24T15:40:00+01:00", "02_copy.html")
    copy = replace(copy, metadata=replace(copy.metadata, credits=("Reuters",)))
    return [wire, copy]


def _seen(ledger) -> tuple:  # noqa: ANN001
    listed = ledger.articles(limit=50).items
    outlet_of = {a.id: a.outlet for a in listed}
    originals = {a.outlet: outlet_of[a.original or a.id] for a in listed}
    days = dict(ledger.con.execute(
        "SELECT a.outlet, strftime(a.published, '%Y-%m-%d') FROM articles a").fetchall())
    figure_days = sorted(ledger.con.execute(
        "SELECT a.outlet, q.day FROM quantities q JOIN articles a USING (seq)").fetchall())
    return originals, days, figure_days


@pytest.mark.parametrize("order", ["wire first", "copy first", "one batch"])
def test_ledger_undated_wire_story_is_its_copys_original_and_takes_its_year(tmp_path, order):
    wire, copy = _records()
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        if order == "one batch":
            ledger.add_records([copy, wire])
        else:
            for record in ([wire, copy] if order == "wire first" else [copy, wire]):
                ledger.add_records([record])
        originals, days, figure_days = _seen(ledger)
        assert originals == {"Reuters": "Reuters", "NewsHub Balkan": "Reuters"}
        assert days == {"Reuters": "2026-11-24", "NewsHub Balkan": "2026-11-24"}
        assert figure_days == [("NewsHub Balkan", "2026-11-24"), ("Reuters", "2026-11-24")]
        signature = full_signature(ledger)
    rebuild.rebuild_file(tmp_path / "l.duckdb")
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        assert full_signature(ledger) == signature


def test_ledger_undated_wire_story_without_a_month_day_stays_undated(tmp_path):
    """No month-day kept (a text with no dateline): the wire's own story is still the
    original of the copy that credits it, and nothing dates it."""
    wire, copy = _records(stated=None)
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([copy])
        ledger.add_records([wire])
        originals, days, _ = _seen(ledger)
        assert originals["NewsHub Balkan"] == "Reuters"
        assert days["Reuters"] is None


def test_ledger_migration_rules_15_dates_the_wire_story_and_names_it_original(
        tmp_path, monkeypatch):
    """A ledger merged under rules 15 (undated members last, nothing dated by its group)
    equals a clean ingest once migrated in place."""
    from according.ledger import merge
    from ledger_migrations import migrated_in_place
    from test_ledger_names_unicode import _rows

    wire, copy = _records()
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records([copy])
        ledger.add_records([wire])
        expected = full_signature(ledger), _rows(ledger)
    with monkeypatch.context() as patch:
        patch.setattr(merge, "group_original", lambda rows: min(
            rows, key=lambda r: (r[1] is None, r[1] or 0, r[0]))[0])
        patch.setattr(merge, "date_by_groups", lambda *_: [])
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            ledger.add_records([copy])
            ledger.add_records([wire])
            assert _seen(ledger)[0]["NewsHub Balkan"] == "NewsHub Balkan"
            rebuild.mark_merges_current(ledger.con, "merge-rules/15")
    assert migrated_in_place(tmp_path / "old.duckdb", monkeypatch) == expected


def test_ledger_merged_by_rules_21_dates_the_wire_story_and_names_it_original_in_place(
        tmp_path, monkeypatch):
    """merge-rules/21 -> 22: a ledger whose copy named the group and whose wire story was
    left undated (and whose quote pieces were keyed over windows of 4) is brought, without
    a rebuild, to what one clean ingest gives today."""
    from according.ledger import merge, quotes
    from ledger_records import assert_migrated_in_place

    def earliest_first(rows):  # noqa: ANN001, ANN202
        return min(rows, key=lambda r: (r[1] is None, str(r[1] or ""), r[0]))[0]

    seen: list = []
    assert_migrated_in_place(
        tmp_path, monkeypatch, _records(),
        [(merge, "group_original", earliest_first), (merge, "date_by_groups", lambda *_: []),
         (quotes, "PIECE_WINDOW", 4)], "merge-rules/21",
        lambda ledger: seen.append(_seen(ledger)))
    originals, days, figure_days = seen[0]
    assert originals == {"Reuters": "Reuters", "NewsHub Balkan": "Reuters"}
    assert days == {"Reuters": "2026-11-24", "NewsHub Balkan": "2026-11-24"}
    assert figure_days == [("NewsHub Balkan", "2026-11-24"), ("Reuters", "2026-11-24")]
