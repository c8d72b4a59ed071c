"""A transcript turn's own voice: what the speaker says, not what they report others said.

A speaker label ("MIRA HOLST: …", "ANCHOR: …") makes the whole line one attribution to the
speaker (special.headline_colon_attributions). A reporter's turn often relays others: "The
province now says 27 people have died. Governor Pavel Renko told reporters that more than
300 are missing." There the province and the governor are the sources of what they said,
found as attributions of their own inside the turn; the speaker is the source only of
what is left: each embedded attribution's extent (source, cue and content) is cut out of
the turn's content, and a turn with nothing of its own left ("Thanks.") is no attribution.
A report with no source ("The dam is reportedly cracked") or the speaker's own ("I said
it then: …", "we believe …") stays the speaker's: nobody else is named for it.
Without the cut one claim counts the reporter, the province and the governor as three
sources of it (stranger trial 2, 05-broadcast).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from according.attribution.raw import RawAttribution
from according.attribution.special import ROLE_HINT, SPEAKER_HINT
from according.records import Span

T = TypeVar("T")
TURN_HINTS = frozenset({SPEAKER_HINT, ROLE_HINT})
# a piece of a turn left between relayed reports is the speaker's own only with as many
# words as a transcript line needs to be a turn at all (special.HEADLINE_MIN_WORDS):
# "Thanks." or "Well," between two reports says nothing a fact-checker could check
OWN_VOICE_MIN_WORDS = 3
EDGE_CHARS = " \t\n,;:—–-."
# a report by the speaker themself inside their turn ("I said", "we believe")
FIRST_PERSON = frozenset({"i", "we", "me", "us", "myself", "ourselves"})
SPEAKER_SELF = frozenset({"i", "me", "myself"})  # the speaker alone ("we" may be the desk)


def is_turn(raw: RawAttribution) -> bool:
    """Whether `raw` is a transcript speaker's turn ("NAME: …" with a speaker or role hint)."""
    return raw.source_hint in TURN_HINTS and raw.cue is not None and raw.cue.text == ":"


def relays_another(raw: RawAttribution) -> bool:
    """Whether a report names a source other than whoever speaks it: not sourceless
    ("reportedly"), not the speaker ("I said")."""
    return raw.source is not None and raw.source_hint != "unspecified" and \
        raw.source.text.lower() not in FIRST_PERSON


def speaker_names(raws: Sequence[RawAttribution]) -> frozenset[str]:
    """The last words, lower-cased, of every transcript speaker label ("DMITAR VELES, CIVIC
    ALLIANCE LEADER", "VELES"): the people who speak turns. Inside a turn they are "I" and
    "you"; a role the transcript gives nobody's title ("The finance minister says …") is a
    third party, never one of them (stranger trial 5, 05-radio)."""
    return frozenset(raw.source.text.split(",")[0].split()[-1].lower() for raw in raws
                     if raw.source_hint == SPEAKER_HINT and raw.source is not None
                     and is_turn(raw) and raw.source.text.split(",")[0].split())


def speaker_of_own_report(raw: RawAttribution, turns: Sequence[tuple[RawAttribution, T]]
                          ) -> T | None:
    """A report by "I"/"me" inside a transcript turn ("MIRA HOLST: I said this morning
    that …") is the turn's speaker's: the resolution `turns` pairs with that turn."""
    if raw.source is None or raw.source.text.lower() not in SPEAKER_SELF:
        return None
    return next((resolved for turn, resolved in reversed(turns)
                 if any(c.start <= raw.source.start < c.end for c in turn.content)), None)


def extent(raw: RawAttribution) -> tuple[int, int]:
    """The characters an attribution covers: its source, cue and content together."""
    spans = [s for s in (raw.source, raw.cue, *raw.content) if s is not None]
    return min(s.start for s in spans), max(s.end for s in spans)


def own_voice_turns(raws: Sequence[RawAttribution], text: str) -> list[RawAttribution]:
    """`raws` with every transcript turn's content cut to the speaker's own voice (module
    doc); a turn left with none is dropped. The other attributions are unchanged."""
    reports = [r for r in raws if not is_turn(r) and r.cue is not None and relays_another(r)]
    out = []
    for raw in raws:
        if not is_turn(raw):
            out.append(raw)
            continue
        cut = _own_voice(raw, reports, text)
        if cut:
            out.append(raw if cut == raw.content else replace(raw, content=cut))
    return out


def _own_voice(turn: RawAttribution, reports: Sequence[RawAttribution], text: str
               ) -> tuple[Span, ...]:
    """The pieces of the turn's content outside every report whose cue lies inside it."""
    pieces: list[Span] = []
    for piece in turn.content:
        inside = sorted(extent(r) for r in reports
                        if piece.start <= r.cue.start and r.cue.end <= piece.end)
        if not inside:
            pieces.append(piece)
            continue
        start = piece.start
        for lo, hi in inside + [(piece.end, piece.end)]:
            left = _trimmed(text, start, min(max(lo, start), piece.end))
            if left is not None:
                pieces.append(left)
            start = max(start, hi)
    return tuple(pieces)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """text[start:end] without edge punctuation, if it has OWN_VOICE_MIN_WORDS words."""
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS:
        end -= 1
    words = [w for w in text[start:end].split() if any(c.isalnum() for c in w)]
    return Span.of(text, start, end) if len(words) >= OWN_VOICE_MIN_WORDS else None
