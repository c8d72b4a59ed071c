"""Pages with no article are refused with one line naming the input, never stored (stranger
trial h6): a site's "page not found" page with its menus, an empty section page, a cookie
wall alone. A brief story, and a story whose headline speaks of something missing, stay."""

from __future__ import annotations

import pytest

from according.extract import extract_inputs
from according.read import InputError, read_string
from according.records import Record

NOT_FOUND_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour Gazette | Page not found</title>
</head><body>
<header><a href="/">HARBOUR GAZETTE</a><nav><a href="/local">Local</a> <a href="/sport">Sport</a>
<a href="/business">Business</a></nav></header>
<main><h1>{heading}</h1>
<p>The article you requested may have been moved or removed.</p>
<ul class="popular"><li><a href="/local/ferry">Ferry timetable changes from Monday</a></li>
<li><a href="/sport/cup">Cup semi-final moved to Saturday</a></li></ul></main>
<footer><p>&copy; 2026 Harbour Gazette Ltd.</p></footer></body></html>"""

SECTION_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Business | Harbour Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
<main><h1>Business</h1><ul>
<li><a href="/b/1">Port operator posts record quarter</a></li>
<li><a href="/b/2">Fish prices climb as fleet stays ashore</a></li>
<li><a href="/b/3">Shipyard wins navy contract</a></li></ul></main>
<footer>&copy; 2026 Harbour Gazette</footer></body></html>"""

COOKIE_WALL = """<!DOCTYPE html>
<html lang="en"><head><title>Harbour Gazette</title></head><body>
<div class="consent"><h2>Your privacy choices</h2>
<p>We and our partners store and access information on your device, such as cookies.</p>
<button>Agree and continue</button><button>Manage settings</button></div></body></html>"""

BRIEF_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Ferry service suspended | Harbour Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<main><article><h1>Ferry service suspended</h1>
<p>The island ferry will not sail on Friday because of high winds, the operator said.</p>
</article></main></body></html>"""

MISSING_STORY = """Missing hiker found after three nights on the fells

By Carla Wynn

A hiker reported missing on Sunday was found alive on Wednesday morning, mountain rescue
volunteers said.

The 54-year-old was taken to hospital with mild hypothermia, a spokesperson for the rescue
team said.
"""


def _extract(item: str, name: str) -> Record | InputError:
    article = read_string(item, name=name)
    if isinstance(article, InputError):
        return article
    return next(extract_inputs([article]))


@pytest.mark.parametrize("heading", [
    "Sorry, we can't find that page", "Page not found", "404", "Oops! Something went wrong",
    "This story is no longer available"])
def test_no_article_error_page_refused_naming_input(heading: str) -> None:
    result = _extract(NOT_FOUND_PAGE.replace("{heading}", heading), "gone.html")
    assert isinstance(result, InputError)
    assert str(result).startswith("according: gone.html: no article text")
    assert heading in result.reason


@pytest.mark.parametrize("page", [SECTION_PAGE, COOKIE_WALL])
def test_no_article_page_without_a_sentence_refused(page: str) -> None:
    result = _extract(page, "front.html")
    assert isinstance(result, InputError)
    assert result.reason.startswith("no article text")


@pytest.mark.parametrize(("item", "headline"), [
    (BRIEF_PAGE, "Ferry service suspended"),
    (MISSING_STORY, "Missing hiker found after three nights on the fells"),
])
def test_no_article_brief_or_missing_story_kept(item: str, headline: str) -> None:
    result = _extract(item, "story")
    assert isinstance(result, Record), str(result)
    assert result.metadata.headline == headline


def test_no_article_batch_goes_on_past_an_error_page() -> None:
    items = [read_string(NOT_FOUND_PAGE.replace("{heading}", "Page not found"), name="a.html"),
             read_string(MISSING_STORY, name="b.txt")]
    results = list(extract_inputs(items))
    assert [type(r).__name__ for r in results] == ["InputError", "Record"]
