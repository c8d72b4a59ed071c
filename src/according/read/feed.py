"""RSS and Atom feeds: each entry with its full content is an article.

An entry with only a short summary is a teaser, not an article: it is an InputError (the
run exits 1), its reason saying so, so a feed of teasers is not mistaken for articles. A
short description that holds a brief whole (two or more paragraphs, none cut short) is the
article.
Each entry is read on its own: one that cannot be read is that entry's error, and a date
out of range is dropped with a warning in the record. A feed feedparser refuses as a whole
(it raises on some markup) is read again entry by entry, so only the bad entries are lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from according.read.html import fragment_text
from according.read.inputs import ArticleInput, InputError, published_hint
from according.read.text import check_article
from according.records import InputInfo, Metadata

MIN_SUMMARY_WORDS = 80  # a summary shorter than this is a teaser, not the article
# ... unless it holds the story whole: paragraphs of their own (a teaser is one, cut short)
MIN_STORY_PARAGRAPHS = 2
MIN_STORY_PARAGRAPH_WORDS = 8
# a teaser's tail: WordPress's "The post … appeared first on …", "Continue reading", a cut
# marked "…" or "[...]"
_TEASER_TAIL = re.compile(r"\bappeared first on\b|\b(?:continue|keep) reading\b|\bread more\b"
                          r"|(?:…|\.\.\.)\s*\]?\s*$", re.IGNORECASE)
# (review 1127j) a teaser's closing link line, a paragraph of its own: "Read the full story on
# the Riverton Today website.", "Listen to the episode on Apple Podcasts, Spotify or …"
_LINK_LINE = re.compile(r"^\s*(?:read|listen|watch|click|tap|subscribe|see|find|get|view)\b"
                        r".{0,200}\b(?:story|article|report|episode|podcasts?|here|website"
                        r"|site|app)\b"
                        # a prompt: "Sign up for our … newsletter", "Subscribe to X for …
                        # access", "Stay with X for updates", a syndication note
                        r"|^\s*(?:sign up|subscribe|stay with|follow|join)\b.{0,200}"
                        r"\b(?:newsletters?|access|updates|inbox|alerts|coverage)\b"
                        r"|\b(?:first|originally) (?:appeared|published) (?:on|in|at|by)\b",
                        re.IGNORECASE)
LINK_LINE_MAX_WORDS = 25
# a whole paragraph's last character: a feed's character limit cuts mid-sentence, no "…"
_PARAGRAPH_END = re.compile(r"[.!?\"”’)]\s*$")
# numeric character references, which feedparser turns into characters before it encodes
# them: one naming a surrogate, NUL or no character at all makes it raise for the whole feed
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")
_ENTRY = re.compile(rb"<(item|entry)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)


def feed_articles(data: bytes, name: str) -> Iterator[ArticleInput | InputError]:
    """The entries of the feed in `data`, named "name#n"; short teasers are InputErrors."""
    import feedparser

    data = _CHAR_REF.sub(_safe_reference, data)
    try:
        feed = feedparser.parse(data)
    except Exception as err:  # feedparser raises on some markup; read entry by entry
        yield from _entry_by_entry(data, name, err)
        return
    entries = feed.get("entries") or []
    if not entries:
        yield InputError(name, "a feed with no entries")
        return
    outlet = feed.get("feed", {}).get("title") or None
    for n, entry in enumerate(entries, start=1):
        yield _guarded_entry(entry, name, n, outlet)


def _safe_reference(match: re.Match[bytes]) -> bytes:
    hex_digits, digits = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(digits)
    ok = 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
    return match.group() if ok else b"&#xFFFD;"


def _entry_by_entry(data: bytes, name: str, err: Exception) -> Iterator[ArticleInput | InputError]:
    """Each <item> or <entry> parsed alone inside the feed's own head and tail."""
    import feedparser

    spans = [m.span() for m in _ENTRY.finditer(data)]
    if not spans:
        yield InputError(name, f"not a readable feed ({type(err).__name__}: {err})")
        return
    head, tail = data[: spans[0][0]], data[spans[-1][1] :]
    outlet = None
    for n, (start, end) in enumerate(spans, start=1):
        try:
            one = feedparser.parse(head + data[start:end] + tail)
            entry = (one.get("entries") or [None])[0]
            outlet = outlet or one.get("feed", {}).get("title") or None
        except Exception as entry_err:
            yield InputError(f"{name} entry {n}", f"could not be read "
                             f"({type(entry_err).__name__}: {entry_err})"[:300])
            continue
        if entry is None:
            yield InputError(f"{name} entry {n}", "could not be read as a feed entry")
            continue
        yield _guarded_entry(entry, name, n, outlet)


def _guarded_entry(entry: Any, name: str, n: int, outlet: str | None) -> ArticleInput | InputError:
    label = f"{name} entry {n}"
    try:
        return _entry_article(entry, name, n, outlet)
    except Exception as err:  # one odd entry must not cost the entries after it
        return InputError(label, f"could not be read ({type(err).__name__}: {err})"[:300])


def _entry_article(entry: Any, name: str, n: int, outlet: str | None) -> ArticleInput | InputError:
    label = f"{name} entry {n}"
    body = _entry_body(entry)
    if body is None:
        words = len(fragment_text(entry.get("summary") or "").split())
        return InputError(label, f"feed entry has only a summary ({words} words); no full text")
    title = (entry.get("title") or "").strip() or None
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    # the entry's own keys (dict.get): feedparser's mapping of a missing `updated` to
    # `published` is deprecated and warns
    stamp = dict.get(entry, "published") or dict.get(entry, "updated")
    published, warnings = published_hint(stamp, "the entry's date")
    hints = Metadata(
        headline=title, byline=_authors(entry), outlet=outlet,
        published=published, published_text=entry.get("published") or None,
    )
    info = InputInfo(f"{name}#{n}", entry.get("link") or None, "feed")
    return check_article(text, label) or ArticleInput(text, info, hints, warnings)


def _entry_body(entry: Any) -> str | None:
    contents = entry.get("content") or []
    if contents and contents[0].get("value", "").strip():
        return fragment_text(contents[0]["value"]) or None
    summary = fragment_text(entry.get("summary") or "")
    long_enough = len(summary.split()) >= MIN_SUMMARY_WORDS
    return summary if long_enough or _summary_is_story(summary) else None


def _summary_is_story(summary: str) -> bool:
    """Does a short description hold the whole story (a brief in two or more paragraphs of
    sentences, none cut short nor a "Continue reading" link), not a teaser of it?"""
    paragraphs = [p for p in summary.split("\n\n")
                  if len(p.split()) >= MIN_STORY_PARAGRAPH_WORDS]
    if any(_TEASER_TAIL.search(p) or not _PARAGRAPH_END.search(p) for p in paragraphs):
        return False
    if paragraphs and _is_link_line(paragraphs[-1]):  # a link line is none of the story's
        paragraphs = paragraphs[:-1]
    return len(paragraphs) >= MIN_STORY_PARAGRAPHS


def _is_link_line(paragraph: str) -> bool:
    """Is the paragraph a teaser's link to the story or the episode, not a sentence of it?"""
    return len(paragraph.split()) <= LINK_LINE_MAX_WORDS and bool(_LINK_LINE.search(paragraph))


def _authors(entry: Any) -> tuple[str, ...]:
    names = [(a.get("name") or "").strip() for a in entry.get("authors") or []]
    names = [n for n in names if n]
    if not names and entry.get("author"):
        names = [entry["author"].strip()]
    return tuple(names)
