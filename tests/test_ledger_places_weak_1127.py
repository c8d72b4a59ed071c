"""Stranger trial of 2026-11-27 (floods): within one article the ministry's 140 missing
took "Orvane province" from its sentence, the charity's 210 (a sentence naming no place)
the dateline's town, and the story's central disagreement was never flagged. A place
from the dateline or the article's most named place is weak: it gives way to the one
place the article states for figures of the same series and day. And a figure's place
comes from its own clause or its source's, not a neighbouring clause about another party
("the EU pledged 25 million euros, matching a US pledge": not the United States)."""

from __future__ import annotations

import pytest

from according.ledger import open_ledger
from according.ledger.derive import settle_weak_places
from according.ledger.figures import figure_clause, placed_figure
from ledger_records import article, placed_by_dateline

WEDNESDAY = "2026-03-11T16:00:00+00:00"

GAZETTE = ("TALMOR - The Civil Defence Agency said on Wednesday that 64 people were "
           "missing in Varn district. But Harbour Aid, a relief group that runs shelters "
           "along the coast, said its volunteers had a list of 95 people missing. Water was "
           "still receding from the lower streets of Talmor.")


def _gazette(*, second_place: str | None = None):  # noqa: ANN202
    text = GAZETTE if second_place is None else GAZETTE.replace(
        "had a list of 95 people missing", f"had a list of 95 people missing in {second_place}")
    places = [("Varn district", "place", None), ("Talmor", "place", None)]
    if second_place:
        places.append((second_place, "place", None))
    record = article(
        text, published=WEDNESDAY, path="gazette.txt", outlet="The Coast Gazette",
        entities=(*places, ("Civil Defence Agency", "organization", None),
                  ("Harbour Aid", "organization", None)),
        attributions=(
            ("The Civil Defence Agency", "organization", None, "said",
             "64 people were missing in Varn district", "indirect"),
            ("Harbour Aid", "organization", None, "said",
             "its volunteers had a list of 95 people missing", "indirect")),
        quantities=(("64", 64, None, None, None, "people were missing", "people"),
                    ("95", 95, None, None, None, "people missing", "people")))
    return placed_by_dateline(record, "TALMOR", len("TALMOR - "), "2026-03-11")


def test_ledger_weak_place_compared_with_the_articles_stated_place(tmp_path):
    """The agency's 64 (stated: Varn district) and the charity's 95 (its sentence names
    no place: the dateline, a weak place) are compared: a within-article disagreement;
    each figure still shows its place as found."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_gazette()])
        (series,) = ledger.figures(counted="missing")
    assert {f.text: f.place for f in series.figures} == {"64": "varn district",
                                                        "95": "talmor"}
    (found,) = series.disagreements
    assert found.within_article
    assert {found.first.text, found.second.text} == {"64", "95"}


def test_ledger_two_stated_places_stay_apart(tmp_path):
    """Two towns, each with its own count, are not compared."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_gazette(second_place="Osk")])
        (series,) = ledger.figures(counted="missing")
    assert {f.text: f.place for f in series.figures} == {"64": "varn district", "95": "osk"}
    assert series.disagreements == ()


@pytest.mark.parametrize(("placed", "expected"), [
    # one stated place of the same series and day: the weak one takes it
    ([("k", "d", "varn district", True), ("k", "d", "talmor", False)],
     ["varn district", "varn district"]),
    # another day of the series: the article's one place for its unit; another unit's
    # figure is left where it was
    ([("k | people", "d", "varn district", True), ("k | people", "e", "talmor", False),
      ("j | usd", "d", "talmor", False)], ["varn district", "varn district", "talmor"]),
    # two stated places (two towns): left where it was
    ([("k", "d", "varn", True), ("k", "d", "osk", True), ("k", "d", "talmor", False)],
     ["varn", "osk", "talmor"]),
    # one place written two ways ("Varn district", "Varn") is one place
    ([("k", "d", "varn district", True), ("k", "d", "varn", True),
      ("k", "d", "talmor", False)], ["varn district", "varn", "varn district"]),
])
def test_settle_weak_places(placed, expected):  # noqa: ANN001
    assert settle_weak_places(placed) == expected


PLEDGES = ("The European Union pledged 40 million euros in aid on Monday, matching an "
           "earlier pledge from Japan. Canada promised $12 million, and Norway announced "
           "$9 million in aid for Varn.")


def _places(text: str, *names: str) -> list[tuple[int, str]]:
    return [(text.index(n), n) for n in names]


def test_placed_figure_not_from_a_neighbouring_clause():
    places = _places(PLEDGES, "Japan", "Canada", "Norway", "Varn")
    # its clause names no place: the dateline, a weak place (before: "japan", stated)
    assert placed_figure(PLEDGES, PLEDGES.index("40"), places, "VARN") == ("varn", False)
    assert placed_figure(PLEDGES, PLEDGES.index("$12"), places, None)[0] == "canada"
    assert placed_figure(PLEDGES, PLEDGES.index("$9"), places, None) == ("norway", True)


def test_placed_figure_from_its_sources_clause():
    text = "Rescuers found 12 bodies, and officials in Varn said 30 were missing."
    places = _places(text, "Varn")
    # the 12's clause names no place; the speaker of the 30 is in Varn
    assert placed_figure(text, text.index("12"), places, None)[1] is False
    said = text.index("said")
    assert placed_figure(text, text.index("30"), places, None, speaker_at=said) == (
        "varn", True)
    assert placed_figure(text, text.index("12"), places, None, speaker_at=said) == (
        "varn", True)


def test_figure_clause_never_cut_inside_the_figure():
    text = "Between 20 and 30 people died in Varn."
    start, end = 0, text.index(" people")
    assert figure_clause(text, 0, len(text), start, end) == (0, len(text))
    text = "Aid so far, including 5 million euros from Osk and $2 million from Varn, is low."
    a, b = figure_clause(text, 0, len(text), text.index("5 million"), text.index(" from Osk"))
    assert text[a:b] == "including 5 million euros from Osk"


def test_settle_weak_places_not_for_figures_compared_with_none():
    """A figure that does not say what it counts ("$27.3 million", a conversion) keeps its
    own place: it is compared with none, and another's stated place is not its own."""
    assert settle_weak_places([(None, "d", "united states", True),
                               (None, "d", "talmor", False)]) == ["united states", "talmor"]


def test_settle_weak_places_the_articles_one_place_for_its_unit():
    """With no stated place of its own series and day, a weak place takes the one place
    its article states for figures of its unit (a follow-up's Tuesday count of the
    missing, its only stated place "across Varn district" for the displaced)."""
    placed = [("displaced | people", "e", "varn district", True),
              ("missing | people", "d", "talmor", False),
              ("usd | usd", "d", "osk", True)]
    assert settle_weak_places(placed) == ["varn district", "varn district", "osk"]
    two = [*placed, ("dead | people", "e", "osk", True)]
    assert settle_weak_places(two)[1] == "talmor"


def test_ledger_merged_by_rules_14_is_placed_again_in_place(tmp_path, monkeypatch):
    """merge-rules/14 -> 15: a ledger whose weak places split a disagreement is brought,
    without a rebuild, to what one clean ingest gives today."""
    from according.ledger import derive, figures
    from ledger_records import assert_migrated_in_place

    rules_14 = [(derive, "settle_weak_places", lambda placed: [p[2] for p in placed]),
                (figures, "figure_clause", lambda text, left, right, *_: (left, right))]
    found = []
    assert_migrated_in_place(
        tmp_path, monkeypatch, [_gazette()], rules_14, "merge-rules/14",
        lambda ledger: found.extend(ledger.figures(counted="missing").items))
    (series,) = found
    assert len(series.disagreements) == 1


@pytest.mark.parametrize("text", [
    "The flood hit Osk, which lost 12 people.",   # a relative clause about the place
    "Osk: 12 people dead after the flood.",       # a live blog's "Place: figure"
    "In Osk, 12 people died overnight.",          # an opening phrase
])
def test_placed_figure_keeps_the_place_its_clause_is_about(text):  # noqa: ANN001
    assert placed_figure(text, text.index("12"), _places(text, "Osk"), None) == ("osk", True)
