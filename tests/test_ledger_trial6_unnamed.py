"""Stranger trial 6: one anonymous hospital official, in a wire story and a copy of it,
counted as two sources of his claim. A story's copies already share the original's
unnamed sources (names.occurrence_key), but by their whole description: the copy that
trimmed "who asked not to be named because he was not authorised to speak to the media"
to "who asked not to be named" named a second official. An unnamed source is keyed by
its description without the clause saying why it is unnamed
(derive.without_anonymity), so a claim counts it once per original report; unnamed
sources of two reports that are not copies stay two (issue 11). Short articles written
for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from according.ledger import derive, open_ledger, rebuild
from according.ledger.derive import without_anonymity
from ledger_migrations import migrated_in_place
from ledger_records import full_signature
from test_ledger_names_unicode import _rows

CLAUSE = "who asked not to be named because he was not authorised to speak to the media"
WIRE = f"""Reuters
Ferry sinks on Lake Varda, dozens missing
By Tomas Elling
March 9, 2026 3:40 PM GMT

SKALA, Dorvania, March 9 (Reuters) - A passenger ferry carrying more than 200 people sank \
on Lake Varda on Monday after it was caught in a storm near the port of Skala, officials \
said, and rescue teams were searching the water for survivors late into the evening.

The regional governor said 61 people had been pulled from the lake alive and taken to \
hospitals in Skala and the nearby town of Orel.

A port official, {CLAUSE}, said the ferry had been licensed to carry only 120 passengers.

The ferry's operator could not be reached for comment. Storms on the lake have sunk two \
other vessels since 2019, according to the national maritime agency.
"""
# a paper's copy crediting Reuters at its foot, the official's clause trimmed
COPY = WIRE.replace("Reuters\n", "Harbour Gazette\n", 1).replace(
    "SKALA, Dorvania, March 9 (Reuters) - ", "").replace(
    f"A port official, {CLAUSE}, said", "A port official who asked not to be named said"
) + "\n- Reuters\n"


def test_without_anonymity_cuts_only_the_reason():
    assert without_anonymity(f"A port official, {CLAUSE}") == "A port official"
    assert without_anonymity("A port official who asked not to be named") == "A port official"
    assert without_anonymity("A senior official, speaking on condition of anonymity"
                             ) == "A senior official"
    assert without_anonymity("a diplomat who was not authorized to speak publicly"
                             ) == "a diplomat"
    assert without_anonymity("an official who was at the scene") == (
        "an official who was at the scene")
    assert without_anonymity("a source who spoke to Reuters") == "a source who spoke to Reuters"


def _ingest(folder, texts: dict[str, str]):  # noqa: ANN202
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "l.duckdb"
    with open_ledger(db) as ledger:
        ledger.ingest(sorted(folder.glob("*.txt")))
    return db


def _licensed(ledger):  # noqa: ANN001, ANN202
    (claim,) = [c for c in ledger.claims(limit=100).items if "licensed" in c.text]
    return claim


@pytest.fixture(scope="module")
def copies(tmp_path_factory):  # noqa: ANN201
    return _ingest(tmp_path_factory.mktemp("copies") / "in", {"wire.txt": WIRE,
                                                              "copy.txt": COPY})


def test_ledger_copy_trimming_the_clause_counts_one_official(copies):
    with open_ledger(copies, read_only=True) as ledger:
        originals = {r[0] for r in ledger.con.execute(
            "SELECT group_seq FROM articles").fetchall()}
        claim = _licensed(ledger)
    assert len(originals) == 1  # the copy is grouped with the wire story
    assert (claim.n_reports, claim.n_sources, claim.anonymous_only) == (1, 1, True)
    assert list(claim.sources) == ["A port official"]


def test_ledger_migration_rules_22_keys_unnamed_sources_in_place(copies, tmp_path,
                                                                 monkeypatch):
    """A ledger keyed under merge rules 22 (the whole description) is migrated in place
    to what one clean ingest gives: the official once."""
    with open_ledger(copies, read_only=True) as ledger:
        expected = full_signature(ledger), _rows(ledger)
    with monkeypatch.context() as patch:  # merge rules 22: the description as written
        patch.setattr(derive, "without_anonymity", lambda description: description)
        old = _ingest(tmp_path / "old", {"wire.txt": WIRE, "copy.txt": COPY})
        with open_ledger(old) as ledger:
            assert _licensed(ledger).n_sources == 2
            rebuild.mark_merges_current(ledger.con, "merge-rules/23")
    assert migrated_in_place(old, monkeypatch) == expected
    with open_ledger(old, read_only=True) as ledger:
        assert _licensed(ledger).n_sources == 1
