"""Issue 11, merge rules 16: a near-duplicate group's original is its earliest published
member (then wire copy, then the first ingested), not the first ingested. A regional paper
that ran the AP story in the afternoon and was ingested first still names the AP story as
the original, and the answer is the same in either ingest order, in batches and after a
rebuild."""

from __future__ import annotations

import json

import pytest

from according.ledger import merge, open_ledger, rebuild
from ledger_migrations import migrated_in_place
from ledger_records import article, full_signature, toy_extract
from test_ledger_names_unicode import _rows

OFFICIAL = "A port official who asked not to be named"
CLAIM = "the dockers would return to work on Monday if the overtime rates were restored"
AP_BODY = (
    f"MOMBASA, Kenya (AP) — {OFFICIAL} said {CLAIM}. The strike, now in its ninth day, has "
    "left more than 40 container ships waiting at anchor off the coast, and exporters of "
    "tea and cut flowers say their cargo is spoiling in the yards. The union's secretary "
    "general told a rally outside the port gates that members would not accept a deal "
    "signed in Nairobi without a vote, and the transport ministry said talks would resume "
    "on Thursday with a mediator from the labour court.")
LOCAL = (" In Malindi, traders at the fish market said the cold stores were full and prices "
         "had fallen by half since the strike began.")


def _ap(published: str | None = "2026-11-20T08:15:00+00:00"):  # noqa: ANN202
    return article(AP_BODY, outlet="The Associated Press", published=published, path="ap.txt",
                   attributions=((OFFICIAL, "anonymous", None, "said", CLAIM, "indirect"),))


def _regional(published: str | None = "2026-11-20T15:40:00+00:00"):  # noqa: ANN202
    return article(AP_BODY + LOCAL, outlet="Coast Weekly Herald", published=published,
                   path="regional.txt",
                   attributions=((OFFICIAL, "anonymous", None, "said", CLAIM, "indirect"),))


def _originals(ledger) -> dict[str, str]:  # noqa: ANN001
    """outlet -> the outlet of its article's original, as the articles list shows it."""
    listed = ledger.articles(limit=50).items
    outlet_of = {a.id: a.outlet for a in listed}
    return {a.outlet: outlet_of[a.original or a.id] for a in listed}


def _official(ledger) -> str:  # noqa: ANN001
    (key,) = {k for (k,) in ledger.con.execute(
        "SELECT source_key FROM attributions WHERE source_key LIKE 'anonymous:%'").fetchall()}
    return key


@pytest.mark.parametrize("order", ["ap first", "regional first"])
def test_ledger_group_original_is_the_earliest_published_in_any_ingest_order(tmp_path, order):
    records = [_ap(), _regional()]
    if order == "regional first":
        records.reverse()
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        for record in records:  # one article per batch, as a feed brings them
            ledger.add_records([record])
        assert _originals(ledger) == {"The Associated Press": "The Associated Press",
                                      "Coast Weekly Herald": "The Associated Press"}
        ap_id = ledger.con.execute(
            "SELECT id FROM articles WHERE outlet = 'The Associated Press'").fetchall()[0][0]
        assert _official(ledger).endswith(" @" + ap_id)  # one occurrence, the original's
        (claim,) = [c for c in ledger.claims(limit=50).items if "dockers" in c.text]
        assert claim.n_reports == 1 and claim.n_sources == 1


def test_ledger_group_original_undated_prefers_the_wire_copy(tmp_path):
    """No publication times: the wire's own story is the original, not the paper's
    uncredited copy ingested before it."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_regional(None)])
        ledger.add_records([_ap(None)])
        assert _originals(ledger)["Coast Weekly Herald"] == "The Associated Press"


def test_ledger_group_originals_in_either_order_equal_a_rebuild(tmp_path):
    """Ingested regional first, one batch each, the ledger equals one clean ingest of the
    AP story first (row for row, the originals' ids included) and its own rebuild."""
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records([_ap(), _regional()])
        expected = full_signature(ledger)["articles"], _originals(ledger)
    with open_ledger(tmp_path / "parts.duckdb") as ledger:
        ledger.add_records([_regional()])
        ledger.add_records([_ap()])
        assert (full_signature(ledger)["articles"], _originals(ledger)) == expected
        parts = full_signature(ledger), _rows(ledger)
    rebuild.rebuild_file(tmp_path / "parts.duckdb")
    with open_ledger(tmp_path / "parts.duckdb") as ledger:
        assert (full_signature(ledger), _rows(ledger)) == parts


def test_ledger_migration_rules_15_names_groups_by_their_originals_in_place(
        tmp_path, monkeypatch):
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records([_regional()])
        ledger.add_records([_ap()])
        expected = full_signature(ledger), _rows(ledger)
    with monkeypatch.context() as patch:  # merge rules 15: the first ingested is original
        patch.setattr(merge, "original_rank", lambda seq, *_: (seq,))
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            ledger.add_records([_regional()])
            ledger.add_records([_ap()])
            assert _originals(ledger)["The Associated Press"] == "Coast Weekly Herald"
            rebuild.mark_merges_current(ledger.con, "merge-rules/15")
    assert migrated_in_place(tmp_path / "old.duckdb", monkeypatch) == expected


def test_ledger_sighting_that_dates_the_wire_story_makes_it_the_original(tmp_path):
    """The regional copy (dated), then the AP text from a file with no date: the copy is
    the original, until a feed item of the AP text gives its publication time and outlet;
    then the AP story is, as in a ledger that had them from the start."""
    item = json.dumps({"text": AP_BODY, "published": "2026-11-20T08:15:00Z",
                       "outlet": "The Associated Press"})
    (tmp_path / "items.jsonl").write_text(item + "\n", encoding="utf-8")
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_regional()])
        ledger.add_records([_ap(None)])
        assert _originals(ledger)["Coast Weekly Herald"] == "Coast Weekly Herald"
        ledger.ingest([tmp_path / "items.jsonl"], extract=toy_extract)
        assert _originals(ledger) == {"The Associated Press": "The Associated Press",
                                      "Coast Weekly Herald": "The Associated Press"}
        ap_id = ledger.con.execute(
            "SELECT id FROM articles WHERE outlet = 'The Associated Press'").fetchall()[0][0]
        assert _official(ledger).endswith(" @" + ap_id)
