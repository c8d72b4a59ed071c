"""Round 31: the dateline forms of release wires and a carrier's note naming a release's
sender; the forms are data in `according.data.article_releases`."""

from __future__ import annotations

import re

from according.article.lines import _Line, _Reading
from according.data import article_releases as P
from according.data import article_rules as R


def release_wire_dateline_of(text: str) -> tuple[int, str | None, str | None] | None:
    """Where a release wire's dateline ends, its place and the wire ("BATON ROUGE, LA,
    UNITED STATES, November 25, 2026 /EINPresswire.com/ -- The …" -> the place "BATON
    ROUGE, LA, UNITED STATES" and "EIN Presswire"), or None for any other paragraph."""
    match = P.RELEASE_WIRE_DATELINE.match(text)
    if not match or not any(c.islower() for c in text[match.end():][:40]):
        return None
    wire = next(name for group, name in P.RELEASE_WIRE_NAMES.items() if match.group(group))
    return match.end(), match.group("place"), wire


def bracketed_place_dateline_of(text: str) -> tuple[int, str | None, str | None] | None:
    """A place and its state in brackets opening a release ("(Washington, DC) – Detectives
    …" -> "Washington, DC"), or None."""
    match = P.BRACKETED_PLACE_WITH_STATE.match(text)
    if not match or not any(c.islower() for c in text[match.end():][:40]):
        return None
    return match.end(), match.group("place"), None


def sweep_release_senders(lines: list[_Line], reading: _Reading) -> None:
    """A carrier's note that a post is a press release ("This press release was produced by
    the Montclair Public Library. …"), wherever it stands: furniture, and its sender credited
    as a republished story's first publisher is (it supplied the copy)."""
    for i, line in enumerate(lines):
        sender = release_sender(line.text)
        if sender is None:
            continue
        reading.republished_from.append(sender)
        if reading.kinds.get(i, ("body", None))[0] == "body":
            reading.kinds[i] = ("boilerplate", None)


def release_sender(text: str) -> str | None:
    """The sender a carrier's note names for a press release it posts ("This press release
    was produced by the Montclair Public Library. …" -> "Montclair Public Library"), or
    None for any other line."""
    match = P.RELEASE_PRODUCED_BY.match(text)
    return match.group("who").rstrip(".") if match else None


def describes_sender(name: str, text: str) -> bool:
    """A paragraph opening with the sender's name ("The" before it allowed) and saying where
    it is based or what it does ("Voltridge Charging, Inc. designs, builds …"): the "About"
    boilerplate under the sender's heading."""
    for lead in (name, f"The {name}"):
        if text.startswith(lead):
            return bool(P.SENDER_SELF_DESCRIPTION.match(text[len(lead):]))
    return False


RELEASE_HEAD_SEARCH = 60  # lines from the top where a copied release's dateline is looked for
RELEASE_HEAD_LINES = 4  # lines above the dateline: headline, subtitle, stamp, source line


def headline_over_release_dateline(lines: list[_Line], reading: _Reading) -> str | None:
    """The headline of a release copied with its wire's page, when the wire's name or a menu
    line was read as the headline ("EIN Presswire" / … / "Gulf Coast Food Bank Alliance Ships
    …" / its subtitle / "BATON ROUGE, …, November 25, 2026 /EINPresswire.com/ -- …"): the top
    of the headline-shaped lines right above the release wire's dateline (stamps between
    skipped). None when no release dateline opens a paragraph or the headline read is it."""
    from according.article.scraped import _is_headline_shape, _is_stamp_line

    head = next((i for i, k in sorted(reading.kinds.items()) if k[0] == "headline"), None)
    at = next((i for i in range(min(len(lines), RELEASE_HEAD_SEARCH))
               if _opens_with_release_dateline(lines[i].text)), None)
    if head is None or at is None or head >= at:
        return None
    top = None
    for j in range(at - 1, max(head, at - 1 - RELEASE_HEAD_LINES), -1):
        text = lines[j].text
        if j in reading.kinds and reading.kinds[j][0] not in _ABOVE_DATELINE_KINDS:
            break
        if _is_headline_shape(text) and not R.STAMP_DAY.search(text):
            top = j
        elif not (_is_stamp_line(text) or R.STAMP_DAY.search(text)):
            break
    return lines[top].text if top is not None else None


def _opens_with_release_dateline(text: str) -> bool:
    """A paragraph opening with a release wire's dateline, its own forms ("… /EINPresswire.com/
    --") or the forms the wire table knows ("… /PRNewswire/ --", "(GLOBE NEWSWIRE) --")."""
    if release_wire_dateline_of(text) is not None:
        return True
    match = R.DATELINE_PREFIX.match(text)
    wire = match and (match.group("rwire") or match.group("rwire2"))
    return bool(wire and wire.upper() in R.WIRES)


# what the header may have read the lines over a release's dateline as: a menu's related link
# (a headline under "Submit a Release"), its stamp, its subtitle
_ABOVE_DATELINE_KINDS = frozenset({"body", "date", "standfirst", "related"})


def sweep_release_stamps(lines: list[_Line], reading: _Reading) -> None:
    """A release's stamps: its wire's "November 25, 2026 8:00 AM EST | Source: <sender>" over
    the release (read as the standfirst), and, when only the dateline's day dates it, a dated
    stamp line on that day elsewhere in the copy ("November 25, 2026, 15:42 GMT" at EIN
    Presswire's foot), which gives the clock time."""
    from according.article.lines import _read_stamp

    for i, line in enumerate(lines[:RELEASE_HEAD_SEARCH]):
        match = P.RELEASE_STAMP_SOURCE.match(line.text)
        kind = reading.kinds.get(i, ("body", None))[0]
        if match and R.DATE_LINE.match(match.group("stamp")) and kind in _ABOVE_DATELINE_KINDS:
            reading.kinds[i] = ("date", None)
            if reading.standfirst == line.text:
                reading.standfirst = None
            _read_stamp(match.group("stamp"), reading)
    if reading.dateline_cut is None or [s.rank for s in reading.stamps] != [DATELINE_DAY_RANK]:
        return
    day = reading.stamps[0].text
    for i, (kind, _) in sorted(reading.kinds.items()):
        text = lines[i].text
        if kind == "date" and R.STAMP_DAY.search(text) and _same_day(text, day) \
                and re.search(r"\d:\d\d", text):
            _read_stamp(text, reading)
            return


DATELINE_DAY_RANK = 2  # as article.body ranks a dateline's day: any labelled stamp wins


def _same_day(text: str, day: str) -> bool:
    """A stamp line naming the same day as the dateline's ("November 25, 2026")."""
    found = R.STAMP_DAY.search(text)
    return bool(found) and found.group().rstrip(",") == day.rstrip(",")


def headline_over_report_rows(lines: list[_Line], reading: _Reading) -> str | None:
    """The title of a report a humanitarian portal posts, when its masthead or menu was read
    as the headline ("ReliefWeb" / … / "Mozambique: Tropical Cyclone Bheki - Flash Update No. 2
    (25 November 2026)" / "Situation Report" / "Format: Situation Report" / "Source: OCHA"):
    the line over the report's type and its "Format:" row. None when no such rows are near
    the top or the headline read is that line."""
    from according.article.scraped import _is_headline_shape

    head = next((i for i, k in sorted(reading.kinds.items()) if k[0] == "headline"), None)
    for i in range(1, min(len(lines), RELEASE_HEAD_SEARCH)):
        row = P.REPORT_FORMAT_ROW.match(lines[i].text)
        if row is None:
            continue
        j = i - 1 if lines[i - 1].text.lower() == row.group("type").lower() else i
        title = j - 1
        if title < 0 or title == head or not _is_headline_shape(lines[title].text, sentences=True):
            return None
        return lines[title].text if head is None or head < title else None
    return None


def report_source(lines: list[_Line]) -> str | None:
    """The organisation a humanitarian portal's rows name as a report's source ("Format:
    Situation Report" / "Source: OCHA" on ReliefWeb), as the outlet table names it: the
    report's publisher, not the portal carrying it; None without such rows near the top."""
    from according.outlets import outlet_named

    for i in range(min(len(lines), RELEASE_HEAD_SEARCH)):
        if not P.REPORT_FORMAT_ROW.match(lines[i].text):
            continue
        for line in lines[i + 1:i + 1 + REPORT_ROWS]:
            if found := P.REPORT_SOURCE_ROW.match(line.text):
                source = found.group("source").split(",")[0].strip()
                known = outlet_named(source)
                return known.name if known else source
        return None
    return None


REPORT_ROWS = 3  # rows under "Format:" where the source row stands


CAPITAL_HEADING_MAX_WORDS = 5


def label_capital_headings(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """A report's section heading in capitals between its paragraphs ("SITUATION OVERVIEW",
    "HUMANITARIAN RESPONSE" in an OCHA update): a short line of capital letters, two of its
    words long ones, with no digit or stop, a finished paragraph before it and a story
    paragraph after it, naming no place (a lone dateline "WASHINGTON" over the lede stays).
    A heading reports nothing."""
    from according.article.lines import _is_prose, _words

    for i in range(max(body_from, 1), len(lines) - 1):
        text = lines[i].text
        if (reading.kinds.get(i, ("body", None))[0] == "body"
                and _words(text) <= CAPITAL_HEADING_MAX_WORDS
                # two words of four letters or more: initials alone ("GPU") head a
                # story's own part and stay story (round 5)
                and len([w for w in text.split() if len(w) >= 4]) >= 2
                and text.isupper() and text[-1:].isalpha()
                and not any(c.isdigit() or c in ",:–—-" for c in text)
                and text.lower() not in R.PLACES
                and all(reading.kinds.get(j, ("body", None))[0] == "body" for j in (i - 1, i + 1))
                and lines[i - 1].text[-1:] in ".!?\"”" and _is_prose(lines[i + 1].text)):
            reading.kinds[i] = ("boilerplate", None)


TAG_LINE_MAX_WORDS = 3
DATELINE_SEARCH_LINES = 4  # lines from the story's start over which a dateline is looked for


def dateline_under_tags(lines: list[_Line], reading: _Reading, body_from: int) -> int | None:
    """Where the story's first paragraph stands when a country tag ("Myanmar" under an ICRC
    release's day) or a summary's points ("- About 185,000 customers remain …") come before
    it and it opens with a dateline ("Yangon (ICRC) – …", "CHARLOTTE, N.C. – …"): its line
    index, or None when the first line is not such a tag or no dateline follows."""
    from according.article.body import dateline_of
    from according.article.lines import _words

    first = None
    for i in range(body_from, min(len(lines), body_from + DATELINE_SEARCH_LINES)):
        if i in reading.kinds:
            continue
        text = lines[i].text
        if dateline_of(text) is not None:
            return i if first is not None else None
        first = i
        tag = _words(text) <= TAG_LINE_MAX_WORDS and not R.SENTENCE_END.search(text)
        if not (tag or _LIST_ITEM.match(text)):
            return None
    return None


_LIST_ITEM = re.compile(r"^[-•*▪–] \S")
