"""Article layout: the families a twenty-first round of fresh house styles (tests/data/
styles_fresh21: scraped text as users get it: Nexis Uni and Factiva document exports, a Gmail
and an Outlook newsletter copy, a PDF press release, a Telegram post, an app's share sheet, a
browser's print to PDF, an AMP copy and select-all copies) found wrong, each pinned on a short
document of its own."""

from __future__ import annotations

import pytest

from according.article import line_kind
from according.article.body import dateline_of
from according.article.dated_dateline import dated_dateline_of
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout


def _kind_of(text: str, line: str, **kwargs) -> str:  # type: ignore[no-untyped-def]
    """The kind of the region holding `line` (regions may join neighbouring lines)."""
    layout = sound_layout(text, **kwargs)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


def _nexis(*fields: str, story: tuple[str, ...] = (LEDE, *PARAGRAPHS)) -> str:
    """A Nexis Uni document export: title, source, day, the `fields`, the story, the end."""
    return "\n\n".join([HEADLINE, "The Pool Ledger (Westshire)", "June 3, 2024 Monday",
                        "Copyright 2024 Ledger Newspapers Ltd All Rights Reserved",
                        *fields, "Body", *story, "Load-Date: June 4, 2024", "End of Document"])


def test_layout_nexis_export_fields_are_not_story() -> None:
    text = _nexis("Section: LOCAL; Pg. 5", "Length: 388 words", "Byline: ANN ROE",
                  "Dateline: WESTBURY")
    for field in ("The Pool Ledger (Westshire)", "Section: LOCAL", "Length: 388 words",
                  "Byline: ANN ROE", "Dateline: WESTBURY", "Body", "Load-Date:",
                  "End of Document"):
        assert _kind_of(text, field) != "body", field
    assert _kind_of(text, LEDE) == "body"


def test_layout_nexis_export_fields_name_writer_place_and_source() -> None:
    metadata = sound_layout(_nexis("Length: 388 words", "Byline: ANN ROE and BEN LEE",
                                   "Dateline: WESTBURY")).metadata
    assert metadata.headline == HEADLINE
    assert metadata.byline == ("ANN ROE", "BEN LEE")
    assert metadata.dateline == "WESTBURY"
    assert metadata.outlet == "The Pool Ledger"  # the source line, without its region
    assert metadata.published == "2024-06-03T00:00:00+00:00"


def test_layout_export_copyright_field_without_stop_credits_its_holder() -> None:
    metadata = sound_layout(_nexis("Length: 388 words")).metadata
    assert metadata.credits == ("Ledger Newspapers Ltd",)


FACTIVA = "\n".join([
    HEADLINE, "", "By Ann Roe", "512 words", "3 June 2024", "14:05", "The Pool Ledger",
    "POOLLD", "English", "© 2024 Ledger Newspapers Ltd. All rights reserved.", "",
    f"WESTBURY: {LEDE}", "", *PARAGRAPHS, "", "", "Document POOLLD0020240603ek6300011"])


def test_layout_factiva_export_reads_source_time_and_dateline() -> None:
    metadata = sound_layout(FACTIVA).metadata
    assert metadata.outlet == "The Pool Ledger"
    assert metadata.published == "2024-06-03T14:05:00+00:00"  # the time under the day (GMT)
    assert metadata.dateline == "WESTBURY"
    assert metadata.byline == ("Ann Roe",)
    for line in ("512 words", "The Pool Ledger", "POOLLD", "English", "Document POOLLD"):
        assert _kind_of(FACTIVA, line) != "body", line


def test_layout_factiva_source_lines_need_an_export() -> None:
    # a story line "English" under a short capitals word is no source code without the
    # export's document number closing the text
    text = "\n".join([HEADLINE, "By Ann Roe", "3 June 2024", "", LEDE, *PARAGRAPHS])
    assert sound_layout(text).metadata.outlet is None


@pytest.mark.parametrize("line", [
    "Section: NATIONAL NEWS; Pg. 3",
    "Length: 402 words",
    "Load-Date: May 27, 2024",
    "End of Document",
    "587 words",
    "Document MANLTM0020241210ekca0000b",
    "SUBJECT: FLOODS (92%); DISASTER PLANNING (78%)",
    "Inbox",
    "to me",
    "Mongabay <newsletter@mongabay.com> Unsubscribe",
    "Sent: 05 March 2025 08:31",
    "To: Media Monitoring Desk",
    "If you are having trouble viewing this email, click here.",
    "You are receiving this email because you signed up for our newsletters.",
    "Forward to a friend | Unsubscribe | Privacy policy",
    "Pool Weekly · PO Box 8003 · Westbury, WS1 2AB · UK",
    "TOP STORY",
    "12/12/24, 9:03 AM Council votes to close the pool - The Pool Ledger",
    "https://poolledger.com/news/council-votes-to-close-pool 1/2",
    "Pool Ledger Press Release – Council vote                     Page 1 of 2",
    "👉 Full story: https://poolledger.com/council-votes/",
    "📲 Join Pool Ledger on Telegram: t.me/poolledger",
    "Shared via Pool Ledger app",
    "Sent from my iPhone",
    "to me, Ann ▾",
    "Pool Ledger is run by a small team and funded through donations from our readers.",
    "Become a Patron",
    "Translator: Dewi Elvia Muthiariny",
    "Related story",
    "Further reading",
    "Read Other Articles In Headlines",
])
def test_line_kind_round21_wrapper_lines_are_not_story(line: str) -> None:
    assert line_kind(line) != "body"


@pytest.mark.parametrize("line", [
    "To: the surprise of councillors, the vote was carried by a single voice.",
    "Sent home early, the swimmers waited outside for an hour, the coach said.",
    "The pool is run by a trust and funded through donations from our readers, Roe said.",
    "The report runs to 40 pages, and page 3 of 40 lists the repairs the pool needs.",
    "Body cameras were worn by the officers, the police said on Tuesday.",
    "The council's inbox filled with 2,000 emails in a week, the clerk said.",
    "To me, this pool is where every child in the town learned to swim and I will fight.",
])
def test_line_kind_round21_story_sentences_stay_story(line: str) -> None:
    assert line_kind(line) == "body"


def test_layout_newsletter_lead_story_label_gives_the_headline() -> None:
    text = "\n".join(["Pool Weekly: council shuts pool", "Inbox", "",
                      "Pool Weekly <news@pool.example> Unsubscribe", "Tue, Aug 20, 2024, 6:02 AM",
                      "to me", "", "View this email in your browser", "", "TOP STORY", "",
                      HEADLINE, "by Ann Roe", "19 August 2024", "", LEDE, "", *PARAGRAPHS, "",
                      "Unsubscribe | Update your preferences"])
    metadata = sound_layout(text).metadata
    assert metadata.headline == HEADLINE
    assert metadata.standfirst is None
    assert metadata.byline == ("Ann Roe",)
    # the mail's own time above the label is not the story's: its day under the headline is
    assert metadata.published == "2024-08-19T00:00:00+00:00"


@pytest.mark.parametrize(("line", "place"), [
    ("PORT OF SPAIN, Trinidad, Jan 10, CMC – The House of Representatives has approved a "
     "three-month extension of the state of emergency.", "PORT OF SPAIN, Trinidad"),
    ("KATHMANDU, Sept 30: The number of people killed in floods has risen to 224, officials "
     "said.", "KATHMANDU"),
    ("Bridgetown, Barbados, July 3, 2024 – The agency has deployed response teams to "
     "Grenada.", "Bridgetown, Barbados"),
])
def test_dateline_of_dated_dateline_gives_its_place(line: str, place: str) -> None:
    found = dateline_of(line)
    assert found is not None and found[1] == place


@pytest.mark.parametrize("line", [
    "On Monday, March 3 – the day the pool closed – swimmers gathered outside.",
    "In Westbury, March 3: a day the town will not forget, the mayor said.",
    # a title-case place neither known nor with its country, an unknown code after it
    "Westbury, June 10, XYZQ - The council voted 9-4 on Tuesday to close the pool.",
    "Westbury, June 10 - The council voted 9-4 on Tuesday to close the pool.",
])
def test_dated_dateline_of_time_phrase_is_no_dateline(line: str) -> None:
    assert dated_dateline_of(line) is None


def test_layout_pdf_release_dated_dateline_is_story_not_a_stamp() -> None:
    text = "\n".join(["PRESS RELEASE", "WESTSHIRE COUNTY COUNCIL", "", HEADLINE, "",
                      "Westbury, Westshire, June 3, 2024 – The council voted 9-4 on Tuesday",
                      "to close the town's only public pool, ending a two-year fight.", "",
                      *PARAGRAPHS, "", "Westshire Press Release – Pool        Page 1 of 1"])
    layout = sound_layout(text)
    assert layout.metadata.dateline == "Westbury, Westshire"
    assert layout.metadata.published == "2024-06-03T00:00:00+00:00"
    assert _kind_of(text, "Westbury, Westshire, June 3") in ("dateline", "body")
    assert _kind_of(text, "Westshire Press Release") != "body"


def test_layout_telegram_head_gives_channel_and_time() -> None:
    text = "\n".join(["Pool Ledger, [14/03/2025 11:12]", f"⚡️ {HEADLINE}", "",
                      f"WESTBURY – {LEDE}", "", *PARAGRAPHS, "",
                      "👉 Full story: https://poolledger.com/council-votes/"])
    metadata = sound_layout(text).metadata
    assert metadata.headline == HEADLINE  # without the channel's emoji
    assert metadata.outlet == "Pool Ledger"
    assert (metadata.published, metadata.published_timex3) == (  # no zone: the clock as written
        "2025-03-14T11:12:00+00:00", "2025-03-14T11:12")
    assert metadata.dateline == "WESTBURY"


def test_layout_print_header_names_the_site() -> None:
    text = "\n".join([f"12/12/24, 9:03 AM {HEADLINE} - The Pool Ledger", "NEWS", HEADLINE,
                      "By Ann Roe", "December 11, 2024", LEDE, *PARAGRAPHS,
                      "https://poolledger.com/news/council-votes 1/1"])
    metadata = sound_layout(text).metadata
    assert metadata.headline == HEADLINE
    assert metadata.outlet == "The Pool Ledger"
    assert _kind_of(text, "https://poolledger.com/news/council-votes 1/1") != "body"


def test_layout_site_name_before_a_datelines_place_is_dropped() -> None:
    text = "\n".join([HEADLINE, "3 June 2024 16:20", f"POOLLEDGER.CO, Westbury - {LEDE}",
                      *PARAGRAPHS])
    assert sound_layout(text).metadata.dateline == "Westbury"


def test_layout_known_outlet_under_a_skip_link_is_the_publisher() -> None:
    text = "\n".join(["Skip to content", "Notes from Poland", "Support us", "News", HEADLINE,
                      "March 12, 2025", "Ann Roe", LEDE, *PARAGRAPHS])
    assert sound_layout(text).metadata.outlet == "Notes from Poland"


def test_layout_known_outlet_the_headline_opens_with_is_a_topic_tag() -> None:
    text = "\n".join(["Skip to content", "Notes from Poland",
                      "Notes from Poland wins press award for its housing series",
                      "March 12, 2025", "Ann Roe", LEDE, *PARAGRAPHS])
    assert sound_layout(text).metadata.outlet is None


@pytest.mark.parametrize(("line", "want"), [
    # a company's two abbreviations: the first one's stop is inside the holder's name
    ("© 2024 Pool Ledger Media Pvt. Ltd.", ("Pool Ledger Media Pvt. Ltd",)),
    ("Copyright © 2024 Pool Media Sdn. Bhd. All rights reserved.", ("Pool Media Sdn. Bhd",)),
    # a brand written in lower case, a capitalised word after it
    ("© 2025 bne IntelliNews. All rights reserved.", ("bne IntelliNews",)),
    # a phrase describing the holder names no one, nor does a role left before a name
    ("© 2025 a Pool Ledger company.", ()),
    ("Ledger staff writer Ann Roe contributed to this report.", ()),
])
def test_layout_copyright_line_credits_its_holder_whole(line: str, want: tuple[str, ...]) -> None:
    text = "\n".join([HEADLINE, "By Ann Roe", "June 3, 2024", "", LEDE, *PARAGRAPHS, "", line])
    assert sound_layout(text).metadata.credits == want


def test_layout_channel_post_stamp_is_read_in_its_outlets_home_zone() -> None:
    # ZimLive is known with its site (zimlive.com, a Harare newsroom): its channel's time
    # without a zone is Harare's (UTC+2)
    text = "\n".join(["ZimLive, [14/03/2025 11:12]", HEADLINE, "", f"HARARE – {LEDE}", "",
                      *PARAGRAPHS])
    assert sound_layout(text).metadata.published == "2025-03-14T09:12:00+00:00"
