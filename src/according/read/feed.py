"""RSS and Atom feeds: each entry with its full content is an article.

An entry with only a short summary is a teaser, not an article: it is an InputError (the
run exits 1), its reason saying so, so a feed of teasers is not mistaken for articles.
"""

from __future__ import annotations

from collections.abc import Iterator

from according.read.dates import published_utc
from according.read.html import fragment_text
from according.read.inputs import ArticleInput, InputError
from according.read.text import check_article
from according.records import InputInfo, Metadata

MIN_SUMMARY_WORDS = 80  # a summary shorter than this is a teaser, not the article


def feed_articles(data: bytes, name: str) -> Iterator[ArticleInput | InputError]:
    """The entries of the feed in `data`, named "name#n"; short teasers are InputErrors."""
    import feedparser

    feed = feedparser.parse(data)
    entries = feed.get("entries") or []
    if not entries:
        yield InputError(name, "a feed with no entries")
        return
    outlet = feed.get("feed", {}).get("title") or None
    for n, entry in enumerate(entries, start=1):
        label = f"{name} entry {n}"
        body = _entry_body(entry)
        if body is None:
            words = len(fragment_text(entry.get("summary") or "").split())
            yield InputError(label, f"feed entry has only a summary ({words} words); no full text")
            continue
        title = (entry.get("title") or "").strip() or None
        text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
        hints = Metadata(
            headline=title, byline=_authors(entry), outlet=outlet,
            published=_published(entry), published_text=entry.get("published") or None,
        )
        info = InputInfo(f"{name}#{n}", entry.get("link") or None, "feed")
        yield check_article(text, label) or ArticleInput(text, info, hints)


def _entry_body(entry: dict) -> str | None:
    contents = entry.get("content") or []
    if contents and contents[0].get("value", "").strip():
        return fragment_text(contents[0]["value"]) or None
    summary = fragment_text(entry.get("summary") or "")
    return summary if len(summary.split()) >= MIN_SUMMARY_WORDS else None


def _authors(entry: dict) -> tuple[str, ...]:
    names = [a.get("name", "").strip() for a in entry.get("authors") or []]
    names = [n for n in names if n]
    if not names and entry.get("author"):
        names = [entry["author"].strip()]
    return tuple(names)


def _published(entry: dict) -> str | None:
    stamp = entry.get("published") or entry.get("updated")
    return published_utc(stamp) if stamp else None
