"""Fifth review of 2026-11-27: the whole-page copy readers of article/page_copy.py and their
calls (the headline over the meta block, writers a line each under 'By', social tails glued
to a name, a name over a job title, paper-shaped bylines, slash-joined writers, a headline
printed twice, wires after 'with' or 'and', a byline's trailing separator) and round 19's
rules (a hyphenated domain spelling the outlet, caption credits, the 'notes' furniture, 'and
Name' under the byline, 'Outlet – Place' over the lede), tried on story text, headers and
pages they could misfire on. An overreach found is pinned as a strict xfail naming what goes
wrong (each passes on f94f16a, before the rules); a risk found safe is kept only where it
guards one."""

from __future__ import annotations

import pytest

from according.article import line_kind
from according.read.html import html_article
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout
from tests.test_review_1127 import _page, _site

DAY = "October 8, 2025"
LAST = PARAGRAPHS[-1]
STANDFIRST = "Swimmers face a 20-mile trip to the next pool"


def _layout(*top: str, after: tuple[str, ...] = ()):  # noqa: ANN202
    """The layout of the pool story as scraped text, under the `top` lines."""
    return sound_layout("\n\n".join([*top, LEDE, *PARAGRAPHS, *after]))


def _kinds(*top: str, after: tuple[str, ...] = ()) -> dict[str, str]:
    """Each region's text -> its kind, the story under the `top` lines."""
    text = "\n\n".join([*top, LEDE, *PARAGRAPHS, *after])
    return {text[r.start:r.end]: r.kind for r in sound_layout(text).regions}


def _html_layout(header: str, head: str = "", url: str | None = None):  # noqa: ANN202
    """The layout of the pool story's page with `header` under its h1, its regions checked."""
    article = html_article(_page(head=head, header=header), name="review.html", url=url)
    return article.text, sound_layout(article.text, hints=article.hints)


# Datelines: 'Outlet – Place' over the lede (header._outlet_place_line, a one-word place
# trusted).


@pytest.mark.parametrize("line", ["Reuters – Exclusive", "Reuters – Updated"])
def test_layout_label_after_a_wire_over_the_lede_is_no_dateline(line: str) -> None:
    assert _layout(HEADLINE, "By Ann Roe", DAY, line).metadata.dateline is None


def test_layout_label_after_the_masthead_over_the_lede_is_no_dateline() -> None:
    meta = _layout("Harbour Watch", HEADLINE, "By Ann Roe", DAY,
                   "Harbour Watch – Explainer").metadata
    assert meta.dateline is None


def test_layout_wire_and_a_surname_over_the_lede_is_no_dateline() -> None:
    assert _layout(HEADLINE, DAY, "Reuters – Roe").metadata.dateline is None


@pytest.mark.parametrize("line", ["Reuters – Analysis", "Reuters – Ann Roe"])
def test_layout_wire_over_a_section_or_a_writer_over_the_lede_is_no_dateline(line: str) -> None:
    assert _layout(HEADLINE, "By Ann Roe", DAY, line).metadata.dateline is None


# Headlines: the headline over the byline or stamp under menus, slogans and notices
# (page_copy._headline_over_meta).


@pytest.mark.parametrize(("top", "headline"), [
    (("Harbour Gazette", "Council shuts pool forever"), "Council shuts pool forever"),
    (("Exclusive", HEADLINE), HEADLINE),
    (("Sign up for our free morning newsletter", "Home", "News", "Local", "Sport", HEADLINE),
     HEADLINE),
    (("Pool to close", "Swimmers face a 20-mile trip to the next pool after the vote."),
     "Pool to close"),
])
def test_layout_short_or_kickered_headline_over_the_byline_stays_the_headline(
        top: tuple[str, ...], headline: str) -> None:
    assert _layout(*top, "By Ann Roe", DAY).metadata.headline == headline


# Headlines: a headline-shaped line printed twice under the line read as the headline
# (page_copy._doubled_headline).


def test_layout_standfirst_printed_twice_under_the_stamp_keeps_the_headline() -> None:
    meta = _layout(HEADLINE, "By Ann Roe", DAY, STANDFIRST, STANDFIRST).metadata
    assert meta.headline == HEADLINE


def test_layout_subheading_printed_twice_in_the_story_keeps_the_headline() -> None:
    layout = _layout(HEADLINE, "By Ann Roe", DAY, after=("What happens next",
                                                         "What happens next", LAST))
    assert layout.metadata.headline == HEADLINE


def test_layout_pull_quote_printed_twice_in_the_story_stays_story() -> None:
    quote = "“We did everything we could”"
    assert _kinds(HEADLINE, "By Ann Roe", DAY, after=(quote, quote, LAST))[quote] == "body"


# Bylines: a social button or handle glued to a name (page_copy._sweep_social_tails).


@pytest.mark.parametrize("headline", ["Elon Musk Buys Twitter", "Harbour Police Join Bluesky"])
def test_layout_title_case_headline_ending_in_a_network_is_no_writer(headline: str) -> None:
    assert _layout(headline, DAY).metadata.byline == ()


@pytest.mark.parametrize("line", ["By Ann RoeTwitter", "Ann Roe@annroe", "Ann RoeInstagram"])
def test_layout_writer_glued_to_a_social_button_is_the_writer(line: str) -> None:
    assert _layout(HEADLINE, line, DAY).metadata.byline == ("Ann Roe",)


def test_layout_story_line_following_a_handle_stays_story() -> None:
    line = "Follow Ben Hale@benhale"
    kinds = _kinds(HEADLINE, "By Ann Roe", DAY, after=(line, LAST))
    assert kinds[line] == "body"


# Bylines: a name over a job title ending in a role noun (TITLE_ROLE_NOUNS).


@pytest.mark.parametrize("headline", ["Ann Roe Named New Leisure Director",
                                      "Harbour Council Appoints Pool Director"])
def test_layout_title_case_headline_naming_a_director_is_no_writer(headline: str) -> None:
    meta = _layout(headline, DAY).metadata
    assert (meta.headline, meta.byline) == (headline, ())


def test_layout_by_line_over_a_headline_naming_a_director_is_the_writer() -> None:
    meta = _layout("Ann Roe Named New Leisure Director", "By Ben Hale", DAY).metadata
    assert meta.byline == ("Ben Hale",)


# Bylines: a 'By' line further down beating a byline read without 'By'.


def test_layout_by_the_numbers_subheading_takes_no_writer() -> None:
    kinds = _kinds(HEADLINE, "Ann Roe", DAY, after=("By the Numbers",
                                                    "About 200 swimmers use the pool a day.",
                                                    LAST))
    meta = _layout(HEADLINE, "Ann Roe", DAY, after=("By the Numbers", LAST)).metadata
    assert (meta.byline, kinds["By the Numbers"]) == (("Ann Roe",), "body")


# Bylines: a paper-shaped byline the outlet table lacks is the outlet's
# (page_copy._sweep_outlet_byline).


@pytest.mark.parametrize("name", ["Lena Sun", "Jo Mail"])
def test_layout_writer_with_a_paper_word_surname_stays_the_writer(name: str) -> None:
    assert _layout(HEADLINE, f"By {name}", DAY).metadata.byline == (name,)


@pytest.mark.parametrize("name", ["Ann Post", "Ann Herald"])
def test_layout_writer_named_like_a_paper_stays_the_writer(name: str) -> None:
    assert _layout(HEADLINE, f"By {name}", DAY).metadata.byline == (name,)


# Bylines: wires after 'with' or 'and', a separator left at the end.


@pytest.mark.parametrize(("line", "writers"), [
    ("By Ann Roe with AP, AFP", ("Ann Roe",)),
    ("By Ann Roe with Ben Hale", ("Ann Roe", "Ben Hale")),
    ("By Ann Roe with Agencies", ("Ann Roe",)),
    ("Ann Roe and AP", ("Ann Roe",)),
    ("By Ann Roe |", ("Ann Roe",)),
    ("Ann Roe •", ("Ann Roe",)),
])
def test_layout_byline_with_wires_or_a_trailing_separator_reads_the_writers(
        line: str, writers: tuple[str, ...]) -> None:
    assert _layout(HEADLINE, line, DAY).metadata.byline == writers


def test_layout_writer_and_wire_line_under_the_stamp_takes_no_writer() -> None:
    assert _layout(HEADLINE, "By Ben Hale", DAY, "Ann Roe and AP").metadata.byline == (
        "Ben Hale",)


# Bylines: 'and Name' under 'By Name' (header._second_writer_line).


def test_layout_and_an_organisation_under_the_byline_is_no_writer() -> None:
    meta = _layout(HEADLINE, "By Ann Roe", "and Harbour Council", DAY).metadata
    assert meta.byline == ("Ann Roe",)


def test_layout_and_a_writer_under_the_byline_joins_it() -> None:
    assert _layout(HEADLINE, "By Ann Roe", "and Ben Hale", DAY).metadata.byline == (
        "Ann Roe", "Ben Hale")


# Furniture: the 'notes' family (FURNITURE_FAMILIES["notes"]).


@pytest.mark.parametrize("line", [
    "This story has been updated to include the mayor's statement that the pool will stay "
    "open.",
    "This article has been updated to reflect that the council voted 9-4 on Tuesday, not 8-5.",
])
def test_line_kind_update_note_carrying_news_is_body(line: str) -> None:
    assert line_kind(line) == "body"


@pytest.mark.parametrize("line", [
    "This article was updated on Wednesday after the council's vote was overturned by the "
    "mayor, who said the pool would stay open.",
    "This story has been updated with comment from the council, which said the pool would "
    "shut in June.",
    "Harbour Watch is an independent news organisation that first reported the closure.",
    "The Harbour Gazette is an independent news organisation, its editor said on Tuesday.",
    "Pool Watch is a nonprofit news site. Learn more about the pool at the council's "
    "website, Roe said.",
])
def test_line_kind_story_lines_like_round_19_notes_stay_body(line: str) -> None:
    assert line_kind(line) == "body"


@pytest.mark.parametrize("line", ["(Edited by Ben Hale)",
                                  "Harbour Watch is an independent, non-profit news website."])
def test_line_kind_editor_note_and_outlet_self_description_are_furniture(line: str) -> None:
    assert line_kind(line) == "boilerplate"


# HTML pages: a hyphenated domain spelling the outlet (article._domain_letters) and a
# caption's unlabelled credit element (read/html._figcaption_text).


def test_read_html_personal_domain_spelling_the_writer_keeps_the_writer() -> None:
    _, layout = _html_layout("<div class='byline'>By Ann Roe</div>",
                             url="https://www.ann-roe.com/2025/10/pool")
    assert layout.metadata.byline == ("Ann Roe",)


def test_read_html_caption_credit_element_is_the_credit() -> None:
    figure = ("<figure><img src='a.jpg'><figcaption>Swimmers at the pool on Tuesday. "
              "<span class='photo-credit'>Ben Hale</span></figcaption></figure>")
    text, layout = _html_layout("<div class='byline'>By Ann Roe</div>" + figure,
                                head=_site("The Harbour Gazette"))
    credits = {text[r.start:r.end]: r.credit for r in layout.regions if r.kind == "caption"}
    assert credits == {"Swimmers at the pool on Tuesday. (Ben Hale)": "Ben Hale"}
