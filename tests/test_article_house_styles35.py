"""Article layout: the families a thirty-fifth round of fresh house styles (tests/data/
styles_fresh35: EL PAÍS English, KBS World, TVP World, TASS, ABC7 Chicago and Context by TRF as
HTML; Malaysiakini, Daily Mirror (Sri Lanka), Focus Taiwan, KOMO News, Kuensel and Trinidad and
Tobago Newsday as text) found wrong, each pinned on a short page or line of its own."""

from __future__ import annotations

import pytest

from according.article import read_layout
from according.records import Metadata
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.pool_story import kind_in_story as _kind_in_story
from tests.pool_story import kind_of as _kind_of
from tests.test_article import sound_layout

MENU = ["Harbour Gazette", "Home", "Breaking News", "Top Story", "Business", "Sports",
        "Opinion", "Print Edition", "News"]


def _copy(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# A masthead's tagline, and a menu's "Top Story" among its other entries (Daily Mirror (Sri
# Lanka)): the headline is the line over the stamp, not a menu entry.


def test_layout_menu_story_label_is_no_newsletter_label() -> None:
    text = _copy(MENU[0], "Online edition of Harbour Gazette - The Coast's Leading English "
                 "Newspaper", *MENU[1:], HEADLINE, "27 November 2026 02:47 pm - 4", LEDE,
                 *PARAGRAPHS)
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert _kind_of(text, "Online edition of Harbour Gazette") == "boilerplate"


@pytest.mark.parametrize("line", [
    "Online edition of Harbour Gazette - The Coast's Leading English Newspaper",
    "Bhutan's National Newspaper",
    "Comments - 4",
    "Comments (12)",
    "Add comment",
    "Comments will be edited (grammar, spelling and slang) and authorized at the discretion "
    "of Harbour Gazette online.",
    "Loading ...",
    "Font Size",
    "Enditem/AW",
])
def test_layout_round35_page_lines_are_furniture(line: str) -> None:
    assert _kind_in_story(line) == "boilerplate"


def test_layout_story_sentence_on_comments_stays_story() -> None:
    # a consultation's comments in the story are no comment box's rules
    line = "Comments will be reviewed by planners before the committee meets in May."
    assert _kind_in_story(line) == "body"


@pytest.mark.parametrize("heading", ["Related Reports", "Hot Stories", "More in this section"])
def test_layout_round35_related_headings_head_their_lists(heading: str) -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, heading,
                        "Water disruptions hit 300,000 in the harbour suburbs",
                        "Council to spend $1.2 million on new treatment plants"])
    assert _kind_of(text, heading) == "related"
    assert _kind_of(text, "Water disruptions hit 300,000") == "related"


# Captions closed by a file label in a paper's short word, by an agency's initials and the day
# the picture was taken, and by a photographer with the agency in brackets.


@pytest.mark.parametrize(("caption", "credit"), [
    ("A view of the coal power plant on the harbour road. File pic", "File pic"),
    ("The deputy director speaks at a press conference in Taipei on Thursday. CNA photo "
     "Nov. 27, 2026", "CNA"),
    ("Justices of the Supreme Court during a session in Mexico City, on November 26. Mario "
     "Jasso (Cuartoscuro)", "Mario Jasso (Cuartoscuro)"),
])
def test_layout_round35_caption_credits(caption: str, credit: str) -> None:
    text = "\n\n".join([HEADLINE, caption, LEDE, *PARAGRAPHS])
    layout = sound_layout(text)
    assert [r.credit for r in layout.regions if r.kind == "caption"] == [credit]


def test_layout_caption_place_in_brackets_credits_no_photographer() -> None:
    from according.article.body import _caption_credit

    # a place before a wire in brackets is a dateline's shape, no photographer's
    assert _caption_credit("Crowds gather in the old town square. Mexico City (Reuters)") \
        != "Mexico City (Reuters)"


# Agency datelines: Taiwan's Central News Agency with no dash, TASS's stops and slashes.


def test_layout_cna_dateline_is_taiwans_central_news_agency() -> None:
    text = _copy(HEADLINE, "11/27/2026 04:12 PM",
                 "Taipei, Nov. 27 (CNA) The council voted 9-4 on Tuesday to close the town's "
                 "only public pool, officials said.", *PARAGRAPHS)
    meta = sound_layout(text).metadata
    assert meta.dateline == "Taipei"
    assert list(meta.credits) == ["Central News Agency"]


def test_layout_tass_dateline_with_stops() -> None:
    text = "\n\n".join([HEADLINE, "MOSCOW, November 27. /TASS/. The council voted 9-4 on "
                        "Tuesday to close the town's only public pool, officials said.",
                        *PARAGRAPHS])
    meta = sound_layout(text).metadata
    assert meta.dateline == "MOSCOW"
    assert list(meta.credits) == ["TASS"]


def test_layout_stopped_place_without_slashed_wire_is_no_dateline() -> None:
    text = "\n\n".join([HEADLINE, "MOSCOW, November 27. The council voted 9-4 on Tuesday to "
                        "close the town's only public pool, officials said.", *PARAGRAPHS])
    assert "TASS" not in sound_layout(text).metadata.credits


# Writers: in brackets under the story, a correspondent's town after a bar, an outlet's desk.


def test_layout_bracketed_writers_under_the_story_are_the_byline() -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, "(By Chen Chih-chung and Jennifer Aurelio)",
                        "Enditem/AW"])
    layout = sound_layout(text)
    assert list(layout.metadata.byline) == ["Chen Chih-chung", "Jennifer Aurelio"]
    assert _kind_of(text, "(By Chen Chih-chung") == "byline"


def test_layout_bracketed_note_under_the_story_names_no_writer() -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, "(By the council's own figures)"])
    assert not sound_layout(text).metadata.byline


def test_layout_correspondent_town_after_a_bar_is_the_dateline() -> None:
    text = _copy(HEADLINE, "November 27, 2026", "Yangyel Lhaden | Gelephu", LEDE, *PARAGRAPHS)
    meta = sound_layout(text).metadata
    assert list(meta.byline) == ["Yangyel Lhaden"]
    assert meta.dateline == "Gelephu"


def test_layout_section_after_a_bar_is_no_dateline() -> None:
    text = _copy(HEADLINE, "November 27, 2026", "Yangyel Lhaden | Politics", LEDE, *PARAGRAPHS)
    assert sound_layout(text).metadata.dateline is None


def test_layout_outlets_digital_team_is_no_writer() -> None:
    hints = Metadata(headline=HEADLINE, outlet="ABC7 Chicago",
                     byline=("Marissa Loomis", "ABC7 Chicago Digital Team"))
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS])
    assert list(read_layout(text, hints=hints).metadata.byline) == ["Marissa Loomis"]


# Outlets: a publishing house's name around a title the table knows; a fuller masthead over a
# name the table gives another site.


@pytest.mark.parametrize(("given", "outlet"), [
    ("Ediciones EL PAÍS", "El País"),
    ("Ediciones Harbour Gazette", "Ediciones Harbour Gazette"),  # a title the table lacks
])
def test_layout_publishing_house_names_its_title(given: str, outlet: str) -> None:
    hints = Metadata(headline=HEADLINE, outlet=given)
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS])
    assert read_layout(text, hints=hints).metadata.outlet == outlet


def test_layout_fuller_masthead_over_another_sites_table_name() -> None:
    text = _copy("Trinidad and Tobago Newsday", "Newsday", "News", "Sport", "Business",
                 HEADLINE, "Paula Lindo", "Thu 27 Nov 2026 11:52 AM", LEDE, *PARAGRAPHS)
    meta = sound_layout(text, url="https://newsday.co.tt/2026/11/27/council-pool/").metadata
    assert meta.outlet == "Trinidad and Tobago Newsday"
    # on the table outlet's own site, its name stands
    meta = sound_layout(text, url="https://www.newsday.com/long-island/council-pool").metadata
    assert meta.outlet == "Newsday"


# The headline printed again under the story (a comment box's title).


def test_layout_quoted_headline_under_the_story_is_furniture() -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, "Comments", f'"{HEADLINE}"'])
    assert _kind_of(text, f'"{HEADLINE}"') == "boilerplate"


# Stamps: a Korean site's "Write:" label; a Seattle station's zoneless stamp.


def test_layout_write_label_is_the_publication_stamp() -> None:
    from according.read import ArticleInput, read_string

    paragraphs = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))
    page = (f"<html><head><title>{HEADLINE} | KBS WORLD</title>"
            "<meta property='og:site_name' content='KBS WORLD'></head><body>"
            f"<div class='board_view'><h2 class='tit'>{HEADLINE}</h2>"
            "<p class='date'>Write: 2026-11-27 15:02:10 / Update: 2026-11-27 16:41:37</p>"
            f"<div class='body_txt'>{paragraphs}</div></div></body></html>")
    got = read_string(page, url="https://world.kbs.co.kr/service/news_view.htm?Seq_Code=1")
    assert isinstance(got, ArticleInput), str(got)
    # the first publication, not the update
    assert (got.hints.published or "").startswith("2026-11-27T")
    assert "16:41" not in (got.hints.published or "")


def test_layout_komo_stamp_in_seattle_time() -> None:
    text = _copy(HEADLINE, "by Hana Kim | KOMO News Reporter",
                 "Wed, November 26th 2026 at 5:41 PM", LEDE, *PARAGRAPHS)
    meta = sound_layout(text, url="https://komonews.com/news/local/council-pool").metadata
    assert meta.published == "2026-11-27T01:41:00+00:00"


# A sources line crediting a national agency beside the outlet itself.


def test_layout_sources_line_credits_national_agency() -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, "Source: PAP, TVP World"])
    assert "PAP" in sound_layout(text).metadata.credits
