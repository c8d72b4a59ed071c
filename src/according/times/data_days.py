"""Issue 9 (stranger trial 8): a report's data day, the day its figures stand at, printed on
a line of its own: "As of 25 November 2026" under a situation report's title, "KEY FIGURES
(as of 25 November 2026)" over its table, "All information valid as of 28 October 2025".

`data_day_headings(text, published)` returns such lines as headings (times.headings'
`Heading`): each line's span, the day it names and the end of the stretch it dates (the
next such line, else the text's end). A figure with no time of its own in its clause or its
attribution's under such a line is about that day (quantities.as_of, after a live blog's
entry headings): the report says so, `as_of_from` "text"; the line's own day is the
publication day only when nothing else dates the report (`published_from` says so).
"""

from __future__ import annotations

import re
from datetime import datetime

from according.records import Span
from according.times.headings import Heading, _day_of

# The line alone, perhaps a table's heading before it in brackets: "As of 25 November 2026",
# "KEY FIGURES (as of 25 November 2026)", "All information valid as of 28 October 2025",
# "Figures as of 3 March", "Data correct as of 1 May 2025."
DATA_DAY_LINE = re.compile(
    r"^(?:[A-Z][\w ,&'’-]{0,40}?\s*\(\s*)?"
    r"(?:(?:all\s+)?(?:information|data|figures|numbers|statistics)\s+(?:(?:is|are)\s+)?"
    r"(?:valid\s+|correct\s+|current\s+|accurate\s+)?)?"
    r"as\s+(?:of|at)\s+(?P<day>[^()\n]{3,40}?)\s*\)?\.?$", re.IGNORECASE)
DATA_DAY_MAX_CHARS = 90


def data_day_line(line: str, published: datetime) -> str | None:
    """The day a data-day line names (module doc), counted back from `published`; None for
    any other line."""
    line = line.strip()
    if len(line) > DATA_DAY_MAX_CHARS or (found := DATA_DAY_LINE.match(line)) is None:
        return None
    return _day_of(found.group("day"), published)


def data_day_headings(text: str, published: datetime | None) -> tuple[Heading, ...]:
    """The data-day lines of a text as headings (module doc); () without a publication
    time to count from."""
    if published is None:
        return ()
    found = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if (day := data_day_line(line, published)) is not None:
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            found.append((Span.of(text, start, start + len(line)), day))
    return tuple(Heading(span, day, found[i + 1][0].start if i + 1 < len(found) else len(text))
                 for i, (span, day) in enumerate(found))
