"""The header: headline, standfirst, byline, dateline, date and related lines."""

from __future__ import annotations

import re

from according.article.body import _is_furniture
from according.article.lines import (
    HEADER_SCAN,
    HEADLINE_MAX_WORDS,
    LEDE_MIN_WORDS,
    META_MAX_WORDS,
    _is_prose,
    _is_speech,
    _Line,
    _Reading,
    _words,
)
from according.data import article_rules as R
from according.outlets import outlet_named
from according.records import Metadata


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
