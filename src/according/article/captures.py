"""Stories as fact-checkers keep them (round 27): web-archive captures copied with their
banner, read-later copies and exports, browser print copies.

A capture's banner is the archive's, not the story's: its lines are boilerplate and its
time (when the archive saved the page) is never read as the publication time; the page's
own address, which the banner names, stands for the archive's. The patterns are data in
`according.data.article_captures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from according.article.lines import _Line, _Reading
from according.data import article_captures as C
from according.read.captures import is_archive_address, original_address

if TYPE_CHECKING:
    from according.article.front_matter import FrontMatter


@dataclass(frozen=True)
class CaptureBanner:
    end: int  # offset just past the banner's last line
    address: str | None  # the archived page's own address, when the banner names it


def capture_banner(text: str) -> CaptureBanner | None:
    """A web archive's banner at the top of a select-all copy (the Wayback Machine's toolbar,
    a Perma.cc record's bar, archive.today's header), else None."""
    raw = text.splitlines(keepends=True)
    shown = [(i, ln.strip()) for i, ln in enumerate(raw) if ln.strip()]
    if not shown or not (opener := C.BANNER_OPENER.match(shown[0][1])):
        return None
    last, gap, label_value = 0, 0, False
    for k, (_, line) in enumerate(shown[1:C.BANNER_WINDOW], start=1):
        if label_value or C.BANNER_LINE.match(line):
            last, gap = k, 0
            label_value = bool(C.BANNER_LABEL.match(line)) and not label_value
            continue
        gap += 1
        if gap > C.BANNER_GAP or (last == 0 and len(line.split()) >= C.BANNER_KICKER_WORDS):
            break  # a sentence under the opener: a kicker naming the archive, over a headline
    if last == 0:
        return None
    end = sum(len(ln) for ln in raw[:shown[last][0] + 1])
    lines = [line for _, line in shown[:last + 1]]
    return CaptureBanner(end, _banner_address(opener.group("address"), lines))


def _banner_address(opened: str | None, lines: list[str]) -> str | None:
    """The archived page's address a banner names: inside the archive's address on its first
    line, or the first address on a line of its own (or after "Original URL:") that is no
    archive's."""
    if (original := original_address(opened)) is not None:
        return original
    for line in lines:
        address = line.split(": ", 1)[-1] if line.lower().startswith("original url:") else line
        if re.match(r"^https?://\S+$", address) and not is_archive_address(address):
            return address
    return None


def print_header_lines(raw: list[str]) -> list[int]:
    """Indexes of a browser's print header (the page's title and its address on one line, as
    Firefox prints it over every page): the first line, when it is such a line and either
    comes again or holds a later line (the headline) before its address."""
    shown = [(i, ln.strip()) for i, ln in enumerate(raw) if ln.strip()]
    if not shown or not (head := C.PRINT_TITLE_ADDRESS.match(shown[0][1])):
        return []
    repeats = [i for i, line in shown if line == shown[0][1]]
    title = head.group("title")
    if len(repeats) < 2 and not any(len(line) > 15 and title.startswith(line)
                                    for _, line in shown[1:12]):
        return []
    return repeats


def print_address(text: str) -> str | None:
    """The page's address in a browser's print header, when the copy opens with one."""
    raw = text.splitlines(keepends=True)
    if not (found := print_header_lines(raw)):
        return None
    head = C.PRINT_TITLE_ADDRESS.match(raw[found[0]].strip())
    return head.group("address") if head else None


def blank_banner(text: str, banner: CaptureBanner) -> str:
    """`text` with the banner's characters turned to spaces (newlines kept), so every offset
    after it stays where it was."""
    return re.sub(r"[^\r\n]", " ", text[:banner.end]) + text[banner.end:]


def read_later_address(text: str) -> str | None:
    """The original's address a read-later export links ("[Read Original](https://…)")."""
    for line in text.splitlines():
        if found := C.READ_LATER_ORIGINAL.match(line.strip()):
            return found.group("address")
    return None


def highlight_lines(texts: list[str]) -> list[int]:
    """Indexes of a Markdown export's highlight section ("## Highlights" down to the line
    before "## Content"), its headings included: quotes of the story, not the story."""
    sections = [(i, m.group("name").lower()) for i, t in enumerate(texts)
                if (m := C.MARKDOWN_SECTION.match(t))]
    found: list[int] = []
    for (i, name), nxt in zip(sections, [*sections[1:], None], strict=False):
        if name in C.HIGHLIGHT_SECTIONS and nxt is not None and nxt[1] in C.STORY_SECTIONS:
            found.extend(range(i, nxt[0] + 1))
    return found


def tool_spans(text: str, banner: CaptureBanner | None) -> list[tuple[int, int]]:
    """Character spans of a tool's lines to read past: a capture's banner at the top and a
    Markdown export's highlight section."""
    spans = [(0, banner.end)] if banner is not None else []
    raw = text.splitlines(keepends=True)
    starts = [sum(len(r) for r in raw[:i]) for i in range(len(raw))]
    for i in [*highlight_lines([r.strip() for r in raw]), *print_header_lines(raw)]:
        if raw[i].strip():
            spans.append((starts[i], starts[i] + len(raw[i].rstrip("\r\n"))))
    return spans


_FENCE = re.compile(r"^-{3}[ \t]*$")
_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]{1,30})[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?$")
_LIST_ITEM = re.compile(r"^\s+-\s")


def export_front_matter(text: str) -> FrontMatter | None:
    """A read-later export's YAML header (Omnivore's: a title as a '|' block on the lines
    under its key, tags as a '-' list, 'date_saved' beside 'date_published'), its fields
    under trafilatura's header's names; the save's time is left out. None when `text` opens
    with no such header."""
    from according.article.front_matter import MIN_KNOWN_FIELDS, FrontMatter
    from according.data.article_rules import FRONT_MATTER_KEYS

    lines = text.splitlines(keepends=True)
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None or not _FENCE.match(lines[first].strip()):
        return None
    pos = sum(len(ln) for ln in lines[:first + 1])
    fields: dict[str, str] = {}
    key: str | None = None
    for raw in lines[first + 1:]:
        pos += len(raw)
        line = raw.rstrip("\r\n")
        if _FENCE.match(line.strip()):
            return FrontMatter(pos, fields) if len(fields) >= MIN_KNOWN_FIELDS else None
        if key is not None and line[:1] in (" ", "\t") and not _LIST_ITEM.match(line):
            fields[key] = f"{fields.get(key, '')} {line.strip()}".strip()
            continue
        if _LIST_ITEM.match(line) or not line.strip():
            continue
        field = _FIELD.match(line)
        if field is None:
            return None
        name = C.FRONT_MATTER_ALIASES.get(field["key"].lower(), field["key"].lower())
        value = field["value"].strip().strip("\"'")
        key = name if _BLOCK_SCALAR.match(value) and name in FRONT_MATTER_KEYS else None
        if key is None and name in FRONT_MATTER_KEYS and value and name not in fields:
            fields[name] = value
    return None


HOST_MASTHEAD_LINES = 12  # a reader's header (title, host, writer, buttons) sits in these
_HOST_LINE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")
# issue 9: a share sheet's or a copy's whole address on a line of its own among the header's
# lines ("https://www.onmanorama.com/news/kerala/2024/08/04/….html" under the headline)
_ADDRESS_LINE = re.compile(r"^https?://(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})"
                           r"(?::\d+)?(?:/\S*)?$", re.IGNORECASE)


def sweep_host_masthead(lines: list[_Line], reading: _Reading) -> None:
    """A reader's or read-later app's header names the site by its host on a line of its own
    ("theatlantic.com" under the title in Pocket, "citinewsroom.com" in Instapaper), a share
    sheet by the story's whole address: the outlet the table knows at that host is the
    publisher."""
    from according.outlets import outlet_of_host

    if reading.masthead:
        return
    for i, line in enumerate(lines[:HOST_MASTHEAD_LINES]):
        if reading.kinds.get(i, ("body", None))[0] == "body":
            continue
        address = _ADDRESS_LINE.match(line.text.strip())
        host = address.group("host") if address else line.text
        if (address or _HOST_LINE.match(line.text)) and (
                known := outlet_of_host(host)) is not None:
            reading.masthead = known.name
            return


FULLER_NAME_EXTRA_WORDS = 2  # a city or region before a brand: "Honolulu Civil Beat"
_PLACE_JOINERS = frozenset({"and", "&"})


def table_spelling(outlet: str | None, url: str | None) -> str | None:
    """Round 37: the outlet table's name for the page's address when the name read spells it
    with other spaces or case ("BUSINESS DAY" over a page on businesslive.co.za, which the
    table names "BusinessDay"); else `outlet`."""
    from according.outlets import outlet_named, outlet_of_url

    if not outlet or outlet_named(outlet) is not None:
        return outlet
    known = outlet_of_url(url)
    letters = re.sub(r"[\W_]+", "", outlet.casefold())
    return known.name if known and re.sub(r"[\W_]+", "", known.name.casefold()) == letters \
        else outlet


def fuller_masthead(lines: list[_Line], reading: _Reading, outlet: str | None,
                    url: str | None = None) -> str | None:
    """The site's whole name when a line over the headline prints it with a place before the
    name its address spells ("Honolulu Civil Beat" over a page on civilbeat.org, read as
    "Civil Beat"); else `outlet`. A name the outlet table knows is kept as it is, unless the
    page's address is none of its sites ("Trinidad and Tobago Newsday" over a page on
    newsday.co.tt, read as Long Island's "Newsday", round 35)."""
    from according.outlets import outlet_named, registered_domain

    known = outlet_named(outlet) if outlet else None
    site = registered_domain(url)
    if not outlet or known is not None and not (site and known.domains
                                                and site not in known.domains):
        return outlet
    head = next((i for i, (kind, _) in sorted(reading.kinds.items()) if kind == "headline"),
                None)
    for i in range(min(head or 0, HOST_MASTHEAD_LINES)):
        words = lines[i].text.split()
        extra = len(words) - len(outlet.split())
        # (a joining word among the place's: "Trinidad and Tobago Newsday")
        extra -= sum(w in _PLACE_JOINERS for w in words)
        if (0 < extra <= FULLER_NAME_EXTRA_WORDS and lines[i].text.endswith(f" {outlet}")
                and all(w[:1].isupper() or w in _PLACE_JOINERS for w in words)
                and not {w.lower() for w in words[:extra]} & C.NOT_MASTHEAD_PLACES
                and reading.kinds.get(i, ("body", None))[0] != "headline"):
            return lines[i].text
    return outlet
