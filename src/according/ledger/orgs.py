"""An organisation's whole name and bracketed initials as one article writes them: pure
Record -> names, for the source mentions the ledger keys (derive.source_mentions).

* The NER cuts a name at "for the" or "of the": "the U.N. Office for the Coordination of
  Humanitarian Affairs (OCHA)" came as two organisations, "U.N. Office" and "Coordination
  of Humanitarian Affairs" (with the alias OCHA), so one office was three sources in a
  stranger's trial ("U.N. Office", "OCHA" and the like). Two organisation mentions that
  the text joins with "for", "of" or "on" (and "the") are one name (`whole_names`), where
  the first is never named alone.
  Where the NER tagged only the first part, the source's own span holds the whole name
  ("The Dorvanian Office for the Relief of Flood Victims (DORF) said": `whole_span_name`).
* Initials in brackets right after an organisation's name ("... Affairs (OCHA) said")
  are its alias (`bracketed_alias`, `span_alias`): the ledger reads a bare "OCHA" in another article
  as that organisation (names.acronym_key), whether or not the initials spell its name
  ("Doctors Without Borders (MSF)").
"""

from __future__ import annotations

import re
from collections import defaultdict

from according.records import Record

_JOINED = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?$")
# the rest of a name after its first part: joined by for/of/on (the), capitalised words
# and the small words inside a name ("for the Relief of Flood Victims")
_NAME_REST = re.compile(
    r"\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)*"
    r"[A-Z][\w'’.-]*)*$")
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Z0-9&.]*[A-Z0-9])\)")
ORG_TYPES = frozenset({"organization", "outlet", "group"})


def whole_names(record: Record) -> dict[str, str]:
    """entity id -> the whole name of the organisation it is part of, for the two parts
    of a name the text joins with "for/of/on (the)" ("U.N. Office" + "Coordination of
    Humanitarian Affairs"); an entity that is part of two whole names, or whose first
    part the text also names alone, is left out."""
    text = record.text
    orgs = [(m.start, m.end, e.id) for e in record.entities if e.type == "organization"
            for m in e.mentions]
    orgs.sort()
    found: dict[str, set[str]] = defaultdict(set)
    heads: set[str] = set()
    joined_heads: dict[str, int] = defaultdict(int)
    for (start, end, head), (nstart, nend, tail) in zip(orgs, orgs[1:], strict=False):
        between = text[end:nstart]
        if head != tail and _JOINED.search(between) and len(between) < 12 \
                and text[nstart:nstart + 1].isupper() and "\n" not in between:
            whole = text[start:nend]
            found[head].add(whole)
            found[tail].add(whole)
            heads.add(head)
            joined_heads[head] += 1
    alone = {e.id for e in record.entities if e.id in heads
             and len(e.mentions) > joined_heads[e.id]}
    return {eid: names.pop() for eid, names in found.items()
            if len(names) == 1 and eid not in alone}


def bracketed_alias(record: Record, entity_id: str) -> str | None:
    """The initials written in brackets after a mention of entity `entity_id` ("(OCHA)"),
    when its entity lists them as an alias; None otherwise."""
    entity = next((e for e in record.entities if e.id == entity_id), None)
    if entity is None or entity.type not in ORG_TYPES:
        return None
    text = record.text
    for alias in entity.aliases or ():
        word = alias.strip()
        if len(word) > 1 and word.isupper() and " " not in word and any(
                re.match(r"\s*\(" + re.escape(word) + r"\)", text[m.end:m.end + len(word) + 4])
                for m in entity.mentions):
            return word
    return None


def whole_span_name(span: str, name: str) -> str | None:
    """The whole organisation name a source span writes where its entity's `name` is only
    the first part ("The Dorvanian Office for the Relief of Flood Victims (DORF)" over
    "Dorvanian Office"), read up to a bracket or comma; None when the span adds none."""
    text = re.split(r"\s*[(,;]", span.strip(), maxsplit=1)[0]
    text = re.sub(r"^[Tt]he\s+", "", text)
    if not name or not text.startswith(name) or len(text) == len(name):
        return None
    return text if _NAME_REST.match(text[len(name):]) else None


def span_alias(text: str, end: int, span: str) -> str | None:
    """Initials in brackets ending a source span or right after it (`end`: its end in
    the article's `text`): "... Flood Victims (DORF) said" -> DORF."""
    inside = re.search(r"\(([A-Z][A-Z0-9&.]*[A-Z0-9])\)\s*$", span)
    if inside:
        return inside.group(1)
    after = _BRACKETED.match(text, end)
    return after.group(1) if after else None
