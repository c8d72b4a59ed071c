"""A paper's name printed over a scraped page (its masthead) is the outlet, not the headline,
and beats the wire its byline or copyright line names: found by the ledger's trials, where
"Indian Ocean Post" over "Health" over the headline was read as the headline (outlet none)
and "Altiplano Times" over an AP story as an AP article (according.article.header)."""

from __future__ import annotations

from according.article import read_layout

STORY = (
    "PORT LOUIS, Mauritius - Dockworkers walked out on Monday after talks over night-shift pay "
    "broke down, the union said.",
    "The port authority said 14 ships were waiting to unload by Monday evening and that it "
    "had asked the labour ministry to mediate.",
)


def _layout(*top: str):  # noqa: ANN202
    text = "\n".join([*top, *STORY]) + "\n"
    layout = read_layout(text)
    for r in layout.regions:
        assert text[r.start:r.end].strip()
    return layout


def test_layout_masthead_over_a_section_label_is_the_outlet_not_the_headline() -> None:
    layout = _layout("Harbour Gazette", "Business", "Dockworkers walk out over night-shift pay",
                     "By Ann Roe", "October 8, 2025 6:30 pm")
    assert layout.metadata.headline == "Dockworkers walk out over night-shift pay"
    assert layout.metadata.outlet == "Harbour Gazette"


def test_layout_masthead_beats_the_wire_of_its_byline() -> None:
    layout = _layout("The Harbour Gazette", "Dockworkers walk out over night-shift pay",
                     "By ANN ROE Associated Press", "Published 8:15 a.m. Monday, October 13, 2025")
    assert layout.metadata.outlet == "The Harbour Gazette"
    assert layout.metadata.credits == ("The Associated Press",)


def test_layout_title_case_headline_ending_in_a_paper_word_stays_the_headline() -> None:
    layout = _layout("Port Strike Leaves Town Without Its Morning Star",
                     "Dockworkers walk out over night-shift pay as ships wait")
    assert layout.metadata.headline == "Port Strike Leaves Town Without Its Morning Star"


def test_layout_section_label_ending_in_news_is_no_masthead() -> None:
    layout = _layout("Local News", "Dockworkers walk out over night-shift pay", "By Ann Roe",
                     "October 8, 2025 6:30 pm")
    assert layout.metadata.headline == "Dockworkers walk out over night-shift pay"
    assert layout.metadata.outlet != "Local News"
