"""A press release copied as text with its letterhead and a numbered release mark (stranger
trial h6): the mark ("PRESS RELEASE No. 214/2026") is no headline, the title under it is, and
the body the letterhead names ("MINISTRY OF THE INTERIOR", over "Press Office") issued it and
is the outlet when nothing else names one. Rules are data in
`according.data.article_release_heads`.
"""

from __future__ import annotations

from dataclasses import replace

from according.article.lines import _Line, _Reading
from according.data import article_release_heads as H
from according.records import Metadata


def _mark_index(reading: _Reading, lines: list[_Line]) -> int | None:
    """The line of the headline read, when it is a release mark, else None."""
    head = next((i for i, (kind, _) in sorted(reading.kinds.items()) if kind == "headline"),
                None)
    if head is None:
        return None
    if H.RELEASE_MARK_HEADLINE.match(lines[head].text.strip()):
        return head
    # issue 9 (stranger trial 9): the letterhead read as the headline, the mark right under
    # it ("BANK OF CALDERRA" / "Press Release", "CALDERRA STATISTICS OFFICE" / "First
    # Release"): the title is under the mark as well
    if (head + 1 < len(lines) and is_letterhead(lines[head].text)
            and H.RELEASE_MARK_HEADLINE.match(lines[head + 1].text.strip())):
        return head + 1
    return None


def is_letterhead(text: str) -> bool:
    """A release's sender as its letterhead names it ("MINISTRY OF THE INTERIOR", "Bank of
    Calderra"), not its desk ("Press Office")."""
    text = text.strip()
    return bool(H.SENDER_LINE.match(text)) and not H.DESK_LINE.match(text)


def headline_under_release_mark(lines: list[_Line], reading: _Reading) -> str | None:
    """The title under a release mark read as the headline ("PRESS RELEASE No. 214/2026" /
    "For immediate release" / "Brekka, 24 November 2026, 18:00" / "Update on …"): the first
    headline-shaped line under it past the release's furniture and its stamp, or None."""
    from according.article.scraped import _is_headline_shape, _is_stamp_line

    mark = _mark_index(reading, lines)
    if mark is None:
        return None
    for line in lines[mark + 1:mark + 1 + H.TITLE_SEARCH_LINES]:
        text = line.text.strip()
        if H.RELEASE_FURNITURE.match(text) or _is_stamp_line(text) or _place_stamp(text):
            continue
        return text if _is_headline_shape(text) or _short_release_title(text) else None
    return None


def _short_release_title(text: str) -> bool:
    """A release's title shorter than a story's headline, opening with a capital ("Monetary
    Policy Decision", "Interest rate statement"; issue 9): no writer's name (a known first
    name opening it), no place, byline, stamp, furniture or sentence."""
    from according.article.header import _is_place
    from according.article.lines import _is_furniture
    from according.article.scraped import _is_stamp_line
    from according.data import article_rules as R

    words = text.split()
    return (H.SHORT_TITLE_MIN_WORDS <= len(words) and text[:1].isupper()
            and words[0] not in R.FIRST_NAMES and not R.BYLINE_PREFIX.match(text)
            and not _is_place(text)
            and not _is_stamp_line(text) and not _is_furniture(text)
            and not R.SENTENCE_END.search(text) and not any(c.isdigit() for c in text))


def _place_stamp(text: str) -> bool:
    """A release's place before its stamp ("Brekka, 24 November 2026, 18:00")."""
    from according.article.scraped import _is_stamp_line

    place, sep, rest = text.partition(", ")
    return bool(sep) and place[:1].isupper() and len(place.split()) <= 3 and _is_stamp_line(
        rest)


def with_release_letterhead(metadata: Metadata, lines: list[_Line],
                            reading: _Reading) -> Metadata:
    """The outlet of a release nothing else names: the body its letterhead names over the
    release mark ("MINISTRY OF THE INTERIOR" -> "Ministry of the Interior")."""
    if metadata.outlet:
        return metadata
    mark = next((i for i, ln in enumerate(lines[:H.LETTERHEAD_LINES + 1])
                 if H.RELEASE_MARK_HEADLINE.match(ln.text.strip())), None)
    if mark is None:
        return metadata
    above = range(mark - 1, max(-1, mark - 1 - H.LETTERHEAD_LINES), -1)
    # issue 9: a PDF's mark may head the page over the letterhead ("PRESS RELEASE" /
    # "CARIBBEAN DISASTER EMERGENCY MANAGEMENT AGENCY" / "FOR IMMEDIATE RELEASE")
    below = range(mark + 1, min(len(lines), mark + 1 + H.LETTERHEAD_LINES))
    for i in (*above, *below):
        text = lines[i].text.strip()
        if reading.kinds.get(i, ("body", None))[0] not in ("boilerplate", "headline"):
            if i > mark:
                break  # under the mark, the letterhead comes before the story
            continue
        if is_letterhead(text):
            return replace(metadata, outlet=_sender_name(text))
    return metadata


def _sender_name(text: str) -> str:
    """The sender a letterhead names, as the outlet table names it when it knows the body
    ("CARIBBEAN DISASTER EMERGENCY MANAGEMENT AGENCY" -> "CDEMA"), else in title case."""
    from according.article.text_mastheads import as_name
    from according.outlets import outlet_named

    name = as_name(text)
    known = outlet_named(name) or outlet_named(text)
    return known.name if known else name
