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
READ_DATE_LINE = re.compile(
    r"^\W{0,3}(?:retrieved|accessed|downloaded|fetched|saved|scraped|crawled|printed"
    r"|captured|archived|clipped|load-date|date accessed|date retrieved|access date)\b"
    r".{0,120}$", re.IGNORECASE)

# How long after a dateline's month-day a read date may fall for its year to be taken: a
# copy read within a season of the story. Past that, a yearly repeat is as likely.
READ_AFTER_MAX_DAYS = 92
