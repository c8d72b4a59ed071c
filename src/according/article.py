"""The layout of a news article: labelled regions and the metadata they carry.

`read_layout(text)` labels every non-blank line (headline, standfirst, byline,
dateline, date, related, caption, credit, boilerplate, body) with offsets into
the unchanged text, and reads the article's metadata from them. The rules are
data in `according.data.article_rules`; each small reader below tries one
thing and returns early.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from according.data import article_rules as R
from according.outlets import outlet_named, outlet_of_host
from according.read.dates import published_utc
from according.records import Metadata, Region

HEADLINE_MAX_WORDS = 40
HEADER_SCAN = 12  # lines after the headline searched for byline, dateline and date
META_MAX_WORDS = 12
CAPTION_MAX_WORDS = 70
CREDIT_MAX_WORDS = 25
LEDE_MIN_WORDS = 15


__all__ = ["Layout", "line_kind", "published_utc", "read_layout"]


@dataclass(frozen=True)
class Layout:
    regions: tuple[Region, ...]
    metadata: Metadata


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character (before the newline)
    text: str
    block: int  # index of the blank-line separated block it sits in


@dataclass
class _Reading:
    """What the readers have found so far (mutable while reading, frozen into a Layout)."""

    kinds: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    headline: str | None = None
    standfirst: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline: str | None = None
    published_text: str | None = None
    credits: list[str] = field(default_factory=list)
    wire: str | None = None  # the outlet a wire dateline "(AP)" or the byline names
    dateline_cut: tuple[int, int] | None = None  # (line index, offset where body resumes)


def read_layout(text: str, *, hints: Metadata | None = None, url: str | None = None) -> Layout:
    """Regions covering every non-blank line of `text`, and the article's metadata.

    `hints` (what an HTML page or feed knew) fill what the text does not show.
    """
    lines = _lines(text)
    reading = _Reading()
    body_from = _read_header(lines, reading, hints)
    for i in range(body_from, len(lines)):
        if i not in reading.kinds:
            found = _body_line_kind(lines[i].text, reading)
            if found:
                reading.kinds[i] = found
    _read_dateline_prefix(lines, reading, body_from)
    regions = _regions(lines, reading)
    return Layout(regions, _metadata(text, reading, hints, url))


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    block, pos = 0, 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            block += 1 if out and out[-1].block == block else 0
        else:
            lead = len(content) - len(content.lstrip())
            start = pos + lead
            out.append(_Line(start, start + len(stripped), stripped, block))
        pos += len(raw)
    return out


def _words(text: str) -> int:
    return len(R.WORD.findall(text))


def _is_speech(text: str) -> bool:
    return bool(R.QUOTE_MARK.search(text) and R.SPEECH_VERB.search(text))


def _is_prose(text: str) -> bool:
    """A body-like line: a finished sentence of some length, or reported speech."""
    return _is_speech(text) or (bool(R.SENTENCE_END.search(text)) and _words(text) >= 8)


# Header: headline, standfirst, byline, dateline, date, related.


def _read_header(lines: list[_Line], reading: _Reading, hints: Metadata | None) -> int:
    """Label the lines above the story; return the index of the first line of the story."""
    first = _headline_index(lines, hints)
    if first is None:
        return 0
    for i in range(first):
        reading.kinds[i] = ("boilerplate", None)
    reading.kinds[first] = ("headline", None)
    reading.headline = lines[first].text
    metas: list[int] = []
    pending: list[int] = []
    stop = min(len(lines), first + 1 + HEADER_SCAN)
    i = first + 1
    while i < stop:
        kind = _meta_kind(lines, i, reading, metas)
        if kind:
            reading.kinds[i] = (kind, None)
            metas.append(i)
        elif _is_prose(lines[i].text) and (metas or len(pending) >= 2):
            break
        elif not metas:
            pending.append(i)
        elif _is_furniture(lines[i].text):
            reading.kinds[i] = ("boilerplate", None)
            metas.append(i)
        elif _is_related_line(lines[i].text):
            reading.kinds[i] = ("related", None)
            metas.append(i)
        else:
            break
        i += 1
    if metas:
        _label_standfirst(lines, reading, pending[:2], hints)
        return max(metas) + 1
    return _header_without_meta(lines, reading, first, hints)


def _headline_index(lines: list[_Line], hints: Metadata | None) -> int | None:
    if hints and hints.headline:
        want = _norm(hints.headline)
        for i, line in enumerate(lines[:6]):
            if _norm(line.text) == want:
                return i
    for i, line in enumerate(lines[:6]):
        if not _is_furniture(line.text):
            # A story paragraph first (HTML extraction without a title, a wire story
            # opening "WASHINGTON (AP) — …") means no headline.
            story = _is_wire_lede(line.text) or _words(line.text) > HEADLINE_MAX_WORDS
            return None if story else i
    return None


def _is_wire_lede(text: str) -> bool:
    """A story's first sentence after a dateline ("WASHINGTON (AP) — The Senate voted …"),
    not a headline with a kicker ("EXCLUSIVE – Roger Stone: …")."""
    match = R.DATELINE_PREFIX.match(text)
    if not match or _words(text) < LEDE_MIN_WORDS or not _is_prose(text):
        return False
    place = match.group("place")
    return bool(match.group("wire") or match.group("date") or "," in place or _is_place(place))


def _meta_kind(lines: list[_Line], i: int, reading: _Reading, metas: list[int]) -> str | None:
    text = lines[i].text
    if _words(text) > META_MAX_WORDS or _is_speech(text):
        return None
    if R.DATE_LINE.match(text) and reading.published_text is None:
        reading.published_text = R.DATE_PREFIX.sub("", text).strip()
        return "date"
    if _is_place(text) and reading.dateline is None:
        reading.dateline = text
        return "dateline"
    if metas and metas[-1] == i - 1 and reading.kinds[metas[-1]][0] == "byline":
        if _read_byline_role(text, reading):
            return "byline"
    names, outlet = _byline_names(text)
    if names and not reading.byline:
        reading.byline = names
        _read_outlet_credit(outlet, reading)
        return "byline"
    # A place we do not know, between the byline and the date ("Byline / Place / Date").
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if (R.PLACE_SHAPE.match(text) and reading.dateline is None and R.DATE_LINE.match(nxt)
            and metas and reading.kinds[metas[-1]][0] == "byline"):
        reading.dateline = text
        return "dateline"
    return None


def _is_place(text: str) -> bool:
    return text.lower().rstrip(".") in R.PLACES


def _is_related_line(text: str) -> bool:
    """A headline-shaped line after the byline block: another story's link."""
    return bool(R.RELATED.match(text)) or (
        not R.SENTENCE_END.search(text) and 4 <= _words(text) <= 25
    )


def _byline_names(text: str) -> tuple[list[str], str | None]:
    """The names in a byline line, and the outlet it credits ("By JANE DOE Associated Press",
    "Jane Doe, Reuters"), if any."""
    if text.endswith(".") and not re.search(r"\b[A-Z]\.$", text):
        return [], None
    named, role = _without_role(text)
    match = R.BYLINE.match(named)
    if not match:
        return [], None
    names = [n.strip() for n in R.NAME_SPLIT.split(match.group("names")) if n.strip()]
    outlet = _outlet_at_end(match.group("role") or role)[1]
    if names and outlet is None:
        names[-1], outlet = _outlet_at_end(names[-1], keep=2)
    if any(_is_place(n) or outlet_named(n) for n in names):
        return [], None
    return names, outlet


def _without_role(text: str) -> tuple[str, str]:
    """ "Jane Doe Housing correspondent" -> ("Jane Doe", "Housing correspondent"), the longest
    title leaving two names."""
    words = text.split()
    if len(words) < 3 or words[-1].lower() not in R.ROLE_NOUNS:
        return text, ""
    for title_words in (3, 2, 1):
        names = words[: len(words) - title_words]
        if len(names) >= 2 and names[0].lower() != "by" or len(names) >= 3:
            return " ".join(names), " ".join(words[len(names):])
    return text, ""


def _outlet_at_end(text: str, keep: int = 0) -> tuple[str, str | None]:
    """An outlet named at the end of `text` (perhaps before a job title), split off after at
    least `keep` words: ("JAMES CORTEZ Associated Press", 2) -> ("JAMES CORTEZ", "The
    Associated Press"); ("Associated Press Writer", 0) -> ("", "The Associated Press")."""
    words = text.split()
    while words and words[-1].lower() in R.ROLE_NOUNS:
        words.pop()
    for start in range(keep, len(words)):
        outlet = outlet_named(" ".join(words[start:]))
        if outlet:
            return " ".join(words[:start]), outlet.name
    return text, None


def _read_byline_role(text: str, reading: _Reading) -> bool:
    """A line under the byline naming the writer's job, place or outlet ("Political Editor",
    "in Washington", "Associated Press"): part of the byline."""
    if R.SENTENCE_END.search(text) and not text.endswith(")"):
        return False
    place = R.ROLE_PLACE.match(text)
    if place:
        reading.dateline = reading.dateline or place.group("place")
        return True
    rest, outlet = _outlet_at_end(text)
    if outlet and not rest:
        _read_outlet_credit(outlet, reading)
        return True
    # A job title: ends in a role noun ("Political editor"), or is all capitalised words
    # holding one ("Senior Reporter, Politics"); not a sentence mentioning an editor.
    words = re.findall(r"[\w’'-]+", text)
    titled = all(w[0].isupper() or w in R.ROLE_CONNECTORS for w in words)
    return (0 < len(words) <= R.ROLE_LINE_MAX_WORDS and text[0].isupper()
            and (words[-1].lower() in R.ROLE_NOUNS
                 or titled and any(w.lower() in R.ROLE_NOUNS for w in words)))


def _read_outlet_credit(outlet: str | None, reading: _Reading) -> None:
    """The outlet a byline names; a wire's name is also a credit."""
    if outlet:
        reading.wire = reading.wire or outlet
        if outlet in R.WIRES.values():
            reading.credits.append(outlet)


def _label_standfirst(
    lines: list[_Line], reading: _Reading, pending: list[int], hints: Metadata | None
) -> None:
    for i in pending:
        if not _is_speech(lines[i].text):
            reading.kinds[i] = ("standfirst", None)
            reading.standfirst = reading.standfirst or lines[i].text


def _header_without_meta(
    lines: list[_Line], reading: _Reading, first: int, hints: Metadata | None
) -> int:
    """No byline or date under the headline: a subheading in the headline's block, an
    "ABSTRACT." section, the page's description, or an unpunctuated summary line is the
    standfirst."""
    nxt = first + 1
    if nxt >= len(lines):
        return nxt
    line = lines[nxt]
    if R.ABSTRACT_MARKER.match(line.text) and nxt + 1 < len(lines):
        reading.kinds[nxt] = ("boilerplate", None)
        _label_standfirst(lines, reading, [nxt + 1], hints)
        return nxt + 2
    same_block = line.block == lines[first].block
    described = hints and hints.standfirst and _norm(hints.standfirst) == _norm(line.text)
    unfinished = (line.text[-1].isalnum() and 8 <= _words(line.text) <= 60
                  and not R.DATELINE_PREFIX.match(line.text))
    if (same_block and _words(line.text) <= 40) or described or unfinished:
        _label_standfirst(lines, reading, [nxt], hints)
        return nxt + 1
    return nxt


def _norm(text: str) -> str:
    return " ".join(R.WORD.findall(text.lower()))


# Body: furniture, captions, credits and related links among the paragraphs.


def _is_furniture(text: str) -> bool:
    """Page furniture: the whole line, not the opening words of a sentence that goes on."""
    match = R.FURNITURE.match(text) or R.SECTION_MARKER.match(text)
    if not match:
        return False
    return not (R.SENTENCE_END.search(text) and R.FINITE_VERB.search(text, match.end()))


def line_kind(text: str) -> str:
    """The kind one line gets among a story's paragraphs: "caption", "related", "body" …"""
    found = _body_line_kind(text, _Reading())
    return found[0] if found else "body"


def _body_line_kind(text: str, reading: _Reading) -> tuple[str, str | None] | None:
    """The kind of a line among the story's paragraphs, or None for a body paragraph.

    Reported speech, and a sentence ending in who said it, are story text whatever they
    begin with ("Sign up to the scheme was voluntary, the union said.").
    """
    if _is_speech(text) or R.ATTRIBUTION_TAIL.search(text):
        return None
    words = _words(text)
    if words <= CREDIT_MAX_WORDS:
        who = _credit_of(text)
        if who:
            reading.credits.append(who)
            return ("boilerplate", None) if R.COPYRIGHT.match(text) else ("credit", None)
    if _is_furniture(text):
        return ("boilerplate", None)
    if R.RELATED.match(text) and words <= 30:
        return ("related", None)
    source = R.IMAGE_SOURCE.match(text)
    if source:
        return ("caption", source.group("credit").strip())
    if R.IMAGE_CAPTION.match(text):
        return ("caption", None)
    if words <= CAPTION_MAX_WORDS:
        credit = _caption_credit(text)
        if credit:
            return ("caption", credit)
    return None


def _credit_of(text: str) -> str | None:
    for pattern in R.CREDIT_LINES:
        match = pattern.match(text)
        if match:
            who = re.split(r" in (?=[A-Z])", match.group("who").strip())[0]
            return who.strip(" ,") or None
    return None


def _caption_credit(text: str) -> str | None:
    if R.SPEECH_VERB.search(text):
        return None
    match = R.CAPTION_BRACKET.search(text)
    if match and _words(text[: match.start()]) >= 3:
        credit = match.group("credit").strip().rstrip(".")
        before = text[: match.start()].rstrip()
        if R.NOT_A_CREDIT.match(credit):
            return None
        agency = bool(R.AGENCY_WORDS.search(credit)) or "/" in credit or " via " in credit
        shouted = credit.isupper() and len(credit) >= 2
        if (agency or shouted) and (not before.endswith((".", "!", "?")) or agency):
            return credit
    match = R.CAPTION_PHOTOGRAPH.search(text)
    if match and match.start() > 0:
        return match.group("credit").strip()
    return None


def _read_dateline_prefix(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """ "NEW YORK, Nov. 19 (UPI) — …" opening the first story paragraph."""
    for i in range(body_from, min(len(lines), body_from + 3)):
        if i in reading.kinds:
            continue
        match = R.DATELINE_PREFIX.match(lines[i].text)
        if match and any(c.islower() for c in lines[i].text[match.end():][:40]):
            reading.dateline_cut = (i, match.end())
            reading.dateline = reading.dateline or match.group("place").strip()
            wire = (match.group("wire") or "").upper()
            reading.wire = R.WIRES.get(wire) or reading.wire
        return


def _regions(lines: list[_Line], reading: _Reading) -> tuple[Region, ...]:
    regions: list[Region] = []
    for i, line in enumerate(lines):
        kind, credit = reading.kinds.get(i, ("body", None))
        start = line.start
        if reading.dateline_cut and reading.dateline_cut[0] == i:
            cut = line.start + reading.dateline_cut[1]
            head = line.start + len(line.text[: reading.dateline_cut[1]].rstrip())
            regions.append(Region(line.start, head, "dateline"))
            start = cut
        prev = regions[-1] if regions else None
        if (kind == "body" and prev and prev.kind == "body" and i > 0
                and lines[i - 1].block == line.block and start == line.start):
            regions[-1] = Region(prev.start, line.end, "body")
        else:
            regions.append(Region(start, line.end, kind, credit))  # type: ignore[arg-type]
    return tuple(regions)


# Metadata: what the layout shows, else what the container knew.


def _metadata(text: str, reading: _Reading, hints: Metadata | None, url: str | None) -> Metadata:
    hints = hints or Metadata()
    published_text = reading.published_text or hints.published_text
    published = published_utc(published_text) if published_text else None
    if published is None and hints.published:
        # The container's date; its text is what the page showed, never a made-up ISO string.
        published, published_text = published_utc(hints.published), hints.published_text
    credits = list(dict.fromkeys([*reading.credits, *hints.credits]))
    return Metadata(
        headline=reading.headline or hints.headline,
        standfirst=reading.standfirst or hints.standfirst,
        byline=tuple(reading.byline) or hints.byline,
        dateline=reading.dateline or hints.dateline,
        published=published,
        published_text=published_text,
        outlet=_outlet(text, reading, hints, url),
        credits=tuple(credits),
        language=hints.language,
    )


def _outlet(text: str, reading: _Reading, hints: Metadata, url: str | None) -> str | None:
    """The page's site name, else the URL's site, else a wire dateline, else the text's
    own words; a site name that is only a host name ("example.com") comes after the URL."""
    known = outlet_named(hints.outlet) if hints.outlet else None
    named = known.name if known else hints.outlet  # "AP", "the Guardian" -> the table's name
    if named and "." in named and " " not in named:
        return _outlet_of_url(url) or _outlet_of_url(f"https://{named}") or named
    return named or _outlet_of_url(url) or reading.wire or _outlet_in_text(text)


def _outlet_of_url(url: str | None) -> str | None:
    if not url:
        return None
    outlet = outlet_of_host(urlsplit(url).hostname or "")
    return outlet.name if outlet else None


def _outlet_in_text(text: str) -> str | None:
    """The outlet speaking of itself: "Independent readers", "told The Independent"."""
    for pattern in R.OUTLET_SELF:
        for match in pattern.finditer(text):
            said = match.group("outlet")
            known = outlet_named(said)
            name = known.name if known else (said if said.startswith("The ") else None)
            if name is None:
                continue
            third = R.OUTLET_THIRD_PARTY.format(o=re.escape(said))
            if not re.search(third, text, re.IGNORECASE):
                return name
    return None
