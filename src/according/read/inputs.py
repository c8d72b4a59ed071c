"""What a reader hands on: an article's text with what its container knew, or why it failed.

Both are always encodable as UTF-8, whatever the input held, so a record or an error line
can be printed and stored: a lone surrogate code point (from a JSON "\\ud800" escape, an
`&#xD800;` reference, or a file name that is not UTF-8) never reaches a writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import datetime

from according.records import InputInfo, Metadata

DEFAULT_MAX_BYTES = 5_000_000
# Fields that hold an article in a JSON object: ours ("text", "html"), and the text field of
# news-please, the scraper of CommonCrawl's news ("maintext").
TEXT_FIELDS = ("text", "maintext")
ARTICLE_FIELDS = frozenset((*TEXT_FIELDS, "html"))
REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
# what Python makes of an undecodable byte in a file name ("surrogateescape")
_ESCAPED_BYTE = range(0xDC80, 0xDD00)


def encodable_text(text: str) -> tuple[str, int]:
    """`text` with every lone surrogate replaced by U+FFFD (same length, so offsets hold),
    and how many there were."""
    if _SURROGATE.search(text) is None:
        return text, 0
    return _SURROGATE.subn(REPLACEMENT, text)


def printable_name(name: str) -> str:
    """A file name or label as a user can read it: a byte that was not UTF-8 as "\\xe9",
    any other lone surrogate as U+FFFD."""
    if _SURROGATE.search(name) is None:
        return name

    def shown(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code - 0xDC00:02x}" if code in _ESCAPED_BYTE else REPLACEMENT

    return _SURROGATE.sub(shown, name)


def _encodable_fields(obj: object) -> object:
    """`obj` (Metadata, InputInfo), or a copy whose strings are encodable when some were not."""
    changes = {}
    for f in fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if isinstance(value, str):
            clean: object = encodable_text(value)[0]
        elif isinstance(value, tuple):
            clean = tuple(encodable_text(v)[0] if isinstance(v, str) else v for v in value)
        else:
            continue
        if clean != value:
            changes[f.name] = clean
    return replace(obj, **changes) if changes else obj  # type: ignore[type-var]


@dataclass(frozen=True)
class ArticleInput:
    """One article to extract: plain text is the decoded file unchanged (a UTF-8 BOM
    dropped); HTML, WARC, feed and JSON Lines give the extracted article text. Lone
    surrogates are replaced by U+FFFD on construction, with a warning saying how many."""

    text: str
    info: InputInfo
    hints: Metadata | None = None
    warnings: tuple[str, ...] = ()  # what the reader doubted; they go into the record

    def __post_init__(self) -> None:
        text, replaced = encodable_text(self.text)
        path = self.info.path
        info = self.info if path is None else replace(self.info, path=printable_name(path))
        warnings = tuple(encodable_text(w)[0] for w in self.warnings)
        if replaced:
            warnings += (f"{replaced:,} lone surrogate code point(s) in the input, not "
                         "encodable as UTF-8, replaced by U+FFFD",)
        clean = {"text": text, "info": _encodable_fields(info), "warnings": warnings,
                 "hints": None if self.hints is None else _encodable_fields(self.hints)}
        for name, value in clean.items():
            if value != getattr(self, name):
                object.__setattr__(self, name, value)


@dataclass(frozen=True)
class InputError:
    """An input that is not an article; `name` names it, `reason` says why in one line
    (both made printable on construction)."""

    name: str
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", printable_name(self.name))
        reason = " ".join(encodable_text(self.reason)[0].split())
        object.__setattr__(self, "reason", reason)

    def __str__(self) -> str:
        return f"according: {self.name}: {self.reason}"


def too_big(size: int, max_bytes: int, unit: str = "") -> str:
    """The reason given for an input over the size limit; `unit` names what the limit
    applies to when that is not the whole file ("per WARC record")."""
    return f"over the size limit of {max_bytes:,} bytes{' ' + unit if unit else ''} ({size:,})"


# A scraper's stamp with a time but no zone ("2025-10-21 15:42:00", as news-please writes
# every date); its midnight ("… 00:00:00") is how it writes a day without a time.
_NAIVE_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](?!00:00(?::00)?$)\d{2}:\d{2}(?::\d{2})?$")


def published_hint(stamp: object, field: str,
                   url: str | None = None) -> tuple[str | None, tuple[str, ...]]:
    """A container's publication stamp (a feed entry's date, a JSON line's "published") as
    UTC ISO 8601, or None and a warning naming `field` when it is given but cannot be read
    or lies outside the calendar Python can hold (year 9999 with an offset): a date is a
    hint, never a reason to lose the article. A time without a zone is in the zone of the
    page at `url` (its newsroom's or country's, as a stamp printed on the page would be)."""
    from according.read.dates import date_style, home_zone, published_utc

    if not isinstance(stamp, str) or not stamp.strip():
        shown = "" if stamp is None or stamp == "" else repr(stamp)[:80]
        return None, ((f"{field} {shown} is not a date and time; ignored",) if shown else ())
    zone = home_zone(date_style(url)) if url and _NAIVE_STAMP.match(stamp.strip()) else None
    try:
        if zone is not None:  # as a stamp printed on the page: in its newsroom's zone
            stamp = datetime.fromisoformat(stamp.strip()).replace(tzinfo=zone).isoformat()
        utc = published_utc(stamp.strip())
    except (ValueError, OverflowError, ArithmeticError) as err:
        return None, (f"{field} {stamp.strip()[:80]!r} is out of range ({err}); ignored",)
    if utc is None:
        from according.data.article_rules import MAX_YEAR, MIN_YEAR

        why = (f"is outside the calendar of publications (years {MIN_YEAR} to {MAX_YEAR})"
               if _out_of_range(stamp) else
               "is not a date and time this reader knows")
        return None, (f"{field} {stamp.strip()[:80]!r} {why}; ignored",)
    return utc, ()


def _out_of_range(stamp: str) -> bool:
    """The stamp is a date, but of a year no publication has (0001, 9999)."""
    from according.read.dates import MAX_STAMP_CHARS, stamp_out_of_range

    return stamp_out_of_range(stamp.strip()[:MAX_STAMP_CHARS])
