"""Article layout: the families a ninth round of fresh house styles (tests/data/styles_fresh9:
US regional TV and papers, Canadian, Australian, Indian, Sri Lankan, Malaysian, Cambodian,
Namibian, Nigerian, Costa Rican and Uruguayan outlets, European English services, trade press,
UN and NGO releases, a live blog and two press-release wires) found wrong, each pinned on a
short text or line of its own."""

from __future__ import annotations

import pytest

from according.article import line_kind
from according.read.dates import date_style, published_utc
from according.read.inputs import published_hint
from tests.pool_story import HEADLINE, LEDE
from tests.test_article import sound_layout

SECOND = ("The pool will shut in June after the council failed to find a buyer willing to pay "
          "for a new roof and boilers.")


def _layout(*header: str, after: tuple[str, ...] = (),  # type: ignore[no-untyped-def]
            sep: str = "\n\n", lede: str = LEDE, **kwargs):
    text = sep.join([*header, lede, SECOND, *after]) + "\n"
    return text, sound_layout(text, **kwargs)


def _kind_of(text: str, layout, line: str) -> str:  # type: ignore[no-untyped-def]
    start = text.index(line)
    end = start + len(line)
    return "/".join(dict.fromkeys(r.kind for r in layout.regions
                                  if r.start < end and r.end > start))


# Stamps: a regional newsroom's own zone in a country of several, Southeast Asian zone
# abbreviations, more one-zone countries, an icon's name glued to the stamp, a scraper's
# naive time in the page's zone.


@pytest.mark.parametrize(("url", "stamp", "utc"), [
    ("https://www.ksl.com/article/51401234/x", "Nov. 18, 2025 at 3:12 p.m.",
     "2025-11-18T22:12:00+00:00"),
    ("https://www.oregonlive.com/wildfires/2025/09/x.html", "Sep. 03, 2025, 6:04 p.m.",
     "2025-09-04T01:04:00+00:00"),
    ("https://thewest.com.au/business/x-c-19876543", "Wed, 15 October 2025 4:30PM",
     "2025-10-15T08:30:00+00:00"),
    ("https://economynext.com/x-245678/", "Oct 24, 2025 16:05", "2025-10-24T10:35:00+00:00"),
    ("https://www.namibian.com.na/x/", "29 October 2025 10:00", "2025-10-29T08:00:00+00:00"),
    # another paper of the same country, not in the table, stays UTC
    ("https://www.news.com.au/x.html", "Wed, 15 October 2025 4:30PM",
     "2025-10-15T16:30:00+00:00"),
])
def test_published_utc_zoneless_stamp_in_the_newsrooms_own_zone(
        url: str, stamp: str, utc: str) -> None:
    assert published_utc(stamp, style=date_style(url)) == utc


@pytest.mark.parametrize(("stamp", "utc"), [
    ("Publication date 22 October 2025 | 10:15 ICT", "2025-10-22T03:15:00+00:00"),
    ("22 October 2025 10:15 WIB", "2025-10-22T03:15:00+00:00"),
    ("22 October 2025 10:15 MYT", "2025-10-22T02:15:00+00:00"),
])
def test_published_utc_southeast_asian_zone_abbreviations(stamp: str, utc: str) -> None:
    assert published_utc(stamp) == utc


def test_layout_stamp_with_an_icons_name_glued_before_the_reading_time() -> None:
    text, layout = _layout(HEADLINE, "By Ben Spurr Transportation Reporter",
                           "Sat., Oct. 4, 2025timer4 min read")
    assert layout.metadata.published == "2025-10-04T00:00:00+00:00"
    assert _kind_of(text, layout, "Sat., Oct. 4, 2025timer4 min read") == "date"


@pytest.mark.parametrize(("stamp", "url", "utc"), [
    ("2025-10-21 15:42:00", "https://www.bernama.com/en/business/news.php?id=1",
     "2025-10-21T07:42:00+00:00"),
    # news-please's midnight is a day without a time; a page of no known zone stays UTC
    ("2023-07-18 00:00:00", "https://dailytrust.com/x/", "2023-07-18T00:00:00+00:00"),
    ("2025-10-21 15:42:00", "https://www.example.com/x", "2025-10-21T15:42:00+00:00"),
    # a zone given is kept
    ("2025-10-21T15:42:00+09:00", "https://www.bernama.com/x", "2025-10-21T06:42:00+00:00"),
])
def test_published_hint_naive_scraper_time_is_in_the_pages_zone(
        stamp: str, url: str, utc: str) -> None:
    assert published_hint(stamp, "date_publish field", url) == (utc, ())


# Bylines: "By:" with a colon, a writer's job run on after the name.


def test_layout_byline_with_a_colon_after_by() -> None:
    text, layout = _layout(HEADLINE, "By: Chris Kitching",
                           "Posted: 5:43 PM CDT Wednesday, Oct. 8, 2025", sep="\n")
    assert layout.metadata.byline == ("Chris Kitching",)
    assert layout.metadata.standfirst is None
    assert _kind_of(text, layout, "By: Chris Kitching") == "byline"


def test_layout_byline_with_a_job_run_on_is_the_writer_not_a_desk() -> None:
    _, layout = _layout(HEADLINE, "By Ben Spurr Transportation Reporter", "Oct. 4, 2025")
    assert layout.metadata.byline == ("Ben Spurr",)


def test_layout_outlet_desk_byline_still_names_no_one() -> None:
    _, layout = _layout(HEADLINE, "By Capital FM News", "Oct. 4, 2025")
    assert layout.metadata.byline == ()


# Furniture families.


@pytest.mark.parametrize("line", [
    "Get Brussels Times' daily newsletter and never miss a story.",
    "Join our free Tico Times newsletter",
    "Get the latest news from thewest.com.au in your inbox.",
    "Stay informed with The Namibian – your source for credible journalism. Get in-depth "
    "reporting for only N$85 a month. Invest in journalism – Subscribe Now!",
    "Support the Tico Times",
    "Our journalism needs your support. Subscribe today to OregonLive.com.",
    "or",
    "Article continues below this ad",
    "Hide Ad",
    "If you purchase a product or register for an account through a link on our site, we may "
    "receive compensation.",
    "Translated from German by DeepL/ts",
    "Summary is AI-generated, newsroom-reviewed.",
    "Conversations are opinions of our readers and are subject to the Code of Conduct.",
    "Estimated read time: 3-4 minutes",
    "Share & Save —",
    "Investor Contact: Sarah Kim, ir@northwindtx.com",
    "News provided by",
    "SOURCE Halvorsen Foods, Inc.",
    "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
    "440k+ Newsrooms & Influencers",
    "The International Rescue Committee (IRC) responds to the world's worst humanitarian crises. "
    "Learn more at Rescue.org and follow the IRC on X, Facebook, and Instagram.",
    "Track Latest News Live on NDTV.com and get news updates from India and around the world.",
    "All information valid as of 28 October 2025 (unless otherwise stated).",
    "Footnotes",
    "[1] Figures from the UN Office for the Coordination of Humanitarian Affairs (OCHA).",
    "All UNRWA situation reports can be found here.",
    "Forward-Looking Statements",
    "Key Highlights",
    "Learn more about the IRC's work in Sudan.",
    "Related Posts",
])
def test_line_kind_furniture_families_of_the_ninth_round(line: str) -> None:
    assert line_kind(line) != "body"


@pytest.mark.parametrize("line", [
    "Support the union grew after the strike, the organisers said.",
    "Our journalism needs your support, the editor wrote in a letter to readers on Monday.",
    "Get the council to act, residents told the mayor at Tuesday's meeting.",
    "SOURCE of the leak was a contractor, the ministry said.",
    "All information was shared with the police, the council said.",
])
def test_line_kind_story_sentences_like_the_ninth_rounds_furniture_stay_body(line: str) -> None:
    assert line_kind(line) == "body"


# Outlets: the page's domain as it writes it, the paper's name alone on its line, a paper
# after the byline's slash, the outlet's own name opening the story as a wire's would.


def test_layout_outlet_is_the_domain_as_the_page_writes_it() -> None:
    _, layout = _layout(HEADLINE, "By Carter Williams, KSL.com | Posted - Nov. 18, 2025 at "
                        "3:12 p.m.", url="https://www.ksl.com/article/51401234/x")
    assert layout.metadata.outlet == "KSL.com"


def test_layout_outlet_name_line_longer_than_the_domain_is_the_name() -> None:
    _, layout = _layout(HEADLINE, "Daniel Mercer\nThe West Australian\nWed, 15 October 2025 "
                        "4:30PM", url="https://thewest.com.au/business/x-c-19876543")
    assert layout.metadata.outlet == "The West Australian"
    assert layout.metadata.byline == ("Daniel Mercer",)


def test_layout_outlet_unknown_paper_after_the_bylines_slash() -> None:
    _, layout = _layout(HEADLINE, "Sok Chan / Khmer Times",
                        "Publication date 22 October 2025 | 10:15 ICT",
                        url="https://www.khmertimeskh.com/501778234/x/")
    assert layout.metadata.outlet == "Khmer Times"
    assert layout.metadata.byline == ("Sok Chan",)


def test_layout_outlets_own_name_opening_the_story_is_no_dateline() -> None:
    _, layout = _layout(HEADLINE, "Oct 24, 2025 16:05", lede="ECONOMYNEXT – " + LEDE,
                        url="https://economynext.com/x-245678/")
    assert layout.metadata.dateline is None


# Datelines: a release wire's form, a US city with its state's code and the day.


@pytest.mark.parametrize(("opening", "place", "wire"), [
    ("CHICAGO, Nov. 4, 2025 /PRNewswire/ -- ", "CHICAGO", "PR Newswire"),
    ("BOSTON, Nov. 12, 2025 (GLOBE NEWSWIRE) -- ", "BOSTON", "GlobeNewswire"),
    ("NEW YORK--(BUSINESS WIRE)--", "NEW YORK", "Business Wire"),
])
def test_layout_release_wire_dateline_credits_the_wire(opening: str, place: str,
                                                       wire: str) -> None:
    text, layout = _layout(HEADLINE, "Nov 04, 2025, 08:00 ET", lede=opening + LEDE)
    assert layout.metadata.dateline == place
    assert wire in layout.metadata.credits
    assert _kind_of(text, layout, LEDE[:30]) == "body"


def test_layout_unknown_wire_between_slashes_is_no_dateline() -> None:
    _, layout = _layout(HEADLINE, "Nov 04, 2025", lede="CHICAGO, Nov. 4, 2025 /Acme Feed/ -- "
                        + LEDE)
    assert layout.metadata.dateline is None


def test_layout_us_city_state_code_and_day_open_a_release() -> None:
    _, layout = _layout("Press release", HEADLINE, "November 5, 2025",
                        lede="New York, NY, November 5, 2025 — " + LEDE)
    assert layout.metadata.dateline == "New York, NY"


# A release's sender describing itself under "About <sender>", and its legal notice, end the
# story.


def test_layout_about_the_sender_and_legal_notice_end_the_story() -> None:
    about = ("Northwind Therapeutics is a clinical-stage biotechnology company based in Boston "
             "developing treatments for respiratory diseases.")
    legal = ("This press release contains forward-looking statements. Actual results may "
             "differ materially from those indicated by such statements.")
    text, layout = _layout(HEADLINE, "Nov 12, 2025", after=(
        "About Northwind Therapeutics", about, "Forward-Looking Statements", legal))
    assert _kind_of(text, layout, about) != "body"
    assert _kind_of(text, layout, legal) != "body"
    assert _kind_of(text, layout, SECOND) == "body"


def test_layout_about_heading_over_other_prose_leaves_the_story() -> None:
    line = "The council will vote again in March, the clerk said."
    text, layout = _layout(HEADLINE, "Nov 12, 2025", after=("About the vote", line))
    assert _kind_of(text, layout, line) == "body"


# Captions and credits: how a picture came is no part of its credit; a photographer and the
# paper in round brackets; "Contributing:" lines.


@pytest.mark.parametrize(("caption", "credit"), [
    ("Firefighters dig a line near Estacada on Wednesday. Courtesy of Oregon Department of "
     "Forestry", "Oregon Department of Forestry"),
    ("Tourists on the beach at Manuel Antonio National Park. (Photo via ICT)", "ICT"),
    ("Manitoba Hydro's head office on Portage Avenue. (Mikaela MacKenzie / Free Press files)",
     "Mikaela MacKenzie / Free Press"),
    ("A plow clears snow near the mouth of the canyon on Tuesday. (Scott G Winterton, Deseret "
     "News)", "Scott G Winterton, Deseret News"),
])
def test_layout_caption_credit_without_how_the_picture_came(caption: str, credit: str) -> None:
    text, layout = _layout(HEADLINE, "By Ann Roe", "Oct. 8, 2025", caption)
    assert [r.credit for r in layout.regions if r.kind == "caption"] == [credit]


def test_line_kind_bracketed_name_and_place_closing_a_sentence_is_no_caption() -> None:
    assert line_kind("The mayor thanked the crews who worked overnight. (Jane Roe, London)") \
        == "body"


def test_layout_contributing_line_credits_its_names() -> None:
    text, layout = _layout(HEADLINE, "By Ann Roe", "Oct. 8, 2025",
                           after=("Contributing: Daniel Woodruff",))
    assert "Daniel Woodruff" in layout.metadata.credits
    assert _kind_of(text, layout, "Contributing: Daniel Woodruff") == "credit"


# A summary box's points without markers, over the dateline lede.


def test_layout_unmarked_summary_points_over_a_dateline_lede() -> None:
    text, layout = _layout(HEADLINE, "By Ann Roe", "Oct. 8, 2025", "KEY TAKEAWAYS",
                           "The council voted to close the pool.\nIt shuts in June.",
                           lede="SPRINGFIELD — " + LEDE)
    assert _kind_of(text, layout, "The council voted to close the pool.") != "body"
    assert _kind_of(text, layout, "It shuts in June.") != "body"
    assert layout.metadata.dateline == "SPRINGFIELD"


def test_layout_lines_under_a_summary_heading_without_a_dateline_lede_stay_body() -> None:
    text, layout = _layout(HEADLINE, "By Ann Roe", "Oct. 8, 2025", after=(
        "Highlights", "The pool opened in 1968.", "It was rebuilt in 1990."))
    assert _kind_of(text, layout, "The pool opened in 1968.") == "body"


# Agencies: a paper the table does not know with its agency, an agency as a page's author.


def test_layout_unknown_paper_with_its_agency_credits_the_agency() -> None:
    text, layout = _layout(HEADLINE, "By The Brussels Times with Belga",
                           "Monday, 24 November 2025")
    assert layout.metadata.byline == ()
    assert "Belga" in layout.metadata.credits
    assert _kind_of(text, layout, "By The Brussels Times with Belga") == "byline"


def test_layout_agency_as_the_given_author_is_a_credit_not_a_writer() -> None:
    from according.records import Metadata

    _, layout = _layout(HEADLINE, "September 30, 2025",
                        hints=Metadata(headline=HEADLINE, byline=("Keystone-SDA",)))
    assert layout.metadata.byline == ()
    assert "Keystone-SDA" in layout.metadata.credits


# Notes and cards about the writer: a byline printed in capitals names the card's writer; a
# note may open with a dash.


def test_layout_author_card_of_a_byline_printed_in_capitals() -> None:
    card = "Israel Odubola is an analyst at BusinessDay Research and Intelligence Unit."
    text, layout = _layout(HEADLINE, "ISRAEL ODUBOLA", "October 30, 2025",
                           after=("Israel Odubola", card))
    assert _kind_of(text, layout, card) != "body"
    assert layout.metadata.byline == ("ISRAEL ODUBOLA",)


def test_layout_author_note_after_a_dash() -> None:
    note = ("— Jamie Goldberg covers wildfires and climate for The Oregonian/OregonLive. Reach "
            "her at 503-294-5923.")
    text, layout = _layout(HEADLINE, "By Jamie Goldberg | The Oregonian/OregonLive",
                           "Sep. 03, 2025", after=(note,))
    assert _kind_of(text, layout, note) != "body"


# A live blog's posts signed with the writer's name alone.


def test_layout_live_posts_signed_with_a_name_alone() -> None:
    text, layout = _layout(HEADLINE, "Last updated Oct. 28, 2025, 11:02 AM EDT", "45m ago",
                           after=("Alicia Victoria Lozano", "1h ago",
                                  "The mayor visited the pool on Monday, aides said.",
                                  "Daniella Silva", "Copy link"))
    assert _kind_of(text, layout, "Alicia Victoria Lozano") == "byline"
    assert _kind_of(text, layout, "Daniella Silva") == "byline"


def test_layout_name_alone_in_a_story_without_post_stamps_stays_body() -> None:
    text, layout = _layout(HEADLINE, "By Ann Roe", "Oct. 28, 2025",
                           after=("Alicia Victoria Lozano", "She was 94."))
    assert _kind_of(text, layout, "Alicia Victoria Lozano") == "body"


# The header: a block of topic tags under the stamp, over the share buttons; a caption whose
# sentence speaks, credited in brackets.


def test_layout_tag_block_under_the_stamp_and_a_credited_caption() -> None:
    caption = ("Mass General Brigham said the cuts will not affect bedside clinical staff. "
               "(Mass General Brigham)")
    text, layout = _layout(HEADLINE, "By Dave Muoio\nNov 12, 2025 2:35pm",
                           "Mass General Brigham\nLayoffs\nMedicaid", "Facebook\nTwitter", caption)
    for tag in ("Layoffs", "Medicaid"):
        assert _kind_of(text, layout, tag) == "boilerplate"
    assert [r.credit for r in layout.regions if r.kind == "caption"] == ["Mass General Brigham"]


def test_line_kind_story_sentence_closing_with_a_named_source_stays_body() -> None:
    assert line_kind("Most of the cuts will fall on administrative staff, the memo said. "
                     "(Mass General Brigham)") == "body"


# A report's section headings between its paragraphs.


def test_layout_section_heading_between_paragraphs_is_no_story_text() -> None:
    heading = "Humanitarian Situation in the Gaza Strip"
    text, layout = _layout(HEADLINE, "30 October 2025", after=(heading, LEDE))
    assert _kind_of(text, layout, heading) == "boilerplate"


def test_layout_list_entry_with_a_day_is_no_section_heading() -> None:
    entry = "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015"
    text, layout = _layout(HEADLINE, "30 October 2025", after=(entry, LEDE))
    assert _kind_of(text, layout, entry) == "body"


def test_layout_company_under_news_provided_by_is_no_standfirst() -> None:
    text, layout = _layout(HEADLINE, "News provided by", "Halvorsen Foods, Inc.",
                           "Nov 04, 2025, 08:00 ET")
    assert _kind_of(text, layout, "Halvorsen Foods, Inc.") == "boilerplate"
    assert layout.metadata.standfirst is None


def test_layout_quotation_signature_is_no_section_heading() -> None:
    quote = "“The best phone I have tested this year,” the review said."
    text, layout = _layout(HEADLINE, "30 October 2025",
                           after=(quote, "David Pogue, Yahoo Tech", LEDE))
    assert _kind_of(text, layout, "David Pogue, Yahoo Tech") == "body"
