"""A colon dateline at a place the gazetteer lacks ("Sriharikota: The Indian Space Research
Organisation …", as Indian papers open a wire's story), read where the headline names that
place after a preposition ("… satellite from Sriharikota"): the headline says it is a place,
where a label ("Analysis: …", "Exclusive: …") is never named so."""

from __future__ import annotations

import re

from according.article.lines import _Line, _Reading
from according.data import article_rules as R

DATELINE_SEARCH = 4  # story lines from the body's start searched for the opening paragraph


def _read_colon_place_named_in_headline(lines: list[_Line], reading: _Reading,
                                        body_from: int) -> None:
    if reading.dateline or reading.dateline_cut or not reading.headline:
        return
    for i in range(body_from, min(len(lines), body_from + DATELINE_SEARCH)):
        if i in reading.kinds:
            continue
        opening = R.COLON_PLACE_OPENING.match(lines[i].text)
        if opening and _headline_names_place(reading.headline, opening.group("place")) and not (
                _is_speaker_named_after_loose_preposition(reading.headline, opening.group("place"))
                and R.COLON_SPEAKER_LEDE.match(lines[i].text[opening.end():])):
            reading.dateline = opening.group("place")
            reading.dateline_cut = (i, opening.end())
        return


def _headline_names_place(headline: str, place: str) -> bool:
    prepositions = "|".join(R.HEADLINE_PLACE_PREPOSITIONS)
    return re.search(rf"\b(?:{prepositions}) {re.escape(place)}\b", headline) is not None


def _is_speaker_named_after_loose_preposition(headline: str, name: str) -> bool:
    """A name the headline puts only after 'on', 'over' or 'into' ("pressure on Trump") that
    the gazetteer does not know as a place: a speaker as often as a scene."""
    if name.lower() in R.PLACES:
        return False
    strict = "|".join(p for p in R.HEADLINE_PLACE_PREPOSITIONS
                      if p not in R.HEADLINE_SPEAKER_PREPOSITIONS)
    return re.search(rf"\b(?:{strict}) {re.escape(name)}\b", headline) is None
