"""Stranger trial 3: the outlet and time a text copy prints in its own header.

A text copied with no address names its outlet only in its lines: a paper's name alone on
the first line over the headline and the byline ("THE VALLEY COURIER" over an AP story it
carries, "The Meridian" over its own), a live page's meta line opening with the newsroom's
name before its labels and its stamp ("Channel 9 News | Live blog | Updated November 25,
2026, 09:30 UTC"), a transcript's title naming the programme ("TRANSCRIPT: DNB EVENING
NEWS, 24 NOVEMBER 2026, 19:00"), or a press release's "About <sender>" heading at its foot.
The first two name the outlet as a masthead does (the paper carrying a wire's story
publishes it, and the wire stays credited); the last two only when nothing else names one.
The readers here run after the others and only fill what they left empty.
"""

from __future__ import annotations

import re
from dataclasses import replace

from according.article.lines import _Line, _read_stamp, _Reading, _words
from according.data import article_mastheads as M
from according.data import article_rules as R
from according.outlets import outlet_named
from according.read.dates import published_local
from according.records import Metadata

MASTHEAD_MAX_WORDS = 5  # a paper's name alone on its line
LABELS_MAX = 2  # section labels or a dated section line between the masthead and the headline
HEADLINE_META_LINES = 3  # lines under the headline its byline or stamp sits within
META_LINE_SCAN = 6  # lines of the header a live page's meta line sits among
META_LABEL_MAX_WORDS = 3  # each label between a meta line's name and its stamp ("Live blog")
RELEASE_MARK_LINES = 3  # a release's "FOR IMMEDIATE RELEASE" / "Press release" heads it


def sweep_text_masthead(lines: list[_Line], reading: _Reading) -> None:
    """The outlet a text copy names in its header (module doc), as its masthead, when no
    reader found one; a meta line's stamp is read when no stamp was."""
    meta = _newsroom_meta_line(lines, reading)
    labels = meta if meta is not None else _labelled_meta_line(lines, reading)
    if labels is not None:
        _read_meta_line(lines, reading, labels)
    if reading.masthead:
        return
    name = (_name_over_headline(lines, reading)
            or (_meta_line_newsroom(lines[meta].text) if meta is not None else None))
    if name:
        reading.masthead = _table_name(name)


def with_header_outlet(metadata: Metadata, lines: list[_Line], reading: _Reading) -> Metadata:
    """The outlet of an article nothing else names: the programme a transcript's title
    names, else the sender a press release's "About" heading names. Last of all sources: a
    copyright line, a byline's outlet or a wire's dateline name the publisher more surely."""
    if metadata.outlet:
        return metadata
    if (station := _station_over_transcript(lines, reading)) is not None:
        # stranger trial 5: "Radio Valdoria One — Morning Report" over "Transcript, …": the
        # station publishes, the programme's name is the headline
        name, programme = station
        headline = programme if metadata.headline == lines[_headline_index(reading)].text \
            else metadata.headline
        return replace(metadata, outlet=_table_name(name), headline=headline)
    name = _programme_of_transcript_title(lines, reading) or _release_sender(lines, reading)
    if name is None:
        return metadata
    return Metadata(**{**metadata.__dict__, "outlet": _table_name(name)})


def _table_name(name: str) -> str:
    known = outlet_named(name)
    return known.name if known and not known.plain_word else name


def as_name(text: str) -> str:
    """A name printed in capitals in its words' case ("THE VALLEY COURIER" -> "The Valley
    Courier", "DNB EVENING NEWS" -> "DNB Evening News": a short word that is no small word is
    an initialism); a name in mixed case as printed."""
    if not text.isupper():
        return text
    words = text.split()
    out = []
    for k, word in enumerate(words):
        bare = word.strip(".,'’").lower()
        if bare in M.NAME_SMALL_WORDS:
            out.append(word.lower() if k else word.capitalize())
        elif len(bare) <= M.INITIALISM_MAX_CHARS and bare.isalpha():
            out.append(word)
        else:
            out.append(word.capitalize())
    return " ".join(out)


def _headline_index(reading: _Reading) -> int | None:
    return next((i for i, (kind, _) in sorted(reading.kinds.items()) if kind == "headline"),
                None)


def _name_over_headline(lines: list[_Line], reading: _Reading) -> str | None:
    """A paper's name alone on the text's first line ("THE VALLEY COURIER", "The Meridian"),
    at most two labels or a dated section line ("World | Tuesday, November 24, 2026") under
    it, then the headline with a byline or a stamp right under that. A name the headline
    opens with is its topic ("Royal Mail" over "Royal Mail fined …"); a "The …" column over
    a headline ("The Long Read") names no paper."""
    head = _headline_index(reading)
    if head is None or not 1 <= head <= 1 + LABELS_MAX or len(lines) <= head + 1:
        return None
    text = M.MASTHEAD_LIVE_TAIL.sub("", lines[0].text)  # "The Continental — Live"
    if (reading.kinds.get(0, ("boilerplate", None))[0] != "boilerplate"
            or _words(text) > MASTHEAD_MAX_WORDS or R.SENTENCE_END.search(text)
            or any(c.isdigit() for c in text)):
        return None
    name = as_name(text)
    # stranger trial 5: a brand's name ("FactCheck Valdoria") is the masthead where the
    # line says so by its place: the publication's stamp right under it (a nameplate), or a
    # live page's label after it ("Valdoria Today — LIVE")
    nameplate = len(lines) > 1 and head > 1 and _is_stamp_line(lines[1].text)
    # stranger trial 6: a brand's name straight over a live page's headline with the stamp
    # or byline straight under it ("Naija Pulse" / "Kabanu governorship election results:
    # live updates" / "Monday 16 November 2026"): a live page's label is in its headline,
    # so the line over it is its newsroom's, as "Name — Live" is; not a topic's kicker (its
    # words in the headline: "Kabanu Election" over "Kabanu election live: …") nor a region's
    # or column's section
    headed = (head == 1 and _is_byline_or_stamp(lines[2].text)
              and bool(_LIVE_HEADLINE.search(lines[head].text))
              and not _shares_word(name, lines[head].text) and not _section_shaped(name))
    branded = ((nameplate or headed or text != lines[0].text) and _brand_shaped(name)
               and name.lower() not in {w.lower() for w in reading.byline})  # the writer
    if (not (_paper_shaped(name) or branded)
            or lines[head].text.lower().startswith(name.lower())):
        return None
    if not all(_is_label_or_dated_label(lines[j].text) or _is_menu_row(lines[j].text)
               for j in range(1, head)):
        return None
    below = lines[head + 1:head + 1 + HEADLINE_META_LINES]
    return name if any(_is_byline_or_stamp(ln.text) for ln in below) else None


# A live page's headline: "…: live updates", "… – live", "Live: …", "… as it happened".
_LIVE_HEADLINE = re.compile(
    r"(?:^live\b\s*[:—–|-]|\blive(?:\s+(?:updates?|blog|coverage|news|reaction))?\s*$"
    r"|\bas it happened\s*$)", re.IGNORECASE)


def _section_shaped(name: str) -> bool:
    """A region's or a column's section over a headline ("The Middle East", "Asia Pacific",
    "The Long Read"), no brand."""
    words = [w for w in name.split() if w.lower() != "the"]
    said = " ".join(words).lower()
    return (said in R.PLACES or said in M.REGION_SECTIONS
            or any(w.lower() in M.COLUMN_WORDS for w in words))


def _shares_word(name: str, headline: str) -> bool:
    """A word of the name, other than a small one, that the headline has too (its first five
    letters: "Election" and "elections")."""
    def stems(text: str) -> set[str]:
        return {w.lower()[:5] for w in re.findall(r"[A-Za-z][\w'’-]*", text)
                if w.lower() not in M.NAME_SMALL_WORDS}

    return bool(stems(name) & stems(headline))


def headline_under_live_masthead(lines: list[_Line], reading: _Reading) -> str | None:
    """The headline under a live page's masthead line read as the headline ("The Norland
    Post — Live" over "Kellby storm live: …"): the headline-shaped line right under it, when
    the name before the label is a paper's (stranger trial h6), else None."""
    from according.article.scraped import _is_headline_shape

    head = _headline_index(reading)
    if head is None or len(lines) <= head + 1:
        return None
    tail = M.MASTHEAD_LIVE_TAIL.search(lines[head].text)
    if tail is None or not _paper_shaped(as_name(lines[head].text[:tail.start()])):
        return None
    below = lines[head + 1].text
    return below if _is_headline_shape(below) else None


def paper_under_byline(text: str, reading: _Reading) -> str | None:
    """A paper's name alone on the line under the byline ("The Teodora Courier", "THE VALLEY
    COURIER"; issue 9), one the outlet table does not know (a known one is read as the
    byline's outlet already): the name, else None. A writer's job ("Economics
    Correspondent"), a place, a section's or column's name and a writer's own name are none."""
    from according.article.byline import _is_role
    from according.article.header import _is_place

    text = text.strip()
    if (not text or _words(text) > MASTHEAD_MAX_WORDS or R.SENTENCE_END.search(text)
            or any(c.isdigit() for c in text) or M.META_SEPARATOR.search(text)):
        return None
    name = as_name(text)
    known = outlet_named(name)
    if known is not None or _is_role(name) or _is_place(name) or _section_shaped(name):
        return None
    if name.lower() in {w.lower() for w in reading.byline}:
        return None
    shaped = R.PAPER_NAME.match(name) or (M.NEWSROOM_NAME.match(name)
                                          and not _section_news(name))
    return name if shaped else None


def _paper_shaped(name: str) -> bool:
    """A paper's name: the shape of a paper's or a newsroom's ("… Courier", "… Times", "The
    Irish News"), one the outlet table knows, or "The" and one
    capitalised word that names no column, series or region ("The Meridian", not "The
    Briefing", "The Reckoning", "The Ashes" or "The Gulf"). A section's word alone ("News"
    over a Gleaner headline) is none (issue 9)."""
    if name.lower() in R.SECTION_WORDS:
        return False
    if R.PAPER_NAME.match(name) or (M.NEWSROOM_NAME.match(name) and not _section_news(name)):
        return True  # "… Courier", "The Irish News", "The News"; not "World News"
    known = outlet_named(name)
    if known is not None and not known.plain_word:
        return True  # a name the outlet table knows ("The Conversation")
    if not M.THE_NAME.match(name) or M.NOT_PAPER_WORD_END.search(name):
        return False
    rest = name.split()[1:]
    # "The Americas", "The Gulf": a region's section over the headline
    said = " ".join(rest).lower()
    return not (any(w.lower() in M.COLUMN_WORDS for w in rest)
                or said in R.PLACES or said in M.REGION_SECTIONS)


def _is_stamp_line(text: str) -> bool:
    """A line that is a readable stamp alone ("Published 25 November 2026")."""
    return bool(R.DATE_LINE.match(text.strip())) and published_local(text.strip()) is not None


def _brand_shaped(name: str) -> bool:
    """A brand's name as a masthead prints it (stranger trial 5): at most five words, every
    one capitalised (a small word inside it aside), a lone word only when run together from
    two ("FactCheck", "PolitiFact"); no writer's name ("Jon Press"), no section's, column's
    or story label's words alone ("Fact Check", "Top Stories", "World News"), no place."""
    words = name.split()
    if not 1 <= len(words) <= MASTHEAD_MAX_WORDS or any(c.isdigit() for c in name):
        return False
    if not all(w[:1].isupper() or (k and w.lower() in M.NAME_SMALL_WORDS)
               for k, w in enumerate(words)):
        return False  # "Ukraine war — live": a topic in a sentence's case
    if len(words) == 1 and not _run_together(words[0]):
        return False
    if words[0] in R.FIRST_NAMES or _section_news(name) or name.lower() in R.PLACES:
        return False
    labels = R.SECTION_WORDS | R.STORY_LABEL_WORDS | M.COLUMN_WORDS | M.SECTION_NEWS_WORDS
    bare = [w.lower().strip(".,:") for w in words if w.lower() not in M.NAME_SMALL_WORDS]
    return name.lower() not in labels and not all(w in labels for w in bare)


def _run_together(word: str) -> bool:
    """A word run together from capitalised words ("FactCheck", "BuzzFeed")."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))


def _is_label_or_dated_label(text: str) -> bool:
    """A section label over a headline ("World"), a stamp, or a label and a stamp on one
    line ("World | Tuesday, November 24, 2026")."""
    if R.DATE_LINE.match(text):
        return True
    pieces = M.META_SEPARATOR.split(text)
    if len(pieces) > 1 and R.DATE_LINE.match(pieces[-1]):
        return all(_is_short_label(p) for p in pieces[:-1])
    return _is_short_label(text) and not any(c.isdigit() for c in text)


def _is_menu_row(text: str) -> bool:
    """A site's menu printed on one line under its name ("Home | News | Region | Sport"):
    several short labels split by bars (stranger trial h6: "ORVANE HERALD" over its menu)."""
    pieces = M.META_SEPARATOR.split(text.strip())
    return len(pieces) >= M.MENU_ROW_MIN_LABELS and all(
        _is_short_label(p) and not any(c.isdigit() for c in p) for p in pieces)


def _is_short_label(text: str) -> bool:
    return (0 < _words(text) <= META_LABEL_MAX_WORDS and text[:1].isalpha()
            and not R.SENTENCE_END.search(text))


def _is_byline_or_stamp(text: str) -> bool:
    return bool(text.lower().startswith(("by ", "by:")) or R.DATE_LINE.match(text))


def _newsroom_meta_line(lines: list[_Line], reading: _Reading) -> int | None:
    """The header line printing labels and a stamp split by bars, the first label a
    newsroom's name ("Channel 9 News | Live blog | Updated November 25, 2026, 09:30 UTC"),
    left as the standfirst or furniture by the readers before."""
    head = _headline_index(reading)
    start = head + 1 if head is not None else 0
    for i in range(start, min(len(lines), start + META_LINE_SCAN)):
        kind = reading.kinds.get(i, ("body", None))[0]
        if kind not in ("standfirst", "boilerplate", "date"):
            continue
        pieces = M.META_SEPARATOR.split(lines[i].text)
        if len(pieces) >= 2 and _meta_line_newsroom(lines[i].text) and _meta_stamp(pieces[-1]):
            return i
    return None


def _labelled_meta_line(lines: list[_Line], reading: _Reading) -> int | None:
    """The standfirst read under the headline when it is a meta line of section labels, a
    reading time and a stamp, no newsroom first ("Politics News | 3 min read | Nov 25,
    2026"): its stamp dates the story (review 1127m)."""
    head = _headline_index(reading)
    if head is None or reading.standfirst is None:
        return None
    for i in range(head + 1, min(len(lines), head + 1 + META_LINE_SCAN)):
        if lines[i].text != reading.standfirst:
            continue
        pieces = M.META_SEPARATOR.split(lines[i].text)
        if len(pieces) >= 2 and _meta_stamp(pieces[-1]) and all(
                _is_short_label(p) or M.READING_TIME.match(p) for p in pieces[:-1]):
            return i
    return None


def _meta_line_newsroom(text: str) -> str | None:
    """The newsroom a meta line opens with, its other pieces short labels and its last a
    stamp; else None."""
    pieces = M.META_SEPARATOR.split(text)
    if len(pieces) < 2 or not _meta_stamp(pieces[-1]):
        return None
    if not all(_is_short_label(p) for p in pieces[1:-1]):
        return None
    first = pieces[0].strip()
    known = outlet_named(first)
    if known and not known.plain_word:
        return known.name
    if _writer_shaped(first):
        return None  # "Jon Press | Nov 25, 2026": the writer and the stamp (review 1127m)
    return first if M.NEWSROOM_NAME.match(first) and not _section_news(first) else None


def _writer_shaped(name: str) -> bool:
    """A person's two names, the first a first name ("Jon Press", "Emily Post")."""
    words = name.split()
    return len(words) == 2 and words[0] in R.FIRST_NAMES


def _section_news(name: str) -> bool:
    """A section's name ending in a newsroom's word ("Politics News", "Latest News"): every
    word before that word a section's."""
    words = [w.lower() for w in name.split()[:-1] if w.lower() != "the"]
    return bool(words) and all(w in M.SECTION_NEWS_WORDS for w in words)


def _meta_stamp(piece: str) -> bool:
    return bool(R.DATE_LINE.match(piece.strip())) and published_local(piece.strip()) is not None


def _read_meta_line(lines: list[_Line], reading: _Reading, i: int) -> None:
    """Read a meta line's stamp when no readable stamp was read, and label the line a date
    (no standfirst: a sub-heading says more than who and when)."""
    stamp = M.META_SEPARATOR.split(lines[i].text)[-1].strip()
    if not any(published_local(s.text) for s in reading.stamps):
        _read_stamp(stamp, reading)
    if reading.standfirst == lines[i].text:
        reading.standfirst = None
    reading.kinds[i] = ("date", None)


def _programme_of_transcript_title(lines: list[_Line], reading: _Reading) -> str | None:
    """The programme a transcript's title line names ("TRANSCRIPT: DNB EVENING NEWS, 24
    NOVEMBER 2026, 19:00" -> "DNB Evening News"), when that line is the headline."""
    head = _headline_index(reading)
    if head is None:
        return None
    found = M.TRANSCRIPT_TITLE_AT.match(lines[head].text)
    if found is None:
        return None
    programme = as_name(found.group("programme").strip())
    words = programme.split()
    # a programme's name in capitalised words, no event's ("Interview with Ann Roe")
    if any(w.lower() in M.TRANSCRIPT_EVENT_WORDS for w in words) or not all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in M.NAME_SMALL_WORDS
            for w in words):
        return None
    return programme


def _station_over_transcript(lines: list[_Line], reading: _Reading
                             ) -> tuple[str, str] | None:
    """The station and the programme a transcript's headline names, the two split by a dash
    or a bar ("Radio Valdoria One — Morning Report", "Morning Edition | WXPN Radio"), when a
    transcript's mark is right under it ("Transcript, 25 November 2026, 07:10", "RUSH
    TRANSCRIPT"): the part a broadcaster's word names ("Radio", "TV", "FM", "Channel") or the
    outlet table knows is the station. None otherwise."""
    head = _headline_index(reading)
    if head is None or head > LABELS_MAX:
        return None
    below = lines[head + 1:head + 1 + HEADLINE_META_LINES]
    if not any(M.TRANSCRIPT_MARK_LINE.match(ln.text) for ln in below):
        return None
    parts = [p.strip() for p in M.STATION_PROGRAMME_SPLIT.split(lines[head].text)]
    if len(parts) != 2 or not all(_title_cased(p) for p in parts):
        return None
    for station, programme in (parts, parts[::-1]):
        if _station_shaped(station) and not _station_shaped(programme):
            return as_name(station), as_name(programme)
    return None


def _title_cased(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MASTHEAD_MAX_WORDS and not R.SENTENCE_END.search(text) and all(
        w[:1].isupper() or w[:1].isdigit() or (k and w.lower() in M.NAME_SMALL_WORDS)
        for k, w in enumerate(words))


def _station_shaped(name: str) -> bool:
    known = outlet_named(name)
    if known is not None and not known.plain_word:
        return True
    return any(w.lower() in M.BROADCASTER_WORDS for w in name.split())


def _release_sender(lines: list[_Line], reading: _Reading) -> str | None:
    """The sender a press release names in its "About <sender>" heading at its foot, when a
    release mark heads it ("FOR IMMEDIATE RELEASE", "Press release") and the heading is
    furniture: the body that issued the release publishes it."""
    if not any(M.RELEASE_MARK.match(ln.text) for ln in lines[:RELEASE_MARK_LINES]):
        return None
    for i, line in enumerate(lines):
        about = R.ABOUT_SENDER.match(line.text)
        if about and reading.kinds.get(i, ("body", None))[0] == "boilerplate":
            name = about.group("name").strip(" .,")
            words = [w.lower() for w in name.split()] + [""]
            if words[0] in M.NOT_SENDER_WORDS or (
                    words[0] == "the" and words[1] in M.NOT_SENDER_AFTER_THE):
                return None
            return name
    return None


def with_transcript_title_time(metadata: Metadata) -> Metadata:
    """The time a transcript's title line gives after its day ("…, 24 NOVEMBER 2026, 19:00"),
    for an article its day alone dates: a time with no zone read as written (as zoneless
    stamps are), a zone printed read in that zone. A stated time is kept."""
    from according.article.pubtime import ZONELESS_FROM
    from according.article.transcripts import _day_only, _utc
    from according.data import article_transcripts as T

    if not (metadata.published and _day_only(metadata)) or not metadata.headline:
        return metadata
    found = M.TRANSCRIPT_TITLE_AT.match(metadata.headline)
    if found is None or found["h"] is None:
        return metadata
    if _day_of(found["day"]) != metadata.published[:10]:
        return metadata  # the title names another day than the one the article gives
    printed = metadata.headline[found.start("day"):].strip()
    if found["zone"] is None:
        # a clock in no known zone is read as written (article/pubtime.py), and kept as
        # TIMEX3 writes a time of no known zone
        clock = f"{metadata.published[:10]}T{int(found['h']):02d}:{int(found['m']):02d}"
        return replace(metadata, published=f"{clock}:00+00:00", published_text=printed,
                       published_timex3=clock, published_from=ZONELESS_FROM)
    zone = found["zone"].upper()
    if zone not in T.CLOCK_ZONES:
        return metadata
    aired = _utc(found["day"], int(found["h"]), int(found["m"]), zone, "")
    if aired is None:
        return metadata
    return Metadata(**{**metadata.__dict__, "published": aired[0], "published_text": printed})


def _day_of(text: str) -> str | None:
    import dateparser

    day = dateparser.parse(text, languages=["en"],
                           settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return day.date().isoformat() if day else None


def label_button_rows(lines: list[_Line], reading: _Reading) -> None:
    """Label as furniture a story line that is a row of buttons split by bars, every piece a
    button or a prompt ("Share this live blog | Follow Channel 9 News on X"): each piece
    alone is furniture, so the row is."""
    from according.article.lines import _is_furniture

    for i, line in enumerate(lines):
        if reading.kinds.get(i, ("body", None))[0] != "body":
            continue
        pieces = [p.strip() for p in M.META_SEPARATOR.split(line.text)]
        if len(pieces) >= 2 and all(
                _is_furniture(p) or M.LIVE_SHARE_PROMPT.match(p) for p in pieces):
            reading.kinds[i] = ("boilerplate", None)
