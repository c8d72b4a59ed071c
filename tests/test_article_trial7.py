"""Article layout: stranger trial 7's layout item (a live page's breadcrumb row over its
headline), pinned on a short page of its own."""

from __future__ import annotations

import pytest

from tests.pool_story import LEDE, PARAGRAPHS
from tests.pool_story import kind_of as _kind_of
from tests.test_article import sound_layout

LIVE_HEADLINE = "LIVE: Harbour council pool vote – latest updates"


def _live_blog(crumbs: str) -> str:
    return "\n\n".join([
        "Kestrel Herald", crumbs, LIVE_HEADLINE, "Updated 24 November 2026, 17:05 (UTC+1)",
        "Share  Tweet  Email", "24 November, 17:05", LEDE, "24 November, 16:20", PARAGRAPHS[0],
        "24 November, 15:42", PARAGRAPHS[1]]) + "\n"


@pytest.mark.parametrize("crumbs", [
    "Home | World | Harbour | Live",  # from the home page, joined by bars
    "Home › Local › Harbour",         # by angle quotes
    "News > Local > Live",            # down to a section's page
])
def test_breadcrumb_row_is_furniture_never_the_headline(crumbs: str) -> None:
    text = _live_blog(crumbs)
    assert sound_layout(text).metadata.headline == LIVE_HEADLINE
    assert _kind_of(text, crumbs) == "boilerplate"


@pytest.mark.parametrize("headline", [
    "Analysis | Why the pool vote went the council's way",  # a label and a headline
    "Harbour pool closes | Local news | The Kestrel Herald",  # a page title's site tail
])
def test_headline_with_bars_is_no_breadcrumb(headline: str) -> None:
    # guard: a bar in a headline does not make it a breadcrumb (long segments, or no home
    # page nor section word at its end)
    from according.article.lines import _is_furniture

    assert not _is_furniture(headline)
