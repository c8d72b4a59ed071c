"""Article layout: the families a twenty-sixth round of fresh house styles (tests/data/
styles_fresh26: the English-language outlets of conflict and crisis zones - exile and local
newsrooms on Sudan, the West Bank, Myanmar, Somalia, Afghanistan, Ukraine, the Sahel, Haiti,
eastern DR Congo, Yemen and Ethiopia, a UN agency's release and a wire's Africa desk - as HTML
pages, scraped texts, a trafilatura JSON line and an RSS item) found wrong, each pinned on a
short page or line of its own."""

from __future__ import annotations

from according.article import line_kind, read_layout
from according.read.feed import feed_articles
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout
from tests.test_article_house_styles15 import _json_ld, _read

STORY = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))


def _page(head: str = "", story: str = f"<div class='body'>{STORY}</div>") -> str:
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
            f"<h1>{HEADLINE}</h1>{story}</article></main>"
            "<footer><p>Copyright 2025 The Ledger</p></footer></body></html>")


def _story_with(line: str) -> str:
    return f"{HEADLINE}\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n\n{line}\n\n{PARAGRAPHS[1]}\n"


def _kind_in_story(line: str) -> str:
    text = _story_with(line)
    layout = sound_layout(text)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


# Furniture: the notices of newsrooms reporting from conflict zones and exile, a wire's
# routing codes, WordPress's feed footer.


def test_line_kind_mirror_site_notice_is_furniture() -> None:
    assert _kind_in_story("Having trouble reaching our site in Sudan? Use our mirror at "
                          "ledger-mirror.net or follow us on Telegram.") == "boilerplate"


def test_line_kind_reporters_withheld_for_safety_note_is_furniture() -> None:
    assert _kind_in_story("Our journalists work under threat. The names of our reporters in "
                          "North Darfur are withheld for their safety.") == "boilerplate"
    assert _kind_in_story("Ledger's reporters in Afghanistan work under severe restrictions. "
                          "Their names are not published to protect them.") == "boilerplate"


def test_line_kind_translated_and_first_published_notes_are_furniture() -> None:
    assert _kind_in_story("This report was translated from Arabic by Ledger's editors.") == (
        "boilerplate")
    assert _kind_in_story("A version of this article was first published in Hebrew on Local "
                          "Call. Read it here.") == "boilerplate"


def test_line_kind_newsroom_appeal_and_news_tip_are_furniture() -> None:
    assert _kind_in_story("The Ledger is an independent, non-profit newsroom. Your donation "
                          "keeps our reporters on the ground. Donate now") == "boilerplate"
    assert _kind_in_story("Send us your news tip at tips@ledger.example") == "boilerplate"


def test_line_kind_wire_routing_codes_are_furniture() -> None:
    assert _kind_in_story("dpa ma yyzz n1 mkr") == "boilerplate"


def test_line_kind_feed_footer_quoting_a_says_headline_is_furniture() -> None:
    line = ("The post Pool to close in June, council says appeared first on The Ledger "
            "Online.")
    assert line_kind(line) == "boilerplate"


# Captions: a bracketed source word that names no one closes a caption and is its credit.


def test_line_kind_social_media_bracket_credits_a_caption() -> None:
    line = "Swimmers leave the pool in Hull on its last open day. (Social media)"
    layout = sound_layout(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n")
    assert [r.credit for r in layout.regions if r.kind == "caption"] == ["Social media"]


# Datelines: the outlet's own name of several words in brackets after the place.


def test_read_layout_place_and_outlet_name_in_brackets_is_a_dateline() -> None:
    lede = f"Hull (Ledger Online) – {LEDE}"
    meta = sound_layout(f"{HEADLINE}\n\n{lede}\n\n{PARAGRAPHS[0]}\n").metadata
    assert meta.dateline == "Hull"
    assert "Ledger Online" in meta.credits


def test_read_layout_bracketed_words_naming_no_outlet_open_no_dateline() -> None:
    lede = f"Hull (Left Bank) – {LEDE}"
    assert sound_layout(f"{HEADLINE}\n\n{lede}\n\n{PARAGRAPHS[0]}\n").metadata.dateline is None


# Bylines: the house's own name without its media word, or with a label after a dash; a
# writer withheld ("By a correspondent in …").


def test_read_html_outlet_name_without_its_media_word_is_no_writer() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "author": {"@type": "Person", "name": "Ledger"},
          "publisher": {"@type": "NewsMediaOrganization", "name": "Ledger TV"}}
    head = _json_ld(ld) + "<meta property='og:site_name' content='Ledger TV'>"
    article = _read(_page(head=head))
    assert read_layout(article.text, hints=article.hints).metadata.byline == ()


def test_read_feed_creator_of_outlet_and_label_is_no_writer() -> None:
    feed = (
        "<?xml version='1.0'?><rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'"
        " xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
        "<title>Ledger Online</title><link>https://ledger.example</link><item>"
        f"<title>{HEADLINE}</title><link>https://ledger.example/pool</link>"
        "<dc:creator>Ledger Online - Exclusive</dc:creator>"
        "<pubDate>Tue, 06 May 2025 16:05:18 +0000</pubDate>"
        f"<content:encoded><![CDATA[{STORY}]]></content:encoded></item></channel></rss>")
    article = next(iter(feed_articles(feed.encode(), "ledger.xml")))
    assert read_layout(article.text, hints=article.hints).metadata.byline == ()


def test_read_layout_correspondent_withheld_byline_is_no_standfirst() -> None:
    text = (f"{HEADLINE}\nBy a correspondent in Ouagadougou\n12 June 2024\n{LEDE}\n"
            f"{PARAGRAPHS[0]}\n")
    meta = sound_layout(text).metadata
    assert meta.standfirst is None
    assert meta.byline == ()


# Outlets: a brand printed in small letters alone on a copy's first lines ("hromadske" on
# hromadske.ua), a site name whose leading words spell the domain before a tagline with no
# separator ("Mizzima Myanmar News and Insight" on mizzima.com).


def test_read_layout_lower_case_brand_line_is_the_outlet() -> None:
    text = f"{HEADLINE}\nledgerpost\nAnn Roe\n{LEDE}\n{PARAGRAPHS[0]}\n"
    meta = sound_layout(text, url="https://ledgerpost.ua/en/posts/pool").metadata
    assert meta.outlet == "ledgerpost"


def test_read_html_site_name_spelling_domain_before_a_tagline_is_the_outlet() -> None:
    head = ("<meta property='og:site_name' content='Ledgerpost Hull News and Insight'>"
            "<meta property='og:url' content='https://www.ledgerpost.com/news/pool'>")
    article = _read(_page(head=head))
    url = article.info.url or "https://www.ledgerpost.com/news/pool"
    assert read_layout(article.text, hints=article.hints, url=url).metadata.outlet == (
        "Ledgerpost")


# Headlines: a site's title over a copy, its address and a tagline after a spaced separator.


def test_read_layout_site_title_line_over_a_copy_is_no_headline() -> None:
    text = (f"Ledgerpost.com : Hull news 7/7\nHome\nNews\n{HEADLINE}\n28/01/2025 09:14:32\n"
            f"{LEDE}\n{PARAGRAPHS[0]}\n")
    assert sound_layout(text).metadata.headline == HEADLINE


# Times: HaitiLibre's zoneless stamp is Port-au-Prince's time.


def test_read_layout_haitilibre_stamp_is_port_au_prince_time() -> None:
    text = f"{HEADLINE}\n28/01/2025 09:14:32\n{LEDE}\n{PARAGRAPHS[0]}\n"
    url = "https://www.haitilibre.com/en/news-43812-pool.html"
    assert sound_layout(text, url=url).metadata.published == "2025-01-28T14:14:32+00:00"
