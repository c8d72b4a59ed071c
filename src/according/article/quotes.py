"""Round 37: a markets page's quote strip copied a value a line, an aggregator's panels, and
a carried paper's foot note giving the time it first ran.

A select-all copy of a markets page prints its quote strip as the widget lays it out, a value
a line: the security's name, its level, its move ("DJIA" / "47,812.45" / "+0.31%", "USD/ZAR" /
"17.06" / "-0.48%", Yahoo's "^GSPC" / "+0.28%"). The move alone is furniture by its family
(data/article_markets.py); its level and name are only by their place over it, since a level
alone ("17.06") reads as a clock and a name alone ("Gold", "BRENT") as a menu's word.
"""

from __future__ import annotations

from according.article.lines import _Line, _Reading, _Stamp, _words
from according.data import article_markets as M
from according.data import article_rules as R

_RELABELLED = ("body", "standfirst", "date", "byline")


def quote_strip_lines(lines: list[_Line]) -> set[int]:
    """The indices of a quote strip's lines printed a value a line: each signed move alone
    on its line, the level over it and the security's name over that (or over the move)."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not M.QUOTE_SIGNED.match(line.text):
            continue
        found.add(i)
        j = i - 1
        if j >= 0 and j not in found and M.QUOTE_LEVEL.match(lines[j].text):
            found.add(j)
            j -= 1
        if j >= 0 and j not in found and _is_security_name(lines[j].text):
            found.add(j)
    return found


def _is_security_name(text: str) -> bool:
    return (bool(M.QUOTE_NAME.match(text)) and _words(text) <= M.QUOTE_NAME_MAX_WORDS
            and not M.QUOTE_LEVEL.match(text) and not text.lower().startswith("by "))


def label_quote_strips(lines: list[_Line], reading: _Reading) -> None:
    """A quote strip's names, levels and moves are furniture wherever the copy prints them;
    none is the headline, a stamp or a byline. A text of one line is no page with a quote
    strip: "-504" alone is a figure (the figure cases' dk-1082)."""
    if len(lines) < 2:
        return
    for i in sorted(quote_strip_lines(lines)):
        if reading.kinds.get(i, ("body", None))[0] in _RELABELLED:
            reading.kinds[i] = ("boilerplate", None)


def label_aggregator_panels(lines: list[_Line], reading: _Reading) -> None:
    """An aggregator's panel values under their headings ("Factuality" / "High",
    "Ownership" / …) and the place line over its source count ("Vienna, Austria" / "34
    Articles"): furniture, as the headings are."""
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if (M.PANEL_HEADING.match(line.text) and _words(nxt.text) <= M.PANEL_VALUE_MAX_WORDS
                and not R.SENTENCE_END.search(nxt.text)):
            _furnish(reading, i + 1)
        if (M.AGGREGATOR_COUNT.match(nxt.text) and "," in line.text
                and _words(line.text) <= M.QUOTE_NAME_MAX_WORDS
                and all(w[:1].isupper() for w in line.text.split())):
            _furnish(reading, i)


def _furnish(reading: _Reading, i: int) -> None:
    if reading.kinds.get(i, ("body", None))[0] in ("body", "standfirst"):
        reading.kinds[i] = ("boilerplate", None)


def read_first_published_foot(lines: list[_Line], reading: _Reading) -> None:
    """A paper's note under the story giving the time it first ran ("This story was
    originally published November 27, 2026 at 11:05 AM.", as a news app carries it under a
    header showing only the day): the first publication's stamp, when no stamp read so far
    gives a clock."""
    if any(R.TIME_IN_STAMP.search(s.text) for s in reading.stamps):
        return
    for line in lines:
        match = M.FIRST_PUBLISHED_FOOT.match(line.text)
        if match:
            reading.stamps.append(_Stamp(match.group("stamp"), 0))
            return
