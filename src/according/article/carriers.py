"""Stories as carriers show them (round 24): a portal's partner story (MSN, Yahoo News), a news
app's copy (Apple News, Google News, NewsBreak, SmartNews), an e-paper kiosk's page
(PressReader), a writer's newsletter post, an aggregator's summary, an outlet's social post.

The carrier names the story's publisher on a line of its own; that publisher is the outlet,
and the carrier's name over the copy is not (see `according.data.article_carriers`).
"""

from __future__ import annotations

import re

from according.article.lines import (
    _clean_name,
    _is_furniture,
    _is_prose,
    _is_stamp,
    _Line,
    _Reading,
    _Stamp,
    _words,
)
from according.data import article_carriers as K
from according.outlets import outlet_named

PROVIDER_LINE_MAX_WORDS = 5  # a provider's name over the headline ("The Salt Lake Tribune")
_WEB_SUFFIX = re.compile(r"\.(?:com|org|net|co\.[a-z]{2}|com\.[a-z]{2})$", re.IGNORECASE)


def is_carrier(name: str | None) -> bool:
    """A carrier's name ("MSN", "Yahoo News", "news.google.com"): it carries, never publishes."""
    return bool(name) and name.strip().lower() in K.CARRIER_NAMES


def publisher_in_line(text: str, carried: bool = False) -> str | None:
    """The publisher a carrier's, newsletter's or aggregator's line names ("Read more on
    Newsweek", "KOMO News · 5h", "Sowetan · 14 Aug 2024 · Page 4", and in a carrier's copy
    "This story was originally featured on Fortune.com"), as the outlet table names it where
    it knows it."""
    extra = K.CARRIED_PUBLISHER_LINES if carried else ()
    patterns = (*K.PUBLISHER_LINES, *extra, K.SOURCE_AGE_LINE, K.EDITION_LINE)
    # "Read more on Brexit" links a topic and "Politics · 3h" dates a section's teaser: outside
    # a carrier's copy these name a publisher the table knows or one written as a site
    unsure = (patterns[K.UNSURE_PUBLISHER_LINE], K.SOURCE_AGE_LINE)
    for pattern in patterns:
        match = pattern.match(text)
        if match:
            said = match.group("outlet").strip()
            name = K.EDITION_CITY.sub("", _WEB_SUFFIX.sub("", said))
            name = _clean_name(name.rstrip(".:!"))
            if not name or is_carrier(name):
                continue
            known = outlet_named(name)
            if pattern in unsure and not carried and not known and (
                    not K.SITE_WRITTEN.search(said) or K.OFFICIAL_SITE.search(said)):
                continue
            return known.name if known else name
    return None


def _sweep_carrier_copy(lines: list[_Line], reading: _Reading) -> None:
    """Read the publisher a carrier names: its lines are furniture, the publisher is the
    outlet (over a carrier's name read as the masthead), and a carrier's note naming that
    publisher credits no one. A carrier's copy naming no publisher on a line of its own
    names it on the line over the headline (Apple News's "The Times")."""
    # a carrier's name over the headline, not a share button's ("Flipboard" under the byline)
    head = _headline_index(reading)
    carried = (any(is_carrier(ln.text) and not _in_share_row(lines, i)
                   for i, ln in enumerate(lines[:head or 0]))
               or any(K.CARRIER_MARKS.match(ln.text) for ln in lines))
    publisher = misplaced = None
    prose = [i for i, ln in enumerate(lines)
             if reading.kinds.get(i, ("body", None))[0] == "body" and _is_prose(ln.text)]
    for i, line in enumerate(lines):
        name = publisher_in_line(line.text, carried)
        if name is None:
            continue
        if _misplaced_publisher_line(line.text, i, prose):
            if not carried:
                continue
            # in a carrier's copy, the partner's own link between its paragraphs ("Read more
            # at Reuters") names its publisher only where no foot or source line does
            misplaced = misplaced or name
        else:
            publisher = publisher or name
        kind = reading.kinds.get(i, ("body", None))[0]
        if (edition := K.EDITION_LINE.match(line.text)) and i != head:
            # the e-paper's day is the story's ("Sowetan · 14 Aug 2024 · Page 4")
            reading.kinds[i] = ("date", None)
            if not any(s.text == edition.group("day") for s in reading.stamps):
                reading.stamps.append(_Stamp(edition.group("day"), 1))
        elif kind in ("body", "standfirst"):
            reading.kinds[i] = ("boilerplate", None)
        if reading.standfirst == line.text:
            reading.standfirst = None
    publisher = publisher or (_provider_over_headline(lines, reading) if carried else None)
    publisher = publisher or misplaced
    if publisher is None:
        return
    if not reading.masthead or is_carrier(reading.masthead):
        reading.masthead = publisher
    if carried:  # the carrier's note names the publisher it carries, no source of the story
        # (round 37: the wire the story's own dateline names, "NEW YORK (AP) —" in AP's copy
        # on Yahoo News, credits it as on the wire's own page)
        reading.credits = [c for c in reading.credits
                           if _letters(c) != _letters(publisher) or c == reading.wire]


def _in_share_row(lines: list[_Line], i: int) -> bool:
    """The line is a share row's button ("Facebook" / "Flipboard" / "Email" over a paper's
    headline): a carrier's name there is a button, not the carrier's copy (review 1127i)."""
    return any(K.SHARE_BUTTON.match(lines[j].text) for j in (i - 1, i + 1)
               if 0 <= j < len(lines))


def _misplaced_publisher_line(text: str, i: int, prose: list[int]) -> bool:
    """Outside a carrier's copy, a "Read more on X" line between the story's paragraphs (a
    paper linking a wire's coverage) and an "X · 5h" line under them (a related-news teaser)
    name no publisher: the portal's foot closes the copy, the app's source line heads it
    (review 1127i)."""
    if K.PUBLISHER_LINES[K.UNSURE_PUBLISHER_LINE].match(text):
        return any(j > i for j in prose)
    if K.SOURCE_AGE_LINE.match(text):
        return any(j < i for j in prose)
    return False


def _provider_over_headline(lines: list[_Line], reading: _Reading) -> str | None:
    """The provider's name on the line straight over the headline, in a few capitalised
    words that are no carrier's, no stamp and no furniture."""
    head = _headline_index(reading)
    if not head:
        return None
    text = lines[head - 1].text
    words = text.split()
    if (_words(text) > PROVIDER_LINE_MAX_WORDS or is_carrier(text) or _is_stamp(text)
            or _is_furniture(text) or text.endswith((".", "?", "!", ":"))
            or not all(w[0].isupper() or w in ("of", "and", "the", "&") for w in words)):
        return None
    known = outlet_named(text)
    if not known and len(words) < 2:
        return None  # a section's word ("Politics"), not a provider's name
    return known.name if known else text


def _headline_index(reading: _Reading) -> int | None:
    return next((i for i, (kind, _) in sorted(reading.kinds.items()) if kind == "headline"), None)


def _headline_under_edition_line(lines: list[_Line], reading: _Reading) -> str | None:
    """An e-paper copy's headline: the line under its edition line, when the edition line
    ("The Hindu (Chennai) · 3 Mar 2025 · Page 12") was read as the headline."""
    head = _headline_index(reading)
    if head is None or head + 1 >= len(lines) or not K.EDITION_LINE.match(lines[head].text):
        return None
    return lines[head + 1].text


def _sweep_social_post(lines: list[_Line], reading: _Reading) -> None:
    """An outlet's post copied from a social network: the page's name over the post's stamp
    line ("GMA News" / "October 24, 2024 at 6:15 PM ·") is the publisher; the writer the post
    credits at its end ("| via Name") writes it; the link card's domain is furniture."""
    if len(lines) < 3 or not K.SOCIAL_POST_STAMP.match(lines[1].text):
        return
    page = lines[0].text
    if _words(page) > PROVIDER_LINE_MAX_WORDS or page.endswith((".", "?", "!")):
        return
    reading.kinds[0] = ("boilerplate", None)
    if not reading.masthead:
        known = outlet_named(page)
        reading.masthead = known.name if known else page
    card = next((i for i, ln in enumerate(lines) if K.LINK_CARD_DOMAIN.match(ln.text)), None)
    for i, line in enumerate(lines):
        if i == card:
            reading.kinds[i] = ("boilerplate", None)
        elif card is not None and 1 < i < card and _is_prose(
                K.POST_WRITER_TAIL.sub("", line.text)):
            # the post's text, over its card's headline, is the outlet's report
            reading.kinds[i] = ("body", None)
        if (tail := K.POST_WRITER_TAIL.search(line.text)) and not reading.byline:
            reading.byline = [tail.group("who")]


def _headline_of_link_card(lines: list[_Line], reading: _Reading) -> str | None:
    """A social post's headline: the title its link card prints under the card's domain
    ("GMANETWORK.COM" / "Kristine death toll rises to 46 —NDRRMC"), when the line read as
    the headline is another."""
    if len(lines) < 3 or not K.SOCIAL_POST_STAMP.match(lines[1].text):
        return None
    for i, line in enumerate(lines[2:-1], start=2):
        if K.LINK_CARD_DOMAIN.match(line.text):
            title = lines[i + 1].text
            return None if title == reading.headline else title
    return None


def _sweep_source_cards(lines: list[_Line], reading: _Reading) -> None:
    """An aggregator's source cards: a source's name, its bias label, the source's own
    headline ("Japan Today" / "Center" / "Rice prices in Japan rise …"): furniture, all
    three."""
    for i in range(1, len(lines) - 1):
        if not K.BIAS_LABEL.match(lines[i].text):
            continue
        name = lines[i - 1].text
        named = _words(name) <= K.SOURCE_NAME_MAX_WORDS and not name.endswith((".", "!", "?"))
        # round 37: a card printing no source's name ("Lean Right" / its headline) under the
        # card before it
        after_card = reading.kinds.get(i - 1, ("body", None))[0] == "boilerplate"
        if not (named or after_card):
            continue
        # a source's headline closes on no stop: a sentence under the label makes it a story's
        # own list ("Reform UK" / "Right" / "Reform UK wants to …." in a party guide, review
        # 1127i)
        if _is_prose(lines[i + 1].text):
            continue
        for j in (i - 1, i, i + 1) if named else (i, i + 1):
            if reading.kinds.get(j, ("body", None))[0] in ("body", "standfirst"):
                reading.kinds[j] = ("boilerplate", None)


def _letters(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())
