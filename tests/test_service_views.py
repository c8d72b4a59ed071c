"""What the pages draw, as pure functions: a record as marked pieces and cards
(service/article_view.py), a figure series as timeline points (service/timeline.py)."""

from __future__ import annotations

import pytest

from according.records import (
    Attribution,
    Entity,
    InputInfo,
    Quantity,
    Recipient,
    Record,
    Region,
    Source,
    TimeExpression,
)
from according.service.article_view import article_view, bounds_text
from according.service.models import Disagreement, Figure, FigureRef, FigureSeries
from according.service.timeline import MAX_POINTS, build_timeline
from ledger_records import span

TEXT = ("Flood barrier fails\n\nRead more\n\nThe Post reported on Monday that the barrier "
        "failed, and one official told the Post \"we knew it was weak\". About 600 homes "
        "flooded.\n")


def _record() -> Record:
    post = Entity("E1", "The Washington Post", "outlet", None,
                  (span(TEXT, "The Post"), span(TEXT, "the Post")))
    outer = Attribution("A1", "indirect", Source(span(TEXT, "The Post"), "outlet", "E1"),
                        span(TEXT, "reported"),
                        (span(TEXT, "the barrier failed, and one official told the Post "
                                    "\"we knew it was weak\""),), confidence=0.8)
    inner = Attribution("A2", "direct", Source(span(TEXT, "one official"), "anonymous"),
                        span(TEXT, "told"), (span(TEXT, "\"we knew it was weak\""),),
                        Recipient(span(TEXT, "the Post"), "E1"), within="A1", confidence=0.7)
    toll = Quantity("Q1", span(TEXT, "About 600"), 600, 540, 660, "about", "homes", "homes")
    monday = TimeExpression(span(TEXT, "Monday"), "2024-03-04", "day", True)
    regions = (Region(0, 19, "headline"), Region(21, 30, "related"),
               Region(32, len(TEXT) - 1, "body"))
    return Record(text=TEXT, input=InputInfo("t.txt"), regions=regions, entities=(post,),
                  attributions=(outer, inner), quantities=(toll,), times=(monday,))


def test_article_view_pieces_are_the_text_exactly():
    view = article_view(_record())
    pieces = [p for b in view.blocks for p in b.pieces]
    assert all(TEXT[p.start:p.end] == p.text for p in pieces)
    assert "".join(p.text for p in pieces) == TEXT.replace("\n\n", "").rstrip("\n")
    assert [b.kind for b in view.blocks] == ["headline", "related", "body"]
    assert [b.furniture for b in view.blocks] == [False, True, False]


def test_article_view_marks_roles_and_nesting_innermost_first():
    pieces = {p.text: p for b in article_view(_record()).blocks for p in b.pieces}
    assert pieces["The Post"].roles == ("source",) and pieces["The Post"].attributions == (1,)
    assert pieces["one official"].roles == ("source", "content")
    assert pieces["one official"].attributions == (2, 1)  # its own first, then the report
    assert pieces["the Post"].roles == ("content", "recipient")
    assert pieces["\"we knew it was weak\""].attributions == (2, 1)
    assert pieces["Monday"].roles == ("time",) and pieces["Monday"].time == "2024-03-04"
    assert pieces["About 600"].figure == "600 (540 to 660) homes"


def test_article_view_cards_resolve_sources_and_chains():
    outer, inner = article_view(_record()).cards
    assert outer.source == "The Washington Post" and outer.source_as_written == "The Post"
    assert inner.chain == ("The Washington Post", "one official")
    assert inner.recipient == "The Washington Post" and inner.source_type == "anonymous"


def test_article_view_survives_a_nesting_cycle_and_no_regions():
    record = _record()
    a1, a2 = record.attributions
    cyclic = Record(text=TEXT, input=record.input, entities=record.entities, attributions=(
        Attribution(**{**a1.__dict__, "within": "A2"}), a2))
    view = article_view(cyclic)
    assert [b.kind for b in view.blocks] == ["unlabelled"]
    assert view.cards[1].chain == ("The Washington Post", "one official")


@pytest.mark.parametrize(("low", "high", "hedge", "words"), [
    (540, 660, "about", "540 to 660"), (None, 4000, "nearly", "at most 4,000"),
    (35000, None, "more than", "more than 35,000"), (100, None, "at least", "at least 100"),
    (251, 251, None, ""), (None, None, None, ""),
])
def test_bounds_text(low, high, hedge, words):
    assert bounds_text(low, high, hedge) == words


def _figure(article: str, value: float, day: str | None, outlet: str, low=None, high=None,
            hedge=None) -> Figure:
    return Figure(article_id=article, quantity_id="Q1", text=str(value), value=value, low=low,
                  high=high, hedge=hedge, counted="people killed", unit="people",
                  key="dead people | people", day=day, published=day and day + "T12:00:00",
                  outlet=outlet, source="officials")


def _series(figures: list[Figure], clashes=()) -> FigureSeries:
    return FigureSeries(key="dead people | people", label="dead people", figures=figures,
                        n_figures=len(figures), disagreements=[
                            Disagreement(first=FigureRef(article_id=a, quantity_id="Q1"),
                                         second=FigureRef(article_id=b, quantity_id="Q1"),
                                         reason="") for a, b in clashes])


def test_timeline_places_points_by_day_and_value():
    series = _series([
        _figure("a", 1200, "2024-02-06", "Reuters", 1200, None, "at least"),
        _figure("b", 900, "2024-02-06", "BBC", 810, 990, "about"),
        _figure("c", 4000, "2024-02-08", "Guardian", None, 4000, "nearly"),
        _figure("d", 5, None, "Guardian"),
    ], clashes=[("a", "b")])
    t = build_timeline(series)
    a, b, c = t.points
    assert a.x < c.x and abs(a.x - b.x) < 20  # one day apart by a small nudge only
    assert c.y < a.y < b.y  # higher values higher up (smaller y)
    assert a.open_high and not a.open_low and c.open_low
    assert b.y_high < b.y < b.y_low  # the interval around its value
    assert a.disagrees and b.disagrees and not c.disagrees and len(t.links) == 1
    assert [f.article_id for f in t.undated] == ["d"] and t.figure_count == 4
    assert {g.name for g in t.groups} == {"Reuters", "BBC", "Guardian"}
    assert "disagrees with a figure of the same day" in a.lines


def test_timeline_lists_each_disagreement_with_both_sides_named():
    # two disagreements may ring the same two points (a story's 24 and 38 against another
    # story's 31 are drawn as one line); the page counts and lists the disagreements
    figures = [_figure("a", 24, "2026-11-24", "Monitor"),
               _figure("b", 31, "2026-11-24", "Northline")]
    series = FigureSeries(key="dead people | people", label="dead people", figures=figures,
                          n_figures=2, disagreements=[
                              Disagreement(first=FigureRef(article_id="a", quantity_id="Q1"),
                                           second=FigureRef(article_id="b", quantity_id="Q1"),
                                           reason=reason)
                              for reason in ("'24' (U.N.) vs '31' (ministry)",
                                             "'24' (U.N.) vs '31' (spokesman)")])
    t = build_timeline(series)
    assert len(t.links) == 1
    assert t.disagreements == ("'24' (U.N.) vs '31' (ministry)",
                               "'24' (U.N.) vs '31' (spokesman)")


def test_timeline_merges_repeats_and_caps_points():
    same = [_figure(f"r{i}", 300, "2024-01-01", "Reuters") for i in range(5)]
    assert [p.count for p in build_timeline(_series(same)).points] == [5]
    many = [_figure(f"m{i}", i + 1, f"2024-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}", f"o{i}")
            for i in range(MAX_POINTS + 50)]
    t = build_timeline(_series(many), grouping="outlet")
    assert len(t.points) == MAX_POINTS and t.left_out == 50 and len(t.groups) == 10
    assert not t.log_scale  # the drawn values, 51 to 850, span less than LOG_RATIO
    wide = build_timeline(_series([_figure("x", 2, "2024-01-01", "A"),
                                   _figure("y", 20000, "2024-01-02", "B")]))
    assert wide.log_scale and wide.points[0].y > wide.points[1].y
