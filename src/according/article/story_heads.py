"""Section labels between a story's paragraphs that the body reader keeps as story lines: a
few capitalised words and a colon on a line of their own ("Dive Insight:", a trade paper's
head over its analysis). A label says what follows; it reports nothing."""

from __future__ import annotations

import re

from according.article.lines import _is_prose, _Line, _Reading, _words
from according.data import article_rules as R


def _label_colon_headings(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """Label as furniture a colon label between a finished story paragraph and a story
    paragraph, every word of it capitalised save short joining words and no writer's first
    name, honorific or title opening it (a transcript's "Ann Roe:", "Mr Smith:" or "Senator
    Warren:" names a speaker)."""
    for i in range(max(body_from, 1), len(lines) - 1):
        text = lines[i].text
        if reading.kinds.get(i, ("body", None))[0] != "body" or not R.COLON_HEADING.match(text):
            continue
        words = text.rstrip(" :").split()
        first = words[0].lower().rstrip(".")
        if (words[0] in R.FIRST_NAMES or first in R.SPEAKER_HONORIFICS or first in R.TITLE_WORDS
                or not all(w[0].isupper() or len(w) <= 3 for w in words)):
            continue
        if len(words) == 1 and _is_speaker_word(words[0], lines, i):
            continue
        if (all(reading.kinds.get(j, ("body", None))[0] == "body" for j in (i - 1, i + 1))
                and lines[i - 1].text[-1:] in ".!?\"”" and _is_prose(lines[i + 1].text)):
            reading.kinds[i] = ("boilerplate", None)


def _is_speaker_word(word: str, lines: list[_Line], at: int) -> bool:
    """A one-word label that names a transcript's speaker: shouted ("ZELENSKY:", as
    transcripts print speakers), or a word the page writes elsewhere with its capital
    ("Zelensky" in the headline "Zelensky: 'We will not …'"): a surname, no section's name."""
    if word.isupper() and len(word) > 1:
        return True
    named = re.compile(rf"\b{re.escape(word)}\b")
    # a line that is the word alone is a kicker or section label ("Analysis" over the
    # headline, review 1127g), no one named
    return any(named.search(line.text) for j, line in enumerate(lines)
               if j != at and line.text.strip(" :").casefold() != word.casefold())


def _label_closing_about(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """Label as furniture an organisation's "about" line ("Amnesty International is a
    movement of 10 million people …") standing last on the page under lines that are no
    story (a related box, "Take action"): the story ended above it. An advertisement's label
    ends no story (a wire story's last background paragraph often stands under one) unless
    the line under it is a campaigning body's own ("… is a global movement"), and a line
    reporting speech ("…, it said in a statement.") is the story's own."""
    last = len(lines) - 1
    if last <= body_from or reading.kinds.get(last, ("body", None))[0] != "body":
        return
    if reading.kinds.get(last - 1, ("body", None))[0] == "body":
        return
    if R.SPEECH_VERB.search(lines[last].text):
        return
    if R.ADVERT_LABEL.match(lines[last - 1].text):
        # under an advertisement's label, only a campaigning body's own boilerplate
        if R.ABOUT_NGO_LINE.match(lines[last].text):
            reading.kinds[last] = ("boilerplate", None)
        return
    if R.ABOUT_ORG_LINE.match(lines[last].text):
        reading.kinds[last] = ("boilerplate", None)


PROMOTION_MAX_WORDS = 4  # "Today", "Euronews Tech Talks": a box's name, no list's item
PROMOTIONS_MAX = 3  # such lines straight over the footer


def _label_promotions_over_footer(lines: list[_Line], reading: _Reading,
                                  body_from: int) -> None:
    """Label as furniture the few short lines between the story's finished last paragraph
    and the footer's first heading ("… in recent summers." / "Today" / "Euronews Tech Talks"
    / "Most viewed"): promotion boxes' names, every word capitalised. A list ending the story
    is introduced so ("The candidates are:") or written as sentences are ("Drink plenty of
    water"), and stays story text."""
    end = len(lines)
    while end > body_from and reading.kinds.get(end - 1, ("body", None))[0] in _FOOTER_KINDS:
        end -= 1  # the footer: furniture and links to the page's end
    if end == len(lines):
        return
    top = end
    while (top > body_from and reading.kinds.get(top - 1, ("body", None))[0] == "body"
           and _words(lines[top - 1].text) <= PROMOTION_MAX_WORDS
           and all(w[:1].isupper() for w in lines[top - 1].text.split())  # a name, no list item
           and not R.SENTENCE_END.search(lines[top - 1].text)
           and not lines[top - 1].text.rstrip().endswith(":")):
        top -= 1
    if not 0 < end - top <= PROMOTIONS_MAX or top <= body_from:
        return
    above = lines[top - 1].text
    if reading.kinds.get(top - 1, ("body", None))[0] == "body" and _is_prose(above) and (
            above.rstrip()[-1:] in ".!?\"”"):
        for i in range(top, end):
            reading.kinds[i] = ("boilerplate", None)


_FOOTER_KINDS = frozenset({"boilerplate", "related"})
