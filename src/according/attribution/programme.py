"""Who a transcript's role label stands for: the programme's host is the outlet speaking.

A turn labelled "ANCHOR:", "HOST:", "PRESENTER:" or "CORRESPONDENT:" is the programme's
own voice, no anonymous source: a fact-checker reads "Rescue teams are still searching"
from the anchor as the outlet's reporting, like an article's narration. So a programme
role label is, first found first:

1. the person the transcript names in that role ("Our correspondent Mira Holst" for
   "CORRESPONDENT:", "host Jake Tapper" for "HOST:"), when exactly one is so named;
2. the outlet named in the label itself ("CNN ANCHOR:");
3. the outlet the transcript's header names just before its first turn: a known outlet, else
   an organization with a broadcast word in its name ("VRT Radio Evening Bulletin");
4. the article's outlet (its metadata, from the page or feed);
5. else an unnamed source (source type anonymous, no entity: kept per story by the ledger,
   where an outlet with no name would key every unknown programme's host as one).

Anyone else a label does not name ("UNIDENTIFIED MALE:", "CALLER:", "CROWD:") stays an
anonymous source, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from according.entities import EntityCluster

# the programme's own voice, in two families: a label of one family is a person the
# transcript names with a word of the same family
HOST_WORDS = frozenset({"anchor", "co-anchor", "host", "co-host", "presenter", "newsreader",
                        "newscaster", "announcer", "moderator", "interviewer", "narrator"})
REPORTER_WORDS = frozenset({"reporter", "correspondent"})
PROGRAMME_WORDS = HOST_WORDS | REPORTER_WORDS
# a word of an organization's name that makes it a programme or broadcaster
BROADCAST_WORDS = frozenset({"radio", "tv", "television", "news", "bulletin", "broadcasting",
                             "broadcast", "network", "channel", "programme", "program", "show",
                             "hour", "tonight", "today", "fm", "newsroom", "podcast"})
HEADER_REACH = 400  # characters before the first turn a transcript's header may name it in
ROLE_BEFORE_CHARS = 40  # how far before a person's name a role word names them so
_WORD = re.compile(r"[\w-]+")
_LAST_WORD = re.compile(r"([\w-]+)(\W*)$")  # a line's last word and what follows it


def programme_role(label: str) -> frozenset[str] | None:
    """The family of role words a role label ("ANCHOR", "UNIDENTIFIED REPORTER") of the
    programme's own voice belongs to, or None for anyone else ("UNIDENTIFIED MALE")."""
    words = set(_WORD.findall(label.lower()))
    if words & HOST_WORDS:
        return HOST_WORDS
    if words & REPORTER_WORDS:
        return REPORTER_WORDS
    return None


def named_in_role(text: str, clusters: Sequence[EntityCluster], family: frozenset[str]
                  ) -> int | None:
    """The one person the text names with a role word of `family` just before the name or
    as their title ("Our correspondent Mira Holst", "host Jake Tapper"), else None."""
    found = {i for i, c in enumerate(clusters) if c.type == "person" and (
        (c.title or "").lower() in family or any(
            _role_before(text, m.span.start, family) for m in c.mentions))}
    return found.pop() if len(found) == 1 else None


def _role_before(text: str, start: int, family: frozenset[str]) -> bool:
    """Is a role word of `family` right before the name ("host Jake Tapper")? Not a role
    label before a colon ("ANCHOR: Anna Lind there."): the anchor names someone else."""
    line = text[max(0, start - ROLE_BEFORE_CHARS):start].split("\n")[-1]
    last = _LAST_WORD.search(line.lower())
    return last is not None and last.group(1) in family and ":" not in last.group(2)


def outlet_in_label(clusters: Sequence[EntityCluster], start: int, end: int) -> int | None:
    """The outlet (or organization) a label names inside [start, end): "CNN" of "CNN
    ANCHOR"."""
    return next((i for i, c in enumerate(clusters) if c.type in ("outlet", "organization")
                 and any(start <= m.span.start and m.span.end <= end for m in c.mentions)),
                None)


def header_outlet(clusters: Sequence[EntityCluster], first_turn: int) -> int | None:
    """The programme a transcript's header names just before its first turn (within
    HEADER_REACH characters): the nearest known outlet there, else the nearest organization
    with a broadcast word in its name ("VRT Radio Evening Bulletin")."""
    near = sorted(((m.span.start, i) for i, c in enumerate(clusters) for m in c.mentions
                   if first_turn - HEADER_REACH <= m.span.start < first_turn), reverse=True)
    outlets = [i for _, i in near if clusters[i].type == "outlet"]
    if outlets:
        return outlets[0]
    programmes = [i for _, i in near if clusters[i].type == "organization"
                  and set(_WORD.findall(clusters[i].name.lower())) & BROADCAST_WORDS]
    return programmes[0] if programmes else None


def outlet_named(clusters: Sequence[EntityCluster], outlet: str | None) -> int | None:
    """The cluster of an outlet or organization named `outlet` (the article's metadata)."""
    if not outlet:
        return None
    low = outlet.lower()
    return next((i for i, c in enumerate(clusters) if c.type in ("outlet", "organization")
                 and (c.name.lower() == low or low in (a.lower() for a in c.aliases))), None)
