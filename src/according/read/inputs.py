"""What a reader hands on: an article's text with what its container knew, or why it failed."""

from __future__ import annotations

from dataclasses import dataclass

from according.records import InputInfo, Metadata

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class ArticleInput:
    """One article to extract: plain text is the decoded file unchanged (a UTF-8 BOM
    dropped); HTML, WARC, feed and JSON Lines give the extracted article text."""

    text: str
    info: InputInfo
    hints: Metadata | None = None
    warnings: tuple[str, ...] = ()  # what the reader doubted; they go into the record


@dataclass(frozen=True)
class InputError:
    """An input that is not an article; `name` names it, `reason` says why in one line."""

    name: str
    reason: str

    def __str__(self) -> str:
        return f"according: {self.name}: {self.reason}"


def too_big(size: int, max_bytes: int, unit: str = "") -> str:
    """The reason given for an input over the size limit; `unit` names what the limit
    applies to when that is not the whole file ("per WARC record")."""
    return f"over the size limit of {max_bytes:,} bytes{' ' + unit if unit else ''} ({size:,})"
