"""Issue 9 (stranger trial 8): what a humanitarian report's own lines say about it.

- `report_producer(lines)`: the organisation a report's producer line names ("This report
  is produced by OCHA Velmora in collaboration with humanitarian partners."), as the outlet
  table names it: the longest opening of the name the table knows ("OCHA Velmora", OCHA's
  country office, is "OCHA"), else the name as written. The report's outlet when nothing
  else names one (a portal's "Source: OCHA" row, round 31, comes first).
- `with_data_day_from(metadata, lines, reading)`: a report dated only by its data-day line
  ("As of 25 November 2026") keeps that day as its publication day, the best known, and
  `published_from` says so.
- `label_table_sources(lines, reading)`: a "Source: …" note right under the rows of a
  report's key-figures table ("Deaths ........ 17" / "Source: Ministry of Health of
  Velmora, …") is the report's statement of where its figures come from: story (body), not
  a site's credit line, which the furniture families read "Source: Al Jazeera" as.
"""

from __future__ import annotations

from dataclasses import replace

from according.article.lines import _Line, _Reading
from according.data import article_reports as P
from according.records import Metadata

PRODUCER_MAX_WORDS = 8


def report_producer(lines: list[_Line]) -> str | None:
    """The producer a report's line names (module doc); None without such a line."""
    from according.outlets import outlet_named

    for line in lines:
        found = P.PRODUCER_LINE.match(line.text)
        if found is None:
            continue
        words = found.group("name").split()
        if words and words[0].lower() == "the":
            words = words[1:]
        for n in range(min(len(words), PRODUCER_MAX_WORDS), 0, -1):
            known = outlet_named(" ".join(words[:n]))
            if known is not None and not known.plain_word:
                return known.name
        return " ".join(words).rstrip(".,;:") or None
    return None


def label_table_sources(lines: list[_Line], reading: _Reading) -> None:
    """A table's source note under its rows is story (module doc)."""
    for i in range(1, len(lines)):
        if (reading.kinds.get(i, ("body", None))[0] == "boilerplate"
                and P.TABLE_SOURCE.match(lines[i].text)
                and reading.kinds.get(i - 1, ("body", None))[0] == "body"
                and P.TABLE_ROW.match(lines[i - 1].text)):
            del reading.kinds[i]


DATA_DAY_FROM = ("the report's data day, its 'as of' line ({line}): no publication date "
                 "printed")


def with_data_day_from(metadata: Metadata, lines: list[_Line], reading: _Reading) -> Metadata:
    """The publication time of a text whose only stamp is its data-day line ("As of 25
    November 2026" under a situation report's title) stays that day, the best day known,
    and `published_from` says it rests on that line: the day the figures stand at, which a
    report is published on or soon after."""
    from according.times.data_days import DATA_DAY_LINE

    if metadata.published is None or metadata.published_from is not None:
        return metadata
    stamps = [lines[i].text for i, (kind, _) in reading.kinds.items() if kind == "date"]
    if not stamps or not all(DATA_DAY_LINE.match(s) for s in stamps):
        return metadata
    return replace(metadata, published_from=DATA_DAY_FROM.format(line=stamps[0]))
