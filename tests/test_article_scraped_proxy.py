"""Scraped text of whole pages: the menus, share buttons and author boxes a copy of a real
page keeps around the story (bench/eval_scraped_text.py measures them on public sets). Each
text here is written for the test in the form such copies take; none is a page's text."""

from __future__ import annotations

import pytest

from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout


def _page(*top: str, after: tuple[str, ...] = ()) -> str:
    """A page's copy: the `top` lines (menus, headline, meta), then the story."""
    return "\n\n".join([*top, LEDE, *PARAGRAPHS, *after])


# -- the headline over the meta block, under a page's menus --------------------------------

# a site's menu as a copy keeps it, longer than the top lines searched for section labels
MENU = ("Home", "News", "Sport", "Business", "Opinion", "Culture", "Travel", "Weather",
        "Podcasts", "Video", "Newsletters", "Events", "Jobs", "Puzzles", "Obituaries", "Archive")


@pytest.mark.parametrize("top", [
    # a slogan of four words over the headline and a standfirst without a full stop
    ("Truth In Every Line", HEADLINE, "Swimmers face a 20-mile trip to the nearest lanes",
     "By Ann Roe", "March 4, 2025 at 11:24 a.m. EST"),
    # a rubric of four words in headline case over the headline and its standfirst
    ("The Art of Swimming", HEADLINE, "Swimmers will have nowhere to train. Who pays?",
     "By Ann Roe", "March 4, 2025"),
    # a long menu over the headline, a standfirst and the "By" line
    (*MENU, HEADLINE, "Swimmers will face a 20-mile trip to the nearest lanes.", "By Ann Roe",
     "Today 5:00 am"),
    # a long menu over "By" alone over the name
    (*MENU, HEADLINE, "By", "Ann Roe", "Date", "March 4, 2025"),
    # a long menu over a stamp over the headline, the writer's name or "By" line under it
    (*MENU, "4 March 2025", HEADLINE, "Ann Roe"),
    (*MENU, "Mar 4, 2025 10:47 AM EST", HEADLINE, "TAG: pools, council, leisure", "By Ann Roe"),
    # a notice of sentences at the page's top, far over the meta block
    ("Thank you for visiting riverside.example. You are using an old browser version.",
     "Menu", "Search", "Sign in", "LOCAL", "4 March 2025", HEADLINE,
     "Swimmers face a long trip to the nearest lanes.", "Ann Roe"),
])
def test_layout_headline_over_meta_block_under_menus(top: tuple[str, ...]) -> None:
    assert sound_layout(_page(*top)).metadata.headline == HEADLINE


def test_layout_headline_under_glued_breadcrumbs_is_the_line_printed_again() -> None:
    text = _page(f"Home Local {HEADLINE}", "Riverside Leisure Trust", "Local",
                 HEADLINE, "By Ann Roe", "March 4, 2025")
    assert sound_layout(text).metadata.headline == HEADLINE


def test_layout_long_headline_over_bullet_standfirst_is_kept() -> None:
    text = _page(HEADLINE, "Swimmers face a 20-mile trip to the nearest lanes",
                 "Clubs say the county pool is already full most evenings",
                 "Two boilers failed in the winter and were never replaced",
                 "By Ann Roe", "Published:", "15:56 GMT, 4 March 2025")
    assert sound_layout(text).metadata.headline == HEADLINE


# -- several writers a line each under "By" ------------------------------------------------

@pytest.mark.parametrize(("top", "names"), [
    # joined by commas and "&", a note's mark on the first, the list folded before the last
    ((HEADLINE, "Swimmers will have nowhere to train, the clubs say.", "By", "Ann Roe0,",
      "Ben Hale,", "Cara Mills &", "…", "Dan Cole", "Ann Roe",
      "Ann Roe is a reporter in Riverside."),
     ("Ann Roe", "Ben Hale", "Cara Mills", "Dan Cole")),
    # no joins, roles glued to some names, the list over the stamp's label
    ((HEADLINE, "Swimmers will have nowhere to train, the clubs say.", "By",
      "Ann RoeNews Reporter", "Ben HaleNews Reporter", "Cara Mills", "Dan Cole", "Updated",
      "20:49, 4 Mar 2025"),
     ("Ann Roe", "Ben Hale", "Cara Mills", "Dan Cole")),
])
def test_layout_writers_stacked_under_bare_by_are_all_read(top: tuple[str, ...],
                                                           names: tuple[str, ...]) -> None:
    assert sound_layout(_page(*top)).metadata.byline == names



# -- a social button or handle glued to the writer's name ----------------------------------

@pytest.mark.parametrize("top", [
    (HEADLINE, "Swimmers will have nowhere to train, the clubs say.", "By Ann RoeTwitter",
     "Today 5:00 am"),
    (HEADLINE, "Published Tue, Mar 4 20252:23 PM EST", "Ann Roe@annroe", "WATCH LIVE"),
    (HEADLINE, "March 4, 2025", "Ann RoeFollow"),
])
def test_layout_writer_glued_to_social_button_or_handle_is_read(top: tuple[str, ...]) -> None:
    assert sound_layout(_page(*top)).metadata.byline == ("Ann Roe",)



# -- a writer without "By", a long job title after the name, over the stamp ------------------

@pytest.mark.parametrize("line", [
    "Ann Roe Deputy Content Hub Director",
    "Ann Roe Audience Growth Manager",
    "Ann Roe Senior Digital Strategist",
])
def test_layout_name_before_long_title_over_stamp_is_the_writer(line: str) -> None:
    text = _page(HEADLINE, "Swimmers will have nowhere to train, the clubs say", "News", line,
                 "08:39, 04 Mar 2025Updated 08:41, 04 Mar 2025")
    assert sound_layout(text).metadata.byline == ("Ann Roe",)


# -- a share row's copy button over the headline -----------------------------------------

@pytest.mark.parametrize("button", ["Click to copy URL", "Click to copy", "Click to copy link"])
def test_layout_copy_button_over_headline_is_furniture(button: str) -> None:
    text = _page("Share this:", "Click to share on Facebook (Opens in new window)", button,
                 HEADLINE, "By Ann Roe", "View author archive")
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert layout.metadata.byline == ("Ann Roe",)


@pytest.mark.parametrize("crumbs", ["Home » Local » Leisure » Pools", "Home → Local → Leisure"])
def test_layout_breadcrumbs_joined_by_guillemets_or_arrows_are_no_headline(crumbs: str) -> None:
    text = _page(crumbs, HEADLINE, "Question: where will the swimming clubs train now?")
    assert sound_layout(text).metadata.headline == HEADLINE


@pytest.mark.parametrize("top", [
    # a labelled byline ("by:") under the headline, a place and its state over it
    ("Riverside County Hall", "Riverside", HEADLINE, "by: Ann Roe", "Posted:",
     "Mar 4, 2025 / 04:43 PM EST"),
    # a pull quote printed over the headline as its kicker
    ("home page", "'We did everything we could to keep it open for the families'", HEADLINE,
     "Swimming clubs say the nearest pool is 20 miles away, and full most evenings",
     "By Ann Roe", "4 March 2025, 3:51 pm"),
    # a page's style code run together over a bare "Updated" label, the headline under it
    ("for-phone-onlyfor-tablet-portrait-upfor-desktop-up", "Leisure", "Updated", HEADLINE,
     "By Ann Roe", "4 Min Read"),
])
def test_layout_headline_over_labelled_byline_under_quote_or_code(top: tuple[str, ...]) -> None:
    assert sound_layout(_page(*top)).metadata.headline == HEADLINE


# -- a button row's label read as the writer, the "By" line further down --------------------

@pytest.mark.parametrize("label", ["QUICK READ", "SPEED READ", "Latest Video"])
def test_layout_label_read_as_writer_yields_to_by_line_below(label: str) -> None:
    text = _page(HEADLINE, "The pool's roof was beyond repair, the council said.", label,
                 "SUMMARY", "LISTEN", "By", "Ann Roe", "Follow", "04 March 2025")
    assert sound_layout(text).metadata.byline == ("Ann Roe",)


def test_layout_name_without_by_over_stamp_keeps_its_place_over_later_by_line() -> None:
    text = _page(HEADLINE, "Ann Roe", "4 March 2025", "By the pool: what the clubs will do")
    assert sound_layout(text).metadata.byline == ("Ann Roe",)


# -- an outlet named as the byline -----------------------------------------------------------

@pytest.mark.parametrize("line", ["By Riverside Post with Agencies",
                                  "By Riverside Post with news agencies"])
def test_layout_outlet_with_unnamed_agencies_is_no_writer(line: str) -> None:
    layout = sound_layout(_page(HEADLINE, line, "Published on", "04/03/2025 - 16:38"))
    assert layout.metadata.byline == ()
    assert layout.metadata.outlet == "Riverside Post"


def test_layout_paper_as_byline_yields_to_slash_joined_writers_over_story() -> None:
    text = _page("Local NewsNews", HEADLINE, "by Riverside Times", "March 4, 2025", "Share0",
                 "…as swimming clubs look for lanes elsewhere", "Ann Roe/Ben Hale")
    layout = sound_layout(text)
    assert layout.metadata.byline == ("Ann Roe", "Ben Hale")


@pytest.mark.parametrize("kicker", ["newsletter", "WEEKEND BRIEF"])
def test_layout_asking_headline_of_sentences_under_kicker_is_the_headline(kicker: str) -> None:
    headline = "Pool Brief: The town's pool is closing. Who will pay for the lanes?"
    text = _page(kicker, headline, "Ann Roe-Smith", "Published 3 seconds ago")
    assert sound_layout(text).metadata.headline == headline


def test_layout_short_headline_over_standfirst_that_stops_is_kept() -> None:
    text = _page("Pool closes", "The town's pool is closing. Clubs will have to travel.",
                 "By Ann Roe", "March 4, 2025")
    assert sound_layout(text).metadata.headline == "Pool closes"


def test_layout_headline_printed_twice_under_blog_masthead_is_the_headline() -> None:
    text = _page("RIVERSIDE SWIMMER The Town Pool Diary",
                 "Here is where I write about the pool and the people who swim in it.",
                 "Tuesday, March 4, 2025", HEADLINE, HEADLINE.lower())
    assert sound_layout(text).metadata.headline == HEADLINE


def test_layout_credit_printed_twice_under_headline_is_no_headline() -> None:
    text = _page(HEADLINE, "The council's pool", "- Copyright Ann Roe/AP", "Copyright Ann Roe/AP",
                 "By Ben Hale", "04/03/2025 - 16:38")
    assert sound_layout(text).metadata.headline == HEADLINE


@pytest.mark.parametrize(("line", "wires"), [
    ("By Ann Roe with AP", ("The Associated Press",)),
    ("By Ann Roe with AP, AFP", ("The Associated Press", "Agence France-Presse")),
])
def test_layout_writer_with_wires_credits_them_and_names_no_by_wire(
        line: str, wires: tuple[str, ...]) -> None:
    layout = sound_layout(_page(HEADLINE, line, "Published on", "04/03/2025 - 16:38"))
    assert layout.metadata.byline == ("Ann Roe",)
    assert all(w in layout.metadata.credits for w in wires)


@pytest.mark.parametrize(("line", "names"), [
    ("Ann Roe and AP", ("Ann Roe",)),
    ("Ann Roe & Reuters", ("Ann Roe",)),
])
def test_layout_writers_and_wire_without_by_over_stamp(line: str,
                                                       names: tuple[str, ...]) -> None:
    layout = sound_layout(_page("World", "USA", HEADLINE, line, "March 4, 2025 - 4.34pm",
                                "Powered by"))
    assert layout.metadata.byline == names
    assert layout.metadata.credits


# -- a reading time glued to the stamp ----------------------------------------------------

@pytest.mark.parametrize("line", ["Tue., March 4, 2025timer5 min. read",
                                  "March 4, 2025clock 3 min read"])
def test_layout_stamp_glued_to_reading_time_gives_its_day(line: str) -> None:
    layout = sound_layout(_page(HEADLINE, "By Ann Roe Staff Writer", line))
    assert (layout.metadata.published or "")[:10] == "2025-03-04"


@pytest.mark.parametrize("line", ["By Ann Roe •", "By Ann Roe |", "By Ann Roe ·"])
def test_layout_byline_with_meta_row_separator_left_at_its_end(line: str) -> None:
    layout = sound_layout(_page(HEADLINE, line, "March 4, 2025 5:19pm"))
    assert layout.metadata.byline == ("Ann Roe",)
