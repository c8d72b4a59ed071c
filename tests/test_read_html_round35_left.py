"""The HTML reader: the facts round 35's fresh house styles left (tests/data/styles_fresh35),
each pinned on a short page of its own: a zoneless ISO stamp on a page whose home zone is
known (KBS World's "Write: 2026-11-27 15:02:10" in Seoul's time; a Nigerian site's zoneless
article:published_time, stranger trial 6), a caption the text holds already with its colon
spaced, a place and a stamp split by dashes in the header (EL PAÍS), a box whose sentence is
the page's description (Context's "What's the context?"), a publisher named as a company or a
foundation beside the site's own name (TVP World, Context) and a paragraph that is another
story's linked title (EL PAÍS)."""

from __future__ import annotations

import pytest

from according.article import read_layout
from tests.pool_story import LEDE
from tests.test_article import sound_layout
from tests.test_read_html import hints_of as read

MORE = ("<p>The pool will shut in June after the council failed to find a buyer willing to pay "
        "for a new roof and boilers.</p><p>“We did everything we could,” said councillor Ann "
        "Roe, who chairs the leisure committee.</p><p>Swimming clubs said they would have to "
        "travel 20 miles to the nearest pool in the county town.</p>")


def page(head: str = "", header: str = "", body: str = "", after: str = "") -> str:
    return (f'<!doctype html><html lang="en"><head><title>Council shuts pool</title>{head}'
            "</head><body><nav><a href='/'>Home</a></nav><main><article><h1>Council votes to "
            f"close the town's only public pool</h1>{header}<div class='body'>"
            f"{body or f'<p>{LEDE}</p>{MORE}'}</div></article>{after}</main>"
            "<footer><p>Copyright 2026</p></footer></body></html>")


# A zoneless ISO stamp is in the page's home zone where that is known.


def test_shown_zoneless_iso_stamp_is_in_the_pages_home_zone() -> None:
    # KBS World: "Write: 2026-11-27 15:02:10" on world.kbs.co.kr is Seoul's time (UTC+9)
    got = read(page(header="<p class='date'>Write: 2026-11-27 15:02:10 / Update: 2026-11-27 "
                           "16:41:37</p>"),
               url="https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=198765")
    assert got.hints.published == "2026-11-27T06:02:10+00:00"


def test_zoneless_meta_time_is_in_the_home_zone_of_the_pages_country() -> None:
    # stranger trial 6: a Nigerian site's article:published_time without an offset is Lagos's
    # time (UTC+1), as its shown stamps are
    meta = '<meta property="article:published_time" content="2026-11-16T18:30:00">'
    got = read(page(head=meta), url="https://dailypost.ng/2026/11/16/council-shuts-pool/")
    assert got.hints.published == "2026-11-16T17:30:00+00:00"


def test_zoneless_meta_time_on_a_generic_domain_stays_utc() -> None:
    # guard: a .com address names no country, so the stamp is read as UTC, as before
    meta = '<meta property="article:published_time" content="2026-11-16T18:30:00">'
    got = read(page(head=meta), url="https://example.com/2026/11/16/council-shuts-pool/")
    assert got.hints.published == "2026-11-16T18:30:00+00:00"


def test_zoneless_iso_day_alone_stays_that_days_midnight_utc() -> None:
    # guard: a day without a clock names no time to move into a zone
    meta = '<meta property="article:published_time" content="2026-11-27">'
    got = read(page(head=meta), url="https://world.kbs.co.kr/service/news_view.htm?lang=e")
    assert got.hints.published == "2026-11-27T00:00:00+00:00"


# A caption the text holds already is not added again, however it spaces its colon.


def broadcaster_page(caption: str) -> str:
    """A broadcaster's page as KBS World prints one: the headline in an h2, a "Write:" stamp,
    a picture whose caption is its credit alone, the story as one block cut by line breaks."""
    return ("<!doctype html><html lang='en'><head><title>Council shuts pool | HARBOUR WORLD"
            "</title></head><body><div id='container'><div class='board_view'><section "
            "class='view_title'><h2 class='tit'>Council votes to close the town's only public "
            "pool</h2><p class='date'>Write: 2026-11-27 15:02:10</p></section><section "
            f"class='view_con'><div class='img_box'><img src='a.jpg' alt=''><p class='caption'>"
            f"{caption}</p></div><div class='body_txt'>{LEDE}<br><br>The pool will shut in June "
            "after the council failed to find a buyer willing to pay for a new roof.<br><br>"
            "Swimming clubs said they would have to travel 20 miles to the nearest pool.</div>"
            "</section></div></div></body></html>")


def test_caption_held_with_a_spaced_colon_is_added_once() -> None:
    got = read(broadcaster_page("Photo : Harbour News Agency"))
    assert got.text.count("Harbour News Agency") == 1


def test_caption_the_text_lacks_is_added() -> None:
    # guard: a caption the extraction dropped still comes after the story
    got = read(page(body=f"<figure><img src='a.jpg'><figcaption>Swimmers at the pool in "
                         f"August. Photo: Ann Roe</figcaption></figure><p>{LEDE}</p>{MORE}"))
    assert got.text.count("Swimmers at the pool in August.") == 1


# A place and a stamp split by dashes in the header: the place is the dateline.


@pytest.mark.parametrize(("row", "dateline"), [
    ("<span class='ti'>Mexico City</span> - <time datetime='2026-11-26T23:10:00-05:00'>Nov 26, "
     "2026 - 23:10 EST</time>", "Mexico City"),
    # guard: a section and a stamp split by dashes name no place
    ("<span>Local news</span> - <time>Nov 26, 2026 - 23:10 EST</time>", None),
])
def test_place_dash_stamp_row_gives_the_dateline(row: str, dateline: str | None) -> None:
    header = f"<div class='au'><a href='/autor/ann'>Ann Roe</a></div><div class='f'>{row}</div>"
    assert read(page(header=header)).hints.dateline == dateline


# A header box's sentence that is the page's description is the standfirst.

DESCRIPTION = ("Swimmers say the closure will leave thousands of children in the county without "
               "lessons")


def test_boxed_description_sentence_is_the_standfirst() -> None:
    box = (f"<figure><img src='p.jpg'><figcaption>The pool on Monday. (Ann Roe)</figcaption>"
           f"</figure><section class='context-box'><h2>What’s the context?</h2><p>{DESCRIPTION}"
           "</p><ul><li>Council votes 9-4 to close pool</li><li>Clubs face 20-mile trip</li>"
           "</ul></section>")
    head = f'<meta name="description" content="{DESCRIPTION}">'
    got = read(page(head=head, header=box))
    assert got.hints.standfirst == DESCRIPTION
    layout = sound_layout(got.text, hints=got.hints)
    assert layout.metadata.standfirst == DESCRIPTION


def test_description_that_is_the_lede_is_no_standfirst() -> None:
    # guard: a page whose description is its story's first paragraph has no standfirst box
    head = f'<meta name="description" content="{LEDE}">'
    got = read(page(head=head))
    assert got.hints.standfirst is None


# A publisher named as a company or a foundation yields to the page's own site name.


@pytest.mark.parametrize(("publisher", "site", "outlet"), [
    ("Telewizja Polska S.A.", "TVP World", "TVP World"),
    ("Thomson Reuters Foundation", "Context", "Context"),
    ("Harbour Verlag GmbH", "Harbour Today", "Harbour Today"),
    # guard: a title's own name as publisher is no owner's, and stays
    ("The Harbour Gazette", "Harbour", "The Harbour Gazette"),
])
def test_owner_publisher_yields_to_the_site_name(publisher: str, site: str,
                                                 outlet: str) -> None:
    head = (f'<meta property="og:site_name" content="{site}"><script type="application/ld+json">'
            '{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":'
            f'"Organization","name":"{publisher}"}}}}</script>')
    assert read(page(head=head)).hints.outlet == outlet


# A paragraph that is one link to another story's page is that story's title, no story text.


def test_linked_title_paragraph_in_the_story_is_dropped() -> None:
    body = (f"<p>{LEDE}</p><p class='l'><a href='/news/2026-10-02/pool-repairs.html'>Pool "
            f"repair bill doubles as boilers fail</a></p>{MORE}")
    got = read(page(body=body))
    assert "Pool repair bill doubles" not in got.text
    assert "The pool will shut in June" in got.text


def test_linked_sentence_paragraph_stays() -> None:
    # guard: a paragraph written as a link that ends a sentence is the story's own
    body = (f"<p>{LEDE}</p><p><a href='/report.pdf'>The council published its report on the "
            f"pool's repair bill on Monday.</a></p>{MORE}")
    got = read(page(body=body))
    assert "The council published its report" in got.text


def test_layout_reads_kbs_style_page_once() -> None:
    # the pieces together, as the layout sees them: one caption, Seoul's time
    got = read(broadcaster_page("Photo : Harbour News Agency"),
               url="https://world.kbs.co.kr/service/news_view.htm?lang=e")
    layout = read_layout(got.text, hints=got.hints, url=got.info.url)
    captions = [got.text[r.start:r.end] for r in layout.regions if r.kind == "caption"]
    assert len(captions) == 1
    assert layout.metadata.published == "2026-11-27T06:02:10+00:00"
