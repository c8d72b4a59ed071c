"""Pages with no article (stranger trial h6): a site's error page, an empty section page, a
cookie wall. Rules as data for `according.article.no_article`.

An error page says so in its title or its heading, in a site's own words: "Page not found",
"404", "Sorry, we can't find that page", "This page doesn't exist", "This story is no longer
available", "Error 410", "Oops! Something went wrong"; other languages' forms where a page
reads as English around them ("Seite nicht gefunden", "Page introuvable").
"""

from __future__ import annotations

import re

# An error page's heading, whole or the part after a site's name and a separator ("Orvane
# Herald — Page not found", "404 | Example News"): a status code, "Not found", "Page not
# found", "Something went wrong", an interjection before them allowed ("Oops! Page not found").
# A story's headline that opens with a code ("Error 500: how a bank outage froze payments")
# has more after it and is no such part.
HEADING_PARTS = re.compile(r"\s+[-–—|:·•]\s+|:\s+|(?<=[!?.])\s+")
_THING = r"(?:page|web\s?page|story|article|content|file|url|link|resource|document|post)s?"
ERROR_HEADING_PART = re.compile(
    r"(?:(?:sorry|oops|whoops|uh[- ]oh|error)\W*)?(?:"
    r"(?:(?:http\s+)?(?:error|status)\s*(?:code\s*)?)?(?:40[0-9]|41[0-9]|50[0-9])"
    r"(?:\W*(?:error|not\s+found|page\s+not\s+found|gone|forbidden|internal\s+server\s+error"
    r"|service\s+unavailable))?"
    r"|(?:(?:the\s+)?(?:requested\s+)?" + _THING + r"\s+)?(?:was\s+|is\s+)?(?:not\s+found"
    r"|(?:could|can)\s*not\s+be\s+found|can[’']t\s+be\s+found|unavailable|not\s+available"
    r"|no\s+longer\s+available|gone|missing)"
    r"|something\s+(?:went|has\s+gone)\s+wrong|access\s+denied|forbidden"
    r"|(?:oops|whoops|uh[- ]oh|sorry)"
    r")\W*",
    re.IGNORECASE)
# What an error page's heading says in a sentence, anywhere in it: "Sorry, we can't find that
# page", "This page doesn't exist", "The story you were looking for is no longer available";
# other languages' forms where the page reads as English around them.
ERROR_HEADING_SAYS = re.compile(
    r"\b(?:we|i)\s+(?:can[’']?t|cannot|couldn[’']?t|could\s+not|can\s+not)\s+find\s+"
    r"(?:(?:that|this|the|your)\s+" + _THING + r"\b|what\s+you\b)"
    r"|\b(?:this|that|the)\s+" + _THING + r"\s+(?:you\s+(?:were\s+|are\s+)?(?:looking\s+for"
    r"|requested|wanted|tried\s+to\s+(?:reach|open|visit))\s+)?"
    r"(?:does\s*n[o’']?t\s+exist|doesn[’']t\s+exist|(?:is|was|has\s+been)?\s*no\s+longer"
    r"\s+(?:available|exists|online)|(?:is\s+not|isn[’']t)\s+(?:available|here)"
    r"|(?:has\s+been|was|may\s+have\s+been|might\s+have\s+been)\s+(?:moved|removed|deleted"
    r"|taken\s+down|expired|archived)|(?:could\s+not|cannot|can[’']t)\s+be\s+found)"
    r"|\b(?:seite|artikel)\s+(?:wurde\s+)?nicht\s+gefunden\b"
    r"|\bpage\s+(?:introuvable|non\s+trouv[ée]e)\b"
    r"|\bp[áa]gina\s+(?:no\s+encontrada|n[ãa]o\s+encontrada)\b"
    r"|\bpagina\s+(?:non\s+trovata|niet\s+gevonden)\b",
    re.IGNORECASE)

# A sentence of an error page's own under its heading ("The story you were looking for may have
# been moved or deleted.", "Try searching", "Return to the homepage"): read with the heading.
ERROR_SENTENCE = re.compile(
    r"\b(?:(?:you\s+(?:were|are)\s+looking\s+for|you\s+requested|you\s+tried\s+to\s+reach)"
    r"|(?:may|might)\s+have\s+been\s+(?:moved|removed|deleted|renamed)"
    r"|(?:go|return|head)\s+(?:back\s+)?to\s+(?:the\s+|our\s+)?home\s*page"
    r"|try\s+(?:searching|a\s+search|again)|check\s+the\s+(?:url|address|link)"
    r"|broken\s+link|mistyped)\b",
    re.IGNORECASE)

# A line of story: at least a few words ending a sentence somewhere (a stop, a question or an
# exclamation mark, a closing quote or bracket after it, or a colon before a quote).
SENTENCE_MIN_WORDS = 4
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?:\s|$)|:\s*[\"“]")
# A site's name beside an error page's heading: a few capitalised words.
SITE_NAME_MAX_WORDS = 5
SITE_NAME_SMALL_WORDS = frozenset("the of and for on in at de la".split())
# An error page's heading is short: a story's headline about a missing page is longer.
ERROR_HEADING_MAX_WORDS = 14
# The most story an error page carries under its heading: a line or two of apology, in words.
ERROR_PAGE_MAX_BODY_WORDS = 60
ERROR_PAGE_MAX_SENTENCE_LINES = 2
# A story of its own is longer than that; a page whose body holds no sentence at all (only a
# heading, menus, links and a cookie notice) has no article however short its story could be.
