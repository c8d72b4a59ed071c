"""Article layout: the families a thirteenth round of fresh house styles (tests/data/
styles_fresh13: Israeli, US, Turkish, Sudanese, Gulf, Ukrainian, Canadian, Australian, Indian,
Afghan, Somali and Russian outlets, the ICRC and Business Wire, mostly as HTML pages) found
wrong, each pinned on a short page, text or line of its own."""

from __future__ import annotations

import json

import pytest

from according.article import line_kind
from according.read import ArticleInput, read_string
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.pool_story import story_text as _text
from tests.test_article import sound_layout

STORY = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))


def _page(head: str = "", header: str = "", story: str = f"<div class='body'>{STORY}</div>",
          after: str = "") -> str:
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
            f"<h1>{HEADLINE}</h1>{header}{story}</article>{after}</main>"
            "<footer><p>Copyright 2025 The Ledger</p></footer></body></html>")


def _read(html: str, url: str | None = None) -> ArticleInput:
    got = read_string(html, url=url)
    assert isinstance(got, ArticleInput), str(got)
    return got


def _json_ld(obj: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def _kinds(text: str, **kwargs) -> dict[str, str]:  # type: ignore[no-untyped-def]
    layout = sound_layout(text, **kwargs)
    return {text[r.start:r.end]: r.kind for r in layout.regions}


# Publication time: a live blog is published when its coverage began; its later days are its
# posts, not a later edition dating the page.


@pytest.mark.parametrize("kind", ["LiveBlogPosting", "NewsArticle"])
def test_read_html_publication_of_a_page_shown_only_by_its_update(kind: str) -> None:
    ld = {"@context": "https://schema.org", "@type": kind, "headline": HEADLINE,
          "datePublished": "2025-11-04T05:12:00Z", "dateModified": "2025-11-05T00:40:00Z"}
    if kind == "LiveBlogPosting":
        ld["coverageStartTime"] = "2025-11-04T05:12:00Z"
    header = "<div class='meta'><span>Last updated 05 Nov 2025 03:40 GMT+3</span></div>"
    article = _read(_page(head=_json_ld(ld), header=header))
    want = "2025-11-04T05:12:00+00:00" if kind == "LiveBlogPosting" else "2025-11-05T00:40:00+00:00"
    assert article.hints.published == want


# Stamps: a middle dot before the time (Scroll.in), a dash before the year and the places after
# it (Radio Dabanga); Kabul time for TOLOnews.


@pytest.mark.parametrize(("stamp", "url", "want"), [
    ("Nov 04, 2025 · 09:10 pm", "https://scroll.in/latest/1/pool", "2025-11-04T15:40:00+00:00"),
    ("November 4 - 2025 TAWILA / EL FASHER", None, "2025-11-04T00:00:00+00:00"),
    ("Published: 4 November 2025 - 19:44", "https://tolonews.com/afghanistan-1",
     "2025-11-04T15:14:00+00:00"),
])
def test_layout_thirteenth_round_stamps(stamp: str, url: str | None, want: str) -> None:
    layout = sound_layout(_text("Ann Roe", stamp), url=url)
    assert layout.metadata.published == want


def test_layout_caps_zone_after_a_stamp_is_no_place() -> None:
    layout = sound_layout(_text("Ann Roe", "November 4, 2025 GMT"))
    assert layout.metadata.published == "2025-11-04T00:00:00+00:00"
    assert layout.metadata.dateline is None


# Datelines: the day before a bracketed place, places joined by a spaced slash, a state's
# abbreviation before a release wire, a place and the outlet on a line of their own.


@pytest.mark.parametrize(("opening", "place"), [
    ("November 4, 2025 (PORT SUDAN) – ", "PORT SUDAN"),
    ("TAWILA / EL FASHER – ", "TAWILA / EL FASHER"),
    ("ARLINGTON, Va.--(BUSINESS WIRE)--", "ARLINGTON, Va."),
])
def test_layout_thirteenth_round_datelines(opening: str, place: str) -> None:
    layout = sound_layout("\n\n".join([HEADLINE, opening + LEDE, *PARAGRAPHS]))
    assert layout.metadata.dateline == place


def test_layout_place_and_outlet_line_over_the_lede_is_the_dateline() -> None:
    kinds = _kinds("\n\n".join([HEADLINE, "Aden - Asharq Al-Awsat", LEDE, *PARAGRAPHS]))
    assert kinds["Aden - Asharq Al-Awsat"] == "dateline"
    assert kinds[LEDE] == "body"


def test_layout_place_and_unknown_name_line_is_no_dateline() -> None:
    layout = sound_layout("\n\n".join([HEADLINE, "Aden - Yemen", LEDE, *PARAGRAPHS]))
    assert layout.metadata.dateline != "Aden"


def test_layout_organisation_sending_its_release_is_no_wire_credit() -> None:
    layout = sound_layout("\n\n".join([HEADLINE, "Kyiv (ICRC) – " + LEDE, *PARAGRAPHS]))
    assert layout.metadata.dateline == "Kyiv"
    assert layout.metadata.credits == ()
    wire = sound_layout("\n\n".join([HEADLINE, "Kyiv (Reuters) – " + LEDE, *PARAGRAPHS]))
    assert wire.metadata.credits == ("Reuters",)


# Captions: a picture word closing a sentence that reports speech; a wire in brackets after a
# present-tense picture sentence; an agency and its photographer after "Source:".


@pytest.mark.parametrize(("line", "credit"), [
    ("The Islamic Emirate said the talks in Istanbul would continue next week. File photo.",
     "File photo"),
    ("A money changer counts Yemeni rial notes in Aden. (Reuters)", "Reuters"),
    ("Richard Marles speaks during Question Time in Canberra. Source: AAP / Mick Tsikas",
     "AAP / Mick Tsikas"),
])
def test_layout_thirteenth_round_captions(line: str, credit: str) -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, line])
    layout = sound_layout(text)
    [caption] = [r for r in layout.regions if r.kind == "caption"]
    assert text[caption.start:caption.end] == line
    assert caption.credit == credit


def test_read_html_figure_caption_with_a_wire_after_a_picture_sentence_is_kept() -> None:
    figure = ("<figure><img src='p.jpg'><figcaption>A lifeguard stands by the empty pool on "
              "Tuesday. (Reuters)</figcaption></figure>")
    article = _read(_page(header=figure))
    assert "A lifeguard stands by the empty pool on Tuesday. (Reuters)" in article.text


# Standfirst: a paragraph classed "abstract" under the headline; a "lead" box printed apart
# from the headline, over the story's picture, is the story's lead.


def test_read_html_abstract_under_the_headline_is_the_standfirst() -> None:
    dek = "The council says the pool's repair bill is more than it can pay."
    article = _read(_page(header=f"<p class='abstract'>{dek}</p><div>By Ann Roe</div>"))
    assert article.hints.standfirst == dek


def test_read_html_lead_box_over_the_picture_is_the_story_lead() -> None:
    story = (f"<div class='lead'><p>{LEDE}</p></div><figure><img src='p.jpg'><figcaption>"
             "Photo: City Council</figcaption></figure><div class='newsText'>"
             + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    article = _read(_page(header="<div class='info'><time>05.11.2025 01:17</time></div>",
                          story=story))
    assert article.hints.standfirst is None
    layout = sound_layout(article.text, hints=article.hints)
    body = [article.text[r.start:r.end] for r in layout.regions if r.kind == "body"]
    assert body[0].startswith(LEDE)


# Credits: the wires a sources line names, in the text and in a page's header.


def test_layout_sources_line_credits_its_wires() -> None:
    layout = sound_layout(_text("By Ann Roe", "Source: SBS News, AAP"))
    assert layout.metadata.credits == ("Australian Associated Press",)
    agencies = sound_layout(_text("By Ann Roe", after=("Source: TRT World and Agencies",)))
    assert agencies.metadata.credits == ()


def test_read_html_sources_line_in_the_header_credits_its_wires() -> None:
    header = "<div class='byline'>By Ann Roe</div><div class='source'>Source: SBS News, AAP</div>"
    article = _read(_page(header=header))
    assert article.hints.credits == ("Australian Associated Press",)


# Furniture: a newsroom's letter to its readers and its appeals, an agency's citing terms, a
# broadcaster's schedule, links back to a list or to earlier coverage, a letters address, a
# topics row.


@pytest.mark.parametrize("line", [
    "A Message from The Moscow Times:",
    "Dear readers,",
    "We are facing unprecedented challenges. The prosecutor has designated us an "
    "\"undesirable\" organization. Support us today.",
    "Radio Dabanga’s editorial independence means that we can continue to provide factual "
    "updates. Please consider supporting Radio Dabanga to ensure that we can continue our work.",
    "When citing and using any materials on the Internet, links to the website ukrinform.net "
    "not lower than the first paragraph are mandatory.",
    "Listen to SBS News at 6am, noon and 6pm daily and watch SBS World News at 6.30pm on SBS "
    "and SBS On Demand.",
    "Back to overview",
    "Catch up on our previous coverage here",
    "We welcome your comments at letters@scroll.in.",
    "Read more about: Kremlin, Ukraine war",
])
def test_line_kind_thirteenth_round_furniture_is_not_body(line: str) -> None:
    assert line_kind(line) != "body"


# Round 13's second batch (written after its first rules).


def test_read_html_organisation_author_cut_at_its_ampersand_is_one_desk() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "author": {"@type": "Organization", "name": "The New Arab Staff & Agencies"},
          "publisher": {"@type": "Organization", "name": "The New Arab"}}
    article = _read(_page(head=_json_ld(ld),
                          header="<div class='author'>The New Arab Staff &amp; Agencies</div>"))
    layout = sound_layout(article.text, hints=article.hints)
    assert layout.metadata.byline == ()


def test_read_html_subtitle_under_a_headline_kept_below_the_top_lines_is_the_standfirst() -> None:
    dek = ("The council says the pool's repair bill is more than it can pay. Residents "
           "should press for a rescue plan.")
    header = f"<p class='subtitle'>{dek}</p>"
    html = _page(header=header).replace(
        f"<h1>{HEADLINE}</h1>",
        f"<div class='type'>Statement / Local</div><div class='date'>4 November 2025</div>"
        f"<h1>{HEADLINE}</h1>")
    assert _read(html).hints.standfirst == dek


def test_read_html_desk_with_a_wire_over_the_headline_credits_the_wire() -> None:
    html = _page().replace(f"<h1>{HEADLINE}</h1>",
                           f"<div class='info'><span>The Ledger with AFP</span></div>"
                           f"<h1>{HEADLINE}</h1>")
    assert _read(html).hints.credits == ("Agence France-Presse",)


@pytest.mark.parametrize(("line", "credit"), [
    ("Soldiers patrol a street near the pool on October 30, 2025. (AFP)", "AFP"),
    ("Lifeguards wait by the closed pool [Getty/file photo]", "Getty/file photo"),
])
def test_layout_second_batch_captions(line: str, credit: str) -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, line])
    layout = sound_layout(text)
    assert [r.credit for r in layout.regions if r.kind == "caption"] == [credit]


def test_layout_nepal_time_on_a_nepali_paper_com_page() -> None:
    layout = sound_layout(_text("Ann Roe", "Published: 08:45 pm Nov 04, 2025"),
                          url="https://thehimalayantimes.com/kathmandu/pool")
    assert layout.metadata.published == "2025-11-04T15:00:00+00:00"


@pytest.mark.parametrize("line", [
    "Also available in Français العربية",
    "Disclosure: The University of Texas at Austin has been a financial supporter of The "
    "Texas Tribune, a nonprofit, nonpartisan news organization. Find a complete list of them "
    "here.",
    "Republish this story",
])
def test_line_kind_second_batch_furniture_is_not_body(line: str) -> None:
    assert line_kind(line) != "body"
