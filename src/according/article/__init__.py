"""The layout of a news article: labelled regions and the metadata they carry.

`read_layout(text)` labels every non-blank line (headline, standfirst, byline,
dateline, date, related, caption, credit, boilerplate, body) with offsets into
the unchanged text, and reads the article's metadata from them. The rules are
data in `according.data.article_rules`; each small reader (header.py, body.py,
metadata.py) tries one thing and returns early.
"""

from __future__ import annotations

from dataclasses import dataclass

from according.article.body import _body_line_kind, _read_dateline_prefix, _regions, line_kind
from according.article.header import _read_header
from according.article.lines import _lines, _Reading
from according.article.metadata import _metadata
from according.read.dates import published_utc
from according.records import Metadata, Region

__all__ = ["Layout", "line_kind", "published_utc", "read_layout"]


@dataclass(frozen=True)
class Layout:
    regions: tuple[Region, ...]
    metadata: Metadata


def read_layout(text: str, *, hints: Metadata | None = None, url: str | None = None) -> Layout:
    """Regions covering every non-blank line of `text`, and the article's metadata.

    `hints` (what an HTML page or feed knew) fill what the text does not show.
    """
    lines = _lines(text)
    reading = _Reading()
    body_from = _read_header(lines, reading, hints)
    for i in range(body_from, len(lines)):
        if i not in reading.kinds:
            found = _body_line_kind(lines[i].text, reading)
            if found:
                reading.kinds[i] = found
    _read_dateline_prefix(lines, reading, body_from)
    regions = _regions(lines, reading)
    return Layout(regions, _metadata(text, reading, hints, url))
