"""Article layout: the families an eighteenth round of fresh house styles (tests/data/
styles_fresh18: a Philippine, a Kuwaiti and a Ukrainian agency, Balkan, Egyptian, Malawian,
Lebanese, Malaysian and Bangladeshi outlets, two US station sites, a Kent paper, UNFPA and Le
Monde's live page, as scraped text, reader-view copies, a feed item and a JSON line) found
wrong, each pinned on a short page or line of its own."""

from __future__ import annotations

import pytest

from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout


def _scraped(*top: str, tail: tuple[str, ...] = ()) -> str:
    """A scraped page: `top` lines over the story, the story, `tail` under it."""
    return "\n".join([*top, LEDE, *PARAGRAPHS, *tail])


def _kind_of(text: str, line: str, **kwargs) -> str:  # type: ignore[no-untyped-def]
    """The kind of the region holding `line` (regions may join neighbouring lines)."""
    layout = sound_layout(text, **kwargs)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


MENUS = (
    ("Poolfax", "News", "Exclusive", "Interviews", "Press releases", "Photo", "Local"),
    ("Pool Gazette", "English", "Subscribe", "Log in", "International", "Local", "Live"),
    ("PoolOnline", "Home", "News", "What's On", "Sport", "Business", "Jobs", "Home",
     "Dover News", "Article"),
)
UNDERS = (
    ("By Ann Roe", "June 11, 2023"),
    ("by: Ann Roe, Jo Bloggs", "Posted: Jan 7, 2025 / 02:18 PM PST"),
    ("Pool Gazette , Saturday 21 Oct 2023",),
    ("Dover", "Published: 05:00, 11 August 2023"),
)


@pytest.mark.parametrize("menu", MENUS)
@pytest.mark.parametrize("under", UNDERS)
def test_layout_headline_under_a_copied_menu_is_the_headline(
        menu: tuple[str, ...], under: tuple[str, ...]) -> None:
    text = _scraped(*menu, HEADLINE, *under)
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert _kind_of(text, menu[4]) == "boilerplate"
    assert _kind_of(text, LEDE) == "body"


def test_layout_menu_over_a_lede_gives_no_headline_from_the_menu() -> None:
    text = _scraped(*MENUS[0], "By Ann Roe")
    assert sound_layout(text).metadata.headline != "Local"


@pytest.mark.parametrize("line", ["Toggle Menu", "Open Navigation", "Close Navigation",
                                  "Please enter a search term."])
def test_layout_round18_menu_buttons_are_furniture(line: str) -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023", tail=(line,))
    assert _kind_of(text, line) == "boilerplate"


def test_layout_stamp_with_a_space_after_the_times_colon_is_read() -> None:
    text = _scraped(HEADLINE, "Staff Correspondent", "Updated: 16 Jul 2024, 22: 41")
    meta = sound_layout(text).metadata  # no zone: the clock as written (UTC), and beside it
    assert (meta.published, meta.published_timex3) == ("2024-07-16T22:41:00+00:00",
                                                        "2024-07-16T22:41")


def test_layout_pna_signoff_credits_the_philippine_news_agency() -> None:
    text = "\n".join([HEADLINE, "By Ann Roe", "June 12, 2023, 5:41 pm",
                      "LEGAZPI CITY – " + LEDE, PARAGRAPHS[0], PARAGRAPHS[3] + " (PNA)"])
    assert sound_layout(text).metadata.credits == ("Philippine News Agency",)


@pytest.mark.parametrize(("stamp", "url", "utc"), [
    # a zone named by its newsroom's city in brackets (Le Monde)
    ("Published on May 25, 2024, at 9:05 am (Paris), updated at 8:42 pm",
     "https://www.lemonde.fr/en/international/live/2024/05/25/pool_1_4.html",
     "2024-05-25T07:05:00+00:00"),
    ("Published on May 25, 2024, at 9:05 am (Paris), updated at 8:42 pm", None,
     "2024-05-25T07:05:00+00:00"),
    # a generic domain's newsroom country: Dhaka, Beirut, Belgrade
    ("Updated: 16 Jul 2024, 22: 41", "https://en.prothomalo.com/bangladesh/pool",
     "2024-07-16T16:41:00+00:00"),
    ("02 November 2023 18:40", "https://today.lorientlejour.com/article/1/pool.html",
     "2023-11-02T16:40:00+00:00"),
    ("September 24, 2023 11:03", "https://balkaninsight.com/2023/09/24/pool/",
     "2023-09-24T09:03:00+00:00"),
])
def test_layout_round18_stamp_is_read_in_its_newsrooms_zone(
        stamp: str, url: str | None, utc: str) -> None:
    text = _scraped(HEADLINE, "By Ann Roe", stamp)
    assert sound_layout(text, url=url).metadata.published == utc


def test_layout_copyright_naming_a_wire_by_its_initials_credits_the_wire_by_name() -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 12, 2023",
                    tail=("Copyright © 2023 PNA. All rights reserved.",))
    assert sound_layout(text).metadata.credits == ("Philippine News Agency",)


@pytest.mark.parametrize("line", [
    "5–6 minutes", "Views: 3,412", "Short link:", "Share/Bookmark", "Twitter / X",
    "[DOWNLOAD: Free Pool TV News app for alerts as news breaks]",
    "[SPECIAL SECTION: Severe Weather Center 2]",
    "This browser does not support the video element.",
    "Live updated May 25, 2024 at 8:42 pm", "Follow and Subscribe Pool TV :", "All news",
])
def test_layout_round18_copied_page_lines_are_furniture(line: str) -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023", tail=(line,))
    assert _kind_of(text, line) == "boilerplate"
    assert _kind_of(text, LEDE) == "body"


def test_layout_bracketed_promotion_inside_the_story_is_furniture() -> None:
    line = "[DOWNLOAD: Free Pool TV News app for alerts as news breaks]"
    text = "\n".join([HEADLINE, "By Ann Roe", "June 11, 2023", LEDE, PARAGRAPHS[0], line,
                      *PARAGRAPHS[1:]])
    assert _kind_of(text, line) == "boilerplate"
    assert _kind_of(text, PARAGRAPHS[1]) == "body"


@pytest.mark.parametrize("box", [
    ("Search Keywords:", "Pool", "Council", "Leisure centres"),
    ("Trending on KPOOL", "Library to close on Saturdays", "Bus lane plan approved"),
    ("Read more from Politics", "Councillors back new bus lane"),
    ("POOLNA News Headlines", "Mayor receives visiting ambassador"),
    ("Read also", "13:40 22.03.2024", "Library to close on Saturdays", "12:55 22.03.2024",
     "Bus lane plan approved"),
])
def test_layout_round18_boxes_under_the_story_are_not_body(box: tuple[str, ...]) -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023", tail=box)
    assert [_kind_of(text, line) for line in box if _kind_of(text, line) == "body"] == []


def test_layout_wire_end_mark_glued_to_the_last_paragraph_ends_the_story() -> None:
    tail = ("aab.hm", "Library to close on Saturdays", "Mayor receives visiting ambassador")
    text = "\n".join([HEADLINE, "KUWAIT, Nov 5 (KUNA) -- " + LEDE, *PARAGRAPHS[:-1],
                      PARAGRAPHS[-1] + " (end)", *tail])
    assert _kind_of(text, PARAGRAPHS[-1]) == "body"
    assert [_kind_of(text, line) for line in tail] == ["boilerplate"] * 3


def test_layout_site_name_over_its_menus_is_part_of_the_menu_run() -> None:
    top = ("Skip to main content", "United Pools Population Fund", "Menu", "Search",
           "English", "Español", "Français", "Home", "News")
    text = _scraped(*top, HEADLINE, "14 February 2023", "Situation update")
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert _kind_of(text, "Español") == "boilerplate"
    assert _kind_of(text, "Situation update") == "boilerplate"


@pytest.mark.parametrize("station", ["WPOL-TV Channel 2 - Atlanta", "KPOL 5", "WPOL"])
def test_layout_station_name_over_a_label_and_the_headline_is_no_headline(station: str) -> None:
    text = _scraped(station, "Local", HEADLINE, "By WPOL.com News Staff",
                    "September 27, 2024 at 2:08 pm EDT")
    assert sound_layout(text).metadata.headline == HEADLINE


def test_layout_related_box_goes_on_over_a_teasers_type_label() -> None:
    box = ("Related content", "Press release", "Library to close on Saturdays")
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023", tail=box)
    assert _kind_of(text, box[-1]) != "body"


@pytest.mark.parametrize(("caption", "credit"), [
    # a picture label in the closing brackets, though a sentence reports speech
    ("ALERT LEVEL 3. The pool's roof sags over the deep end on Monday (June 12, 2023). The "
     "council said it could close within days. (PNA photo by Ann Roe)", "Ann Roe"),
    # a wire after a dash closing a picture's sentence
    ("Villagers wade through floodwaters near the pool in Tumpat on Sunday (Dec 1). — Bernama",
     "Bernama"),
])
def test_layout_round18_caption_under_the_stamp_credits_the_picture(
        caption: str, credit: str) -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 12, 2023, 5:41 pm", caption)
    layout = sound_layout(text)
    start = text.index(caption)
    region = next(r for r in layout.regions if r.start <= start < r.end)
    assert (region.kind, region.credit) == ("caption", credit)
    assert layout.metadata.standfirst is None


def test_layout_story_paragraph_signed_by_its_wire_after_a_dash_stays_body() -> None:
    line = "The council said the pool would close on Sunday (Dec 1). — Bernama"
    text = "\n".join([HEADLINE, "By Ann Roe", "June 11, 2023", LEDE, *PARAGRAPHS, line])
    assert _kind_of(text, line) != "caption"


def test_layout_day_over_its_time_under_a_repeated_section_label() -> None:
    text = _scraped("Nation", HEADLINE, "By RAHIMY RAHIM", "Nation", "Sunday, 01 Dec 2024",
                    "7:45 PM MYT")
    layout = sound_layout(text, url="https://www.thestar.com.my/news/nation/2024/12/01/pool")
    assert layout.metadata.published == "2024-12-01T11:45:00+00:00"
    assert layout.metadata.dateline is None
    assert _kind_of(text, LEDE) == "body"


def test_layout_relative_update_under_a_day_is_not_its_time() -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "Sat., Oct. 4, 2025", "Updated 8 hrs ago")
    assert sound_layout(text).metadata.published == "2025-10-04T00:00:00+00:00"


def test_layout_reader_view_dek_over_the_pages_own_byline_block() -> None:
    dek = ("A council voted on Tuesday to close the town's only public pool after a two-year "
           "fight over its repair bill.")
    text = _scraped(HEADLINE, "Ann Roe", "5–6 minutes", dek, "Ann Roe", "Pristina", "BIRN",
                    "September 24, 2023", "11:03")
    layout = sound_layout(text, url="https://balkaninsight.com/2023/09/24/pool/")
    meta = layout.metadata
    assert (meta.standfirst, meta.dateline, meta.published) == (
        dek, "Pristina", "2023-09-24T09:03:00+00:00")
    assert _kind_of(text, "BIRN") == "boilerplate"
    assert _kind_of(text, LEDE) == "body"


DEK = ("Councillors said the decision was forced by a repair bill the town could not meet, "
       "ending a two-year campaign.")


def test_layout_reader_view_dek_over_the_pages_byline_and_stamp_line() -> None:
    text = _scraped(HEADLINE, "Ann Roe", "6–7 minutes", DEK,
                    "OLJ / By Ann Roe, 02 November 2023 18:40")
    meta = sound_layout(text, url="https://today.lorientlejour.com/article/1/pool.html").metadata
    assert (meta.standfirst, meta.byline, meta.published) == (
        DEK, ("Ann Roe",), "2023-11-02T16:40:00+00:00")


def test_layout_live_pages_dek_over_its_key_points_box_is_the_standfirst() -> None:
    text = _scraped("Live", HEADLINE, "Published on May 25, 2024, at 9:05 am (Paris)",
                    "Le Pool with AFP and Reuters", DEK, "Live", "Key points",
                    "The pool will close in June.")
    layout = sound_layout(text)
    assert layout.metadata.standfirst == DEK
    assert _kind_of(text, LEDE) == "body"


def test_layout_dateline_lede_over_a_stamp_is_no_standfirst() -> None:
    lede = "Mumbai: " + LEDE
    text = "\n".join([HEADLINE, "By Ann Roe", lede, "Updated: 4 November, 2025 10:02 am IST",
                      *PARAGRAPHS])
    assert sound_layout(text).metadata.standfirst is None


@pytest.mark.parametrize(("creator", "byline"), [
    ("Wanga Gwede - Nyasa Times", ("Wanga Gwede",)),
    ("Ann Roe – The Pool Times", ("Ann Roe",)),
    ("Jean-Paul Roe", ("Jean-Paul Roe",)),
])
def test_clean_byline_cuts_the_paper_after_a_spaced_dash(
        creator: str, byline: tuple[str, ...]) -> None:
    from according.article.metadata import clean_byline

    assert clean_byline((creator,)) == byline


def test_layout_photographer_glued_to_the_captions_full_stop_is_its_credit() -> None:
    caption = ("Swimmers and lifeguards gather near the pool gates in Dhaka on 16 July.Sajid "
               "Hossain")
    text = _scraped(HEADLINE, "Staff Correspondent", "Dhaka", "Updated: 16 Jul 2024, 22: 41",
                    caption)
    layout = sound_layout(text)
    start = text.index(caption)
    region = next(r for r in layout.regions if r.start <= start < r.end)
    assert (region.kind, region.credit) == ("caption", "Sajid Hossain")


def test_layout_site_clock_in_the_menu_is_not_the_stories_day() -> None:
    top = ("Pool Gazette", "Sunday, 22 October 2023", "Home", "Egypt", "World", "Business",
           "Opinion", "Politics")
    text = _scraped(*top, HEADLINE, "Pool Gazette , Saturday 21 Oct 2023")
    layout = sound_layout(text)
    assert layout.metadata.published == "2023-10-21T00:00:00+00:00"
    assert _kind_of(text, "Sunday, 22 October 2023") == "boilerplate"


def test_layout_stamp_over_the_headline_under_a_kicker_is_still_read() -> None:
    text = _scraped("World", "Published August 23, 2023 3:47pm EDT", HEADLINE, "By Ann Roe")
    assert sound_layout(text).metadata.published == "2023-08-23T19:47:00+00:00"


def test_layout_labelled_stamp_between_short_lines_is_no_site_clock() -> None:
    text = _scraped(HEADLINE, "Staff Correspondent", "Dhaka", "Updated: 16 Jul 2024, 22: 41",
                    "Follow")
    meta = sound_layout(text, url="https://en.prothomalo.com/bangladesh/pool").metadata
    assert meta.published == "2024-07-16T16:41:00+00:00"


def test_layout_day_between_menus_with_no_other_stamp_is_the_stories_day() -> None:
    top = ("Pool Gazette", "Sunday, 22 October 2023", "Home", "Egypt", "World", "Business")
    text = _scraped(*top, HEADLINE, "By Ann Roe")
    assert sound_layout(text).metadata.published == "2023-10-22T00:00:00+00:00"


@pytest.mark.parametrize(("opening", "place"), [
    ("GAZIANTEP, Türkiye / DAMASCUS, Syria – ", "GAZIANTEP, Türkiye / DAMASCUS, Syria"),
    ("ABIDJAN, Côte d'Ivoire – ", "ABIDJAN, Côte d'Ivoire"),
    ("GAZIANTEP, Türkiye – ", "GAZIANTEP, Türkiye"),
])
def test_dateline_of_reads_offices_with_countries_spelled_beyond_ascii(
        opening: str, place: str) -> None:
    from according.article.body import dateline_of

    found = dateline_of(opening + LEDE)
    assert found is not None and found[1] == place
