"""Bylines: names (without "By", several, "and"-joined), the role, place and outlet lines
under them, and agencies or desks named instead of a person."""

from __future__ import annotations

import re
from functools import cache

from according.article.lines import (
    _byline_around_stamp,
    _clean_name,
    _is_furniture,
    _read_stamp,
    _Reading,
    _without_role,
    _words,
)
from according.data import article_rules as R
from according.outlets import Outlet, outlet_named, outlet_of_url


def _read_byline(text: str, reading: _Reading) -> bool:
    """A byline line: names (with an outlet, a place, a role or a stamp), or an agency."""
    if _is_furniture(text):
        return False
    text = R.TRAILING_META_SEPARATOR.sub("", text)  # "By Ann Roe •" (the stamp went below)
    with_stamp = R.BYLINE_WITH_STAMP.match(text)
    if with_stamp and R.DATE_LINE.match(with_stamp.group("stamp")):
        if _read_byline(with_stamp.group("by"), reading):
            _read_stamp(with_stamp.group("stamp"), reading)
            return True
    around = _byline_around_stamp(text)
    if around and _read_byline(around[0], reading):
        _read_stamp(around[1], reading)
        return True
    wire_place = R.WIRE_PLACE_LINE.match(text)
    wire = R.WIRES.get(wire_place.group("wire").upper()) if wire_place else None
    if wire_place and wire:
        known = outlet_named(wire)
        reading.credits.append(known.name if known else wire)
        reading.dateline = reading.dateline or wire_place.group("place")
        return True
    pieces = [p for p in R.BYLINE_SEPARATOR.split(text) if p.strip()]
    if len(pieces) > 1:
        # "TOI News Desk / TIMESOFINDIA.COM / Updated: Nov 4, 2024, 14:22 IST"
        stamps = [p for p in pieces if R.DATE_LINE.match(p)]
        sites = [o for p in pieces if _is_host(p) and (o := outlet_of_url(p))]
        # "Last Updated: 2 hours ago" after the stamp says nothing of the names
        rest = [p for p in pieces
                if p not in stamps and not _is_host(p) and not R.TIME_ONLY_LINE.match(p)]
        if (stamps or sites) and rest and _read_byline(" | ".join(rest), reading):
            for stamp in stamps:
                _read_stamp(stamp, reading)
            reading.byline_outlet = reading.byline_outlet or (sites[0].name if sites else None)
            return True
    if _read_byline_with(text, reading):
        return True
    agency = _agency_byline(text)
    if agency is None and R.BYLINE_VERB_LEAD.match(text):
        # "Text: AFP", "Written by: Reuters" (review 1127h): the label names the wire as "By"
        # would
        agency = _agency_byline(R.BYLINE_VERB_LEAD.sub("By ", text))
    if agency is not None:
        _read_outlet_credit(agency.name if isinstance(agency, Outlet) else None, reading)
        desk = R.AGENCY_BYLINE.match(text)
        place = desk.group("place") if desk else None
        # "Staff Reporter, Gulf Today": the paper after the desk, no place
        known = outlet_named(place) if place else None
        if known:
            reading.byline_outlet = reading.byline_outlet or known.name
        if place and (known or not (_is_place(place) or place.isupper())):
            place = None
        reading.dateline = reading.dateline or place
        return True
    names, outlet, place = _byline_names(text)
    if not names:
        return False
    reading.byline = names
    reading.dateline = reading.dateline or place
    _read_outlet_credit(outlet, reading)
    return True


def _read_byline_with(text: str, reading: _Reading) -> bool:
    """ "By Jane DOE with John ROE in Cairo": both are the byline, and Cairo is where the
    second writer was, not the story's dateline; "By Euronews with AP, AFP": the outlet's
    byline crediting its wires."""
    match = R.BYLINE_WITH.match(text)
    if not match:
        return False
    if R.UNNAMED_AGENCIES.match(match.group("with").strip()):
        return _read_byline_with_agencies(match.group("by"), reading)
    others = [p.strip() for p in R.NAME_SPLIT.split(match.group("with")) if p.strip()]
    wires = [R.WIRES.get(p.upper()) for p in others]
    paper = R.BYLINE_PREFIX.sub("", match.group("by")).strip()
    if all(wires) and _agency_byline(match.group("by")) is None and R.OUTLET_SHAPE.match(paper):
        # "By The Brussels Times with Belga": a paper the table does not know and its agency
        reading.byline_outlet = reading.byline_outlet or paper
        for wire in wires:
            known = outlet_named(wire)
            reading.credits.append(known.name if known else wire)
        return True
    if all(wires) and _agency_byline(match.group("by")) is not None:
        _read_byline(match.group("by"), reading)
        for wire in wires:
            known = outlet_named(wire)
            reading.credits.append(known.name if known else wire)
        return True
    names, _, _ = _byline_names(match.group("by"))
    if names and all(wires):
        # "By Ann Roe with AP": the writer's byline crediting a wire, which writes no name
        reading.byline = names
        for wire in wires:
            known = outlet_named(wire)
            reading.credits.append(known.name if known else wire)
        return True
    more, _, _ = _byline_names("By " + R.CREDIT_PLACE.sub("", match.group("with")))
    if not names or not more:
        return False
    reading.byline = names + more
    return True


def _read_byline_with_agencies(by: str, reading: _Reading) -> bool:
    """ "By Euronews with Agencies": the outlet's own byline (or a writer's: "By Ann Roe with
    agencies") crediting wires it does not name."""
    paper = R.BYLINE_PREFIX.sub("", by).strip()
    if R.OUTLET_SHAPE.match(paper) and outlet_named(paper) is None:
        reading.byline_outlet = reading.byline_outlet or paper  # a paper the table lacks
        return True
    return _read_byline(by, reading)


def _agency_byline(text: str) -> Outlet | bool | None:
    """An outlet or desk named as the byline ("ARAB NEWS", "By Agency Report", "Al Jazeera
    Staff"): the outlet when the table knows it, True for a desk, else None."""
    twice = _agency_named_twice(text)
    if twice is not None:
        return twice
    if R.SERVICE_BYLINE.match(text):
        return True  # "By RFE/RL's Georgian Service": a desk, not cut at its slash
    if _is_opinion_desk(text):
        return True  # "By Herald View", "The Editorial Board": the paper's leader, no writer
    match = (R.FACT_CHECK_DESK_BYLINE.match(text) or R.OUTLET_DESK_BYLINE.match(text)
             or R.AGENCY_BYLINE.match(text))
    if not match or _words(text) > 6:
        return None
    if match.group("outlet") is None:
        return True
    known = (outlet_named(match.group("outlet")) or outlet_named(text)
             or _wire_by_name(match.group("outlet")))
    # "By Ben Spurr Transportation Reporter": a writer and a job run on, no desk
    said = match.group("outlet")
    person = said.split()[0] in R.FIRST_NAMES and _words(said) >= 2
    return known or (True if (match.group("desk") or R.DESK_CODE.match(text)) and not person
                     else None)


def _is_opinion_desk(text: str) -> bool:
    """A byline naming the paper's leader column or board, not a writer ("By Herald View",
    "The Times View", "The Editorial Board"; round 32). "By Jane View" names a person."""
    from according.data.article_opinion import OPINION_DESK_BYLINE

    match = OPINION_DESK_BYLINE.match(text)
    if not match:
        return False
    house = match.group("house").strip()
    # no house ("The Editorial Board"), or a paper's: its name or a paper's word ("Herald",
    # "Yorkshire Post"); "Bella View" names a writer whatever the first-name list knows
    return not house or house.lower() == "our" or bool(
        R.OUTLET_SHAPE.match(house) or outlet_named(house))


def _agency_named_twice(text: str) -> Outlet | None:
    """An agency's byline giving its short and its full name ("By AFP - Agence France
    Presse"): the agency, else None."""
    parts = R.BYLINE_DASH.split(R.BYLINE_PREFIX.sub("", text).strip())
    if len(parts) != 2:
        return None
    first, second = outlet_named(parts[0]), outlet_named(parts[1])
    return first if first is not None and first == second else None


def _wire_by_name(text: str) -> Outlet | None:
    """A wire the outlet table lacks, by its full name ("Field Level Media"), else None."""
    name = R.WIRE_BY_NAME.get(re.sub(r"^THE ", "", text.strip().upper()))
    return Outlet(name=name, forms=(name,), short=(), domains=()) if name else None


def _is_host(text: str) -> bool:
    return bool(re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", text.strip(), re.IGNORECASE))


def _byline_names(text: str) -> tuple[list[str], str | None, str | None]:
    """The names in a byline line, the outlet it credits ("By JANE DOE Associated Press",
    "Jane Doe, Reuters", "By Jane Doe | email | The Denver Post") and the place it names
    ("Jane Doe in Nairobi"), if any."""
    stopped = R.BY_NAMES_STOP.match(text)
    if stopped and not R.NOT_NAME_START.match(stopped.group("first")):
        text = text[:-1]  # round 36: "By Sami Zaptia." (Libya Herald), names and a stop alone
    elif text.endswith(".") and not re.search(r"\b[A-Z]\.$", text):
        return [], None, None
    text = R.BYLINE_ROLE_LEAD.sub("By ", R.BYLINE_VERB_LEAD.sub("By ", text))
    text = R.RANK_SUFFIX.sub("", text)
    text = R.FACT_CHECK_DESK_TAIL.sub("", text)
    text, filed_for = _without_outlet_filed_for(text)
    text = _with_caps_place_read(text)
    # the writer's station or paper in brackets: "Author: Jordan Reyes (WFAA)"
    bracketed = R.BYLINE_BRACKET_OUTLET.search(text)
    said = bracketed.group("outlet") if bracketed else None
    known = (outlet_named(said) or _wire_by_name(said)) if said else None
    in_brackets = known.name if known else said if said and R.CALL_SIGN.match(said) else None
    if said and not in_brackets and R.BYLINE_BRACKET_INITIALS.match(said):
        in_brackets = said  # a newsroom's initials the table lacks: "Name (OPB)"
    in_brackets = in_brackets or filed_for
    if bracketed and in_brackets:
        text = text[:bracketed.start()]
    pieces = [p for p in R.BYLINE_SEPARATOR.split(R.BYLINE_NOISE.sub(" ", text).strip()) if p]
    if not pieces:
        return [], None, None
    outlet = next((o.name for p in pieces[1:] if (o := outlet_named(p))), in_brackets)
    if outlet is None and len(pieces) > 1 and R.OUTLET_SHAPE.match(pieces[-1].strip()):
        outlet = pieces[-1].strip()  # "Sok Chan / Khmer Times": a paper the table lacks
    named, role = _without_role(pieces[0])
    # "Mathatisi Sebusi/Mohalenyane Phakela" (Lesotho Times), "Ann Roe / Ben Hale": writers
    # joined by a slash, each a person's name (a slash before a desk, a wire or a paper stays
    # the role's or outlet's: "Ann Roe/Reuters", "Sok Chan / Khmer Times")
    slashed = _slashed_names(pieces if len(pieces) > 1 else named.split("/"))
    if slashed:
        named, role = " and ".join(slashed), ""
    match = R.BYLINE.match(named)
    if not match and (untitled := _without_newsroom_title(named)):
        named = untitled  # "Middle East Editor Jeremy Bowen": the title too long for a name
        match = R.BYLINE.match(named)
    if not match:
        return [], None, None
    names = [_clean_name(n) for n in R.NAME_SPLIT.split(match.group("names")) if n.strip()]
    role = match.group("role") or role
    # round 35: a correspondent's town after a bar, "Yangyel Lhaden | Gelephu" (Kuensel): a
    # place the gazetteer knows is the dateline ("Ann Roe | Politics" names a section)
    place = pieces[-1].strip() if len(pieces) == 2 and _is_place(pieces[-1].strip()) else None
    if role and re.search(rf"\bin\s+{re.escape(role)}$", named):
        place = role
    elif outlet is None:
        # a paper the table does not know, after a dash or comma: "- The Philippine Star"
        outlet = _outlet_at_end(role)[1] or (role.strip() if role and R.OUTLET_SHAPE.match(
            role.strip()) else None)
    if len(names) > 1 and outlet is None and _comma_before_last(match.group("names")):
        # "By Ann Roe, Associated Press": a wire's two-word name is the last piece, no writer
        # ("Ann Roe, Ben Reuters": a writer whose name holds a wire's word stays a writer)
        rest, wire = _outlet_at_end(names[-1])
        if wire and not rest:
            names, outlet = names[:-1], wire
    if names and outlet is None:
        names[-1], outlet = _outlet_at_end(names[-1], keep=2)
    if any(_is_place(n) or outlet_named(n) for n in names):
        return [], None, None
    if not R.BYLINE_PREFIX.match(named):
        if names and R.NOT_NAME_START.match(names[0]):
            return [], None, None  # "What Happened": a section heading, not a name
        if any(n.split()[-1].lower() in R.PLACE_NOUNS for n in names):
            return [], None, None  # "Palestinian Territories": a country tag
        if any(n.split()[-1].lower() == "news" for n in names):
            return [], None, None  # "Latest News", "Business News": a section, no one's name
        if any(_holds_leader_title(n) for n in names):
            return [], None, None  # "Hezbollah Chief Naim Qassem": a portrait's label
        # "Jane Doe, The Daily Star": a later piece opening so is no name (a paper, a desk)
        names = [n for n in names if not R.NOT_NAME_START.match(n)]
    return names, outlet, place


SLASHED_NAMES_MAX = 3  # "Ann Roe/Ben Hale/Lin Wu": more slashes join tags, not writers


def _slashed_names(parts: list[str]) -> list[str] | None:
    """The writers of a byline whose names a slash joins, when every part is a person's
    name: two to four capitalised words, none a role, a place, an outlet or a wire."""
    parts = [p.strip() for p in parts]
    if not 2 <= len(parts) <= SLASHED_NAMES_MAX:
        return None
    first = R.BYLINE_PREFIX.sub("", parts[0]).strip()
    names = [first, *parts[1:]]
    return names if all(map(_is_person_name, names)) else None


def _is_person_name(text: str) -> bool:
    words = text.split()
    return (2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:2].islower() for w in words)
            and R.BYLINE.match(text) is not None and not R.NOT_NAME_START.match(text)
            and not any(w.lower().strip(".") in R.ROLE_NOUNS | {"news", "desk", "bureau"}
                        for w in words)
            and words[-1].lower() not in R.PLACE_NOUNS and not _is_place(text)
            and outlet_named(text) is None and _wire_by_name(text) is None
            and not R.OUTLET_SHAPE.match(text) and not R.AGENCY_WORDS.search(text))


def _without_newsroom_title(text: str) -> str | None:
    """The byline without a newsroom title of capitalised words ending in a role noun before
    a name of two or three words ("Middle East Editor Jeremy Bowen" -> "Jeremy Bowen", "By
    Chief International Correspondent Lyse Doucet" -> "By Lyse Doucet"); None when no such
    title opens it."""
    by = R.BYLINE_PREFIX.match(text)
    lead = by.group() if by else ""
    words = text[len(lead):].split()
    for cut in range(len(words) - 2, max(0, len(words) - 4), -1):
        title = words[:cut]
        if (title[-1].lower() in R.ROLE_NOUNS and len(title) <= R.ROLE_LINE_MAX_WORDS
                and all(w[0].isupper() or w in R.ROLE_CONNECTORS for w in title)
                and (lead or not _is_leader_title(title))):
            return lead + " ".join(words[cut:])
    return None


def _holds_leader_title(name: str) -> bool:
    """A leader's title before a name of two words or more ("Hezbollah Chief Naim Qassem",
    review 1127g): a portrait's label, as _is_leader_title says."""
    words = name.split()
    return any(w.lower() in R.LEADER_ROLE_NOUNS and _is_leader_title(words[:i + 1])
               for i, w in enumerate(words[:-2]) if i > 0)


def _is_leader_title(title: list[str]) -> bool:
    """A title ending in 'Chief' or 'Staff' with no newsroom word before it ("UN Aid Chief",
    "Hezbollah Chief", "Chief of Staff"): a leader's, as a portrait's label prints it over the
    lede, unless "By" opens the line ("Bureau Chief", "Sports Staff" are a newsroom's)."""
    return title[-1].lower() in R.LEADER_ROLE_NOUNS and not any(
        w.lower() in R.NEWSROOM_TITLE_WORDS for w in title[:-1])


def _without_outlet_filed_for(text: str) -> tuple[str, str | None]:
    """A byline without the outlet its writers file for, and that outlet's name: "By ANN ROE
    FOR MAILONLINE" -> ("By ANN ROE", "Daily Mail"), None for a site the table lacks ("FOR
    DAILYMAIL.COM"); the text as it is when "for" names no known outlet nor a site, or no
    "By" opens it."""
    # only after "By": "Best Places To Eat For The Guardian" is a heading, no one's byline
    match = R.BYLINE_FILED_FOR.search(text) if R.BYLINE_PREFIX.match(text) else None
    said = match.group("outlet") if match else ""
    known = outlet_named(said) or (outlet_of_url(said) if _is_host(said) else None)
    # a site's address the table lacks is still where they file ("FOR DAILYMAIL.COM")
    if not match or known is None and not _is_host(said):
        return text, None
    return text[:match.start()], known.name if known else None


def _with_caps_place_read(text: str) -> str:
    """A byline in capitals with the place it was filed from read as "in" and the place ("By
    ANN ROE IN NEW YORK" -> "By ANN ROE in NEW YORK"), as a byline in small letters has it."""
    place = R.CAPS_BYLINE_PLACE.search(text)
    if place and R.BYLINE_PREFIX.sub("", text).isupper():
        return f"{text[:place.start()]} in {place.group('place')}"
    return text


def _comma_before_last(names: str) -> bool:
    """The last of the names follows a comma ("Ann Roe, Associated Press"), not "and"."""
    return bool(re.search(r",\s*[^,]+$", names)) and not re.search(r"\s(?:and|&)\s[^,]+$", names)


def _outlet_at_end(text: str, keep: int = 0) -> tuple[str, str | None]:
    """An outlet named at the end of `text` (perhaps before a job title), split off after at
    least `keep` words: ("JAMES CORTEZ Associated Press", 2) -> ("JAMES CORTEZ", "The
    Associated Press"); ("Associated Press Writer", 0) -> ("", "The Associated Press"). An
    outlet whose name is a plain word ("Science") counts only as written with "The"."""
    words = text.split()
    while words and words[-1].lower() in R.ROLE_NOUNS:
        words.pop()
    for start in range(keep, len(words)):
        said = " ".join(words[start:])
        outlet = outlet_named(said)
        if outlet and (not outlet.plain_word or said.startswith("The ")):
            return " ".join(words[:start]), outlet.name
    return text, None


def _read_byline_role(text: str, reading: _Reading) -> bool:
    """A line under the byline naming the writer's job, place or outlet ("Political Editor",
    "in Washington", "Associated Press", "Education correspondent, BBC News", "@handle"): part
    of it."""
    if R.HANDLE_LINE.match(text):
        return True
    text = R.BYLINE_NOISE.sub(" ", text).strip()
    if not text or R.SENTENCE_END.search(text) and not text.endswith(")"):
        return False
    place = R.ROLE_PLACE.match(text)
    if place:
        reading.dateline = reading.dateline or place.group("place")
        return True
    pieces = [p.strip() for p in text.split(",") if p.strip()]
    outlets = [o for p in pieces if (o := _outlet_at_end(p)[1]) and not _outlet_at_end(p)[0]]
    if outlets and len(pieces) == 1:
        _read_outlet_credit(outlets[0], reading)
        return True
    if len(pieces) > 1 and _is_role(pieces[0]) and all(
            _is_role(p) or _outlet_at_end(p)[1] or R.PLACE_SHAPE.match(p) for p in pieces[1:]):
        for outlet in outlets:
            _read_outlet_credit(outlet, reading)
        return True
    # the publication's own name under the byline, perhaps one the table does not know
    return _is_role(text) or bool(R.OUTLET_SHAPE.match(text)) and not _is_place(text)


def _is_role(text: str) -> bool:
    """A job title: ends in a role noun ("Political editor"), or is all capitalised words
    holding one ("Senior Reporter, Politics"); not a sentence mentioning an editor."""
    words = re.findall(r"[\w’'-]+", text)
    titled = all(w[0].isupper() or w in R.ROLE_CONNECTORS for w in words)
    return (0 < len(words) <= R.ROLE_LINE_MAX_WORDS and text[0].isupper()
            and (words[-1].lower() in R.ROLE_NOUNS
                 or titled and any(w.lower() in R.ROLE_NOUNS for w in words)))


def _read_outlet_credit(outlet: str | None, reading: _Reading) -> None:
    """The outlet a byline names; a wire's name is also a credit."""
    if outlet:
        reading.byline_outlet = reading.byline_outlet or outlet
        if outlet in _wire_names():
            reading.credits.append(outlet)


@cache
def _wire_names() -> frozenset[str]:
    """The wires by the names they are credited with: as listed, and as the outlet table
    names them ("AFP" is "Agence France-Presse")."""
    known = (outlet_named(name) for name in R.WIRES.values())
    return frozenset(R.WIRES.values()) | {o.name for o in known if o is not None}


def _is_place(text: str) -> bool:
    return text.lower().rstrip(".") in R.PLACES
