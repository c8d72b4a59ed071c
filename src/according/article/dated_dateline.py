"""A dateline that carries its day (round 21): "PORT OF SPAIN, Trinidad, Jan 10, CMC –",
"KATHMANDU, Sept 30:", "Bridgetown, Barbados, July 3, 2024 –"; the forms are data in
`according.data.article_copies`."""

from __future__ import annotations

from according.article.release_wires import release_wire_dateline_of
from according.data import article_copies as C
from according.data import article_rules as R


def dated_dateline_of(text: str) -> tuple[int, str | None, str | None] | None:
    """Where a dateline carrying its day ends, its place and its known wire ("PORT OF SPAIN,
    Trinidad, Jan 10, CMC – …" -> the place "PORT OF SPAIN, Trinidad"), or None."""
    if (release := release_wire_dateline_of(text)) is not None:
        return release  # round 31: "… /EINPresswire.com/ --", "--(Newsfile Corp. - …) -"
    match = C.DATED_DATELINE.match(text)
    if not match or not any(c.islower() for c in text[match.end():][:40]):
        return None
    place = match.group("place")
    if any(w.lower() in C.NOT_DATELINE_WORDS for w in place.replace(",", "").split()):
        return None
    wire = match.group("wire")
    known_wire = wire is not None and wire.upper() in R.WIRES
    capitals = place.split(",")[0].isupper()
    # a wire's dateline is in capitals ("PORT OF SPAIN, Trinidad, Jan 10, CMC –"); one in
    # title case names its country or a place the list knows ("Bridgetown, Barbados, July 3,
    # 2024 –"): "Sefwi Wiawso, June 10, XYZQ -" is neither
    if wire and not known_wire and not capitals:
        return None
    if not (capitals or "," in place or place.lower() in R.PLACES):
        return None
    return match.end(), place, wire if known_wire else None
