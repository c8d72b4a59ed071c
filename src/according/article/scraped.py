"""Scraped text: what a copy of a page keeps without its markup, read where the header
reader stopped short.

A copy of a real page keeps every block of its header on a line of its own and glues the
inline pieces of a block together: "Jen MillsPublished Jul 17, 2024, 11:21am", "March 7,
20247:55 AM UTC", "Katherine FidlerThursday 2 Nov 2023 10:09 am". Between the headline and
the stamp sit lines the header reader does not know (a kicker, bookmark buttons, a standfirst
in three bullet points), so it stops before the stamp. When it has found none, the sweep here
reads the header's lines again down to the story's first paragraphs, each with its glue
undone, for the first stamp line.
"""

from __future__ import annotations

from according.article.byline import _is_role, _read_byline
from according.article.lines import (
    HEADLINE_MAX_WORDS,
    LEDE_MIN_WORDS,
    _is_furniture,
    _is_prose,
    _Line,
    _read_stamp,
    _Reading,
    _Stamp,
    _stamp_parts,
    _without_role,
    _words,
)
from according.data import article_rules as R
from according.data.article_pubtime import READ_DATE_LINE
from according.read.dates import MONTH_FIRST, DateStyle, ambiguous_day, published_local

SWEEP_LINES = 40  # lines from the top a copy's header may fill (menus and kickers included)
STAMP_PREFIX_MAX_TOKENS = 6  # what a stamp's line prints before it: a name, "2 minute read"
STAMP_SUFFIX_MAX_TOKENS = 5  # and after it: "| Executive Search Blogs |"
STAMP_LINE_MAX_WORDS = 30
# kinds of line whose text may be a stamp the header reader took for something else
_SWEPT_KINDS = frozenset({"body", "standfirst", "related", "boilerplate", "date"})
RELATED_TITLE_MIN_WORDS = 4  # a related line's words before its stamp that make it a teaser


def _unglued(text: str) -> str:
    """The line with the glue of a copy undone ("Jen MillsPublished Jul 17, 2024" -> "Jen
    Mills Published Jul 17, 2024"): read for its stamp only, never for offsets."""
    for glue, space in R.SCRAPED_GLUE:
        text = glue.sub(space, text)
    return text


def _stamp_in_line(text: str) -> tuple[str, str] | None:
    """(what the line prints before its stamp, the stamp) of a short meta line, else None:
    the longest stamp from the earliest token, with little before and after it."""
    unglued = _unglued(text)
    glued = R.STAMP_AFTER_SENTENCE.search(text)
    if glued and R.DATE_LINE.match(glued.group("stamp")):
        return text[:glued.start("stamp")], glued.group("stamp")
    if _words(text) > STAMP_LINE_MAX_WORDS or (_is_prose(text)  # "… at 5:49 p.m." ends so
                                               and not R.DATE_LINE.match(unglued)):
        return None
    tokens = unglued.split()
    for start in range(min(len(tokens), STAMP_PREFIX_MAX_TOKENS + 1)):
        prefix = " ".join(tokens[:start])
        if R.NOT_STAMP_PREFIX.search(prefix):
            return None  # an embedded post's signature: "— Jo Roe (@jroe) November 2, 2023"
        for end in range(len(tokens), start, -1):
            if len(tokens) - end > STAMP_SUFFIX_MAX_TOKENS:
                break
            stamp = " ".join(tokens[start:end])
            # a label before a bar is left to the prefix ("by j03f3l_1000 | Jun 2, 2020")
            if R.DATE_LINE.match(stamp) and not R.LABEL_BEFORE_BAR.match(stamp) or _stamp_parts(
                    stamp) or _dated_with_city_zone(stamp):
                return prefix, stamp
    return None


SITE_MENU_ITEM_MAX_WORDS = 3  # "Home", "Life & Style"


def _is_site_clock(lines: list[_Line], i: int) -> bool:
    """The day of copying a site prints in its header, between its name and its menu
    ("Ahram Online" / "Sunday, 22 October 2023" / "Home"): a day without a time with short
    menu lines above and below it, not the story's stamp."""
    text = lines[i].text
    if i == 0 or i + 1 >= len(lines) or R.TIME_IN_STAMP.search(text) or R.DATE_PREFIX.match(
            text) or not R.DATE_LINE.match(text):
        return False  # a labelled stamp ("Updated: …") is the page's own
    between_menus = all(_is_furniture(t) or _words(t) <= SITE_MENU_ITEM_MAX_WORDS
                        and not R.SENTENCE_END.search(t) and not R.DATE_LINE.match(t)
                        for t in (lines[i - 1].text, lines[i + 1].text))
    # only when the page shows a stamp of its own further down, in its header (above the
    # story's first paragraph: a related teaser's day or an update's under it is no
    # publication stamp): else the day is the story's
    if not between_menus:
        return False
    for j in range(i + 2, min(len(lines), SWEEP_LINES)):
        if _is_lede(lines, j):
            return False
        if _stamp_in_line(lines[j].text) is not None and not R.UPDATE_PREFIX.match(
                lines[j].text):
            return True
    return False


def _dated_with_city_zone(stamp: str) -> bool:
    """A stamp whose zone is its newsroom's city in brackets ("May 25, 2024, at 9:05 am
    (Paris)"): kept whole, so the zone is read with it."""
    city = R.CITY_ZONE_TOKEN.search(stamp)
    return bool(city and stamp.rstrip(" ,").endswith(city.group())
                and R.DATE_LINE.match(stamp[:city.start()].rstrip(" ,")))


def _label_above(lines: list[_Line], i: int, stamp: str) -> str:
    """The stamp with a bare label printed on the line above it ("Published:" over "15:56
    BST, 27 April 2024"), as the header reader joins them."""
    above = lines[i - 1].text if i > 0 else ""
    label = R.BARE_STAMP_LABEL_SCRAPED.match(above)
    if label and not R.DATE_PREFIX.match(stamp):
        return f"{label.group('label')} {stamp}"
    return stamp


def _is_lede(lines: list[_Line], i: int) -> bool:
    """A story paragraph with another paragraph straight under it."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return (_is_prose(lines[i].text) and _words(lines[i].text) >= LEDE_MIN_WORDS
            and _is_prose(nxt))


def _sweep_stamps(lines: list[_Line], reading: _Reading) -> None:
    """Read the first stamp line of a header the header reader stopped short of (module
    doc), labelling its line a date; nothing when a readable stamp was read already. The
    sweep ends where the story does begin: a paragraph with another under it (a caption or
    a menu's teaser stands alone among the header's lines)."""
    if any(published_local(s.text) for s in reading.stamps):
        return
    for i, line in enumerate(lines[:SWEEP_LINES]):
        kind = reading.kinds.get(i, ("body", None))[0]
        if kind == "body" and _is_lede(lines, i):
            return
        if kind not in _SWEPT_KINDS and kind != "headline" or _is_site_clock(lines, i):
            continue
        found = _stamp_in_line(line.text)
        # a related story's teaser and its date are another story's ("Read more: Library to
        # close on Saturdays | March 3, 2025"); a writer glued to a time is no teaser
        if R.RELATED_HEADING.match(line.text) or R.RELATED_LINE.match(line.text) or (
                kind == "related" and found is not None
                and _words(found[0]) >= RELATED_TITLE_MIN_WORDS):
            continue
        if found is None or kind == "headline" and found[0]:
            continue  # a stamp opening the top line is read as the headline; else a headline
        if READ_DATE_LINE.match(line.text.strip()):
            continue  # "Retrieved 24 November 2026" dates the copy's reading (pubtime.py)
        _read_stamp(_label_above(lines, i, found[1]), reading)
        if not reading.stamps:
            continue
        # a line saying more than its stamp keeps its label: "Published in Dawn, …" names
        # the paper, a standfirst's sentences run on into the stamp stay the standfirst
        if kind in ("boilerplate", "headline") or _words(found[0]) > STAMP_PREFIX_MAX_TOKENS:
            return
        if kind == "standfirst" and reading.standfirst == line.text:
            reading.standfirst = None
        reading.kinds[i] = ("date", None)
        return


def _sweep_byline(lines: list[_Line], reading: _Reading) -> None:
    """Read the byline of a header the header reader stopped short of, as the stamp sweep
    reads its stamp: a "By …" line, "By" or "Author of the article:" alone over the name,
    or a name over a stamp or glued to it ("Ann Roe5 hours ago"); nothing when a byline was
    read already."""
    _drop_credit_byline(lines, reading)
    _prefer_by_line(lines, reading)
    reading.byline = [_without_glued_tail(name) for name in reading.byline]
    if reading.byline or reading.byline_outlet:
        return
    for i in range(min(len(lines), SWEEP_LINES)):
        kind = reading.kinds.get(i, ("body", None))[0]
        if kind == "body" and _is_lede(lines, i):
            return
        if kind not in _SWEPT_KINDS and not (kind == "caption"
                                             and R.BYLINE_PREFIX.match(lines[i].text)):
            continue  # "By Ann Roe, News Reporter" under a story line is no caption
        found = _byline_at(lines, i)
        if found is None:
            continue
        at, byline = found
        if _read_byline(R.BYLINE_FOR_OUTLET.sub("", byline), reading) and reading.byline:
            for j in at:
                if reading.kinds.get(j, ("body", None))[0] != "date":
                    reading.kinds[j] = ("byline", None)
            return


def _byline_at(lines: list[_Line], i: int) -> tuple[tuple[int, ...], str] | None:
    """(the lines it takes, a byline to read) of a byline starting at line `i`, else None."""
    text = lines[i].text
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if (R.BYLINE_PREFIX.match(text) or R.BYLINE_VERB_LEAD.match(text)) and not _is_prose(text):
        return (i,), _unglued(text)
    if (R.BARE_BY.match(text) or R.AUTHOR_LABEL.match(text)) and nxt and not _is_prose(nxt):
        return (i, i + 1), f"By {R.NAME_NOTE_MARK.sub('', _unglued(nxt))}"
    if _is_name_line(text) and _is_stamp_line(nxt):
        return (i,), f"By {text}"
    after = lines[i + 2].text if i + 2 < len(lines) else ""
    if _is_name_line(text) and _is_role(nxt) and _is_stamp_line(after):
        return (i, i + 1), f"By {text}"  # "Ann Roe" / "Political Correspondent" / stamp
    glued = _stamp_in_line(text) or _time_ago_in_line(text)
    if glued and _is_name_line(glued[0]):
        return (i,), f"By {glued[0]}"
    if (titled := _name_before_title(text)) and _is_stamp_line(nxt):
        return (i,), f"By {titled}"  # "Ann Roe Deputy Content Hub Director" over the stamp
    if (with_wires := _names_and_wires(text)) and _is_stamp_line(nxt):
        return (i,), with_wires  # "Ann Roe and AP" over the stamp
    return None


def _names_and_wires(text: str) -> str | None:
    """A line naming writers and then wires without "By" ("Ann Roe and AP", "Ann Roe, Ben
    Hale and Reuters"), as a "By … with …" byline the byline reader credits the wires of,
    else None."""
    pieces = [p.strip() for p in R.NAME_SPLIT.split(text) if p.strip()]
    wires = [p for p in pieces if R.WIRES.get(p.upper())]
    names = pieces[:len(pieces) - len(wires)]
    if not wires or not names or pieces[len(names):] != wires or not all(
            _is_name_line(n) for n in names):
        return None
    return f"By {', '.join(names)} with {', '.join(wires)}"


def _name_before_title(text: str) -> str | None:
    """The name before a job title of up to five capitalised words ("Ann Roe Deputy Content
    Hub Director" -> "Ann Roe"), the longest title leaving a name of two words or more (as
    `_without_role` cuts a shorter one), else None."""
    words = text.split()
    if not words or words[-1].lower() not in R.TITLE_ROLE_NOUNS:
        return None
    for size in range(min(R.TITLE_AFTER_NAME_MAX_WORDS, len(words) - 2), 0, -1):
        name, title = words[:-size], words[-size:]
        if all(w[0].isupper() or w in R.ROLE_CONNECTORS for w in title) and _is_name_line(
                " ".join(name)):
            return " ".join(name)
    return None


def _is_name_line(text: str) -> bool:
    """A writer's name on its line ("Ann Roe"), perhaps with a role or an outlet after it
    ("Ann Roe Deputy Editor", "Ann Roe · Riverside Post ·"), no kicker or outlet's name."""
    name = _without_role(R.BYLINE_SEPARATOR.split(f" {text.strip(' ·|')} ")[0].strip())[0]
    # a surname that is a section's word after a first name ("Thomas More", "Tom Read")
    named = name.split()[0] in R.FIRST_NAMES if name else False
    return (bool(R.SIGNATURE_NAME.match(name)) and not _is_furniture(name)
            and not R.OUTLET_SHAPE.match(name) and (named or not R.NOT_A_WRITER.search(name)))


def _is_stamp_line(text: str) -> bool:
    unglued = _unglued(text)
    return bool(R.DATE_LINE.match(unglued) or R.TIME_ONLY_LINE.match(unglued)
                or R.BARE_STAMP_LABEL_SCRAPED.match(text))


def _time_ago_in_line(text: str) -> tuple[str, str] | None:
    """(the name, the time) of a name glued to how long ago it wrote ("Ann Roe5 hours
    ago"), else None."""
    tokens = _unglued(text).split()
    for start in range(1, min(len(tokens), STAMP_PREFIX_MAX_TOKENS + 1)):
        rest = " ".join(tokens[start:])
        if R.TIME_ONLY_LINE.match(rest):
            return " ".join(tokens[:start]), rest
    return None


def _headline_under_kicker(lines: list[_Line], reading: _Reading) -> str | None:
    """The headline a copy prints under what the header reader took for it, else None.

    A copy keeps the kickers, counters and stamp over a headline ("World", "CHILDHOOD
    SWEETHEART", "3304 views", "2 minute readApril 25, 2023…"); when the line read as the
    headline is one of those, the headline is the first headline-shaped line under it that
    stands straight over the header's meta lines (a byline or stamp within a few lines,
    perhaps under a standfirst), with no byline between."""
    head = next((i for i, k in reading.kinds.items() if k[0] == "headline"), None)
    if head is None or not _is_kicker(lines[head].text):
        return None
    stamped = False  # a stamp between the kicker and the headline ("Business" / stamp)
    for j in range(head + 1, min(len(lines), head + 1 + KICKER_HEADLINE_SEARCH)):
        text = lines[j].text
        if _is_byline_line(text):
            return None
        # straight under the kicker a headline may be two sentences ("… for over a
        # century. Now, it's being reborn.")
        # (a sentence under a short headline is its standfirst: only under a section's
        # name, a counter or a stamp is a line of sentences the headline)
        shaped = _is_headline_shape(text) or (
            j == head + 1 and _words(text) <= SENTENCE_HEADLINE_MAX_WORDS
            and _is_headline_shape(text, sentences=True) and _is_section_kicker(lines[head].text))
        if shaped and (stamped or any(_is_byline_line(ln.text) or _is_stamp_line(ln.text)
                                      for ln in lines[j + 1:j + 1 + KICKER_META_SEARCH])):
            return text
        stamped = stamped or _is_stamp_line(text)
    return None


KICKER_MAX_WORDS = 3
KICKER_HEADLINE_SEARCH = 6  # lines under a kicker searched for the headline
KICKER_META_SEARCH = 3  # lines under that headline searched for its byline or stamp
HEADLINE_MIN_WORDS = 4
SENTENCE_HEADLINE_MAX_WORDS = 20  # a headline of sentences is no longer than this


def _is_section_kicker(text: str) -> bool:
    """A kicker that is a section's name, a counter or a stamp ("Local", "World News",
    "3304 views"), not a short headline of its own ("Splash down", "POOL CLOSES")."""
    return (bool(R.NOT_A_WRITER.search(text) or text.casefold() in R.SECTION_WORDS)
            or bool(R.VIEW_COUNTER_LINE.match(text) or R.CATEGORY_LINE.match(text))
            or _stamp_in_line(text) is not None)


def _is_kicker(text: str) -> bool:
    """A section's name ("World", "Local NewsNews"), a rubric in capitals or small letters
    ("CHILDHOOD SWEETHEART", "culture council"), a counter or a stamp: no headline. A
    headline of three words or more in headline case ("Pool to close") is one."""
    short = _words(text) <= KICKER_MAX_WORDS and not R.SENTENCE_END.search(text)
    return (short and (_words(text) <= 2 or text.isupper() or text.islower())
            or bool(R.VIEW_COUNTER_LINE.match(text) or R.CATEGORY_LINE.match(text))
            or _stamp_in_line(text) is not None)


def _is_headline_shape(text: str, *, sentences: bool = False) -> bool:
    """A headline-long line that is not a stamp, a byline or furniture, nor a sentence that
    stops (it may ask, "What's next for Gaza, after …?", or quote: "Nepal says 'no proof' …")."""
    if not HEADLINE_MIN_WORDS <= _words(text) <= HEADLINE_MAX_WORDS:
        return False
    if (_is_stamp_line(text) or _is_byline_line(text) or _is_furniture(text)
            or R.IMAGE_SOURCE.match(text)):
        return False
    return sentences or not (R.SENTENCE_INSIDE.search(text)  # it may quote and ask, not stop
                             or R.FULL_STOP_END.search(text))


def _is_byline_line(text: str) -> bool:
    return bool(R.BYLINE_PREFIX.match(text) or R.BYLINE_VERB_LEAD.match(text)
                or R.BARE_BY.match(text) or _is_name_line(text))


def _style_in_stamps(stamps: list[_Stamp]) -> DateStyle:
    """How a text given without its address writes numeric dates, from its stamps: day first
    when a stamp whose day reads both ways shows the habits of countries that write the day
    first ("01.11.2023", a 24-hour clock past noon, "GMT+1", "BST"); else month first."""
    day_first = any(ambiguous_day(s.text) and R.DAY_FIRST_STAMP.search(s.text) for s in stamps)
    return DateStyle(day_first=True) if day_first else MONTH_FIRST


def _drop_credit_byline(lines: list[_Line], reading: _Reading) -> None:
    """Forget a byline read from a picture's credit line ("Getty Images", "AP Photo", "Jo
    Bloggs/via Reuters"), which a copy keeps under the picture over the real byline, and
    label the line a credit."""
    at = [i for i, k in reading.kinds.items() if k[0] == "byline"]
    if reading.byline and len(at) == 1 and R.PHOTO_CREDIT_LINE.match(lines[at[0]].text):
        reading.byline, reading.byline_outlet = [], None  # "…/via Reuters" named no outlet
        reading.kinds[at[0]] = ("credit", None)


def _without_glued_tail(name: str) -> str:
    """A writer's name without the section or paper a copy glued to it ("Ann
    RoeLifestyle", "Ann Roe-SmithThe Riverside Post")."""
    glued = R.NAME_GLUED_TAIL.match(name)
    if glued and (R.NOT_A_WRITER.fullmatch(glued.group("tail"))
                  or glued.group("tail").startswith("The ")):
        return glued.group("name")
    return name


def _prefer_by_line(lines: list[_Line], reading: _Reading) -> None:
    """A name read as the byline from a line without "By", straight over a "By …" line,
    is a portrait's caption naming its subject ("Tom Roe" / "By Ann Roe"): the "By" line
    names the writer."""
    at = [i for i, k in reading.kinds.items() if k[0] == "byline"]
    if len(at) != 1 or R.BYLINE_PREFIX.match(lines[at[0]].text) or at[0] + 1 >= len(lines):
        return
    below = lines[at[0] + 1].text
    if not R.BYLINE_PREFIX.match(below) or _is_prose(below):
        return
    trial = _Reading()
    if _read_byline(below, trial) and trial.byline and trial.byline != reading.byline:
        reading.byline = trial.byline
        if reading.dateline == below:  # "Byline / Place / Date" read the By line as a place
            reading.dateline = None
        reading.kinds[at[0]] = ("caption", None)
        reading.kinds[at[0] + 1] = ("byline", None)
