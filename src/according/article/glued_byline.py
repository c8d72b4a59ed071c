"""A byline a scraper glued onto the lede (newspaper3k joins a page's byline paragraph to
the first story paragraph with a space): "By Sahina Shrestha in Jajarkot The magnitude 5.7
earthquake …". The name is the writer; the line stays the story's."""

from __future__ import annotations

import re

from according.article.lines import _Line, _Reading

# "By" and two or three capitalised words, perhaps "in Place", then the lede's first words:
# after a place any capitalised word opens the sentence; without one only an article or a
# determiner does ("By Ann Roe The council …"), so a name run into a capitalised word is
# never cut short.
GLUED_BYLINE = re.compile(
    r"^By (?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})"
    r"(?: in (?P<place>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?) (?=[A-Z\"“][a-z]*\s+[a-z0-9])"
    r"| (?=(?:The|A|An|This|These|At least|More than)\s+[a-z0-9]))")
GLUED_LEDE_MIN_WORDS = 20  # a lede's length after the name; a byline line alone is shorter
# Words of a time phrase opening a lede ("By Christmas Eve The army …", "By Late March A …"):
# no writer's name holds them (review 1127h).
# (months and seasons that are first names too, "April Ryan", "June Kelly", "Summer Lin",
# are left out)
TIME_PHRASE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march july"
    " september october november december christmas easter day night morning afternoon"
    " evening midnight noon late early week weekend month year ramadan eid".split())


def sweep_glued_byline(lines: list[_Line], reading: _Reading) -> None:
    """The writer of a first story line that opens with its byline glued on, when no byline
    was read."""
    if reading.byline:
        return
    first = next((i for i, ln in enumerate(lines)
                  if reading.kinds.get(i, ("body", None))[0] == "body"), None)
    if first is None:
        return
    match = GLUED_BYLINE.match(lines[first].text)
    if match and any(w.lower() in TIME_PHRASE_WORDS for w in match.group("name").split()):
        return
    if match and len(lines[first].text[match.end():].split()) >= GLUED_LEDE_MIN_WORDS:
        reading.byline = [match.group("name")]
