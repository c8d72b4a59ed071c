"""Article layout: leftovers of the earlier rounds of fresh house styles (tests/data/
styles_fresh5 to styles_fresh16) that were real reader gaps, each pinned on a short page of
its own written the way the outlets print it."""

from __future__ import annotations

import pytest

from according.records import Metadata
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout

TEXT_LEDE = LEDE[0].lower() + LEDE[1:]


def _scraped(*top: str, tail: tuple[str, ...] = ()) -> str:
    """A scraped page: `top` lines over the lede, the story's paragraphs, `tail` under it."""
    return "\n".join([*top, LEDE, *PARAGRAPHS, *tail])


@pytest.mark.parametrize(("dateline", "place", "day"), [
    ("UNITED NATIONS, Oct 27 2023 (IPS) - ", "UNITED NATIONS", "2023-10-27"),
    ("GENEVA, June 4 2024 - ", "GENEVA", "2024-06-04"),
])
def test_layout_dateline_day_with_no_comma_before_the_year(dateline: str, place: str,
                                                           day: str) -> None:
    text = "\n".join([HEADLINE, "By Ann Roe", f"{dateline}The {TEXT_LEDE[4:]}", *PARAGRAPHS])
    metadata = sound_layout(text).metadata
    assert metadata.dateline == place
    assert (metadata.published or "").startswith(day)


@pytest.mark.parametrize(("field", "writer"), [
    ("Reporter: Rahmat Fajri", "Rahmat Fajri"),
    ("Writer: Ann Roe", "Ann Roe"),
])
def test_layout_foot_writer_field_names_the_writer(field: str, writer: str) -> None:
    text = _scraped(HEADLINE, "June 11, 2023", tail=(field, "Editor: Ben Hale",
                                                     "Copyright © Pool News 2023"))
    layout = sound_layout(text)
    assert layout.metadata.byline == (writer,)
    start = text.index(field)
    assert next(r.kind for r in layout.regions if r.start <= start < r.end) == "byline"


def test_layout_foot_writer_field_leaves_the_header_byline() -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023", tail=("Reporter: Ben Hale",))
    assert sound_layout(text).metadata.byline == ("Ann Roe",)


@pytest.mark.parametrize(("line", "writers"), [
    ("Our Correspondent . Cox's Bazar", ()),
    ("Ann Roe . Dhaka", ("Ann Roe",)),
])
def test_layout_byline_with_place_after_a_spaced_full_stop(line: str,
                                                          writers: tuple[str, ...]) -> None:
    text = _scraped("Pool News", "Local", HEADLINE, line, "Published: 00:22, Mar 06,2023")
    layout = sound_layout(text)
    assert layout.metadata.standfirst is None
    assert layout.metadata.byline == writers
    start = text.index(line)
    assert next(r.kind for r in layout.regions if r.start <= start < r.end) == "byline"


def test_layout_portrait_name_the_story_quotes_is_no_byline() -> None:
    portrait = "Council Leader Ben Hale"
    text = "\n".join(["Pool News", "Home", "News", HEADLINE,
                      "General News of Monday, 7 August 2023", "Comments (12)",
                      "Listen to Article", portrait, LEDE,
                      f"{portrait} said the pool had cost the town too much to keep open.",
                      *PARAGRAPHS])
    layout = sound_layout(text)
    assert layout.metadata.byline == ()
    start = text.index(portrait)
    assert next(r.kind for r in layout.regions if r.start <= start < r.end) != "byline"


def test_layout_writer_over_the_story_stays_when_the_story_names_others() -> None:
    text = "\n".join([HEADLINE, "Ann Roe", "Monday, 7 August 2023", LEDE,
                      "Council Leader Ben Hale said the pool had cost too much.", *PARAGRAPHS])
    assert sound_layout(text).metadata.byline == ("Ann Roe",)


def _kind_at(text: str, line: str) -> str:
    layout = sound_layout(text)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


@pytest.mark.parametrize("label", ["Dive Insight:", "Key Points:", "What Happens Next:"])
def test_layout_colon_label_between_paragraphs_is_no_story_line(label: str) -> None:
    text = "\n".join([HEADLINE, "By Ann Roe", "June 11, 2023", LEDE, PARAGRAPHS[0], label,
                      *PARAGRAPHS[1:]])
    assert _kind_at(text, label) != "body"
    assert _kind_at(text, PARAGRAPHS[1]) == "body"


@pytest.mark.parametrize("label", ["Mr Smith:", "Senator Warren:", "Ann Roe:"])
def test_layout_speaker_label_between_paragraphs_stays_in_the_story(label: str) -> None:
    text = "\n".join([HEADLINE, "By Ben Hale", "June 11, 2023", LEDE, PARAGRAPHS[0], label,
                      *PARAGRAPHS[1:]])
    assert _kind_at(text, label) == "body"


@pytest.mark.parametrize("label", [
    "Riverside Leisure Trust chief executive Eddington Mazambani",
    "Council Leader Ben Hale",
])
def test_layout_titled_name_over_the_lede_is_a_portrait_caption(label: str) -> None:
    text = _scraped("News", HEADLINE, "BY ANN ROE", "on September 4, 2024", label)
    layout = sound_layout(text)
    assert layout.metadata.byline == ("ANN ROE",)
    assert _kind_at(text, label) == "caption"


@pytest.mark.parametrize("line", ["Political Correspondent Ann Roe", "Mayor Ben Hale Says No"])
def test_layout_journalists_title_or_headline_over_the_lede_is_no_portrait(line: str) -> None:
    text = _scraped("News", HEADLINE, "September 4, 2024", line)
    assert _kind_at(text, line) != "caption"


ABOUT = ("Pool Action is a movement of 2 million swimmers which campaigns for public pools "
         "so everyone can learn to swim.")


def test_layout_about_line_closing_the_page_under_a_related_box_is_furniture() -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023",
                    tail=("Related content", "Library to close on Saturdays", ABOUT))
    assert _kind_at(text, ABOUT) == "boilerplate"


def test_layout_about_line_inside_the_story_stays_a_story_line() -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023", tail=(ABOUT,))
    assert _kind_at(text, ABOUT) == "body"


def test_layout_short_lines_between_the_last_paragraph_and_the_footer_are_promotions() -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023",
                    tail=("Today", "Pool News Tech Talks", "Most viewed", "Share this article"))
    assert _kind_at(text, "Pool News Tech Talks") == "boilerplate"
    assert _kind_at(text, "Today") == "boilerplate"
    assert _kind_at(text, PARAGRAPHS[-1]) == "body"


def test_layout_list_introduced_at_the_story_end_stays_story_text() -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023",
                    tail=("The clubs that will move are:", "Riverside Otters", "Most viewed"))
    assert _kind_at(text, "Riverside Otters") == "body"


@pytest.mark.parametrize(("headline", "dateline"), [
    ("Council closes the only public pool in Tottlebury", "Tottlebury"),
    ("Swimmers protest pool closure outside Tottlebury", "Tottlebury"),
    ("Council closes the only public pool", None),  # the headline names no place
    ("Analysis of the pool closure in Tottlebury", None),  # "Analysis:" is no place
])
def test_layout_colon_dateline_at_a_place_the_headline_names(headline: str,
                                                            dateline: str | None) -> None:
    opener = "Analysis" if headline.startswith("Analysis") else "Tottlebury"
    text = "\n".join([headline, "PTI", f"{opener}: The {TEXT_LEDE[4:]}", *PARAGRAPHS])
    assert sound_layout(text).metadata.dateline == dateline


@pytest.mark.parametrize("url", ["https://www.itv.com/news/2025-08-04/pool-closes",
                                 "https://news.sky.com/story/pool-closes-123"])
def test_layout_british_broadcaster_on_com_stamps_in_london_time(url: str) -> None:
    text = "\n".join([HEADLINE, "Pool News", "Monday 4 August 2025 at 2:35pm", LEDE,
                      *PARAGRAPHS])
    assert sound_layout(text, url=url).metadata.published == "2025-08-04T13:35:00+00:00"


CAPTION = "Swimmers leave the pool in Tottlebury on Tuesday evening. (Cuartoscuro)"


def test_layout_caption_closing_with_a_one_word_agency_under_the_headline() -> None:
    text = "\n\n".join([HEADLINE, CAPTION, LEDE, *PARAGRAPHS])
    layout = sound_layout(text, hints=Metadata(headline=HEADLINE))
    start = text.index(CAPTION)
    region = next(r for r in layout.regions if r.start <= start < r.end)
    assert (region.kind, region.credit) == ("caption", "Cuartoscuro")


@pytest.mark.parametrize("tail", ["(Reuters)", "(File)", "(Updated)"])
def test_layout_one_word_bracket_that_names_no_agency_is_no_credit(tail: str) -> None:
    line = f"Swimmers leave the pool in Tottlebury on Tuesday evening. {tail}"
    text = "\n\n".join([HEADLINE, line, LEDE, *PARAGRAPHS])
    layout = sound_layout(text, hints=Metadata(headline=HEADLINE))
    assert all(r.credit != tail.strip("()") for r in layout.regions)


def test_layout_list_of_sentence_case_items_over_the_footer_stays_story_text() -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023",
                    tail=("Bring a towel", "Check the timetable", "Most viewed"))
    assert _kind_at(text, "Bring a towel") == "body"


def test_layout_bare_name_over_the_lede_the_story_names_is_a_portrait() -> None:
    lede = f"Council Leader Ben Hale said {TEXT_LEDE}"
    text = "\n".join(["Politics", HEADLINE, "Ann Roe", "September 6, 2023",
                      "Facebook Twitter LinkedIn WhatsApp Email", "Ben Hale", lede, *PARAGRAPHS])
    layout = sound_layout(text)
    assert layout.metadata.byline == ("Ann Roe",)
    assert _kind_at(text, "Ben Hale\n") == "caption"


def test_layout_second_writer_over_the_lede_credited_at_the_foot_is_no_portrait() -> None:
    text = "\n".join(["Politics", HEADLINE, "By Ann Roe", "September 6, 2023", "Ben Hale", LEDE,
                      *PARAGRAPHS, "Ben Hale contributed to this report."])
    assert _kind_at(text, "Ben Hale\n") != "caption"
