"""A metadata header a tool wrote over the text: trafilatura's txt output with metadata
("---", "title: …", "author: …", "date: 2023-09-12", "sitename: …", "---"), the same form
as a Markdown file's front matter. Its fields are the page's given metadata, like a JSON
line's; its lines are no part of the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from according.data.article_rules import FRONT_MATTER_KEYS
from according.records import Metadata

_FENCE = re.compile(r"^-{3}[ \t]*$")
_FIELD = re.compile(r"^(?P<key>[a-z][a-z_-]{1,20})[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
# At least this many known fields make the block a header (a story line "Note: …" between
# two rules is not one).
MIN_KNOWN_FIELDS = 2


@dataclass(frozen=True)
class FrontMatter:
    end: int  # offset just past the closing "---" line
    fields: dict[str, str]  # known keys only, values as written (empty ones left out)


def front_matter(text: str) -> FrontMatter | None:
    """The header at the very top of `text` (blank lines before it allowed), else None."""
    lines = text.splitlines(keepends=True)
    pos, i = 0, 0
    while i < len(lines) and not lines[i].strip():
        pos += len(lines[i])
        i += 1
    if i >= len(lines) or not _FENCE.match(lines[i].strip()):
        return None
    pos += len(lines[i])
    fields: dict[str, str] = {}
    for raw in lines[i + 1:]:
        pos += len(raw)
        line = raw.strip()
        if _FENCE.match(line):
            return FrontMatter(pos, fields) if len(fields) >= MIN_KNOWN_FIELDS else None
        field = _FIELD.match(line)
        if field is None:
            return None
        if field["key"] in FRONT_MATTER_KEYS and field["value"]:
            fields[field["key"]] = field["value"]
    return None


def front_matter_hints(header: FrontMatter, hints: Metadata | None,
                       url: str | None) -> tuple[Metadata, str | None]:
    """The header's fields as hints (a field the input gave otherwise wins) and the page's
    address (the header's when the input gave none)."""
    from according.read.inputs import published_hint

    fields = header.fields
    url = url or fields.get("url") or None
    base = hints or Metadata()
    published, _ = published_hint(fields.get("date"), "date field", url)
    authors = tuple(a.strip() for a in re.split(r"\s*;\s*", fields.get("author", ""))
                    if a.strip())
    merged = replace(
        base,
        headline=base.headline or fields.get("title"),
        byline=base.byline or authors,
        published=base.published or published,
        published_text=base.published_text or (fields.get("date") if published else None),
        outlet=base.outlet or fields.get("sitename"),
    )
    return merged, url


def blank_front_matter(text: str, header: FrontMatter) -> str:
    """`text` with the header's characters turned to spaces (newlines kept), so every offset
    after it stays where it was."""
    head = re.sub(r"[^\r\n]", " ", text[:header.end])
    return head + text[header.end:]
