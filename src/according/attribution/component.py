"""The spaCy component `according`: finds attributions and resolves their sources.

    nlp = new_pipeline(); nlp.add_pipe("according")
    doc = nlp(text); doc._.attributions, doc._.entities

It sets `doc._.attributions` (tuple[Attribution]) and `doc._.entities` (tuple[Entity]) by
calling `find_attributions` then `resolve_sources`. Attributions whose finder confidence
is below `min_confidence` are dropped (before resolution lowers it for unresolved
sources), and so are those in a headline, byline, date, related-link, credit or furniture
line when the Doc carries the article's layout in `doc._.regions` (extract.py sets it).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc

from according.attribution.find import find_attributions
from according.attribution.raw import RawAttribution
from according.attribution.source_heads import OWN_STAFF
from according.attribution.sources import resolve_sources
from according.attribution.turns import own_voice_turns
from according.nlp import doc_text
from according.records import META_REGION_KINDS, Region, Span
from according.withdrawn import correction_notes

FACTORY = "according"
# Regions whose lines report nothing: a byline or "Related: X warns" is not an attribution,
# and a headline only announces what the body reports with its source and cue in full (its
# attribution would count the same claim twice in the ledger).
UNATTRIBUTED_REGIONS = META_REGION_KINDS | {"related", "headline"}
HEADLINE_MAX_WORDS = 25


def register_extensions() -> None:
    """doc._.attributions and doc._.entities (set here), and doc._.regions (the article's
    layout, set by whoever makes the Doc; empty means every line may report) and
    doc._.outlet (its outlet's name, or None: who a transcript's "ANCHOR:" speaks for)."""
    for name in ("attributions", "entities", "regions"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=())
    if not Doc.has_extension("outlet"):  # the article's outlet (metadata), set with regions
        Doc.set_extension("outlet", default=None)


register_extensions()


class _Furniture:
    """The regions that report nothing, sorted by start with the furthest end so far, so
    each attribution is placed by bisection (thousands of lines and attributions stay
    n log n). A "headline" of more than HEADLINE_MAX_WORDS words is the lead paragraph, not
    furniture."""

    def __init__(self, regions: Sequence[Region], text: str = "") -> None:
        spans = sorted((r.start, r.end) for r in regions if r.kind in UNATTRIBUTED_REGIONS
                       and not (r.kind == "headline" and _long_line(text, r))
                       or _credit_only_caption(text, r))
        self.starts = [start for start, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))

    def holds(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos


def _credit_only_caption(text: str, region: Region) -> bool:
    """A caption line that is a picture's credit and its label, nothing else ("Photo: RNZ /
    Marika Khabazi"): its colon is no speaker's."""
    if region.kind != "caption" or not region.credit or not text:
        return False
    rest = text[region.start:region.end].replace(region.credit, " ")
    return set(re.findall(r"\w+", rest.lower())) <= _PICTURE_LABEL_WORDS


_PICTURE_LABEL_WORDS = frozenset("photo photos photograph picture pic image images credit file"
                                 " source by courtesy of".split())


def _long_line(text: str, region: Region) -> bool:
    words = 0
    for _ in re.finditer(r"\S+", text[region.start : region.end]):
        words += 1
        if words > HEADLINE_MAX_WORDS:
            return True
    return False


def reported_in_body(raw: RawAttribution, regions: Sequence[Region] | _Furniture,
                     text: str = "") -> bool:
    """Whether the attribution's cue (else its first content) lies outside furniture (a
    "headline" of more than HEADLINE_MAX_WORDS words is the lead paragraph, not furniture)."""
    furniture = regions if isinstance(regions, _Furniture) else _Furniture(regions, text)
    anchor = raw.cue or (raw.content[0] if raw.content else None)
    return anchor is None or not furniture.holds(anchor.start)


def _source_after_dateline(raw: RawAttribution, datelines: Sequence[tuple[int, int]],
                           text: str, doc: Doc | None = None) -> RawAttribution:
    """A source or content the parser ran on from the story's dateline ("Abeba – Ethiopian
    Electric Power (EEP)" after "Addis Abeba – ", "BOLOGNA, Italy - Twelve people had
    died"): cut at the dateline's end; a city is never who said it nor what was said."""
    source = _after_dateline(raw.source, datelines, text) if raw.source else None
    if raw.source is not None and source is None and doc is not None:
        source = _subject_after_dateline(doc, raw, datelines)
    content = tuple(kept for piece in raw.content
                    if (kept := _after_dateline(piece, datelines, text)) is not None)
    if source == raw.source and content == raw.content:
        return raw
    return dataclasses.replace(raw, source=source, content=content or raw.content)


def _subject_after_dateline(doc: Doc, raw: RawAttribution,
                            datelines: Sequence[tuple[int, int]]) -> Span | None:
    """The cue's other subject when the parser took the dateline's city for one: in "MAROSH
    — Dorvania's Ministry of Health said …" the city and the ministry are both subjects of
    "said", and the ministry is who said it (stranger trial 3: the source was lost)."""
    if raw.cue is None:
        return None
    cue = doc.char_span(raw.cue.start, raw.cue.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return None
    text = doc_text(doc)
    ends = [end for start, end in datelines if start <= raw.source.start < end]
    for tok in cue.root.children:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.idx >= ends[0] and tok.i < cue.root.i:
            start = max(tok.left_edge.idx, ends[0])
            while start < tok.idx and text[start].isspace():
                start += 1
            return Span.of(text, start, tok.right_edge.idx + len(tok.right_edge.text))
    return None


def _after_dateline(span: Span, datelines: Sequence[tuple[int, int]], text: str
                    ) -> Span | None:
    """`span` without the part of it inside a dateline it starts in; None if nothing is
    left."""
    for start, end in datelines:
        if start <= span.start < end:
            cut = end
            while cut < span.end and text[cut].isspace():
                cut += 1
            return Span.of(text, cut, span.end) if cut < span.end else None
    return span


def _in_correction_note(raw: RawAttribution, notes: Sequence[tuple[int, int]]) -> bool:
    """Is `raw` read in a correction note ("Correction: An earlier version of this story
    said … It said 11.")? The note is the outlet correcting itself: nobody claims what it
    withdraws nor what it restates (according.withdrawn)."""
    at = raw.cue.start if raw.cue is not None else (
        raw.content[0].start if raw.content else None)
    return at is not None and any(a <= at < b for a, b in notes)


def _own_staff(raw: RawAttribution) -> bool:
    """Is `raw` the outlet's own people reporting ("…, our reporter says")? That is the
    outlet's own account, no outside source's (a transcript's role labels are not read
    here: programme.py)."""
    return raw.source is not None and raw.source_hint is None and any(
        rx.search(raw.source.text) for rx in OWN_STAFF)


class AccordingComponent:
    """Sets doc._.attributions and doc._.entities on a parsed Doc."""

    def __init__(self, name: str = FACTORY, min_confidence: float = 0.0) -> None:
        self.name = name
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        furniture = _Furniture(doc._.regions, text)
        datelines = [(r.start, r.end) for r in doc._.regions if r.kind == "dateline"]
        notes = correction_notes(text)
        raws = [_source_after_dateline(r, datelines, text, doc) for r in find_attributions(doc)
                if r.confidence >= self.min_confidence and reported_in_body(r, furniture)
                and not _in_correction_note(r, notes) and not _own_staff(r)]
        # a transcript speaker is the source of their own words, not of the reports they
        # relay inside their turn: those have sources of their own (attribution/turns.py)
        raws = own_voice_turns(raws, text)
        entities, attributions = resolve_sources(doc, raws)
        doc._.entities = entities
        doc._.attributions = attributions
        return doc


@Language.factory(
    FACTORY,
    requires=["token.dep", "token.head", "token.lemma", "token.pos", "token.is_sent_start"],
    assigns=["doc._.attributions", "doc._.entities"],
    default_config={"min_confidence": 0.0},
)
def make_according(nlp: Language, name: str, min_confidence: float) -> AccordingComponent:
    """The `according` attribution component (registered for `nlp.add_pipe("according")`)."""
    return AccordingComponent(name, min_confidence)
