"""Article layout and input reading: the families a seventh round of fresh house styles
(tests/data/styles_fresh7: US TV stations, Canadian, Australian regional, Indian, Pakistani,
Nigerian, Kenyan, South African, Gulf and Argentine papers, a humanitarian press release,
trade press, a live blog, a news-please record and a WordPress feed) found wrong, each pinned
on a short text or line of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from according.article import line_kind, read_layout
from according.read import ArticleInput, read_inputs
from according.records import Metadata
from tests.pool_story import LEDE
from tests.test_article import sound_layout

SECOND = ("The pool will shut in June after the council failed to find a buyer willing to pay "
          "for a new roof and boilers.")


def _layout(*header: str, after: tuple[str, ...] = (), **kwargs):  # type: ignore[no-untyped-def]
    text = "\n\n".join([*header, LEDE, SECOND, *after]) + "\n"
    return text, sound_layout(text, **kwargs)


def _kind_of(text: str, layout, line: str) -> str:  # type: ignore[no-untyped-def]
    start = text.index(line)
    end = start + len(line)
    return "/".join(dict.fromkeys(r.kind for r in layout.regions
                                  if r.start < end and r.end > start))


# A news-please record (CommonCrawl's news scraper): its own field names.


def test_read_jsonl_news_please_record_is_an_article_with_its_fields(tmp_path: Path) -> None:
    record = {"authors": ["Ann Roe"], "date_download": "2023-07-19 08:41:22",
              "date_modify": None, "date_publish": "2023-07-18 09:30:00",
              "description": "The council votes to shut the pool.", "language": "en",
              "maintext": f"{LEDE}\n\n{SECOND}", "source_domain": "ledger.example",
              "title": "Council shuts pool", "title_page": None, "title_rss": None,
              "url": "https://ledger.example/pool"}
    path = tmp_path / "scraped.json"  # one object per line, as news-please writes them
    path.write_text(json.dumps(record) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    got = list(read_inputs([str(path)]))
    assert len(got) == 2 and all(isinstance(g, ArticleInput) for g in got), got
    meta = read_layout(got[0].text, hints=got[0].hints, url=got[0].info.url).metadata
    assert (meta.headline, meta.byline, meta.published, got[0].info.url) == (
        "Council shuts pool", ("Ann Roe",), "2023-07-18T09:30:00+00:00",
        "https://ledger.example/pool")
    assert got[0].text.startswith(LEDE)


# Furniture: signup privacy lines, comment policies, standards links, author-card handles,
# video prompts, a publisher describing itself, related and topic headings.


@pytest.mark.parametrize("line", [
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service "
    "apply.",
    "We care about the protection of your data. Read our Privacy Policy.",
    "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
    "For more information, please see our Comments FAQ",
    "Report an error",
    "Editorial standards and policies",
    "@ktdeclerq Contact",
    "Watch more KARE 11 weather coverage:",
    "Watch the latest forecast and severe weather coverage in our YouTube playlist:",
    "Click for more FreightWaves articles by Todd Maiden.",
    "Like Karachi on Facebook, follow @ETKarachi on Twitter to stay informed and join in the "
    "conversation.",
    "The Standard Group Plc is a multi-media organization with investments in media platforms "
    "spanning newspaper print operations, television, radio broadcasting, digital and online "
    "services.",
])
def test_layout_page_furniture_families_of_round_seven(line: str) -> None:
    assert line_kind(line) == "boilerplate"


@pytest.mark.parametrize("line", [
    "Comments are moderated by a panel of three judges, the league said.",
    "Watch the video: the mayor said the plan would go ahead.",
    "Safaricom Plc is a telecoms company whose shares rose 4% on Tuesday.",
])
def test_layout_story_lines_like_round_seven_furniture_stay_body(line: str) -> None:
    assert line_kind(line) == "body"


@pytest.mark.parametrize(("heading", "items"), [
    ("related news", ["Massa seeks IMF waiver as drought hits reserves"]),
    ("You might also like:", ["Yellow misses pension payments as Teamsters threaten strike"]),
    ("Also in Irish News", []),
    ("In this news", ["Sergio Massa", "INDEC"]),
])
def test_layout_related_and_topic_headings_under_the_story(heading: str, items: list[str]) -> None:
    text, layout = _layout("Council shuts pool", after=(heading, *items))
    for line in (heading, *items):
        assert _kind_of(text, layout, line) != "body", line


# Bylines: a label instead of "By", a byline and its day after a bar, a desk's report, the
# outlet as its own writer.


def test_layout_author_label_byline_with_several_names() -> None:
    text, layout = _layout("Council shuts pool", "Author: Jennifer Austin, Sean Dwyer",
                           "Published: 5:12 PM CST February 20, 2023")
    assert layout.metadata.byline == ("Jennifer Austin", "Sean Dwyer")
    assert _kind_of(text, layout, "Author: Jennifer Austin") == "byline"


def test_layout_byline_and_its_day_after_a_bar() -> None:
    text, layout = _layout("Council shuts pool", "By Macharia Kamau | Aug. 26, 2023")
    assert layout.metadata.byline == ("Macharia Kamau",)
    assert layout.metadata.published == "2023-08-26T00:00:00+00:00"


def test_layout_desk_report_byline_names_no_one() -> None:
    meta = read_layout(f"Council shuts pool\n\n{LEDE}\n",
                       hints=Metadata(byline=("Saudi Gazette report",))).metadata
    assert meta.byline == ()


def test_layout_given_byline_that_is_the_outlet_names_no_one() -> None:
    meta = read_layout(f"Council shuts pool\n\n{LEDE}\n",
                       hints=Metadata(byline=("Mexico News Daily",),
                                      outlet="Mexico News Daily")).metadata
    assert (meta.byline, meta.outlet) == ((), "Mexico News Daily")


# The header: a section label over a headline in headline capitals that ends in a quotation,
# labels stacked over furniture and a stamp, a stop after the day.


def test_layout_section_label_over_a_title_case_headline_ending_in_a_quote() -> None:
    headline = "Tinubu Swears In 45 Ministers, Says There Is ‘No Room For Excuses’"
    _, layout = _layout("Politics", headline, "By Sodiq Adelakun Updated August 21, 2023")
    assert (layout.metadata.headline, layout.metadata.standfirst) == (headline, None)


def test_layout_labels_over_a_document_type_and_a_stamp_are_not_the_headline() -> None:
    headline = "Sudan: Aid blocked as fighting spreads to Darfur and Kordofan"
    text, layout = _layout("News", "Press release", "Published 27. Jun 2023", headline)
    assert layout.metadata.headline == headline
    assert layout.metadata.published == "2023-06-27T00:00:00+00:00"
    assert _kind_of(text, layout, "News") == "boilerplate"


def test_layout_short_headline_over_its_stamp_stays_the_headline() -> None:
    _, layout = _layout("Budget day", "Updated 4 March 2025")
    assert layout.metadata.headline == "Budget day"


# Stamps: a stamp without a zone on a page of a one-zone country, an update with its first
# publication after it, text-size buttons after the stamp.


@pytest.mark.parametrize(("url", "stamp", "published"), [
    ("https://www.batimes.com.ar/news/x.phtml", "April 14, 2023 18:30",
     "2023-04-14T21:30:00+00:00"),
    ("https://www.liverpoolecho.co.uk/news/x-31801234", "16:41, 3 Jun 2025",
     "2025-06-03T15:41:00+00:00"),
    ("https://www.rte.ie/news/2025/0611/x/", "Updated / Wednesday, 11 Jun 2025 18:42",
     "2025-06-11T17:42:00+00:00"),
    # a generic or many-zoned domain names no zone: UTC, as before
    ("https://www.ledger.example.com/x", "April 14, 2023 18:30", "2023-04-14T18:30:00+00:00"),
    ("https://www.news.com.au/x.html", "March 12, 2025 — 5.00am", "2025-03-12T05:00:00+00:00"),
    # a day without a time stays that day
    ("https://www.batimes.com.ar/news/x.phtml", "April 14, 2023", "2023-04-14T00:00:00+00:00"),
])
def test_layout_stamp_without_a_zone_is_in_the_zone_of_the_page_country(
        url: str, stamp: str, published: str) -> None:
    _, layout = _layout("Council shuts pool", "By Ann Roe", stamp, url=url)
    assert layout.metadata.published == published


def test_layout_update_stamp_with_first_publication_after_it() -> None:
    text, layout = _layout("Council shuts pool", "By Ann Roe",
                           "Updated March 15 2023 - 4:30pm, first published 1:00pm")
    assert _kind_of(text, layout, "Updated March 15 2023") == "date"
    assert (layout.metadata.published, layout.metadata.published_timex3) == (  # no zone
        "2023-03-15T13:00:00+00:00", "2023-03-15T13:00")


def test_layout_stamp_with_text_size_buttons_after_it() -> None:
    text, layout = _layout("Council shuts pool", "Express News Service",
                           "Updated: 24th March 2023 08:12 AM | A+ A A-")
    assert _kind_of(text, layout, "Updated: 24th March") == "date"
    assert (layout.metadata.published, layout.metadata.published_timex3) == (  # no zone
        "2023-03-24T08:12:00+00:00", "2023-03-24T08:12")


# The outlet: the name the page gives itself, spelling its domain.


@pytest.mark.parametrize(("url", "line", "outlet"), [
    ("https://www.kare11.com/article/x", "Watch more KARE 11 weather coverage:", "KARE 11"),
    ("https://www.newindianexpress.com/x.html",
     "Follow The New Indian Express channel on WhatsApp", "The New Indian Express"),
    ("https://www.newcastleherald.com.au/story/1/x/",
     "Jane Roe has covered business in the Hunter for the Newcastle Herald since 2010.",
     "Newcastle Herald"),
    # another paper's name is no outlet: the outlet table's name for the domain (the domain
    # itself before the table named batimes.com.ar)
    ("https://www.batimes.com.ar/news/x.phtml", "Read the Buenos Aires Herald archive.",
     "Buenos Aires Times"),
])
def test_layout_outlet_is_the_name_spelling_the_domain(url: str, line: str, outlet: str) -> None:
    _, layout = _layout("Council shuts pool", "By Ann Roe", after=(line,), url=url)
    assert layout.metadata.outlet == outlet


# Captions and credits: "Picture by Name", a photographer and the paper in square brackets,
# a label and a bar before the source, a dash and "photo" after it, a station's call sign,
# "With reports from".


@pytest.mark.parametrize(("line", "credit"), [
    ("Port of Newcastle chief executive Craig Carmody at the Mayfield site. Picture by Simone "
     "De Peak", "Simone De Peak"),
    ("Kenya Power technicians at work in Nairobi. [Wilberforce Okwiri, Standard]",
     "Wilberforce Okwiri, Standard"),
    ("Kenya Power technicians at work in Nairobi. [File, Standard]", "Standard"),
    ("BBMP pourakarmikas collect garbage in Bengaluru. (File Photo | Express)", "Express"),
    ("Pilgrims perform tawaf around the Holy Kaaba in Makkah on Saturday. — SPA photo", "SPA"),
    ("Construction continues on a flood wall segment along the Cedar River. (KCRG)", "KCRG"),
])
def test_layout_caption_credit_forms_of_round_seven(line: str, credit: str) -> None:
    from according.article import line_kind
    from according.article.body import _caption

    assert line_kind(line) == "caption"
    assert _caption(line) == ("caption", credit)


@pytest.mark.parametrize("line", [
    "The minister met union leaders on Tuesday. [HuffPost, NBC]",  # a source note
    "The talks ended without a deal on Tuesday, the union said. (AP)",  # a wire's sign-off
])
def test_layout_story_lines_with_bracket_tails_stay_body(line: str) -> None:
    assert line_kind(line) == "body"


def test_layout_with_reports_from_credits_the_papers() -> None:
    text, layout = _layout("Council shuts pool", "By Ann Roe",
                           after=("With reports from El Universal and Milenio",))
    assert layout.metadata.credits == ("El Universal", "Milenio")
    assert _kind_of(text, layout, "With reports from") == "credit"


def test_read_html_site_name_from_a_social_handle_spaces_its_words() -> None:
    from according.read import read_string

    body = "".join(f"<p>{p}</p>" for p in (LEDE, SECOND, LEDE.replace("Tuesday", "Monday")))
    html = ("<!doctype html><html lang='en'><head><title>Council shuts pool</title>"
            "<meta name='twitter:site' content='@Saudi_Gazette'></head><body><article>"
            f"<h1>Council shuts pool</h1>{body}</article></body></html>")
    got = read_string(html)
    assert isinstance(got, ArticleInput)
    assert got.hints.outlet == "Saudi Gazette"


@pytest.mark.parametrize(("line", "place"), [("KARACHI:", "KARACHI"), ("LAGOS —", "LAGOS"),
                                             ("Nairobi:", "Nairobi")])
def test_layout_dateline_alone_on_its_line_over_the_lede(line: str, place: str) -> None:
    text, layout = _layout("Council shuts pool", "Our Correspondent", "May 09, 2023", line)
    assert layout.metadata.dateline == place
    assert _kind_of(text, layout, line) == "dateline"
    assert _kind_of(text, layout, LEDE) == "body"


def test_layout_short_line_ending_in_a_colon_over_the_lede_is_no_dateline() -> None:
    _, layout = _layout("Council shuts pool", "By Ann Roe", "May 09, 2023", "Background:")
    assert layout.metadata.dateline is None


def test_layout_author_card_under_the_story_is_no_story_text() -> None:
    text, layout = _layout("Council shuts pool", "By Ann Roe", "May 09, 2023",
                           after=("Ann Roe", "Journalist", "Ann Roe has covered local "
                                  "government for the Ledger since 2010."))
    for line in ("Journalist", "Ann Roe has covered"):
        assert _kind_of(text, layout, line) == "boilerplate", line
    assert _kind_of(text, layout, SECOND) == "body"


def test_layout_given_site_name_is_kept_over_a_name_spelling_the_domain() -> None:
    # a page's own site name ("TheList.com") is given, never replaced by one in its text
    _, layout = _layout("Council shuts pool", "By Ann Roe", after=("Follow The List on X",),
                        url="https://www.thelist.com/1/x/", hints=Metadata(outlet="TheList.com"))
    assert layout.metadata.outlet == "TheList.com"


# Families the round's second batch (written after the rules above) found.


@pytest.mark.parametrize("line", [
    "Report an editorial error", "Report a technical issue", "Editorial code of conduct",
    "Leave a Reply Cancel reply",
    "Your email address will not be published. Required fields are marked *",
    "For Subscribers", "Click to share on WhatsApp (Opens in new window)",
    "Want to share a news tip? Email our editors",
])
def test_layout_page_furniture_of_the_second_batch(line: str) -> None:
    assert line_kind(line) == "boilerplate"


def test_layout_open_this_photo_in_gallery_leads_a_caption() -> None:
    caption = ("Prime Minister Justin Trudeau speaks to reporters in London, Ont., on Sept. 14, "
               "2023. GEOFF ROBINS/THE CANADIAN PRESS")
    text, layout = _layout("Council shuts pool", "Open this photo in gallery:", caption,
                           "Marie Woolf", "Published September 14, 2023")
    assert _kind_of(text, layout, "Open this photo in gallery:") == "caption"
    assert _kind_of(text, layout, caption) == "caption"
    assert layout.metadata.standfirst is None


def test_layout_caption_credit_glued_after_a_slash() -> None:
    from according.article.body import _caption

    line = "President William Ruto addressing the press at State House, Nairobi/PCS"
    assert _caption(line) == ("caption", "PCS")
    assert line_kind("The band AC/DC played in Nairobi on Saturday night to a crowd of 40,000.") \
        == "body"


@pytest.mark.parametrize(("byline", "names"), [
    ("By CAPITAL FM NEWS", ()),  # the station's desk
    ("By Maggie Brown, WRAL reporter", ("Maggie Brown",)),  # a role with the outlet after a comma
])
def test_layout_desk_and_role_bylines_of_the_second_batch(byline: str, names: tuple) -> None:
    _, layout = _layout("Council shuts pool", byline, "Published February 3, 2024")
    assert layout.metadata.byline == names


def test_layout_copyright_by_a_company_credits_it() -> None:
    text, layout = _layout("Council shuts pool", "By Ann Roe", after=(
        "Copyright 2023 by Capitol Broadcasting Company. All rights reserved.",))
    assert layout.metadata.credits == ("Capitol Broadcasting Company",)
    assert _kind_of(text, layout, "Copyright 2023") == "boilerplate"


def test_layout_caps_place_and_caps_day_alone_is_the_dateline() -> None:
    text, layout = _layout("Council shuts pool", "Oman Observer", "June 14, 2023",
                           "MUSCAT, JUNE 14")
    assert layout.metadata.dateline == "MUSCAT"
    assert layout.metadata.published == "2023-06-14T00:00:00+00:00"


@pytest.mark.parametrize("line", ["In News", "Latest News"])
def test_layout_section_line_ending_in_news_is_no_desk_byline(line: str) -> None:
    text, layout = _layout("Council shuts pool", line, "By Ann Roe", "May 09, 2023")
    assert layout.metadata.byline == ("Ann Roe",)
    assert _kind_of(text, layout, line) != "byline"


def test_layout_call_sign_in_capitals_spelling_the_domain_is_the_outlet() -> None:
    _, layout = _layout("Council shuts pool", "By Maggie Brown, WRAL reporter",
                        "Posted July 27, 2023 3:32 p.m. EDT", url="https://www.wral.com/story/x/1/")
    assert layout.metadata.outlet == "WRAL"
    _, layout = _layout("Council shuts pool", "By Ann Roe", after=("Ledgerly staff said so.",),
                        url="https://www.ledgerly.com/x")
    assert layout.metadata.outlet == "ledgerly.com"  # one titled word is no name by spelling


@pytest.mark.parametrize(("opening", "place"), [
    ("RALEIGH, N.C. — Wake County opened five cooling centers on Thursday as the heat rose.",
     "RALEIGH, N.C."),
    ("WASHINGTON, D.C. — The Senate voted on Tuesday to extend funding for the agency.",
     "WASHINGTON, D.C."),
])
def test_layout_dateline_keeps_the_stop_of_a_state_abbreviation(opening: str, place: str) -> None:
    layout = sound_layout(f"Council shuts pool\n\nBy Ann Roe\n\n{opening}\n\n{SECOND}\n")
    assert layout.metadata.dateline == place


def test_layout_three_stacked_labels_and_a_headline_printed_twice() -> None:
    headline = "Cape Town taxi strike: Santaco calls off stayaway after deal with City"
    text, layout = _layout("News", "South Africa", "Western Cape", headline, headline,
                           "Published Aug 10, 2023", "By Mwangi Githahu")
    assert (layout.metadata.headline, layout.metadata.byline) == (headline, ("Mwangi Githahu",))
    assert layout.metadata.published == "2023-08-10T00:00:00+00:00"
    for label in ("News", "South Africa", "Western Cape"):
        assert _kind_of(text, layout, label) == "boilerplate", label


def test_layout_title_paper_named_under_the_story_is_its_signoff() -> None:
    text, layout = _layout("Council shuts pool", "By Ann Roe",
                           after=("Cape Argus", "Related Topics:", "Taxi Strike"))
    assert _kind_of(text, layout, "Cape Argus") == "boilerplate"
    assert _kind_of(text, layout, SECOND) == "body"


def test_layout_name_over_role_is_no_stack_of_labels() -> None:
    text, layout = _layout("News", "Hazel Wyatt", "Education correspondent, BBC News")
    assert _kind_of(text, layout, "Hazel Wyatt") != "boilerplate"


def test_layout_release_fields_and_its_dateline_day() -> None:
    opening = ("Geneva/Tripoli, 19 September 2023 – The International Organization for Migration "
               "is scaling up its response in eastern Libya.")
    layout = sound_layout(f"Press Release\n\nLibya floods: IOM scales up response\n\nLanguage\n\n"
                          f"English\n\n{opening}\n\n{SECOND}\n")
    assert layout.metadata.dateline == "Geneva/Tripoli"
    assert layout.metadata.published == "2023-09-19T00:00:00+00:00"
    assert layout.metadata.standfirst is None


def test_layout_dateline_day_yields_to_a_labelled_stamp() -> None:
    opening = ("Geneva, 19 September 2023 – The agency is scaling up its response in eastern "
               "Libya, it said.")
    layout = sound_layout(f"Libya floods: IOM scales up response\n\nPublished 20 September 2023\n\n"
                          f"{opening}\n\n{SECOND}\n")
    assert layout.metadata.published == "2023-09-20T00:00:00+00:00"


def test_layout_repeated_story_paragraphs_under_a_sentence_headline_stay_body() -> None:
    # a text whose first line is a sentence, repeated: only a headline-shaped line printed
    # again right under the headline is its repeat
    text = "\n\n".join([LEDE] * 4) + "\n"
    layout = sound_layout(text)
    assert [r.kind for r in layout.regions].count("body") == 3


# Families the round's third batch (written after all of the above) found.


@pytest.mark.parametrize("line", [
    "Comments have to be in English, and in full sentences. They cannot be abusive or "
    "personal. Please abide by our community guidelines for posting your comments.",
    "Share via email",
    "Independent journalism costs money. Support Times of Malta for the price of a coffee.",
])
def test_layout_page_furniture_of_the_third_batch(line: str) -> None:
    assert line_kind(line) == "boilerplate"


def test_layout_weekday_day_and_time_between_bars_and_a_slashed_role() -> None:
    text, layout = _layout("Council shuts pool", "Published: Monday | October 16, 2023 | 12:09 AM",
                           "Jovan Johnson/Senior Gleaner Writer")
    assert _kind_of(text, layout, "Published: Monday") == "date"
    assert (layout.metadata.published, layout.metadata.published_timex3) == (  # no zone
        "2023-10-16T00:09:00+00:00", "2023-10-16T00:09")
    assert layout.metadata.byline == ("Jovan Johnson",)


def test_layout_caption_closing_with_a_hyphen_and_file() -> None:
    from according.article.body import _caption

    line = "Horace Chang, minister of national security, addresses a press conference. - File"
    assert _caption(line) == ("caption", "File")


def test_layout_bureau_byline_place_after_a_stamp_and_published_line_under_the_story() -> None:
    text, layout = _layout("Council shuts pool", "By Our Bureau",
                           "Updated - August 10, 2023 at 03:51 PM. | Mumbai",
                           "RBI Governor Shaktikanta Das | Photo Credit: PTI",
                           after=("Published on August 10, 2023",))
    assert layout.metadata.byline == ()
    assert layout.metadata.dateline == "Mumbai"
    assert layout.metadata.published == "2023-08-10T00:00:00+00:00"  # its day, first published
    assert _kind_of(text, layout, "RBI Governor") == "caption"


def test_layout_desk_byline_with_the_paper_after_a_comma_names_no_place() -> None:
    _, layout = _layout("Council shuts pool", "Staff Reporter, Gulf Today", "Nov 24, 2023")
    assert (layout.metadata.byline, layout.metadata.dateline) == ((), None)
    _, layout = _layout("Council shuts pool", "By HT Correspondent, Mumbai", "Nov 24, 2023")
    assert layout.metadata.dateline == "Mumbai"


def test_layout_agency_signoff_after_a_dash_under_the_story() -> None:
    text, layout = _layout("Council shuts pool", "By Ann Roe", after=("- RNZ",))
    assert _kind_of(text, layout, "- RNZ") == "boilerplate"


def test_extract_credit_only_caption_line_reports_no_attribution() -> None:
    # RNZ prints a picture's credit alone ("Photo: RNZ / Marika Khabazi"): its colon is no cue
    from according.extract import extract_inputs
    from according.records import Record

    path = Path(__file__).parent / "data" / "styles_fresh7" / "rnz-housing.txt"
    [record] = list(extract_inputs(read_inputs([str(path)])))
    assert isinstance(record, Record)
    sources = [a.source.span.text for a in record.attributions if a.source.span]
    assert sources and "Photo" not in sources
