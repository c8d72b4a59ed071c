"""Article layout: the families a thirty-third round of fresh house styles (tests/data/
styles_fresh33: a Hearst station (WCVB), the Fiji Broadcasting Corporation, Free Malaysia
Today, The Economist, Muscat Daily and ANSA English as HTML; RTHK, the Press Trust of India,
The Nassau Guardian, the Vanuatu Daily Post and Graphic Online as text) found wrong, each
pinned on a short page or line of its own."""

from __future__ import annotations

import pytest

from according.read import ArticleInput, read_string
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS, line_kinds
from tests.pool_story import kind_in_story as _kind_in_story
from tests.pool_story import kind_of as _kind_of
from tests.test_article import sound_layout


def _read(html: str, url: str | None = None) -> ArticleInput:
    got = read_string(html, url=url)
    assert isinstance(got, ArticleInput), str(got)
    return got


def _page(head: str = "", header: str = "", figure: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
            f"<main><article><h1>{HEADLINE}</h1>{header}{figure}<div class='body'>{story}</div>"
            "</article></main></body></html>")


# Publication stamps in two more house forms: Graphic Online's spaced dashes with a space
# before the clock's comma, RTHK's zone between the day and the clock.


@pytest.mark.parametrize(("stamp", "url", "published"), [
    ("Mar - 04 - 2025 , 08:10", "https://www.graphic.com.gh/news/x.html",
     "2025-03-04T08:10:00+00:00"),
    ("2025-03-04 HKT 14:35", "https://news.rthk.hk/rthk/en/component/k2/1-20250304.htm",
     "2025-03-04T06:35:00+00:00"),
])
def test_layout_house_stamp_forms_give_the_time(stamp: str, url: str, published: str) -> None:
    text = "\n\n".join([HEADLINE, stamp, LEDE, *PARAGRAPHS])
    layout = sound_layout(text, url=url)
    assert layout.metadata.published == published
    assert line_kinds(text, url=url)[stamp] == "date"


def test_layout_month_word_with_spaced_dashes_in_a_sentence_stays_story() -> None:
    line = "Prices rose from Mar - 04 - 2025 , the board said, and kept rising all spring."
    assert _kind_in_story(line) == "body"


# Furniture: a station's pointer to its video, the writer's labelled address.


@pytest.mark.parametrize("line", [
    "Video above: Riders react to faster Red Line trips",
    "WATCH ABOVE: Crews clear snow from the Pike",
    "Watch the video above.",
    "Video below: The moment the bridge reopened",
    "Writer's email: emmanuel.bonney@graphic.com.gh",
    "Author’s e-mail: ann.roe@example.com",
])
def test_line_kind_video_pointers_and_writers_addresses_are_furniture(line: str) -> None:
    assert _kind_in_story(line) != "body", line


@pytest.mark.parametrize("line", [
    "Video above the entrance showed two men leaving at 3 a.m., police said.",
    "The writer's email to the council, sent in May, was never answered, she said.",
])
def test_line_kind_story_lines_like_video_pointers_stay_story(line: str) -> None:
    assert _kind_in_story(line) == "body", line


# Captions: the taker and a picture word in brackets; a scene named before a wire's name.


def test_layout_caption_closing_with_taker_and_picture_word_is_a_caption() -> None:
    # a caption that reports what someone said is still one when its brackets say "pic"
    caption = ("Councillor Ann Roe said the pool could not be saved without a buyer. "
               "(Bernama pic)")
    text = f"{HEADLINE}\n\n{caption}\n\n{LEDE}\n\n" + "\n\n".join(PARAGRAPHS)
    layout = sound_layout(text)
    assert _kind_of(text, caption) == "caption"
    assert [r.credit for r in layout.regions if r.kind == "caption"] == ["Bernama"]


@pytest.mark.parametrize(("line", "kind"), [
    ("Tourists in St Mark's Square. (ANSA)", "caption"),
    ("The Colosseum in Rome at night. (ANSA)", "caption"),
    ("Italy's jobless rate fell to 5.9% in January. (ANSA)", "body"),
    ("Meloni resigns. (ANSA)", "body"),
])
def test_line_kind_named_scene_before_a_wire_is_a_caption(line: str, kind: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{LEDE}\n\n" + "\n\n".join(PARAGRAPHS)
    assert _kind_of(text, line) == kind, line


def test_read_html_figcaption_credited_to_the_wire_is_kept() -> None:
    figure = "<figure><img src='/x.jpg'><figcaption>Tourists in St Mark's Square. (ANSA)" \
             "</figcaption></figure>"
    page = _read(_page(figure=figure), url="https://www.ansa.it/english/news/x.html")
    assert "Tourists in St Mark's Square. (ANSA)" in page.text


# Datelines: a wire's name before its place and day (ANSA); a place after a bar (Economist).


def test_layout_wire_first_dateline_gives_place_and_credit() -> None:
    lede = "(ANSA) - ROME, MAR 4 - Premier Giorgia Meloni said on Tuesday that Italy " \
           "would not send troops to Ukraine."
    text = f"{HEADLINE}\n\n{lede}\n\n" + "\n\n".join(PARAGRAPHS)
    layout = sound_layout(text)
    assert layout.metadata.dateline == "ROME"
    assert layout.metadata.credits == ("Agenzia Nazionale Stampa Associata",)
    dateline = next(r for r in layout.regions if r.kind == "dateline")
    assert text[dateline.start:dateline.end] == "(ANSA) - ROME, MAR 4 -"


def test_layout_wire_first_without_a_day_keeps_the_story() -> None:
    lede = "(Reuters) - Rome, the capital, will close its centre to cars on Sundays, the " \
           "city said."
    text = f"{HEADLINE}\n\n{lede}\n\n" + "\n\n".join(PARAGRAPHS)
    layout = sound_layout(text)
    assert layout.metadata.dateline is None
    body = next(r for r in layout.regions if r.kind == "body")
    assert text[body.start:].startswith("Rome, the capital")


def test_read_html_place_after_a_bar_in_its_dateline_element() -> None:
    header = ("<div class='meta'><time datetime='2025-03-06T13:50:12Z'>Mar 6th 2025</time>"
              "<span class='dateline'>|ACCRA</span></div>")
    page = _read(_page(header=header), url="https://www.economist.com/x/2025/03/06/y")
    assert page.hints.dateline == "ACCRA"


# Bylines: a newsroom's word in its own language and the house's name is no writer.


@pytest.mark.parametrize("desk", ["Redazione ANSA", "Redacción EFE", "Rédaction Africanews"])
def test_read_html_newsroom_word_in_its_language_is_no_writer(desk: str) -> None:
    head = ("<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
            "\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE + "\",\"author\":"
            "{\"@type\":\"Person\",\"name\":\"" + desk + "\"}}</script>")
    page = _read(_page(head, header=f"<span class='author'>{desk}</span>"),
                 url="https://www.example.it/news/x.html")
    layout = sound_layout(page.text, hints=page.hints, url="https://www.example.it/news/x.html")
    assert layout.metadata.byline == ()


def test_read_html_writer_named_like_a_newsroom_word_stays_a_writer() -> None:
    head = ("<meta name='author' content='Rosa Redazzi'>")
    page = _read(_page(head), url="https://www.example.it/news/x.html")
    layout = sound_layout(page.text, hints=page.hints, url="https://www.example.it/news/x.html")
    assert layout.metadata.byline == ("Rosa Redazzi",)


# Outlets: an agency's word with its name on the agency's own address; a masthead whose last
# words spell the address.


@pytest.mark.parametrize(("publisher", "outlet"), [
    ("Agenzia ANSA", "Agenzia Nazionale Stampa Associata"),
    ("Agenzia Stampa Italia", "Agenzia Stampa Italia"),
])
def test_read_html_agency_word_and_name_on_its_address(publisher: str, outlet: str) -> None:
    head = ("<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
            "\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE + "\",\"publisher\":"
            "{\"@type\":\"Organization\",\"name\":\"" + publisher + "\"}}</script>")
    page = _read(_page(head), url="https://www.ansa.it/english/news/x.html")
    assert page.hints.outlet == outlet


def test_layout_masthead_closed_by_the_address_words_is_the_full_name() -> None:
    text = "\n\n".join(["Vanuatu Daily Post", "Subscribe", HEADLINE, "By Anita Roberts",
                        LEDE, *PARAGRAPHS])
    layout = sound_layout(text, url="https://www.dailypost.vu/news/x/article_1.html")
    assert layout.metadata.outlet == "Vanuatu Daily Post"


def test_layout_address_words_inside_a_later_line_keep_the_short_name() -> None:
    # not among the copy's first lines: a story line's name, not the masthead
    text = "\n\n".join([HEADLINE, "By Anita Roberts", LEDE, *PARAGRAPHS,
                        "Tropical Island Daily Post"])
    layout = sound_layout(text, url="https://www.dailypost.vu/news/x/article_1.html")
    assert layout.metadata.outlet != "Tropical Island Daily Post"
