"""Article layout: the families a seventeenth round of fresh house styles (tests/data/
styles_fresh17: Canadian, Australian, Guyanese, Indian, Qatari, South Sudanese, Ghanaian,
Mozambican, Brazilian, Estonian and Nigerian outlets, UNFPA, a shipping trade site and a US
live blog, all as HTML pages) found wrong, each pinned on a short page or line of its own."""

from __future__ import annotations

from according.article import line_kind
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout
from tests.test_article_house_styles15 import _json_ld, _kinds, _read

STORY = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))


def _page(head: str = "", header: str = "", story: str = f"<div class='body'>{STORY}</div>",
          after: str = "", h1: str = HEADLINE, below: str = "") -> str:
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
            f"{header}<h1>{h1}</h1>{below}{story}</article>{after}</main>"
            "<footer><p>Copyright 2025 The Ledger</p></footer></body></html>")


# Headline: the h1 under a kicker the JSON-LD headline carries before a colon, over a shorter
# social title.


def test_read_html_h1_after_kicker_in_json_ld_headline_is_the_headline() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": f"Pool closure: {HEADLINE}", "datePublished": "2025-11-18T07:32:00Z"}
    head = "<meta property='og:title' content='Council shuts the pool'>" + _json_ld(ld)
    header = "<span class='kicker'>Pool closure</span>"
    article = _read(_page(head=head, header=header))
    assert article.hints.headline == HEADLINE
    assert sound_layout(article.text, hints=article.hints).metadata.headline == HEADLINE


# Writers: an author meta that is the site's own name with a lower-case "of" in it, which
# trafilatura cut to its first word ("Club" of "Club of Mozambique").


def test_read_html_site_named_author_with_of_is_no_writer() -> None:
    head = ("<meta property='og:site_name' content='Club of Mozambique'>"
            "<meta name='author' content='Club of Mozambique'>")
    header = "<div class='post-meta'><span>25 Nov 2025, 09:41</span> " \
             "<span class='post-author'>Club of Mozambique</span></div>"
    article = _read(_page(head=head, header=header))
    assert article.hints.byline == ()
    assert sound_layout(article.text, hints=article.hints).metadata.byline == ()


# Furniture: a broadcaster's podcast prompt, a labelled disclaimer over readers' comments, a
# follow prompt under a shouted label, a video's title over its player.


def test_line_kind_podcast_prompt_is_furniture() -> None:
    assert line_kind("Listen to the ERR News podcast on Spotify, Apple Podcasts and other "
                     "platforms.") == "boilerplate"
    assert line_kind("Listen to the minister on the podcast, she said on Spotify.") == "body"


def test_line_kind_labelled_disclaimer_is_furniture() -> None:
    assert line_kind("DISCLAIMER: The Views, Comments, Opinions, Contributions and Statements "
                     "made by Readers and Contributors on this platform do not necessarily "
                     "represent the views or policy of Multimedia Group Limited.") \
        == "boilerplate"


def test_line_kind_follow_prompt_under_shouted_label_is_furniture() -> None:
    assert line_kind("PAY ATTENTION: Legit.ng is now on Telegram! Join our channel for the "
                     "latest updates.") == "boilerplate"
    assert line_kind("PAY ATTENTION: Follow us on Instagram - get the most important news "
                     "directly in your favourite app!") == "boilerplate"
    assert line_kind("UPDATE: Police say three people were arrested.") == "body"


def test_line_kind_video_title_is_furniture() -> None:
    assert line_kind("Video: Drone footage shows tornado damage in Columbus") == "boilerplate"
    assert line_kind("Video: Drone footage shows tornado damage in Columbus 0:58") \
        == "boilerplate"


# Live blog: the post headlines over each post's bare time.


def test_layout_live_post_headline_over_its_time_is_not_story() -> None:
    text = "\n\n".join([
        HEADLINE, LEDE, PARAGRAPHS[0],
        "Governor declares emergency in 12 counties", "2:47 p.m. ET", PARAGRAPHS[1],
        "How many pools are left?", "12:15 p.m. ET", PARAGRAPHS[2], PARAGRAPHS[3]])
    kinds = _kinds(text)
    assert kinds["Governor declares emergency in 12 counties"] == "boilerplate"
    assert kinds["How many pools are left?"] == "boilerplate"
    assert kinds[PARAGRAPHS[2]] == "body"


def test_layout_short_line_before_one_time_stays_story() -> None:
    text = "\n\n".join([HEADLINE, LEDE, PARAGRAPHS[0], "Swimmers gathered at noon",
                         "2:47 p.m. ET", *PARAGRAPHS[1:]])
    assert _kinds(text).get("Swimmers gathered at noon", "body") == "body"


# Captions: a photographer and the paper in capitals after the caption's sentence; a source's
# name and a picture word in small letters in brackets.


def _caption_credit(line: str) -> str | None:
    text = "\n\n".join([HEADLINE, LEDE, line, *PARAGRAPHS])
    layout = sound_layout(text)
    found = [r for r in layout.regions if text[r.start:r.end] == line]
    return found[0].credit if found and found[0].kind == "caption" else None


def test_layout_capitals_photographer_and_paper_close_a_caption() -> None:
    line = ("Floodwater covers Tzouhalem Road near Duncan on Wednesday afternoon. DARREN STONE, "
            "TIMES COLONIST")
    assert line_kind(line) == "caption"
    assert _caption_credit(line) == "DARREN STONE, TIMES COLONIST"
    # a place after a name in capitals is no paper
    assert line_kind("The council voted on Tuesday. JOHN SMITH, LONDON") == "body"


def test_layout_source_photo_in_brackets_credits_the_source() -> None:
    line = "A GDF patrol on the Cuyuni River in a file photo. (GDF photo)"
    assert _caption_credit(line) == "GDF"
    assert _caption_credit("Delegates at the summit in Ankara on Monday. (AA Photo)") \
        == "AA Photo"


# Standfirst: a summary box of points over the lead picture gives its first point, as
# MailOnline's first bullet is, and its points leave the story's lines.


def test_read_html_summary_box_points_give_the_first_as_standfirst() -> None:
    points = ["The council voted 9-4 to close the pool", "Swimming clubs face a 20-mile trip",
              "Residents will be consulted on a park"]
    below = ("<ul class='c-article-summary'>" + "".join(f"<li>{p}</li>" for p in points)
             + "</ul><figure><img src='a.jpg'><figcaption>The pool. Photo: Ann Roe"
             "</figcaption></figure>")
    article = _read(_page(below=below))
    assert article.hints.standfirst == points[0]
    assert points[1] not in article.text
    layout = sound_layout(article.text, hints=article.hints)
    assert layout.metadata.standfirst == points[0]


# Dateline: a Nigerian state named with a small "state" after the place.


def test_dateline_of_place_and_state_before_hyphen() -> None:
    from according.article.body import dateline_of

    found = dateline_of("Eruku, Kwara state - The Kwara State Police Command has confirmed "
                        "that 25 worshippers were abducted.")
    assert found is not None and found[1] == "Eruku, Kwara state"


# Dateline: the place the header marks apart from the lede, in an element classed for it.


def test_read_html_marked_city_in_header_is_the_dateline() -> None:
    header = ("<div class='author-name'><a>Ann Roe</a></div><div class='city-and-date'>"
              "<span class='author-org'>Ledger News Service</span> <span class='city-name'>"
              "Tarn Taran</span>, <span>Updated At : 05:47 AM Nov 22, 2025 IST</span></div>")
    article = _read(_page(below=header))
    assert article.hints.dateline == "Tarn Taran"
    assert sound_layout(article.text, hints=article.hints).metadata.dateline == "Tarn Taran"


def test_read_html_weather_location_is_no_dateline() -> None:
    header = "<div class='weather-location'>Victoria 8°C Rain</div>"
    assert _read(_page(below=header)).hints.dateline is None


# Captions: a picture introduced by who released it credits them; a story's sentence about
# released pictures, in the past tense, stays story.


def test_line_kind_picture_released_by_source_is_a_caption() -> None:
    line = "Image released by Houthi media of the attack"
    assert _caption_credit(line) == "Houthi media"
    assert _caption_credit("A satellite image released by Maxar Technologies shows the "
                           "damaged port in Hodeidah.") == "Maxar Technologies"
    assert line_kind("Photos released by the Health Ministry on Monday showed the damage to "
                     "the port.") == "body"


# Live blog: a post's title under its age stamp ("3h ago" / "Homes lost, premier says").


def test_layout_live_post_title_under_its_age_is_not_story() -> None:
    text = "\n\n".join([
        HEADLINE, "2h ago", "Council confirms closure", LEDE, PARAGRAPHS[0],
        "3h ago", "Pool to shut, councillor says", PARAGRAPHS[1], PARAGRAPHS[2],
        "4h ago", PARAGRAPHS[3]])
    kinds = _kinds(text)
    assert kinds["Pool to shut, councillor says"] == "boilerplate"
    assert kinds[PARAGRAPHS[1]] == "body"
    assert kinds[PARAGRAPHS[3]] == "body"


# Outlet: the site's name with a region hyphened on, at the address of an outlet the table
# knows.


def test_read_html_brand_with_region_is_the_tables_outlet() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "datePublished": "2025-12-03T21:07:00+09:00",
          "publisher": {"@type": "Organization", "name": "NHK WORLD-JAPAN"}}
    head = "<meta property='og:site_name' content='NHK WORLD'>" + _json_ld(ld)
    article = _read(_page(head=head), url="https://www3.nhk.or.jp/nhkworld/en/news/20251203_25/")
    assert article.hints.outlet == "NHK World"


# Writers: an Indian paper's unnamed desk ("Our Special Correspondent") is no writer, and no
# "Our Special" left when its role word is cut off.


def test_clean_byline_unnamed_special_correspondent_is_no_writer() -> None:
    from according.article.metadata import clean_byline

    assert clean_byline(("Our Special Correspondent",)) == ()
    assert clean_byline(("Our Legal Correspondent",)) == ()
    assert clean_byline(("Ann Roe, Special Correspondent",)) == ("Ann Roe",)


# Captions: a picture word and the source after a spaced dash ("… Photo - ONA").


def test_layout_photo_dash_source_closes_a_caption() -> None:
    line = "Civil Defence personnel rescue a driver trapped in Wadi Bani Khalid. Photo - ONA"
    assert _caption_credit(line) == "ONA"


# Dateline: the place a header's meta row names between its bars beside a stamp.


def test_read_html_place_between_bars_of_meta_row_is_the_dateline() -> None:
    header = ("<div class='publishdate'><strong>Our Special Correspondent</strong> <span>|"
              "</span> <strong>Calcutta</strong> <span>|</span> Published 03.12.25, 05:41 AM"
              "</div>")
    assert _read(_page(below=header)).hints.dateline == "Calcutta"
    # a row of sections names no place
    header = "<div class='meta'>News | Politics | 3 December 2025</div>"
    assert _read(_page(below=header)).hints.dateline is None


# Review of the round's own rules: a top bar's city over the headline is no dateline, a
# shouted label over a story sentence is no prompt, released pictures a story reports are no
# caption.


def test_read_html_city_over_the_headline_is_no_dateline() -> None:
    header = ("<div class='topbar'><span class='city'>Doha</span> <span>27°C</span></div>"
              "<div class='top'>Doha | 27°C | Maghrib 4:50 PM</div>")
    assert _read(_page(header=header)).hints.dateline is None


def test_line_kind_shouted_label_over_story_sentence_stays_story() -> None:
    assert line_kind("EXCLUSIVE: Follow the money behind the deal, documents show.") == "body"


def test_line_kind_released_pictures_in_a_story_sentence_stay_story() -> None:
    assert line_kind("Images released by Hamas on Monday show the hostages in good "
                     "health.") == "body"


# Live blog: the post headlines the page's JSON-LD names as its updates' leave the text.


def test_read_html_json_ld_update_headlines_leave_the_text() -> None:
    title = "Nashville Electric Service says repairs could take days"
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": HEADLINE,
          "datePublished": "2025-02-04T12:05:00Z",
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": title,
                              "datePublished": "2025-02-04T16:40:00Z"}]}
    story = (f"<div class='body'><p>{LEDE}</p><h2 class='live-post__headline'>{title}</h2>"
             + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    article = _read(_page(head=_json_ld(ld), story=story))
    assert title not in article.text
    assert PARAGRAPHS[0] in article.text
