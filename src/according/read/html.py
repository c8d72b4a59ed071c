"""HTML to article text (trafilatura) and the metadata the page knew (htmldate for the date)."""

from __future__ import annotations

import re

from according.read.dates import published_utc
from according.read.inputs import ArticleInput, InputError
from according.read.text import check_article
from according.records import InputFormat, InputInfo, Metadata

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre")
_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def html_article(
    html: str | bytes, *, name: str, url: str | None = None, fmt: InputFormat = "html",
    extra: Metadata | None = None,
) -> ArticleInput | InputError:
    """The main text of an HTML page, paragraphs separated by blank lines, with its
    title, author, date, site name and description as hints. `extra` fills gaps."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
    )
    if doc is None or not (doc.text or "").strip():
        return InputError(name, "no article text found in the HTML")
    hints = _merge(_page_hints(html, doc, url), extra)
    text = _with_headline(_paragraphs(doc.text), hints.headline)
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


def _with_headline(text: str, headline: str | None) -> str:
    """Put the page title above the text when the extraction left it out."""
    if not headline:
        return text
    first_lines = [line.strip() for line in text.split("\n\n")[:3]]
    return text if headline.strip() in first_lines else f"{headline.strip()}\n\n{text}"


def _page_hints(html: str | bytes, doc: object, url: str | None) -> Metadata:
    import htmldate

    try:
        stamp = htmldate.find_date(
            html, extensive_search=False, original_date=True, outputformat=_DATE_FORMAT, url=url,
        )
    except Exception:  # htmldate fails on odd markup; the date is optional
        stamp = None
    stamp = stamp or getattr(doc, "date", None)
    author = getattr(doc, "author", None) or ""
    return Metadata(
        headline=getattr(doc, "title", None) or None,
        standfirst=getattr(doc, "description", None) or None,
        byline=tuple(a for a in _AUTHOR_SPLIT.split(author) if a),
        published=published_utc(stamp) if stamp else None,
        published_text=stamp or None,
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
