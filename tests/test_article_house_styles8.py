"""Article layout: the families an eighth round of fresh house styles (tests/data/styles_fresh8:
Ukrainian, Turkish, Iranian, Rwandan, Zimbabwean, Ugandan, Vietnamese, Philippine, Israeli,
Finnish and Swedish outlets' English pages, a US public radio station, a UK regional paper, a UN
agency's release, a think tank and a sports feed) found wrong, each pinned on a short text or
line of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.article import line_kind
from according.read.dates import date_style, published_utc
from tests.pool_story import HEADLINE, LEDE
from tests.test_article import sound_layout

SECOND = ("The pool will shut in June after the council failed to find a buyer willing to pay "
          "for a new roof and boilers.")


def _layout(*header: str, after: tuple[str, ...] = (),  # type: ignore[no-untyped-def]
            sep: str = "\n\n", **kwargs):
    text = sep.join([*header, LEDE, SECOND, *after]) + "\n"
    return text, sound_layout(text, **kwargs)


def _kind_of(text: str, layout, line: str) -> str:  # type: ignore[no-untyped-def]
    start = text.index(line)
    end = start + len(line)
    return "/".join(dict.fromkeys(r.kind for r in layout.regions
                                  if r.start < end and r.end > start))


# Stamps without a zone on a generic domain whose newsroom is in one country.


@pytest.mark.parametrize(("url", "stamp", "utc"), [
    ("https://www.tehrantimes.com/news/499812/x", "June 5, 2024 - 21:43",
     "2024-06-05T18:13:00+00:00"),
    ("https://kyivindependent.com/x/", "June 14, 2024 10:52 AM", "2024-06-14T07:52:00+00:00"),
    ("https://www.philstar.com/headlines/2024/06/13/1/x", "June 13, 2024 | 12:00am",
     "2024-06-12T16:00:00+00:00"),
])
def test_published_utc_zoneless_stamp_on_a_national_outlets_generic_domain(
        url: str, stamp: str, utc: str) -> None:
    assert published_utc(stamp, style=date_style(url)) == utc


def test_date_style_generic_domain_of_no_known_newsroom_stays_without_country() -> None:
    assert date_style("https://www.example.com/news/x").country is None


def test_layout_published_zoneless_stamp_in_the_newsrooms_time() -> None:
    _, layout = _layout(HEADLINE, "by Jane Roe", "June 14, 2024 10:52 AM 2 min read",
                        url="https://kyivindependent.com/pool/")
    assert layout.metadata.published == "2024-06-14T07:52:00+00:00"


# Stamp forms: a view counter after the stamp, "Added" as its label.


def test_layout_stamp_with_a_view_counter_is_the_publication() -> None:
    text, layout = _layout(HEADLINE, "6 Jun, 2024 - 00:06 0 Views", "Jane Roe",
                           "Senior Business Reporter", url="https://www.herald.co.zw/pool/")
    assert layout.metadata.published == "2024-06-05T22:06:00+00:00"
    assert layout.metadata.standfirst is None
    assert _kind_of(text, layout, "6 Jun, 2024 - 00:06 0 Views") == "date"


def test_layout_added_stamp_is_the_publication() -> None:
    _, layout = _layout(HEADLINE, "By Jane Roe", "Added 12th June 2024 09:12 AM",
                        url="https://www.newvision.co.ug/pool")
    assert layout.metadata.published == "2024-06-12T06:12:00+00:00"


# Bylines: the stamp after a wide gap, an outlet crediting its wire without "By", a role "@"
# the outlet.


def test_layout_byline_and_stamp_split_by_a_wide_gap() -> None:
    _, layout = _layout(HEADLINE, "By Vo Hai   June 12, 2024 | 04:31 pm GMT+7")
    assert layout.metadata.byline == ("Vo Hai",)
    assert layout.metadata.published == "2024-06-12T09:31:00+00:00"


def test_layout_outlet_with_its_wire_as_byline_credits_the_wire() -> None:
    text, layout = _layout(HEADLINE, "DAILY SABAH WITH AA", "ISTANBUL",
                           "Jul 03, 2024 - 10:34 am GMT+3")
    assert layout.metadata.byline == ()
    assert layout.metadata.credits == ("Anadolu Agency",)
    assert _kind_of(text, layout, "DAILY SABAH WITH AA") == "byline"


def test_layout_outlet_line_with_people_but_no_by_is_no_byline() -> None:
    text, layout = _layout(HEADLINE, "Coffee with Jane Roe", "June 3, 2024")
    assert layout.metadata.byline == ()


def test_layout_role_at_the_outlet_under_the_byline() -> None:
    text, layout = _layout(HEADLINE, "By Moses Walubiri", "Journalists @New Vision",
                           "Added 12th June 2024 09:12 AM")
    assert layout.metadata.byline == ("Moses Walubiri",)
    assert _kind_of(text, layout, "Journalists @New Vision") == "byline"


# Furniture families.


@pytest.mark.parametrize("line", [
    "Keep up with Daily Sabah's latest news on Google News.",
    "Stay updated with The Daily Example on WhatsApp",
    "Note from the author:",
    "Hi, this is Jane Roe. I wrote this story for you. Since 2022, we've built a reader-funded "
    "newsroom. Become a member today to keep independent journalism going.",
    "#Museveni #Lake Victoria #Fishing",
    "* Comment will be published after moderation.",
    "Become a Member to leave a comment.Or log in here.",
    "Join Our Community",
    "More…",
    "Author thumbnail",
])
def test_line_kind_furniture_families_of_the_eighth_round(line: str) -> None:
    assert line_kind(line) != "body"


@pytest.mark.parametrize("line", [
    "Hi, this is what the council wanted all along, the mayor said on Tuesday.",
    "Comments will be published in the report after the review, the ministry said.",
    "Members of the community joined the protest on Sunday, police said.",
])
def test_line_kind_story_sentences_like_the_eighth_rounds_furniture_stay_body(line: str) -> None:
    assert line_kind(line) == "body"


def test_layout_author_box_under_the_dek_leaves_the_dek_standfirst() -> None:
    dek = ("Rents for around 300,000 homes will go up next year after landlords and the "
           "tenants' union reached a deal, the union said.")
    text, layout = _layout(HEADLINE, dek, "Author thumbnail", "Richard Orange",
                           "richard.orange@thelocal.com", "@RichardOrange76",
                           "14 June 2024 09:45 CEST", url="https://www.thelocal.se/pool")
    assert layout.metadata.standfirst == dek
    assert layout.metadata.byline == ("Richard Orange",)
    assert layout.metadata.published == "2024-06-14T07:45:00+00:00"
    assert _kind_of(text, layout, "@RichardOrange76") == "boilerplate"


# Reach's regional papers: "By" alone over the name and role, "Updated" alone over its time,
# a one-word section label among the buttons under the dek.


def test_layout_bare_by_over_the_name_and_bare_updated_over_its_time() -> None:
    dek = "The operator says falling passenger numbers mean some routes can no longer run"
    lines = (HEADLINE, dek, "Bookmark", "Share", "News", "By", "Tristan Cork", "Senior Reporter",
             "10:52, 13 JUN 2024", "Updated", "11:07, 13 JUN 2024")
    text, layout = _layout(*lines, sep="\n", url="https://www.bristolpost.co.uk/news/pool")
    assert layout.metadata.byline == ("Tristan Cork",)
    assert layout.metadata.published == "2024-06-13T09:52:00+00:00"
    assert layout.metadata.standfirst == dek
    for line in ("By", "Tristan Cork", "Senior Reporter", "Updated"):
        assert _kind_of(text, layout, f"\n{line}\n") in {"byline", "date"}, line
    assert _kind_of(text, layout, "\nNews\n") == "boilerplate"


def test_layout_bare_updated_over_prose_stays_body() -> None:
    text, layout = _layout(HEADLINE, "By Jane Roe", "June 3, 2024", after=("Updated",
                           "The council will meet again on Friday to set the closing date."))
    assert _kind_of(text, layout, "The council will meet again") == "body"


# An HTML page's standfirst in an element of class "lead" (Yle, Bootstrap's class for it).


def test_read_html_lead_class_element_under_the_h1_is_the_standfirst(tmp_path: Path) -> None:
    from according.article import read_layout
    from according.read import ArticleInput, read_inputs

    dek = "The city says problems with the bridge foundations have pushed the opening back."
    page = (f"<html lang='en'><head><title>{HEADLINE}</title></head><body><article><header>"
            f"<h1>{HEADLINE}</h1><p class='lead'>{dek}</p></header><section>"
            f"<p>{LEDE}</p><p>{SECOND}</p><p>{LEDE.replace('Tuesday', 'Monday')}</p>"
            f"</section></article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = next(iter(read_inputs([str(path)])))
    assert isinstance(article, ArticleInput)
    layout = read_layout(article.text, hints=article.hints)
    assert layout.metadata.standfirst == dek


# The outlet: a site name with a tagline the table does not know; a paper the table does not
# know, named after the byline's dash.


def test_layout_outlet_site_name_with_a_tagline_is_its_name() -> None:
    from according.records import Metadata

    _, layout = _layout(HEADLINE, "By Jane Roe", "June 3, 2024",
                        hints=Metadata(outlet="Chatham House – International Affairs Think Tank"),
                        url="https://www.chathamhouse.org/2024/06/pool")
    assert layout.metadata.outlet == "Chatham House"


def test_layout_outlet_site_name_with_a_lowercase_lead_is_kept_as_given() -> None:
    from according.records import Metadata

    _, layout = _layout(HEADLINE, "By Jane Roe", "June 3, 2024",
                        hints=Metadata(outlet="latest news - the example"),
                        url="https://www.example.org/pool")
    assert layout.metadata.outlet == "latest news - the example"


def test_layout_outlet_unknown_paper_after_the_bylines_dash() -> None:
    text, layout = _layout(HEADLINE, "Helen Flores - The Philippine Star",
                           "June 13, 2024 | 12:00am",
                           url="https://www.philstar.com/headlines/2024/06/13/1/pool")
    assert layout.metadata.outlet == "The Philippine Star"
    assert layout.metadata.byline == ("Helen Flores",)
    assert layout.metadata.credits == ()


# Written after the round's first rules (7 more outlets): a byline and a weekday stamp after an
# em dash, a wire's "(END)", a "Background" heading, patronage and "latest news" prompts, a
# bracketed "photo credit:" label, a wire in the author field a page gives.


def test_layout_byline_and_weekday_stamp_after_an_em_dash() -> None:
    _, layout = _layout(HEADLINE, "Iryna Kutielieva — Monday, 26 August 2024, 13:05",
                        url="https://www.pravda.com.ua/eng/news/2024/08/26/1/")
    assert layout.metadata.byline == ("Iryna Kutielieva",)
    assert layout.metadata.published == "2024-08-26T10:05:00+00:00"
    assert layout.metadata.standfirst is None


@pytest.mark.parametrize("line", [
    "(END)", "Background", "Support UP or become our patron!",
    "Stay updated with the latest news!",
])
def test_line_kind_end_marks_headings_and_prompts_of_the_later_pages(line: str) -> None:
    assert line_kind(line) != "body"


def test_layout_after_the_wires_end_mark_nothing_is_body() -> None:
    text, layout = _layout(HEADLINE, after=("(END)", "(C) Yonhap News Agency. All Rights Reserved"))
    assert _kind_of(text, layout, "(END)") == "boilerplate"


def test_layout_caption_credit_without_its_photo_credit_label() -> None:
    caption = ("Bank of Israel Governor Amir Yaron speaks at a conference in Tel Aviv, May 2024. "
               "(photo credit: AVSHALOM SASSONI/FLASH90)")
    _, layout = _layout(HEADLINE, "By Jane Roe", "June 3, 2024", caption)
    assert [r.credit for r in layout.regions if r.kind == "caption"] == [
        "AVSHALOM SASSONI/FLASH90"]


def test_layout_wire_in_the_given_author_field_is_a_credit() -> None:
    from according.records import Metadata

    _, layout = _layout(HEADLINE, hints=Metadata(byline=("REUTERS", "JERUSALEM POST STAFF")))
    assert layout.metadata.byline == ()
    assert layout.metadata.credits == ("Reuters",)
