"""The reports behind a claim or a quote: its appearances grouped by the original report
they are copies of (a wire story and every outlet that republished it are one report), as
the claims and quotes pages list them. Pure: appearances in, stories out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from according.service.models import Appearance, ArticleSummary


@dataclass(frozen=True)
class Story:
    """One original report and the republished copies of it among the appearances listed:
    `original` is its first report when listed, else None (a copy's original not among the
    members shown); `copies` the others, in the order listed."""

    original_id: str
    original: Appearance | None
    copies: tuple[Appearance, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        """Every outlet the listed members of the story ran under, the original's first."""
        members = ((self.original,) if self.original else ()) + self.copies
        return tuple(dict.fromkeys(a.outlet or "unknown outlet" for a in members))


def stories(appearances: Iterable[Appearance]) -> list[Story]:
    """The appearances grouped by the report they belong to (`original`; an appearance
    without one is its own report), in the order each report first appears."""
    grouped: dict[str, list[Appearance]] = {}
    for a in appearances:
        grouped.setdefault(a.original or a.article_id, []).append(a)
    out = []
    for original_id, members in grouped.items():
        first = next((a for a in members if a.article_id == original_id), None)
        # a copy once, however often its article says it
        copies = {a.article_id: a for a in reversed(members) if a.article_id != original_id}
        out.append(Story(original_id, first, tuple(reversed(copies.values()))))
    return out


def republished(article_id: str, summaries: dict[str, ArticleSummary]) -> str:
    """What a figure's article is as a report, for its row: "copy of <the original's
    outlet>" (a republished wire story or syndicated copy), "wire" (a wire service's own
    report, or credited to one), or "" (an original report, or not known)."""
    found = summaries.get(article_id)
    if found is None:
        return ""
    if found.original and found.original != article_id:
        first = summaries.get(found.original)
        return f"copy of {first.outlet or 'an unknown outlet' if first else 'another report'}"
    return "wire" if found.wire else ""
