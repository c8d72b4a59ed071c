"""Stranger trial 3's layout faults, on short texts written for them: the outlet a text copy
names only in its own header (a paper's masthead over a wire story it carries, a live
page's meta line, a transcript's title, a release's "About" heading) and the time a live
page's meta line or a transcript's title gives (article/text_mastheads.py)."""

from __future__ import annotations

from according.article.text_mastheads import as_name
from tests.test_article import sound_layout

LEDE = ("Flood water rose through the lower town of Pellworth overnight, forcing about 300 "
        "families from their homes, the regional council said on Thursday.")
MORE = ("\"We have never seen the river this high in March,\" council leader Ruth Anand told "
        "reporters at the bridge.\n\nThe river is expected to peak on Friday morning.\n")


def test_masthead_in_capitals_over_wire_story_names_the_carrying_paper() -> None:
    """A paper's name in capitals over an AP story it carries publishes it; the wire stays
    credited (the old reading gave the wire as the outlet and the masthead as furniture)."""
    text = ("THE HARBOUR SENTINEL\n"
            "Region | Friday, March 6, 2026\n\n"
            "Floods force hundreds from homes in Pellworth\n\n"
            "By The Associated Press\n\n"
            f"PELLWORTH, Eastland (AP) — {LEDE}\n\n{MORE}")
    meta = sound_layout(text).metadata
    assert meta.outlet == "The Harbour Sentinel"
    assert "The Associated Press" in meta.credits
    assert meta.headline == "Floods force hundreds from homes in Pellworth"


def test_masthead_the_name_over_headline_and_byline_names_the_outlet() -> None:
    """"The Lantern" alone over the headline and the writer's byline is the paper's name,
    though its last word is no paper's word."""
    text = ("The Lantern\n\n"
            "Floods force hundreds from homes in Pellworth\n\n"
            "By Ines Carvalho\n\n"
            "Friday 6 March 2026 08:15 GMT\n\n"
            f"{LEDE}\n\n{MORE}")
    meta = sound_layout(text).metadata
    assert meta.outlet == "The Lantern"
    assert meta.byline == ("Ines Carvalho",)
    assert meta.published == "2026-03-06T08:15:00+00:00"


def test_masthead_column_name_over_headline_names_no_outlet() -> None:
    """A "The …" column over a headline ("The Long Read") is no paper's name."""
    text = ("The Long Read\n\n"
            "Floods force hundreds from homes in Pellworth\n\n"
            "By Ines Carvalho\n\n"
            "Friday 6 March 2026 08:15 GMT\n\n"
            f"{LEDE}\n\n{MORE}")
    assert sound_layout(text).metadata.outlet is None


def test_masthead_topic_the_headline_opens_with_names_no_outlet() -> None:
    """A name the headline opens with is the headline's topic tag, not the paper."""
    text = ("The Harbour Sentinel\n\n"
            "The Harbour Sentinel closes its print edition after 140 years\n\n"
            "By Ines Carvalho\n\n"
            f"{LEDE}\n\n{MORE}")
    assert sound_layout(text).metadata.outlet is None


def test_live_meta_line_gives_outlet_and_update_time() -> None:
    """"Radio Norden News | Live blog | Updated …" under a live page's headline: the newsroom
    is the outlet, the stamp the publication time, and the line no standfirst."""
    text = ("LIVE: Floods in Pellworth – latest\n\n"
            "Radio Norden News | Live blog | Updated March 6, 2026, 07:45 UTC\n\n"
            "Friday, March 6\n\n"
            f"07:40 UTC — {LEDE}\n\n{MORE}")
    layout = sound_layout(text)
    meta = layout.metadata
    assert meta.outlet == "Radio Norden News"
    assert meta.published == "2026-03-06T07:45:00+00:00"
    assert meta.standfirst is None
    start = text.index("Radio Norden News")
    assert any(r.kind == "date" and r.start == start for r in layout.regions)


def test_live_meta_line_without_newsroom_name_names_no_outlet() -> None:
    """A meta line whose first piece is a label, not a newsroom ("Weather | Live | …"),
    names no outlet."""
    text = ("LIVE: Floods in Pellworth – latest\n\n"
            "Weather | Live blog | Updated March 6, 2026, 07:45 UTC\n\n"
            f"07:40 UTC — {LEDE}\n\n{MORE}")
    assert sound_layout(text).metadata.outlet is None


def test_transcript_title_gives_programme_and_air_time() -> None:
    """A transcript's title line with a zoneless time after its day: the programme is the
    outlet, and the time is kept on that day as written (read as UTC, its TIMEX3 value with
    no zone beside it: article/pubtime.py, stranger trial h6); the old reading lost it."""
    text = ("TRANSCRIPT: KBN NIGHT DESK, 6 MARCH 2026, 21:30\n\n"
            "[BEGIN TRANSCRIPT]\n\n"
            "ANCHOR (MARA VOSS): Good evening. Flood water rose through Pellworth overnight.\n\n"
            "ANCHOR: Our reporter is at the bridge.\n\n"
            "[END TRANSCRIPT]\n")
    meta = sound_layout(text).metadata
    assert meta.outlet == "KBN Night Desk"
    assert meta.published == "2026-03-06T21:30:00+00:00"
    assert meta.published_timex3 == "2026-03-06T21:30"


def test_transcript_title_with_zone_reads_that_zone() -> None:
    text = ("TRANSCRIPT: KBN NIGHT DESK, 6 MARCH 2026, 21:30 CET\n\n"
            "ANCHOR (MARA VOSS): Good evening. Flood water rose through Pellworth overnight.\n\n"
            "ANCHOR: Our reporter is at the bridge.\n")
    assert sound_layout(text).metadata.published == "2026-03-06T20:30:00+00:00"


def test_release_about_heading_names_the_sender_as_outlet() -> None:
    """A press release ("FOR IMMEDIATE RELEASE") whose foot has "About <sender>": the sender
    issued it and is its outlet."""
    text = ("FOR IMMEDIATE RELEASE\n\n"
            "River Aid Network: shelters open in Pellworth after floods\n\n"
            f"PELLWORTH, 6 March 2026 – {LEDE}\n\n{MORE}\n"
            "About River Aid Network\n"
            "River Aid Network is an independent relief charity working in 9 countries.\n\n"
            "Media contact: press@riveraid.example\n\n###\n")
    assert sound_layout(text).metadata.outlet == "River Aid Network"


def test_release_about_heading_without_release_mark_names_no_outlet() -> None:
    """An "About" heading at the foot of a story not marked as a release names no outlet."""
    text = ("Floods force hundreds from homes in Pellworth\n\n"
            f"{LEDE}\n\n{MORE}\n"
            "About River Aid Network\n"
            "River Aid Network is an independent relief charity working in 9 countries.\n")
    assert sound_layout(text).metadata.outlet is None


def test_as_name_restores_case_keeping_initialisms() -> None:
    assert as_name("THE VALLEY COURIER") == "The Valley Courier"
    assert as_name("DNB EVENING NEWS") == "DNB Evening News"
    assert as_name("The Lantern") == "The Lantern"


def test_dateline_under_correction_note_is_read() -> None:
    """A correction note opening the story hid the dateline of the paragraph under it; the
    note stays the story's."""
    text = ("Pellworth lowers flood count to 280 families\n\n"
            "By Ines Carvalho\n\n"
            "Friday 6 March 2026 08:15 GMT\n\n"
            "Correction: An earlier version of this article said 340 families had left their "
            "homes. The council's figure at the time was 300.\n\n"
            f"PELLWORTH — {LEDE}\n\n{MORE}")
    layout = sound_layout(text)
    assert layout.metadata.dateline == "PELLWORTH"
    note = text.index("Correction:")
    assert any(r.kind == "body" and r.start == note for r in layout.regions)


def test_dateline_under_story_paragraph_is_not_read() -> None:
    """A place opening the second paragraph under a story's own first paragraph is no
    dateline: only an editor's note is looked past."""
    text = ("Pellworth lowers flood count to 280 families\n\n"
            "By Ines Carvalho\n\n"
            f"{LEDE}\n\n"
            "PELLWORTH — The council opened two schools as shelters on Thursday night.\n\n"
            f"{MORE}")
    assert sound_layout(text).metadata.dateline is None


def test_masthead_region_section_names_no_outlet() -> None:
    """A region's section over a headline ("The Middle East") is no paper's name."""
    text = ("The Middle East\n\n"
            "Floods force hundreds from homes in Pellworth\n\n"
            "By Ines Carvalho\n\n"
            "Friday 6 March 2026 08:15 GMT\n\n"
            f"{LEDE}\n\n{MORE}")
    assert sound_layout(text).metadata.outlet is None


def test_release_about_us_heading_names_no_sender() -> None:
    """A release's "About Us" or "About the Author" heading names no sender."""
    for heading in ("About Us", "About the Author"):
        text = ("FOR IMMEDIATE RELEASE\n\n"
                "River Aid Network: shelters open in Pellworth after floods\n\n"
                f"PELLWORTH, 6 March 2026 – {LEDE}\n\n{MORE}\n"
                f"{heading}\n"
                "We are an independent relief charity working in 9 countries.\n")
        assert sound_layout(text).metadata.outlet is None, heading


def test_release_sender_yields_to_copyright_line() -> None:
    """A release's copyright line names its publisher more surely than its "About" heading
    (the sender is the outlet only when nothing else names one)."""
    text = ("FOR IMMEDIATE RELEASE\n\n"
            "River Aid Network: shelters open in Pellworth after floods\n\n"
            f"PELLWORTH, 6 March 2026 – {LEDE}\n\n{MORE}\n"
            "About River Aid Network\n"
            "River Aid Network is an independent relief charity working in 9 countries.\n\n"
            "Copyright 2026 The Guardian. All rights reserved.\n")
    assert sound_layout(text).metadata.outlet == "The Guardian"


def test_button_row_of_share_prompt_and_follow_prompt_is_furniture() -> None:
    """"Share this live blog | Follow Radio Norden News on X" under a live page's last post
    is a row of buttons, not the story's (each piece alone is furniture)."""
    text = ("LIVE: Floods in Pellworth – latest\n\n"
            "Radio Norden News | Live blog | Updated March 6, 2026, 07:45 UTC\n\n"
            f"07:40 UTC — {LEDE}\n\n{MORE}\n"
            "Share this live blog | Follow Radio Norden News on X\n")
    layout = sound_layout(text)
    row = text.index("Share this live blog")
    assert any(r.kind == "boilerplate" and r.start == row for r in layout.regions)


def test_bar_line_of_story_words_stays_story() -> None:
    """A story line with a bar whose pieces are no buttons stays the story's."""
    text = ("Floods force hundreds from homes in Pellworth\n\n"
            f"{LEDE}\n\n"
            "Shelters open | Schools closed until Monday\n\n"
            f"{MORE}")
    layout = sound_layout(text)
    row = text.index("Shelters open")
    assert any(r.kind == "body" and r.start == row for r in layout.regions)


def test_transcript_title_naming_an_event_names_no_outlet() -> None:
    """A transcript's title naming an event, not a programme ("Interview with …", "PRESS
    BRIEFING …"), names no outlet; its time is still read."""
    for title in ("Transcript: Interview with Ann Roe, 6 March 2026, 21:30",
                  "TRANSCRIPT: PRESS BRIEFING BY THE MAYOR, 6 MARCH 2026, 21:30"):
        text = (f"{title}\n\n"
                "ANCHOR (MARA VOSS): Good evening. Flood water rose through Pellworth.\n\n"
                "ANCHOR: Our reporter is at the bridge.\n")
        meta = sound_layout(text).metadata
        assert meta.outlet is None, title
        assert meta.published_timex3 == "2026-03-06T21:30", title
