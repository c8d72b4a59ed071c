"""Round 28: what a transcript's head says about the article.

A broadcast transcript dates itself by when the programme went out ("Aired 8-9p ET" under
its day, "TRANSMISSION: Tuesday 4th March 2025 2000 – 2040"), titles itself with the
programme's name around the episode's ('TRANSCRIPT OF "FILE ON 4" – "PRISON LEAVERS"') or
hangs its segment titles under a page title that is only "Transcripts"; a parliament's record
heads each speech with the member's name and party in brackets, which is no caption.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

from according.article.lines import _Line, _Reading
from according.data import article_rules as R
from according.data import article_transcripts as T
from according.records import Metadata

AIR_HEAD_LINES = 30  # a transcript's air line is among its first lines
NOON = 12
TITLE_LINES = 3  # a transcript's title line is among its first lines


def transcript_title(lines: list[_Line], reading: _Reading, hints: Metadata | None) -> str | None:
    """The segment title under a page titled only "Transcripts" (CNN's "Storms Batter
    Southeast; …. Aired 10-11a ET"), without its air slot; the same title when the headline
    read is that line itself. None when the headline is anything else."""
    read = (hints.headline if hints and hints.headline else reading.headline) or ""
    if (own := T.TITLE_WITH_AIR_SLOT.match(read)) is not None:
        return own.group("title").strip()
    if not T.GENERIC_TRANSCRIPT_TITLE.match(read.strip()):
        return None
    for line in lines[:AIR_HEAD_LINES]:
        if (found := T.TITLE_WITH_AIR_SLOT.match(line.text)) is not None:
            return found.group("title").strip()
    return None


def episode_title(headline: str | None) -> str | None:
    """The episode's title of a programme transcript's title line ('TRANSCRIPT OF "FILE ON
    4" – "PRISON LEAVERS: NOWHERE TO GO"'); any other headline unchanged."""
    found = T.EPISODE_TITLE.match(headline or "")
    return found.group("title").strip() if found else headline


def with_air_time(metadata: Metadata, lines: list[_Line]) -> Metadata:
    """The publication time a transcript's air line gives, when the article is dated by its
    day alone (or not at all): the day's time, as a stamp giving the time on the same day wins
    over one giving the day. A stated time is kept."""
    if metadata.published and not _day_only(metadata):
        return metadata
    day = date.fromisoformat(metadata.published[:10]) if metadata.published else None
    aired = _air_time(lines[:AIR_HEAD_LINES], day)
    if aired is None:
        return metadata if metadata.published else _with_programme_day(metadata, lines)
    utc, text = aired
    aired_day = _local_day(text)
    if day is not None and aired_day is not None and aired_day != day:
        return metadata  # the air line names another day than the one the article gives
    return Metadata(**{**metadata.__dict__, "published": utc, "published_text": text})


def unlabel_speaker_headings(lines: list[_Line], reading: _Reading) -> None:
    """A parliament's speaker headings read as captions ("Helen Fairbrother (Bath and Wells
    North) (LD)", "The Secretary of State for … (Rachel Dunmore)") are the record's text, not
    captions: their brackets credit no one."""
    for i, line in enumerate(lines):
        kind, credit = reading.kinds.get(i, ("", None))
        if kind != "caption" or _picture_agency(credit):
            continue
        if T.MEMBER_HEADING.match(line.text) or T.OFFICE_HOLDER_HEADING.match(line.text):
            del reading.kinds[i]


def _picture_agency(credit: str | None) -> bool:
    """Whether a caption's credit names a picture agency ("Getty Images", "PA"): a photo's
    caption opening on an office ("The Prime Minister and …"), never a speaker heading,
    whose brackets hold a member's seat, party or name (review 1127k)."""
    return credit is not None and R.AGENCY_WORDS.search(credit) is not None


def drop_relabelled_standfirst(lines: list[_Line], reading: _Reading) -> None:
    """A standfirst whose line a later reader labelled otherwise ("REPORTER: Hannah Pell"
    taken for a sub-heading, then for the byline) is no standfirst."""
    if reading.standfirst is None:
        return
    shown = [i for i, line in enumerate(lines)
             if R.LIST_MARKER.sub("", line.text) == reading.standfirst]
    if shown and all(reading.kinds.get(i, ("", None))[0] != "standfirst" for i in shown):
        reading.standfirst = None


PROGRAMME_DAY_LINES = 4  # a programme's title or air line heads the transcript


def _with_programme_day(metadata: Metadata, lines: list[_Line]) -> Metadata:
    """The day a programme's title or air line names ("VRT Radio Evening Bulletin, transcript
    excerpt, Monday 23 November 2026"), for an article nothing else dates."""
    import dateparser

    for line in lines[:PROGRAMME_DAY_LINES]:
        if not T.PROGRAMME_DAY_LINE.search(line.text) or _story_sentence(line.text):
            continue
        day = R.STAMP_DAY.search(line.text)
        if day is None or not re.search(r"\d{4}", day.group()):
            continue
        parsed = dateparser.parse(day.group(), languages=["en"],
                                  settings={"REQUIRE_PARTS": ["day", "month", "year"]})
        if parsed is not None:
            stamp = datetime.combine(parsed.date(), time(0, 0), tzinfo=UTC).isoformat()
            return Metadata(**{**metadata.__dict__, "published": stamp,
                               "published_text": day.group()})
    return metadata


def _story_sentence(text: str) -> bool:
    """Whether a line naming a transcript is the story's sentence ("A transcript of the
    meeting on Monday 23 November 2026 shows …"), not a programme's title or air line: it
    ends on a full stop and names no air verb first (review 1127k)."""
    return bool(re.search(r"[.!?][\"”’']?$", text.strip())) and not T.AIR_LINE.match(text)


def _day_only(metadata: Metadata) -> bool:
    stamp = metadata.published or ""
    if not stamp.endswith("T00:00:00+00:00"):
        return False
    return not (metadata.published_text and R.TIME_IN_STAMP.search(metadata.published_text))


def _air_time(head: list[_Line], day: date | None) -> tuple[str, str] | None:
    """(UTC time, the line as printed) of the first air line in the head, else None."""
    texts = [line.text for line in head]
    for k, text in enumerate(texts):
        if (found := T.AIRED_AT.match(text) or T.TRANSMISSION_AT.match(text)
                or T.AIRED_DAY_FIRST.match(text)) is not None:
            zone = found.groupdict().get("zone") or "GMT"
            hour = _hour(int(found["h"]), found.groupdict().get("ap"))
            return _utc(found["day"], hour, int(found["m"]), zone, text)
        if (slot := T.AIR_SLOT.search(text)) is not None and day is not None:
            hour = _hour(int(slot["h"]), _start_meridiem(slot))
            return _utc(day.isoformat(), hour, int(slot["m"] or 0), slot["zone"], text)
        if (ends := T.ENDS_DAY.match(text)) is not None:
            issued = next((m for t in texts[k + 1:k + 3] if (m := T.ISSUED_AT.match(t))), None)
            if issued is not None:
                return _utc(ends["day"], int(issued["h"]), int(issued["m"]), issued["zone"],
                            issued.group(0))
    return None


def _start_meridiem(slot: re.Match[str]) -> str:
    """The half of the day a slot starts in: its own, else its end's ("8-9p" is 8 p.m.),
    but a slot ending at noon starts in the morning ("11-12p")."""
    if slot["ap"]:
        return slot["ap"]
    end_half = slot["ap2"].lower()
    if end_half == "p" and int(slot["h2"]) == NOON and int(slot["h"]) < NOON:
        return "a"
    return end_half


def _hour(hour: int, meridiem: str | None) -> int:
    if not meridiem:
        return hour
    if meridiem.lower() == "p":
        return hour if hour == NOON else hour + NOON
    return 0 if hour == NOON else hour


def _utc(day_text: str, hour: int, minute: int, zone: str, text: str) -> tuple[str, str] | None:
    from zoneinfo import ZoneInfo

    import dateparser

    day = dateparser.parse(day_text, languages=["en"],
                           settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if day is None or not (0 <= hour < 24 and 0 <= minute < 60):  # noqa: PLR2004
        return None
    local = datetime.combine(day.date(), time(hour, minute),
                             tzinfo=ZoneInfo(T.CLOCK_ZONES[zone.upper()]))
    return local.astimezone(UTC).isoformat(), text


def _local_day(text: str) -> date | None:
    """The day the air line names, in its own zone (None when it names none itself)."""
    found = T.AIRED_AT.match(text) or T.TRANSMISSION_AT.match(text) or T.AIRED_DAY_FIRST.match(text)
    if found is None:
        return None
    import dateparser

    day = dateparser.parse(found["day"], languages=["en"])
    return day.date() if day else None


MASTHEAD_HEADLINE_SEARCH = 15  # lines under a masthead searched for the headline (menus)
MASTHEAD_META_SEARCH = 3  # lines under that headline searched for its stamp
MASTHEAD_META_REACH = 8  # with the page's own lines between them, at most this far


def headline_under_masthead(lines: list[_Line], reading: _Reading) -> str | None:
    """The headline under an outlet's name read as the headline ("ABC News" over its menu,
    a programme's name and "Treasurer defends …" over "Posted Tue 4 Mar 2025 …"): the first
    headline-shaped line under it with a stamp within a few lines. None when the headline read
    is not a name the outlet table knows."""
    from according.article.scraped import _is_headline_shape
    from according.outlets import outlet_named

    head = next((i for i, k in sorted(reading.kinds.items()) if k[0] == "headline"), None)
    if head is None:
        return None
    known = outlet_named(lines[head].text)
    if known is None or known.plain_word:
        return None
    for j in range(head + 1, min(len(lines), head + 1 + MASTHEAD_HEADLINE_SEARCH)):
        text = lines[j].text
        if _is_headline_shape(text) and _stamp_under(lines, reading, j):
            return text
    return None


def _stamp_under(lines: list[_Line], reading: _Reading, j: int) -> bool:
    """A stamp within a few lines under line j, the lines already read as the page's (a fact
    check's verdict label, its republishing note, its "Fact check by" line) not counted
    (issue 9: Africa Check's "Verdict: Incorrect" / "Claim: …" / … / "Published 4 March
    2025" under the headline)."""
    from according.article.scraped import _is_stamp_line

    counted = 0
    for k in range(j + 1, min(len(lines), j + 1 + MASTHEAD_META_REACH)):
        if _is_stamp_line(lines[k].text):
            return True
        if reading.kinds.get(k, ("body", None))[0] not in _PAGE_KINDS:
            counted += 1
            if counted >= MASTHEAD_META_SEARCH:
                return False
    return False


# lines read as the page's, which a headline's stamp may come after
_PAGE_KINDS = ("boilerplate", "byline", "credit", "caption")


VIDEO_DESCRIPTION_MAX_WORDS = 40


def label_video_descriptions(lines: list[_Line], reading: _Reading) -> None:
    """The sentence under a video block's duration ("Duration: 8 minutes 41 seconds" / "8m" /
    "Treasurer Jim Calloway speaks to 7.30 from Parliament House.") describes the video: a
    caption, not the story's first paragraph."""
    from according.article.lines import _words

    for i, line in enumerate(lines[:-1]):
        if not T.VIDEO_DURATION.match(line.text):
            continue
        j = i + 1
        while j < len(lines) and T.VIDEO_DURATION.match(lines[j].text):
            j += 1
        if j >= len(lines) or j in reading.kinds:
            continue
        text = lines[j].text
        one_sentence = len(R.SENTENCE_INSIDE.findall(text)) == 0
        if one_sentence and _words(text) <= VIDEO_DESCRIPTION_MAX_WORDS \
                and R.FULL_STOP_END.search(text) and not T.SPEAKER_LABEL.match(text):
            reading.kinds[j] = ("caption", None)


def is_speaker_label(lines: list[_Line], i: int, end: int) -> bool:
    """Whether a paragraph's opening "LABEL:" (cut at end) is a transcript's speaker turn,
    never a dateline: a speaker's role ("ANCHOR:", "PRESENTER:"), or a label that opens
    another paragraph too in a dialogue (each turn of "MIRA HOLST: …" between another
    speaker's). A headline's topic repeated ("Haiti: …" over "Haiti: …") is no dialogue."""
    label = lines[i].text[:end].strip()
    if not label.endswith(":"):
        return False
    if label[:-1].strip().lower() in T.SPEAKER_ROLES:
        return True
    title = _transcript_title_at(lines)
    if title is not None and i > title and T.SPEAKER_LABEL.match(lines[i].text):
        return True  # "PRESIDENT: …" under "TRANSCRIPT: …, 4 MARCH 2026" (review 1127m)
    return label in _recurring_labels(lines) and len(_recurring_labels(lines)) >= 2


def _transcript_title_at(lines: list[_Line]) -> int | None:
    """Where a transcript's title line heads the text ("TRANSCRIPT: DNB EVENING NEWS, 24
    NOVEMBER 2026"), or None: every "LABEL:" under it opens a turn, however often the
    speaker talks."""
    from according.data.article_mastheads import TRANSCRIPT_TITLE_AT

    return next((k for k, line in enumerate(lines[:TITLE_LINES])
                 if TRANSCRIPT_TITLE_AT.match(line.text)), None)


def _recurring_labels(lines: list[_Line]) -> set[str]:
    """The speaker labels ("MIRA HOLST:") opening two or more of the text's paragraphs."""
    seen: dict[str, int] = {}
    for line in lines:
        if (found := T.SPEAKER_LABEL.match(line.text)) is not None:
            label = found.group().strip()
            seen[label] = seen.get(label, 0) + 1
    return {label for label, count in seen.items() if count >= 2}
