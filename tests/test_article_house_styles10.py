"""Article layout: the families a tenth round of fresh house styles (tests/data/styles_fresh10:
HTML pages only, from Irish, Welsh, US, Canadian, Indian, Gulf, East and South African,
Japanese and Australian outlets, a live blog and a regional paper's copy of a wire story)
found wrong, each pinned on a short page, text or line of its own."""

from __future__ import annotations

import pytest

from according.article import line_kind
from according.read import ArticleInput, read_string
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout

STORY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


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


def _body(article: ArticleInput, url: str | None = None) -> list[str]:
    layout = sound_layout(article.text, hints=article.hints, url=url)
    return [article.text[r.start:r.end] for r in layout.regions if r.kind == "body"]


# The lead printed in a box of its own, before an ad slot and the story's container (Arc XP's
# "article-lede"): the extraction kept the story's container only.


def test_read_html_lead_in_a_box_of_its_own_before_the_story_is_body() -> None:
    story = (f"<div class='article-lede'><p>{LEDE}</p></div><div class='ad'><span>"
             f"Advertisement</span></div><div class='article-body'>{STORY}</div>")
    article = _read(_page(header="<div class='byline'>by Ann Roe</div>", story=story))
    body = _body(article)
    assert body[0] == LEDE
    assert body[1] == PARAGRAPHS[0]


def test_read_html_standfirst_before_the_story_box_is_not_taken_as_its_lead() -> None:
    dek = ("Bridge repairs that shut the line in October are nearly done, the transit agency "
           "said on Monday.")
    story = f"<h2 class='dek'>{dek}</h2><div class='article-body'>{STORY}</div>"
    article = _read(_page(story=story))
    assert dek not in _body(article)


# A pull quote repeating a sentence of the story, in a box the page classes as one; a
# quotation in a plain <blockquote> (a tweet, a quoted title) is the story's own.


def test_read_html_pull_quote_repeating_the_story_is_dropped() -> None:
    quote = ("<div class='pull-quote'><blockquote>“We did everything we could to keep it open”"
             "</blockquote></div>")
    story = f"<div class='body'><p>{LEDE}</p>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS[:2])}" \
            f"{quote}{''.join(f'<p>{p}</p>' for p in PARAGRAPHS[2:])}</div>"
    article = _read(_page(story=story))
    assert "“We did everything we could to keep it open”" not in article.text
    assert PARAGRAPHS[1] in _body(article)


def test_read_html_quoted_title_in_a_plain_blockquote_stays() -> None:
    title = "“Jewels after Jewels after Jewels after Jewels”"
    story = (f"<div class='body'><p>{LEDE}</p><p>The installation is called {title} and opens "
             f"in June.</p><blockquote>{title}</blockquote>{STORY}</div>")
    article = _read(_page(story=story))
    assert title in article.text.splitlines()


def test_read_html_teaser_list_before_the_story_box_is_no_lead() -> None:
    teasers = ("<div class='breaking'><ul><li><a href='/a'>Internet in Kashmir after local "
               "admn feels it is fit to do so: HM</a> <span>NEW DELHI: Home Minister Amit Shah "
               "on Wednesday said in Rajya Sabha that the government will restore it.</span>"
               "</li></ul></div>")
    story = f"{teasers}<div class='article-body'><p>{LEDE}</p>{STORY}</div>"
    article = _read(_page(story=story))
    assert "Internet in Kashmir" not in " ".join(_body(article))


# A picture's box is no standfirst, whatever its class says ("lead-image").


def test_read_html_lead_picture_box_is_no_standfirst() -> None:
    figure = ("<figure class='lead-image'><img src='/pool.jpg' alt=''><figcaption>The pool on "
              "Tuesday. Picture: Ann Roe</figcaption></figure>")
    article = _read(_page(header=f"<span class='date'>04/02/2025 - 14:32</span>{figure}",
                          story=f"<div class='body'><p>{LEDE}</p>{STORY}</div>"))
    assert article.hints.standfirst is None


# The outlet: a media group's name yields to the page's own site name; the page's site name
# spaced otherwise than the table's is the table's.


def test_read_html_media_group_publisher_yields_to_the_site_name() -> None:
    head = ("<meta property='og:site_name' content='The Valley Courier'>"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":"
            "\"WebPage\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Northwind Media "
            "Group\"}}</script>")
    article = _read(_page(head=head, story=f"<div class='body'><p>{LEDE}</p>{STORY}</div>"))
    assert article.hints.outlet == "The Valley Courier"


def test_read_html_site_name_spaced_otherwise_is_the_tables_name() -> None:
    head = ("<meta property='og:site_name' content='Wales Online'><link rel='canonical' "
            "href='https://www.walesonline.co.uk/news/wales-news/pool-30912345'>")
    article = _read(_page(head=head, story=f"<div class='body'><p>{LEDE}</p>{STORY}</div>"))
    assert article.hints.outlet == "WalesOnline"


@pytest.mark.parametrize(("name", "alike"), [
    ("Wales Online", True), ("WalesOnline", False), ("Wales On Line News", False)])
def test_spelled_alike_only_a_spacing_of_the_tables_name(name: str, alike: bool) -> None:
    from according.outlets import outlet_named, spelled_alike

    outlet = outlet_named("WalesOnline")
    assert outlet is not None
    assert spelled_alike(name, outlet) is alike


# A regional paper's copy of a wire story: the writer in the byline it shows, the wire
# credited; a contributor's place with its state.


def test_read_html_wire_story_byline_shows_its_writer_before_the_wire() -> None:
    head = "<meta name='author' content='Associated Press'>"
    article = _read(_page(head=head, header="<div class='byline'>By Rachel Okonjo Associated "
                          "Press</div>", story=f"<div class='body'><p>{LEDE}</p>{STORY}</div>"))
    layout = sound_layout(article.text, hints=article.hints)
    assert layout.metadata.byline == ("Rachel Okonjo",)
    assert "The Associated Press" in layout.metadata.credits


def test_layout_contributor_with_place_and_state_credits_the_contributor_only() -> None:
    text = "\n\n".join([HEADLINE, "By Ann Roe", LEDE, *PARAGRAPHS, "Associated Press writer "
                        "Matthew Brown in Billings, Montana, contributed to this report."])
    credits = sound_layout(text).metadata.credits
    assert "Matthew Brown" in credits
    assert "Montana" not in credits


def test_layout_places_between_contributors_split_names_as_before() -> None:
    line = ("(Additional reporting by Julia Harte and Peter Eisler in Orlando, Patricia Zengerle "
            "and Jonathan Landay in Washington and Zachary Fagenson in West Palm Beach, Florida; "
            "Writing by Scott Malone; Editing by Frances Kerry.)")
    text = "\n\n".join([HEADLINE, "By Ann Roe", LEDE, *PARAGRAPHS, line])
    credits = sound_layout(text).metadata.credits
    assert {"Patricia Zengerle", "Zachary Fagenson", "Scott Malone"} <= set(credits)
    assert "Florida" not in credits


# Captions: labels in a row, a paper's own label; a wire that passed the picture on stays.


@pytest.mark.parametrize(("caption", "credit"), [
    ("A passenger train at the depot in Naivasha. PHOTO | FILE | NMG", "NMG"),
    ("Health workers collect water samples in the village. (Express Photo by Arul Horizon)",
     "Arul Horizon"),
    # the distributor stays, as in "POOL/AFP via Getty Images" (the example article)
    ("A gray wolf crosses a road in Yellowstone National Park in 2023. (Jacob W. Frank/National "
     "Park Service via AP)", "Jacob W. Frank/National Park Service via AP"),
])
def test_layout_caption_credit_without_labels_in_a_row(caption: str, credit: str) -> None:
    text = "\n\n".join([HEADLINE, "By Ann Roe", "Oct. 8, 2025", caption, LEDE, *PARAGRAPHS])
    layout = sound_layout(text)
    assert [r.credit for r in layout.regions if r.kind == "caption"] == [credit]


# Stamps: a <time> after an "Updated" label is the update, the one after "first published"
# the publication.


def test_read_html_time_after_an_updated_label_is_the_update() -> None:
    stamp = ("<div class='story-dates'>Updated <time datetime='2025-02-04T06:30:00Z'>February "
             "4 2025 - 5:30pm</time>, first published <time datetime='2025-02-04T04:00:00Z'>"
             "3:00pm</time></div>")
    article = _read(_page(header=stamp, story=f"<div class='body'><p>{LEDE}</p>{STORY}</div>"))
    assert article.hints.published == "2025-02-04T04:00:00+00:00"


# Furniture: Postmedia's labels and prompt, a live blog's box.


@pytest.mark.parametrize("line", [
    "Article content",
    "You can save this article by registering for free here. Or sign-in if you have an account.",
    "What to know about the ice storm:",
])
def test_line_kind_tenth_round_furniture_is_not_body(line: str) -> None:
    assert line_kind(line) != "body"


def test_read_html_live_blog_box_heading_and_points_are_not_body() -> None:
    box = ("<div class='live-summary'><h3>What to know about the ice storm:</h3><ul><li>More "
           "than 340,000 customers were without power on Tuesday morning.</li><li>The governor "
           "declared a state of emergency.</li></ul></div>")
    article = _read(_page(story=f"<div class='body'>{box}<p>{LEDE}</p>{STORY}</div>"))
    body = " ".join(_body(article))
    assert "What to know" not in body
    assert "340,000 customers" not in body
    assert LEDE in body
