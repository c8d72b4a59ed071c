"""HTML to article text (trafilatura) and the metadata the page states.

The page's figure captions, which trafilatura drops, follow the story as paragraphs of their
own (in page order) when the layout stage would read them as captions; a standfirst the page
shows (an element classed as one, or a sub-heading under the h1 that says what the page's
description says) goes under the headline. The description alone is not a standfirst: it
often repeats the lead paragraph.

The publication time is, in order: the article's JSON-LD `datePublished` (not that of a
listed other story), the page's published-time meta tags, a `<time datetime>` or a date line
shown in the page's header (not an "Updated" one, nor one after the story starts, which
belongs to sidebars), then htmldate's guess (through trafilatura, no second pass). A markup
time that is also the page's modified time gives way to an earlier publication stamp the
header shows; a page whose header shows one unlabelled day, its modified time's day and later
than the markup's published time, dates itself by its last change (that time is taken). A
header's date line may carry a label ("Written:", "Posted on"), a byline
around it ("By Jane Doe on March 4, 2025"), be one line of a block broken by `<br>`, or be a
`<time datetime>` that shows a relative time ("3 hours ago"). A stamp shown on the page
that agrees with the chosen time to the minute is its `published_text`, else a header stamp
showing only the day that the chosen UTC time falls on in some zone but not in UTC (the
page's own day: "February 11, 2025" beside "2025-02-12T03:40:00Z"). A markup time without a
zone takes the zone of a stamp of the page showing its clock time with one ("2025-01-14T22:05:00"
beside "January 14, 2025 10:05 PM CST"). Numeric dates on
en-GB (and other day-first) pages are read day first. A stamp out of range (a CMS's
year-0001 placeholder) is skipped with a warning.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from typing import Any

from according.data import article_rules as R
from according.read.captures import (
    Capture,
    capture_text,
    credit_without_address,
    is_archive_address,
    page_address,
    reader_view,
    strip_capture,
    title_headline,
    titled_site,
)
from according.read.dates import (
    DateStyle,
    address_day,
    ambiguous_day,
    date_style,
    is_instant,
    published_local,
    published_utc,
    stamp_as_written,
    stamp_out_of_range,
    style_for_stamp,
)
from according.read.inputs import ArticleInput, InputError
from according.read.live_entries import with_live_entries
from according.read.own_address import own_page_address
from according.read.page_names import (
    address_names,
    each_person,
    headline_without_site,
    is_place_filed_from,
    label_site_outlet,
    page_byline,
    squashed,
)
from according.read.text import check_article
from according.records import InputFormat, InputInfo, Metadata

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre")
_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
# A company's legal form after its name ("… Public Company Limited", "… Inc.", "… Co., Ltd."),
# beside the words "Company" and "Corporation" that may be part of the name itself
_LEGAL_FORM = re.compile(r"\b(?:limited|pcl|plc|ltd|inc|llc|corp|co)\b", re.IGNORECASE)
_NOT_SHOWN = frozenset({"head", "script", "style", "noscript", "template", "title", "meta"})
# Classes, ids and data attributes of the elements that hold a page's standfirst or stamps.
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|sub-?title|sub-?head(?:line|ing)?|strapline|synopsis"
    r"|sub-description|article-summary|article__summary|(?:post|entry|story)[_-]summary|lead|intro"
    # round 34: Drupal's summary field under the title ("field--name-field-summary", MSF)
    r"|field[_-]summary"
    r"|excerpt|abstract|(?<!card-)deck)(?:$|[\s_-])"
    # a styled component's name, its words in capitals ("ContentHeaderDek-bIqFFZ")
    r"|(?-i:[a-z](?:Dek|Standfirst|Subtitle|Subheadline|Excerpt))(?:$|[\s_-])",
    re.IGNORECASE,
)
# (Nordic public broadcasters' CMS words for it: "article-details__preamble" (Sveriges Radio),
# "ingress" (NRK, Yle), "manchet" (DR))
_STANDFIRST_CLASS_NORDIC = re.compile(r"(?:^|[\s_-])(?:preamble|ingress|manchet)(?:$|[\s_-])",
                                      re.IGNORECASE)
_DATE_CLASS = re.compile(r"date|time|publish|updated|byline|meta|stamp", re.IGNORECASE)
_STAMP_MAX_CHARS = 90
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
# JSON-LD fields that may restate the publication time in another zone.
_MACHINE_FIELDS = ("datePublished", "dateCreated")
_STAMP_MAX_CHILDREN = 4
# The longest text of one element read for a statement of the story's first appearance.
_ORIGINAL_MAX_CHARS = 300
# Elements that may hold the story's first paragraph, and how much of it identifies it.
_STORY_BLOCKS = frozenset({"p", "li", "div", "section", "article", "td", "blockquote"})
_LEAD_KEY_CHARS = 50
_COPY_MIN_PARAGRAPHS = 3  # story paragraphs in a row read before: a copy of the story
_OTHER_KEY_CHARS = 20  # the opening characters that find a paragraph's element on the page
# Containers listing other stories (not the sidebar or widget a story itself may sit in).
_OTHER_STORIES_CLASS = re.compile(
    r"related|recommend|recirc|trending|most-?(?:read|popular|viewed)|popular-(?:posts|stories)"
    r"|latest-(?:news|stories|posts|articles)|more-(?:stories|news|from)|outbrain|taboola",
    re.IGNORECASE)
_STORY_BLOCK_LEVELS = 3  # containers above a paragraph looked at for the story's block
_CONTAINERS = frozenset({"div", "section", "article"})
_CONTINUED_MIN_PARAGRAPHS = 3  # a block where the story goes on holds several of its paragraphs
_DROPPED_LEAD_SCAN = 3  # the story paragraphs whose block is looked at for a dropped lead
_LEAD_APART_LEVELS = 2  # containers climbed from the story's first paragraph to find its box
_LEAD_APART_SCAN = 3  # earlier siblings of the story's box looked at for a lead (ad slots)
_LEAD_APART_MAX = 2  # paragraphs a lead's own box holds (more: another story, a teaser list)
_LEAD_BOX_SLACK_CHARS = 40  # what else a lead's own box may show (a label, a drop cap's mark)
_PICTURE_TAGS = ("figure", "figcaption", "img", "picture", "video")
_PULL_QUOTE_MIN_WORDS = 6
_QUOTE_MARKS = "\"'“”‘’«»"
_PULL_QUOTE_CLASS = re.compile(r"pull-?quote|pullout|quote-?box", re.IGNORECASE)
_LEAD_STOPS = ("h1", "h2", "figure", "figcaption", "img", "picture", "time", "header")
_ZERO_WIDTH = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
# Blocks whose lines, broken by <br>, may each be a stamp, and the inline elements among them.
_LINE_BLOCKS = frozenset({"p", "div", "span", "li", "td", "dd"})
_INLINE = frozenset({"br", "span", "b", "strong", "em", "i", "small", "a", "time", "abbr"})
STANDFIRST_MAX_WORDS = 80
# Tags of a sub-heading printed under the h1, and how many elements after it are searched.
_SUBHEADING_TAGS = frozenset({"h2", "h3", "h4"})
_SUBHEADING_SCAN = 4
_DESK_WITH_MAX_WORDS = 8  # "Africanews with AFP", "By Euronews with AP, AFP": a short line
_HEADLINE_SCAN = 5  # paragraphs of the extraction searched for the headline it kept
_CAPTION_BLOCKS = frozenset({"p", "div", "span"})
# An element holding a picture's credit inside its caption: "MediaCaption-credit",
# "caption-credit", "photo-credit", "copyright".
_CREDIT_CLASS = re.compile(r"(?:^|[\s_-])(?:credit|copyright|photographer)s?(?:$|[\s_-])",
                           re.IGNORECASE)
_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])caption(?:-text)?(?:$|\s)", re.IGNORECASE)
_SUBHEADING_MIN_WORDS = 10  # an h2 under the h1 this long is a standfirst, not a section head
# A shown h1 this long reads as a story's headline (a logo or section h1 is one to three words).
_HEADLINE_MIN_WORDS = 4
_HEADLINE_MAX_WORDS = 40
LEAD_MIN_WORDS = 12  # the story's first paragraph is a sentence at least this long
# Where a page states its publication time in markup, most specific first.
_META_DATES = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @property='og:article:published_time' or @name='og:article:published_time']/@content",
    "//*[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//meta[@property='og:published_time' or @name='publish-date' or @name='publish_date'"
    " or @name='parsely-pub-date' or @name='sailthru.date' or @name='article.published'"
    " or @name='date' or @name='pubdate' or @name='publishdate' or @name='dc.date'"
    " or @name='DC.date.issued' or @name='dcterms.created']/@content",
    "//time[@pubdate]/@datetime",
)
# Where a page states the time of its last change.
_MODIFIED_DATES = (
    "//meta[@property='article:modified_time' or @name='article:modified_time'"
    " or @property='og:article:modified_time' or @property='og:updated_time'"
    " or @name='lastmod' or @name='last-modified' or @name='dcterms.modified']/@content",
    "//*[@itemprop='dateModified']/@content",
)
_CANONICAL = ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content")
# Where a page states its language (an XHTML page as `xml:lang` alone).
_LANGUAGE = ("/html/@lang", "/html/@*[name()='xml:lang']",
             "//meta[@property='og:locale']/@content",
             "//meta[@http-equiv='content-language']/@content")
# JSON-LD types whose datePublished is the article's, before a page's, before any other's
# (a video's, an image's, an organisation's).
# A CDATA section around a script's JSON, as XHTML templates and Rails' `javascript_tag`
# write it ("//<![CDATA[ … //]]>", "/*<![CDATA[*/ … /*]]>*/"): not part of the JSON.
_JSON_LD_WRAPPER = re.compile(r"^\s*(?:/\*\s*|//\s*)?<!\[CDATA\[(?:\s*\*/)?"
                              r"|(?:/\*\s*|//\s*)?\]\]>(?:\s*\*/)?\s*$")
_ARTICLE_TYPES = re.compile(r"article|posting|report", re.IGNORECASE)
_PAGE_TYPES = re.compile(r"webpage", re.IGNORECASE)
# Containers of other stories and of the site's chrome: their dates are not the article's.
_CHROME_TAGS = frozenset({"aside", "nav", "footer"})
# A card popped up over a name or term: "rollover-people-block", "tooltip-content",
# "popover-body", "hovercard".
_HOVER_CARD_CLASS = re.compile(
    r"(?:^|\s)(?:rollover|tooltip|popover|hover-?card)[\w-]*?[-_](?:block|content|body|card|box|inner)"
    r"(?:$|\s)|(?:^|\s)hover-?card(?:$|\s)", re.IGNORECASE)
_HOVER_CARDS = ("//*[contains(@class, 'rollover') or contains(@class, 'tooltip') or "
                "contains(@class, 'popover') or contains(@class, 'hovercard') or "
                "contains(@class, 'hover-card')]")
_CHROME_CLASS = re.compile(
    r"sidebar|related|trending|most-?(?:read|popular|viewed)|popular|recommend|latest|rail"
    r"|widget|promo|teaser|more-(?:stories|news|from)|outbrain|taboola"
    # a dialog the page pops up (its comment rules: "<h4 class='lead'>Please peer review …")
    r"|(?:^|[\s_-])(?:modal|popup)(?:$|[\s_-])", re.IGNORECASE)


@dataclass(frozen=True)
class _Page:
    """What the page shows and states, beside trafilatura's reading of it."""

    root: Any
    shown: list[Any]
    dates: DateStyle
    warnings: list[str]
    address: str | None = None  # the URL, given or canonical, that names the day if one does


def html_article(
    html: str | bytes, *, name: str, url: str | None = None, fmt: InputFormat = "html",
    extra: Metadata | None = None,
) -> ArticleInput | InputError:
    """The main text of an HTML page, paragraphs separated by blank lines, with its
    title, author, date, site name and standfirst as hints. `extra` (what a feed or JSON
    line stated) wins over them. A page the parsers choke on is an InputError naming it,
    never an exception."""
    from according.budget import html_over_budget

    if (too_big := html_over_budget(html)) is not None:
        return InputError(name, too_big)
    try:
        return _html_article(html, name=name, url=url, fmt=fmt, extra=extra)
    except Exception as err:  # trafilatura and lxml raise many kinds on junk pages
        return InputError(name, f"could not be read as HTML ({type(err).__name__}: {err})"[:300])


def _html_article(
    html: str | bytes, *, name: str, url: str | None, fmt: InputFormat, extra: Metadata | None,
) -> ArticleInput | InputError:
    import trafilatura

    root = _without_note_marks(_without_hover_cards(_tree(html)))
    # an archive's capture: its chrome and own meta go, the archived page's address stands
    capture = strip_capture(root)
    archived = capture.address if capture else None
    if capture and capture.flattened:
        return _flattened_capture_article(root, capture, name=name, url=url, fmt=fmt,
                                          extra=extra)
    doc = trafilatura.bare_extraction(
        root if root is not None else html, url=url, with_metadata=True, include_comments=False,
        include_tables=False,
    )
    if doc is None or not (doc.text or "").strip():
        return InputError(name, "no article text found in the HTML")
    canonical = _canonical(root)
    # round 27: a page saved from a reader view links the story's address in its header
    reader = reader_view(root)
    canonical = canonical or (reader.address if reader else None)
    address = url or canonical
    if archived or is_archive_address(address):
        address = page_address(url) or archived or page_address(canonical)
        canonical = archived or page_address(canonical)
    # a page read at an address naming no day (a portal's copy of a syndicated story) may
    # link its first publisher's address that does
    day_address = address if address_day(address) or not canonical else canonical
    page = _Page(root, _shown(root), date_style(address, _language(root)), [], day_address)
    paragraphs = _without_other_stories(page.shown, _without_repeats(_paragraphs(doc.text)))
    paragraphs = with_live_entries(root, page.shown, paragraphs)  # issue 9
    paragraphs = _with_drop_caps(page.shown, paragraphs)
    paragraphs = _with_lead_box(page.shown, _with_dropped_lead(page.shown, paragraphs))
    paragraphs = _with_lead_apart(page.shown, paragraphs)
    paragraphs = _without_pull_quotes(page.shown, _with_story_continued(page.shown, paragraphs))
    standfirst = _shown_standfirst(page.shown, paragraphs) or _described_subheading(
        page.shown, getattr(doc, "description", None), paragraphs) or _summary_under_headline(
        page.shown, paragraphs)
    standfirst = _unless_furniture(standfirst or _hashed_dek_over_picture(page.shown, paragraphs))
    paragraphs = _without_summary_points(page.shown, paragraphs, standfirst)
    paragraphs = _without_standfirst_box(page.shown, paragraphs, standfirst)
    paragraphs = _without_link_paragraphs(page.shown, _without_post_headlines(root, paragraphs))
    hints = _merge(_page_hints(page, doc, paragraphs, standfirst), extra)
    if not (extra and extra.outlet) and (
            labelled := label_site_outlet(hints.outlet, page.address)) is not None:
        hints = replace(hints, outlet=labelled)
    if reader and reader.byline and not hints.byline:
        hints = replace(hints, byline=reader.byline)
    if reader and not hints.outlet:
        title = next((str(t) for t in root.xpath("//title/text()")), None)
        hints = replace(hints, outlet=titled_site(title, page.address))
    hints = _with_marked_dateline(hints, page.shown, paragraphs)
    hints = _with_shown_headline(hints, root, page.shown, paragraphs, extra)
    text = _with_header("\n\n".join(paragraphs), hints.headline, standfirst)
    text, marked = _with_captions(text, _figcaptions(page.shown))
    hints = replace(hints, captions=marked) if marked else hints
    address = _capture_input_address(url, capture, canonical)
    if address is None and url is None and capture is None:
        # stranger trial 5: a saved page's own address, as its head states it
        address = own_page_address(root, hints.outlet)
    info = InputInfo(name, address, fmt)
    return check_article(text, name) or ArticleInput(text, info, hints, tuple(page.warnings))


def _capture_input_address(url: str | None, capture: Capture | None,
                           canonical: str | None) -> str | None:
    """The address an input is recorded under: the one given; for a capture saved to a file
    and read without one, the archived page's own address (its canonical link or og:url, the
    original's), so the ledger keeps where the story ran (stranger trial 2)."""
    if url or capture is None:
        return url
    own = capture.address or canonical
    return None if own is None or is_archive_address(own) else own


def _flattened_capture_article(root: Any, capture: Capture, *, name: str, url: str | None,
                               fmt: InputFormat, extra: Metadata | None
                               ) -> ArticleInput | InputError:
    """An archive.today capture read as a select-all copy: its markup is flattened to inline
    styles (no classes, no meta of the page's own), so its lines say what they are; the
    outlet the table knows at the archived address is given."""
    from according.outlets import outlet_of_url

    text = capture_text(root)
    known = outlet_of_url(capture.address)
    title = next((str(t) for t in root.xpath("//title/text()")), None)
    hints = _merge(Metadata(headline=title_headline(title, text),
                            outlet=known.name if known else None), extra)
    info = InputInfo(name, url, fmt)
    return check_article(text, name) or ArticleInput(text, info, hints, ())


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one block per paragraph."""
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # lxml raises several kinds on junk; junk has no paragraphs
        return ""
    blocks = [_clean(el.text_content()) for el in root.iter(*_BLOCKS)
              if not any(anc.tag in _BLOCKS for anc in el.iterancestors())]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else _clean(root.text_content())


def _clean(text: str) -> str:
    # HTML whitespace, line breaks included, is one space.
    return " ".join(text.split())


def _shown_text(el: Any) -> str:
    """An element's visible text, its children's texts kept apart ("March 6, 2025" "2:15 PM"
    would otherwise run together as "March 6, 20252:15 PM")."""
    return re.sub(r"\s+([,.;:])", r"\1", _clean(" ".join(el.itertext())))


def _paragraphs(text: str) -> list[str]:
    # trafilatura puts one block per line; a blank line between them shows the structure.
    return [line.strip() for line in text.splitlines() if line.strip()]


def _with_dropped_lead(shown: list[Any], paragraphs: list[str]) -> list[str]:
    """The extraction's paragraphs with the story's lead put back where the extraction lost
    it: the block holding the story opens with it as bare text before its first child (a
    story in one `<div>` whose paragraphs `<br>` breaks apart, a `<section>` opening with
    text before its first heading), and trafilatura keeps only what follows."""
    kept = [_squashed(p) for p in paragraphs]
    firsts = [p for p in paragraphs if _is_story_paragraph(p)][:_DROPPED_LEAD_SCAN]
    for first in firsts:
        holder = _holder_of(shown, _squashed(first)[:_LEAD_KEY_CHARS])
        # the paragraph's own block, and the block holding it (a `<p>` in its `<section>`)
        for block in (holder, holder.getparent()) if holder is not None else ():
            lead = _first_line(block) if block is not None else ""
            key = _squashed(lead)
            if not _is_story_paragraph(lead) or any(
                    key[:_LEAD_KEY_CHARS] in p or p and p[:_LEAD_KEY_CHARS] in key for p in kept):
                # the extraction has it (the usual case: it is `first` itself), or it holds a
                # paragraph the extraction has (a teaser: the headline run on with the lead)
                continue
            inside = _squashed(_shown_text(block))
            at = next(i for i, p in enumerate(kept) if p and p[:_LEAD_KEY_CHARS] in inside
                      or p == _squashed(first))
            return [*paragraphs[:at], lead, *paragraphs[at:]]
    return paragraphs


def _with_lead_apart(shown: list[Any], paragraphs: list[str]) -> list[str]:
    """The extraction's paragraphs with the story's lead put first when the page prints it in
    a container of its own before the story's container (Arc XP's "article-lede" box, an ad
    slot between them) and the extraction kept the story's container only. The lead is the
    story paragraph of the nearest earlier sibling that holds one; a heading, picture, stamp
    or marked standfirst on the way ends the search (the header is no lead)."""
    first = next((p for p in paragraphs if _is_story_paragraph(p)), None)
    holder = _holder_of(shown, _squashed(first)[:_LEAD_KEY_CHARS]) if first else None
    if holder is None:
        return paragraphs
    kept = [_squashed(p) for p in paragraphs]
    box = holder.getparent()
    for _ in range(_LEAD_APART_LEVELS):
        if box is None or box.getprevious() is not None:
            break
        box = box.getparent()  # the story's container opens its own container
    sibling = box.getprevious() if box is not None else None
    for _ in range(_LEAD_APART_SCAN):
        if sibling is None or not isinstance(sibling.tag, str) or _ends_lead_search(sibling):
            return paragraphs
        found = [t for t in _lead_paragraphs(sibling)
                 if _is_story_paragraph(t) and not R.FURNITURE.match(t)]
        if found:
            keys = [_squashed(t) for t in found]
            if (len(found) > _LEAD_APART_MAX or not _box_of_its_own(sibling, keys)
                    or any(t.endswith(("...", "…")) for t in found)
                    or any(key[:_LEAD_KEY_CHARS] in k or k and k[:_LEAD_KEY_CHARS] in key
                           for key in keys for k in kept)):
                return paragraphs
            at = paragraphs.index(first)
            return [*paragraphs[:at], *found, *paragraphs[at:]]
        sibling = sibling.getprevious()
    return paragraphs


def _lead_paragraphs(box: Any) -> list[str]:
    """The texts of a box's outermost `<p>` elements (a list's items are teasers, not a lead),
    none in an aside, menu, footer or list of other stories."""
    found = [el for el in box.iter("p") if not any(a.tag in _BLOCKS for a in el.iterancestors())
             and not _off_story(el)]
    return [text for text in map(_shown_text, found) if text]


def _box_of_its_own(box: Any, leads: list[str]) -> bool:
    """The box holds its lead paragraphs and little else (not a teaser list or the page's
    header around them), none of them a link's text (another story's teaser)."""
    inside = len(_squashed(_shown_text(box)))
    linked = sum(len(_squashed(_shown_text(a))) for a in box.iter("a"))
    told = sum(map(len, leads))
    return inside <= told + _LEAD_BOX_SLACK_CHARS and 2 * linked < told


def _ends_lead_search(el: Any) -> bool:
    """An element no lead is looked for beyond: a heading, picture, stamp, byline, marked
    standfirst or caption, or the page's chrome."""
    if el.tag in _LEAD_STOPS or el.tag in _CHROME_TAGS or _marked_standfirst(el):
        return True
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(_DATE_CLASS.search(marks) or _CAPTION_CLASS.search(marks)) or any(
        True for _ in el.iter(*_LEAD_STOPS))


def _without_pull_quotes(shown: list[Any], paragraphs: list[str]) -> list[str]:
    """The extraction's paragraphs without a pull quote: a paragraph of a few words or more,
    in an element the page classes as a pull quote, that another paragraph holds whole. It
    repeats the story; read twice, its quotation would be reported twice. (A quotation in
    marks or a `<blockquote>` alone may be the story's own: a tweet, a quoted title.)"""
    squashed = [_squashed(p) for p in paragraphs]
    out = []
    for i, p in enumerate(paragraphs):
        inner = _squashed(p.strip(_QUOTE_MARKS))
        repeated = len(p.split()) >= _PULL_QUOTE_MIN_WORDS and any(
            j != i and len(other) > len(inner) and inner in other
            for j, other in enumerate(squashed))
        if repeated and _in_pull_quote(_holder_of(shown, squashed[i][:_LEAD_KEY_CHARS])):
            continue
        out.append(p)
    return out


def _in_pull_quote(el: Any) -> bool:
    return el is not None and any(_PULL_QUOTE_CLASS.search(node.get("class") or "")
                                  for node in (el, *el.iterancestors()))


def _with_drop_caps(shown: list[Any], paragraphs: list[str]) -> list[str]:
    """The extraction's paragraphs with the initial a page prints as a drop cap in an element
    of its own before the paragraph ("<span>T</span><p>urkey, Poland and …") put back."""
    initials = {}
    for el in shown:
        letter = (el.text or "").strip()
        nxt = el.getnext()
        if (len(letter) == 1 and letter.isupper() and not len(el) and nxt is not None
                and nxt.tag == "p"):
            rest = _shown_text(nxt)
            if rest[:1].islower():
                initials[_squashed(rest)[:_LEAD_KEY_CHARS]] = letter
    if not initials:
        return paragraphs
    return [initials.get(_squashed(p)[:_LEAD_KEY_CHARS], "") + p for p in paragraphs]


def _without_repeats(paragraphs: list[str]) -> list[str]:
    """The extraction's paragraphs without a later copy of the story: one of the story's
    opening paragraphs again, then the ones after it, in order, at least
    `_COPY_MIN_PARAGRAPHS` story-length paragraphs in all (a page holding its story twice
    reads it once; a meal plan's or product list's repeated items stay)."""
    keys = [_norm(R.LIST_MARKER.sub("", p)) for p in paragraphs]
    long = [keys[i] for i in range(len(keys)) if len(keys[i].split()) >= LEAD_MIN_WORDS]
    at = [i for i in range(len(keys)) if len(keys[i].split()) >= LEAD_MIN_WORDS]
    copies: set[int] = set()
    n = 0
    while n < len(long):
        starts = [m for m in range(min(n, _COPY_MIN_PARAGRAPHS)) if long[m] == long[n]]
        length = max((_copied(long, m, n) for m in starts), default=0)
        if length >= _COPY_MIN_PARAGRAPHS:
            copies.update(at[n:n + length])
        n += max(length, 1)
    return [p for i, p in enumerate(paragraphs) if i not in copies]


def _copied(keys: list[str], original: int, copy: int) -> int:
    """How many keys from `copy` on repeat those from `original` on, in order."""
    length = 0
    while copy + length < len(keys) and original + length < copy and (
            keys[original + length] == keys[copy + length]):
        length += 1
    return length


def _without_other_stories(shown: list[Any], paragraphs: list[str]) -> list[str]:
    """The extraction's paragraphs without those the page shows only in a list of other
    stories (a "recommended" or "latest news" box: "- <title> <teaser>" items the extraction
    kept after the story), unless that would leave less than half of them."""
    holders: dict[str, list[Any]] = {}
    for el in shown:
        for own in (el.text, *(child.tail for child in el)):
            key = _squashed(own or "")[:_OTHER_KEY_CHARS]
            if len(key) == _OTHER_KEY_CHARS:
                holders.setdefault(key, []).append(el)
    headline = next((el for el in shown if el.tag == "h1"), None)
    story = {id(node) for node in headline.iterancestors()} if headline is not None else set()
    kept = [p for p in paragraphs if not _only_among_other_stories(
        holders.get(_squashed(R.LIST_MARKER.sub("", p))[:_OTHER_KEY_CHARS], []), story)]
    return kept if 2 * len(kept) >= len(paragraphs) else paragraphs


def _only_among_other_stories(holders: list[Any], story: set[int]) -> bool:
    """Every element showing the text is inside a list of other stories (none of them a
    container of the headline)."""
    def listed(el: Any) -> bool:
        for node in (el, *el.iterancestors()):
            if id(node) in story:
                return False
            if _OTHER_STORIES_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
                return True
        return False

    return bool(holders) and all(listed(el) for el in holders)


def _with_story_continued(shown: list[Any], paragraphs: list[str]) -> list[str]:
    """The extraction's paragraphs with the rest of a story the page splits over blocks of
    the same kind (the same tag and classes: a magazine's body containers with an ad rail
    beside each), of which the extraction kept the first only: each later block's paragraphs
    it lacks, when mostly story paragraphs (not a tag row or the author's box), go after
    those of the block before."""
    first = next((p for p in paragraphs if _is_story_paragraph(p)), None)
    holder = _holder_of(shown, _squashed(first)[:_LEAD_KEY_CHARS]) if first else None
    blocks = _story_blocks(shown, holder) if holder is not None else []
    out = list(paragraphs)
    for before, block in zip(blocks, blocks[1:], strict=False):
        inside = _squashed(_shown_text(before))
        kept = [_squashed(p) for p in out]
        missing = [t for t in _block_paragraphs(block)
                   if not any(_squashed(t)[:_LEAD_KEY_CHARS] in k for k in kept)]
        told = sum(map(_is_story_paragraph, missing))
        # round 25: a live page's posts, each an element of its own, hold a paragraph or two
        least = 1 if _LIVE_POST_CLASS.search(block.get("class") or "") else (
            _CONTINUED_MIN_PARAGRAPHS)
        if told < least or 2 * told < len(missing):
            continue  # no story goes on there (the tags, the author's box)
        ends = [i for i, k in enumerate(kept) if k and k[:_LEAD_KEY_CHARS] in inside]
        at = ends[-1] + 1 if ends else len(out)
        out[at:at] = missing
    return out


# A live page's post, by its class: "live-item", "liveblog-entry", "live-post", "blog-update"
# (not "blog-post", "blog-item": a blog theme's teaser cards under a post, each of the story's
# tag and class, hold an excerpt of one paragraph: review 1127i)
_LIVE_POST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:(?:live|liveblog|live-blog)[_-]{0,2}(?:item|post|entry|update|event)"
    r"|blog[_-]{0,2}update)s?(?:$|[\s_-])", re.IGNORECASE)


def _story_blocks(shown: list[Any], holder: Any) -> list[Any]:
    """The block holding the story's first paragraph (the paragraph's element or one of its
    nearest containers) and the page's later blocks of the same tag and classes, when there
    are any; none in an aside, menu, footer or list of other stories."""
    for block in (holder, *list(holder.iterancestors())[:_STORY_BLOCK_LEVELS]):
        if not block.get("class") or block.tag not in _CONTAINERS:
            continue
        same = [el for el in shown if _same_kind(el, block) and not _off_story(el)]
        if len(same) > 1 and block in same:
            return same[same.index(block):]
    return []


def _same_kind(el: Any, block: Any) -> bool:
    """Two blocks of one story: the same tag and classes, in containers of the same tag and
    classes (each chunk of a story in its own grid cell), under one ancestor at most two
    levels up (not a page builder's many widgets, each under a container of its own id)."""
    if el.tag != block.tag or el.get("class") != block.get("class"):
        return False
    mine, theirs = el.getparent(), block.getparent()
    if mine is None or theirs is None:
        return False
    if mine is theirs:
        return True
    return (mine.tag == theirs.tag and mine.get("class") == theirs.get("class")
            and mine.getparent() is theirs.getparent())


def _off_story(el: Any) -> bool:
    """The element is in an aside, menu, footer or list of other stories (a page's layout
    classes, "grid-layout--adrail", do not count here)."""
    return any(node.tag in _CHROME_TAGS or _OTHER_STORIES_CLASS.search(
        f"{node.get('class') or ''} {node.get('id') or ''}") for node in (el, *el.iterancestors()))


def _block_paragraphs(block: Any) -> list[str]:
    """The paragraphs a block shows: its outermost paragraphs, headings, list items and
    quotes, none in an aside, menu, footer or list of other stories."""
    found = [el for el in block.iter(*_BLOCKS)
             if not any(a.tag in _BLOCKS for a in el.iterancestors()) and not _off_story(el)]
    return [text for text in map(_shown_text, found) if text]


def _with_lead_box(shown: list[Any], paragraphs: list[str]) -> list[str]:
    """The extraction's paragraphs with the story's lead, printed in a summary box above the
    rest of the story (`_lead_box`), put first when the extraction left the box out."""
    start, end = _header_span(shown, paragraphs)
    box = next((el for el in shown[start:end] if _marked_standfirst(el)
                and _lead_box(el, shown, (start, end))), None)
    lead = _standfirst_text(box) if box is not None else ""
    key = _squashed(lead)[:_LEAD_KEY_CHARS]
    if not lead or any(key in _squashed(p) for p in paragraphs):
        return paragraphs
    at = next(i for i, p in enumerate(paragraphs) if _is_story_paragraph(p) or p is paragraphs[-1])
    return [*paragraphs[:at], lead, *paragraphs[at:]]


def _holder_of(shown: list[Any], key: str) -> Any | None:
    """The element whose own text (its text or a child's tail) starts the paragraph whose
    first characters, squashed, are `key`, or the paragraph element whose text does (one
    opening with a short word before a link: "Instagram <a>began testing</a> …")."""
    for el in shown:
        for own in (el.text, *(child.tail for child in el)):
            text = _squashed(own or "")
            if len(text) >= _LEAD_KEY_CHARS // 2 and (text.startswith(key) or key.startswith(text)):
                return el
        if el.tag in ("p", "li") and _squashed(_shown_text(el)).startswith(key):
            return el
    return None


def _first_line(el: Any) -> str:
    """An element's text up to its first line break or block child."""
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str) or child.tag not in _INLINE or child.tag == "br":
            break
        parts.extend((_shown_text(child), child.tail or ""))
    return re.sub(r"\s+([,.;:])", r"\1", _clean(" ".join(parts)))


def _with_header(text: str, headline: str | None, standfirst: str | None) -> str:
    """Put the page title above the text, and the shown standfirst under the title, when the
    extraction left them out (the title near the top, the standfirst anywhere)."""
    blocks = text.split("\n\n")
    shown = [_norm(block) for block in blocks]
    at = 0
    if headline and headline.strip():
        if _norm(headline) in shown[:3]:
            at = shown.index(_norm(headline)) + 1
        else:
            blocks.insert(0, headline.strip())
            at = 1
    # the extraction may hold it run on with the stamp the page printed in it ("… its
    # recovery?Monday, 6 January 2020"): then it is there already
    there = standfirst is not None and any(
        block.startswith(standfirst.strip()) and R.DATE_LINE.match(
            block[len(standfirst.strip()):].strip()) for block in blocks)
    if standfirst and standfirst.strip() and _norm(standfirst) not in shown and not there:
        blocks.insert(at, standfirst.strip())
    return "\n\n".join(blocks)


def _with_captions(text: str, captions: list[str]) -> tuple[str, tuple[str, ...]]:
    """The page's captions after the story, and those of them whose words alone would pass for
    a story paragraph ("FILE - Somali soldiers patrol a street in Mogadishu, Feb. 17, 2025.",
    "Senate President, Godswill Akpabio"): the page marks them as captions, so the layout is
    told (issue 9). A caption the story's text already holds is left where it is, however it
    spaces its marks ("Photo : YONHAP News" kept as printed, round 35's KBS World)."""
    from according.article import line_kind

    shown = {_unspaced(line) for line in text.split("\n\n")}
    extra = [c for c in captions if _unspaced(c) not in shown
             and line_kind(c) in ("caption", "body") and "\n" not in c.strip()]
    marked = tuple(c.strip() for c in extra if line_kind(c) == "body")
    return "\n\n".join([text, *extra]), marked


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _unspaced(text: str) -> str:
    """`_norm` with no space before a mark ("Photo : Name" is "photo: name", as
    `_shown_text` writes it)."""
    return re.sub(r"\s+([,.;:])", r"\1", _norm(text))


def _tree(html: str | bytes) -> Any:
    """The page parsed once, the way trafilatura parses it (its encoding guess and parser),
    so its text is what trafilatura alone would read; None for junk."""
    from trafilatura.utils import load_html

    try:
        return load_html(html)
    except Exception:  # lxml raises several kinds on junk; then the page shows nothing more
        return None


def _without_hover_cards(root: Any) -> Any:
    """The page without the cards it pops up over a name or term in the story (a person's
    picture and latest headlines inside the sentence that names them: "Rep. <a>Ilhan
    Omar</a><span class='rollover-people-block'>…</span>"): hidden until hovered, they are
    not the story's words. None stays None."""
    if root is None:
        return None
    for el in root.xpath(_HOVER_CARDS):
        if _HOVER_CARD_CLASS.search(el.get("class") or "") and el.getparent() is not None:
            el.drop_tree()  # keeps the text after the card
    return root


# A note's mark in the story's text: a superscript number or letter linking to the page's
# notes ("…the group.<sup><a href="#fn1">1</a></sup>", "[2]", "*").
_NOTE_MARK = re.compile(r"^\[?(?:\d{1,3}|[a-z]|\*{1,3})\]?$")


def _without_note_marks(root: Any) -> Any:
    """The page without the marks of its notes in the story's sentences (round 34: a Crisis
    Group briefing's "…shelter the group.¹" read "group.1", a number the story never gave and
    a sentence left unfinished). A superscript that links nowhere on the page ("10<sup>2</sup>",
    "1<sup>st</sup>") stays. None stays None."""
    if root is None:
        return None
    for sup in root.xpath("//sup[.//a[starts-with(@href, '#')]]"):
        if _NOTE_MARK.match("".join(sup.itertext()).strip()) and sup.getparent() is not None:
            sup.drop_tree()  # keeps the text after the mark
    return root


def _canonical(root: Any) -> str | None:
    """The address the page gives itself (its canonical link or og:url), if any."""
    if root is None:
        return None
    for path in _CANONICAL:
        for value in root.xpath(path):
            if str(value).strip().startswith("http"):
                return str(value).strip()
    return None


def _language(root: Any) -> str | None:
    if root is None:
        return None
    for path in _LANGUAGE:
        for value in root.xpath(path):
            if str(value).strip():
                return str(value).strip()
    return None


def _shown(root: Any) -> list[Any]:
    """The elements a reader sees, in page order (not the head, scripts or styles)."""
    if root is None:
        return []
    body = root.find(".//body")
    out, stack = [], [body if body is not None else root]
    while stack:
        el = stack.pop()
        if isinstance(el.tag, str) and el.tag not in _NOT_SHOWN:
            out.append(el)
            stack.extend(reversed(el))
    return out


def _figcaptions(shown: list[Any]) -> list[str]:
    """The page's figure captions: figcaptions, and blocks classed as a caption (an AMP page's
    `<p class="caption">` under its `<amp-img>`) outside one."""
    captions = [_with_bare_name_credit(_with_sibling_credit(el, _figcaption_text(el)))
                for el in shown
                if el.tag == "figcaption" or (
        el.tag in _CAPTION_BLOCKS and _CAPTION_CLASS.search(el.get("class") or "")
        and not any(a.tag == "figcaption" for a in el.iterancestors()))]
    return list(dict.fromkeys(c for c in captions if c))


def _with_sibling_credit(el: Any, text: str) -> str:
    """A caption's text with the credit the page prints in an element of its own beside the
    caption, not inside it (Brightspot's `<div class="Figure-caption">` and then `<div
    class="Figure-credit">Utah Fire Info</div>` in one box), in brackets: apart, the caption
    is a bare sentence that reads as the story's. A caption with a credit element inside it
    keeps its own."""
    parent = el.getparent()
    if not text or parent is None or any(
            c is not el and isinstance(c.tag, str) and _CREDIT_CLASS.search(c.get("class") or "")
            for c in el.iter()):
        return text
    # next to the caption: a copyright line at the foot of a story's container that holds a
    # caption block is the page's, not the picture's (review 1127i)
    near = [c for c in (el.getprevious(), el.getnext()) if c is not None]
    beside = [c for c in parent if c is not el and isinstance(c.tag, str)
              and _CREDIT_CLASS.search(c.get("class") or "") and c in near]
    credit = _shown_text(beside[0]) if len(beside) == 1 else ""
    if not credit or len(credit) > _SIBLING_CREDIT_MAX_CHARS or credit in text:
        return text
    return f"{text} ({credit.strip('()')})"


def _with_bare_name_credit(text: str) -> str:
    """A caption closed by its photographer's bare name after the sentence, no mark between
    ("… fleeing shelling near the border. Heng Chivoan", a Drupal caption field), with the
    name in brackets, as a credit element's is put: bare, the caption reads as a story
    paragraph. Only for a caption the page marks as one (a figcaption or a caption's
    class) that the layout would not read as one as printed."""
    from according.article import line_kind

    match = _BARE_NAME_TAIL.search(text)
    if not match or line_kind(text) == "caption" or len(text[: match.start()].split()) < 6:
        return text
    if _ends_on_title(text[: match.start("name")]) or _is_viewer_button(match.group("name")):
        return text
    return f"{text[: match.start('name')].rstrip()} ({match.group('name')})"


def _ends_on_title(before: str) -> bool:
    """The text before a caption's closing name ends on a title's abbreviation ("… a rally
    with Gov.", "… talk with Mr."), whose stop ends no sentence: the name is the person the
    caption shows, not its photographer (review 1127i)."""
    words = before.split()
    return bool(words) and words[-1].rstrip(".").lower() in _TITLE_ABBREVIATIONS


def _is_viewer_button(name: str) -> bool:
    """A picture viewer's button text left in a caption ("Enlarge Image", "View Gallery"),
    not a photographer's name (review 1127i)."""
    return any(w.lower() in _VIEWER_WORDS for w in name.split())


_TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gov sen rep gen col capt cmdr lt sgt prof rev st mt pres supt insp cllr hon fr"
    " adm brig maj cpl pvt vs v co ave".split())  # and "vs. Real Madrid", "Co. Donegal"
# (a button's verbs and the viewer's nouns; not "Images", "Photo": "Getty Images", "Image
# Source", "Lens Photo" name agencies)
_VIEWER_WORDS = frozenset(
    "enlarge expand view close share open hide toggle zoom fullscreen gallery slideshow caption"
    .split())


# A name of two or three capitalised words closing a caption's finished sentence.
_BARE_NAME_TAIL = re.compile(r"[a-z\d)][.!?]\s+(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})$")
_SIBLING_CREDIT_MAX_CHARS = 60  # a credit names a taker and an agency, not a sentence


def _figcaption_text(el: Any) -> str:
    """A caption's text, its credit in brackets when the page prints the credit in an element
    of its own with no label ("A military enlistment office in Ufa" and, classed as the
    credit, "Name / Kommersant / Sipa USA", Meduza): the two would otherwise run together as
    one sentence with no credit in it."""
    credits = [c for c in el.iter() if c is not el and isinstance(c.tag, str)
               and _CREDIT_CLASS.search(c.get("class") or "")]
    from according.article import line_kind

    credit = _shown_text(credits[0]) if len(credits) == 1 else ""
    text = _shown_text(el)
    if credit and (bare := credit_without_address(credit)) != credit:
        # round 27: McClatchy's "Renée C. Byer rbyer@sacbee.com": the photographer's
        # address is no part of the credit
        text, credit = text[: len(text) - len(credit)].rstrip() + f" {bare}", bare
    # a caption that reads as one as printed keeps its form ("… afternoon. DARREN STONE,
    # TIMES COLONIST")
    if not credit or R.CAPTION_BRACKET.search(credit) or not text.endswith(credit) or (
            line_kind(text) == "caption"):
        return text
    caption = text[: len(text) - len(credit)].rstrip()
    if not caption or R.CAPTION_LEAD.match(caption) or caption.endswith(":"):
        return text  # "Photo: Name": the label already marks the credit
    return f"{caption} ({credit})"


def _shown_standfirst(shown: list[Any], paragraphs: list[str]) -> str | None:
    """The text of the element the page marks as its standfirst in the article's header
    (under the headline, before the story, in no sidebar: another story's dek in a list, an
    author's bio box or a widget's "Most Popular Today" is not this article's), unless it is
    one of the story's paragraphs further down or the story's lead printed in a summary box
    right above the rest of the story (then it is the lead, not a sub-heading)."""
    start, end = _header_span(shown, paragraphs)
    headline = shown[start] if shown and shown[start].tag == "h1" else None
    # the extraction may keep the lines over the headline (a document type, a day): the
    # story's paragraphs further down are those from two after the headline on
    titled = [i for i, p in enumerate(paragraphs[:_HEADLINE_SCAN]) if headline is not None
              and _norm(p) == _norm(_shown_text(headline))]
    later = {_norm(p) for p in paragraphs[(titled[0] if titled else 0) + 2:]}
    story = {id(node) for node in headline.iterancestors()} if headline is not None else set()
    for el in shown[start:end]:
        if _marked_standfirst(el) and not _chrome_standfirst(el, story) and (not _lead_box(
                el, shown, (start, end)) or _named_preamble(el)):
            text = _first_point(el) if _bullet_summary(el) else _standfirst_text(el)
            # a teaser cut off in a sidebar ("… Trust me, the air up...") summarises another
            # story; a dek may end in dots of its own ("… what a time to be alive...")
            teaser = text.endswith(("...", "…")) and _in_chrome(el, set())
            if (text and len(text.split()) <= STANDFIRST_MAX_WORDS and not teaser
                    and (_norm(text) not in later or _before_story(text, paragraphs, shown, end))):
                return text
    return None


# An element the page names for the story's place: "dateline", "city-name", "article-location"
# (a class's last word; a menu's "location-bar" is none).
# (an event's, a venue's or a job's location box names no place of the story's)
_DATELINE_CLASS = re.compile(r"(?:^|\s)(?!(?:event|venue|job|store|weather)s?[_-])(?:[\w-]*[_-])?"
                             r"(?:dateline|city|city-name|location)(?:$|\s)", re.IGNORECASE)
_DATELINE_MAX_WORDS = 4
# (an Indian paper's author box names the place filed from in a "place" span: Business
# Standard's "<span class='aut-place'>New Delhi</span>"; no ad slot's "ad-place", "ads-place",
# "adv-place", "banner-place" or a promotion's or sponsor's, review 1127g)
_DATELINE_PLACE_CLASS = re.compile(
    r"(?:^|\s)(?!(?:ads?|advert\w*|adv|banner|promo\w*|sponsor\w*|dfp|gpt)[_-])"
    r"(?:[\w-]*[_-])?place(?:$|\s)", re.IGNORECASE)


def _with_marked_dateline(hints: Metadata, shown: list[Any], paragraphs: list[str]) -> Metadata:
    """The story's place as the header marks it apart from the lede (The Tribune's
    "Tribune News Service <span class='city-name'>Tarn Taran</span>, Updated At : …"), when no
    dateline was given: a place's name alone in an element classed for it."""
    if hints.dateline:
        return hints
    for el in _under_headline(_header_elements(shown, paragraphs), shown):
        # (The Economist prints its place after a bar beside the day: "Mar 6th 2025|ACCRA")
        text = _shown_text(el).strip(" ,:-–—|")
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if ((_DATELINE_CLASS.search(marks) or _DATELINE_PLACE_CLASS.search(marks))
                and 1 <= len(text.split()) <= _DATELINE_MAX_WORDS
                and R.PLACE_SHAPE.match(text) and not any(c.isdigit() for c in text)
                and not R.ADVERT_LABEL.fullmatch(text)):
            return dataclasses.replace(hints, dateline=text)
        if (place := _meta_row_place(text)) is not None:
            return dataclasses.replace(hints, dateline=place)
    return hints


def _under_headline(header: list[Any], shown: list[Any]) -> list[Any]:
    """The header's elements after its h1 (a weather box's city or a top bar's "Doha | 27°C"
    over the masthead is none of the story's)."""
    h1 = next((i for i, el in enumerate(shown) if el.tag == "h1" and el in header), None)
    if h1 is None:
        return []
    after = {id(el) for el in shown[h1 + 1:]}
    return [el for el in header if id(el) in after]


_META_ROW_MIN_PIECES = 3


def _meta_row_place(text: str) -> str | None:
    """The place a header's meta row names between its bars, beside a stamp ("Our Special
    Correspondent | Calcutta | Published 03.12.25, 05:41 AM", The Telegraph; or between
    dashes, "Mexico City - Nov 26, 2026 - 23:10 EST", round 35's EL PAÍS): a piece the
    gazetteer of datelines knows, in a row of three pieces or more, one of them dated."""
    pieces = [p.strip() for part in R.BYLINE_SEPARATOR.split(text)
              for p in R.BYLINE_DASH.split(part) if p.strip()]
    if len(pieces) < _META_ROW_MIN_PIECES or not any(any(c.isdigit() for c in p) for p in pieces):
        return None
    return next((p for p in pieces if p.lower() in R.PLACES and p[:1].isupper()), None)


def _bullet_summary(el: Any) -> bool:
    """A summary box of points ("c-article-summary": Legit.ng's three bullets over the lead
    picture), a list of two items or more: the story in brief, not one sentence."""
    return len(_points(el)) >= 2


def _points(el: Any) -> list[Any]:
    return el.xpath("./li | ./ul/li | ./ol/li")


def _without_summary_points(shown: list[Any], paragraphs: list[str],
                            standfirst: str | None) -> list[str]:
    """The paragraphs without the points of the summary box whose first point is the
    standfirst ("- Gunmen have abducted …", "- The police said …"): the story in brief, which
    the extraction kept as lines over the lead, where they would read as the story's own."""
    if not standfirst:
        return paragraphs
    start, end = _header_span(shown, paragraphs)
    box = next((el for el in shown[start:end] if _marked_standfirst(el) and _bullet_summary(el)
                and _norm(_first_point(el)) == _norm(standfirst)), None)
    if box is None:
        return paragraphs
    # each point once, the box's copy over the lead: a story paragraph the box repeats
    # further down (a quote made a point) stays
    points = {_norm(_standfirst_text(li)) for li in _points(box)}
    kept = []
    for p in paragraphs:
        point = _norm(R.LIST_MARKER.sub("", p))
        if point in points:
            points.discard(point)
        else:
            kept.append(p)
    return kept


def _first_point(el: Any) -> str:
    """A summary box's first point, its standfirst as MailOnline's first bullet under the
    headline is (the points run together would read as one sentence they never were)."""
    return _standfirst_text(_points(el)[0])


def _before_story(text: str, paragraphs: list[str], shown: list[Any], story_at: int) -> bool:
    """The extraction kept the marked standfirst only above the story's first paragraph (a
    byline line between it and the headline): a dek the story does not repeat further down."""
    if story_at >= len(shown):
        return False
    first = _squashed(_shown_text(shown[story_at]))[:_LEAD_KEY_CHARS]
    at = next((i for i, p in enumerate(paragraphs) if first and _squashed(p).startswith(first)),
              None)
    return at is not None and all(_norm(p) != _norm(text) for p in paragraphs[at:])


def _described_subheading(shown: list[Any], description: str | None,
                          paragraphs: list[str]) -> str | None:
    """A sub-heading under the h1 (an unmarked h2, as some pages print their standfirst) that
    says what the page's description says, or the first one there when it is a sentence
    long: the standfirst, unless the story repeats it."""
    want = _unstopped(description or "")
    later = {_unstopped(p) for p in paragraphs[2:]}
    h1 = next((i for i, el in enumerate(shown) if el.tag == "h1"), None)
    if h1 is None:
        return None
    headings = [el for el in shown[h1 + 1:h1 + 1 + _SUBHEADING_SCAN]
                if el.tag in _SUBHEADING_TAGS]
    for el in headings:
        text = _shown_text(el)
        said = _unstopped(text)
        if said and said == want and said not in later:
            return text
    return (_described_header_paragraph(shown, want, paragraphs)
            or _sentence_subheading(shown, paragraphs, {_unstopped(p) for p in paragraphs}))


def _described_header_paragraph(shown: list[Any], want: str,
                                paragraphs: list[str]) -> str | None:
    """A paragraph of the article's header, between the headline and the story, that says
    word for word what the page's description says, in a box of its own (round 35's Context:
    "What's the context?" over that sentence and the story's points, under the picture): the
    standfirst, which the extraction dropped with the box. Not a caption, a link or a list's
    point, and not a paragraph the story goes on to print."""
    if not want or len(want.split()) < _SUMMARY_MIN_WORDS:
        return None
    start, end = _header_span(shown, paragraphs)
    if end >= len(shown) or shown[start].tag != "h1":
        return None  # no story found under a headline: no header to look in
    lead = next((k for k, p in enumerate(paragraphs) if _is_story_paragraph(p)), 0)
    story = {_unstopped(p) for p in paragraphs[lead:]}
    for el in shown[start + 1:end]:
        if el.tag != "p" or _in_picture(el) or _mostly_link(el):
            continue
        text = _standfirst_text(el)
        if _unstopped(text) == want and want not in story:
            return text
    return None


def _without_standfirst_box(shown: list[Any], paragraphs: list[str],
                            standfirst: str | None) -> list[str]:
    """The paragraphs without the rest of the header's box the standfirst is printed in,
    where the extraction kept it over the story: its heading ("What's the context?") and its
    points, the story in brief (round 35's Context)."""
    if not standfirst:
        return paragraphs
    start, end = _header_span(shown, paragraphs)
    if end >= len(shown) or not shown or shown[start].tag != "h1":
        return paragraphs
    own = next((el for el in shown[start + 1:end] if el.tag == "p"
                and _unstopped(_standfirst_text(el)) == _unstopped(standfirst)), None)
    box = own.getparent() if own is not None else None
    if box is None or box.tag not in _CONTAINERS or not _points(box):
        return paragraphs
    rest = {_norm(_standfirst_text(el)) for el in box if el is not own and isinstance(el.tag, str)
            and el.tag in _BOX_HEADINGS}
    rest |= {_norm(_standfirst_text(li)) for li in _points(box)}
    lead = next((k for k, p in enumerate(paragraphs) if _is_story_paragraph(p)), 0)
    return [p for k, p in enumerate(paragraphs)
            if k >= lead or _norm(R.LIST_MARKER.sub("", p)) not in rest]


# A box classed a summary ("css-summary", "summary"): under the h1, the page's dek (round 32:
# The New York Times' summary line, the South China Morning Post's one-point summary).
_SUMMARY_CLASS = re.compile(r"(?:^|[\s_-])summary(?:$|[\s_-])", re.IGNORECASE)
_SUMMARY_MIN_WORDS = 6
# A control classed a summary ("summary-toggle" on a button), no box of text
_CONTROL_TAGS = frozenset({"button", "a", "input", "label", "select", "form"})
# A summary box's note about itself: "This summary was generated by AI …", "AI-generated
# summary", "Show summary"
_SUMMARY_NOTE = re.compile(r"\bsummary\b|\bgenerated by ai\b|\bai[- ]generated\b",
                           re.IGNORECASE)


def _summary_under_headline(shown: list[Any], paragraphs: list[str]) -> str | None:
    """The text of a summary box straight under the story's h1, its one point when it is a
    list: the standfirst, unless the story below repeats it as a paragraph of its own. (A
    box after the stamp or the picture holds the lead; one of several points a live page's
    summary.)"""
    header = _header_elements(shown, paragraphs) if paragraphs else []
    h1 = next((el for el in header if el.tag == "h1"), None)
    if h1 is None:
        return None
    own = {id(el) for el in h1.iter()}
    after = [el for el in shown[shown.index(h1) + 1:] if id(el) not in own][:1]
    box = next((el for el in after if _SUMMARY_CLASS.search(el.get("class") or "")), None)
    if box is None or len(_points(box)) > 1 or box.tag in _CONTROL_TAGS:
        # a box of points is the story in brief (a live page's summary), no dek; a "Show
        # summary" button is no box (review 1127m)
        return None
    text = _standfirst_text(_points(box)[0]) if _points(box) else _summary_box_text(box)
    if _SUMMARY_NOTE.search(text):
        return None  # "This summary was generated by AI …": the box's note, no dek
    # the extraction may keep the box as a paragraph; the story repeating it keeps it twice
    repeated = [p for p in paragraphs if _unstopped(p) == _unstopped(text)][1:]
    if len(text.split()) < _SUMMARY_MIN_WORDS or repeated:
        return None
    return text


def _summary_box_text(box: Any) -> str:
    """A summary box's text without its heading ("In short", "Key points"): its paragraphs'
    when it holds a heading and paragraphs, else all of it (review 1127m)."""
    headed = box.xpath("./h2 | ./h3 | ./h4 | ./h5 | ./h6 | ./strong | ./b")
    paragraphs = box.xpath("./p")
    if headed and paragraphs:
        return " ".join(t for t in (_standfirst_text(p) for p in paragraphs) if t)
    return _standfirst_text(box)


def _sentence_subheading(shown: list[Any], paragraphs: list[str],
                         extracted: set[str]) -> str | None:
    """An h2 right under the story's headline that is a sentence long ("ALL-OF-SOCIETY: The
    annual drills this year would involve …"), without the stamp it may hold, which the
    extraction left out: the page's standfirst, whether or not the description repeats it.
    One the extraction kept (`extracted`) stays where the story's paragraphs put it (some test
    sets count a dek as main text); a short one ("Key points") is a section's heading, a link
    or a teaser cut off ("…") another story's."""
    header = _header_elements(shown, paragraphs) if paragraphs else []
    if not header or header[0].tag != "h1":
        return None
    at = shown.index(header[0])
    inside = {id(el) for el in header}
    heading = next((el for el in shown[at + 1:at + 1 + _SUBHEADING_SCAN]
                    if el.tag in _SUBHEADING_TAGS), None)
    if heading is None or heading.tag != "h2" or id(heading) not in inside:
        return None
    text = _standfirst_text(heading)
    linked = heading.find(".//a") is not None or any(
        a.tag == "a" for a in heading.iterancestors())
    if (len(text.split()) < _SUBHEADING_MIN_WORDS or linked or text.endswith(("...", "…"))
            or _unstopped(text) in extracted):
        return None
    return text


# a styled component's generated class and nothing else ("sc-4f5e6d-0 jKqWxP"): the box's
# name says nothing of what it holds
_WRITTEN_BY = re.compile(r"^(?:(?:written|words|reported) )?by\s+\S", re.IGNORECASE)
_STYLED_ONLY_CLASS = re.compile(r"^sc-[\w-]+(?: [A-Za-z]{5,8})?$")


def _hashed_dek_over_picture(shown: list[Any], paragraphs: list[str]) -> str | None:
    """A dek in a box named only by a styled component's hash, under the byline and over the
    story's lead picture, holding one paragraph the story does not print again (InSight
    Crime's "Written by …" line, then the dek, then the photo, then the story): the
    standfirst. A box straight over the story, no picture between, stays its lead."""
    start, end = _header_span(shown, paragraphs)
    if not shown or shown[start].tag != "h1":
        return None
    for at in range(start + 1, min(end + 1, len(shown))):
        el = shown[at]
        blocks = [c for c in el if isinstance(c.tag, str) and c.tag not in _INLINE]
        if (el.tag != "div" or not _STYLED_ONLY_CLASS.match(el.get("class") or "")
                or len(blocks) > 1 or blocks and blocks[0].tag != "p"):
            continue
        text = _standfirst_text(el)
        if (not _is_story_paragraph(text) or len(text.split()) > STANDFIRST_MAX_WORDS
                or sum(_norm(p) == _norm(text) for p in paragraphs) > 1
                or _unless_furniture(text) is None or _AD_LABEL.match(text)):
            continue  # (an advertisement or a prompt in the box is no dek)
        inside = {id(n) for n in el.iterdescendants()}
        after = [n for n in shown[at + 1:] if id(n) not in inside]
        first_p = next((i for i, n in enumerate(after) if n.tag == "p"), None)
        metas = any(_DATE_CLASS.search(f"{n.get('class') or ''} {n.get('id') or ''}")
                    or _WRITTEN_BY.match(_shown_text(n)) for n in shown[start + 1:at])
        if first_p and metas and any(n.tag == "figure" for n in after[:first_p]):
            return text
    return None


_AD_LABEL = re.compile(r"^(?:advertisement|advertising|sponsored|promoted|ad)\b", re.IGNORECASE)


def _unless_furniture(standfirst: str | None) -> str | None:
    """A sub-heading the furniture families name is none: a live page's second heading that
    invites the reader to follow ("Follow WION for the latest updates on the …war.")."""
    from according.article import line_kind

    return None if standfirst and line_kind(standfirst) == "boilerplate" else standfirst


def _unstopped(text: str) -> str:
    """The text normalised without its closing full stop: a description ends in one that the
    sub-heading it repeats does not print."""
    return _norm(text).rstrip(".")


_BOX_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _box_heading(child: Any, box: Any) -> bool:
    """A box's own heading over its paragraphs ("In short" over the dek): no part of the
    dek (review 1127m)."""
    return child.tag in _BOX_HEADINGS and bool(box.xpath("./p"))


def _standfirst_text(el: Any) -> str:
    """A marked standfirst's text without the byline and stamps the page put inside it (a
    WordPress "entry-subhead" box holding "by <name>" and the post's dates, a sub-heading
    ending in its date): nothing when that is all it holds."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        for child in node:
            if not (isinstance(child.tag, str) and (child.tag in _NOT_SHOWN or _DATE_CLASS.search(
                    f"{child.get('class') or ''} {child.get('id') or ''}")
                    or _box_heading(child, node))):
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    text = re.sub(r"\s+([,.;:])", r"\1", _clean(" ".join(parts)))
    return "" if _byline_only(text) or R.DATE_LINE.match(text) else text


_BY = re.compile(r"^[Bb][Yy]\s+")
_NAME_WORD = re.compile(r"(?:[A-Z][\w.'\u2019-]*|and|&|[|,])\s*")


def _byline_only(text: str) -> bool:
    """A byline alone: names after "by" ("by Ann Roe", "By Ann Roe and Joe Bloggs, Staff
    Writer"), then nothing or the post's date ("by Ann Roe on March 4, 2025", "By Ann Roe |
    Mar. 4, 2025"); not "By 2030, half of …", "By Tuesday, rescuers had …", "Bystanders …"."""
    by = _BY.match(text)
    if not by:
        return False
    pos = by.end()
    for _ in range(10):
        word = _NAME_WORD.match(text, pos)
        if not word:
            return False
        pos = word.end()
        rest = re.sub(r"^(?:on|[|•·–—-])\s*", "", text[pos:].strip())
        if not rest or R.DATE_LINE.match(rest):
            return True
    return False


def _marked_standfirst(el: Any) -> bool:
    """The element's class, id or name marks a standfirst; a picture's box is none ("lead-image",
    "intro-media": the story's lead picture and its caption)."""
    marks = f"{el.get('class') or ''} {el.get('data-gu-name') or ''} {el.get('id') or ''}"
    if el.tag in _PICTURE_TAGS or any(True for _ in el.iter(*_PICTURE_TAGS)):
        return False
    return bool(_STANDFIRST_CLASS.search(marks) or _TEASER_CLASS.search(marks)
                or _STANDFIRST_CLASS_NORDIC.search(marks))


def _chrome_standfirst(el: Any, story: set[int]) -> bool:
    """The marked standfirst is in a sidebar, menu or list of other stories: a box classed
    only as a teaser is judged by where it sits (its own class names a list's card too)."""
    if _TEASER_CLASS.search(el.get("class") or "") and el.getparent() is not None:
        # a teaser box that is mostly a link is a card of another story
        return _in_chrome(el.getparent(), story) or _mostly_link(el)
    return _in_chrome(el, story)


def _mostly_link(el: Any) -> bool:
    """Half or more of the element's text is inside links (or the element is one)."""
    text = len(_shown_text(el))
    linked = sum(len(_shown_text(a)) for a in el.iter("a"))
    inside_link = any(a.tag == "a" for a in el.iterancestors())
    return inside_link or text > 0 and linked * 2 >= text


# a box whose whole class is a teaser (Al-Monitor's "teaser" under the h1; "article-teaser"),
# not a card of another story ("teaser-card", "teaser__title" in a list)
_TEASER_CLASS = re.compile(r"(?:^|\s)(?:article-|story-)?teaser(?:$|\s)", re.IGNORECASE)


def _header_span(shown: list[Any], paragraphs: list[str]) -> tuple[int, int]:
    """Where the article's header runs in `shown`: from its headline (the last h1 before the
    story, the first one where the story is not found: a footer may hold one too; else the
    page's start) to the story's first paragraph (else the page's end)."""
    end = _story_start(shown, paragraphs) if paragraphs else len(shown)
    h1s = [i for i in range(end) if shown[i].tag == "h1"]
    return (h1s[-1] if end < len(shown) else h1s[0]) if h1s else 0, end


def _named_preamble(el: Any) -> bool:
    """The box is classed by the Nordic CMS word for a standfirst ("preamble", "ingress"):
    printed after the picture, right above the story, it is still the sub-heading (Sveriges
    Radio), not a lead box ("lead", Ukrinform, ERR)."""
    return bool(_STANDFIRST_CLASS_NORDIC.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _lead_box(el: Any, shown: list[Any], header: tuple[int, int]) -> bool:
    """A marked summary that is the story's lead: a sentence of a lead's length, finished
    with a stop (not dots), printed apart from the headline (the stamps, byline or picture
    between them) and right above the story's first paragraph, nothing shown between: a
    summary box after the picture, the story going on under it. A dek sits under the
    headline."""
    headline, story_at = header
    text = _shown_text(el)
    if (story_at >= len(shown) or not _is_story_paragraph(text) or text.endswith(("...", "…"))
            or shown[headline].tag != "h1"):
        return False
    at = shown.index(el)
    headed = {id(node) for node in (*shown[headline].iterdescendants(), *el.iterancestors())}
    if all(id(node) in headed for node in shown[headline + 1:at]):
        return False  # straight under the headline
    opening = {id(node) for node in shown[story_at].iterancestors()}
    inside = {id(node) for node in el.iterdescendants()}
    # the story's picture may sit between its lead and the rest (Ukrinform's "lead" box, then
    # the photo and its caption, then the story); a standfirst, dek or intro over the lead
    # picture is a standfirst
    picture_between = bool(_LEAD_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"))
    return all(id(node) in inside or id(node) in opening
               or (picture_between and _in_picture(node)) for node in shown[at + 1:story_at])


_LEAD_CLASS = re.compile(r"(?:^|[\s_-])lead(?:$|[\s_-])", re.IGNORECASE)


def _in_picture(el: Any) -> bool:
    """A picture's element or one inside a picture's box (a figure's caption)."""
    return el.tag in _PICTURE_TAGS or any(a.tag in _PICTURE_TAGS for a in el.iterancestors())


def _story_start(shown: list[Any], paragraphs: list[str]) -> int:
    """The index in `shown` of the element the story's first paragraph starts in (a
    standfirst the page marks as one is not that paragraph), else len(shown)."""
    standfirsts = {_norm(_shown_text(el)) for el in shown if _marked_standfirst(el)}
    lead = next((p for p in paragraphs if _is_story_paragraph(p)
                 and _norm(p) not in standfirsts), paragraphs[-1])
    first = _squashed(lead)[:_LEAD_KEY_CHARS]
    return next((i for i, el in enumerate(shown) if _starts_story(el, first)), len(shown))


def _header_elements(shown: list[Any], paragraphs: list[str]) -> list[Any]:
    """The shown elements before the story's first paragraph (the page's header), those
    under the headline first, none inside a sidebar, menu or footer: stamps after the story
    starts, or among other stories, are not the article's. A standfirst the page marks as
    one is not the story's first paragraph (stamps often follow it)."""
    end = _story_start(shown, paragraphs)
    headline = next((el for el in reversed(shown[:end]) if el.tag == "h1"), None)
    story = {id(node) for node in headline.iterancestors()} if headline is not None else set()
    header = [el for el in shown[:end] if not _in_chrome(el, story)]
    h1 = next((i for i, el in enumerate(header) if el.tag == "h1"), 0)
    return header[h1:] + header[:h1]


def _squashed(text: str) -> str:
    """The text without whitespace, case folded: "<b>WASHINGTON</b>— The" is shown as
    "WASHINGTON — The" but extracted as "WASHINGTON— The" (and without the zero-width marks
    and soft hyphens a page may hold, a zero-width joiner before "iPhone", that the
    extraction drops)."""
    return "".join(_ZERO_WIDTH.sub("", text).split()).casefold()


def _starts_story(el: Any, first: str) -> bool:
    """The element is where the story's first paragraph starts: a paragraph, list item or
    block whose text begins with it (the page's own text or that of its first line)."""
    if el.tag not in _STORY_BLOCKS:
        return False
    own = _squashed(el.text or "")
    if own and len(own) >= len(first):
        return own.startswith(first)
    return _squashed(_shown_text(el)).startswith(first) if el.tag in ("p", "li") else False


def _in_chrome(el: Any, story: set[int]) -> bool:
    """The element is in a sidebar, menu, footer or list of other stories, or in the site's
    banner. A container of the headline (`story`, the ids of the headline's ancestors) is
    none of these whatever its class says: "pg-rail-tall", "with-sidebar-right" name the
    layout of a page that has a rail beside its story, and a `<header role="banner">` holding
    the headline is the article's header (an `<aside>`, `<nav>` or `<footer>` stays chrome: a
    widget's "<h1>Most read</h1>" is no headline)."""
    nodes = (el, *el.iterancestors())
    for node in nodes:
        if id(node) in story and node.tag not in _CHROME_TAGS:
            continue
        if node.tag in _CHROME_TAGS or _CHROME_CLASS.search(
                f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return any(_is_site_banner(node, nodes[i + 1:]) for i, node in enumerate(nodes)
               if id(node) not in story)


def _is_site_banner(node: Any, ancestors: tuple[Any, ...]) -> bool:
    """The site's banner (a `<header>` outside any article, without the headline, or a
    role="banner"): its date is the day the page was served, not the article's."""
    if node.get("role") == "banner":
        return True
    return (node.tag == "header" and not any(a.tag in ("article", "main") for a in ancestors)
            and node.find(".//h1") is None)


def _is_story_paragraph(text: str) -> bool:
    return len(text.split()) >= LEAD_MIN_WORDS and bool(R.SENTENCE_END.search(text))


def _shown_stamps(elements: list[Any]) -> Iterator[tuple[str, str | None]]:
    """Date lines shown on the page ("Tue 1 Jul 2025 14.05 BST"), in page order, each with
    the machine-readable time of its `<time datetime>` element, if any."""
    for el in elements:
        hinted = el.tag == "time" or _DATE_CLASS.search(f"{el.get('class')} {el.get('id')}")
        if len(el) and not (hinted and len(el) <= _STAMP_MAX_CHILDREN):
            # only leaves, and small elements that say they hold a date, are read whole; a
            # block of short lines ("News24<br>13 Jan 2020, 22:11 GMT+10") line by line
            # (a line with a time or a publication label: a bare day on a line of a caption
            # or credit, "Archive photo<br>12 March 2019", is not the story's stamp)
            yield from ((line, None) for line in _broken_lines(el)
                        if len(line) <= _STAMP_MAX_CHARS and R.DATE_LINE.match(line)
                        and (R.TIME_IN_STAMP.search(line) or R.PUBLICATION_PREFIX.match(line)))
            continue
        text = _LEADING_MARK.sub("", _shown_text(el) if len(el) else _clean(el.text or ""))
        machine = (el.get("datetime") or "").strip() if el.tag == "time" else ""
        if el.tag == "time" and R.UPDATE_PREFIX.match(_label_before(el)) \
                and not R.UPDATE_PREFIX.match(text):
            # "Updated <time>February 4 2025 - 5:30pm</time>, first published <time>3:00pm
            # </time>": the label before a `<time>` says which time it is
            text = f"Updated {text}"
        if len(text) > _STAMP_MAX_CHARS:
            continue
        if not R.DATE_LINE.match(text):
            text = _without_byline(text)
        if R.DATE_LINE.match(text):
            yield text, machine or None
        elif parts := [p for p in R.STAMP_SPLIT.split(text) if R.DATE_LINE.match(p)]:
            yield from ((part, None) for part in parts)  # "Updated: … / Published: …"
        elif _ISO_START.match(machine) and R.TIME_ONLY_LINE.match(text):
            # "3 hours ago" shown, the time itself in the markup; an update stays one
            label = "Updated " if R.UPDATE_PREFIX.match(text) else ""
            yield label + machine, machine


def _label_before(el: Any) -> str:
    """The text the page prints right before an element, within its parent ("Updated" before
    a `<time>`), as far back as the previous element."""
    prev, parent = el.getprevious(), el.getparent()
    before = prev.tail if prev is not None else parent.text if parent is not None else ""
    return _clean(before or "")


# A separator the page puts before a stamp, after the byline it follows ("/June 12, 2020").
_LEADING_MARK = re.compile(r"^(?:[/|•·–—]|-(?=\s))\s*")


def _without_byline(line: str) -> str:
    """A meta line without the byline around its stamp ("By Jane Doe on March 4, 2025",
    "Posted on March 4, 2025 by admin"): the stamp, kept with its label."""
    line = R.STAMP_BYLINE_AFTER.sub("", line)
    return R.STAMP_BYLINE_BEFORE.sub("", line)


def _broken_lines(el: Any) -> list[str]:
    """The lines of a small block whose children are only line breaks and inline text
    ("<p>News24<br>13 Jan 2020, 22:11 GMT+10</p>"), or nothing for any other element."""
    if (el.tag not in _LINE_BLOCKS or len(el) > _STAMP_MAX_CHILDREN
            or not any(child.tag == "br" for child in el)
            or any(not isinstance(child.tag, str) or child.tag not in _INLINE for child in el)):
        return []
    lines, current = [], [el.text or ""]
    for child in el:
        if child.tag == "br":
            lines.append(" ".join(current))
            current = [child.tail or ""]
        else:
            current.append(_shown_text(child))
            current.append(child.tail or "")
    lines.append(" ".join(current))
    return [line for line in map(_clean, lines) if line]


def _published(page: _Page, doc: object, paragraphs: list[str]) -> tuple[str | None, str | None]:
    """(UTC time, the stamp as the page wrote it) by the cascade in the module docstring."""
    header = _header_elements(page.shown, paragraphs)
    stamps = list(_shown_stamps(header))
    shown = [(text, machine) for text, machine in stamps if not R.UPDATE_PREFIX.match(text)]
    for stamp in _timed_over_day_only([*_json_ld_dates(page.root), *_meta_dates(page.root),
                                       *(m for _, m in shown if m)]):
        utc = _readable(stamp, page)
        if utc and _is_live_blog(page.root):
            # a live blog's later days are its posts: it is published when its coverage began
            return _as_shown(utc, stamp, page, shown, header)
        if utc:
            return (_shown_original(utc, page, shown) or _shown_last_change(utc, page, shown)
                    or _shown_update(utc, page, stamps)
                    or _as_shown(utc, stamp, page, shown, header))
    for text, _ in shown + [s for s in stamps if s not in shown]:  # an update as last resort
        utc = published_utc(text, style=style_for_stamp(text, page.dates, page.address))
        if utc:
            return _timed(text, shown, page) or (utc, stamp_as_written(text))
    guess = getattr(doc, "date", None)
    if guess and _year_only(guess, page.root):
        return None, None
    return (published_utc(guess) if guess else None), None


def _timed_over_day_only(stamps: list[str]) -> list[str]:
    """The machine-readable stamps in order, less those that give only a day ("2025-10-28",
    an OHCHR page's WebPage datePublished) when another gives that day with its time
    ("2025-10-28T11:30:00+01:00", its article:published_time): the day-only one would read
    as midnight UTC."""
    timed_days = {s.strip()[:10] for s in stamps if R.TIME_IN_STAMP.search(s)}
    return [s for s in stamps
            if R.TIME_IN_STAMP.search(s) or not _ISO_DAY.match(s.strip())
            or s.strip()[:10] not in timed_days]


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_NEW_YEAR_SHOWN = re.compile(r"\b(?:jan(?:uary|\.)?\s+1(?:st)?\b|1(?:st)?\s+jan(?:uary)?\b"
                             r"|\d{4}-01-01|01/01/\d{2,4}|1/1/\d{2,4})", re.IGNORECASE)


def _year_only(guess: str, root: Any) -> bool:
    """trafilatura's last guess is a year's first day that the page shows nowhere: the year
    of its copyright line ("Copyright 2025" -> 2025-01-01), no day of publication."""
    if not re.match(r"^\d{4}-01-01\b", guess) or root is None:
        return False
    shown = " ".join(root.itertext()) + " ".join(
        str(v) for v in root.xpath("//meta/@content | //time/@datetime"))
    return not _NEW_YEAR_SHOWN.search(shown)


def _timed(stamp: str, shown: list[tuple[str, str | None]],
           page: _Page) -> tuple[str, str] | None:
    """For a stamp without a time ("Published On 4 Feb 2025"), another stamp of the header
    naming the same day with its time ("4 Feb 2025 08:15 GMT"), or None."""
    if R.TIME_IN_STAMP.search(stamp):
        return None
    style = style_for_stamp(stamp, page.dates, page.address)
    day = published_local(stamp, style=style)
    for text, _ in shown:
        if not R.TIME_IN_STAMP.search(text) or ambiguous_day(text):
            continue
        local = published_local(text, style=page.dates)
        utc = published_utc(text, style=page.dates)
        if local and day and utc and local.date() == day.date():
            return utc, stamp_as_written(text)
    return None


def _shown_original(utc: str, page: _Page,
                    shown: list[tuple[str, str | None]]) -> tuple[str, str] | None:
    """The header's own publication stamp, when the markup's "published" time is the page's
    last change (the same instant as its modified time) and the header shows an earlier day
    that is not that instant in another zone ("January 19, 2020 / 12:25 PM / Updated 8 hours
    ago" beside an article:published_time equal to article:modified_time a day later)."""
    chosen = datetime.fromisoformat(utc)
    if not any(published_utc(value) == utc for value in _modified_dates(page.root)):
        return None
    if any(_names_instant(stamp, chosen, page.dates, local_clock=True)
           for text, machine in shown for stamp in (text, machine) if stamp):
        return None  # the header shows the chosen time: it is the publication's
    # the chosen instant's day anywhere on Earth is no earlier than this
    earliest = (chosen - timedelta(hours=14)).date()
    for text, _ in shown:
        style = style_for_stamp(text, page.dates, page.address)
        local = published_local(text, style=style) if not ambiguous_day(text) else None
        if local is None or _offset_of(text, chosen, page.dates) is not None:
            continue
        timed = bool(R.TIME_IN_STAMP.search(text))
        if not (timed or R.PUBLICATION_PREFIX.match(text)):
            continue  # a bare day ("Date: March 1, 2025" of an event) may be any day's
        if local.date() < (chosen.date() if timed else earliest):
            return published_utc(text, style=style) or utc, stamp_as_written(text)
    return None


def _shown_last_change(utc: str, page: _Page,
                       shown: list[tuple[str, str | None]]) -> tuple[str, str] | None:
    """The page's last change, when that is the one day its header shows: every stamp the
    header shows (none labelled as an update) names the same day, that day is the day of
    the page's modified time, and it is later than the markup's published time's day
    anywhere on Earth ("Monday, 6 January 2020" under the headline, beside a JSON-LD
    datePublished of 3 January and a dateModified of 6 January): the page dates itself by
    its last change, so its day is that one (the modified time, written as shown). A
    relative time ("3 days ago" over the modified time's datetime) shows no day: alone it
    does not outweigh the markup's published time."""
    # a relative time comes as its datetime alone (see _shown_stamps)
    shown = [(text, machine) for text, machine in shown
             if not (text == machine and _ISO_START.match(text))]
    if not shown or any(ambiguous_day(text) for text, _ in shown):
        return None
    days = {local.date() if local else None for local in (
        published_local(text, style=style_for_stamp(text, page.dates, page.address))
        for text, _ in shown)}
    day = days.pop() if len(days) == 1 else None
    if day is None or day <= (datetime.fromisoformat(utc) + timedelta(hours=14)).date():
        return None
    for value in _modified_dates(page.root):
        local = published_local(value, style=page.dates)
        changed = published_utc(value, style=page.dates)
        if local and changed and local.date() == day:
            return changed, stamp_as_written(shown[0][0])
    return None


def _shown_update(utc: str, page: _Page,
                  stamps: list[tuple[str, str | None]]) -> tuple[str, str] | None:
    """The page's update, when its header shows no date but that ("Updated May 06, 2019",
    "Last updated on 20 Feb, 2020", "Updated 2010 GMT (0410 HKT) March 14, 2021"), on one
    day later than the markup's published time's day anywhere on Earth: the page dates
    itself by its last change, so its day is that one (the modified time of that day if the
    markup has one, else the update's own time; written as shown)."""
    if not stamps or not all(R.UPDATE_PREFIX.match(text) for text, _ in stamps):
        return None
    if _states_original(utc, page):
        return None
    if any(ambiguous_day(text) for text, _ in stamps):
        return None
    locals_ = [published_local(text, style=style_for_stamp(text, page.dates, page.address))
               for text, _ in stamps]
    days = {local.date() if local else None for local in locals_}
    day = days.pop() if len(days) == 1 else None
    if day is None or day <= (datetime.fromisoformat(utc) + timedelta(hours=14)).date():
        return None
    text = stamps[0][0]
    for value in _modified_dates(page.root):
        local = published_local(value, style=page.dates)
        changed = published_utc(value, style=page.dates)
        if local and changed and local.date() == day:
            return changed, stamp_as_written(text)
    changed = published_utc(text, style=style_for_stamp(text, page.dates, page.address))
    return (changed, stamp_as_written(text)) if changed else None


def _states_original(utc: str, page: _Page) -> bool:
    """The page says elsewhere when the story first appeared ("This story was originally
    published March 5, 2025.", at its foot), on the markup's published time's day in a zone
    within 12 hours of UTC: it does not date itself by its last change."""
    chosen = datetime.fromisoformat(utc)
    days = {(chosen - _ZONE_WEST).date(), chosen.date(), (chosen + _ZONE_EAST).date()}
    for el in page.shown:
        if len(el) and el.tag not in _BLOCKS:
            continue  # a block, or a leaf ("<em>", "<span>"), is read whole
        text = _shown_text(el) if len(el) else _clean(el.text or "")
        if len(text) > _ORIGINAL_MAX_CHARS or not (match := R.ORIGINAL_PUBLICATION.search(text)):
            continue
        stamp = match["stamp"]
        style = style_for_stamp(stamp, page.dates, page.address)
        local = published_local(stamp, style=style) if not ambiguous_day(stamp) else None
        if local and local.date() in days:
            return True
    return False


def _modified_dates(root: Any) -> list[str]:
    """The page's machine-readable times of its last change."""
    if root is None:
        return []
    return [*_json_ld_dates(root, ("dateModified",)),
            *(str(v) for path in _MODIFIED_DATES for v in root.xpath(path) if str(v).strip())]


def _readable(stamp: str, page: _Page) -> str | None:
    """The stamp in UTC, or None; one out of range is noted among the page's warnings."""
    utc = published_utc(stamp, style=page.dates)
    if utc is None and stamp_out_of_range(stamp):
        page.warnings.append(f"publication time {stamp.strip()!r} in the page is out of range;"
                             " ignored")
    return utc


def _as_shown(utc: str, stamp: str, page: _Page, shown: list[tuple[str, str | None]],
              header: list[Any]) -> tuple[str, str]:
    """The chosen time, and as its `published_text` the page's own local stamp of it, so the
    article's local day can be read back ("Nov. 8, 2023, 10:28 p.m. ET" for
    "2023-11-09T03:28:35Z"): a stamp the header shows naming the same minute (in its zone,
    or in local time without a zone), the same instant shown anywhere else on the page (a
    byline box after the lead), or the page's other machine-readable stamps of it. A stamp
    whose numeric day reads both ways ("02/11/2023") is not used: the record does not say
    how the page writes dates. A markup time without a zone takes the zone of a header
    stamp showing the same clock time with one ("2024-03-05T23:30:00" beside "March 5, 2024
    11:30 PM EST"): the page says where its clock is, so that is the instant."""
    chosen = datetime.fromisoformat(utc)
    found = (_zoned_by_header(stamp, shown, page)
             or _agreeing_stamp(shown, chosen, utc, page, local_clock=True))
    if found:
        return found
    if _offset_of(stamp, chosen, page.dates) != timedelta(0):
        return utc, stamp.strip()  # the stamp itself gives the local clock
    header_ids = {id(el) for el in header}
    rest = [s for s in _shown_stamps([el for el in page.shown if id(el) not in header_ids])
            if not R.UPDATE_PREFIX.match(s[0])]
    found = _agreeing_stamp(rest, chosen, utc, page, local_clock=False)
    if found:
        return found
    for value in _machine_stamps(page.root):
        if _offset_of(value, chosen, page.dates):
            return utc, value.strip()
    return _shown_local_day(utc, shown, page) or (utc, stamp.strip())


# How far from UTC a page's clock may be to show another day than the UTC one: the zones run
# from UTC-12 to UTC+14, but a header day a whole day ahead of a UTC morning is more often a
# print or served day than one of the few zones past UTC+12 (a guard page has one).
_ZONE_WEST, _ZONE_EAST = timedelta(hours=12), timedelta(hours=12)


def _shown_local_day(utc: str, shown: list[tuple[str, str | None]],
                     page: _Page) -> tuple[str, str] | None:
    """The chosen time, written as the header's first stamp when that shows only a day
    ("March 5, 2024" beside a markup time of "2024-03-06T04:30:00Z"), and that day is not
    the time's UTC day but its day in a zone of the Earth (an evening in the Americas, a
    morning in Asia): the page's own day, which the UTC time alone would move. None when
    the header's first stamp has a time, reads both ways or names another day, or when the
    time is midnight to the second (a day written as a time: "2016-11-28T00:00:00Z")."""
    chosen = datetime.fromisoformat(utc)
    if not shown or chosen.time() == time(0) or R.TIME_IN_STAMP.search(shown[0][0]):
        return None
    text = shown[0][0]
    if ambiguous_day(text):
        return None
    local = published_local(text, style=style_for_stamp(text, page.dates, page.address))
    day = local.date() if local else None
    if day and day != chosen.date() and day in {(chosen - _ZONE_WEST).date(),
                                                (chosen + _ZONE_EAST).date()}:
        return utc, stamp_as_written(text)
    return None


def _zoned_by_header(stamp: str, shown: list[tuple[str, str | None]],
                     page: _Page) -> tuple[str, str] | None:
    """(UTC, as written) of the first header stamp with a zone east or west of UTC showing
    the clock time of `stamp`, a time without a zone, to the minute, else of the first such
    machine-readable stamp of the page; None when `stamp` has a zone or no time. (A stamp in
    UTC showing that clock says the time is UTC, as it is read already.)"""
    if is_instant(stamp) or not R.TIME_IN_STAMP.search(stamp):
        return None
    clock = published_local(stamp, style=page.dates)
    for text in [text for text, _ in shown] + _machine_stamps(page.root):
        if ambiguous_day(text) or not is_instant(text):
            continue
        local = published_local(text, style=page.dates)
        if clock and local and local.utcoffset() and abs(
                (local.replace(tzinfo=None) - clock.replace(tzinfo=None)).total_seconds()) < 60:
            # the markup's clock (to its second) in the zone the other stamp names
            instant = clock.replace(tzinfo=local.tzinfo, microsecond=0).astimezone(UTC)
            return instant.isoformat(), stamp_as_written(text)
    return None


def _agreeing_stamp(candidates: list[tuple[str, str | None]], chosen: datetime, utc: str,
                    page: _Page, *, local_clock: bool) -> tuple[str, str] | None:
    """(UTC, as written) of the first shown stamp naming the chosen instant, or None."""
    for text, machine in candidates:
        if ambiguous_day(text):
            continue  # "02/11/2023" read back without the page would be another day
        if _names_instant(text, chosen, page.dates, local_clock=local_clock):
            exact = published_utc(text, style=page.dates) if is_instant(text) else None
            return exact or utc, stamp_as_written(text)
        if machine and _names_instant(machine, chosen, page.dates, local_clock=True):
            written = text if R.TIME_IN_STAMP.search(text) else machine
            return utc, stamp_as_written(written)
    return None


def _names_instant(stamp: str, chosen: datetime, style: DateStyle, *, local_clock: bool) -> bool:
    """The stamp names the chosen instant: to the minute in its own zone, or (`local_clock`)
    without a zone at the same minute a whole or half number of hours from UTC."""
    offset = _offset_of(stamp, chosen, style)
    return offset is not None and (offset == timedelta(0) or local_clock
                                   or is_instant(stamp))


def _offset_of(stamp: str, chosen: datetime, style: DateStyle) -> timedelta | None:
    """How far the stamp's local clock is from UTC if it names the chosen instant, else None.

    A stamp with a zone names it when it is the same instant to the minute; one with a time
    but no zone ("2023-11-08 22:35:29", "February 24, 2020 | 9:25pm") when its clock differs
    from UTC by a whole or half number of hours, at most 14 (then that is its offset)."""
    if not R.TIME_IN_STAMP.search(stamp):
        return None
    local = published_local(stamp, style=style) if len(stamp) <= _STAMP_MAX_CHARS else None
    if local is None:
        return None
    if is_instant(stamp):
        close = abs((local - chosen).total_seconds()) < 60
        return local.utcoffset() if close else None
    drift = (local.replace(tzinfo=None) - chosen.replace(tzinfo=None)).total_seconds()
    off = drift % 1800
    if abs(drift) <= 14 * 3600 and min(off, 1800 - off) < 60:
        return timedelta(seconds=1800 * round(drift / 1800))
    return None


def _machine_stamps(root: Any) -> list[str]:
    """Every machine-readable time of the page: JSON-LD publication fields, meta contents
    and `<time datetime>` values that look like ISO dates."""
    if root is None:
        return []
    values = [*_json_ld_dates(root, _MACHINE_FIELDS),
              *(str(v) for v in root.xpath("//meta/@content|//time/@datetime"))]
    return [v for v in values if _ISO_START.match(v.strip())]


def _json_ld_dates(root: Any, fields: tuple[str, ...] = ("datePublished",)) -> list[str]:
    """`datePublished` (or other `fields`) of the page's objects in JSON-LD, articles
    first, the items of a list (other stories: "related", "most read") after everything
    else."""
    if root is None:
        return []
    found: list[tuple[int, str]] = []
    for obj, listed in _json_ld_objects(root):
        for value in (obj.get(name) for name in fields):
            if not isinstance(value, str) or not value.strip():
                continue
            kind = obj.get("@type")
            kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            rank = (0 if _ARTICLE_TYPES.search(kinds)
                    else 1 if _PAGE_TYPES.search(kinds) else 2)
            found.append((rank + 3 * listed, value))
    return [value for _, value in sorted(found, key=lambda pair: pair[0])]


def _json_ld_objects(root: Any) -> Iterator[tuple[dict, bool]]:
    """The objects of every JSON-LD script of the page (one that does not parse is
    skipped), each with whether it is an item of a list."""
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(_JSON_LD_WRAPPER.sub("", script.text or ""))
        except ValueError:
            continue
        yield from _json_objects(data)


def _json_objects(data: object, depth: int = 0,
                  listed: bool = False) -> Iterator[tuple[dict, bool]]:
    """The JSON-LD objects in `data`, each with whether it is an item of a list."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item, depth + 1, listed)
    elif isinstance(data, dict):
        yield data, listed
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _json_objects(data[key], depth + 1, listed)
        for key in ("itemListElement", "item"):
            if key in data:
                yield from _json_objects(data[key], depth + 1, True)


def _without_post_headlines(root: Any, paragraphs: list[str]) -> list[str]:
    """The paragraphs without a live blog's post headlines, those its JSON-LD names as its
    updates' headlines ("Nashville Electric Service says repairs could take days" over its
    post): a post's title says what the post reports, and a title with "says" would read as
    the story's own report."""
    if root is None:
        return paragraphs
    titles = {_norm(h) for obj, _ in _json_ld_objects(root) for h in _update_headlines(obj)}
    if not titles:
        return paragraphs
    kept = paragraphs[:1] + [p for p in paragraphs[1:] if _norm(p) not in titles]
    return kept if len(kept) > len(paragraphs) // 2 else paragraphs


# A link's text that ends a sentence: a paragraph written as a link, not another story's title.
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)]*$")
_LINK_TITLE_MIN_WORDS = 4


def _without_link_paragraphs(shown: list[Any], paragraphs: list[str]) -> list[str]:
    """The paragraphs without those the page prints as one link to another page and nothing
    else, a title without a sentence's stop ("<p><a href='/…/drought-in-sonora.html'>Sonora's
    drought pits farmers against factories</a></p>" between the story's paragraphs, round 35's
    EL PAÍS): another story's title, which would read as a subhead or the story's own line."""
    titles = {_norm(text) for el in shown if el.tag == "p" and (text := _link_title(el))}
    if not titles:
        return paragraphs
    kept = [p for p in paragraphs if _norm(p) not in titles]
    return kept if 2 * len(kept) >= len(paragraphs) else paragraphs


def _link_title(el: Any) -> str | None:
    """The text of a paragraph that is one link to another page (through inline marks only:
    "<p><strong><a …>…</a></strong></p>"), when it reads as a title; else None."""
    node = el
    while True:
        if (node.text or "").strip() or len(node) != 1 or (node[0].tail or "").strip():
            return None
        node = node[0]
        if not isinstance(node.tag, str) or node.tag not in _INLINE or node.tag == "br":
            return None
        if node.tag == "a":
            break
    href = (node.get("href") or "").strip()
    text = _shown_text(node)
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    if len(text.split()) < _LINK_TITLE_MIN_WORDS or _SENTENCE_END.search(text):
        return None
    return text


def _update_headlines(obj: dict) -> list[str]:
    updates = obj.get("liveBlogUpdate")
    items = updates if isinstance(updates, list) else [updates] if updates else []
    # a headline ending with a full stop is a post's own text, which a CMS fills the headline
    # of an untitled post with: the paragraph stays
    return [u["headline"] for u in items if isinstance(u, dict)
            and isinstance(u.get("headline"), str) and u["headline"].strip()
            and not u["headline"].rstrip().rstrip("\"”’'").endswith(".")]


def _is_live_blog(root: Any) -> bool:
    """Whether the page's JSON-LD calls its article a live blog (a LiveBlogPosting, or an
    object with a coverageStartTime), not an item of a list."""
    if root is None:
        return False
    for obj, listed in _json_ld_objects(root):
        kind = obj.get("@type")
        kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
        if not listed and (R.LIVE_BLOG_TYPE.search(kinds) or "coverageStartTime" in obj):
            return True
    return False


def _meta_dates(root: Any) -> list[str]:
    if root is None:
        return []
    return [str(v) for path in _META_DATES for v in root.xpath(path) if str(v).strip()]


def _page_hints(page: _Page, doc: object, paragraphs: list[str],
                standfirst: str | None) -> Metadata:
    published, published_text = _published(page, doc, paragraphs)
    author = getattr(doc, "author", None) or ""
    metas = _author_metas(page.root)
    marked = [*_json_ld_author_names(page.root),
              *(one for m in metas if not _is_address(m) for one in each_person(m))]
    # names trafilatura made of an address given as author ("www.facebook.com/marisakendallnews"
    # -> "Www Facebook Com", "Marisakendallnews") are no writers
    from_addresses = [_letters(m) for m in metas if _is_address(m)]
    named = {_letters(m) for m in marked}
    author = ";".join(a for a in _AUTHOR_SPLIT.split(author) if _letters(a) in named
                      or not any(_letters(a) in url for url in from_addresses))
    # "Ann Roe, New Delhi" as author meta, split by trafilatura at its comma: the place the
    # writer filed from, which no meta names as a person, is no writer
    author = ";".join(a for a in _AUTHOR_SPLIT.split(author)
                      if _letters(a) in named or not is_place_filed_from(a))
    author = _without_post_writers(author, page.root, metas)
    # a fact check's ClaimReview names whoever made the claim as its item's author: no writer
    claimants = {_letters(c) for c in _json_ld_claimants(page.root)}
    author = ";".join(a for a in _AUTHOR_SPLIT.split(author) if _letters(a) not in claimants)
    site = _site_name(page.root, getattr(doc, "sitename", None) or None,
                      getattr(doc, "title", None))
    site = _address_publisher(page.root, page.address, site) or site
    site = _carried_publisher(page.root, site) or site
    site = _publishing_organisation(page.root) or _without_newsroom(site) or site  # round 31
    outlet = _site_outlet(site, page.address)
    # round 31: a release's sender given as author with its legal form ("Hearthline
    # Appliances, Inc." in a wire's author meta) is a company, no writer
    author = _without_company_authors(author, metas)
    people = _json_ld_people(page.root)
    byline = page_byline([_as_printed(_as_marked(a, marked), page.root)
                          for a in _AUTHOR_SPLIT.split(author) if a],
                         people, (site, outlet, *_json_ld_publishers(page.root)),
                         also=_co_writers(page.root, people))
    byline = _as_organisation(byline, _json_ld_organisation_authors(page.root))
    byline = _as_slashed_organisation(byline, _json_ld_organisation_authors(page.root))
    byline = _without_site_desks(byline, _json_ld_organisation_authors(page.root),
                                 (*_og_site_names(page.root), site, outlet))
    byline = _without_mailed_organisations(byline, _json_ld_organisation_authors(page.root))
    byline = _without_organisation_tails(byline, _json_ld_organisation_authors(page.root))
    byline = byline or _shown_bold_byline(page.shown, paragraphs)
    byline = byline or _shown_by_line(page.shown, paragraphs)
    byline = byline or _shown_byline_element(page.shown, paragraphs)
    if byline and all(map(_is_wire, byline)):
        # a regional paper's copy of a wire story names its agency as author, its writer in
        # the byline it shows: "By Rachel Okonjo Associated Press"
        byline = (*_shown_wire_writers(page.shown, paragraphs), *byline)
    sites = (*_og_site_names(page.root), site, outlet, *address_names(page.address))
    return Metadata(
        headline=headline_without_site(getattr(doc, "title", None) or None, sites, byline),
        standfirst=standfirst,
        byline=byline,
        published=published,
        published_text=published_text,
        outlet=outlet,
        credits=_shown_source_wires(page.shown, paragraphs),
    )


def _shown_source_wires(shown: list[Any], paragraphs: list[str]) -> tuple[str, ...]:
    """The wires a sources line or a desk's byline in the page's header names ("Source: SBS
    News, AAP" under the byline, "Africanews with AFP" over the headline), which the
    extraction may leave out."""
    header = _header_elements(shown, paragraphs) if paragraphs else []
    found = (w for el in header if len(el) <= _STAMP_MAX_CHILDREN and not _in_picture(el)
             for w in _header_line_wires(_shown_text(el)))
    return tuple(dict.fromkeys(found))


def _header_line_wires(text: str) -> list[str]:
    from according.article.body import source_wires, wires_named

    joined = R.BYLINE_WITH.match(text) if len(text.split()) <= _DESK_WITH_MAX_WORDS else None
    return source_wires(text) or (wires_named(joined.group("with")) if joined else [])


def _is_wire(name: str) -> bool:
    said = _clean(name).upper()
    return said in R.WIRES or re.sub(r"^THE ", "", said) in R.WIRE_BY_NAME


def _shown_wire_writers(shown: list[Any], paragraphs: list[str]) -> tuple[str, ...]:
    """The writer a wire story's byline in the page's header names before the wire ("By
    Rachel Okonjo Associated Press", "By Ann Roe, Reuters"), if one does."""
    for el in _header_elements(shown, paragraphs) if paragraphs else []:
        found = R.WIRE_WRITER_BYLINE.match(_shown_text(el))
        if found:
            return (found.group("name"),)
    return ()


def _site_name(root: Any, found: str | None, title: str | None = None) -> str | None:
    """The site's name: the one the extraction found, unless that is a media group's (the
    JSON-LD publisher "Nation Media Group", "Postmedia Network Inc.") and the page's
    og:site_name names the title itself ("The EastAfrican", "Vancouver Sun")."""
    own = next(iter(_og_site_names(root)), None)
    if found and "://" in found:
        found = None  # an address in twitter:site ("@https://twitter.com/ramsnfl")
    if own and found and _norm(own) != _norm(found) and (
            R.MEDIA_GROUP_NAME.search(found) or _OWNER_NAME.search(found)):
        return own
    if found and " " not in found:
        # a handle's run-together words ("TheRegister", from twitter:site) as the page's
        # og:site_name or JSON-LD publisher spells them ("The Register")
        spaced = (n for n in (own, *_json_ld_publishers(root)) if n and " " in n)
        found = next((n for n in spaced if _letters(n) == _letters(found)), found)
    if own and found and _titled_site_name(found, title) and not _titled_site_name(own, title):
        return own  # the page's title taken for its site's name
    return found or own


# A publisher named as the company or foundation that owns a title, by a legal form of
# Europe's or Latin America's ("Telewizja Polska S.A.", "Ediciones EL PAÍS S.L.", "Axel
# Springer SE", "Mediahuis N.V.") or as a foundation or trust ("Thomson Reuters Foundation"
# publishing Context, round 35): beside another og:site_name, that is the title's own name.
_OWNER_NAME = re.compile(
    r"(?:,?\s(?:S\.\s?A\.?|SA|S\.\s?L\.?|SL|S\.p\.A\.?|SpA|GmbH|AG|SE|B\.V\.?|BV|N\.V\.?|NV"
    r"|A/S|ASA|AB|Oy|Oyj|Pty\.?(?:\sLtd\.?)?|S\.A\.\sde\sC\.V\.|sp\.\sz\so\.o\.)"
    r"|\s(?:Foundation|Trust))$")


def _address_publisher(root: Any, address: str | None, site: str | None) -> str | None:
    """The JSON-LD publisher that the page's address spells ("Nottingham Post" on
    nottinghampost.com) where the site's name does not ("Nottinghamshire Live", the group's
    rebranding): the paper, else None."""
    own = {_letters(n) for n in address_names(address)}
    if not own or not site or _letters(site) in own:
        return None
    # a spelled-out name only: "EWN" on ewn.co.za is the initials of the site's "Eyewitness News"
    return next((p for p in _json_ld_publishers(root) if " " in p.strip() and _letters(p) in own),
                None)


def _carried_publisher(root: Any, site: str | None) -> str | None:
    """The publisher a carrier's page names for the story it carries (round 24): on a page
    whose site is a carrier ("Yahoo News", "MSN"), the JSON-LD's sourceOrganization or
    provider, a `provider` meta, or a JSON-LD publisher that is no carrier; else None."""
    from according.article.carriers import is_carrier

    if root is None or not is_carrier(site):
        return None
    named = [*_json_ld_names(root, "sourceOrganization"), *_json_ld_names(root, "provider"),
             *root.xpath("//meta[@name='provider' or @property='provider']/@content"),
             *_json_ld_publishers(root)]
    return next((_clean(n) for n in named if _clean(n) and not is_carrier(_clean(n))), None)


def _letters(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


def _titled_site_name(name: str, title: str | None) -> bool:
    """A site name that is the page's title, or a sentence of it ("7 Top Robotics
    Companies In 2024" on eWEEK's page): no site's name."""
    return bool(title) and len(name.split()) >= 3 and (
        squashed(name) == squashed(title or "")
        or squashed(name) in {squashed(p) for p in re.split(r"\s+[|–—-]\s+", title or "")})


def _json_ld_headlines(root: Any) -> list[str]:
    """The headlines the page's JSON-LD gives its articles (not the items of a list)."""
    if root is None:
        return []
    out = []
    for obj, listed in _json_ld_objects(root):
        kind = obj.get("@type")
        kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
        headline = obj.get("headline")
        if not listed and isinstance(headline, str) and _ARTICLE_TYPES.search(kinds):
            # h7: a CMS may leave the page's entities in ("&#039;") or cut the field with
            # dots ("… have?..."): the headline it names is the one unescaped, without them
            from html import unescape

            out.append(_LD_CUT_DOTS.sub("", unescape(headline)))
    return out


_LD_CUT_DOTS = re.compile(r"(?<=[?!.’'\"”\w])\s*(?:\.\.\.|…)\s*$")


def _og_site_names(root: Any) -> list[str]:
    if root is None:
        return []
    return [_clean(n) for n in root.xpath("//meta[@property='og:site_name']/@content")
            if _clean(n)]


_AUTHOR_METAS = ("//meta[@name='author' or @property='article:author' or @property='og:author'"
                 " or @name='parsely-author' or @name='byl' or @name='sailthru.author'"
                 " or @name='dc.creator' or @name='DC.creator']/@content")


def _author_metas(root: Any) -> list[str]:
    """What the page's author metas say, as written ("Joseph F. Kovar", an address)."""
    return [value for _, value in _author_fields(root)]


def _author_fields(root: Any) -> list[tuple[str, str]]:
    """(field, value) of each of the page's author metas ("author", "Ann Roe")."""
    if root is None:
        return []
    out = []
    for meta in root.xpath(_AUTHOR_METAS.removesuffix("/@content")):
        value = _clean(meta.get("content") or "")
        if value:
            out.append((meta.get("name") or meta.get("property") or "", value))
    return out


def _co_writers(root: Any, people: list[str]) -> list[str]:
    """The other names an author meta field gives beside one of the JSON-LD people ("Ann
    Roe" and "Ben Okafor" as two `author` metas where the JSON-LD names Ann Roe only); a
    field naming none of them (`author` "Condé Nast" beside `article:author` "Rachel
    Riederer") is the publisher's."""
    fields = _author_fields(root)
    known = {_letters(p) for p in people}
    with_people = {f for f, v in fields if not _is_address(v)
                   and any(_letters(one) in known for one in each_person(v))}
    return [one for f, v in fields if f in with_people and not _is_address(v)
            for one in each_person(v) if _letters(one) not in known and _name_shaped(one)]


def _name_shaped(name: str) -> bool:
    """A person's name (two to four capitalised words, no place: "New York", no outlet; not
    "Special to the Gazette"), or a wire, which the layout takes as a credit."""
    from according.article.byline import _is_place
    from according.outlets import outlet_named

    words = name.split()
    if _is_wire(name):
        return True  # "Ann Roe, Associated Press": a credit the layout takes from the byline
    return (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            and not _is_place(name) and outlet_named(name) is None)


def _is_address(value: str) -> bool:
    """An address given as author ("www.facebook.com/…", "https://…/authors/ann-roe/"), not
    names joined by a slash ("Ann Roe / Ben Okafor", "Ann Roe/Reuters")."""
    return bool(re.search(r"://|^www\.|\.\w{2,}/", value, re.IGNORECASE))


def _without_post_writers(author: str, root: Any, metas: list[str]) -> str:
    """Trafilatura's author without the writers the page's JSON-LD names only on a live page's
    posts (a LiveBlogPosting's `liveBlogUpdate` items, each with its own author): a post's
    writer is not the page's, unless the article itself or an author meta names them too."""
    posts = _json_ld_post_writers(root)
    if not posts:
        return author
    own = {_letters(n) for n in (*_json_ld_people(root), *metas)}
    shown = _page_byline_letters(root)
    return ";".join(a for a in _AUTHOR_SPLIT.split(author)
                    if _letters(a) in own or _letters(a) not in posts
                    or (_letters(a) and _letters(a) in shown))


def _page_byline_letters(root: Any) -> str:
    """The letters of the page's own byline elements (a `rel="author"` link, an element
    classed as the byline or author), none inside a live post: a one-writer live page names
    its writer there and on every post, and the writer is the page's (review 1127i)."""
    if root is None:
        return ""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str) or not (
                el.get("rel") == "author" or _BYLINE_ELEMENT_CLASS.search(el.get("class") or "")):
            continue
        if any(_LIVE_POST_CLASS.search(n.get("class") or "") for n in (el, *el.iterancestors())):
            continue
        found.append(_letters(el.text_content()))
    return " ".join(found)


_BYLINE_ELEMENT_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|author)(?:$|[\s_-])", re.IGNORECASE)


def _json_ld_post_writers(root: Any) -> set[str]:
    """The names (letters only) of the authors of the posts a live page's JSON-LD lists."""
    names = set()
    for obj, _ in _json_ld_objects(root) if root is not None else ():
        updates = obj.get("liveBlogUpdate")
        for post in updates if isinstance(updates, list) else [updates]:
            authors = post.get("author") if isinstance(post, dict) else None
            for one in authors if isinstance(authors, list) else [authors]:
                if isinstance(one, dict):
                    names.update(_letters(n) for n in _name_strings(one))
    return names


def _json_ld_people(root: Any) -> list[str]:
    """The people the page's JSON-LD gives as its article's authors (not a listed item's,
    nor an organization), a reference by "@id" followed to the object it names."""
    if root is None:
        return []
    objects = list(_json_ld_objects(root))
    by_id = {o["@id"]: o for o, _ in objects if isinstance(o.get("@id"), str)}
    names = []
    for obj, listed in objects:
        kind = obj.get("@type")
        kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
        if listed or not _ARTICLE_TYPES.search(kinds):
            continue
        authors = obj.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and set(author) <= {"@id"}:
                author = by_id.get(author.get("@id"), author)
            if not isinstance(author, dict) or not _name_strings(author):
                continue
            kind = author.get("@type")
            if kind in (None, "Person") or kind == ["Person"]:
                names.extend(_clean(n) for n in _name_strings(author))
    return [n for n in names if n]


def _name_strings(obj: dict) -> list[str]:
    """An object's "name" as strings: a CMS may write one name as a list ("name":
    ["Valentina Ruiz"], Buenos Aires Herald)."""
    name = obj.get("name")
    if isinstance(name, str):
        return [name]
    return [n for n in name if isinstance(n, str)] if isinstance(name, list) else []


def _json_ld_publishers(root: Any) -> list[str]:
    """The names of the publishers the page's JSON-LD gives ("Condé Nast")."""
    return [_clean(n) for n in _json_ld_names(root, "publisher")]


def _json_ld_author_names(root: Any) -> list[str]:
    """The names of the people the page's JSON-LD gives as authors, as it spells them."""
    return [n.strip() for n in _json_ld_names(root, "author")]


def _json_ld_names(root: Any, field: str) -> list[str]:
    """The "name" of each object the page's JSON-LD gives under `field`, in any object."""
    if root is None:
        return []
    names = []
    for obj, _ in _json_ld_objects(root):
        value = obj.get(field)
        for one in value if isinstance(value, list) else [value]:
            if isinstance(one, dict) and isinstance(one.get("name"), str):
                names.append(one["name"])
    return names


def _json_ld_claimants(root: Any) -> list[str]:
    """The names a ClaimReview gives as the author of the claim it reviews ("Facebook posts"
    on PolitiFact): the checked, not the checker."""
    if root is None:
        return []
    names = []
    for obj, _ in _json_ld_objects(root):
        item = obj.get("itemReviewed") if "ClaimReview" in str(obj.get("@type") or "") else None
        authors = item.get("author") if isinstance(item, dict) else None
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and isinstance(author.get("name"), str):
                names.append(author["name"])
    return names


def _json_ld_organisation_authors(root: Any) -> list[str]:
    """The names of the organisations the page's JSON-LD gives as authors ("The New Arab Staff
    & Agencies")."""
    if root is None:
        return []
    names = []
    for obj, _ in _json_ld_objects(root):
        authors = obj.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            kind = str(author.get("@type") or "") if isinstance(author, dict) else ""
            if "Organization" in kind and isinstance(author.get("name"), str):
                names.append(_clean(author["name"]))
    return names


def _as_organisation(byline: tuple[str, ...], organisations: list[str]) -> tuple[str, ...]:
    """The byline as one organisation's name when its pieces are that name cut up (the
    extraction splits "The New Arab Staff & Agencies" at its "&"): a desk is no list of
    people."""
    joined = _norm(" ".join(byline))
    whole = next((o for o in organisations
                  if len(byline) > 1 and _norm(re.sub(r"\s*(?:&|\band\b|;|,)\s*", " ", o))
                  == joined), None)
    return (whole,) if whole else byline


def _as_slashed_organisation(byline: tuple[str, ...], organisations: list[str]) -> tuple[str, ...]:
    """The byline as one organisation's name when the extraction cut it at a slash ("RFE/RL's
    Georgian Service" came out as "RFE" and "RL's Georgian Service")."""
    joined = _norm(" ".join(byline))
    whole = next((o for o in organisations
                  if len(byline) > 1 and "/" in o and _norm(o.replace("/", " ")) == joined), None)
    return (whole,) if whole else byline


def _without_site_desks(byline: tuple[str, ...], organisations: list[str],
                        sites: tuple[str | None, ...]) -> tuple[str, ...]:
    """The byline without an organisation the JSON-LD gives as author that is a desk of the
    site itself ("RFE/RL's Georgian Service" on RFE/RL): a desk is no writer."""
    own = {_norm(s) for s in sites if s}
    desks = {_norm(o) for o in organisations
             if any(_norm(o).startswith((f"{name}'s ", f"{name}’s ")) for name in own)}
    return tuple(name for name in byline if _norm(name) not in desks)


def _without_organisation_tails(byline: tuple[str, ...],
                                organisations: list[str]) -> tuple[str, ...]:
    """The byline's writers without the desk the JSON-LD gives as author run on after the
    name ("Jack Fenwick AAP FactCheck", the desk on its own line under the writer's): the
    writer alone."""
    tails = [re.compile(rf"(?<=\S)\s+{re.escape(o)}$", re.IGNORECASE) for o in organisations]
    cut = []
    for name in byline:
        for tail in tails:
            name = tail.sub("", name)
        cut.append(name)
    return tuple(cut)


def _without_mailed_organisations(byline: tuple[str, ...],
                                  organisations: list[str]) -> tuple[str, ...]:
    """The byline without an organisation the JSON-LD gives as author followed by the pieces
    of its e-mail address ("Radio Sweden radiosweden se" of "Radio Sweden
    radiosweden@sverigesradio.se" at a story's foot): a programme's or desk's contact line
    names no writer."""
    orgs = [_norm(o) for o in organisations if o]

    def mailed(name: str) -> bool:
        words = name.split()
        return any(_norm(" ".join(words[:len(org.split())])) == org
                   and words[len(org.split()):]
                   and all(w.islower() for w in words[len(org.split()):]) for org in orgs)
    return tuple(n for n in byline if not mailed(n))


# a writer and the place filed from, in bold on a line of its own over the story ("Sunday
# Aborisade in Abuja", ThisDay), the page's metas naming only the site's account
_BOLD_WRITER = re.compile(
    r"^(?:[Bb]y\s+)?(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})"
    r"(?: in (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))$")


def _shown_bold_byline(shown: list[Any], paragraphs: list[str]) -> tuple[str, ...]:
    """The writer a paragraph of bold text alone names between the headline and the story
    ("<p><strong>Sunday Aborisade in Abuja</strong></p>"), when no meta names one."""
    start, end = _header_span(shown, paragraphs)
    for el in shown[start:end]:
        bold = [c for c in el if isinstance(c.tag, str) and c.tag in ("strong", "b")]
        if el.tag != "p" or len(bold) != 1 or (el.text or "").strip() or (
                bold[0].tail or "").strip() or len(el) != 1:
            continue
        match = _BOLD_WRITER.match(_shown_text(el))
        if match and _bold_name_is_a_person(match.group("name")):
            return (match.group("name"),)
    return ()


# "By Maya Okonjo" alone in a paragraph of the header (PolitiFact's, under its claim box),
# or in a block of its own with the writer's role after a slash, a bar or a comma ("By Jason
# Pan / Staff reporter", the Taipei Times; issue 9).
_SHOWN_BY_LINE = re.compile(r"^By\s+(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})$")
_SHOWN_BY_ROLE_LINE = re.compile(
    r"^By\s+(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})\s*[/|,]\s*"
    r"(?:(?:staff|senior|chief|special|political|business|sports?|foreign|city|news)\s+)?"
    r"(?:reporter|writer|correspondent|journalist)$", re.IGNORECASE)


def _shown_by_line(shown: list[Any], paragraphs: list[str]) -> tuple[str, ...]:
    """The writer a "By Name" paragraph alone names between the headline and the story, when
    no meta names one and the extraction dropped the line."""
    start, end = _header_span(shown, paragraphs)
    for el in shown[start:end]:
        text = _shown_text(el)
        match = _SHOWN_BY_LINE.match(text) if el.tag == "p" else None
        if match is None and el.tag in ("p", "div", "span") and not any(
                isinstance(c.tag, str) and c.tag not in _INLINE for c in el):
            match = _SHOWN_BY_ROLE_LINE.match(text)
            # "By The Numbers / Staff writer": a column's name, not a writer's
            match = None if match and match.group("name").split()[0] in ("The", "A", "An") \
                else match
        if match and _bold_name_is_a_person(match.group("name")):
            return (match.group("name"),)
    return ()


def _shown_byline_element(shown: list[Any], paragraphs: list[str]) -> tuple[str, ...]:
    """The writers an element classed as the byline names with "By" between the headline and
    the story, when the metas name only the house (round 36: Syria Direct's "By Walid
    al-Nofal and Hala al-Turk" under the author meta "Syria Direct"), each a person's name."""
    from according.article.byline import _byline_names

    start, end = _header_span(shown, paragraphs)
    for el in shown[start:end]:
        if not _BYLINE_ELEMENT_CLASS.search(el.get("class") or ""):
            continue
        text = _shown_text(el)
        if not re.match(r"[Bb]y\s", text):
            continue
        names = _byline_names(text)[0]
        # the element holds the names and nothing else ("By RFE/RL's Georgian Service" names
        # a desk), each a person's ("By The Numbers": a column's name, no writer's)
        joined = r"(?:,\s*|\s+and\s+|\s*&\s*)".join(map(re.escape, names))
        if names and re.fullmatch(rf"[Bb]y\s+{joined}", text) and all(
                _bold_name_is_a_person(n) and not R.NOT_NAME_START.match(n) for n in names):
            return tuple(names)
    return ()


def _bold_name_is_a_person(name: str) -> bool:
    """A person's name as the byline reader knows one ("Sunday Aborisade"), not a heading's
    words ("Heavy Rain", "Breaking News"): its first word a first name the table knows, or
    the byline reader reading it as one."""
    from according.article.byline import _byline_names

    first = name.split()[0]
    names = _byline_names(f"By {name}")[0]
    return first in R.FIRST_NAMES or bool(names) and not any(
        w.lower() in R.SECTION_WORDS for w in name.split())


def _as_marked(author: str, marked: list[str]) -> str:
    """trafilatura's author as the page's markup spells it: its normalising drops the stops
    of initials and suffixes ("Jigger J. Jerusalem", "Villamor Visaya Jr." came out as
    "Jigger J Jerusalem", "Villamor Visaya Jr"); the name is the same without them."""
    bare = " ".join(author.replace(".", "").split())
    same = next((m for m in marked if " ".join(m.replace(".", "").split()) == bare), None)
    return same or _cut_at_particle(author, marked) or author


_BARE_INITIAL = re.compile(r"(?<=\s)[A-Z](?=\s)")


def _as_printed(author: str, root: Any) -> str:
    """trafilatura's author with the stops of its initials as the page prints the name where
    no markup spells it (round 34: ISW's authors line "…, and Frederick W. Kagan" came out as
    "Frederick W Kagan")."""
    if root is None or not _BARE_INITIAL.search(author):
        return author
    pattern = r"\s+".join(re.escape(w) + (r"\.?" if len(w) == 1 and w.isupper() else "")
                          for w in author.split())
    shown = re.search(rf"(?<![\w.]){pattern}(?!\w)", " ".join(_shown_text(el) for el in
                                                          root.iter("p", "div", "span", "a")
                                                          if len(el) == 0))
    return " ".join(shown.group().split()) if shown else author


def _cut_at_particle(author: str, marked: list[str]) -> str | None:
    """The marked name trafilatura's author is the start of, cut where a lower-case word
    follows ("Club" of the meta's "Club of Mozambique"): its normalising ends a name at
    "of", "de" or "da", so the site's own name lost its tail and passed for a writer."""
    words = author.split()
    for name in marked:
        whole = name.split()
        if (len(whole) > len(words) and whole[:len(words)] == words
                and whole[len(words)].islower()):
            return name
    return None


def _with_shown_headline(hints: Metadata, root: Any, shown: list[Any], paragraphs: list[str],
                         extra: Metadata | None) -> Metadata:
    """The headline the page shows (the story's h1, when the article's JSON-LD gives it as its
    headline) over its social title: og:title is often a shorter or reworded line written for
    sharing ("Chip exports hit record high in May" above "Korea's chip exports hit record in
    May on AI demand"). A headline a feed or JSON line stated stays."""
    if extra is not None and extra.headline:
        return hints
    shown_headline = _story_h1(shown, paragraphs)
    if shown_headline is None or _norm(shown_headline) == _norm(hints.headline or ""):
        return hints
    # the h1 counts when the article's own markup names it its headline: a page's h1 may be a
    # section's name ("Letters to the Editor"), carry a section label ("Local News | …") or
    # be an advertisement's heading
    if not _names_shown_headline(shown_headline, _json_ld_headlines(root),
                                 _header_texts(shown, paragraphs)):
        return hints
    return dataclasses.replace(hints, headline=shown_headline)


def _names_shown_headline(shown_headline: str, headlines: list[str],
                          header_texts: frozenset[str] = frozenset()) -> bool:
    """Whether the article's JSON-LD gives the h1 as its headline: as it is, or after the
    kicker the page shows apart over it ("Cyclone Fina: Warning zone extended …" for the h1
    "Warning zone extended …", a News Corp page's label and headline in one). The kicker
    counts only when the page's header shows it as an element of its own: a speaker before
    the colon ("Zelensky: We will not give up our land") is part of the headline, and an h1
    without the speaker drops who said it."""
    shown = _norm(shown_headline)
    return any(_norm(h) == shown or (_norm(h).endswith(": " + shown)
                                     and _norm(h)[: -len(": " + shown)] in header_texts)
               or _is_labelled_headline(h, shown)
               for h in headlines)


def _is_labelled_headline(headline: str, shown: str) -> bool:
    """Whether the markup's headline is the h1 (normalised: `shown`) after the kind of piece
    it is ("Opinion | Arizona Is Pumping Its Future Dry", "Analysis: The Fed’s pause …";
    round 32): the label is the page's, the h1 the headline."""
    from according.data.article_opinion import OPINION_LABEL_BEFORE

    label = OPINION_LABEL_BEFORE.match(headline)
    return bool(label) and _norm(headline[label.end():]) == shown


def _header_texts(shown: list[Any], paragraphs: list[str]) -> frozenset[str]:
    """The texts of the page header's elements, normalised (a kicker shown apart: "Cyclone
    Fina")."""
    return frozenset(_norm(_shown_text(el)) for el in _header_elements(shown, paragraphs))


def _story_h1(shown: list[Any], paragraphs: list[str]) -> str | None:
    """The text of the h1 over the story (before its first paragraph, outside menus, sidebars
    and the site's banner), when it reads as a headline: a few words, not the site's name
    or a section's."""
    if not paragraphs:
        return None
    h1 = next((el for el in _header_elements(shown, paragraphs) if el.tag == "h1"), None)
    if h1 is None:
        return None
    text = _shown_text(h1)
    words = len(text.split())
    return text if _HEADLINE_MIN_WORDS <= words <= _HEADLINE_MAX_WORDS else None


def _site_outlet(site_name: str | None, address: str | None = None) -> str | None:
    """The page's site name as the outlet table names it ("BBC News" -> "BBC", "AP News" ->
    "The Associated Press", "Wales Online" on its own address walesonline.co.uk ->
    "WalesOnline"), so one outlet has one name whatever its pages call it; a name the table
    does not know, or a host, as the page gives it."""
    from according.outlets import outlet_in_site_name, outlet_of_url, spelled_alike

    if not site_name or "." in site_name and " " not in site_name:
        return site_name
    by_address = outlet_of_url(address)
    if by_address and (spelled_alike(site_name, by_address)
                       or _brand_with_region(site_name, by_address.name, by_address.forms)
                       or _agency_word_with_name(site_name, by_address)):
        return by_address.name
    # a publisher's company name ("Bangkok Post Public Company Limited") names its paper; a
    # social handle taken for the name ("Saudi_Gazette", from twitter:site) spaces its words
    bare = R.COMPANY_NAME_TAIL.sub("", site_name).strip()
    own = {squashed(n) for n in address_names(address)}
    if (bare and not _LEGAL_FORM.search(site_name[len(bare):]) and not outlet_in_site_name(bare)
            and squashed(bare) not in own):
        bare = site_name  # "Fast Company", "… Broadcasting Corporation": the name itself
    site_name = bare or site_name
    site_name = site_name.replace("_", " ") if " " not in site_name else site_name
    known = outlet_in_site_name(site_name)
    return known.name if known else site_name


def _agency_word_with_name(site_name: str, outlet: Any) -> bool:
    """The site's name is a news agency's word in its own language and the agency's name or
    label, the table's outlet at the page's address ("Agenzia ANSA", ANSA's JSON-LD publisher
    on ansa.it; "Agencia EFE", "Agence Tunis Afrique Presse"): that outlet (round 33)."""
    from according.outlets import outlet_key

    bare = R.AGENCY_WORD_IN_NAME.sub("", site_name).strip()
    if not bare or bare == site_name.strip():
        return False
    return outlet_key(bare) in {outlet_key(n) for n in (outlet.name, *outlet.forms,
                                                         *outlet.labels)}


def _brand_with_region(site_name: str, name: str, forms: tuple[str, ...]) -> bool:
    """The site's name is the outlet's name (as the table or its forms spell it, any case)
    with a region or edition hyphened on ("NHK WORLD-JAPAN" for "NHK World" on
    www3.nhk.or.jp): the table's outlet, whose address the page is at."""
    key = site_name.casefold()
    return any(key.startswith(f.casefold() + "-") and len(key) > len(f) + 1
               for f in (name, *forms) if " " in f or len(f) > 3)


def _merge(base: Metadata, extra: Metadata | None) -> Metadata:
    """`extra` (what a feed or JSON line said) wins over what the page said."""
    if extra is None:
        return base
    return Metadata(
        headline=extra.headline or base.headline,
        standfirst=extra.standfirst or base.standfirst,
        byline=extra.byline or base.byline,
        dateline=extra.dateline or base.dateline,
        published=extra.published or base.published,
        published_text=extra.published_text or base.published_text,
        outlet=extra.outlet or base.outlet,
        credits=extra.credits or base.credits,
        retrieved=extra.retrieved or base.retrieved,
    )


def _publishing_organisation(root: Any) -> str | None:
    """The organisation a government platform's meta names as a page's publisher (GOV.UK's
    "govuk:primary-publishing-organisation": "Department for Transport"), else None: the
    department issuing a release, not the site every department shares."""
    if root is None:
        return None
    from according.data.article_releases import PUBLISHING_ORGANISATION_METAS

    return next((_clean(str(v)) for name in PUBLISHING_ORGANISATION_METAS
                 for v in root.xpath(f"//meta[@name='{name}']/@content") if str(v).strip()),
                None)


def _without_newsroom(site: str | None) -> str | None:
    """A site name without a newsroom's word after a name the outlet table knows
    ("GlobeNewswire News Room" -> "GlobeNewswire"), else None."""
    from according.data.article_releases import NEWSROOM_TAIL
    from according.outlets import outlet_named

    bare = NEWSROOM_TAIL.sub("", site or "").strip()
    return bare if site and bare != site and outlet_named(bare) else None


def _without_company_authors(author: str, metas: list[str]) -> str:
    """The author names without the pieces of an author meta that is a company with its legal
    form ("Hearthline Appliances, Inc." split at its comma into "Hearthline Appliances" and
    "Inc")."""
    companies = [m for m in metas if R.COMPANY_NAME_TAIL.search(m) and _LEGAL_FORM.search(m)]
    pieces = {_letters(p) for m in companies for p in re.split(r"[,;]", m) if p.strip()}
    if not pieces:
        return author
    return ";".join(a for a in _AUTHOR_SPLIT.split(author) if _letters(a) not in pieces)
