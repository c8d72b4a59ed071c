"""Stranger trial 9's layout faults (issue 9), on short texts written for them: an
institution's release copied as text, its letterhead over an unnumbered release mark ("BANK OF
…" / "Press Release", "… STATISTICS OFFICE" / "First Release"), whose letterhead was read as
the headline and its title as the byline; and a paper's name on its own line under the byline,
which named no outlet."""

from __future__ import annotations

from tests.test_article import sound_layout

BANK = ("RESERVE BANK OF NORLAND\n"
        "Media Release\n\n"
        "Interest Rate Decision\n"
        "3 March 2026\n\n"
        "The Board of the Reserve Bank of Norland decided today to leave the cash rate "
        "unchanged at 4.10 per cent.\n\n"
        "\"Inflation remains above target,\" Governor Per Alsted said. \"The Board will watch "
        "the data closely.\"\n\n"
        "Media contact: Communications, media@rbn.example\n")

STATS = ("NORLAND BUREAU OF STATISTICS\n"
         "Statistical Release P0141\n\n"
         "Consumer Price Index, January 2026\n"
         "Released: 18 February 2026, 09:00\n\n"
         "Annual consumer price inflation was 3.2% in January 2026, down from 3.5% in "
         "December 2025.\n\n"
         "Prices rose by 0.2% in January compared with December.\n\n"
         "Contact: Prices Division, cpi@stats.norland.example\n")

COURIER = ("Harbour council votes to raise parking fees by a third\n\n"
           "By Ann Roe, Local Government Reporter\n"
           "{paper}\n"
           "Tuesday 3 March 2026\n\n"
           "Kellby's harbour council voted on Monday to raise parking fees by a third from "
           "April, despite protests from shop owners.\n\n"
           "\"We had no choice,\" council leader Jo Marsh said.\n")


def test_bank_release_title_under_its_mark_is_the_headline() -> None:
    """The letterhead over an unnumbered mark is no headline, and the short title under the
    mark is no byline (the old reading gave "RESERVE BANK OF NORLAND" and the byline
    "Interest Rate Decision")."""
    meta = sound_layout(BANK).metadata
    assert meta.headline == "Interest Rate Decision"
    assert meta.byline == ()


def test_short_release_title_in_sentence_case_and_not_a_place() -> None:
    """A short title in a sentence's case is the headline too; a place's name alone under
    the mark is no title."""
    text = BANK.replace("Interest Rate Decision", "Interest rate decision")
    assert sound_layout(text).metadata.headline == "Interest rate decision"
    text = BANK.replace("Interest Rate Decision", "New York")
    assert sound_layout(text).metadata.headline != "New York"


def test_bank_release_letterhead_names_the_bank_as_outlet() -> None:
    """An institution's release: its issuer publishes it (README round 31)."""
    assert sound_layout(BANK).metadata.outlet == "Reserve Bank of Norland"


def test_statistics_release_headline_and_issuer() -> None:
    """A statistics office's mark ("Statistical Release P0141") under its letterhead: the
    title under it is the headline, the office the outlet, its release stamp the time."""
    meta = sound_layout(STATS).metadata
    assert meta.headline == "Consumer Price Index, January 2026"
    assert meta.outlet == "Norland Bureau of Statistics"
    assert (meta.published or "").startswith("2026-02-18T09:00")


def test_letterhead_that_is_no_body_over_a_mark_stays_headline() -> None:
    """A line that names no body of government, bank or office over the mark is not taken
    for a letterhead."""
    text = BANK.replace("RESERVE BANK OF NORLAND", "Rates held as inflation stays high")
    assert sound_layout(text).metadata.headline == "Rates held as inflation stays high"


def test_paper_name_under_the_byline_names_the_outlet() -> None:
    """The paper's own name on the line under the byline, over the day (the old reading took
    it for part of the byline and named no outlet)."""
    meta = sound_layout(COURIER.format(paper="The Harbour Sentinel")).metadata
    assert meta.outlet == "The Harbour Sentinel"
    assert meta.byline == ("Ann Roe",)
    meta = sound_layout(COURIER.format(paper="KELLBY EVENING POST")).metadata
    assert meta.outlet == "Kellby Evening Post"


def test_job_or_desk_under_the_byline_names_no_outlet() -> None:
    """A writer's job or a section's name under the byline is no paper."""
    for line in ("Political Correspondent", "Local News"):
        text = COURIER.format(paper=line).replace(", Local Government Reporter", "")
        assert sound_layout(text).metadata.outlet is None, line
