"""HTML to article text (trafilatura) and the metadata the page knew.

The page's figure captions, which trafilatura drops, follow the story as paragraphs of their
own (in page order) when the layout stage would read them as captions; a visible standfirst
goes under the headline. The publication stamp is, in order: a date-time with a zone shown on
the page ("Tue 1 Jul 2025 14.05 BST"), the page's published-time meta tag, a date shown on the
page, then htmldate's guess. `published_text` is always the stamp as the page wrote it, or
None when only htmldate's guess is known; a stamp with only a day is that day's midnight UTC.
"""

from __future__ import annotations

import re
from typing import Any

from according.data import article_rules as R
from according.read.dates import is_instant, published_utc
from according.read.inputs import ArticleInput, InputError
from according.read.text import check_article
from according.records import InputFormat, InputInfo, Metadata

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre")
_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_NOT_SHOWN = frozenset({"head", "script", "style", "noscript", "template", "title", "meta"})
# Classes and ids of the elements that hold a page's standfirst or its date stamp.
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|sub-?title|sub-?headline|strapline|article-summary)(?:$|[\s_-])",
    re.IGNORECASE,
)
_DATE_CLASS = re.compile(r"date|time|publish|updated|byline|meta", re.IGNORECASE)
_STAMP_MAX_CHARS = 80
_STAMP_MAX_CHILDREN = 4
STANDFIRST_MAX_WORDS = 80
# Where a page states its publication time in markup, most specific first.
_META_DATES = (
    "//meta[@property='article:published_time']/@content",
    "//*[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//meta[@name='date' or @name='pubdate' or @name='publishdate' or @name='dc.date']/@content",
    "//time[@pubdate]/@datetime",
)


def html_article(
    html: str | bytes, *, name: str, url: str | None = None, fmt: InputFormat = "html",
    extra: Metadata | None = None,
) -> ArticleInput | InputError:
    """The main text of an HTML page, paragraphs separated by blank lines, with its
    title, author, date, site name and description as hints. `extra` fills gaps.
    A page the parsers choke on is an InputError naming it, never an exception."""
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

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
    )
    if doc is None or not (doc.text or "").strip():
        return InputError(name, "no article text found in the HTML")
    shown = _shown(_tree(html))
    standfirst = _shown_standfirst(shown)
    hints = _merge(_page_hints(html, shown, doc, url, standfirst), extra)
    text = _with_header(_paragraphs(doc.text), hints.headline, standfirst)
    text = _with_captions(text, _figcaptions(shown))
    return check_article(text, name) or ArticleInput(text, InputInfo(name, url, fmt), hints)


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


def _paragraphs(text: str) -> str:
    # trafilatura puts one block per line; a blank line between them shows the structure.
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _with_header(text: str, headline: str | None, standfirst: str | None) -> str:
    """Put the page title, then the shown standfirst, above the text when the extraction
    left them out (the title near the top, the standfirst anywhere)."""
    paragraphs = [_norm(line) for line in text.split("\n\n")]
    top = [part.strip() for part, seen in ((headline, paragraphs[:3]), (standfirst, paragraphs))
           if part and part.strip() and _norm(part) not in seen]
    return "\n\n".join([*top, text])


def _with_captions(text: str, captions: list[str]) -> str:
    """The page's captions after the story, those the layout reads as captions only (one
    without a credit would pass for a story paragraph)."""
    from according.article import line_kind

    shown = {_norm(line) for line in text.split("\n\n")}
    extra = [c for c in captions if _norm(c) not in shown and line_kind(c) == "caption"]
    return "\n\n".join([text, *extra])


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _tree(html: str | bytes) -> Any:
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except Exception:  # lxml raises several kinds on junk; then the page shows nothing more
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
    captions = [_clean(el.text_content()) for el in shown if el.tag == "figcaption"]
    return list(dict.fromkeys(c for c in captions if c))


def _shown_standfirst(shown: list[Any]) -> str | None:
    for el in shown:
        if _STANDFIRST_CLASS.search(el.get("class") or ""):
            text = _clean(el.text_content())
            if text and len(text.split()) <= STANDFIRST_MAX_WORDS:
                return text
    return None


def _shown_stamps(shown: list[Any]) -> list[str]:
    """Date lines shown on the page ("Tue 1 Jul 2025 14.05 BST"), in page order."""
    stamps = []
    for el in shown:
        hinted = el.tag == "time" or _DATE_CLASS.search(f"{el.get('class')} {el.get('id')}")
        if len(el) and not (hinted and len(el) <= _STAMP_MAX_CHILDREN):
            continue  # only leaves, and small elements that say they hold a date, are read
        text = _clean(el.text_content() if len(el) else el.text or "")
        if len(text) <= _STAMP_MAX_CHARS and R.DATE_LINE.match(text):
            stamps.append(text)
    return stamps


def _published(
    html: str | bytes, shown: list[Any], doc: object, url: str | None
) -> tuple[str | None, str | None]:
    """(UTC time, the stamp as the page wrote it) by the cascade in the module docstring."""
    stamps = [(s, utc) for s in _shown_stamps(shown) if (utc := published_utc(s))]
    stamps.sort(key=lambda pair: bool(R.UPDATE_PREFIX.match(pair[0])))  # first publication first
    for stamp, utc in stamps:
        if is_instant(stamp):
            return utc, stamp
    root = shown[0].getroottree() if shown else None
    for path in _META_DATES if root is not None else ():
        for value in root.xpath(path):
            if published_utc(value):
                return published_utc(value), value.strip()
    if stamps:
        return stamps[0][1], stamps[0][0]
    stamp = _htmldate(html, url) or getattr(doc, "date", None)
    return (published_utc(stamp) if stamp else None), None


def _htmldate(html: str | bytes, url: str | None) -> str | None:
    import htmldate

    try:
        return htmldate.find_date(
            html, extensive_search=False, original_date=True, outputformat=_DATE_FORMAT, url=url,
        )
    except Exception:  # htmldate fails on odd markup; the date is optional
        return None


def _page_hints(
    html: str | bytes, shown: list[Any], doc: object, url: str | None, standfirst: str | None
) -> Metadata:
    published, published_text = _published(html, shown, doc, url)
    author = getattr(doc, "author", None) or ""
    return Metadata(
        headline=getattr(doc, "title", None) or None,
        standfirst=standfirst or getattr(doc, "description", None) or None,
        byline=tuple(a for a in _AUTHOR_SPLIT.split(author) if a),
        published=published,
        published_text=published_text,
        outlet=getattr(doc, "sitename", None) or None,
    )


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
    )
