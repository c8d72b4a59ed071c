"""Stranger trial 7 (an air strike with competing casualty claims): the only disagreement
flagged was false -- a doctor's 36 bodies in one hospital's morgue against the health
ministry's 41 dead in total, listed again with the headline's unattributed 41 and again
for a credited copy -- while the ministry's 41 against the army's "no more than eight
civilians may have been killed" was never compared (the modal "may" and "civilians" made
a series of their own), nor a monitor's verified 34 against the army's eight (a count of
"civilians", its "deaths of" lost). A count of one place's part of a toll and a count its
source has verified so far are floors of the toll; a story's own voice repeating a
source's figure is no voice of its own; modal words and "civilians" beside a state of
people do not split a series; a byline's name is never a figure's place. Short articles
written for these tests, through the real pipeline."""

from __future__ import annotations

from according.ledger import derive, disagreements, open_ledger, rebuild
from according.ledger.disagreements import counts_a_part, verified_floor
from according.ledger.figures import counted_key
from according.records import Entity, InputInfo, Metadata, Record, Region, Span
from ledger_migrations import migrated_in_place
from ledger_records import full_signature
from test_ledger_names_unicode import _rows

WIRE = """Toll from shelling of Tarsk market rises to 23: regional health ministry

By Lena ORLOVA
Published: March 4, 2026 - 11:20 GMT

TARSK (Reuters) - The death toll from the shelling of a market in the town of Tarsk has \
risen to 23, the regional health ministry said on Wednesday.

Army spokesman Colonel Piet Varga said no more than five civilians may have been killed \
and that the army had hit an artillery position.

A nurse at Tarsk City Hospital, who asked not to be named, said the hospital's morgue \
had received 17 bodies by Wednesday morning.

Reuters could not independently verify the tolls.
"""

COPY = WIRE.replace("Published: March 4, 2026 - 11:20 GMT",
                    "Published: March 4, 2026 - 13:05 GMT\nReuters | The Valley Courier")

MONITOR = """Tarsk buries its dead as toll dispute deepens
By Ivo Brandt
Published: March 5, 2026 - 09:10 GMT

TARSK - The regional health ministry said on Thursday that 26 people had been killed in \
the shelling of the town's market.

The army maintained on Thursday that no more than five civilians had died.

The Tarsk Casualty Monitor, an independent group, said on Thursday it had verified the \
deaths of 19 civilians and was examining reports of more.
"""


def _ingest(tmp_path, files: dict[str, str]):  # noqa: ANN202
    paths = []
    for name, text in files.items():
        (path := tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(path)
    db = tmp_path / "l.duckdb"
    with open_ledger(db) as ledger:
        ledger.ingest(paths)
    return db


def _pairs(db) -> list[tuple[frozenset[str], bool]]:  # noqa: ANN001
    with open_ledger(db, read_only=True) as ledger:
        return [(frozenset({d.first.text, d.second.text}), d.within_article)
                for d in ledger.disagreements(limit=50).items]


def test_counted_key_modal_words_and_civilians_beside_a_state():
    dead = counted_key("people were killed", "people")
    assert counted_key("civilians may have been killed", None) == dead
    assert counted_key("civilians had died", None) == dead
    assert counted_key("civilians might have died", None) == dead
    assert counted_key("militants killed", None) != dead  # combatants are their own
    assert counted_key("civilians", None) != dead  # no state: what its words say


def test_a_part_of_a_toll_and_a_verified_count_are_floors():
    said = "a doctor said the hospital's morgue had received 17 bodies by morning"
    assert counts_a_part(said, said.index("17"), said.index("17") + 2, "bodies")
    alone = "at least 12 people were killed in the southern district alone, officials said"
    assert counts_a_part(alone, alone.index("12"), alone.index("12") + 2, "people were killed")
    hit = "12 people were killed in the attack on the hospital"
    assert not counts_a_part(hit, 0, 2, "people were killed")
    toll = "the death toll rose to 23, the ministry said"
    assert not counts_a_part(toll, toll.index("23"), toll.index("23") + 2, "death toll")
    checked = "the monitor said it had verified the deaths of 19 civilians"
    assert verified_floor(checked, checked.index("19"), checked.index("19") + 2)
    whole = "its spokesman said only three deaths had been verified"
    assert not verified_floor(whole, whole.index("three"), whole.index("three") + 5)
    told = "18 deaths had been confirmed, the emergency office said"  # an official's toll
    assert not verified_floor(told, 0, 2)
    after = "a UN office said 120 civilian deaths had been documented"
    assert verified_floor(after, after.index("120"), after.index("120") + 3)


def test_the_sides_tolls_disagree_once_a_morgue_count_does_not(tmp_path):
    """The ministry's 23 against the army's five (one story: the wire and its credited
    copy count once); the morgue's 17 is part of the 23; the headline's 23 repeats the
    ministry's and adds no row."""
    db = _ingest(tmp_path, {"wire.txt": WIRE, "copy.txt": COPY})
    found = _pairs(db)
    assert (frozenset({"23", "no more than five"}), True) in found
    assert not any(pair == frozenset({"23", "17"}) for pair, _ in found)
    assert sum(pair == frozenset({"23", "no more than five"}) for pair, _ in found) == 1


def test_a_monitors_verified_count_is_a_floor_against_the_toll(tmp_path):
    db = _ingest(tmp_path, {"follow.txt": MONITOR})
    found = {pair for pair, _ in _pairs(db)}
    assert frozenset({"19", "no more than five"}) in found  # verified 19 > at most 5
    assert frozenset({"26", "no more than five"}) in found
    assert frozenset({"26", "19"}) not in found  # a floor under the toll


def test_a_bylines_name_is_no_place():
    text = ("By Lena ORLOVA\n\nTARSK - The toll in the town of Tarsk rose to 23, the "
            "ministry said.")
    byline = text.index("Lena")
    record = Record(
        text=text, input=InputInfo("byline.txt"),
        metadata=Metadata(byline=("Lena ORLOVA",), dateline="TARSK"),
        regions=(Region(0, text.index("\n"), "byline"),
                 Region(text.index("TARSK"), text.index("TARSK") + 7, "dateline")),
        entities=(Entity("E1", "Lena ORLOVA", "place", mentions=
                         (Span(byline, byline + 11, "Lena ORLOVA"),)),
                  Entity("E2", "Tarsk", "organization", mentions=
                         (Span(text.index("Tarsk"), text.index("Tarsk") + 5, "Tarsk"),))))
    assert derive.sentence_places(record) == [(text.index("Tarsk"), "Tarsk")]


def test_ledger_migration_rules_25_to_26_in_place(tmp_path, monkeypatch):
    """A ledger merged under merge rules 25 (a morgue's count and a verified count
    compared as tolls, the headline's voice its own) is migrated in place to what one
    clean ingest gives."""
    files = {"wire.txt": WIRE, "follow.txt": MONITOR}
    (tmp_path / "clean").mkdir()
    clean = _ingest(tmp_path / "clean", files)
    with open_ledger(clean, read_only=True) as ledger:
        expected = full_signature(ledger), _rows(ledger)
    (tmp_path / "old").mkdir()
    with monkeypatch.context() as patch:  # merge rules 25
        patch.setattr(derive, "counts_a_part", lambda *a: False)
        patch.setattr(derive, "verified_floor", lambda *a: False)
        patch.setattr(disagreements, "restating", lambda members: set())
        old = _ingest(tmp_path / "old", files)
        assert frozenset({"26", "19"}) in {p for p, _ in _pairs(old)}
        with open_ledger(old) as ledger:
            rebuild.mark_merges_current(ledger.con, "merge-rules/25")
    assert migrated_in_place(old, monkeypatch) == expected
    assert frozenset({"26", "19"}) not in {p for p, _ in _pairs(old)}


def test_a_name_the_text_calls_a_town_is_a_place():
    """OCHA's "in Drevna town, in the Varn region" with Drevna typed an organisation: its
    figures were placed in Varn, apart from every other report's Drevna."""
    text = ("At 06:00 an air strike hit the market in Tarsk town, in the Orel region. At "
            "least 20 civilians had been killed in Tarsk, officials said.")
    mentions = tuple(Span(i, i + 5, "Tarsk") for i in (text.index("Tarsk"),
                                                      text.rindex("Tarsk")))
    record = Record(text=text, input=InputInfo("flash.html"), entities=(
        Entity("E1", "Tarsk", "organization", mentions=mentions),))
    assert derive.sentence_places(record) == [(m.start, "Tarsk") for m in mentions]
    council = Record(text=text.replace("Tarsk town", "Tarsk Town Council"),
                     input=InputInfo("council.html"), entities=(
                         Entity("E1", "Tarsk", "organization", mentions=mentions),))
    assert derive.sentence_places(council) == []
