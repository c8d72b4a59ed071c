"""One short local story the house-style tests wrap in an outlet's furniture: its headline,
lede and paragraphs, and the layout's kind of each line of a text made from them."""

from __future__ import annotations

from tests.test_article import sound_layout

HEADLINE = "Council votes to close the town's only public pool"
LEDE = ("The council voted 9-4 on Tuesday to close the town's only public pool, ending a "
        "two-year fight over its repair bill, officials said.")
PARAGRAPHS = (
    "The pool will shut in June after the council failed to find a buyer willing to pay for "
    "a new roof and boilers.",
    "“We did everything we could to keep it open for the families who use it,” said "
    "councillor Ann Roe, who chairs the leisure committee.",
    "Swimming clubs said they would have to travel 20 miles to the nearest pool in the "
    "county town, which is already full most evenings.",
    "The council will consult residents on turning the site into a park over the summer.",
)


def story_text(*header: str, after: tuple[str, ...] = ()) -> str:
    """The story as scraped text: headline, the `header` lines, lede, paragraphs, `after`."""
    return "\n\n".join([HEADLINE, *header, LEDE, *PARAGRAPHS, *after])


def line_kinds(text: str, **kwargs) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each region's text -> its kind, in the layout `sound_layout` checks."""
    layout = sound_layout(text, **kwargs)
    return {text[r.start:r.end]: r.kind for r in layout.regions}


def story_with(line: str, *, headline: str = HEADLINE) -> str:
    """The story as scraped text with `line` between its first and second paragraphs."""
    return f"{headline}\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n\n{line}\n\n{PARAGRAPHS[1]}\n"


def kind_of(text: str, line: str, **kwargs) -> str:  # type: ignore[no-untyped-def]
    """The layout's kind of the region holding `line` in `text`."""
    layout = sound_layout(text, **kwargs)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


def kind_in_story(line: str) -> str:
    """The kind of `line` put inside the story (story_with)."""
    return kind_of(story_with(line), line)

