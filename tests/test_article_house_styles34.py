"""Article layout: the families a thirty-fourth round of fresh house styles (tests/data/
styles_fresh34: situation reports and conflict monitors, ISW, Crisis Group, WHO's Disease
Outbreak News, Airwars, ACLED and MSF as HTML; a UNHCR operational update, an IOM DTM flash
update, UN News, a Human Rights Watch dispatch and Amnesty International as text) found wrong,
each pinned on a short page or line of its own."""

from __future__ import annotations

import pytest

from according.read import ArticleInput, read_string
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS, story_with
from tests.pool_story import kind_in_story as _kind_in_story
from tests.pool_story import kind_of as _kind_of
from tests.test_article import sound_layout


def _read(html: str, url: str | None = None) -> ArticleInput:
    got = read_string(html, url=url)
    assert isinstance(got, ArticleInput), str(got)
    return got


# A report's section heads in sentence case between its paragraphs (WHO's "Situation at a
# glance", Airwars' "Our methodology", Crisis Group's numbered "II. A War of Sieges", a
# quoted head).


@pytest.mark.parametrize("line", [
    "Situation at a glance",
    "WHO risk assessment",
    "Our methodology",
    "II. A War of Sieges",
])
def test_layout_sentence_case_section_head_is_furniture(line: str) -> None:
    assert _kind_in_story(line) == "boilerplate"


# 2026-11-28: a head that names no report's section is the report's only on a report's page
# (here UN News's address); in a news story it stays story (tests/test_report_heads_news_pages.py)
@pytest.mark.parametrize("line", ["Cholera fears", "‘Pool was a lifeline’"])
def test_layout_sentence_case_head_on_a_un_page_is_furniture(line: str) -> None:
    url = "https://news.un.org/en/story/2025/03/1160001"
    assert _kind_of(story_with(line), line, url=url) == "boilerplate"


def test_layout_section_head_over_a_list_is_furniture() -> None:
    text = "\n\n".join([HEADLINE, LEDE, PARAGRAPHS[0], "Public health response",
                        "- The council opened a hotline for swimming clubs on Monday morning.",
                        "- Residents may comment on the plans until the end of the month.",
                        *PARAGRAPHS[1:]])
    url = "https://www.who.int/emergencies/disease-outbreak-news/item/2025-DON560"
    assert _kind_of(text, "Public health response", url=url) == "boilerplate"


@pytest.mark.parametrize("line", [
    "Ann Roe",           # a name alone: a signature
    "Washington",        # a place alone: a dateline
    "Pool to close, 2025",
    "“We will fight on”, she said",
])
def test_layout_short_lines_that_are_no_heads_stay(line: str) -> None:
    assert _kind_in_story(line) != "boilerplate"


def test_layout_short_unfinished_line_after_an_unfinished_one_stays_story() -> None:
    # the line before is no finished paragraph: the short line may finish it
    text = "\n\n".join([HEADLINE, LEDE, "The pool will shut in June after the council failed",
                        "Swimming clubs were told", *PARAGRAPHS[1:]])
    assert _kind_of(text, "Swimming clubs were told") == "body"


# Footnote marks in the story's sentences: a superscript number linking to the page's notes.


def test_html_drops_linked_note_marks_keeps_other_superscripts() -> None:
    html = ("<!doctype html><html lang='en'><head><title>Report</title></head><body><article>"
            f"<h1>{HEADLINE}</h1>"
            "<p>The council voted 9-4 on Tuesday to close the pool, officials said, after a "
            "two-year fight over its repair bill.<sup><a href='#fn1'>1</a></sup></p>"
            "<p>The pool holds 10<sup>6</sup> litres and was built for the town in the "
            "1<sup>st</sup> year of the scheme, residents said.</p>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
            "<ol><li id='fn1'>Interviews with councillors, March 2025.</li></ol>"
            "</article></body></html>")
    text = _read(html).text
    assert "over its repair bill.\n" in text and "bill.1" not in text
    assert "holds 106 litres" in text and "the 1st year" in text


# A report's PDF copied as text: the page foot with its number, the running head repeating
# the report's title on each page, its boxes of figures, contacts and links, and its thanks
# to donors.


def _pdf_copy() -> str:
    run = f"TOWN REPORT > {HEADLINE} / 4 March 2025"
    return "\n".join([
        "TOWN REPORT", HEADLINE, "4 March 2025", LEDE, "KEY FIGURES", "9-4", "the council's vote",
        "www.townhall.gov.uk 1", run, "Leisure Services", PARAGRAPHS[0], PARAGRAPHS[1],
        "www.townhall.gov.uk 2", run, "CONTACTS",
        "Ann Roe, Leisure Committee Chair, Town Hall, ann.roe@townhall.gov.uk", "LINKS",
        "Pool consultation - Council minutes - Leisure strategy",
        "The Council is grateful for the generous support provided by donors who have "
        "contributed to the pool fund over the years.",
        "www.townhall.gov.uk 3"])


@pytest.mark.parametrize("line", [
    "KEY FIGURES", "www.townhall.gov.uk 1", "www.townhall.gov.uk 3", "Leisure Services",
    "CONTACTS", "Ann Roe, Leisure Committee Chair", "LINKS", "Pool consultation - Council",
    "The Council is grateful for the generous support",
])
def test_layout_report_pdf_furniture_is_no_story(line: str) -> None:
    assert _kind_of(_pdf_copy(), line) != "body"


def test_layout_report_pdf_running_head_is_furniture_each_page() -> None:
    text = _pdf_copy()
    layout = sound_layout(text)
    run = f"TOWN REPORT > {HEADLINE} / 4 March 2025"
    starts = [i for i in range(len(text)) if text.startswith(run, i)]
    assert len(starts) == 2
    assert all(next(r.kind for r in layout.regions if r.start <= s < r.end) == "boilerplate"
               for s in starts)
    assert layout.metadata.headline == HEADLINE
    assert _kind_of(text, PARAGRAPHS[0]) == "body"


def test_layout_thanks_reported_in_a_story_stay_story() -> None:
    line = ("The charity is grateful to donors who gave £40,000 in a week, its chair said, "
            "and will reopen the pool in May.")
    assert _kind_in_story(line) == "body"


@pytest.mark.parametrize("line", ["Key Takeaways:", "Key figures"])
def test_layout_summary_box_heads_with_colon_or_figures_are_furniture(line: str) -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, line,
                         "- The council voted to close the pool.",
                         "- Swimming clubs face a 20-mile trip."])
    assert _kind_of(text, line) != "body"


# Monitors' and agencies' standing lines: pointers to their maps and method, notes on the
# data's cut-off and on what they do not cover, who made the visuals, how to cite the report,
# a share row's last button.


@pytest.mark.parametrize("line", [
    "Click here to see the council’s interactive map of the pool site. This map is updated "
    "daily alongside the static maps in this report.",
    "Note: The data cut-off for this product was 12:45pm ET on March 4. We will cover later "
    "reports in the March 5 update.",
    "We do not report in detail on the pool’s finances because these are well covered in the "
    "local press and do not affect the decision we are assessing.",
    "See more information on the council’s methodology and coding decisions, including the "
    "Codebook.",
    "Visuals produced by Ana Marco.",
    "Citable reference: Town Council (4 March 2025). Leisure Update; Pool closure. Available "
    "at: https://www.example.gov.uk/leisure/pool",
    "More sharing options",
])
def test_layout_monitor_standing_lines_are_furniture(line: str) -> None:
    assert _kind_in_story(line) != "body"


@pytest.mark.parametrize("line", [
    "Click here was the name of the campaign the swimming clubs ran last year, Roe said.",
    "The visuals produced by the architects show a park where the pool stands now, the "
    "council said.",
])
def test_layout_story_lines_like_standing_ones_stay(line: str) -> None:
    assert _kind_in_story(line) == "body"


def test_layout_closing_line_of_what_the_house_does_where_is_furniture() -> None:
    about = "Town Aid defends the rights of swimmers in 12 countries worldwide."
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, "Most Viewed", "Support our work", about])
    assert _kind_of(text, about) == "boilerplate"


def test_layout_further_information_heads_a_box_of_links() -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, "Further information",
                        "Council fact sheet: the pool site", "Leisure strategy 2025-2030"])
    assert _kind_of(text, "Further information") != "body"
    assert _kind_of(text, "Leisure strategy 2025-2030") != "body"


# A table's or map's title printed as its caption; an overview's heads that name their country
# before a colon.


@pytest.mark.parametrize("line", [
    "Table 1. Cases and deaths of the outbreak by district, as of 24 November 2025",
    "Map: Pool closures in the county, 1-21 March 2025",
    "Figure 2: Swimmers per week at the pool since 2019",
])
def test_layout_figure_titles_are_captions(line: str) -> None:
    assert _kind_in_story(line) == "caption"


def test_layout_map_credit_alone_is_no_title() -> None:
    from according.data import article_rules as R

    assert not R.FIGURE_TITLE.match("Map: Google")
    assert not R.FIGURE_TITLE.match("Table manners matter, the chef said.")


def test_html_map_figcaption_follows_the_story_as_caption() -> None:
    html = ("<!doctype html><html lang='en'><head><title>Report</title></head><body><article>"
            f"<h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))
            + "<figure><img src='/m.png' alt=''><figcaption>Map: Pool closures in the county, "
            "1-21 March 2025</figcaption></figure></article></body></html>")
    text = _read(html).text
    assert "Map: Pool closures in the county" in text
    assert _kind_of(text, "Map: Pool closures") == "caption"


@pytest.mark.parametrize("line", [
    "Lebanon: Israeli strikes reach a post-ceasefire high",
    "North Kivu: Camps fill again as fighting spreads",
])
def test_layout_country_heads_are_furniture(line: str) -> None:
    # an overview's heads name a country each (2026-11-28: two of them make a report's page)
    text = "\n\n".join([HEADLINE, LEDE, PARAGRAPHS[0], line, PARAGRAPHS[1],
                        "Syria: Clashes resume on the coast", *PARAGRAPHS[2:]])
    assert _kind_of(text, line) == "boilerplate"


def test_layout_a_speaker_before_a_colon_is_no_country_head() -> None:
    assert _kind_in_story("Ann Roe: We fought for this pool") != "boilerplate"


# UN News copied as text: the UN banner and the site's tagline over its menu, the picture's
# credit over its caption, a topic label under the stamp that the menu also prints.


def _un_news_copy() -> str:
    return "\n".join([
        "Skip to main content", "Welcome to the United Nations", "UN News",
        "Global perspective Human stories", "Search", "Advanced Search", "Home",
        "Peace and Security", "Local Affairs", "Health", HEADLINE, "© UNICEF/Jane Okello",
        "Children wait outside the closed pool in the town centre.", "4 March 2025",
        "Local Affairs", LEDE, *PARAGRAPHS])


def test_layout_un_news_copy_header() -> None:
    text = _un_news_copy()
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert layout.metadata.byline == ()
    assert layout.metadata.standfirst is None
    assert _kind_of(text, "Children wait outside") == "caption"
    assert [r.credit for r in layout.regions if r.kind == "caption" and r.credit] == [
        "UNICEF/Jane Okello"]


def test_layout_story_sentence_under_a_copyright_line_stays_story() -> None:
    text = "\n\n".join([HEADLINE, "© Town Hall/Press Office", LEDE, *PARAGRAPHS])
    assert _kind_of(text, LEDE[:40]) == "body"


# A rights group's caption credited "(Private)"; the stamp printed under the story.


def test_layout_private_credit_in_brackets_closes_a_caption() -> None:
    caption = "A man walks past the closed pool in the town centre, March 2025. (Private)"
    text = "\n\n".join([HEADLINE, "4 March 2025", caption, LEDE, *PARAGRAPHS])
    layout = sound_layout(text)
    assert _kind_of(text, caption) == "caption"
    assert [r.credit for r in layout.regions if r.kind == "caption"] == ["Private"]


def _foot_stamped(stamp: str, *between: str) -> str:
    return "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, *between, stamp, "Region / Country",
                        "Europe", "Topic", "Children's Rights"])


@pytest.mark.parametrize("url", [None, "https://www.hrw.org/news/2026/11/26/pool"])
def test_layout_stamp_under_the_story_dates_it(url: str | None) -> None:
    text = _foot_stamped("November 26, 2026 10:00AM EST",
                         "For more Human Rights Watch reporting on pools, please visit:")
    assert sound_layout(text, url=url).metadata.published == "2026-11-26T15:00:00+00:00"


def test_layout_stamp_under_the_story_of_another_day_than_the_address_is_not_read() -> None:
    text = _foot_stamped("November 20, 2026 10:00AM EST")
    url = "https://www.hrw.org/news/2026/11/26/pool"
    assert sound_layout(text, url=url).metadata.published == "2026-11-26T00:00:00+00:00"


def test_layout_dated_teaser_under_a_related_box_is_not_the_stamp() -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, "Related stories",
                        "Library to close on Saturdays", "November 20, 2026 10:00AM EST"])
    assert sound_layout(text).metadata.published is None


# HTML: the authors' initials as the page prints them; Drupal's summary field as standfirst.


def test_html_authors_keep_the_stops_of_their_initials_as_printed() -> None:
    html = ("<!doctype html><html lang='en'><head><title>Report</title></head><body><main>"
            f"<h1>{HEADLINE}</h1><div class='field-name-field-authors'><p>Ann Roe, Ben Okafor, "
            "and Frederick W. Kagan</p></div><div class='field-name-body'>"
            + "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS)) + "</div></main></body></html>")
    assert _read(html).hints.byline == ("Ann Roe", "Ben Okafor", "Frederick W. Kagan")


def test_html_drupal_summary_field_is_the_standfirst() -> None:
    summary = "The town's only pool will shut in June, ending a two-year fight over repairs."
    html = ("<!doctype html><html lang='en'><head><title>Report</title></head><body><main>"
            f"<article><h1>{HEADLINE}</h1><div class='field--name-field-date'>4 March 2025</div>"
            f"<div class='field--name-field-summary'><p>{summary}</p></div>"
            "<figure><img src='/p.jpg' alt=''><figcaption>The pool in 2024. © Ann Roe/Town"
            "</figcaption></figure><div class='field--name-body'>"
            + "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))
            + "</div></article></main></body></html>")
    assert _read(html).hints.standfirst == summary


# A briefing's parts: "Principal Findings" under the standfirst, its notes' items, the box of
# its contributors.


def _briefing() -> str:
    return "\n\n".join([
        HEADLINE, "The pool is the town's last; the council should keep it open until a buyer "
        "is found.", "Principal Findings", LEDE, *PARAGRAPHS, "Footnotes",
        "- Interviews with councillors, Town Hall, March 2025.",
        "- Council minutes, 4 March 2025.", "Contributors", "Ibrahim Maïga",
        "Senior Consultant, Leisure"])


def test_layout_briefing_parts_are_no_byline_or_story() -> None:
    text = _briefing()
    layout = sound_layout(text)
    assert layout.metadata.byline == ()
    for line in ("Principal Findings", "- Interviews with councillors", "- Council minutes",
                 "Contributors", "Senior Consultant, Leisure"):
        assert _kind_of(text, line) != "body", line
    assert _kind_of(text, LEDE) == "body"


def test_layout_list_after_notes_heading_ends_at_a_paragraph() -> None:
    text = "\n\n".join([HEADLINE, LEDE, PARAGRAPHS[0], "Notes", "- Council minutes, 2025.",
                        *PARAGRAPHS[1:]])
    assert _kind_of(text, PARAGRAPHS[1]) == "body"


# r34-fix: the sentence-case head rule keeps the earlier conventions: a news story's subhead in
# title case between its paragraphs, a line printed twice, a handle and a timeline's entry
# under its time stay with the story.


@pytest.mark.parametrize("line", ["What Comes After", "Inside the Council Vote", "Ann Roe@annroe"])
def test_layout_title_case_subhead_or_handle_in_a_story_stays(line: str) -> None:
    assert _kind_in_story(line) == "body"


def test_layout_short_line_printed_twice_stays_story() -> None:
    text = "\n\n".join([HEADLINE, LEDE, PARAGRAPHS[0], "Pool was a lifeline",
                        *PARAGRAPHS[1:3], "Pool was a lifeline", *PARAGRAPHS[3:]])
    assert _kind_of(text, "Pool was a lifeline") == "body"


def test_layout_entry_under_its_clock_time_stays_story() -> None:
    text = "\n\n".join([HEADLINE, "By Ann Roe", "October 8, 2025", LEDE, PARAGRAPHS[0],
                        "2:30 p.m.", "Swimmers say they will appeal", *PARAGRAPHS[1:]])
    assert _kind_of(text, "Swimmers say they will appeal") == "body"
