"""Issue 9 (stranger trial 8): a summary box's marked points in a page's header, and a
humanitarian report's highlights.

- A summary box's points ("What to know about the ice storm:" / "- More than 340,000
  customers …") repeat the story: furniture, as body.py reads them under the story's
  first line, also when a post's bare time follows them ("11:40 AM EST", a live page's
  first entry stamp), which the header reads as its stamp: they are no standfirst.
- A humanitarian report's highlights ("HIGHLIGHTS" / "- The Ministry of Health reports 298
  suspected cholera cases …") are its key statements, the report's own findings: story.
  A report is known by its kind named in its title or in the line under it ("VELMORA:
  Cholera Outbreak in Tessa Delta Region" / "Situation Report No. 3"), as body.py already
  read "Flash Update No. 3" in a headline (rounds 9, 31).
"""

from __future__ import annotations

import re

from according.article.lines import _Line, _Reading
from according.data import article_rules as R

# A humanitarian report's kind ("Flash Update No. 3", "Situation Report No. 3", "Gaza
# Situation Report #96", "Humanitarian Bulletin")
REPORT_KIND = re.compile(
    r"\b(?:flash update|situation report|sitrep|humanitarian (?:update|snapshot|bulletin)"
    r"|situation update)\b", re.IGNORECASE)


def is_report(reading: _Reading) -> bool:
    """The text is a humanitarian report's: its kind named in its headline or standfirst
    (the line under its title)."""
    return any(REPORT_KIND.search(t or "") for t in (reading.headline, reading.standfirst))


def summary_box_point(lines: list[_Line], i: int) -> bool:
    """The line is a marked point ("- …", "• …") of a summary box: the lines above it up to
    the box's heading ("What to know about …:", "Key points", "Highlights") are marked
    points too."""
    if not R.LIST_MARKER.match(lines[i].text):
        return False
    j = i - 1
    while j >= 0 and R.LIST_MARKER.match(lines[j].text):
        j -= 1
    return j >= 0 and bool(R.SUMMARY_HEADING.match(lines[j].text))
