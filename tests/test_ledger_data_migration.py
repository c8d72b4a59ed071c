"""A change of the outlet table alone (data/outlets.json) brings a ledger's merges up to
date in place (rebuild.migrate_in_place, ledger/migrate.py): what the new table gives
equals a clean rebuild under it, a change no stored name meets rewrites no row, and a
change that moves a source's key is rebuilt."""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import replace

import pytest

from according import outlets
from according.ledger import figures, merge, migrate, names, open_ledger, rebuild
from ledger_records import article, full_signature

QUOTE = "the harbour will stay closed until the storm has passed and the crews are safe"
KESTREL = {"name": "The Kestrel Times", "forms": ["Kestrel Times", "KT News"], "short": [],
           "domains": ["kestreltimes.example"]}
OSPREY = {"name": "The Osprey Courier", "forms": ["Osprey Courier"], "short": [],
          "domains": ["ospreycourier.example"]}


def _records(*, org_source: str = "the Kestrel Times") -> list:
    """Three reports of one quote: the first under a byline the new table reads as an
    outlet (so its Reuters credit makes it wire copy) and sighted as "KT News", the second
    as "Kestrel Times", the third crediting the outlet as a source."""
    first = article(f'Port director Maria Lopes said "{QUOTE}" on Monday as the gale grew.',
                    outlet="KT News", path="kt.txt",
                    entities=(("Maria Lopes", "person", None),),
                    attributions=(("Port director Maria Lopes", "person", "E1", "said", QUOTE,
                                   "direct"),))
    first = replace(first, metadata=replace(first.metadata, byline=("Kestrel Times",),
                                            credits=("Reuters",)))
    second = article(f'"{QUOTE}," Maria Lopes told fishermen gathered at the quay.',
                     outlet="Kestrel Times", path="kestrel.txt",
                     entities=(("Maria Lopes", "person", None),),
                     attributions=(("Maria Lopes", "person", "E1", "told", QUOTE, "direct"),))
    text = (f'Maria Lopes said "{QUOTE}", {org_source} reported, and the ferries to the '
            "islands were cancelled for a second day.")
    third = article(text, outlet="Harbour Gazette", path="gazette.txt",
                    entities=(("Maria Lopes", "person", None),
                              (org_source.removeprefix("the "), "organization", None)),
                    attributions=(("Maria Lopes", "person", "E1", "said", QUOTE, "direct"),
                                  (org_source, "organization", "E2", "reported",
                                   "the ferries to the islands were cancelled for a second day",
                                   "indirect")))
    return [first, second, third]


@contextmanager
def _outlet_table(monkeypatch: pytest.MonkeyPatch, *added: dict):
    """Today's outlet table with `added` outlets, as loaded and as digested (the package
    file is left as it is)."""
    raw = json.loads(rebuild.data_file("outlets.json"))
    raw["outlets"] += list(added)
    text = json.dumps(raw, indent=1, ensure_ascii=False) + "\n"
    table = outlets.outlets_of(text)
    packaged = rebuild.data_file
    caches = (outlets._by_key, outlets._by_domain, names.name_rules)
    with monkeypatch.context() as patch:
        patch.setattr(outlets, "OUTLETS", table)
        patch.setattr(names, "OUTLETS", table)
        patch.setattr(rebuild, "data_file", lambda name: text.encode("utf-8")
                      if name == "outlets.json" else packaged(name))
        for cache in caches:
            cache.cache_clear()
        try:
            yield
        finally:
            for cache in caches:
                cache.cache_clear()
    for cache in caches:
        cache.cache_clear()


def _clean(path, records) -> dict:  # noqa: ANN001
    with open_ledger(path) as ledger:
        ledger.add_records(records)
        return full_signature(ledger)


def test_ledger_migration_outlet_table_change_equals_a_clean_rebuild(tmp_path, monkeypatch):
    records = _records()
    old = tmp_path / "old.duckdb"
    before = _clean(old, records)
    with _outlet_table(monkeypatch, KESTREL):
        expected = _clean(tmp_path / "clean.duckdb", records)
        assert expected != before  # the table decides outlets, a wire flag and a name
        rebuilt: list = []
        monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: rebuilt.append(a))
        with open_ledger(old) as ledger:
            assert not ledger.merges_current()
            ledger.rebuild()
            assert ledger.merges_current()
            assert full_signature(ledger) == expected
        assert rebuilt == []  # in place
    (kt,) = [a for a in expected["articles"] if a[3] == "The Kestrel Times" and a[1]]
    assert kt[1] == ("Reuters",) and kt[2] == ()
    assert ("The Kestrel Times", "Harbour Gazette") in expected["claim_outlets"]


def test_ledger_migration_outlet_added_that_no_stored_name_meets_rewrites_no_row(
        tmp_path, monkeypatch):
    old = tmp_path / "old.duckdb"
    before = _clean(old, _records())
    written: list = []
    for name in ("refresh", "place_figures_again"):
        monkeypatch.setattr(merge, name, lambda *a, _n=name, **k: written.append(_n))
    real_story_keys = migrate.update_story_keys
    monkeypatch.setattr(migrate, "update_story_keys", lambda con, seqs: written.extend(
        seqs) or real_story_keys(con, seqs))
    with _outlet_table(monkeypatch, OSPREY), open_ledger(old) as ledger:
        assert not ledger.merges_current()
        counts = ledger.con.execute("SELECT count(*) FROM articles").fetchall()
        ledger.rebuild()
        assert ledger.merges_current() and written == []
        assert ledger.con.execute("SELECT count(*) FROM articles").fetchall() == counts
        assert full_signature(ledger) == before


def test_ledger_migration_outlet_change_that_moves_a_source_key_is_rebuilt(
        tmp_path, monkeypatch):
    records = _records(org_source="KT News")  # "org:kt news" becomes "org:kestrel times"
    old = tmp_path / "old.duckdb"
    _clean(old, records)
    with _outlet_table(monkeypatch, KESTREL):
        expected = _clean(tmp_path / "clean.duckdb", records)
        with open_ledger(old) as ledger:
            stored = ledger.con.execute(
                "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]
            assert not rebuild.migrate_in_place(ledger.con, stored)
            assert not ledger.merges_current()  # nothing written
            ledger.rebuild()
            assert full_signature(ledger) == expected


def test_ledger_stored_rules_reads_the_data_files_a_ledger_was_merged_under(
        tmp_path, monkeypatch):
    old = tmp_path / "old.duckdb"
    _clean(old, _records())
    packaged = rebuild.data_file("outlets.json")
    with _outlet_table(monkeypatch, OSPREY), open_ledger(old) as ledger:
        stored = ledger.con.execute(
            "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]
        assert stored != rebuild.rules_version()
        code, contents = rebuild.stored_rules(ledger.con, stored)
        assert code == rebuild.RULES_VERSION and contents["outlets.json"] == packaged
        # a ledger that kept no contents (before merge rules 6) is read by the history
        ledger.con.execute("DELETE FROM ledger_meta WHERE key LIKE 'data:%'")
        assert rebuild.stored_rules(ledger.con, stored) is None  # today's file: no history
        assert rebuild.stored_rules(ledger.con, stored.replace("/", "/x", 1)) is None


def test_ledger_stored_rules_finds_an_earlier_outlet_table_in_the_history(tmp_path):
    (earlier,) = rebuild._history("outlets.json")  # the table before the 2026-11-27 batch
    contents = {**rebuild.data_contents(), "outlets.json": earlier}
    stored = rebuild.version_of("merge-rules/5", contents)
    path = tmp_path / "old.duckdb"
    _clean(path, _records())
    with open_ledger(path) as ledger:
        ledger.con.execute("DELETE FROM ledger_meta WHERE key LIKE 'data:%'")
        assert rebuild.stored_rules(ledger.con, stored) == ("merge-rules/5", contents)


def test_ledger_migration_interrupted_leaves_the_ledger_as_it_was(tmp_path, monkeypatch):
    """One transaction: a failure after the outlet keys and story keys were rewritten (as a
    kill would leave it) keeps the old merges and their version."""
    old = tmp_path / "old.duckdb"
    before = _clean(old, _records())

    def fail(*_a: object, **_k: object) -> None:
        raise RuntimeError("killed")

    with _outlet_table(monkeypatch, KESTREL), open_ledger(old) as ledger:
        monkeypatch.setattr(merge, "refresh", fail)
        stored = ledger.con.execute(
            "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]
        with pytest.raises(RuntimeError, match="killed"):
            rebuild.migrate_in_place(ledger.con, stored)
        assert not ledger.merges_current()
        assert full_signature(ledger) == before


@contextmanager
def _counted_table(monkeypatch: pytest.MonkeyPatch, **synonyms: str):
    """Today's counted table (data/ledger_counted.json) with more synonyms, as loaded and
    as digested."""
    raw = json.loads(rebuild.data_file("ledger_counted.json"))
    raw["synonyms"].update(synonyms)
    text = json.dumps(raw, indent=2) + "\n"
    rules = {**raw, "stopwords": frozenset(raw["stopwords"])}
    packaged = rebuild.data_file
    with monkeypatch.context() as patch:
        patch.setattr(figures, "counted_rules", lambda: rules)
        patch.setattr(rebuild, "data_file", lambda name: text.encode("utf-8")
                      if name == "ledger_counted.json" else packaged(name))
        yield


def _tolls() -> list:
    day = "2025-10-07T09:00:00+00:00"
    first = article("Officials said 12 people perished in the flood on Tuesday.",
                    outlet="Harbour Gazette", published=day, path="a.txt",
                    quantities=(("12 people", 12, None, None, None, "people perished",
                                 "people"),))
    second = article("The Red Cross said 15 people died in the flood on Tuesday.",
                     outlet="Kestrel Times", published=day, path="b.txt",
                     quantities=(("15 people", 15, None, None, None, "people died",
                                  "people"),))
    return [first, second, *_records()]


def test_ledger_migration_counted_table_change_equals_a_clean_rebuild(tmp_path, monkeypatch):
    records = _tolls()
    old = tmp_path / "old.duckdb"
    before = _clean(old, records)
    with _counted_table(monkeypatch, perished="dead"):
        expected = _clean(tmp_path / "clean.duckdb", records)
        assert expected != before  # "perished" and "died" one series: 12 and 15 disagree
        rebuilt: list = []
        monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: rebuilt.append(a))
        with open_ledger(old) as ledger:
            assert not ledger.merges_current()
            ledger.rebuild()
            assert ledger.merges_current() and full_signature(ledger) == expected
            (series,) = ledger.figures(counted="dead")
            assert len(series.disagreements) == 1
        assert rebuilt == []
