"""Pages with no article (stranger trial h6): refused with one line naming the input.

An error page ("Sorry, we can't find that page" over the site's menus), an empty section
page (a heading over links) or a cookie wall alone gives a layout with no story: no body line
at all, or only an apology under an error page's heading. Such a page is no article and is
refused as a binary file is, so no headline or byline of it reaches the ledger; a brief
story (a wire's one-paragraph item) has its body line and stays.
"""

from __future__ import annotations

from according.data import article_no_article as N
from according.records import Region

# What a layout may hold that is no story of its own.
_STORY_KINDS = frozenset({"body", "standfirst"})
# a "headline" of two sentences and this many words is a first paragraph, not a heading
# ("Oops! Something went wrong" is a heading)
PROSE_MIN_WORDS = 12


def no_article_reason(text: str, regions: tuple[Region, ...] | list[Region],
                      headline: str | None, *, page: bool = True) -> str | None:
    """Why the laid-out page `text` holds no article, in one line, or None when it holds
    one: a web page (`page`: read from HTML with its chrome) whose body or standfirst holds
    no sentence, or an error page's heading (`headline`, else the headline region) over at
    most a short apology. A text given as the article's text is judged by its heading alone."""
    story = [text[r.start:r.end] for r in regions
             if r.kind in _STORY_KINDS or (r.kind == "headline" and _is_prose(text[r.start:r.end]))]
    heading = _error_heading(text, regions, headline)
    if page and not any(_is_sentence(s) for s in story):  # menus, links, buttons' words
        if heading:
            return f"no article text: an error page ({heading!r})"
        return "no article text (only headings, menus and links)"
    if heading is None:
        return None
    said = [s for s in story if _is_sentence(s)]  # menus and link titles aside
    if sum(len(s.split()) for s in said) <= N.ERROR_PAGE_MAX_BODY_WORDS and (
            len(said) <= N.ERROR_PAGE_MAX_SENTENCE_LINES
            or all(N.ERROR_SENTENCE.search(s) for s in said)):
        return f"no article text: an error page ({heading!r})"
    return None


def _is_prose(line: str) -> bool:
    """A page with no heading of its own whose first paragraph the layout took for its
    headline: two sentences or more ("The minister said … officials. “We were told …,”
    Margaret Ellis said."), which no headline is."""
    ends = [m for m in N.SENTENCE_END.finditer(line) if m.end() < len(line.rstrip())]
    return bool(ends) and _is_sentence(line) and len(line.split()) >= PROSE_MIN_WORDS


def _is_sentence(line: str) -> bool:
    """A line of story: some words and a sentence's end ("… said on Tuesday."), not a menu's
    entry or a linked headline ("Talks resume in Geneva")."""
    return len(line.split()) >= N.SENTENCE_MIN_WORDS and bool(N.SENTENCE_END.search(line))


def _error_heading(text: str, regions: tuple[Region, ...] | list[Region],
                   headline: str | None) -> str | None:
    """The page's headline when it says the page is missing or failed ("Page not found",
    "404", "Sorry, we can't find that page"), or None."""
    if headline is None:
        heads = [text[r.start:r.end] for r in regions if r.kind == "headline"]
        headline = heads[0] if heads else None
    if not headline or len(headline.split()) > N.ERROR_HEADING_MAX_WORDS:
        return None
    if N.ERROR_HEADING_SAYS.search(headline):
        return headline.strip()
    parts = [p.strip() for p in N.HEADING_PARTS.split(headline.strip()) if p.strip()]
    for k, part in enumerate(parts):
        if N.ERROR_HEADING_PART.fullmatch(part) and all(
                _site_name_shaped(other) for j, other in enumerate(parts) if j != k):
            return headline.strip()
    return None


def _site_name_shaped(text: str) -> bool:
    """A site's name beside an error page's heading ("Orvane Herald", "The Meridian Post"):
    a few words, each capitalised or a small word; a headline's clause is not."""
    words = text.split()
    return 0 < len(words) <= N.SITE_NAME_MAX_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in N.SITE_NAME_SMALL_WORDS
        for w in words)
