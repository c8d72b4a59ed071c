"""Stranger trial 3: the ministry's 31 dead were placed in "dorvania" (the country in
"Dorvania's Ministry of Health"), the U.N.'s 24 and a charity's 38 in "marosh" (the
dateline: the capital the story was filed from, never named again) and another
article's 31 in "kessarin" (where the shelling was); no two were compared. A place in an
organisation's name never places a figure, and a dateline the text never names again,
over a story naming another place, gives way to that place. Also: "verified" and
"others" are stop words of what a figure counts, as "confirmed" is."""

from __future__ import annotations

import pytest

from according.ledger import open_ledger
from according.ledger.figures import (
    counted_key,
    figure_place,
    filed_at_scene,
    place_names_owner,
    place_of_speaker,
)
from ledger_records import article, placed_by_dateline

TUESDAY = "2026-11-24T15:15:00+00:00"


def test_place_names_owner_possessive_of_a_body():
    text = "Dorvania's Ministry of Health said 31 people died in Kessarin."
    org = (text.index("Ministry"), text.index(" said"))
    assert place_names_owner(text, 0, len("Dorvania"), [org])
    assert place_names_owner("Gaza's health ministry said 5 died.", 0, 4, [])
    kessarin = text.index("Kessarin")
    assert not place_names_owner(text, kessarin, kessarin + len("Kessarin"), [org])
    # a possessive that owns no body: "Turkey's south" is where it happened
    assert not place_names_owner("In Turkey's south 5 died.", 3, 9, [])


@pytest.mark.parametrize(("before", "spoke_there"), [
    ("OCHA told reporters in ", True),
    ("the spokeswoman told a briefing in ", True),
    ("at a news conference in ", True),
    ("speaking in ", True),
    ("27 people were killed in ", False),
    ("the ministry said in ", False),
])
def test_place_of_speaker_is_where_a_source_spoke(before: str, spoke_there: bool):
    # a live blog's "OCHA told reporters in Geneva that 26 deaths were verified" placed the
    # town's Wednesday figures in "geneva" (stranger trial 3)
    assert place_of_speaker(before + "Geneva that 26 died.", len(before)) is spoke_there


def test_place_names_owner_inside_an_organisations_name():
    text = "Kessarin General Hospital said 38 had died."
    assert place_names_owner(text, 0, len("Kessarin"), [(0, len("Kessarin General Hospital"))])


def test_filed_at_scene_dateline_never_named_again():
    assert not filed_at_scene("MAROSH", [(120, "Kessarin"), (300, "Kessarin")])
    assert filed_at_scene("MAROSH", [])
    assert filed_at_scene("NAMPULA, Mozambique", [(40, "Nampula province")])
    assert filed_at_scene("KESSARIN, Dorvania", [(40, "Dorvania")])  # its country


def test_figure_place_story_place_over_a_capital_dateline():
    text = ("The ministry said 31 people died in Kessarin. The U.N. said it had verified "
            "24 deaths.")
    places = [(text.index("Kessarin"), "Kessarin")]
    assert figure_place(text, text.index("24"), places, "MAROSH") == "kessarin"
    assert figure_place(text, text.index("24"), [], "MAROSH") == "marosh"


def test_counted_key_verified_and_others_count_what_they_qualify():
    dead = counted_key("people were killed", "people")
    assert counted_key("deaths have been verified", "death") == dead
    assert counted_key("others wounded", "people") == counted_key("wounded", "people")


# the U.N.'s count "recorded", not "verified": a verified count is a floor of the toll
# since merge rules 26 (disagreements.verified_floor), and this story's three sources are
# meant to clash pairwise
MONITOR = ("MAROSH - Dorvania's Ministry of Health said that 31 people had been killed in "
           "Kessarin. The U.N. said it had recorded 24 deaths. Frontline Medical Relief said "
           "38 people had died.")
NORTHLINE = "Thirty-one people were killed in Kessarin, the ministry said on Tuesday."


def _monitor():  # noqa: ANN202
    record = article(
        MONITOR, published=TUESDAY, path="monitor.txt", outlet="Daily Monitor",
        entities=(("Dorvania", "place", None), ("Ministry of Health", "organization", None),
                  ("Kessarin", "place", None)),
        attributions=(
            ("Dorvania's Ministry of Health", "organization", None, "said",
             "31 people had been killed in Kessarin", "indirect"),
            ("The U.N.", "organization", None, "said", "it had recorded 24 deaths",
             "indirect"),
            ("Frontline Medical Relief", "organization", None, "said",
             "38 people had died", "indirect")),
        quantities=(("31", 31, None, None, None, "people had been killed", "people"),
                    ("24", 24, None, None, None, "deaths", "death"),
                    ("38", 38, None, None, None, "people had died", "people")))
    return placed_by_dateline(record, "MAROSH", len("MAROSH - "), "2026-11-24")


def _northline():  # noqa: ANN202
    record = article(
        NORTHLINE, published=TUESDAY, path="northline.txt", outlet="Northline News",
        entities=(("Kessarin", "place", None),),
        attributions=(("the ministry", "organization", None, "said",
                       "Thirty-one people were killed in Kessarin", "indirect"),),
        quantities=(("Thirty-one", 31, None, None, None, "people were killed", "people"),))
    return placed_by_dateline(record, "", 0, "2026-11-24")


def test_ledger_places_a_toll_where_it_was_not_where_its_source_is(tmp_path):
    """The ministry's 31 (its sentence names "Dorvania's Ministry of Health" and
    "Kessarin"), the U.N.'s 24 and the charity's 38 (sentences naming no place, under a
    capital's dateline) are all Kessarin's, as is another article's 31: the three sources
    of the one story disagree pairwise, and the two stories once."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_monitor(), _northline()])
        (series,) = ledger.figures(counted="killed")
    assert {f.text: f.place for f in series.figures} == {
        "31": "kessarin", "24": "kessarin", "38": "kessarin", "Thirty-one": "kessarin"}
    pairs = {frozenset((d.first.text, d.second.text)) for d in series.disagreements}
    # within the Monitor's story its three sources disagree pairwise; the two stories
    # disagree once (a pair of stories counts once: disagreements.py, merge rules 11)
    assert {frozenset(("31", "24")), frozenset(("31", "38")),
            frozenset(("24", "38"))} <= pairs
    assert any("Thirty-one" in pair for pair in pairs)
    assert len(series.disagreements) == 4


def test_ledger_merged_by_rules_11_is_placed_again_in_place(tmp_path, monkeypatch):
    """merge-rules/11 -> 12: a ledger whose figures were placed by an organisation's
    place and a capital's dateline is brought, without a rebuild, to what one clean ingest
    gives today."""
    from according.ledger import derive, figures, rebuild
    from ledger_records import merge_signature

    records = [_monitor(), _northline()]
    clean = tmp_path / "clean.duckdb"
    with open_ledger(clean) as ledger:
        ledger.add_records(records)
        expected = merge_signature(ledger)
    old = tmp_path / "old.duckdb"
    with monkeypatch.context() as patch:  # the rules 11 places
        patch.setattr(derive, "place_names_owner", lambda *a: False)
        patch.setattr(figures, "filed_at_scene", lambda *a: True)
        with open_ledger(old) as ledger:
            ledger.add_records(records)
            assert merge_signature(ledger) != expected
            ledger.con.execute("UPDATE ledger_meta SET value = ? WHERE key = 'merges'",
                               [rebuild._rules_version("merge-rules/11")])
    called: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: called.append(a))
    with open_ledger(old) as ledger:
        assert not ledger.merges_current()
        (series,) = ledger.figures(counted="killed")
        assert ledger.merges_current() and merge_signature(ledger) == expected
    assert called == []  # placed again in place, not rebuilt
    assert {f.place for f in series.figures} == {"kessarin"}


def test_ledger_story_side_names_each_value_with_its_own_sources(tmp_path):
    """A story's side of a disagreement may hold several figures (the Monitor's 24 by the
    U.N. and 38 by the charity, both against Northline's 31): each value is named with its
    own sources, never "'24' (The U.N., Frontline Medical Relief)" (a review of the web
    page read it as the charity saying 24)."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_monitor(), _northline()])
        (series,) = ledger.figures(counted="killed")
    (across,) = [d for d in series.disagreements if "Thirty-one" in
                 (d.first.text, d.second.text)]
    assert "'24' (The U.N.)" in across.reason  # an abbreviation keeps its period (rules 13)
    assert "'38' (Frontline Medical Relief)" in across.reason
    assert "Frontline Medical Relief)" not in across.reason.split("'38'")[0]
