"""The body: furniture, captions, credits and related links among the paragraphs."""

from __future__ import annotations

import re

from according.article.lines import (
    CAPTION_MAX_WORDS,
    CREDIT_MAX_WORDS,
    _is_speech,
    _Line,
    _Reading,
    _words,
)
from according.data import article_rules as R
from according.records import Region


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
