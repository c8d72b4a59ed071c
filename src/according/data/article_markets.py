"""Round 37's furniture families: the lines business and markets pages print around a story
(Bloomberg, CNBC, MarketWatch, The Economic Times, Business Day, Reuters) and the panels of a
news aggregator's story page (Ground News).

Patterns as in article_furniture.py: matched at the start of a stripped line, case-insensitive,
most of them the whole line. `article_furniture.FURNITURE_FAMILIES` takes these families in;
QUOTE_* below are read by article/quotes.py.
"""

from __future__ import annotations

import re

# A price move as a quote widget prints it: "+0.82%", "-0.021", "+412.31 (0.48%)", "▲ 1.2%",
# "+12.27 (+9.00%)": a sign, a number, perhaps a percentage in brackets after it.
_CHANGE = (r"(?:[+\-−–▲▼]\s?\d[\d,]*(?:\.\d+)?\s?%?|\d[\d,]*(?:\.\d+)?\s?%)"
           r"(?:\s*\(\s*[+\-−–]?\d[\d,]*(?:\.\d+)?\s?%\s*\))?")
_SIGNED = (r"(?:[+\-−–]|[▲▼]\s?)\d[\d,]*(?:\.\d+)?\s?%?"
           r"(?:\s*\(\s*[+\-−–]?\d[\d,]*(?:\.\d+)?\s?%\s*\))?")
# A security's name in a quote row: an index, a ticker, a pair or a company ("Sensex", "Nifty
# 50", "USD/INR", "Gold (MCX)", "CFR.SW", "^GSPC", "HDFC Bank", "U.S. 10 Yr"): each word opens
# with a capital, a digit, a caret or a bracket, so a sentence's words ("rose", "the") are none.
_SECURITY = r"(?-i:[A-Z0-9^(][\w.&/()^'’:-]*)(?: (?-i:[A-Z0-9^(&][\w.&/()^'’:-]*)){0,4}"
_LEVEL = r"[$€£¥₹]?\d[\d,]*(?:\.\d+)?\s?%?"

MARKET_FAMILIES: dict[str, tuple[str, ...]] = {
    # A quote widget's row printed on one line: a security, perhaps its level, and its move,
    # signed ("Sensex 86,318.25 +412.31 (0.48%)", "- HDFC Bank 1,078.40 +1.92%", "USDJPY
    # 152.84 -1.07%", "CFR.SW +4.12%", "US 10YR 4.02% +0.01"). A move alone on its line
    # ("+0.82%", "-0.021") is a quote strip's (article/quotes.py), where the page has other
    # lines: a text that is only "-504" is a figure. A story's sentence never closes on a
    # signed move with no verb.
    "quotes": (
        rf"(?:[-•*]\s*)?{_SECURITY}\s+(?:{_LEVEL}\s+){{0,2}}{_SIGNED}$",
        # the heading of a quote box inside or beside a story: "Stock Trends", "Stocks in this
        # article", "Trending tickers", "Top Trending Stocks"
        r"(?:stock|market|share) (?:trends|movers)$", r"stocks? in (?:this|the) (?:article|story)$",
        r"(?:top )?trending (?:tickers|stocks)$", r"quotes? in (?:this|the) (?:article|story)$",
    ),
    # A markets page's notes on what it is not and who gave the data: "Not investment advice",
    # "(Disclaimer: Recommendations, suggestions, views and opinions given by the experts are
    # their own. …)", "Disclosure: Comcast is the parent company of NBCUniversal and CNBC.",
    # "Intraday Data provided by FACTSET …", "Quotes delayed at least 15 minutes. …", "Data is
    # a real-time snapshot *Data is delayed at least 15 minutes."
    "market_notes": (
        r"\(?\s*(?:this (?:article|content|story|material|post) is )?not (?:intended as |to be"
        r" (?:taken|construed) as )?(?:investment|financial|trading) advice\b.{0,300}$",
        r"\(?\s*(?:this (?:article|content|story|material|post|information) is )?(?:provided )?"
        r"for (?:general )?information(?:al)? purposes only\b.{0,300}$",
        r"\(?\s*disclaimer\s*:\s*\S.{0,600}$",
        r"disclosures?\s*:\s*\S.{0,400}$",
        r"(?:intraday|historical|real-time|market|delayed|end-of-day) (?:data|quotes?|prices?)"
        r"(?: (?:is|are))? (?:provided by|delayed (?:by )?(?:at least )?\d)\b.{0,500}$",
        r"(?:quotes?|prices?|data) (?:is |are )?(?:delayed (?:by )?(?:at least )?\d{1,2}"
        r" min(?:ute)?s?|a real-time snapshot)\b.{0,500}$",
        # a wire's conversion note: "($1 = 0.8652 euros)", "(£1 = $1.27)", "(1 euro =
        # $1.1560)", "($1 = 88.64 Indian rupees)"
        r"\(\s*(?:[$€£¥₹]\s?1|1 [a-z]{2,12}(?: [a-z]{2,12})?)\s*=\s*[$€£¥₹]?\s?[\d.,]+"
        r"(?: [\w .]{1,30})?\s*\)$",
    ),
    # A markets site's prompts: ET's "(You can now subscribe to our ETMarkets WhatsApp
    # channel)" and "(Catch all the Business News, Breaking News Events and Latest News Updates
    # on The Economic Times.)", MarketWatch's "Listen (2 min)"
    "market_prompts": (
        r"\(?\s*you can now subscribe to our\b.{0,100}$",
        r"\(?\s*(?:join|follow|subscribe to) (?:us on|our) (?:[\w'’&-]+ ){0,3}(?:whatsapp"
        r"|telegram|google news) (?:channel|group)\b.{0,60}$",
        r"\(?\s*catch all the (?:latest )?(?:[\w'’-]+ ){0,3}news\b.{0,200}$",
        r"listen(?: to (?:this|the) (?:article|story))?\s*\(\d{1,3}\s*min(?:ute)?s?\)$",
    ),
    # An aggregator's panels on its sources: "Bias Distribution", "56% of the sources are
    # Center", "Factuality", "Ownership", "Independent 41% · Corporation 38% · Government 21%",
    # "Does this summary seem wrong?", "Sort by", "Newest"
    "aggregator_panels": (
        r"bias (?:distribution|comparison|breakdown)$",
        r"\d{1,3}% of the sources (?:are|lean|lean toward|come from)\b.{0,40}$",
        r"(?:factuality|ownership|source ownership)$",
        r"(?:[\w-]+ \d{1,3}%\s*[·|•]\s*){1,4}[\w-]+ \d{1,3}%$",
        r"does this summary seem wrong\??$",
        r"sort by:?$", r"(?:newest|oldest)(?: first)?$",
    ),
    # A markets site's strapline over its masthead, saying what it brings and for whom:
    # "Exclusive news, data and analytics for financial market professionals" (Reuters)
    "site_straplines": (
        r"(?:exclusive |the latest |breaking |trusted )?(?:business )?news, (?:data|analysis"
        r"|insights?|opinion)(?:,? (?:and|&) (?:analytics|analysis|insights?|commentary"
        r"|opinion))? for (?:[\w-]+ ){0,4}(?:professionals|investors|traders|leaders)$",
    ),
    # A business paper's comment prompts under its story (Business Day): "Would you like to
    # comment on this article?", "Register (it's quick and free) or sign in now.", "Please read
    # our Comment Policy before commenting."; its publisher's distribution note ("Published
    # by Arena Holdings and distributed with the Financial Mail on …")
    "comment_prompts": (
        r"would you like to comment on this (?:article|story)\??$",
        r"register \(it(?:'|’)s quick and free\) or sign in(?: now)?\.?$",
        r"please read our comment(?:s|ing)? (?:policy|guidelines|rules) before commenting\.?$",
        r"published by (?-i:[A-Z])[\w&.'’ -]{1,60} and distributed (?:with|by|in)\b.{0,200}$",
    ),
    # A news app's note on what it carries: "NewsBreak is not the publisher of this content.
    # Content may be edited for style and length."
    "carrier_notes": (
        r"(?-i:[A-Z])[\w.'’ -]{1,30} is not the (?:publisher|author|owner) of this (?:content"
        r"|story|article)\b.{0,200}$",
    ),
    # A terminal's promotion: "Before it’s here, it’s on the Bloomberg Terminal." (and a
    # short "LEARN MORE" after it)
    "terminal_promotion": (
        r"before it(?:'|’)s here, it(?:'|’)s on the (?-i:[A-Z])[\w ]{1,30}terminal\.?$",
    ),
}

# A quote strip copied a value a line: a security's name, its level, its move ("DJIA" /
# "47,812.45" / "+0.31%"); the level alone, a number with no words.
QUOTE_LEVEL = re.compile(rf"^{_LEVEL}$")
QUOTE_MOVE = re.compile(rf"^(?:{_SIGNED}|{_CHANGE})$")
QUOTE_SIGNED = re.compile(rf"^{_SIGNED}$")
QUOTE_NAME = re.compile(rf"^{_SECURITY}$")
QUOTE_NAME_MAX_WORDS = 4
# An aggregator's panel heading over its value on the next line ("Factuality" / "High").
PANEL_HEADING = re.compile(r"^(?:factuality|ownership|source ownership)$", re.IGNORECASE)
PANEL_VALUE_MAX_WORDS = 8
# A place line over an aggregator's source count ("Vienna, Austria" / "34 Articles").
AGGREGATOR_COUNT = re.compile(r"^\d{1,4} (?:articles|sources|stories)$", re.IGNORECASE)

# Home zones of sites whose stamps name none, by their address (article_rules.DOMAIN_ZONES):
# McClatchy's papers print "This story was originally published November 27, 2026 at 11:05
# AM." in their own city's time.
MARKET_DOMAIN_ZONES: dict[str, str] = {"charlotteobserver.com": "America/New_York",
                                       "newsobserver.com": "America/New_York",
                                       "heraldsun.com": "America/New_York",
                                       "thestate.com": "America/New_York",
                                       "kentucky.com": "America/New_York"}

# A paper's foot note giving the time it first ran: "This story was originally published
# November 27, 2026 at 11:05 AM." (McClatchy's papers, carried by news apps whose header shows
# only the day).
FIRST_PUBLISHED_FOOT = re.compile(
    r"^this (?:story|article) was (?:originally|first) published (?:on )?"
    r"(?P<stamp>(?-i:[A-Z])[a-z]{2,8}\.? \d{1,2}, \d{4},? (?:at )?\d{1,2}:\d{2}\s*[ap]\.?m\.?"
    r"(?: [A-Z]{2,4})?)\.?$", re.IGNORECASE)
