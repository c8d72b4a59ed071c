"""The header: what sits above the story (furniture, section labels, captions), the
headline, and the standfirst, byline, dateline, stamps and related lines under it.

A headline the input gave (a page's title, a feed entry's, a JSON line's) is the headline:
it is looked for among the first lines, and when the text does not show it no line is taken
for it, so a lede, a caption or a row of share buttons never becomes the headline.
"""

from __future__ import annotations

import re

from according.article.body import (
    _caption,
    _credited,
    _is_titled_name,
    _is_unmarked_point,
    dateline_of,
    line_kind,
    republished_from,
    republishing_note_kind,
    source_wires,
)
from according.article.byline import (
    _agency_byline,
    _byline_names,
    _is_place,
    _is_role,
    _read_byline,
    _read_byline_role,
)
from according.article.dated_dateline import dated_dateline_of
from according.article.lines import (
    CAPTION_MAX_WORDS,
    HEADER_SCAN,
    HEADLINE_MAX_WORDS,
    HINT_SEARCH_LINES,
    LEDE_MIN_WORDS,
    META_MAX_WORDS,
    _byline_around_stamp,
    _doubled_stamp,
    _is_furniture,
    _is_prose,
    _is_speech,
    _is_stamp,
    _Line,
    _norm,
    _read_stamp,
    _Reading,
    _stamp_parts,
    _words,
)
from according.article.quotes import quote_strip_lines
from according.article.scraped import _is_site_clock, _stamp_in_line
from according.article.summary_points import is_report, summary_box_point
from according.article.text_mastheads import paper_under_byline
from according.article.transcripts import is_speaker_label
from according.data import article_rules as R
from according.data import article_transcripts as T
from according.outlets import outlet_named
from according.records import Metadata

TOP_SCAN = 15  # lines above a headline searched for furniture, labels and captions
STACKED_LABEL_MAX_WORDS = 2  # each of the kickers stacked over a headline
STACKED_LABELS_MAX = 3  # kickers under the top one
# A sub-heading is shorter than this; a longer line under the headline is the story's lead.
STANDFIRST_MAX_WORDS = 45
STANDFIRST_LABEL_MAX_WORDS = 2  # an unfinished line this short is a label, never a standfirst
# An unpunctuated line under the byline this long, over a dateline lede, is a summary.
SUMMARY_MIN_WORDS = 12
TITLE_CASE_MIN_WORDS = 4  # long words a line needs to be judged as in headline capitals


def _read_header(lines: list[_Line], reading: _Reading, hints: Metadata | None) -> int:
    """Label the lines above the story; return the index of the first line of the story."""
    given = hints.headline if hints else None
    first = _given_headline(lines, given) if given else None
    if first is None and not given:
        first = _headline_index(lines)
    scan_from = first if first is not None else _top_end(lines)
    for i in range(scan_from):
        reading.kinds[i] = _top_kind(lines, i, reading)
    if scan_from and _is_masthead(lines, 0):
        reading.masthead = lines[0].text
    if first is None:
        # no headline in the text: only header lines (byline, stamps, furniture) may follow
        return _scan_header(lines, reading, scan_from, hints, headline=False)
    reading.kinds[first] = ("headline", None)
    reading.headline = lines[first].text
    return _scan_header(lines, reading, first + 1, hints, headline=True)


def _given_headline(lines: list[_Line], given: str) -> int | None:
    """The line showing the headline the input gave (perhaps with the site's name after a
    separator, or without it), else None."""
    want = _norm(_without_site_suffix(given))
    for i, line in enumerate(lines[:HINT_SEARCH_LINES]):
        if _norm(line.text) == want or _norm(_without_site_suffix(line.text)) == want:
            return i
    return None


def _without_site_suffix(title: str) -> str:
    """ "Heatwave warning | The Guardian" -> "Heatwave warning" (only a short tail is cut)."""
    parts = re.split(r"\s+[|–—-]\s+", title)
    return parts[0] if len(parts) > 1 and _words(parts[0]) >= 2 else title


def _headline_index(lines: list[_Line]) -> int | None:
    """The first line under the page's furniture, when it can be a headline: a story
    paragraph first (HTML extraction without a title, a wire story opening "WASHINGTON
    (AP) — …") means no headline."""
    i = _top_end(lines)
    menu = _headline_under_menu(lines)
    if menu is not None and menu > i:
        return menu
    if i >= len(lines):
        return None
    text = lines[i].text
    story = (_is_wire_lede(text) or _words(text) > HEADLINE_MAX_WORDS
             or _is_lede_sentence(text) or _opens_speaker_turn(lines, i))
    return None if story or _is_stamp(text) else i


# A first line this long that ends its sentence is the story's lede (newspaper3k's and
# trafilatura's text carry no headline), not a headline: headlines stop short of it.
LEDE_SENTENCE_MIN_WORDS = 26


def _is_lede_sentence(text: str) -> bool:
    """A story's opening sentence: many words, closed by a full stop (a quote's mark after it
    allowed)."""
    return (_words(text) >= LEDE_SENTENCE_MIN_WORDS
            and re.search(r"\.[\"”’']?$", text.rstrip()) is not None and _is_prose(text))


MENU_SCAN = 30  # lines a copied page's menus may fill above its headline
MENU_ITEM_MAX_WORDS = 3  # "Home", "Life & Style", "Press releases"
MENU_RUN_MIN = 3  # short lines in a row that make a menu, not a kicker or two
MENU_META_LINES = 3  # lines under a headline its byline or stamp may sit below


def _headline_under_menu(lines: list[_Line]) -> int | None:
    """The headline of a page copied with its menus a word a line (Ahram Online's "Home" /
    "Egypt" / "World" / … / "Politics" over the headline; a station's "KTLA" / "Los
    Angeles" / "58°" / "Toggle Menu"): the first line of more words under a run of at least
    three short lines (menu items, the site's name, the day of copying, skip links), when a
    byline or a stamp sits within three lines under it. None when the run is shorter or
    nothing under the line shows it is the headline."""
    run = 0
    # round 37: a markets page's quote strip copied a value a line among its menus ("DJIA" /
    # "47,812.45" / "+0.31%", "USD/ZAR" / "17.06" / "-0.48%": a level reads as a clock)
    strip = quote_strip_lines(lines[:MENU_SCAN])
    for i, line in enumerate(lines[:MENU_SCAN]):
        text = line.text
        if (_is_menu_item(text) or _is_furniture(text) or R.DATE_LINE.match(text)
                or i < SITE_NAME_LINES and _is_site_name(text) or i in strip):
            run += 1
            continue
        if run >= MENU_RUN_MIN and R.IMAGE_SOURCE.match(text):
            continue  # a lead picture's credit line ("Photo: Harbour Council archive")
        if run < MENU_RUN_MIN or not _is_headline_shaped(text):
            return None
        below = lines[i + 1:i + 1 + MENU_META_LINES]
        return i if any(_is_header_meta(ln.text) for ln in below) else None
    return None


SITE_NAME_LINES = 2  # a copy's first lines, where the site's name sits over its menus


def _is_site_name(text: str) -> bool:
    """A site's name over its menus ("United Nations Population Fund", "WSB-TV Channel 2 -
    Atlanta"): a few capitalised words, no sentence."""
    words = text.split()
    return (_words(text) <= MASTHEAD_MAX_WORDS and not R.SENTENCE_END.search(text)
            and all(w[0].isupper() or w[0].isdigit() or w in _NAME_JOINERS for w in words))


_NAME_JOINERS = frozenset({"of", "and", "the", "for", "-", "–", "|", "&"})


def _is_menu_item(text: str) -> bool:
    """A menu's entry copied a line each ("Home", "Life & Style", "Log in", "58°"): a few
    words, no sentence, no "By" (a byline under a short headline ends the run)."""
    return (_words(text) <= MENU_ITEM_MAX_WORDS and not R.SENTENCE_END.search(text)
            and not text.lower().startswith(("by ", "by:")) and not _is_stamp(text))


def _is_headline_shaped(text: str) -> bool:
    """A line that can be a headline: more words than a menu's entry, no full stop at its
    end (a caption's or a standfirst's), not a stamp, a byline or a dateline's lede."""
    return (MENU_ITEM_MAX_WORDS < _words(text) <= HEADLINE_MAX_WORDS
            and not text.rstrip().endswith(".") and not _is_stamp(text)
            and not _byline_names(text)[0] and not _is_wire_lede(text))


def _is_header_meta(text: str) -> bool:
    """A byline ("By Ann Roe", "by: Ann Roe, Jo Bloggs") or a stamp line, glued or labelled
    ("Published: 05:00, 11 August 2023", "Ahram Online , Saturday 21 Oct 2023")."""
    return bool(text.lower().startswith(("by ", "by:")) or _is_stamp(text)
                or R.DATE_LINE.match(text) or _stamp_in_line(text))


def _top_end(lines: list[_Line]) -> int:
    """The index of the first line that is not furniture, a caption, a stamp or a section
    label above the headline."""
    for i in range(min(len(lines), TOP_SCAN)):
        if not _is_top_line(lines, i):
            return i
    return min(len(lines), TOP_SCAN)


def _is_top_line(lines: list[_Line], i: int) -> bool:
    text = lines[i].text
    if _is_speech(text) or _is_wire_lede(text):
        return False
    nxt = lines[i + 1].text if i + 1 < len(lines) else None
    return bool(_is_furniture(text) or _is_section_label(text, nxt) or _caption(text)
                or R.DATE_LINE.match(text) or _is_caption_under_credit(lines, i)
                or _is_stacked_label(lines, i) or _is_label_over_top_lines(lines, i)
                or _is_masthead(lines, i) or _is_label_over_kicker(lines, i)
                or _is_station_over_headline(lines, i)
                or _is_news_section_label(lines, i)
                or bool(R.SITE_TITLE_LINE.match(text))
                or _is_transcript_furniture(text))


def _opens_speaker_turn(lines: list[_Line], i: int) -> bool:
    """A transcript's turn ("ANCHOR: Rescue teams …", a label other turns open with too):
    the story, never its headline."""
    label = T.SPEAKER_LABEL.match(lines[i].text)
    return (label is not None and is_speaker_label(lines, i, label.end())
            and not _is_labelled_piece(lines[i].text))


def _is_labelled_piece(text: str) -> bool:
    """A headline after the kind of piece it heads ("Letters: Bus cuts leave our villages
    stranded", "Opinion: …"; round 32): a letters page's teasers open so too, and no speaker
    is named "Letters"."""
    from according.data.article_opinion import OPINION_LABEL_BEFORE

    return bool(OPINION_LABEL_BEFORE.match(text))


def _is_transcript_furniture(text: str) -> bool:
    """A transcript's air line ("Aired Monday 23 November 2026, 18:00 CET") or label line
    ("TRANSCRIPT EXCERPT") over its turns: never its headline nor its byline."""
    return bool(T.AIR_LINE.match(text) and R.STAMP_DAY.search(text)
                or T.TRANSCRIPT_LABEL_LINE.match(text))


MASTHEAD_MAX_WORDS = 5
MASTHEAD_LABELS_MAX = 2  # section labels between a masthead and the headline


def _is_masthead(lines: list[_Line], i: int) -> bool:
    """The paper's name printed over the page, the text's first line ("Indian Ocean Post"
    over "Health" over the headline): a name in a paper's shape (or one the outlet table
    knows), then at most two labels, a headline-shaped line, and a byline or a stamp right
    under it. (A headline in title case ending in "Star" has no headline under it.)"""
    if i != 0 or len(lines) < 3:
        return False
    text = lines[0].text
    known = outlet_named(text)
    if (_words(text) > MASTHEAD_MAX_WORDS or R.SENTENCE_END.search(text)
            or not (R.PAPER_NAME.match(text) or known and not known.plain_word)):
        return False
    for j in range(1, min(len(lines) - 1, 2 + MASTHEAD_LABELS_MAX)):
        under = lines[j].text
        if 4 <= _words(under) <= HEADLINE_MAX_WORDS and not _is_stamp(under) and not (
                _byline_names(under)[0]):
            # a sentence under it is a standfirst ("The Last Post" is then the headline); a
            # headline opening with its words makes it a topic tag ("Royal Mail" over "Royal
            # Mail fined …")
            if under.rstrip().endswith(".") or under.lower().startswith(text.lower()):
                return False
            after = lines[j + 1].text
            # a "By" line holding the writer and the stamp with a dash ("By Farah Solhi -
            # August 12, 2023 @ 11:54pm", NST) is a byline as surely
            return bool(_byline_names(after)[0] or _is_stamp(after) or R.DATE_LINE.match(after)
                        or R.BY_NAME_DASH_STAMP.match(after)
                        or _desk_credit_over_stamp(lines, j + 1))
        if not _is_plain_label(under):
            return False
    return False


def _desk_credit_over_stamp(lines: list[_Line], i: int) -> bool:
    """A desk's credit naming no one ("Staff and agencies", "Staff reporters") right over
    the stamp: the byline block under a masthead's headline (stranger trial 2)."""
    if i + 1 >= len(lines) or not R.DESK_CREDIT_LINE.match(lines[i].text):
        return False
    below = lines[i + 1].text
    return bool(_is_stamp(below) or R.DATE_LINE.match(below))


def _is_station_over_headline(lines: list[_Line], i: int) -> bool:
    """A station's name over the page ("WSB-TV Channel 2 - Atlanta" over "Local" over the
    headline): the text's first line, a call sign's shape, at most two labels under it, then
    a headline-shaped line with a byline or a stamp right under it (a desk's "By WSBTV.com
    News Staff" included)."""
    if i != 0 or not R.STATION_NAME.match(lines[0].text):
        return False
    for j in range(1, min(len(lines) - 1, 2 + MASTHEAD_LABELS_MAX)):
        if _is_headline_shaped(lines[j].text):
            return any(_is_header_meta(ln.text) for ln in lines[j + 1:j + 1 + MENU_META_LINES])
        if not _is_plain_label(lines[j].text):
            return False
    return False


def _is_stacked_label(lines: list[_Line], i: int) -> bool:
    """A kicker over others ("Finance" over "Economy" over the headline; IOL's "News" /
    "South Africa" / "Western Cape"): one or two words each, no sentence or figure, the
    lowest a section label over the headline (not a name over its role line: "Hazel Wyatt"
    over "Education correspondent, BBC News")."""
    for j in range(i + 1, min(i + 1 + STACKED_LABELS_MAX, len(lines) - 1)):
        if not all(_is_plain_label(ln.text) for ln in lines[i:j + 1]):
            return False
        under = lines[j + 1].text
        if not _is_role(under) and _is_section_label(lines[j].text, under):
            return True
    return False


def _is_label_over_kicker(lines: list[_Line], i: int) -> bool:
    """Breadcrumbs over a kicker of three words over the headline (The Sun's "News" / "World
    News" / "ISRAEL AT WAR"; AAP's "Australian Associated Press" / "Politics"): short plain
    lines, the lowest a section label over the headline."""
    for j in range(i + 1, min(i + 1 + STACKED_LABELS_MAX, len(lines) - 1)):
        if not _is_crumb(lines[j - 1].text):
            return False
        kicker, under = lines[j].text, lines[j + 1].text
        if (_is_kicker(kicker) and _is_section_label(kicker, under) and not _is_role(under)
                and _words(under) >= KICKER_HEADLINE_MIN_WORDS):
            return True
    return False


KICKER_HEADLINE_MIN_WORDS = 5  # the headline under a kicker is at least this long


def _is_kicker(text: str) -> bool:
    """A kicker's words ("ISRAEL AT WAR", "Politics"): short, plain, not a person's name
    (a name in capitals over the headline is no byline: bylines come under it)."""
    return (_words(text) < R.SECTION_LABEL_MAX_WORDS and text[0].isalpha() and "/" not in text
            and not R.SENTENCE_END.search(text) and not any(c.isdigit() for c in text)
            and text.split()[0] not in R.FIRST_NAMES
            and (text.isupper() or not _byline_names(text)[0]))


def _is_crumb(text: str) -> bool:
    return (_words(text) < R.SECTION_LABEL_MAX_WORDS and text[0].isalpha() and "/" not in text
            and not R.SENTENCE_END.search(text) and not any(c.isdigit() for c in text)
            and not _is_stamp(text) and not _byline_names(text)[0])


def _is_news_section_label(lines: list[_Line], i: int) -> bool:
    """A regional paper's section over its headline ("Belfast News", "Local News"): a place or
    word and "News", over a headline-sized line that is not a sentence, byline or stamp (a
    headline that reports speech is prose, so the plain section-label rule misses it)."""
    if not R.NEWS_SECTION.match(lines[i].text) or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].text
    return (5 <= _words(nxt) <= HEADLINE_MAX_WORDS and not nxt.endswith(".")
            and not _is_stamp(nxt) and not _byline_names(nxt)[0] and not _is_furniture(nxt)
            and not _is_wire_lede(nxt))


def _is_plain_label(text: str) -> bool:
    return (_words(text) <= STACKED_LABEL_MAX_WORDS and text[0].isalpha()
            and not R.SENTENCE_END.search(text) and not any(c.isdigit() for c in text))


def _is_label_over_top_lines(lines: list[_Line], i: int) -> bool:
    """A kicker over other lines of the page's top ("News" over "Press release" over
    "Published 27. Jun 2023" over the headline): one or two plain words over furniture or a
    stamp, with a headline-shaped line under those (else the short line is the headline)."""
    text = lines[i].text
    plain = (_words(text) <= STACKED_LABEL_MAX_WORDS and text[0].isalpha()
             and not R.SENTENCE_END.search(text) and not any(c.isdigit() for c in text))
    j = i + 1
    while j < min(len(lines), TOP_SCAN) and (_is_furniture(lines[j].text)
                                              or R.DATE_LINE.match(lines[j].text)):
        j += 1
    if not plain or j == i + 1 or j >= len(lines):
        return False
    under = lines[j].text
    return (_words(under) <= HEADLINE_MAX_WORDS and not _is_prose(under)
            and not _is_stamp(under) and not _byline_names(under)[0])


def _is_caption_under_credit(lines: list[_Line], i: int) -> bool:
    """A picture's caption under its credit at the top of a page ("Photo: Name | Agency" over
    "Motorists queue for fuel …"), when no story paragraph follows it straight away (that
    would make it the lead)."""
    if i == 0 or not R.IMAGE_SOURCE.match(lines[i - 1].text):
        return False
    text = lines[i].text
    nxt = lines[i + 1].text if i + 1 < len(lines) else None
    return (_words(text) <= CAPTION_MAX_WORDS and not _is_speech(text)
            and (nxt is None or not _is_prose(nxt)))


def _top_kind(lines: list[_Line], i: int, reading: _Reading) -> tuple[str, str | None]:
    if _is_caption_under_credit(lines, i):
        return ("caption", None)
    caption = _caption(lines[i].text)
    if caption and not _is_furniture(lines[i].text):
        return caption
    if R.DATE_LINE.match(lines[i].text) and not _is_site_clock(lines, i):
        _read_stamp(lines[i].text, reading)
        return ("date", None)
    return ("boilerplate", None)


def _is_section_label(text: str, nxt: str | None) -> bool:
    """A kicker above a headline ("Politics", "Global development", "News|Sudan war"): a few
    words, no sentence, over a longer headline-shaped line (not a byline or a stamp, which
    would make this short line the headline itself)."""
    if R.SENTENCE_END.search(text) or nxt is None or not text[0].isalpha():
        return False
    parts = [p for p in R.SECTION_SEPARATOR.split(text) if p]
    if len(parts) > 1 and all(_words(p) <= R.SECTION_LABEL_MAX_WORDS for p in parts):
        return True
    words = _words(text)
    if words > R.SECTION_LABEL_MAX_WORDS - 1 or any(c.isdigit() for c in text):
        return False
    return (_words(nxt) >= max(5, words + 2) and _words(nxt) <= HEADLINE_MAX_WORDS
            and (not _is_prose(nxt) or _is_title_case(nxt)) and not _is_stamp(nxt)
            and not _is_wire_lede(nxt)
            and not _byline_names(nxt)[0] and not _byline_around_stamp(nxt)
            and not _is_furniture(nxt))


def _is_title_case(text: str) -> bool:
    """A line in headline capitals ("Tinubu Swears In 45 Ministers, Says There Is ‘No Room For
    Excuses’"): every word of four letters or more capitalised, at least four of them. Such a
    line is a headline even when it ends in a quotation mark and reports speech."""
    long_words = [w for w in R.WORD.findall(text) if len(w) >= 4 and w[0].isalpha()]
    return len(long_words) >= TITLE_CASE_MIN_WORDS and all(w[0].isupper() for w in long_words)


def _is_wire_lede(text: str) -> bool:
    """A story's first sentence after a dateline ("WASHINGTON (AP) — The Senate voted …"),
    not a headline with a kicker ("EXCLUSIVE – Roger Stone: …")."""
    if dated_dateline_of(text) is not None:
        return True  # "Bridgetown, Barbados, July 3, 2024 – The …", a PDF's line cut short
    match = R.DATELINE_PREFIX.match(text)
    if not match or _words(text) < LEDE_MIN_WORDS or not _is_prose(text):
        return False
    g = match.groupdict()
    place = g["place"] or g["tplace"] or g["cplace"] or g["dplace"] or g["colon"] or ""
    return bool(g["wire"] or g["twire"] or g["dwire"] or g["gwire2"] or g["date"] or g["cplace"]
                or g["bplace"] or g["cdesk"] or "," in place or _is_place(place))


def _scan_header(lines: list[_Line], reading: _Reading, start: int, hints: Metadata | None,
                 *, headline: bool) -> int:
    """Label the byline, stamps, dateline, furniture, captions, related lines and standfirst
    under the headline (or at the top of a text without one); return where the story starts."""
    metas: list[int] = []
    pending: list[int] = []
    last = start - 1
    i = start
    while i < len(lines) and i - last <= HEADER_SCAN:
        text = lines[i].text
        # a transcript's label line ("ROUGH TRANSCRIPT") is furniture, never its byline
        transcript_label = bool(T.TRANSCRIPT_LABEL_LINE.match(text))
        kind = None if transcript_label else _meta_kind(lines, i, reading, metas)
        if headline and i == start and _norm(text) == _norm(reading.headline or "") and not (
                _is_prose(text)):
            reading.kinds[i] = ("boilerplate", None)  # the headline printed again under it
        elif _is_header_point(lines, i, reading):
            # stranger trial 6: a live page's "Key events" box closing its header, each point
            # a post's title ("- Olatunji declared winner"), the story in brief, no claim
            reading.kinds[i] = ("boilerplate", None)
        elif kind:
            reading.kinds[i] = (kind, None)
            metas.append(i)
        elif is_briefing_field(text):
            # stranger trial 6: a briefing note's fields under its headline ("Speaker: …",
            # "Location: Geneva"), its header's meta lines; the story starts under them
            reading.kinds[i] = ("boilerplate", None)
            metas.append(i)
        elif wires := source_wires(text):  # "Source: SBS News, AAP" under the byline
            reading.credits.extend(wires)
            reading.kinds[i] = ("boilerplate", None)
        elif (first_ran := republished_from(text)) is not None:  # round 29, over the story
            reading.republished_from.append(first_ran)
            reading.kinds[i] = (republishing_note_kind(text), None)
        elif transcript_label or _is_furniture(text) or _is_field_value(lines, i, reading):
            reading.kinds[i] = ("boilerplate", None)
        elif (found := _header_caption(lines, i, reading)) is not None:
            reading.kinds[i] = found
        elif (credited := _credited(text)) is not None:
            reading.credits.extend(credited)
            reading.kinds[i] = ("credit", None)
        elif R.RELATED_HEADING.match(text) or R.RELATED_LINE.match(text):
            reading.kinds[i] = ("related", None)
        elif R.SECTION_IN_LINE.match(text) or metas and (
                R.OUTLET_SHAPE.match(text) or _is_country_tag(text) or R.HANDLE_LINE.match(text)
                or R.COUNTER_LINE.match(text)
                or _is_plain_label(text) and _printed_above(lines, i)  # "Nation" again
                or R.DESK_CODE.match(text) and text not in R.WIRES):  # "BIRN" in the block
            # "In News"; an outlet's logo line; "Palestinian Territories" under the stamp; an
            # author card's handle under its e-mail ("@RichardOrange76"); a view or comment
            # counter under the stamp ("12")
            reading.kinds[i] = ("boilerplate", None)
        elif not metas and headline and _is_further_bullet(lines, i, pending):
            pending.append(i)  # MailOnline's third summary bullet over its byline
        elif metas and not pending and _shows_given_standfirst(text, hints):
            pending.append(i)  # the page's dek under its byline line (RFE/RL's "intro" box)
        elif metas and not pending and (_is_dek_over_meta_again(lines, i, reading)
                                         or _is_dek_over_summary_box(lines, i)
                                         or _is_dek_over_own_stamp(lines, i, reading)
                                         or _is_dek_between_writer_and_stamp(lines, i, reading)):
            pending.append(i)  # a reader view's byline over the page's dek and own byline
        elif (_is_prose(text) and (metas or len(pending) >= 2 or not headline)
              or dateline_of(text) is not None):
            break  # the story starts: "WASHINGTON (AP) — …" is never a standfirst
        elif not metas and headline and len(pending) < 2:
            pending.append(i)
        elif metas and _is_tag_row(lines, i):
            reading.kinds[i] = ("boilerplate", None)
        elif metas and _is_summary_over_story(lines, i, reading, pending):
            pending.append(i)
        elif metas and _is_related_line(text):
            reading.kinds[i] = ("related", None)
        else:
            break
        last = i
        i += 1
    if metas or not headline:
        _label_standfirst(lines, reading, pending, hints, over_meta=set(metas))
        return i
    return _header_without_meta(lines, reading, start - 1, hints)


def is_briefing_field(text: str) -> bool:
    """A briefing note's field line ("Speaker: Spokesperson for …: Amara Diallo", "Location:
    Geneva"): a label the family knows, a colon and a value that is no sentence."""
    from according.data.article_briefings import BRIEFING_FIELD, BRIEFING_FIELD_MAX_WORDS

    match = BRIEFING_FIELD.match(text)
    return bool(match) and not R.SENTENCE_END.search(match["value"]) and (
        _words(match["value"]) <= BRIEFING_FIELD_MAX_WORDS)


def _is_header_point(lines: list[_Line], i: int, reading: _Reading) -> bool:
    """A point of a box of points in the header ("Key events", "In short"), its list mark
    or none: the lines since the box's heading are all its points."""
    j = i - 1
    while j >= 0 and reading.kinds.get(j) == ("boilerplate", None) and not (
            R.POINTS_HEADING.match(lines[j].text)):
        j -= 1
    if j < 0 or not R.POINTS_HEADING.match(lines[j].text) or j not in reading.kinds:
        return False
    text = R.LIST_MARKER.sub("", lines[i].text)
    # a post's own time ("17:05 WAT") or a stamp under the box: the points are over
    return (_is_unmarked_point(text) and not R.TIME_ONLY_LINE.match(text)
            and not R.DATE_LINE.match(text))


def _is_further_bullet(lines: list[_Line], i: int, pending: list[int]) -> bool:
    """A third or fourth summary bullet under the headline (MailOnline prints three, each a
    line without a full stop), when the byline or stamp comes straight under the bullets."""
    if not 2 <= len(pending) < BULLETS_MAX or pending[-1] != i - 1:
        return False
    if not all(_is_bullet(lines[j].text) for j in [*pending, i]):
        return False
    below = [ln.text for ln in lines[i + 1:i + 3]]
    return any(R.BYLINE_PREFIX.match(t) or _is_stamp(t) for t in below)


def _is_bullet(text: str) -> bool:
    return (_words(text) <= BULLET_MAX_WORDS and not R.SENTENCE_END.search(text)
            and not _is_speech(text))


BULLETS_MAX = 4
BULLET_MAX_WORDS = 20
TAG_ROW_MIN_LINES = 2  # a block of topic tags under the stamp holds at least this many
FIELD_VALUES_MAX = 6  # values one a line under a field's label in the header, at most


def _is_tag_row(lines: list[_Line], i: int) -> bool:
    """A topic tag in a block of them under the byline and stamp, over page furniture
    ("Mass General Brigham" / "Layoffs" / "Medicaid" over "Facebook"): every line of the block
    a few words without a sentence, and furniture straight after the block."""
    block = [ln for ln in lines if ln.block == lines[i].block]
    after = next((ln for ln in lines[i:] if ln.block > lines[i].block), None)
    return (len(block) >= TAG_ROW_MIN_LINES and after is not None and _is_furniture(after.text)
            and all(_words(ln.text) <= R.TOPIC_ITEM_MAX_WORDS
                    and not R.SENTENCE_END.search(ln.text) for ln in block))


def _is_field_value(lines: list[_Line], i: int, reading: _Reading) -> bool:
    """The value under a field's label in the header ("Language" / "English", as IOM prints
    its release's fields): a few words, no sentence."""
    text = lines[i].text
    # the heading may stand over several values, one a line ("In this article:" / "DEN" /
    # "OKC", a portal's team codes): walk back over the values already read
    j = i - 1
    while (i - j <= FIELD_VALUES_MAX and (above := reading.kinds.get(j)) is not None
           and above[0] == "boilerplate" and not R.TOPIC_HEADING.match(lines[j].text)
           and _words(lines[j].text) <= R.TOPIC_ITEM_MAX_WORDS):
        j -= 1
    label = reading.kinds.get(j)
    # a company's stop is no sentence's: "News provided by" / "Halvorsen Foods, Inc."
    return (label is not None and label[0] == "boilerplate" and bool(R.TOPIC_HEADING.match(
        lines[j].text)) and _words(text) <= R.TOPIC_ITEM_MAX_WORDS
            and not R.SENTENCE_END.search(R.COMPANY_NAME_TAIL.sub("", text)))


def _is_one_word_agency(credit: str) -> bool:
    """A photo agency named in one word ("Cuartoscuro"): capitalised, no wire (a wire's
    initials close a story's paragraph), no placement word ("File", "Left") nor section."""
    return (bool(R.ONE_WORD_AGENCY.match(credit)) and not R.NOT_A_CREDIT.match(credit)
            and credit.upper() not in R.WIRES and credit.casefold() not in R.SECTION_WORDS
            and not _is_furniture(credit) and not R.ONE_WORD_NO_AGENCY.match(credit))


def _between_headline_and_lede(lines: list[_Line], i: int, reading: _Reading) -> bool:
    """The line stands alone straight under the headline and over a story paragraph, where
    a feed item's figure caption stands."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return (i > 0 and reading.kinds.get(i - 1, ("", None))[0] == "headline"
            and _words(lines[i].text) <= ONE_WORD_CREDIT_CAPTION_MAX_WORDS and _is_prose(nxt)
            and (_words(nxt) >= LEDE_MIN_WORDS or _words(nxt) >= SHORT_LEDE_MIN_WORDS
                 and bool(R.SENTENCE_END.search(nxt))))


ONE_WORD_CREDIT_CAPTION_MAX_WORDS = 30
# a wire's lede of one finished sentence is often shorter ("Israeli forces killed 12 people in
# Jenin overnight, the Palestinian health ministry said.", 13 words; review 1127g)
SHORT_LEDE_MIN_WORDS = 10


def _header_caption(lines: list[_Line], i: int, reading: _Reading) -> tuple[str, str | None] | None:
    """A caption in the header, or the line after a bare "Image caption," lead."""
    found = _caption(lines[i].text)
    if found:
        return found
    # in the header, a finished sentence and a name in brackets is a picture and who gave
    # it, even when the sentence says something ("… said the cuts will not affect bedside
    # clinical staff. (Mass General Brigham)"); among the story's paragraphs it is not
    credited = R.CAPTION_BRACKET_TAIL.match(lines[i].text)
    if credited and _is_titled_name(credited.group("credit")) and not R.NOT_A_CREDIT.match(
            credited.group("credit")) and credited.group("credit").upper() not in R.WIRES:
        return ("caption", credited.group("credit"))
    # a sentence reporting what was said ("…, the health ministry said. (Anadolu)") is a lede
    # signed by its wire, not a picture
    if credited and _is_one_word_agency(credited.group("credit")) and _between_headline_and_lede(
            lines, i, reading) and not R.SPEECH_VERB.search(
                R.EMBEDDED_SPEECH.sub("", lines[i].text)):
        return ("caption", credited.group("credit"))
    # a caption over its credit line ("Representative image of a bus." / "Credit: DH Photo/…")
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if (R.IMAGE_SOURCE.match(nxt) and _words(lines[i].text) <= CAPTION_MAX_WORDS
            and not _is_speech(lines[i].text)):
        return ("caption", None)
    prev = reading.kinds.get(i - 1)
    if prev and prev[0] == "caption" and i > 0 and R.CAPTION_LEAD.match(lines[i - 1].text):
        return ("caption", None)
    return None


def _meta_kind(lines: list[_Line], i: int, reading: _Reading, metas: list[int]) -> str | None:
    text = lines[i].text
    if reading.dateline is None and (filed := _place_before_bar(text)):
        reading.dateline = filed  # "Imphal | Aug 30, 2023": the place, then the stamp
    if _stamp_by_wire_desk(text, reading):
        return "date"
    if R.DATE_LINE.match(text):
        _read_stamp(_with_time_below(lines, i, _with_label_above(lines, i)), reading)
        return "date"
    if _stamp_parts(text):  # "Updated 6:05 PM EST, … · Published 11:30 PM EST, …"
        _read_stamp(text, reading)
        return "date"
    doubled = _doubled_stamp(text)
    if doubled:
        _read_stamp(doubled, reading)
        return "date"
    if R.TIME_ONLY_LINE.match(text):
        return "date"
    if metas and reading.dateline is None and R.CAPS_PLACE_COUNTRY_LINE.match(text):
        reading.dateline = text  # "KAYA, Burkina Faso" under the stamp
        return "dateline"
    place_outlet = R.PLACE_OUTLET_LINE.match(text)
    named = outlet_named(place_outlet.group("outlet")) if place_outlet else None
    # the place is no section's name ("Opinion - The Guardian") nor a writer's ("Ann Roe -
    # Reuters", "By Ann Roe - Reuters": a byline)
    said = place_outlet.group("place") if place_outlet else ""
    if said and not said.isupper() and (
            said.casefold() in R.SECTION_WORDS or said.lower().startswith("by ")
            or len(said.split()) >= 2 and said.split()[0] in R.FIRST_NAMES):
        named = None
    if place_outlet and named and reading.dateline is None:
        reading.dateline = place_outlet.group("place")  # "Aden - Asharq Al-Awsat"
        reading.byline_outlet = reading.byline_outlet or named.name
        return "dateline"
    if reading.dateline is None and (filed := _outlet_place_line(lines, i)):
        reading.dateline = filed  # "Enab Baladi – Daraa"
        return "dateline"
    place_day = R.PLACE_DAY_LINE.match(text)
    if place_day and reading.dateline is None and not _is_furniture(text):
        reading.dateline = place_day.group("place")  # "Jerusalem, 3 June 2025"
        _read_stamp(place_day.group("day"), reading)
        return "dateline"
    if _words(text) > META_MAX_WORDS + 4 and not _is_meta_row(text) or _is_speech(text):
        return None
    if _is_place(text) and reading.dateline is None:
        reading.dateline = text
        return "dateline"
    if reading.dateline is None and (place := _lone_dateline(lines, i)):
        reading.dateline = place
        return "dateline"
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if R.BARE_BY.match(text) and not reading.byline and _read_byline(f"By {nxt}", reading):
        return "byline"  # "By" alone over the name (Reach's papers)
    if reading.dateline is None and (filed := R.PLACE_WEEKDAY_DAY_WIRE.match(text)):
        reading.dateline = filed.group("place")  # "Nairobi, Friday, October 13, 2023, KNA"
        _read_stamp(filed.group("day"), reading)
        return "dateline"
    if not reading.byline and (desk := R.CAPS_DESK_BYLINE.match(text)):
        reading.byline.append(desk.group("name"))  # "By NAME POLITICAL CORRESPONDENT FOR …"
        return "byline"
    if R.BARE_BY_DASH.match(text) and not reading.byline and _read_name_and_wire(nxt, reading):
        return "byline"  # "By —" alone over "Name, Associated Press" (PBS)
    if reading.byline and i > 0 and R.BARE_BY_DASH.match(lines[i - 1].text):
        return "byline"  # the name line under "By —"
    if reading.byline and (more := _second_writer_line(lines, i, reading)):
        reading.byline.append(more)  # "and Jo Bloggs" under "By Ann Roe"
        return "byline"
    if R.GLUED_BY.match(text) and not reading.byline and _read_byline(f"By {nxt}", reading):
        return "byline"  # Reach's section glued to "By" ("NewsBy") over the name
    if reading.byline and R.WRITTEN_BY.match(text) and _read_labelled_writer(text, reading):
        return "byline"  # "Written By: Name" under a desk's line ("India Today NE")
    place_stamp = R.PLACE_GLUED_STAMP.match(text)
    if place_stamp and R.DATE_LINE.match(text[place_stamp.end():]):
        _read_stamp(text[place_stamp.end():], reading)  # "Imphal,UPDATED: Sep 5, 2023 19:40 IST"
        return "date"
    if R.BARE_STAMP_LABEL.match(text) and R.DATE_LINE.match(nxt):
        return "date"  # "Updated" alone over its time
    if (stamp := _byline_again_with_stamp(text, reading)) is not None:
        _read_stamp(stamp, reading)  # "OLJ / By Nada Merhi, 02 November 2023 18:40"
        return "date"
    after_byline = metas and metas[-1] == i - 1 and reading.kinds[metas[-1]][0] == "byline"
    if after_byline and (paper := paper_under_byline(text, reading)):
        # issue 9 (stranger trial 9): the paper's name on its own line under the byline
        # ("By Lena Horvath, Economics Correspondent" / "The Teodora Courier" / the day)
        # names the outlet when nothing else does
        reading.byline_outlet = reading.byline_outlet or paper
        return "byline"
    if after_byline and _read_byline_role(text, reading):
        return "byline"
    if reading.byline and _byline_names(text)[0] == reading.byline:
        return "byline"  # the byline printed again ("by Jane Doe" … "By Jane Doe")
    if not reading.byline and not _caption(text) and _read_byline(text, reading):
        # "KYODO NEWS - Jun 3, 2025 - 19:42 | Business, All": a stamp naming no one
        stamped = R.BYLINE_WITH_STAMP.match(text)
        glued = _stamp_in_line(text)
        if not stamped and glued and glued[0]:
            _read_stamp(glued[1], reading)  # "Ahram Online , Saturday 21 Oct 2023"
        if R.NAME_GLUED_STAMP.match(text):
            return "date"  # "Jen MillsPublished …": a stamp line, as the scraped sweep labels it
        return "date" if stamped and not reading.byline and R.DATE_LINE.match(
            stamped.group("stamp")) else "byline"
    if after_byline and _is_second_writer(text, reading, lines[i - 1].text, nxt):
        reading.byline.append(text)  # The Sun's writers a name a line
        return "byline"
    # A place we do not know, between the byline and the date ("Byline / Place / Date").
    if (R.PLACE_SHAPE.match(text) and reading.dateline is None and _date_under(lines, i)
            and after_byline and not _is_furniture(text) and not R.OUTLET_SHAPE.match(text)
            and not R.PHOTO_CREDIT_LINE.match(text)  # "Getty Images" is no place
            and not (_printed_above(lines, i) and text.casefold() in R.SECTION_WORDS)):
        # a section's name printed again ("Nation") is a label; a place's name printed again
        # (a city's kicker "Harbour" over the headline) is still the story's place
        reading.dateline = text
        return "dateline"
    return None


def _is_second_writer(text: str, reading: _Reading, above: str, below: str) -> bool:
    """Another writer's name alone on the line under the byline ("Jon Rogers" / "Harvey
    Geh"): a name whose first word is a known first name, or any name under a line of bare
    names, not one already read. A "By" line, a picture's credit ("Getty Images") or a line
    under one ("Jo Bloggs/via Reuters" / "Ann Roe") is none; a name we do not know between a
    "By" line and the stamp is the place ("By Ann Roe" / "Little Harbour" / date)."""
    first = text.split()[0] if text else ""
    named_above = any(R.SIGNATURE_NAME.match(name) for name in reading.byline)
    place_slot = bool(R.BYLINE_PREFIX.match(above)) and _is_stamp(below)
    return (bool(R.SIGNATURE_NAME.match(text))
            and (first in R.FIRST_NAMES or named_above and not place_slot)
            and text not in reading.byline and not _is_place(text)
            and not R.BYLINE_PREFIX.match(text) and not R.PHOTO_CREDIT_LINE.match(text)
            and not R.PHOTO_CREDIT_LINE.match(above)
            # a read-later app's button under the byline ("View Original", round 27)
            and not _is_furniture(text))


def _read_name_and_wire(text: str, reading: _Reading) -> bool:
    """The writer, and the wire credited, of a "Name, Associated Press" line (PBS re-hosting a
    wire's story), or of a plain name line."""
    name, _, wire = text.partition(", ")
    credited = R.WIRE_BY_NAME.get(re.sub(r"^THE ", "", wire.upper())) if wire else None
    if not credited:
        return _read_byline(f"By {text}", reading)
    if not _read_byline(f"By {name}", reading):
        return False
    known = outlet_named(credited)
    reading.credits.append(known.name if known else credited)
    return True


def _read_labelled_writer(text: str, reading: _Reading) -> bool:
    """The writer a "Written By:" line names, in place of a desk's name read above it."""
    names = _byline_names(R.WRITTEN_BY.sub("By ", text))[0]
    if not names:
        return False
    if reading.byline and all(_is_writer_name(name) for name in reading.byline):
        reading.byline.extend(n for n in names if n not in reading.byline)  # "By Ann Roe" above
    else:
        reading.byline[:] = names
    return True


def _is_writer_name(name: str) -> bool:
    """A person's name read as the byline ("Ann Roe"), not a desk's or an outlet's ("India
    Today NE", "Al Jazeera Staff")."""
    return (bool(R.SIGNATURE_NAME.match(name)) and outlet_named(name) is None
            and not R.NOT_A_WRITER.search(name) and not _agency_byline(name))


def _outlet_place_line(lines: list[_Line], i: int) -> str | None:
    """The place of an "Outlet – Place" line over the lede ("Enab Baladi – Daraa"): the
    outlet one the table knows or the page prints alone above (its masthead), the place one
    word or one we know (a writer after the outlet, "Enab Baladi – Hassan Ibrahim", has two
    words or more); else None."""
    match = R.OUTLET_PLACE_LINE.match(lines[i].text)
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if not match or not _is_prose(nxt):
        return None
    outlet, place = match.group("outlet"), match.group("place")
    own = outlet_named(outlet) is not None or any(ln.text == outlet for ln in lines[:i])
    label = place.casefold() in R.SECTION_WORDS or place.casefold() in R.STORY_LABEL_WORDS
    # a one-word place the page prints as a person's surname ("Reuters – Roe" over a story
    # quoting "Ann Roe") is the writer's, not where the story was filed
    one_word = " " not in place and not label and not _surname_on_page(lines, place)
    return place if own and (one_word or _is_place(place)) else None


def _surname_on_page(lines: list[_Line], word: str) -> bool:
    """`word` printed after a first name the table knows somewhere on the page ("Ann Roe")."""
    after_first_name = re.compile(rf"\b(?P<first>[A-Z][a-z]+) {re.escape(word)}\b")
    return any(m.group("first") in R.FIRST_NAMES
               for ln in lines for m in after_first_name.finditer(ln.text))


def _second_writer_line(lines: list[_Line], i: int, reading: _Reading) -> str | None:
    """The name of a line adding a second writer right under the byline's line ("By Ann Roe"
    / "and Jo Bloggs"): no story line is "and" and a name alone; else None."""
    match = R.AND_WRITER_LINE.match(lines[i].text)
    above = reading.kinds.get(i - 1)
    if not match or not above or above[0] != "byline":
        return None
    names, _, _ = _byline_names("By " + match.group("name"))
    return names[0] if len(names) == 1 and _reads_as_person(names[0]) else None


def _reads_as_person(name: str) -> bool:
    """A name joined to the byline that is a person's ("Ben Hale"), not a body's ("Harbour
    Council"): a first name the table knows, or no word a body's name ends with."""
    words = name.split()
    return words[0] in R.FIRST_NAMES or not any(w in R.ORG_WORDS for w in words)


def _lone_dateline(lines: list[_Line], i: int) -> str | None:
    """The place of a dateline printed alone over the lede ("KARACHI:" over "The Karachi
    Water and Sewerage Corporation …"): in capitals, or a place we know."""
    match = R.LONE_DATELINE.match(lines[i].text)
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if not match or not _is_prose(nxt):
        return None
    place = match.group("place")
    return place if place.isupper() or _is_place(place) else None


def _date_under(lines: list[_Line], i: int) -> bool:
    """A stamp on the next line, or under a desk's or network's code there ("Pristina" /
    "BIRN" / "September 24, 2023", Balkan Insight)."""
    below = [ln.text for ln in lines[i + 1:i + 3]]
    return bool(below and R.DATE_LINE.match(below[0])) or (
        len(below) == 2 and bool(R.DESK_CODE.match(below[0])) and below[0] not in R.WIRES
        and bool(R.DATE_LINE.match(below[1])))


def _is_dek_over_meta_again(lines: list[_Line], i: int, reading: _Reading) -> bool:
    """A sentence of a standfirst's length with the byline printed again under it ("Xhorxhina
    Bami" over the dek and again under it: a reader view's header over the page's own), so
    the story has not begun."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    text = lines[i].text
    if not _is_prose(text) or _words(text) > STANDFIRST_MAX_WORDS or dateline_of(text):
        return False
    # the byline again, or the page's own byline-and-stamp line ("OLJ / By Nada Merhi, 02
    # November 2023 18:40", L'Orient Today)
    return bool(reading.byline) and (_byline_names(nxt)[0] == reading.byline or bool(
        re.search(r"\bby\s", nxt, re.IGNORECASE) and _stamp_in_line(nxt)
        and any(name in nxt for name in reading.byline)))


def _is_dek_over_own_stamp(lines: list[_Line], i: int, reading: _Reading) -> bool:
    """A sentence of a standfirst's length under a reader view's byline and over the page's
    own labelled stamp ("Published on November 4, 2024", The Brazilian Report): the page's
    header goes on under the dek, so the story has not begun."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    text = lines[i].text
    if not reading.byline or not R.DATE_PREFIX.match(nxt) or not R.DATE_LINE.match(nxt):
        return False
    return (_is_prose(text) and _words(text) <= STANDFIRST_MAX_WORDS
            and dateline_of(text) is None)


DEK_MIN_WORDS = 8  # a standfirst between the writer's name and the stamp is a sentence long


def _is_dek_between_writer_and_stamp(lines: list[_Line], i: int, reading: _Reading) -> bool:
    """A standfirst printed between the writer's name and the stamp (a Guardian column copied
    as text: headline / "Imogen Clarke" / "A library costs a town less … far larger" / "Wed 5
    Mar 2025 07.00 GMT"; round 32), its last sentence perhaps unstopped: another story's link
    sits in no such place."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    text = lines[i].text
    above = reading.kinds.get(i - 1, ("", None))[0]
    return (above == "byline" and bool(reading.byline) and bool(R.DATE_LINE.match(nxt))
            and DEK_MIN_WORDS <= _words(text) <= STANDFIRST_MAX_WORDS
            and dateline_of(text) is None and not _is_furniture(text))


def _byline_again_with_stamp(text: str, reading: _Reading) -> str | None:
    """The stamp of a line printing the byline's writer again with "By" and the stamp ("OLJ /
    By Nada Merhi, 02 November 2023 18:40" under a reader view's "Nada Merhi"), else None."""
    if not reading.byline or not any(name in text for name in reading.byline):
        return None
    found = _stamp_in_line(text)
    return found[1] if found and re.search(r"\bby\s", found[0], re.IGNORECASE) else None


def _is_dek_over_summary_box(lines: list[_Line], i: int) -> bool:
    """A sentence of a standfirst's length over a live page's summary box ("… Follow the
    day's events with Le Monde's journalists." over "Live" / "Key points"): the story
    begins under the box. The box sits under the page's badge ("Live"); an explainer's box
    straight under a paragraph ("Key points" / "- The pool shuts in June") follows the lede."""
    text = lines[i].text
    if not _is_prose(text) or _words(text) > STANDFIRST_MAX_WORDS or dateline_of(text):
        return False
    below = [ln.text for ln in lines[i + 1:i + 3]]
    return len(below) == 2 and _is_furniture(below[0]) and bool(
        R.SUMMARY_HEADING.match(below[1]) or R.POINTS_HEADING.match(below[1]))


def _with_time_below(lines: list[_Line], i: int, stamp: str) -> str:
    """A day with its time when the time stands on the line below ("Sunday, 01 Dec 2024" over
    "7:45 PM MYT", The Star; "September 24, 2023" over "11:03", Balkan Insight)."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    clock = re.match(r"^\d{1,2}[:.]\d{2}\b", nxt)  # a clock's time, not "8 hrs ago"
    # a bare one-digit hour ("1:32") is a video's running time: a 24-hour clock prints "11:03",
    # "09:05", and a 12-hour one its "PM"
    running_time = re.fullmatch(r"\d[:.]\d{2}", nxt.strip()) is not None
    if (clock and R.TIME_ONLY_LINE.match(nxt) and not running_time
            and not R.TIME_IN_STAMP.search(stamp)):
        return f"{stamp} {nxt}"
    return stamp


def _printed_above(lines: list[_Line], i: int) -> bool:
    """The line repeats one printed above it (The Star's section "Nation" over the headline
    and again under the byline): a label, not the story's place."""
    return any(_norm(ln.text) == _norm(lines[i].text) for ln in lines[:i])


def _with_label_above(lines: list[_Line], i: int) -> str:
    """A stamp with its label when the label stands on the line above ("Originally
    published" over "13 May 2025", as ReliefWeb prints its rows)."""
    text = lines[i].text
    if i == 0 or R.DATE_PREFIX.match(text):  # labelled on its own line
        return text
    label = R.DATE_PREFIX.match(lines[i - 1].text)
    if label and label.end() == len(lines[i - 1].text):
        return f"{lines[i - 1].text.rstrip(':')} {text}"
    return text


def _is_summary_over_story(lines: list[_Line], i: int, reading: _Reading,
                           pending: list[int]) -> bool:
    """An unpunctuated summary under the byline and stamp, straight over the story's
    dateline lede ("… identified by the MPCB" over "Mumbai: The civic body …"): the only
    such line and as long as a sentence, so no other story's link."""
    text = lines[i].text
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    related_before = any(kind == "related" for kind, _ in reading.kinds.values())
    return (not pending and not related_before and _words(text) >= SUMMARY_MIN_WORDS
            and not R.SENTENCE_END.search(text) and not _is_speech(text)
            and dateline_of(nxt) is not None)


def _is_country_tag(text: str) -> bool:
    """A country or region's name on its own line ("Palestinian Territories", "Central
    African Republic"), as a release tags where it is from."""
    return bool(R.PLACE_SHAPE.match(text)) and text.split()[-1].lower() in R.PLACE_NOUNS


def _is_meta_row(text: str) -> bool:
    """A row of short header pieces ("Name · CBC News · Posted: May 14, 2025 4:00 AM MDT |
    Last Updated: 2 hours ago"): a meta line however many words it has in all."""
    pieces = R.BYLINE_SEPARATOR.split(text)
    return len(pieces) >= 3 and all(_words(p) <= META_MAX_WORDS for p in pieces)


def _is_related_line(text: str) -> bool:
    """A headline-shaped line after the byline block: another story's link. A sentence signed
    off by its wire ("… said. (Reuters)") or closing on a colon before a quote is finished: a
    short lede, no link (a box's short label, "What you need to know:", is no lede)."""
    signed = R.SENTENCE_SIGN_OFF.search(text) and _is_prose(R.SENTENCE_SIGN_OFF.sub(".", text))
    return bool(R.RELATED.match(text)) or (
        not R.SENTENCE_END.search(text) and not signed and 4 <= _words(text) <= 25
    )


def _label_standfirst(
    lines: list[_Line], reading: _Reading, pending: list[int], hints: Metadata | None,
    over_meta: set[int] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Label the standfirst among the lines under the headline: the one the input gave when
    it shows (then no other), else lines that can be a sub-heading: not as long as a story's
    lead paragraph (those stay body), and no reported speech unless the byline or stamp
    follows straight under it, page furniture between them aside (the story cannot start
    above them: "The council says 'difficult choices' lie ahead" over "Kate Mercer", or over
    "Author thumbnail" / "Kate Mercer")."""
    described = _norm(hints.standfirst) if hints and hints.standfirst else None
    given = [i for i in pending if _norm(lines[i].text) == described]
    for i in given or pending:
        text = lines[i].text
        if not given and _words(text) <= STANDFIRST_LABEL_MAX_WORDS \
                and not R.SENTENCE_END.search(text):
            reading.kinds[i] = ("boilerplate", None)  # a label among buttons ("News")
            continue
        if not given and summary_box_point(lines, i):
            # issue 9: a summary box's point over a live page's first post stamp; a report's
            # highlight stays its story
            if not is_report(reading):
                reading.kinds[i] = ("boilerplate", None)
            continue
        if not given and _FACT_CHECK_BOX_LINE.match(text):
            continue  # issue 9: a fact check's claim box ("Claim: …") is the story's
        sub_heading = not _is_speech(text) or _next_unfurnished(reading, i) in over_meta
        if given or sub_heading and _words(text) <= STANDFIRST_MAX_WORDS:
            reading.kinds[i] = ("standfirst", None)
            reading.standfirst = reading.standfirst or R.LIST_MARKER.sub("", text)


# A fact check's claim box, a label and its text on one line: "Claim: Lagos State awarded …",
# "Verdict: Incorrect. State procurement records …" (round 30: the story's, no standfirst).
_FACT_CHECK_BOX_LINE = re.compile(
    r"^(?:(?:the |our )?claim|(?:our |the )?verdict|rating|what was claimed)\s*:\s*\S",
    re.IGNORECASE)


def _next_unfurnished(reading: _Reading, i: int) -> int:
    """The index of the first line after line `i` that is not page furniture."""
    i += 1
    while reading.kinds.get(i, ("", None))[0] == "boilerplate":
        i += 1
    return i


def _repeats_headline(text: str, headline: str) -> bool:
    """The line is the headline again, as the page's h1 under a title that adds a section
    before it or the site after it ("Is Football Violence a Crime?" under "Opinion | Is
    Football Violence a Crime?"): labelled as a headline printed twice is."""
    parts = [p for p in re.split(r"\s+[|–—-]\s+", headline) if p]
    return len(parts) > 1 and _norm(text) in {_norm(parts[-1]), _norm(parts[0])}


def _shows_given_standfirst(text: str, hints: Metadata | None) -> bool:
    """The line is the standfirst the input gave, alone or run on with the stamp the page
    printed after it ("… What's the secret to its recovery?Monday, 6 January 2020")."""
    given = hints.standfirst.strip() if hints and hints.standfirst else ""
    if not given or not text.startswith(given):
        return bool(given) and _norm(given) == _norm(text)
    rest = text[len(given):].strip()
    return not rest or bool(R.DATE_LINE.match(rest))


def _is_one_phrase(text: str) -> bool:
    """An unpunctuated line that can be a summary: one phrase, not a paragraph of sentences
    left without its last full stop ("… by #Brand and its advertiser. All opinions are mine
    alone. #ad") nor a fact box's row of labelled fields ("Tested by: … RRP: £40 More info:
    www…"): those are the story's own lines."""
    return not R.SENTENCE_INSIDE.search(text) and len(R.FIELD_LABEL.findall(text)) < 2


def _unpunctuated_story(lines: list[_Line], start: int) -> bool:
    """Do the story's paragraphs from `start` go unpunctuated (a site that ends none with a
    full stop, whose first paragraph is then its lead, not a summary line over it)? The next
    two body paragraphs of 8 words or more (captions, credits, short sub-heads skipped) both
    end in a letter or digit."""
    paragraphs = [ln.text for ln in lines[start:start + 8]
                  if _words(ln.text) >= 8 and line_kind(ln.text) == "body"][:2]
    return len(paragraphs) == 2 and all(p[-1].isalnum() for p in paragraphs)


def _header_without_meta(
    lines: list[_Line], reading: _Reading, first: int, hints: Metadata | None
) -> int:
    """No byline or date under the headline: a subheading in the headline's block, an
    "ABSTRACT." section, the page's shown standfirst, or an unpunctuated summary line (over
    a paragraph that is not unpunctuated too) is the standfirst."""
    nxt = first + 1
    while nxt < len(lines) and (nxt in reading.kinds and not R.ABSTRACT_MARKER.match(
            lines[nxt].text) or _repeats_headline(lines[nxt].text, lines[first].text)):
        if nxt not in reading.kinds:
            reading.kinds[nxt] = ("boilerplate", None)  # the headline printed again under it
        nxt += 1
    if nxt >= len(lines):
        return nxt
    line = lines[nxt]
    if R.ABSTRACT_MARKER.match(line.text) and nxt + 1 < len(lines):
        reading.kinds[nxt] = ("boilerplate", None)
        _label_standfirst(lines, reading, [nxt + 1], hints)
        return nxt + 2
    same_block = line.block == lines[first].block
    described = _shows_given_standfirst(line.text, hints)
    unfinished = (line.text[-1].isalnum() and 8 <= _words(line.text) <= 60
                  and not R.DATELINE_PREFIX.match(line.text) and _is_one_phrase(line.text)
                  and dated_dateline_of(line.text) is None
                  and not _unpunctuated_story(lines, nxt + 1))
    # round 31: a release's first paragraph right under its headline in a copy with no blank
    # lines ("… /EINPresswire.com/ -- The …") opens with its dateline: never the standfirst
    same_block = same_block and dateline_of(line.text) is None
    if (same_block and _words(line.text) <= 40) or described or unfinished:
        _label_standfirst(lines, reading, [nxt], hints)
        return nxt + 1
    return nxt



# A wire's desk after a stamp: "Published on 27.07.2023 at 15h21 by APA-Niamey (Niger)" (the
# agency's code, a hyphen, the desk's city and perhaps its country in brackets).
_WIRE_DESK_TAIL = re.compile(
    r"\s+by\s+(?P<wire>[A-Z]{2,8})-(?P<place>[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){0,2})"
    r"(?:\s*\([A-Z][\w '’-]{1,30}\))?$")


def _stamp_by_wire_desk(text: str, reading: _Reading) -> bool:
    """Read a stamp signed by a known wire's desk: the stamp, the wire as a credit and the
    desk's city as the dateline. False when the line is no such row."""
    desk = _WIRE_DESK_TAIL.search(text)
    stamp = text[:desk.start()] if desk else ""
    if not desk or desk["wire"] not in R.WIRES or not R.DATE_LINE.match(stamp):
        return False
    _read_stamp(stamp, reading)
    known = outlet_named(R.WIRES[desk["wire"]])
    reading.credits.append(known.name if known else R.WIRES[desk["wire"]])
    reading.dateline = reading.dateline or desk["place"]
    return True


def _place_before_bar(text: str) -> str | None:
    """The place a meta row names between bars or before its stamp ("Imphal | Aug 30, 2023",
    "Devdiscourse News Desk | Islamabad | Updated: 01-11-2023 18:42 IST"): a place the
    gazetteer knows, in a row that carries a stamp."""
    parts = [p.strip() for p in re.split(r"\s+\|\s+", text)]
    if len(parts) < 2 or not any(R.DATE_LINE.match(p) for p in parts[1:]):
        return None
    return next((p for p in parts[:-1] if p.lower() in R.PLACES), None)
