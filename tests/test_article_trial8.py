"""Article layout: stranger trial 8's layout items (issue 9), each pinned on a short article
of its own: a live page's entries (all story, newest first under their times), a situation
report's highlights, producer line, table source note and data-day line, and a scraped
text's site name over its headline and its share row."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from according.read.html import html_article
from tests.test_article import sound_layout

LIVE_HEADLINE = "Live: Harbour storm - latest updates"
ENTRIES = (
    ("18:05", "The port authority says at least 12 boats have now sunk in the harbour as of "
              "Tuesday, well above the coastguard's count of 7. \"The official count only "
              "includes registered vessels,\" harbourmaster Ines Palo said."),
    ("14:30", "The coastguard has released its update: 7 boats sunk and 3 people injured, up "
              "from 4 boats on Monday."),
    ("09:10", "Good morning and welcome to our live coverage of the storm over the harbour."),
)


def _live_page(*, stamp_tag: str = "h3") -> str:
    entries = "".join(
        f'<div class="entry"><{stamp_tag}><time datetime="2026-03-10T{t}:00+01:00">{t}</time>'
        f"</{stamp_tag}><p>{p}</p></div>\n" for t, p in ENTRIES)
    return (
        "<html><head><title>Live: Harbour storm | Coast Courier</title>"
        '<meta property="og:site_name" content="Coast Courier">'
        '<meta property="article:published_time" content="2026-03-10T08:55:00+01:00">'
        "</head><body><nav><a href='/'>Coast Courier</a> <a href='/live'>Live</a></nav>"
        f'<main><article class="liveblog"><h1>{LIVE_HEADLINE}</h1>'
        '<p class="byline">By Coast Courier staff</p>'
        '<p class="updated">Last updated 10 March 2026, 18:05</p>\n'
        f"{entries}</article>"
        "<aside><h2>Trending</h2><p><a href='/x'>Harbour market reopens after 5 days</a></p>"
        "</aside></main><footer><p>&copy; 2026 Coast Courier.</p></footer></body></html>")


def _layout_of_page(html: str):  # type: ignore[no-untyped-def]
    article = html_article(html, name="live.html")
    assert not hasattr(article, "reason"), article
    return article.text, sound_layout(article.text, hints=article.hints)


@pytest.mark.parametrize("stamp_tag", ["h3", "div"])
def test_live_page_entries_are_story_newest_first_under_their_times(stamp_tag: str) -> None:
    text, layout = _layout_of_page(_live_page(stamp_tag=stamp_tag))
    kinds = {text[r.start:r.end]: r.kind for r in layout.regions}
    # the headline heads the page; the newest entry stays under it, as the page prints it
    assert text.index(LIVE_HEADLINE) < text.index(ENTRIES[0][1])
    places = [text.index(p) for _, p in ENTRIES]
    assert places == sorted(places)
    for stamp, paragraph in ENTRIES:
        assert kinds[paragraph] == "body"
        # each entry's time is kept on its own line over its entry, a stamp line
        assert text.index(stamp + "\n") < text.index(paragraph)
        assert kinds[stamp] == "date"


def test_live_entry_times_date_their_figures() -> None:
    # the entry stamps are the live blog's headings the as-of stage reads (the first one,
    # right over the story's first line, is read as the page's own stamp there)
    from according.times.headings import entry_headings

    text, layout = _layout_of_page(_live_page())
    published = datetime(2026, 3, 10, 7, 55, tzinfo=UTC)
    headings = entry_headings(text, layout.regions, published)
    assert [text[h.span.start:h.span.end] for h in headings][-2:] == [t for t, _ in ENTRIES[1:]]


def test_page_without_timed_entries_is_left_as_read() -> None:
    # guard: a story whose paragraphs carry no entry stamps is not reordered
    from according.read.html import _tree
    from according.read.live_entries import live_entries

    page = _live_page().replace("<time", "<span").replace("</time>", "</span>")
    page = page.replace("18:05</span>", "Storm</span>").replace("14:30</span>", "Port</span>")
    assert live_entries(_tree(page)) is None


SITREP = "\n".join([
    "KALDORIA: Floods in the Upper Vessa Valley",
    "Flash Update No. 2",
    "As of 12 March 2026",
    "",
    "This report is produced by OCHA Kaldoria in collaboration with humanitarian partners. "
    "It covers the period from 10 to 12 March 2026.",
    "",
    "HIGHLIGHTS",
    "",
    "- The Ministry of Interior reports 41 deaths and 12,000 people displaced in the Upper "
    "Vessa Valley as of 12 March.",
    "- 6 evacuation centres have opened in Brenn and Ostmark districts.",
    "",
    "KEY FIGURES",
    "",
    "People displaced ........ 12,000",
    "Deaths .................. 41",
    "Evacuation centres ...... 6",
    "",
    "Source: Ministry of Interior of Kaldoria, Civil Protection Directorate.",
    "",
    "SITUATION OVERVIEW",
    "",
    "Heavy rains on 9 March caused the Vessa River to flood large parts of Brenn district. "
    "Partners estimate that 2,000 homes were destroyed.",
    "",
    "For further information, please contact:",
    "Jan Marek, Head of Office, OCHA Kaldoria, marek@un.example",
    ""])


def _kinds(text: str, **kwargs) -> dict[str, str]:  # type: ignore[no-untyped-def]
    layout = sound_layout(text, **kwargs)
    out = {}
    for r in layout.regions:
        for line in text[r.start:r.end].splitlines():
            out[line] = r.kind
    return out


def test_situation_report_highlights_are_story() -> None:
    kinds = _kinds(SITREP)
    for line in SITREP.splitlines():
        if line.startswith("- "):
            assert kinds[line] == "body", line


def test_summary_box_points_over_a_post_stamp_stay_furniture() -> None:
    # guard: a news live page's "What to know" points over its first post's bare time are
    # no standfirst (the report's rule is a report's only)
    text = "\n\n".join([
        "Harbour storm live updates: boats sunk as gales hit the coast",
        "What to know about the storm:",
        "- At least 12 boats have sunk in the harbour.",
        "- The coastguard has closed the port.",
        "11:40 AM EST",
        "The port authority said at least 12 boats had sunk in the harbour overnight, and "
        "warned that more could break their moorings before the gales ease on Wednesday.",
        "9:14 AM EST",
        "The coastguard closed the port early on Tuesday, saying the waves were too high "
        "for its boats to reach vessels in trouble."]) + "\n"
    kinds = _kinds(text)
    layout = sound_layout(text)
    assert layout.metadata.standfirst is None
    assert kinds["- At least 12 boats have sunk in the harbour."] == "boilerplate"


def test_report_producer_line_names_its_outlet() -> None:
    assert sound_layout(SITREP).metadata.outlet == "OCHA"


def test_producer_unknown_to_the_table_is_named_as_written() -> None:
    text = SITREP.replace("OCHA Kaldoria in collaboration", "the Kaldoria Shelter Cluster with")
    assert sound_layout(text).metadata.outlet == "Kaldoria Shelter Cluster"


def test_table_source_note_is_story_but_a_site_source_line_is_not() -> None:
    kinds = _kinds(SITREP)
    assert kinds["Source: Ministry of Interior of Kaldoria, Civil Protection Directorate."] \
        == "body"
    # guard: a news site's closing "Source:" credit line stays furniture
    story = ("Harbour pool to close\n\nThe council voted on Tuesday to close the town's only "
             "public pool, officials said.\n\nSource: Coast Courier\n")
    assert _kinds(story)["Source: Coast Courier"] != "body"


def test_data_day_line_dates_the_report_and_its_figures() -> None:
    from according.times.data_days import data_day_headings

    layout = sound_layout(SITREP)
    assert layout.metadata.published is not None
    assert layout.metadata.published.startswith("2026-03-12")
    assert "as of" in (layout.metadata.published_from or "").lower()
    published = datetime(2026, 3, 12, tzinfo=UTC)
    headings = data_day_headings(SITREP, published)
    assert [h.day for h in headings] == ["2026-03-12"]
    assert SITREP[headings[0].span.start:headings[0].span.end] == "As of 12 March 2026"


def test_site_name_over_scraped_headline_is_the_outlet_and_share_row_is_furniture() -> None:
    text = "\n\n".join([
        "Kaldoria Today",
        "Floods force thousands from homes in Vessa valley",
        "March 12, 2026",
        "More than 12,000 people have been forced from their homes by floods in the Upper "
        "Vessa Valley, the interior ministry said on Thursday.",
        "\"We have never seen the river this high,\" said Brenn mayor Tomas Hald.",
        "Share this: Facebook | Twitter | WhatsApp",
        "Tags: floods, Vessa, Brenn"]) + "\n"
    layout = sound_layout(text)
    assert layout.metadata.outlet == "Kaldoria Today"
    assert _kinds(text)["Share this: Facebook | Twitter | WhatsApp"] == "boilerplate"


def test_price_boxes_are_no_live_entries() -> None:
    # guard: a markets page's boxes, each a price over a line about it ("97.44" / "Shares of
    # …"), are no timed entries: a price is no clock time
    from according.read.html import _tree
    from according.read.live_entries import live_entries

    boxes = "".join(
        f'<div class="quote"><span>{price}</span><p>Shares of the retailer closed higher on '
        f"strong holiday demand.</p></div>" for price in ("97.44", "84.02", "12.30"))
    assert live_entries(_tree(f"<html><body><main>{boxes}</main></body></html>")) is None
