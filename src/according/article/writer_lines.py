"""Writer lines the header reader took for something else: a writer's labelled field under
the story ("Reporter: Name", as ANTARA signs its stories) where the header names no one, and
a byline with its place after a spaced full stop ("Our Correspondent . Cox's Bazar") read as
the standfirst."""

from __future__ import annotations

import re

from according.article.byline import _read_byline
from according.article.lines import _is_prose, _Line, _Reading, _words
from according.article.scraped import SWEEP_LINES, _is_lede, _is_name_line, _is_stamp_line
from according.data import article_rules as R
from according.data.article_regional import FOOT_BRACKET_BYLINE

DOTTED_BYLINE_STAMP_SEARCH = 2  # lines around a dotted byline searched for its stamp
# what joins the writers a field names: "Ann Roe and Jo Bloggs", "Ann Roe, Jo Bloggs"
_NAMES_JOINT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _sweep_foot_writer(lines: list[_Line], reading: _Reading) -> None:
    """The writer's field under the story ("Reporter: Ann Roe") names the writer when no
    byline or outlet's byline was read in the header; its line is the byline."""
    if reading.byline or reading.byline_outlet:
        return
    for i, line in enumerate(lines):
        # (round 35: the writers in brackets under the story, "(By Ann Roe and Jo Bloggs)")
        field = R.FOOT_WRITER_FIELD.match(line.text) or FOOT_BRACKET_BYLINE.match(line.text)
        if not field or _is_prose(line.text) or not all(
                map(_is_name_line, _NAMES_JOINT.split(field.group("name")))):
            continue
        trial = _Reading()
        if _read_byline(f"By {field.group('name')}", trial) and trial.byline:
            reading.byline = trial.byline
            reading.kinds[i] = ("byline", None)
            return


def _sweep_fact_check_writer(lines: list[_Line], reading: _Reading) -> None:
    """A fact-check desk's "Fact check by Ann Roe" under its claim box names the writer when
    no byline was read in the header; its line is the byline."""
    if reading.byline or reading.byline_outlet:
        return
    for i, line in enumerate(lines):
        field = R.FACT_CHECK_WRITER.match(line.text)
        if not field or not _is_name_line(field.group("name")):
            continue
        trial = _Reading()
        if _read_byline(f"By {field.group('name')}", trial) and trial.byline:
            reading.byline = trial.byline
            reading.kinds[i] = ("byline", None)
            return


def _sweep_dotted_byline(lines: list[_Line], reading: _Reading) -> None:
    """A line read as the standfirst that is a byline and its place after a spaced full
    stop, next to the stamp ("Our Correspondent . Cox's Bazar" over "Published: …"): a
    byline (a desk's names no writer), no standfirst."""
    at = next((i for i, k in reading.kinds.items() if k[0] == "standfirst"), None)
    if at is None or not (dotted := R.DOTTED_BYLINE.match(lines[at].text)):
        return
    near = lines[max(0, at - DOTTED_BYLINE_STAMP_SEARCH):at + 1 + DOTTED_BYLINE_STAMP_SEARCH]
    by = dotted.group("by")
    if not any(_is_stamp_line(ln.text) for ln in near) or not (
            R.AGENCY_BYLINE.match(by) or _is_name_line(by)):
        return
    trial = _Reading()
    if not _read_byline(f"By {by}", trial):
        return
    if not reading.byline and not reading.byline_outlet:
        reading.byline = trial.byline
    if reading.standfirst == lines[at].text:
        reading.standfirst = None
    reading.kinds[at] = ("byline", None)


def _drop_subject_byline(lines: list[_Line], reading: _Reading) -> None:
    """A line read as the byline without "By" that names, word for word, someone the story
    then quotes ("Minority Leader Haruna Iddrisu" over the lede, "Minority Leader Haruna
    Iddrisu said …" in it) is a portrait's caption naming its subject: no byline. A name
    straight over the stamp stands where a writer's does, and a broadcaster's story quotes its
    own correspondent ("… correspondent Alistair Bunkall said …"): it stays the byline."""
    at = [i for i, k in reading.kinds.items() if k[0] == "byline"]
    if len(at) != 1 or not reading.byline:
        return
    text = lines[at[0]].text
    if R.BYLINE_PREFIX.match(text) or R.BYLINE_VERB_LEAD.match(text):
        return
    if at[0] + 1 < len(lines) and _is_stamp_line(lines[at[0] + 1].text):
        return
    for line in lines[at[0] + 1:]:
        start = line.text.find(text)
        if start >= 0 and R.SUBJECT_SPEAKS_AFTER.match(line.text[start + len(text):]):
            reading.byline, reading.byline_outlet = [], None
            reading.kinds[at[0]] = ("caption", None)
            return


PORTRAIT_LABEL_MIN_WORDS = 3  # "President Joe Biden"
PORTRAIT_LABEL_MAX_WORDS = 12
# kinds a portrait's label straight over the lede may have been read as
_PORTRAIT_READ_AS = frozenset({"related", "standfirst", "byline", "body"})


def _label_portrait_over_lede(lines: list[_Line], reading: _Reading) -> None:
    """A job's title and a name with no comma between, alone on the line straight over the
    story's first paragraph ("Zimbabwe Energy Regulatory Authority chief executive Eddington
    Mazambani" under the stamp): a portrait's caption, neither a related link, the
    standfirst nor the byline. Only there: a headline in title case may read so too."""
    lede = next((i for i in range(1, min(len(lines), SWEEP_LINES))
                 if reading.kinds.get(i, ("body", None))[0] == "body" and _is_lede(lines, i)),
                None)
    if lede is None:
        return
    at = lede - 1
    kind = reading.kinds.get(at, ("body", None))[0]
    text = lines[at].text
    if kind not in _PORTRAIT_READ_AS or R.BYLINE_PREFIX.match(text) or not (
            _is_titled_name_label(text) or _is_named_subject(lines, at, reading)):
        return
    if kind == "byline":
        if len([k for k in reading.kinds.values() if k[0] == "byline"]) > 1:
            return
        reading.byline, reading.byline_outlet = [], None
    if reading.standfirst == text:
        reading.standfirst = None
    reading.kinds[at] = ("caption", None)


def _is_titled_name_label(text: str) -> bool:
    """A job's title and a name with no comma between, nothing else: the word before the
    name is a title's job word, not a journalist's ("Political Correspondent Ann Roe" is a
    byline)."""
    words = text.split()
    if not PORTRAIT_LABEL_MIN_WORDS <= len(words) <= PORTRAIT_LABEL_MAX_WORDS:
        return False
    for size in R.PORTRAIT_NAME_WORDS:
        title, name = words[:-size], words[-size:]
        if (title and title[-1].lower() in R.TITLE_WORDS
                and title[-1].lower() not in R.ROLE_NOUNS
                # "Executive Editor Ann Roe" is a newsroom title, not "Executive" + a name
                and name[0].lower() not in R.ROLE_NOUNS
                and all(R.PORTRAIT_TITLE_WORD.match(w) for w in title)
                and all(R.PORTRAIT_NAME_WORD.match(w) and w.lower().rstrip(".")
                        not in R.TITLE_WORDS for w in name)):
            return True
    return False


def _is_named_subject(lines: list[_Line], at: int, reading: _Reading) -> bool:
    """A bare name on the line over the lede, on a page whose byline another line gave,
    that the story names again ("Bola Tinubu" over a lede on "President Bola Tinubu"): the
    subject of a portrait, not a second writer."""
    text = lines[at].text
    if reading.kinds.get(at, ("body", None))[0] != "body" or not reading.byline:
        return False
    if text in reading.byline or not _is_name_line(text) or _words(text) > NAMED_SUBJECT_MAX_WORDS:
        return False
    # in a story paragraph, not a credit line ("Ben Hale contributed to this report.")
    return any(text in line.text and reading.kinds.get(j, ("body", None))[0] == "body"
               and not R.CONTRIBUTED_LINE.search(line.text)
               for j, line in enumerate(lines[at + 1:], start=at + 1))


NAMED_SUBJECT_MAX_WORDS = 3
