"""A change written "from X to Y" ("raised the toll from 27 to 31", "an increase of the fund
from 8 million euros to 20 million euros") is the new value Y, with X where it started
(`change_from`), never the midpoint nobody stated; a true range ("between 8 and 20 million
euros") keeps its two ends and shows as them, in the record, the ledger and the web page.
Short articles written for this (a stranger's trial, 2026-11-27, fault 5)."""

from __future__ import annotations

import re
import warnings

from according.extract import extract_inputs
from according.ledger import open_ledger
from according.read import read_inputs

with warnings.catch_warnings():  # starlette's note about httpx2; httpx is the chosen client
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from according.service import create_app  # noqa: E402

RELEASE = """\
Government raises flood relief fund as toll climbs

By Lena Marsh

Thursday 16 May 2024 18:00 BST

BREKKA — The government on Thursday approved an increase of the emergency relief fund \
from 8 million euros to 20 million euros, the interior ministry said.

The regional health ministry raised the death toll from 27 to 31 on Thursday, officials said.

Sales of sandbags rose from 3,200 to 4,500 in a week, a hardware chain said.
"""

RANGES = """\
Flood relief: what households can claim

By Lena Marsh

Thursday 16 May 2024 18:00 BST

BREKKA — Households will receive between 8 and 20 million euros in all, the ministry said.

Repairs will cost 8 to 20 million euros, engineers said, and pumps sell from $10 to $15.

The bank revised its growth forecast from 5 to 7 per cent to 3 to 5 per cent, it said.
"""

OTHER_REPORT = """\
Brekka flood toll reaches 29

By Dana Reyes

Thursday 16 May 2024 20:30 BST

BREKKA — The regional health ministry said on Thursday that the death toll stood at 29.
"""


def _record(tmp_path, text: str, name: str):  # noqa: ANN202
    path = tmp_path / name
    path.write_text(text, "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    return record


def _by_text(record) -> dict:  # noqa: ANN001
    return {q.span.text: q for q in record.quantities}


def test_change_from_to_is_the_new_value_and_where_it_started(tmp_path, nlp):
    found = _by_text(_record(tmp_path, RELEASE, "release.txt"))
    fund = found["8 million euros to 20 million euros"]
    assert (fund.value, fund.change_from) == (20_000_000, 8_000_000)
    assert (fund.low, fund.high) == (8_000_000, 20_000_000)  # the change's two ends
    toll = found["27 to 31"]
    assert (toll.value, toll.change_from, toll.previous) == (31, 27, False)
    assert toll.as_of == "2024-05-16"  # the new value's day, not "no day" as a previous one
    sandbags = found["3,200 to 4,500"]
    assert (sandbags.value, sandbags.change_from) == (4500, 3200)
    dumped = {q["span"]["text"]: q for q in _record(tmp_path, RELEASE, "r2.txt").to_dict()[
        "quantities"]}
    assert dumped["27 to 31"]["change_from"] == 27


def test_true_ranges_keep_their_midpoint_value_and_no_change(tmp_path, nlp):
    found = _by_text(_record(tmp_path, RANGES, "ranges.txt"))
    for text in ("between 8 and 20 million euros", "8 to 20 million euros"):
        q = found[text]
        assert (q.low, q.high, q.change_from) == (8_000_000, 20_000_000, None)
    assert found["$10 to $15"].change_from is None  # a price range, no change word
    # a range revised into another range: "from 5 to 7 per cent" is a range itself
    assert all(q.change_from is None for q in found.values())
    dumped = _record(tmp_path, RANGES, "r3.txt").to_dict()["quantities"]
    assert not [q for q in dumped if "change_from" in q]  # optional: absent unless a change


def test_ledger_compares_a_change_by_its_new_value(tmp_path, nlp):
    records = [_record(tmp_path, RELEASE, "release.txt"),
               _record(tmp_path, OTHER_REPORT, "other.txt")]
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(records)
        series = ledger.figures()
    figures = {f.text: f for s in series for f in s.figures}
    toll = figures["27 to 31"]
    assert (toll.value, toll.low, toll.high) == (31, None, None)
    assert figures["8 million euros to 20 million euros"].value == 20_000_000
    # 31 and 29 on one Thursday cannot both hold (the ends 27-31 would have hidden it)
    pairs = {frozenset((d.first.text, d.second.text)) for s in series for d in s.disagreements}
    assert frozenset(("27 to 31", "29")) in pairs


def test_value_text_shows_a_range_by_its_ends_and_a_change_by_its_new_value():
    from according.service.article_view import value_text

    assert value_text(14_000_000, 8_000_000, 20_000_000) == "8,000,000 to 20,000,000"
    assert value_text(31, 27, 31, None, 27) == "31 (from 27)"
    assert value_text(300, 270, 330, "about") == "300"  # a hedged figure states its value
    assert value_text(12, 12, 12) == "12"


def test_figures_page_shows_a_range_by_its_ends_not_its_midpoint(tmp_path, nlp):
    records = [_record(tmp_path, RANGES, "ranges.txt"), _record(tmp_path, RELEASE, "rel.txt")]
    db = tmp_path / "l.duckdb"
    with open_ledger(db) as ledger:
        ledger.add_records(records)
        keys = [t.key for t in ledger.counted_things(limit=100)]
    with TestClient(create_app(db)) as client:
        page = "".join(client.get("/figures", params={"key": key}).text for key in keys)
    cells = re.findall(r'<td class="num">([^<]*)</td>', page)
    assert "8,000,000 to 20,000,000" in cells
    assert "14,000,000" not in page  # the midpoint nobody stated
    assert "20,000,000" in cells  # the fund's new value
