"""Publication times the layout can only half read (2026-11-27, stranger trial 2), as data:
a wire dateline's day without a year ("VELMORA, Nov 22 (Reuters) -"), and the lines of a
copy that date its reading ("Retrieved 24 November 2026"), which bound that year.

`according.article.pubtime` uses them.
"""

from __future__ import annotations

import re

from according.data.article_rules import MONTH

# A month and day without a year in a dateline's head: "Nov 22", "Nov. 22", "22 November",
# "Sept 30". A year after it ("Nov 22, 2026") makes it a full day, read as a stamp already.
DATELINE_MONTH_DAY = re.compile(
    rf"(?<![\w.])(?:(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH}))(?![\w])(?!,?\s*\d{{4}})",
    re.IGNORECASE)

# A copy's own line dating when it was read or saved: a citation's "Retrieved 24 November
# 2026", "Accessed: 2026-11-24", a scraper's "Downloaded on …", "Saved …", "Fetched …",
# Nexis Uni's "Load-Date: November 24, 2026". The day on it is on or after publication.
_READ_WORDS = (r"(?:retrieved|accessed|downloaded|fetched|saved|scraped|crawled|printed"
               r"|captured|archived|clipped|load-date|date accessed|date retrieved"
               r"|access date)\b")
READ_DATE_LINE = re.compile(rf"^\W{{0,3}}{_READ_WORDS}.{{0,120}}$", re.IGNORECASE)

# What may stand between a read line's word and its day ("Retrieved 24 November 2026",
# "Downloaded on …", "Load-Date: …", a citation's "Archived from the original on …"), and
# after the day (its time, "from <address>", a citation's next "Retrieved …"): a story's
# sentence opening with such a word ("Archived footage from 14 March 2025 shows …",
# "Printed on 2 April 2025, the leaflet …") dates no reading (review 1127m).
READ_WORD_TO_DAY = re.compile(
    rf"^\W{{0,3}}{_READ_WORDS}\s*[:–—-]?\s*(?:from\s+(?:https?://|www\.)\S+\s+)?"
    r"(?:(?:on|at|from|the|original|date)\s*[:]?\s*)*$",
    re.IGNORECASE)
READ_DAY_TAIL = re.compile(
    r"^[\s,.;:]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*[A-Z]{2,5})?)?[\s,.;:)]*(?:(?:from|via|at|on|<)\s*\S+\s*>?|https?://\S+"
    r"|(?:retrieved|accessed)\b.*)?[\s.]*$", re.IGNORECASE)

# How long after a dateline's month-day a read date may fall for its year to be taken: a
# copy read within a season of the story. Past that, a yearly repeat is as likely.
READ_AFTER_MAX_DAYS = 92
# A read date is a day somewhere (a WARC record's UTC day, a reader's own): a dateline's
# month-day may be a day later east of it ("SYDNEY, Jan 1" read on 31 December 2026, UTC,
# is 1 January 2027; review 1127m).
READ_DAY_SLACK_DAYS = 1
