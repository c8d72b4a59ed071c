"""Stories in the wrappers users get them in (round 21): a database's document export, a
messenger's channel post, a newsletter's lead story under its label.

Each reader here tries one wrapper and returns early when the text is not in it; the
wrappers' own lines are data in `according.data.article_copies`.
"""

from __future__ import annotations

from according.article.body import _credited
from according.article.header import _is_headline_shaped
from according.article.lines import _clean_name, _Line, _Reading, _Stamp
from according.data import article_copies as C
from according.data import article_rules as R
from according.outlets import outlet_named

MAIL_HEAD_LINES = 8  # a pasted mail's header lines (From, To, Date, Subject) open the text
EXPORT_HEAD_LINES = 12  # an export's fields sit above its story, within these lines
STORY_LABEL_LINES = 25  # a newsletter's lead-story label sits within these lines


def _is_export(lines: list[_Line]) -> bool:
    """A database's document export: it closes with its own end line ("End of Document",
    "Load-Date: …", Factiva's "Document MANLTM0020241210ekca0000b")."""
    return any(C.EXPORT_END.match(ln.text) for ln in lines[-4:])


def _sweep_export(lines: list[_Line], reading: _Reading) -> None:
    """Read an export's fields: the writer and the place its Byline and Dateline fields name,
    the source line above the day (Nexis Uni) or above the source's code and language
    (Factiva) as the publisher, and Factiva's time under the day."""
    if not _is_export(lines):
        return
    head = lines[:EXPORT_HEAD_LINES]
    for i, line in enumerate(head):
        if (by := C.EXPORT_BYLINE.match(line.text)) and (
                not reading.byline or _byline_read_above_field(reading, i)):
            writers, wires = _export_writers(by.group("who"))
            reading.byline = writers
            reading.credits.extend(w for w in wires if w not in reading.credits)
            reading.kinds[i] = ("byline", None)
        elif (place := C.EXPORT_DATELINE.match(line.text)) and not reading.dateline:
            reading.dateline = _clean_name(place.group("place"))
            reading.kinds[i] = ("dateline", None)
    source = _factiva_source(head, reading) or _nexis_source(head, reading)
    if source is not None and not reading.masthead:
        reading.masthead = C.SOURCE_REGION.sub("", lines[source].text)
        reading.kinds[source] = ("boilerplate", None)
    _read_time_under_day(head, reading)
    for line in head:
        if R.COPYRIGHT.match(line.text) and (holders := _credited(line.text)):
            reading.credits.extend(h for h in holders if h not in reading.credits)


def _export_writers(field: str) -> tuple[list[str], list[str]]:
    """The writers a Byline field names and the wires it credits (review 1127h): "Byline:
    AFP" names no writer, "Byline: Ann Roe, Reuters" one writer and her wire."""
    writers: list[str] = []
    wires: list[str] = []
    for piece in (p.strip() for p in C.EXPORT_NAME_SPLIT.split(field) if p.strip()):
        parts = [p.strip() for p in piece.split(",") if p.strip()]
        named = [_wire_named(p) for p in parts]
        if named[0] is not None:
            wires.append(named[0])
        elif len(parts) > 1 and all(named[1:]):
            writers.append(_clean_name(parts[0]))
            wires.extend(n for n in named[1:] if n)
        else:
            writers.append(_clean_name(piece))
    return writers, wires


def _wire_named(text: str) -> str | None:
    """The wire or outlet a Byline field's piece names ("AFP", "Reuters"), else None."""
    said = R.WIRES.get(text.upper(), text)
    known = outlet_named(said)
    return known.name if known else (said if text.upper() in R.WIRES else None)


def _export_story_start(lines: list[_Line], reading: _Reading) -> int | None:
    """The first line of an export's story (the first its fields leave unlabelled), where its
    dateline is read again: the fields pushed it past where the body reader looked."""
    if not _is_export(lines) or reading.dateline_cut is not None:
        return None
    return next((i for i in range(len(lines)) if i not in reading.kinds and i > 0), None)


def _factiva_source(head: list[_Line], reading: _Reading) -> int | None:
    """Factiva's source name: the line over the source's code and the language line."""
    for i in range(1, len(head) - 1):
        if C.EXPORT_SOURCE_CODE.match(head[i].text) and C.EXPORT_LANGUAGE.match(head[i + 1].text):
            reading.kinds[i] = ("boilerplate", None)
            reading.kinds[i + 1] = ("boilerplate", None)
            return i - 1
    return None


def _nexis_source(head: list[_Line], reading: _Reading) -> int | None:
    """Nexis Uni's source name: the line between the title and the day ("Post-Courier (Papua
    New Guinea)" / "May 27, 2024 Monday")."""
    for i in range(1, min(len(head) - 1, 4)):
        if _is_day(i + 1, reading) and not _is_day(i, reading):
            return i
    return None


def _is_day(i: int, reading: _Reading) -> bool:
    return reading.kinds.get(i, ("", None))[0] == "date"


def _read_time_under_day(head: list[_Line], reading: _Reading) -> None:
    """Factiva prints the time of publication (GMT) on the line under the day ("10 December
    2024" / "01:32"): the stamp is the two together."""
    for i in range(len(head) - 1):
        if not C.EXPORT_TIME.match(head[i + 1].text):
            continue
        if any(s.text == f"{head[i].text} {head[i + 1].text}" for s in reading.stamps):
            reading.stamp_clock_utc = True  # the stamp reader joined the two: still GMT
            return
        for stamp in reading.stamps:
            if stamp.text == head[i].text:
                stamp.text = f"{stamp.text} {head[i + 1].text}"
                reading.kinds[i + 1] = ("date", None)
                reading.stamp_clock_utc = True
                return


def _sweep_messenger_head(lines: list[_Line], reading: _Reading) -> None:
    """A channel post copied from Telegram Desktop opens with the channel's name and the
    post's time ("ZimLive, [14/03/2025 11:12]"): the publisher and the publication time."""
    if not lines or not (head := C.MESSENGER_HEAD.match(lines[0].text)):
        return
    reading.kinds[0] = ("date", None)
    reading.stamps.append(_Stamp(head.group("stamp"), 1))
    reading.masthead = reading.masthead or head.group("channel").strip()


def _headline_under_story_label(lines: list[_Line], reading: _Reading) -> str | None:
    """A newsletter's lead story under its label ("TOP STORY" / "Romania posts …"): the line
    under the label is the story's headline, whatever the mail's subject or header lines
    above it were read as. None when there is no label or the headline is already that."""
    i = _story_label(lines)
    if i is None or i + 1 >= len(lines):
        return None  # a label closing the text (review 1127h: an IndexError before)
    below = lines[i + 1].text
    return None if below == reading.headline else below


def _story_label(lines: list[_Line]) -> int | None:
    """The index of a newsletter's lead-story label ("TOP STORY"), else None. A label in a
    run of menu entries ("Breaking News" / "Top Story" / "Business" / "Sports" on a copy of
    Daily Mirror (Sri Lanka), round 35) is the menu's: a label holds over a headline, and a
    menu's next entry is no headline's shape."""
    for i, line in enumerate(lines[:STORY_LABEL_LINES]):
        if C.STORY_LABEL.match(line.text):
            below = lines[i + 1].text if i + 1 < len(lines) else None
            if below is not None and not _is_headline_shaped(below):
                continue
            return i
    return None


def without_lead_emoji(headline: str | None) -> str | None:
    """A headline without the emoji a channel puts before it ("⚡️ Harare council …")."""
    return C.LEAD_EMOJI.sub("", headline) if headline else headline



def _sweep_mail_stamps(lines: list[_Line], reading: _Reading) -> None:
    """A newsletter's stamps above its lead-story label are the mail's ("Tue, Aug 20, 2024,
    6:02 AM" in a webmail's header); the story's own day under the label dates the story."""
    label = _story_label(lines)
    if label is None:
        return
    dated = [i for i, (kind, _) in reading.kinds.items() if kind == "date"]
    above = {lines[i].text for i in dated if i < label}
    below = {lines[i].text for i in dated if i > label}
    if not below:
        return
    reading.stamps = [s for s in reading.stamps if s.text not in above or s.text in below]
    for i, (kind, _) in list(reading.kinds.items()):
        if kind == "date" and i < label:
            reading.kinds[i] = ("boilerplate", None)


def _sweep_print_header(lines: list[_Line], reading: _Reading) -> None:
    """A browser's print header carries the page's title, the headline and the site's name
    after a separator ("12/12/24, 9:03 AM Argentina's … - Buenos Aires Herald"): the site
    is the publisher."""
    if reading.masthead or not reading.headline:
        return
    for line in lines[:3]:
        head = C.PRINT_HEADER.match(line.text)
        site = head and C.TITLE_SITE.match(head.group("title"))
        if site and site.group("title") == reading.headline:
            reading.masthead = site.group("site")
            return


def dateline_without_site(dateline: str | None) -> str | None:
    """A dateline without the site's name before its place ("TEMPO.CO, Jakarta" ->
    "Jakarta"): the outlet signs the story as a wire would, the place follows."""
    return C.SITE_BEFORE_PLACE.sub("", dateline) if dateline else dateline


KNOWN_MASTHEAD_LINES = 3  # a select-all copy's masthead sits under at most two skip links


def _sweep_known_masthead(lines: list[_Line], reading: _Reading) -> None:
    """A select-all copy opens with a skip link, then the site's name ("Skip to content" /
    "Notes from Poland" / menu words): a name the outlet table knows, printed whole on one of
    the first lines above the headline, is the publisher."""
    if reading.masthead:
        return
    head = next((i for i, (kind, _) in sorted(reading.kinds.items()) if kind == "headline"), None)
    # (the line right over the headline, or one the headline opens with, is a topic tag:
    # "New York Times" over "New York Times sues chatbot maker …")
    for i in range(min(KNOWN_MASTHEAD_LINES, head - 1 if head is not None else 0)):
        if (reading.headline or "").lower().startswith(lines[i].text.lower()):
            continue
        known = outlet_named(lines[i].text)
        if known and not known.plain_word and known.forms:
            reading.masthead = known.name
            return


def _headline_of_mail_subject(lines: list[_Line], reading: _Reading) -> str | None:
    """A pasted mail's Subject (under or over its From/To/Date lines) is the headline when
    the story under the mail's head has no headline line of its own: the headline read is a
    header line ("To: reader@example.com"), a lede sentence, or none. None otherwise, and
    when the text opens with no mail head."""
    head = [ln.text for ln in lines[:MAIL_HEAD_LINES]]
    subject = next((m.group("subject").strip() for t in head
                    if (m := C.MAIL_SUBJECT.match(t))), None)
    if subject is None or not any(C.MAIL_HEADER.match(t) for t in head):
        return None
    read = reading.headline
    if read is not None and read != subject and not C.MAIL_HEADER.match(read) \
            and not C.MAIL_SUBJECT.match(read) and (
                _is_headline_shaped(read) or _is_short_headline_over_lede(lines, read)):
        return None
    return None if read == subject else subject


def _byline_read_above_field(reading: _Reading, field: int) -> bool:
    """Was the byline read from a line of the export's head above its Byline field (an
    unlabelled field such as "Main Edition" under the day)? The field names the writer, so
    it wins, and that line goes back to being the export's furniture."""
    above = [i for i in range(field) if reading.kinds.get(i, ("", None))[0] == "byline"]
    for i in above:
        reading.kinds[i] = ("boilerplate", None)
    return bool(above)


SHORT_HEADLINE_MIN_WORDS = 2  # "Bridge to close", "Mayor resigns"
LEDE_MIN_WORDS = 12  # the sentence a short headline stands over


def _is_short_headline_over_lede(lines: list[_Line], read: str) -> bool:
    """Is the headline read a short one of the story's own ("Bridge to close"), too short for
    the headline shape but standing right over the lede (a sentence of its own), not a
    newsletter's label over a list ("Top stories", "In this issue:")? (review 1127j)"""
    at = next((i for i, ln in enumerate(lines) if ln.text == read), None)
    if at is None or at + 1 >= len(lines) or C.STORY_LABEL.match(read):
        return False
    below = lines[at + 1].text
    return (len(read.split()) >= SHORT_HEADLINE_MIN_WORDS and not read.endswith((".", ":"))
            and len(below.split()) >= LEDE_MIN_WORDS and below.endswith((".", "\"", "”")))
