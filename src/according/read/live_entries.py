"""A live blog page's entries, each under its time, in the page's order (issue 9, stranger
trial 8).

trafilatura reads a live page's entries as paragraphs, but may drop each entry's stamp
when it is a heading holding only a `<time>` ("<h3><time …>17:20</time></h3>") and may
move the newest entry, the first under the page's header, above the headline, where the
layout takes it for furniture. The page prints its entries as sibling blocks of one kind
(each a `<div>`, `<article>`, `<section>` or `<li>` of the same class), each with a stamp
of its own, a time and little else, and the entry's paragraphs: `with_live_entries` puts
the entries back where the page shows them (after the paragraphs the page prints before
them, before those it prints after), each under its stamp, newest first as on the page.

Only what the extraction read is kept: an entry's paragraph the extraction dropped (an ad
slot, a share row) stays dropped; the entries' stamps are the one thing added, each a
line of its own that the layout reads as a date line and the times stage as an entry
stamp. A stamp printed inside a paragraph ("<p><time>10:32</time> Council says …</p>")
is the paragraph's and adds nothing.
"""

from __future__ import annotations

import re
from typing import Any

from according.times.headings import CLOCK, heading_line

ENTRY_TAGS = frozenset({"div", "article", "section", "li"})
PARAGRAPH_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li"})
MIN_ENTRIES = 2  # a live page has entries; one timed block is a story's own stamp
STAMP_MAX_CHARS = 60
STAMP_SCAN = 12  # the elements at an entry's top its stamp sits among


def _text(el: Any) -> str:
    return re.sub(r"\s+([,.;:])", r"\1", " ".join(" ".join(el.itertext()).split()))


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _stamp(block: Any) -> tuple[str, Any] | None:
    """A block's own stamp and the element holding it: a `<time>` (or a heading) whose
    text is a clock time and little else ("17:20", "9:14 AM EST", "Posted at 10:32"),
    before the block's first paragraph of text; None when there is none."""
    for n, el in enumerate(block.iter()):
        if n > STAMP_SCAN:
            return None
        if not isinstance(el.tag, str) or el is block:
            continue
        if el.tag == "time" or el.tag in ("h2", "h3", "h4", "h5", "h6", "span", "p"):
            text = _text(el)
            if text and len(text) <= STAMP_MAX_CHARS and _clock_time(text) and \
                    heading_line(text):
                return text, el
        if el.tag == "p" and len(_text(el).split()) > 3:
            return None
    return None


# A clock's hour, minute and what marks it as a time of day: "am"/"pm" or a zone ("GMT")
_CLOCK_PARTS = re.compile(
    r"\b(\d{1,2})([:.])(\d{2})\b(?:\s*([ap]\.?m\b\.?))?(?:\s*((?-i:[A-Z]{2,5}))\b)?",
    re.IGNORECASE)


def _clock_time(text: str) -> bool:
    """The stamp holds a time of day: an hour and minute in range, written with a colon, or
    with a dot and "am"/"pm" or a zone ("4.12pm", "11.42 GMT"); a bare "97.44" or "12.30"
    is a price or a figure, no time; an hour with "am"/"pm" and no minutes ("9am") is one."""
    found = _CLOCK_PARTS.search(text)
    if found is None:
        return bool(CLOCK.search(text)) and bool(re.search(r"\d\s*[ap]\.?m\b", text, re.I))
    hour, sep, minute, half, zone = found.groups()
    if int(hour) > (12 if half else 23) or int(minute) > 59:
        return False
    return sep == ":" or bool(half or zone)


def _paragraphs(block: Any, stamp_el: Any) -> list[str]:
    """The block's paragraphs in order, the stamp's own element (and those holding only
    it) left out."""
    out = []
    for el in block.iter(*PARAGRAPH_TAGS):
        if any(anc.tag in PARAGRAPH_TAGS for anc in el.iterancestors() if anc is not block
               and block in anc.iterancestors()):
            continue
        text = _text(el)
        if not text or el is stamp_el or stamp_el in el.iterancestors() or (
                el in stamp_el.iterancestors() and text == _text(stamp_el)):
            continue
        out.append(text)
    return out


Entry = tuple[Any, str, list[str]]  # an entry's block, its stamp and its paragraphs


def live_entries(root: Any) -> list[Entry] | None:
    """The page's entries, each its block, its stamp and its paragraphs (module doc): the
    largest run of such blocks under one parent; None for a page without at least two."""
    if root is None:
        return None
    best: list[Entry] | None = None
    for parent in root.iter():
        if not isinstance(parent.tag, str):
            continue
        groups: dict[tuple[str, str], list[Entry]] = {}
        for child in parent:
            if not isinstance(child.tag, str) or child.tag not in ENTRY_TAGS:
                continue
            if (found := _stamp(child)) is None:
                continue
            paragraphs = _paragraphs(child, found[1])
            if paragraphs:
                key = (child.tag, (child.get("class") or "").strip())
                groups.setdefault(key, []).append((child, found[0], paragraphs))
        for entries in groups.values():
            if len(entries) >= MIN_ENTRIES and (best is None or len(entries) > len(best)):
                best = entries
    return best


def with_live_entries(root: Any, shown: list[Any], paragraphs: list[str]) -> list[str]:
    """The extraction's paragraphs with a live page's entries in the page's order, each
    under its stamp (module doc); the paragraphs as they were for any other page, or when
    the extraction kept none of the entries' text."""
    entries = live_entries(root)
    if entries is None:
        return paragraphs
    kept = {_norm(p) for p in paragraphs}
    story: list[str] = []
    entry_keys: set[str] = set()
    for _, stamp, texts in entries:
        own = [t for t in texts if _norm(t) in kept]
        if not own:
            continue
        if _norm(stamp) not in kept:
            story.append(stamp)
        story.extend(own)
        entry_keys.update(_norm(t) for t in own)
    if not entry_keys:
        return paragraphs
    # where the page prints the extraction's other paragraphs: before the entries or after
    order = {id(el): i for i, el in enumerate(shown)}
    inside = {id(el) for block, _, _ in entries for el in block.iter()}
    start = order.get(id(entries[0][0]), 0)
    where: dict[str, bool] = {}  # a paragraph's key -> printed after the entries
    for el in shown:
        if id(el) in inside:
            continue
        key = _norm(_text(el))
        if key and key not in where:
            where[key] = order[id(el)] > start
    before, after = [], []
    seen_entry = False
    for p in paragraphs:
        key = _norm(p)
        if key in entry_keys:
            seen_entry = True
            continue
        later = where.get(key, seen_entry)
        (after if later else before).append(p)
    return before + story + after
