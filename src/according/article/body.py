"""The body: furniture, captions, credits, stamps and related links among the paragraphs.

Lines are read one by one, with a little memory: the items under a "Most viewed" heading
are related links, the topics under "Related topics" are furniture, the line after a bare
"Image caption," is a caption, and everything after a press release's "###" is the sender's
boilerplate.
"""

from __future__ import annotations

import re

from according.article.dated_dateline import dated_dateline_of
from according.article.lines import (
    CAPTION_MAX_WORDS,
    CREDIT_MAX_WORDS,
    _clean_name,
    _is_furniture,
    _is_prose,
    _is_speech,
    _Line,
    _read_stamp,
    _Reading,
    _Stamp,
    _words,
)
from according.article.pubtime import dateline_month_day
from according.article.release_wires import (
    bracketed_place_dateline_of,
    describes_sender,
    release_wire_dateline_of,
)
from according.article.summary_points import is_report
from according.article.transcripts import is_speaker_label
from according.data import article_rules as R
from according.data.article_copies import (
    EDITORS_NOTE_WORDS,
    LOWER_CASE_BRAND_MAX,
    LOWER_CASE_OPENERS,
)
from according.data.article_regional import CAPTION_INITIALS_PHOTO, CAPTION_NAME_BRACKET_AGENCY
from according.data.article_revisions import REPUBLISHED_FROM
from according.outlets import outlet_named
from according.records import Region

Kind = tuple[str, str | None]
AUTHOR_NOTE_ROLE_WORDS = 6  # "X is a senior reporter …": the job comes this soon after "is"
# "X covers City Hall for the Star Tribune.": what the writer covers, and for whom
_AUTHOR_BEAT = re.compile(r"^(?:covers|writes about|reports on|has covered)\b.{0,120}\bfor\b")


def line_kind(text: str) -> str:
    """The kind one line gets among a story's paragraphs: "caption", "related", "body" …"""
    found = _body_line_kind(text, _Reading())
    return found[0] if found else "body"


def _read_body(lines: list[_Line], reading: _Reading, body_from: int,
               given_byline: tuple[str, ...] = ()) -> None:
    """Label the lines from `body_from` on that are not story paragraphs. The byline a page
    states (`given_byline`) names the writer of a note under the story when the text shows
    none ("Prithvi Man Shrestha is the senior economic reporter for …")."""
    writers = reading.byline or list(given_byline)
    # a byline printed in capitals ("ISRAEL ODUBOLA") names the author card's "Israel Odubola"
    writers = writers + [n.title() for n in writers if n.isupper()]
    in_list: str | None = None  # "related", "boilerplate" or "summary" under a list heading
    if body_from > 0 and R.SUMMARY_HEADING.match(lines[body_from - 1].text):
        in_list = "summary"  # the header's last line heads a summary box's points
    elif body_from > 0 and R.POINTS_HEADING.match(lines[body_from - 1].text):
        in_list = "points"  # a live page's "Key Events" closing the header
    ended = caption_next = story_begun = False
    for i in range(body_from, len(lines)):
        text = lines[i].text
        if i in reading.kinds:
            # a points box's heading the header labelled still heads its points
            in_list = "points" if R.POINTS_HEADING.match(text) else None
            ended = ended or bool(R.END_MARK.match(text) or R.SOURCES_HEADING.match(text))
            continue
        found = _body_line_kind(text, reading)
        if found and found[0] == "date" and R.PUBLICATION_PREFIX.match(text.lstrip("(")):
            _read_stamp(text, reading)  # "Published on August 10, 2023" under the story
        if found is None and (_is_author_note(text, writers) or _is_author_card(lines, i, writers)
                              or _is_contributor_bio(text, writers)
                              or (i - 1) in reading.kinds
                              and _is_newsletter_name(text, lines[i + 1:i + 2])):
            found = ("boilerplate", None)
        if ended:
            found = found if found and found[0] != "body" else ("boilerplate", None)
        elif caption_next and found is None and _words(text) <= CAPTION_MAX_WORDS:
            found = ("caption", None)
        elif in_list and found is None and (_is_list_item(text, in_list) or (
                in_list == "summary" and _summary_over_dateline(lines, i))):
            found = (_LIST_ITEM_KINDS[in_list], None)
        caption_next = bool(R.CAPTION_LEAD.match(text)) or (
            bool(R.IMAGE_SOURCE.match(text)) and caption_next)
        in_list = _list_under(text) or (
            in_list if found and in_list and _keeps_list(found[0], in_list) else None)
        if in_list == "summary" and is_report(reading):
            in_list = None  # issue 9: a situation report's highlights are its findings
        if in_list == "points" and story_begun and _opens_timeline(lines[i + 1:i + 2]):
            in_list = None  # "Key events" over timed entries amid the story: its timeline
        story_begun = story_begun or found is None and bool(R.SENTENCE_END.search(text))
        ended = ended or bool(R.END_MARK.match(text)) or _opens_sender_boilerplate(
            text, lines[i + 1].text if i + 1 < len(lines) else "") or (
            found is None and bool(R.END_MARK_TAIL.search(text))) or (
            bool(R.SOURCES_HEADING.match(text)))
        if found:
            reading.kinds[i] = found
        _note_wire_tail(text, found, reading)
    _label_foot_fields(lines, reading, body_from)
    _label_closing_byline(lines, reading, body_from)
    _label_footer_boxes(lines, reading, body_from)
    _label_signoff(lines, reading, body_from)  # above the footer's boxes and widgets
    _label_post_signatures(lines, reading, body_from)
    _label_post_headlines(lines, reading, body_from)
    _label_section_headings(lines, reading, body_from)
    _label_letter_signatures(lines, reading, body_from)


def _label_letter_signatures(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """A letters page's signatures: each letter opens with its sender ("From: Margaret Hale,
    Grassington.") and closes with the name and the town again, a line each ("Margaret Hale" /
    "Grassington"). Those lines sign the letter; the letter is the story's (round 32)."""
    from according.data.article_opinion import LETTER_SENDER, LETTER_SIGNATURE_REACH

    for i in range(len(lines)):  # the first sender line may close the header
        sender = LETTER_SENDER.match(lines[i].text)
        if not sender:
            continue
        if i > body_from and _introduces_quotation(lines[i - 1].text, reading.kinds.get(i - 1)):
            # "The email, seen by the Courier, read:" / "From: Ann Roe, Riverside.": a mail
            # the story quotes, its sender line the story's (review 1127m)
            reading.kinds[i] = ("body", None)
            continue
        signature = {sender.group("name").rstrip("."), sender.group("town").rstrip(".")}
        for j in range(max(i + 1, body_from), min(i + 1 + LETTER_SIGNATURE_REACH, len(lines))):
            text = lines[j].text.rstrip(".,")
            if LETTER_SENDER.match(lines[j].text):
                break  # the next letter
            if text in signature:
                reading.kinds[j] = ("boilerplate", None)


def _introduces_quotation(text: str, kind: Kind | None) -> bool:
    """A story's sentence introducing what it quotes under it ("The email read:")."""
    return (kind is None or kind[0] == "body") and text.endswith(":") and _words(text) >= 3


def _label_foot_fields(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """India Today's fields under the story, each label over its value: "Published By:" over
    the editor's name, "Published On:" over the day (read as the publication stamp)."""
    for i in range(body_from, len(lines) - 1):
        label = R.FOOT_FIELD_LABEL.match(lines[i].text)
        value = lines[i + 1].text
        if not label or _words(value) > FOOT_FIELD_MAX_WORDS or R.SENTENCE_END.search(value):
            continue
        reading.kinds[i] = ("boilerplate", None)
        if label.group("field").lower() == "on" and R.DATE_LINE.match(value):
            reading.kinds[i + 1] = ("date", None)
            _read_stamp(f"Published on {value}", reading)
        else:
            reading.kinds[i + 1] = ("boilerplate", None)


FOOT_FIELD_MAX_WORDS = 5


def _label_closing_byline(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """A reporter's "By Name" under the story's last paragraph (Kenya News Agency signs its
    stories so): a byline, naming the writer when the header named only a desk ("KNA")."""
    for i in range(body_from + 1, len(lines)):
        text = lines[i].text
        if i in reading.kinds or (i - 1) in reading.kinds or not R.CLOSING_BY.match(text):
            continue
        reading.kinds[i] = ("byline", None)
        # the header named a desk ("KNA"); a header naming no one gives no desk to replace
        if reading.byline and all(R.DESK_CODE.match(R.BYLINE_PREFIX.sub("", n))
                                  for n in reading.byline):
            reading.byline[:] = [R.BYLINE_PREFIX.sub("", text)]
SECTION_HEADING_MAX_WORDS = 10
SECTION_HEADING_MIN_LONG_WORDS = 4  # words of four letters or more, every one capitalised


def _label_section_headings(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """A report's section heading between its paragraphs ("Humanitarian Situation in the
    Gaza Strip"): a short line in headline capitals without a stop, a finished paragraph
    before it and a story paragraph after it. A heading says what follows; it reports
    nothing."""
    for i in range(max(body_from, 1), len(lines) - 1):
        text = lines[i].text
        long_words = [w for w in R.WORD.findall(text) if len(w) >= 4 and w[0].isalpha()]
        if (reading.kinds.get(i, ("body", None))[0] == "body"
                and _words(text) <= SECTION_HEADING_MAX_WORDS
                and len(long_words) >= SECTION_HEADING_MIN_LONG_WORDS
                and all(w[0].isupper() for w in long_words) and text[-1:].isalpha()
                # a list's entry ("… Announced March 23"), a quotation's signature ("David
                # Pogue, Yahoo Tech", "– Name, Magazine Editor") are no headings
                and not any(c.isdigit() or c in ",–—" for c in text)
                and all(reading.kinds.get(j, ("body", None))[0] == "body" for j in (i - 1, i + 1))
                and lines[i - 1].text[-1:] in ".!?\"”" and _is_prose(lines[i + 1].text)):
            reading.kinds[i] = ("boilerplate", None)


def _label_post_signatures(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """A live blog's posts each signed with the writer's name alone under them ("Alicia
    Victoria Lozano" over the next post's "1h ago"): on a page of posts stamped with their
    age, a name alone after a finished paragraph, before a stamp, furniture or the end."""
    stamped = [ln for ln in lines if R.TIME_ONLY_LINE.match(ln.text)]
    if len(stamped) < 2:
        return
    for i in range(max(body_from, 1), len(lines)):
        after = reading.kinds.get(i + 1, ("body", None))[0] if i + 1 < len(lines) else "end"
        before = lines[i - 1].text
        if (reading.kinds.get(i, ("body", None))[0] == "body" and R.SIGNATURE_NAME.match(
                lines[i].text) and after in _AFTER_SIGNATURE and before[-1:] in ".!?\"”"
                and reading.kinds.get(i - 1, ("body", None))[0] == "body"):
            reading.kinds[i] = ("byline", None)


_AFTER_SIGNATURE = frozenset({"date", "boilerplate", "related", "end"})


def _label_post_headlines(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """A live blog's post headlines, each over its post's bare time ("Power outages top
    140,000" over "12:15 p.m. ET", USA TODAY): on a page of posts stamped so, a short line
    with no full stop right before a time alone, after a finished paragraph or furniture.
    A headline names what the post says; it reports nothing itself."""
    stamps = [i for i in range(body_from, len(lines))
              if reading.kinds.get(i, ("body", None))[0] == "date"
              and R.TIME_ONLY_LINE.match(lines[i].text)]
    if len(stamps) < 2:
        return
    titles = []
    for i in (s - 1 for s in stamps if s - 1 > body_from):
        text = lines[i].text
        before = lines[i - 1].text
        if (reading.kinds.get(i, ("body", None))[0] == "body" and _words(text) <= POINT_MAX_WORDS
                and text[-1:] not in ".:;,\"”" and not _is_speech(text)
                and (before[-1:] in ".!?\"”" or (i - 1) in reading.kinds)):
            titles.append(i)
    # a question titles a post only on a page that titles its posts ("How many pools are
    # left?" among "Governor declares emergency …"); alone, it closes the post above
    if any(not lines[i].text.endswith("?") for i in titles):
        reading.kinds.update((i, ("boilerplate", None)) for i in titles)
    # a title under its post's age ("3h ago"): a clock time alone also stamps a story's
    # timeline, whose entries ("9:00 a.m." / "Police say the protest is peaceful") are story
    for i in (s + 1 for s in stamps if s + 2 < len(lines) and _is_age_stamp(lines[s].text)):
        # a post's title under its time ("3h ago" / "Homes lost, premier says" / the post):
        # a headline's shape, no stop, over a finished paragraph ("… says" is a headline's
        # attribution here, not a sentence: a story's sentence ends with its stop)
        text = lines[i].text
        if (reading.kinds.get(i, ("body", None))[0] == "body" and _words(text) <= POINT_MAX_WORDS
                and text[-1:].isalnum() and text[:1].isupper()
                and R.SENTENCE_END.search(lines[i + 1].text) and _is_prose(lines[i + 1].text)):
            reading.kinds[i] = ("boilerplate", None)


def _is_age_stamp(text: str) -> bool:
    """A live post's stamp saying how long ago it was posted ("3h ago", "just now")."""
    return bool(re.search(r"\bago$|^just now$", text.strip(), re.IGNORECASE))


def _opens_sender_boilerplate(text: str, nxt: str) -> bool:
    """A release's "About <sender>" heading over the sender describing itself, or its
    forward-looking statements' heading: the story has ended."""
    if R.LEGAL_HEADING.match(text):
        return True
    about = R.ABOUT_SENDER.match(text)
    if not about:
        return False
    # the sender names itself in full and says what it is ("Halvorsen Foods, Inc. is a
    # Chicago-based maker …"); an explainer's "About the storm" over "The storm is the third
    # this year, forecasters said." is story
    name = about.group("name")
    rest = nxt[len(name):] if nxt.startswith(name) else ""
    if R.SPEECH_VERB.search(nxt):
        return False
    # round 31: "Hearthline Appliances, Inc., based in Secaucus, … designs and sells …",
    # "The Gulf Coast Food Bank Alliance is a network …"
    return bool(rest and _SELF_DESCRIPTION.match(rest)) or describes_sender(name, nxt) or (
        nxt.startswith(f"The {name}") and bool(_SELF_DESCRIPTION.match(nxt[len(name) + 4:])))


# what follows a sender's name in its self-description: an optional legal suffix or ticker,
# then "is a", "are the", "is one of" …
_SELF_DESCRIPTION = re.compile(r"^.{0,60}?\b(?:is|are)\s+(?:a|an|the|one|among)\b")


SIGNOFF_MAX_WORDS = 4


def _label_signoff(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """The story's last paragraph line when it is a paper's initials ("AS") or its name
    ("Cape Argus"): its sign-off."""
    last = next((i for i in range(len(lines) - 1, body_from - 1, -1)
                 if reading.kinds.get(i, ("body", None))[0] == "body"), None)
    text = lines[last].text if last is not None else ""
    # "AS"; "Cape Argus" (IOL's title paper under the story)
    if last is not None and (R.PAPER_SIGNOFF.match(text) or R.OUTLET_SHAPE.match(text)
                             and _words(text) <= SIGNOFF_MAX_WORDS):
        reading.kinds[last] = ("boilerplate", None)


def _label_footer_boxes(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """Short unfinished lines in the page's footer, under its furniture, are promotion boxes
    ("Subscribe" / "Axios Tech" / "Catch up on the biggest tech stories"): the footer is the
    run of lines at the end that are furniture, links or such short lines; a short line above
    the first furniture of the run (a list ending the story) stays story text."""
    run: list[int] = []
    for i in range(len(lines) - 1, body_from - 1, -1):
        kind = reading.kinds.get(i, ("body", None))[0]
        short = (kind == "body" and _words(lines[i].text) <= FOOTER_BOX_MAX_WORDS
                 and not R.SENTENCE_END.search(lines[i].text))
        if kind == "body" and not short:
            break
        run.append(i)
    furniture_above = False
    for i in reversed(run):  # top of the run first
        kind = reading.kinds.get(i, ("body", None))[0]
        if kind in _FOOTER_KINDS:
            furniture_above = True
        elif kind == "body" and furniture_above:
            reading.kinds[i] = ("boilerplate", None)


def _is_author_note(text: str, byline: list[str]) -> bool:
    """A note about the writer under the story ("Thomas Coughlan is political editor for the
    New Zealand Herald …"): a byline name, "is", and a job within a few words; perhaps after
    a dash ("— Jamie Goldberg covers wildfires … for The Oregonian/OregonLive.")."""
    text = R.LEADING_DASH.sub("", text)
    for name in byline:
        if text.startswith(f"{name} ") and _AUTHOR_BEAT.match(text[len(name) + 1:]):
            return True
        if text.startswith(f"{name} is "):
            words = R.WORD.findall(text[len(name) + 4:])[:AUTHOR_NOTE_ROLE_WORDS]
            if any(w.lower() in R.ROLE_NOUNS for w in words):
                return True
        # round 25: "Joel Burgess has lived in Western North Carolina … and covers government.
        # Email him at jburgess@citizentimes.com." (a note ending with the writer's address)
        if text.startswith(f"{name} ") and _AUTHOR_CONTACT.search(text):
            return True
    return False


# Round 29: what a guest writer is, in the note under a commentary or a republished piece:
# "Priya Raman is an associate professor of education policy at …", "Miriam Adeyemi, a former
# chief economist at the African Development Bank, is a professor of international economics
# at …" (the job within a few words of "is", an apposition allowed before it).
_CONTRIBUTOR_ROLES = frozenset(
    "professor professors lecturer fellow researcher economist scientist director dean chair"
    " president minister author founder ambassador adviser advisor governor scholar historian"
    " physician lawyer partner student candidate secretary commissioner"
    # round 30: a fact-check desk's writer, "Leah Morales is a fact-checker at Snopes."
    " checker checkers".split())
_CONTRIBUTOR_APPOSITION = re.compile(r"^,\s+(?:an?|the)\s[^.;]{3,150}?,\s+(?=is\s)")
CONTRIBUTOR_ROLE_WORDS = 8


def _is_contributor_bio(text: str, writers: list[str]) -> bool:
    """A note on what a guest writer (a byline's name) is, under their piece."""
    for name in writers:
        if not text.startswith(name):
            continue
        rest = text[len(name):]
        rest = rest[m.end():] if (m := _CONTRIBUTOR_APPOSITION.match(rest)) else rest.lstrip()
        if not re.match(r"is\s+(?:an?|the)\s", rest):
            continue
        words = R.WORD.findall(rest)[1:CONTRIBUTOR_ROLE_WORDS + 1]
        if any(w.lower() in _CONTRIBUTOR_ROLES for w in words):
            return True
    return False


# The writer's address closing a note about them: "Email him at name@paper.com.", "Reach her
# at …", "Contact them at …".
_AUTHOR_CONTACT = re.compile(
    r"\b(?:e-?mail|reach|contact|write to)\s+(?:him|her|them)\s+(?:at|on)\s+\S+@\S+\.\w+\.?$",
    re.IGNORECASE)


def _is_author_card(lines: list[_Line], i: int, writers: list[str]) -> bool:
    """An author card under the story: the writer's name alone over their role or note
    ("Michael Parris" / "Journalist" / "Michael Parris has covered …"), and that role line."""
    from according.article.byline import _is_role

    text = lines[i].text
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if text in writers:
        return _is_role(nxt) or _is_author_note(nxt, writers)
    return i > 0 and lines[i - 1].text in writers and _is_role(text)


def _is_newsletter_name(text: str, after: list[_Line]) -> bool:
    """A newsletter's name over its prompt ("Nation Newsplex" over "Get the latest news
    delivered to your inbox"): a few words, no sentence, on the line before. (Called only
    among furniture: a story's subheading over a prompt has a paragraph before it.)"""
    return (bool(after) and _words(text) <= R.NEWSLETTER_NAME_MAX_WORDS
            and not R.SENTENCE_END.search(text) and bool(R.NEWSLETTER.match(after[0].text))
            and _is_furniture(after[0].text))


# A promotion box's name or slogan in a page's footer is at most this long; the kinds of line
# a footer is made of.
FOOTER_BOX_MAX_WORDS = 8
_FOOTER_KINDS = frozenset({"boilerplate", "related"})
# What the items of each list are: a summary box's bullet points repeat the story.
_LIST_ITEM_KINDS = {"related": "related", "boilerplate": "boilerplate", "summary": "boilerplate"}
_LIST_ITEM_KINDS["points"] = "boilerplate"  # unmarked points under "Key Events", "In Short"
POINT_MAX_WORDS = 16  # a live page's event title or a summary box's point is this short


def _keeps_list(kind: str, in_list: str) -> bool:
    """A line of this kind goes on with the list: one of its items, or in a box of related
    stories a teaser's stamp on its own line ("Read also" / "13:40 22.03.2024" / "Zelensky:
    …", Interfax-Ukraine)."""
    return kind == _LIST_ITEM_KINDS[in_list] or in_list == "related" and kind in (
        "date", "boilerplate")  # a teaser's type label: "Related content" / "Press release"


def _list_under(text: str) -> str | None:
    """The kind of list a heading line heads, if it heads one."""
    if R.TOPIC_HEADING.match(text):
        return "boilerplate"
    if R.SUMMARY_HEADING.match(text):
        return "summary"
    if R.RELATED_HEADING.match(text):
        return "related"
    if R.POINTS_HEADING.match(text):
        return "points"
    return None


def _is_list_item(text: str, kind: str) -> bool:
    """A short line that can be an item of a list of links or topics (not a story sentence)."""
    words = _words(text)
    if kind == "points":
        return _is_unmarked_point(text)
    if kind == "summary":  # only marked points: a paragraph after the box is the story
        return bool(R.LIST_MARKER.match(text)) and words <= R.RELATED_ITEM_MAX_WORDS
    if kind == "boilerplate":
        contact = bool(R.CONTACT_ITEM.search(text)) and words <= R.RELATED_ITEM_MAX_WORDS
        return contact or words <= R.TOPIC_ITEM_MAX_WORDS and not R.SENTENCE_END.search(text)
    # a link's headline has no full stop: a sentence after the list is the story again
    if words > R.RELATED_ITEM_MAX_WORDS or _is_speech(text) or re.search(r"[^.]\.$", text):
        return False
    return not (_is_prose(text) and not text.endswith("?"))


def _opens_timeline(after: list[_Line]) -> bool:
    """The line after a "Key events" heading amid the story opens with a time ("10:32 Council
    confirms …"): a timeline the story tells, not the box of its posts' titles over it."""
    return bool(after) and bool(R.TIMELINE_ENTRY.match(after[0].text))


def _is_unmarked_point(text: str) -> bool:
    """A point of a box that marks none ("Key Events" / "UN says order is 'impossible' to carry
    out"; "In Short" / "Mobile internet suspended till September 10"): a short line with no
    full stop, not opening with a quotation mark; the story's first sentence ends the box."""
    return (_words(text) <= POINT_MAX_WORDS and not R.SENTENCE_END.search(text)
            and text[0] not in "“\"‘'")


SUMMARY_POINTS_MAX = 5  # unmarked points of a summary box over the dateline lede


def _summary_over_dateline(lines: list[_Line], i: int) -> bool:
    """An unmarked point of a summary box ("KEY TAKEAWAYS" / "An avalanche blocked …" / "No
    one was hurt …" over "SALT LAKE CITY — …"): short sentences, then a paragraph opening with
    a dateline, which is where the story starts."""
    for j in range(i, min(len(lines), i + SUMMARY_POINTS_MAX + 1)):
        if j > i and dateline_of(lines[j].text) is not None:
            return True
        if _words(lines[j].text) > R.RELATED_ITEM_MAX_WORDS or _is_speech(lines[j].text):
            return False
    return False


def _body_line_kind(text: str, reading: _Reading) -> Kind | None:
    """The kind of a line among the story's paragraphs, or None for a body paragraph.

    Reported speech, and a sentence ending in who said it, are story text whatever they
    begin with ("Sign up to the scheme was voluntary, the union said.").
    """
    if R.FEED_POST_FOOTER.match(text):
        return ("boilerplate", None)
    if (_is_speech(text) or R.ATTRIBUTION_TAIL.search(text)) and not _labelled_credit_tail(text):
        return None
    words = _words(text)
    if (first_ran := republished_from(text)) is not None:
        reading.republished_from.append(first_ran)
        return (republishing_note_kind(text), None)
    if words <= CREDIT_MAX_WORDS:
        credited = _credited(text)
        if credited is not None:
            reading.credits.extend(credited)
            return ("boilerplate", None) if R.COPYRIGHT.match(text) else ("credit", None)
    if R.DATE_LINE.match(text) or R.TIME_ONLY_LINE.match(text) or R.LIVE_POST_STAMP.match(text):
        return ("date", None)
    if wires := source_wires(text):
        reading.credits.extend(wires)
        return ("boilerplate", None)
    if _is_furniture(text) or R.WIRE_SIGNOFF.match(text) or R.TOPIC_HEADING.match(text):
        return ("boilerplate", None)
    if (R.RELATED_HEADING.match(text) or R.RELATED_LINE.match(text)) and words <= 30:
        return ("related", None)
    caption = _caption(text)
    if caption:
        return caption
    return None


def _labelled_credit_tail(text: str) -> bool:
    """A line closing with a picture label and a name ("… was now "a year-round reality".
    File picture: Larry Cummins"): a caption that quotes, not a story paragraph."""
    labelled = R.CAPTION_LABELLED_TAIL.search(text)
    return (labelled is not None and _words(text) <= CAPTION_MAX_WORDS
            and _is_titled_name(labelled.group("credit").strip()))


def _caption(text: str) -> Kind | None:
    """A picture's caption or credit line, with the credit it names."""
    if R.BYLINE_VERB_LEAD.match(text):
        return None  # "Author: Jordan Reyes (WFAA)": a labelled byline, whatever it closes with
    if boxed := _BRACKETED_PICTURE_CREDIT.match(text):  # round 29: "[Photo: Name/Unsplash]"
        return ("caption", _credit_name(boxed.group("credit")))
    source = R.IMAGE_SOURCE.match(text) or R.CAPTION_CREDIT_FIRST.match(text)
    if source:
        return ("caption", _credit_name(source.group("credit")))
    if R.IMAGE_CAPTION.match(text) or R.CAPTION_LEAD.match(text) or R.FIGURE_TITLE.match(text):
        return ("caption", None)
    if _words(text) <= CAPTION_MAX_WORDS:
        if R.CAPTION_LABELS_ONLY.search(text) or R.CAPTION_FILE_BRACKET.search(text):
            return ("caption", None)
        released = R.CAPTION_RELEASED_BY.match(text)
        if released:
            return ("caption", released.group("credit"))
        credit = _tidy_credit(_caption_credit(text))
        if credit:
            return ("caption", credit)
    if _is_portrait_caption(text):
        return ("caption", None)
    return None


# A caption that is only its credit in square brackets, label and all: "[Photo: Mikhail
# Voronin/Unsplash]" (Fast Company), "[Image: Getty Images]".
_BRACKETED_PICTURE_CREDIT = re.compile(
    r"^\[(?:photos?|images?|pictures?|photograph|illustration)\s*:\s*(?P<credit>[^\[\]]{2,80})\]$",
    re.IGNORECASE)


def _tidy_credit(credit: str | None) -> str | None:
    """A caption credit without its leftovers: a slash before the name ("/ KPLC" of "PHOTO/
    KPLC") and a picture desk's reference number after it ("Sarah Standing (140525-1)")."""
    if not credit:
        return credit
    tidy = R.CREDIT_PICTURE_NUMBER.sub("", R.CREDIT_LEFTOVER_MARK.sub("", credit)).strip()
    return tidy or credit


def _is_portrait_caption(text: str) -> bool:
    """A title and a name, nothing else ("Lagos State Commissioner for the Environment,
    Tokunbo Wahab"): the title holds a job word, so a title-cased subheading with a comma
    ("The Controller Is Only Necessary For A TV, But It's Comfortable") is none."""
    match = R.PORTRAIT_CAPTION.match(text)
    if not match or _is_speech(text):
        return False
    title = text[: text.rfind(",")]
    return any(w.lower() in R.TITLE_WORDS for w in R.WORD.findall(title))


def _credited(text: str) -> list[str] | None:
    """The people or organisations a credit line names ("Reporting by A and B; Editing by C"
    -> [A, B]), or None when the line is no credit line."""
    if R.REPORTED_FROM.match(text):
        return []
    for pattern in R.CREDIT_LINES:
        match = pattern.match(text)
        if not match:
            continue
        segments = [m.group("who") for m in R.CREDIT_SEGMENT.finditer(text)]
        names = [n for who in (segments or [match.group("who")]) for n in _credit_names(who)]
        return list(dict.fromkeys(names))
    return None


def republished_from(text: str) -> str | None:
    """The publisher a republishing note names as where the story first ran ("This article
    first appeared on KFF Health News and is republished here under a Creative Commons
    license." -> KFF Health News), as the outlet table names it; None for any other line."""
    match = REPUBLISHED_FROM.match(text)
    # the note speaks of this page's story; "The story was first published by The Sun on
    # Monday, and …" tells of another one and is the story's (review 1127k)
    if not match or not _THIS_STORY.match(text):
        return None
    who = match.group("who")
    known = outlet_named(who)
    return known.name if known else who


def republishing_note_kind(text: str) -> str:
    """A republishing note's kind: a licence's terms ("… is republished from The Conversation
    under a Creative Commons license.") are boilerplate, a bare note of where the story
    first ran ("This article originally appeared on The Conversation.") a credit line."""
    return "boilerplate" if _LICENCE_TERMS.search(text) else "credit"


_THIS_STORY = re.compile(r"this\b", re.IGNORECASE)
_LICENCE_TERMS = re.compile(r"\brepublish|\blicen[cs]e|\bcontent-sharing\b", re.IGNORECASE)


def source_wires(text: str) -> list[str]:
    """The wires a sources line names, as credits ("Source: SBS News, AAP" -> [Australian
    Associated Press]); the outlet itself and unnamed "agencies" are none. Empty for any
    other line."""
    match = R.SOURCE_LINE.match(text)
    return wires_named(match.group("who")) if match else []


def wires_named(names: str) -> list[str]:
    """The wires among a list of names ("SBS News, AAP", "AFP and Reuters"), as credited."""
    out: list[str] = []
    for piece in R.NAME_SPLIT.split(names):
        wire = R.WIRES.get(piece.strip().upper())
        known = outlet_named(wire) if wire else None
        if wire:
            out.append(known.name if known else wire)
    return out


def _is_lower_case_brand(name: str) -> bool:
    """A name whose brand is written in lower case, short or with a capital inside, and a
    capitalised word straight after it ("bne IntelliNews", "eNCA News"), not a phrase
    describing a holder ("a Corus company") nor a role left before a name ("writer Summer
    Lin")."""
    words = name.split()
    if len(words) < 2 or not words[0].isalpha() or words[0] in LOWER_CASE_OPENERS:
        return False
    brand_shaped = len(words[0]) <= LOWER_CASE_BRAND_MAX or not words[0][1:].islower()
    return brand_shaped and words[1][:1].isupper()


def _credit_names(who: str) -> list[str]:
    out = []
    for piece in R.NAME_SPLIT.split(R.CREDIT_PLACE_WITH_REGION.sub("", who)):
        name = R.CREDIT_PLACE.sub("", R.CREDIT_ROLE_PREFIX.sub("", piece.strip()))
        name = _clean_name(name)
        if R.RIGHTS_PHRASE.match(name):  # a footer without a holder reserves, naming no one
            continue
        # "a division of Corus Entertainment Inc" describes the holder; it names no one
        described = name[:1].islower() and not _is_lower_case_brand(name)
        # an outlet the table knows counts however it is written ("© 24.kg news agency, 2025")
        named = any(c.isupper() for c in name) or (
            name[:1].isdigit() and outlet_named(name) is not None)
        if name and named and not R.COMPANY_SUFFIX.match(name) and not described:
            # a wire by its initials ("© 2023 PNA") is credited by its name, as a dateline's is
            wire = R.WIRES.get(name.upper())
            known = outlet_named(wire or name)
            out.append(known.name if known else wire or name)
    return out


def _house_tail_credit(text: str) -> str | None:
    """A credit closing the caption's sentence in one house's form: a labelled site ("…
    Image: Leah Farrell/RollingNews.ie"), an agency's photo and desk code ("… ANTARA
    PHOTO/Khalis Surry/rwa."), a spaced hyphen and a slashed credit ("… - NSTP/ASYRAF HAMZAH"),
    "Photo" and a name with no colon ("… Photo Ben Birchall PA Images")."""
    for pattern in (R.CAPTION_LABELLED_SITE_TAIL, R.CAPTION_AGENCY_PHOTO_SLASH,
                    R.CAPTION_HYPHEN_SLASH, R.CAPTION_PHOTO_NO_COLON):
        match = pattern.search(text)
        if match and _words(text[: match.start()]) >= 3:
            return match.group("credit").strip()
    return None


# Round 29: a photographer and a paper the table knows, in round brackets after the caption's
# sentence: "(Owen Ruiz, The Colorado Sun)", "(Lena Ortiz for ProPublica)".
_PHOTOGRAPHER_OF_PAPER = re.compile(
    r"[.!?]\s*\((?P<credit>(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?:, | for )"
    r"(?P<paper>[^(),]{2,60}))\)$")


def _photographer_of_known_paper(text: str) -> str | None:
    """The credit of a caption closing with a photographer's name and a paper the outlet
    table knows (the first-name list need not know the photographer), else None."""
    match = _PHOTOGRAPHER_OF_PAPER.search(text)
    if (not match or _words(text[: match.start()]) < 3 or R.SPEECH_VERB.search(text)
            or outlet_named(match.group("paper")) is None):
        return None
    return match.group("credit")


def _caption_credit(text: str) -> str | None:
    if (owned := _photographer_of_known_paper(text)) is not None:
        return owned
    labelled = R.CAPTION_LABELLED_TAIL.search(text)
    # a caption may quote ("… was now "a year-round reality". File picture: Larry Cummins"):
    # a labelled name closing it is still its credit
    if labelled and (not R.QUOTE_MARK.search(text[: labelled.start()])
                     or _is_titled_name(labelled.group("credit").strip())):
        return _credit_name(labelled.group("credit"))
    worded = R.CAPTION_SOURCE_WORD.search(text)
    if worded and _words(text[: worded.start()]) >= 3:
        return worded.group("credit")
    sourced = R.CAPTION_SOURCE_TAIL.search(text)
    if sourced and _words(text[: sourced.start()]) >= 3:
        return sourced.group("credit")
    bracketed = R.CAPTION_SOURCE_BRACKET.search(text)
    if (bracketed and _words(text[: bracketed.start()]) >= 3 and not R.SPEECH_VERB.search(text)
            and _picture_sized(text[: bracketed.start() + 1])):
        return bracketed.group("credit")  # "… in a Wellington street. (Source: 1News)"
    filed = R.CAPTION_FILE_LABEL_TAIL.search(text)
    if filed and _words(text[: filed.start()]) >= 3:
        return filed.group("credit")
    dashed = R.CAPTION_DASH_CREDIT.search(text)
    if dashed and _words(text[: dashed.start()]) >= 3:
        return dashed.group("credit").strip()
    tail = _house_tail_credit(text)
    if tail:
        return tail
    named = CAPTION_NAME_BRACKET_AGENCY.search(text)
    person = named and named.group("credit").split(" (")[0]
    if (named and person.lower() not in R.PLACES and outlet_named(person) is None
            and _words(text[: named.start()]) >= 3):
        return named.group("credit")  # "… on November 26. Mario Jasso (Cuartoscuro)"
    labelled = R.CAPTION_LABEL_BRACKET_STOP.search(text)
    if labelled and _words(text[: labelled.start()]) >= 3:
        return _credit_name(labelled.group("credit"))  # "… oil revenues (Photo: CBL)."
    labelled = R.CAPTION_LABELLED_BRACKET.search(text)
    if labelled and _words(text[: labelled.start()]) >= 1:
        return _credit_name(labelled.group("credit"))  # "Name (Photographer: Name/Agency)"
    match = R.CAPTION_BRACKET.search(text)
    if match and R.PICTURE_BY_CREDIT.match(match.group("credit").strip()) and _words(
            text[: match.start()]) >= 3:
        return _credit_name(match.group("credit"))  # "… (PNA photo by Connie Calipay)"
    picture_worded = match and R.PICTURE_WORD_CREDIT.match(match.group("credit").strip())
    if picture_worded and _words(text[: match.start()]) >= 3:
        # "… the travel blacklist. (Bernama pic)": "Bernama", as "(GDF photo)" credits "GDF"
        return _credit_name(match.group("credit"))
    if R.SPEECH_VERB.search(text) and not (match and _is_unfinished_credited(text, match)):
        return None
    if match and _words(text[: match.start()]) >= 3:
        credit = match.group("credit").strip().rstrip(".")
        finished = text[: match.start()].rstrip().endswith((".", "!", "?"))
        # square brackets hold a source note ("[CNN]", "[HuffPost, NBC/WSJ]", "[IBD/TIPP]")
        # unless they credit a picture ("[File: Reuters]", "[Jane Roe/AFP]")
        square = text[match.start()] == "["
        pictured = (" via " in credit or bool(R.CREDIT_LABEL.match(credit))
                    or bool(R.PERSON_SLASH.match(credit)))
        # "[Wilberforce Okwiri, Standard]": a photographer and the paper, in square brackets
        pictured = pictured or square and bool(R.SQUARE_NAME_PAPER.match(credit))
        # "[Getty/file photo]": a picture agency and a picture word in square brackets
        pictured = pictured or square and "/" in credit and bool(R.AGENCY_WORDS.search(credit))
        # "(Rick Egan | The Salt Lake Tribune)": the photographer and the paper between a bar
        named_paper = not square and finished and (
            _is_name_and_paper(credit) or _is_name_and_paper(R.CREDIT_BAR.sub(", ", credit, 1)))
        # round 31: a company's legal form after a comma ("(PRNewsfoto/Hearthline Appliances,
        # Inc.)") lists no second name
        listed = "," in R.COMPANY_NAME_TAIL.sub("", credit)
        if listed and not (square and pictured or named_paper) or square and not pictured:
            credit = ""
        agency = bool(R.AGENCY_WORDS.search(credit)) or "/" in credit or " via " in credit
        shouted = credit.isupper() and len(credit) >= 2
        # "… the talks ended. (AP)" closes a story paragraph with its wire: no caption; a
        # station's call sign ("… in Cedar Rapids. (KCRG)") credits its picture
        # (a picture's sentence is one short one: a story paragraph in the present, "Swimmers
        # gather … every Tuesday to protest the closure, which the council approved …", is
        # longer or reports more)
        pictured_sentence = (_is_picture_sentence(text) or _is_named_scene(
            text[: match.start()])) and _picture_sized(text[:match.start()])
        wire_tail = finished and credit.upper() in R.WIRES and not pictured_sentence
        agency = agency or bool(R.CALL_SIGN.match(credit)) or square and pictured or named_paper
        if (credit and not R.NOT_A_CREDIT.match(credit) and (agency or shouted) and not wire_tail
                and (agency or not finished)):
            return _with_legal_stop(_credit_name(credit), match.group("credit"))
        # "… on Tuesday. (Alberta Wildfire)": a named source of the picture after its sentence;
        # "… on Tuesday morning (Jeremy Selwyn)": a photographer after an unfinished one
        unfinished = not R.SENTENCE_END.search(text[: match.start()].rstrip())
        photographer = unfinished and credit.split(" ")[0] in R.FIRST_NAMES
        if credit and _is_titled_name(credit) and not R.NOT_A_CREDIT.match(credit) and (
                finished or photographer):
            return _credit_name(credit)
    for pattern in (R.CAPTION_SUBJECT_SLASH_CREDIT,
                    R.CAPTION_AGENCY_TAIL, R.CAPTION_OWNED_PHOTO, R.CAPTION_PHOTOGRAPH,
                    R.CAPTION_NAME_AGENCY, R.CAPTION_SLASH_CREDIT, R.CAPTION_LABEL_TAIL,
                    R.CAPTION_CAPS_TAIL, R.CAPTION_BAR_TAIL, R.CAPTION_DASH_SOURCE_PHOTO,
                    R.CAPTION_GLUED_SLASH, R.CAPTION_DASH_FILE, R.CAPTION_STOCK_TAIL,
                    CAPTION_INITIALS_PHOTO):
        match = pattern.search(text)
        # a breadcrumb's sections ("News / Europe / Russia/Ukraine") are no subject
        if (match and pattern is R.CAPTION_SUBJECT_SLASH_CREDIT
                and " / " in text[: match.start()]):
            continue
        if match and match.start() > 0:
            credit = next(v for v in match.groupdict().values() if v)
            return _credit_name(credit)
    if (hyphened := _hyphen_credit(text)) is not None:
        return hyphened
    dash_wire = R.CAPTION_DASH_AGENCY_TAIL.search(text)
    if dash_wire and _is_picture_sentence(text) and _picture_sized(
            text[: dash_wire.start() + 1]):
        return dash_wire.group("credit")  # "Villagers wade … on Sunday (Dec 1). — Bernama"
    dated_dash = R.CAPTION_DATED_DASH.match(text)
    # a wire after the dash signs a story paragraph off, dated or not ("… on November 10,
    # 2025. — Reuters")
    if dated_dash and dated_dash.group("credit").upper() not in R.WIRES and not _is_wire(
            dated_dash.group("credit")):
        return _credit_name(dated_dash.group("credit"))
    dated = R.CAPTION_DATED_CREDIT.search(text)
    if dated and dated.start() > 0:
        credit = dated.group("credit")
        if "/" in credit or R.AGENCY_WORDS.search(credit) or outlet_named(credit):
            return _credit_name(credit)
    bars = R.CAPTION_BAR_CREDIT.search(text)
    if bars and R.AGENCY_WORDS.search(bars.group("credit")):
        return _credit_name(bars.group("credit"))
    paper = R.CAPTION_NAME_PAPER_TAIL.search(text)
    if paper and _is_name_and_paper(paper.group("credit")):
        return paper.group("credit")  # "… in Wayne. Ryan Garza, Detroit Free Press"
    shouted = R.CAPTION_CAPS_NAME_PAPER_TAIL.search(text)
    if shouted and _is_shouted_name_and_paper(shouted.group("credit")):
        return shouted.group("credit")  # "… near Duncan. DARREN STONE, TIMES COLONIST"
    glued = R.CAPTION_GLUED_NAME.search(text)
    if (glued and not R.QUOTE_MARK.search(text) and _words(text[: glued.start()]) >= 5
            and _is_glued_name(text[: glued.start()], glued.group("credit"))):
        return glued.group("credit")  # "… in Dhaka on 16 July.Sajid Hossain"
    return _outlet_after_sentence(text)


# the titles printed with a stop before a name, glued to it by some papers ("Mr.Ahmed Khan")
_NAME_TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "mx", "messrs", "engr", "adv"})
# a subheading's opening word ("What Happens Next", "How It Works"): no name opens so
_SUBHEADING_OPENERS = frozenset({"what", "how", "why", "when", "where", "who", "which", "the"})


def _is_glued_name(before: str, credit: str) -> bool:
    """A photographer's name glued to the caption's stop, not the name's own title glued to it
    ("… chaired by Mr.Ahmed Khan"), nor a copy's link or subheading glued to a paragraph
    ("….Read More", "….Related Articles", "….What Happens Next")."""
    titled = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if titled in _NAME_TITLE_ABBREVIATIONS or titled in R.TITLE_WORDS:
        return False
    box_line = _body_line_kind(credit, _Reading())
    return box_line is None and credit.split(" ")[0].lower() not in _SUBHEADING_OPENERS


HYPHEN_CAPTION_MAX_WORDS = 20


def _hyphen_credit(text: str) -> str | None:
    """The photographer after a spaced hyphen closing a caption's one short sentence ("The CAT
    ferry docked in Yarmouth in August. - Tina Comeau"): a sentence of a caption's length that
    is no one's say in the first person or quoted, nor an opinion's "should" or "must" (a
    reader's comment signed "… was always open. - Margaret Hill" or "The pool should stay
    open … - Margaret Hughes" is no caption: a caption says what the picture shows)."""
    match = R.CAPTION_HYPHEN_NAME.search(text)
    if not match:
        return None
    sentence = text[: match.start()]
    credit = match.group("credit")
    # an opinion's "must" or "should" is undated; a caption of what people must do dates its
    # moment ("Drivers must queue for fuel … in Harare on Tuesday. - Tina Comeau")
    opinion = re.search(r"\b(?:should|must|ought|shouldn't|mustn't)\b", sentence,
                        re.IGNORECASE) and not re.search(r"\bon (?-i:[A-Z][a-z]+day)\b", sentence)
    # (a hyphen signs a story's lines off too: twenty words at most, as the one sentence of
    # a caption under a picture)
    if (not _picture_sized(sentence) or len(sentence.split()) > HYPHEN_CAPTION_MAX_WORDS
            or R.QUOTE_MARK.search(sentence)
            or re.search(r"\b(?:I|we|my|our|us|you|your)\b", sentence, re.IGNORECASE)
            or opinion):
        return None
    return credit


def _outlet_after_sentence(text: str) -> str | None:
    """An outlet the table knows, named alone after the caption's sentence ("… on May 28,
    2025. Global News", "… in Tokyo. (Kyodo)"): the picture's source; not a wire's code in
    brackets, and no wire signing a story paragraph off ("… the talks ended. (AP)", "… next
    week. — Reuters")."""
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    tail = text[cut + 2:].strip() if cut > 0 else ""
    name = tail.strip("()[] ")
    if not name or not name[0].isupper() or _words(name) > 5 or name.upper() in R.WIRES or (
            not _is_titled_name(name) and _words(name) != 1):
        return None
    known = outlet_named(name)
    wire = known is not None and known.name in R.WIRES.values()
    return name if known and not known.plain_word and not (wire and name == tail) else None


def _is_wire(name: str) -> bool:
    """A wire service the outlet table knows by this name ("Reuters", "Associated Press")."""
    known = outlet_named(name)
    return known is not None and any(
        (w := outlet_named(v)) is not None and w.name == known.name for v in R.WIRES.values())


def _is_unfinished_credited(text: str, bracket: re.Match[str]) -> bool:
    """A line that stops without a full stop before an agency's credit in brackets ("Wes
    Streeting said the clinics would open (PA Wire)"): a caption even with a speech verb,
    since a story paragraph ends with its sentence."""
    before = text[: bracket.start()].rstrip()
    credit = bracket.group("credit")
    quoted = bool(R.QUOTE_MARK.search(before))  # reported speech closing with its wire
    return (bool(before) and before[-1].isalnum() and _words(before) >= 3 and not quoted
            and credit.strip().upper() not in R.WIRES
            and (bool(R.AGENCY_WORDS.search(credit)) or "/" in credit))


def _is_titled_name(credit: str) -> bool:
    """Two to five capitalised words without digits ("Alberta Wildfire", "Nasa Earth
    Observatory"): the name of who gave a picture, not a note ("(laughter)")."""
    words = credit.split()
    return (2 <= len(words) <= 5 and not any(c.isdigit() for c in credit)
            and all(w[0].isupper() for w in words))


CREDIT_LABELS_MAX = 3


def _credit_name(credit: str) -> str:
    name = credit.strip()
    for _ in range(CREDIT_LABELS_MAX):  # labels in a row: "PHOTO | FILE | NMG" -> "NMG"
        name = R.CREDIT_LABEL.sub("", name).strip(" .")
    name = R.CREDIT_TAIL_LABEL.sub("", R.CREDIT_LEAD_WORDS.sub("", name)).strip(" .")
    source = R.CREDIT_PHOTO_TAIL.sub("", name)
    name = source if source != name and source[:1].isupper() else name
    return name or credit.strip()


def _is_name_and_paper(credit: str) -> bool:
    """A photographer and the paper in round brackets: "(Scott G Winterton, Deseret News)"."""
    person, _, paper = credit.partition(", ")
    words = person.split()
    return (2 <= len(words) <= 4 and words[0] in R.FIRST_NAMES
            and all(w[0].isupper() for w in words) and "," not in paper
            and bool(outlet_named(paper) or R.OUTLET_SHAPE.match(paper)))


def _is_shouted_name_and_paper(credit: str) -> bool:
    """A photographer and the paper in capitals ("DARREN STONE, TIMES COLONIST"): a first
    name the list knows, and a paper's name the table knows or that holds a paper word."""
    person, _, paper = credit.title().partition(", ")
    words = person.split()
    return (2 <= len(words) <= 3 and words[0] in R.FIRST_NAMES and bool(
        outlet_named(paper) or R.OUTLET_SHAPE.match(paper) or R.PAPER_WORD.search(paper)))


def _note_wire_tail(text: str, found: Kind | None, reading: _Reading) -> None:
    """A story paragraph closing with a wire's initials ("… he said. (NAN)") credits it."""
    if found is not None:
        return
    match = R.WIRE_TAIL.search(text)
    wire = R.WIRES.get(match.group("wire").upper()) if match else None
    if wire:
        known = outlet_named(wire)
        name = known.name if known else wire
        reading.credits.append(name)
        reading.wire = reading.wire or name


DATELINE_DAY_RANK = 2  # a dateline's day ranks as a repost's stamp: any labelled stamp wins


DATELINE_SCAN_LINES = 8  # labelled lines over the first story paragraph, at most


def _read_dateline_prefix(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """ "NEW YORK, Nov. 19 (UPI) — …" opening the first story paragraph (round 37: under a
    header's furniture, "Summary" / "Companies" / the summary's points, as far as the first
    unlabelled line)."""
    for i in range(body_from, min(len(lines), body_from + DATELINE_SCAN_LINES)):
        if i in reading.kinds:
            continue
        cut = dateline_of(lines[i].text)
        if cut is not None and is_speaker_label(lines, i, cut[0]):
            return  # "ANCHOR: …": a transcript's speaker turn, no dateline (stranger trial 2)
        if cut is not None:
            end, place, wire = cut
            reading.dateline_cut = (i, end)
            reading.dateline = reading.dateline or place
            # "Geneva/Tripoli, 19 September 2023 – …": a release's day, when nothing else dates it
            day = R.STAMP_DAY.search(lines[i].text[:end])
            if day and not reading.stamps and re.search(r"\d{4}", day.group()):
                reading.stamps.append(_Stamp(day.group(), DATELINE_DAY_RANK))
            # "VELMORA, Nov 22 (Reuters) - …": a day without its year, kept for
            # article/pubtime.py to date the story only where the copy gives the year
            elif day is None:
                reading.dateline_day = dateline_month_day(lines[i].text[:end])
            if wire:
                known = outlet_named(wire)
                reading.wire = reading.wire or (known.name if known else wire)
                # "Kyiv (ICRC) – …": an organisation sending its own release (one the outlet
                # table knows by labels only) is its publisher, not a wire to credit
                sender = known is not None and not known.forms and wire.upper() not in R.WIRES
                if not sender:
                    reading.credits.append(reading.wire)
        return


def dateline_of(text: str) -> tuple[int, str | None, str | None] | None:
    """Where a paragraph's opening dateline ends, its place and its wire, or None when the
    paragraph does not open with one."""
    # round 31: a release wire's own form first ("Vancouver, British Columbia--(Newsfile Corp.
    # - …) -" would read as a place and a dash alone)
    found = (release_wire_dateline_of(text) or bracketed_place_dateline_of(text)
             or _prefix_dateline_of(text)
             or dated_dateline_of(text) or _outlet_bracket_dateline_of(text)
             or _day_wire_dateline_of(text))
    if found is not None and _is_editors_note(found[1]):
        return None  # "UPDATE, March 21: …", "CORRECTION, March 21 – …" (review 1127h)
    if found is not None and found[1] is None and found[2]:
        # round 33: "(ANSA) - VENICE, MAR 4 - …": the wire first, then its place and day
        after = R.WIRE_FIRST_PLACE_DATE.match(text[found[0]:])
        if after and any(c.islower() for c in text[found[0] + after.end():][:40]):
            return found[0] + after.end(), _clean_place(after.group("place")), found[2]
    site = R.SITE_NAME_BEFORE_PLACE.match(text) if found is None else None
    if site is None:
        return found
    # "KOMPAS.com, Surabaya -", "REPUBLIKA.CO.ID, JAKARTA --" (review 1127g): the site's own
    # domain cut first, the place after it is read as any dateline's
    rest = text[site.end():]
    after = _prefix_dateline_of(rest) or dated_dateline_of(rest)
    if after:
        return site.end() + after[0], after[1], after[2]
    # the domain says a dateline follows: a place the gazetteer lacks ("Surabaya") is one
    dashed = R.PLACE_DASH_AFTER_SITE.match(rest)
    return (site.end() + dashed.end(), dashed.group("place"), None) if dashed else None


def _day_wire_dateline_of(text: str) -> tuple[int, str | None, str | None] | None:
    """Round 37: a wire's dateline with its day and no place ("Nov 25 (Reuters) - HP Inc
    forecast …", as Reuters opens a story filed from no one city): no place, the wire."""
    match = R.DAY_WIRE_DATELINE.match(text)
    if not match or match.group("wire").upper() not in R.WIRES:
        return None
    if not any(c.islower() for c in text[match.end():][:40]):
        return None
    return match.end(), None, match.group("wire")


def _is_editors_note(place: str | None) -> bool:
    """A dateline's place made of an editor's note's label ("UPDATE", "EDITOR'S NOTE")."""
    words = (place or "").lower().split()
    return bool(words) and all(w in EDITORS_NOTE_WORDS for w in words)


def _prefix_dateline_of(text: str) -> tuple[int, str | None, str | None] | None:
    """dateline_of by the forms of R.DATELINE_PREFIX."""
    match = R.DATELINE_PREFIX.match(text)
    if not match or not any(c.islower() for c in text[match.end():][:40]):
        return None
    groups = match.groupdict()
    place = (groups["place"] or groups["tplace"] or groups["cplace"] or groups["bplace"]
             or groups["wplace"] or groups["splace"] or groups["rplace"])
    if groups["wplace"] and groups["wwire"].upper() not in R.WIRES:
        return None
    release_wire = groups["rwire"] or groups["rwire2"]
    if groups["rplace"] and release_wire.upper() not in R.WIRES:
        return None
    if groups["gplace"]:
        if groups["gwire"] not in R.WIRES:
            return None
        place = groups["gplace"]
    if groups["gplace2"]:
        if groups["gwire2"] not in R.WIRES:
            return None
        place = groups["gplace2"]
    if groups["pplace"]:
        if groups["pplace"].lower() not in R.PLACES:
            return None  # "Meanwhile. The …" is no place
        place = groups["pplace"]
    if groups["dplace"] or groups["colon"]:
        place = groups["dplace"] or groups["colon"]
        first = groups["dplace"] or groups["cfirst"]
        # "Bengaluru, DHNS:": a desk's code after the place says it is a dateline
        if (first.lower() not in R.PLACES and not groups["cdesk"]
                and not (groups["colon"] and _is_caps_place(first))):
            return None
    wire_code = (groups["wire"] or groups["twire"] or groups["dwire"] or groups["wwire"]
                 or groups["gwire"] or groups["gwire2"] or release_wire)
    bracketed = groups["bplace"]
    if bracketed and bracketed.lower() in _COLON_LABELS:
        return None  # "(Update) – …" labels the paragraph
    if bracketed and (bracketed.upper() in R.WIRES or outlet_named(bracketed)):
        place, wire_code = None, bracketed  # "(Reuters) - …": the wire, no place
    wire = R.WIRES.get(wire_code.upper(), wire_code) if wire_code else None
    if groups["cdesk"]:  # a paper's own desk ("DHNS") is no wire; a wire's code ("PTI") is
        wire = R.WIRES.get(groups["cdesk"])
    return match.end(), (_clean_place(_without_site_name(place)) if place else None), wire


def _outlet_bracket_dateline_of(text: str) -> tuple[int, str | None, str | None] | None:
    """A known place and the outlet's own name in brackets ("Aden (Al-Masdar Online) – …"):
    the place, and the outlet as the dateline's credit, as a wire's code in brackets is."""
    match = R.OUTLET_BRACKET_DATELINE.match(text)
    if not match or not any(c.islower() for c in text[match.end():][:40]):
        return None
    place, name = match.group("place"), match.group("name")
    known = outlet_named(name)
    if not known and not R.MEDIA_NAME_END.search(name):
        return None
    return match.end(), _clean_place(place), known.name if known else name


def _without_site_name(place: str) -> str:
    """A dateline's place without the site's own name before it ("TEMPO.CO, Jakarta" ->
    "Jakarta")."""
    return R.SITE_NAME_BEFORE_PLACE.sub("", place) or place


def _clean_place(place: str) -> str:
    """A dateline's place as a name; the stop of a state's abbreviation closing it stays
    ("ARLINGTON, Va.", as "RALEIGH, N.C.")."""
    name = _clean_name(place)
    return name + "." if _STATE_ABBREVIATION_END.search(place.strip()) else name


_STATE_ABBREVIATION_END = re.compile(r", [A-Z][a-z]{1,4}\.$")


def _is_caps_place(word: str) -> bool:
    """An upper-case word before a colon that names a place, not a label ("UPDATE:")."""
    return word.isupper() and len(word) >= 4 and word.lower() not in _COLON_LABELS


_COLON_LABELS = frozenset(
    "update updated watch note breaking exclusive correction clarification analysis opinion"
    " live video photos photo read related warning disclaimer advertisement source sources"
    " credit caption image editor editors comment review interview explainer transcript"
    " listen highlights summary background context why what how when where who"
    " factbox timeline urgent flash newsflash alert developing bulletin advisory"
    # stranger trial 5: a fact-check's labels ("CLAIM: …", "VERDICT: …", "RATING: FALSE")
    " claim claims verdict rating ruling conclusion".split()
)


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


PICTURE_SENTENCE_MAX_WORDS = 30
NAMED_SCENE_MAX_WORDS = 12  # "The Colosseum in Rome at night", a scene's name, not a report


def _is_picture_sentence(text: str) -> bool:
    """Someone doing, in the present, what a picture shows (PICTURE_SENTENCE), and not holding
    or taking in an amount no picture shows ("The state fund holds RM2 billion …", "The
    ministry receives about 2,000 applications …": a story's present, signed off by its wire)."""
    doing = R.PICTURE_SENTENCE.match(text)
    return doing is not None and not R.UNPICTURED_AMOUNT.match(text, doing.end())


def _is_named_scene(sentence: str) -> bool:
    """A caption's sentence naming what the picture shows and where, no verb: capitalised
    words and only joining words in small letters ("Tourists in St Mark's Square.", "The
    Colosseum in Rome.", ANSA's captions before "(ANSA)"); a story's sentence signed off by
    its wire says what happened in words of small letters ("Italy's jobless rate fell …").
    Round 33."""
    words = sentence.strip().rstrip(".").split()
    if not 2 <= len(words) <= NAMED_SCENE_MAX_WORDS or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in R.SCENE_JOINING_WORDS for w in words)


def _picture_sized(sentence: str) -> bool:
    """A caption's sentence: one sentence of at most thirty words, no relative clause
    reporting what was done ("…, which the council approved in a vote last month"; a clause
    of the moment, "…, when temperatures reached 30C", is a caption's)."""
    said = sentence.strip()
    return (len(said.split()) <= PICTURE_SENTENCE_MAX_WORDS
            and not R.SENTENCE_END.search(said.rstrip(".!? ")) and not re.search(
                r",\s+(?:which|who|that)\b", said))


def _with_legal_stop(name: str, printed: str) -> str:
    """A credit's name with the stop of the company's legal form it was printed with
    ("PRNewsfoto/Hearthline Appliances, Inc." keeps "Inc."), which cleaning took."""
    printed = printed.strip()
    legal = R.COMPANY_NAME_TAIL.search(printed)
    stop = printed.endswith(".") and legal is not None and not name.endswith(".")
    return name + "." if stop and printed.startswith(name) else name
