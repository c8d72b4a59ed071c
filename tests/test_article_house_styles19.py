"""Article layout: the families a nineteenth round of fresh house styles (tests/data/
styles_fresh19: Meduza, Devex, Euractiv, Rudaw, HumAngle and Eurasianet pages; Politico
Europe, Enab Baladi and OC Media select-all copies; Radio Tamazuj, bdnews24 and Myanmar Now
crawler dumps) found wrong, each pinned on a short page or line of its own."""

from __future__ import annotations

import pytest

from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout


def _scraped(*top: str, tail: tuple[str, ...] = ()) -> str:
    """A scraped page: `top` lines over the story, the story, `tail` under it."""
    return "\n".join([*top, LEDE, *PARAGRAPHS, *tail])


def _kind_of(text: str, line: str, **kwargs) -> str:  # type: ignore[no-untyped-def]
    """The kind of the region holding `line` (regions may join neighbouring lines)."""
    layout = sound_layout(text, **kwargs)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


@pytest.mark.parametrize(("masthead", "url"), [
    ("Pool Now", "https://pool-now.org/en/news/council-votes/"),
    ("PG Media", "https://pg-media.org/council-votes/"),
])
def test_layout_hyphenated_domain_spells_the_outlet_and_drops_it_from_the_byline(
        masthead: str, url: str) -> None:
    text = _scraped(masthead, "News", "Features", HEADLINE, f"By {masthead}", "June 11, 2023",
                    tail=(f"© 2023 {masthead}",))
    metadata = sound_layout(text, url=url).metadata
    assert metadata.outlet == masthead
    assert metadata.byline == ()


def test_layout_round19_stamp_is_read_in_its_newsrooms_zone() -> None:
    text = _scraped(HEADLINE, "Staff Correspondent", "Published : 20 Nov 2025, 05:32 PM")
    url = "https://bdnews24.com/health/pool"
    assert sound_layout(text, url=url).metadata.published == "2025-11-20T11:32:00+00:00"
