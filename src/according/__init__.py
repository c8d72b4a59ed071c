"""according: who said what, according to whom, with which numbers, and when.

`according.extract(text_or_html, url=None)` turns one article into a Record
(see ../shared/CONTRACT.md). Heavy dependencies load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "__version__"]

if TYPE_CHECKING:
    from according.records import Record


def extract(text_or_html: str, *, url: str | None = None, **options: Any) -> Record:
    """Extract the record of one article given as plain text or HTML."""
    from according.extract import extract_text

    return extract_text(text_or_html, url=url, **options)
