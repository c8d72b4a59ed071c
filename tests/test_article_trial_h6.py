"""Stranger trial h6's layout faults, on short texts written for them: a regional paper's
copy of a wire story under its masthead and its one-line menu (the paper is the outlet, the
wire credited), a zoneless clock kept as written, not midnight (article/pubtime.py), and a
newsroom's own zoneless numeric stamp read in its home zone."""

from __future__ import annotations

from tests.test_article import sound_layout

LEDE = ("Storm surge flooded the harbour district of Kellby overnight, forcing about 400 "
        "residents from their homes, the coastguard said on Monday.")
MORE = ("\"The sea wall held in most places, but not at the old quay,\" harbour master Ola "
        "Brandt told reporters.\n\nMore rain is forecast for Tuesday.\n")


def _herald_copy(menu: str) -> str:
    return ("KELLBY EVENING POST\n\n"
            f"{menu}\n\n"
            "Storm surge floods Kellby harbour district\n\n"
            "Published: Monday, 2 March 2026, 16:40\n\n"
            "By Tom Ashe, Reuters\n\n"
            f"KELLBY, Norland (Reuters) - {LEDE}\n\n{MORE}")


def test_masthead_over_its_menu_row_names_the_carrying_paper() -> None:
    """A paper's name over its menu on one line ("Home | News | …"), then the headline and
    its stamp: the paper publishes the wire's story and the wire stays credited (the old
    reading gave only "Reuters")."""
    meta = sound_layout(_herald_copy("Home | News | Region | Business | Sport")).metadata
    assert meta.outlet == "Kellby Evening Post"
    assert "Reuters" in meta.credits
    assert meta.headline == "Storm surge floods Kellby harbour district"


def test_masthead_over_a_story_sentence_is_no_menu() -> None:
    """A sentence split by a bar is no menu: the first line names no paper then."""
    meta = sound_layout(_herald_copy("Residents were told to leave | police said so.")).metadata
    assert meta.outlet != "Kellby Evening Post"


def test_pubtime_zoneless_clock_kept_not_midnight() -> None:
    """"Published: …, 16:40" with no zone and no address: the clock as written (UTC), the
    TIMEX3 value without an offset beside it (the old reading gave 00:00)."""
    meta = sound_layout(_herald_copy("Home | News | Region | Business | Sport")).metadata
    assert meta.published == "2026-03-02T16:40:00+00:00"
    assert meta.published_timex3 == "2026-03-02T16:40"
    assert meta.published_from and "as written" in meta.published_from


def test_pubtime_release_dated_line_keeps_its_clock() -> None:
    """A government release's place, day and time line ("Kellby, 2 March 2026, 18:00")."""
    text = ("MINISTRY OF COASTAL AFFAIRS\nPress Office\n\n"
            "Kellby, 2 March 2026, 18:00\n\n"
            "Update on the storm surge in Kellby\n\n"
            f"The Ministry informs the public that {LEDE}\n\n{MORE}")
    meta = sound_layout(text).metadata
    assert meta.published == "2026-03-02T18:00:00+00:00"


def test_pubtime_newsrooms_numeric_stamp_in_its_home_zone() -> None:
    """A copy naming its newsroom ("Source: Xinhua") with a numeric stamp and no zone is in
    the newsroom's time (Beijing), not UTC nor midnight."""
    text = ("Port throughput rises 4 pct in first quarter\n\n"
            "Source: Xinhua\n"
            "Editor: Wang Li\n"
            "2026-04-02 10:05:00\n\n"
            "BEIJING, April 2 (Xinhua) -- China's port throughput rose 4 percent year on year "
            "in the first quarter, official data showed Thursday.\n\n"
            "Container traffic rose faster, the transport ministry said.\n")
    meta = sound_layout(text).metadata
    assert meta.outlet == "Xinhua"
    assert meta.published == "2026-04-02T02:05:00+00:00"


LIVE_ENTRIES = ("Monday 2 March\n\n"
                "18:20 GMT — The coastguard says about 400 residents have left the harbour "
                "district. \"The sea wall held in most places,\" harbour master Ola Brandt "
                "says.\n\n"
                "17:05 GMT — Police close the coast road between Kellby and Storvik.\n")


def test_live_page_masthead_with_live_label_and_its_writers_line() -> None:
    """"<Paper> — Live" over the headline names the paper; "Live updates by A and B" under
    it is the byline, not the standfirst (the old reading gave no outlet and no writer)."""
    text = ("The Norland Post — Live\n\n"
            "Kellby storm live: hundreds leave harbour district as surge hits\n\n"
            "Live updates by Petra Lund and Amir Haddad\n\n"
            "Last updated: 2 March 2026, 18:20 GMT\n\n" + LIVE_ENTRIES)
    meta = sound_layout(text).metadata
    assert meta.outlet == "The Norland Post"
    assert meta.byline == ("Petra Lund", "Amir Haddad")
    assert meta.standfirst is None


RELEASE = ("REPUBLIC OF NORLAND\n"
           "MINISTRY OF COASTAL AFFAIRS\n"
           "Press Office\n\n"
           "PRESS RELEASE No. 31/2026\n"
           "For immediate release\n"
           "Kellby, 2 March 2026, 18:00\n\n"
           "Storm surge response in Kellby harbour district\n\n"
           f"The Ministry informs the public that {LEDE}\n\n{MORE}")


def test_release_title_under_numbered_mark_is_the_headline() -> None:
    """A numbered release mark is no headline: the title under it is (the old reading gave
    "PRESS RELEASE No. 31/2026")."""
    meta = sound_layout(RELEASE).metadata
    assert meta.headline == "Storm surge response in Kellby harbour district"


def test_release_letterhead_names_the_issuing_body_as_outlet() -> None:
    """The body the letterhead names over its desk ("Press Office") issued the release; the
    state's name over it ("REPUBLIC OF …") is not it (the old reading gave no outlet)."""
    meta = sound_layout(RELEASE).metadata
    assert meta.outlet == "Ministry of Coastal Affairs"


def test_release_mark_alone_over_a_sentence_keeps_no_sentence_as_headline() -> None:
    """Under the mark a sentence, no title: the mark's line is no headline, and no sentence
    becomes one."""
    text = RELEASE.replace("Storm surge response in Kellby harbour district\n\n", "")
    meta = sound_layout(text).metadata
    assert meta.headline != f"The Ministry informs the public that {LEDE}"
