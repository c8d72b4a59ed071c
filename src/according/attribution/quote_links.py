"""Tie quotations that no cue's clause covers to an attribution.

A quotation goes, in order of preference, to a speech verb right after it ("…,” he said),
to one right before it ("told the Post: “…”"), to the direct attribution just before it in
the same paragraph (a second quote after "he said."), or, when it opens its paragraph, to
the previous speaker as a floating quote. Scare quotes ("a “red line”") go nowhere.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from according.attribution.lexicon import Lexicon
from according.attribution.raw import Draft
from according.nlp import doc_text
from according.records import Span

MAX_TRAILING_GAP = 70   # characters between a quote's end and its "he said"
MAX_TRAILING_TOKENS = 10
MAX_LEADING_GAP = 60    # characters between "told the Post" and the quote
STOP_CHARS = ".!?;"
CLAUSE_END_RE = re.compile(r"[,.!?:;…—–-]\s*(?:[”\"’]|'')$")
MIN_SPEECH_WORDS = 5
CLOSING_MARKS = "”\"’'"
OPENING_MARKS = "“\"‘'"


def _speech_like(text: str, q: tuple[int, int]) -> bool:
    """A quotation someone said, not a scare-quoted phrase; a sentence after a colon counts
    however short (Smith said: “No.”)."""
    body = text[q[0]:q[1]]
    words = len(body.split())
    after_colon = text[:q[0]].rstrip().endswith(":")
    return words >= MIN_SPEECH_WORDS or bool(CLAUSE_END_RE.search(body)) and (
        words >= 2 or after_colon)


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def _trailing_cue(doc: Doc, q: tuple[int, int], limit: int, cues: list[int],
                  drafts: dict[int, Draft], lex: Lexicon) -> Draft | None:
    text = doc_text(doc)
    for i in cues:
        tok = doc[i]
        if tok.idx < q[1]:
            continue
        if tok.idx >= limit:
            break
        gap = text[q[1]:tok.idx]
        if any(c in gap for c in STOP_CHARS) or len(gap.split()) > MAX_TRAILING_TOKENS:
            return None
        if tok.lemma_.lower() in lex.speech_verbs and not _has_own_content(text, drafts[i], q):
            return drafts[i]
    return None


def _has_own_content(text: str, draft: Draft, q: tuple[int, int]) -> bool:
    """Does the cue report a clause of its own after the quote? A second quotation is not one:
    “I think,” said Jane Doe, “that we will get there.” is one attribution in two pieces."""
    return any(c.start >= q[1] and not _is_quotation(text, c) for c in draft.content)


def _is_quotation(text: str, span: Span) -> bool:
    return span.text[:1] in OPENING_MARKS and text[span.end - 1:span.end] in CLOSING_MARKS


def _leading_cue(doc: Doc, q: tuple[int, int], floor: int, cues: list[int],
                 drafts: dict[int, Draft], lex: Lexicon) -> Draft | None:
    text = doc_text(doc)
    best = None
    for i in cues:
        tok = doc[i]
        end = tok.idx + len(tok.text)
        if tok.idx < floor:
            continue
        if end > q[0]:
            break
        gap = text[end:q[0]]
        if len(gap) <= MAX_LEADING_GAP and not any(c in gap for c in STOP_CHARS) and (
                tok.lemma_.lower() in lex.speech_verbs):
            best = drafts[i]
    return best


def _chains(text: str, quotes: tuple[tuple[int, int], ...]) -> list[list[int]]:
    """Quote indices grouped into runs over paragraphs: a quote left open at its paragraph's
    end continues in the quote that opens the next paragraph."""
    chains: list[list[int]] = []
    for qi, q in enumerate(quotes):
        if chains and _continues(text, quotes[chains[-1][-1]], q):
            chains[-1].append(qi)
        else:
            chains.append([qi])
    return chains


def _continues(text: str, prev: tuple[int, int], q: tuple[int, int]) -> bool:
    # an unclosed quote runs to its paragraph's end (quotes.py), so only blank lines follow
    between = text[prev[1]:q[0]]
    return text[prev[1] - 1] not in CLOSING_MARKS and between.strip() == "" and "\n" in between


def attach_quotes(doc: Doc, quotes: tuple[tuple[int, int], ...], drafts: dict[int, Draft],
                  lex: Lexicon, specials: list[Draft]) -> list[Draft]:
    """The drafts with content, after giving every unclaimed speech-like quotation a home."""
    text = doc_text(doc)
    cues = sorted(drafts)
    done: list[Draft] = [d for d in drafts.values() if d.content] + specials
    for chain in _chains(text, quotes):
        first, last_q = quotes[chain[0]], quotes[chain[-1]]
        owner = next((d for d in done for c in d.content
                      if c.start <= first[0] and first[1] <= c.end), None)
        if owner is not None:
            # a quote running on over paragraphs stays with whoever its first piece went to
            owner.content += [Span.of(text, *quotes[i]) for i in chain[1:]]
            continue
        if not _speech_like(text, first):
            continue
        ps, pe = _paragraph(text, first[0])
        nxt = quotes[chain[-1] + 1][0] if chain[-1] + 1 < len(quotes) else len(text)
        lpe = _paragraph(text, last_q[0])[1]
        draft = _trailing_cue(doc, last_q, min(nxt, lpe, last_q[1] + MAX_TRAILING_GAP), cues,
                              drafts, lex)
        before = quotes[chain[0] - 1][1] if chain[0] else 0
        floor = max(ps, before)
        if text[:ps].rstrip().endswith(":"):
            # "The New York Times reports:" then the quotation as its own paragraph
            floor = max(_paragraph(text, len(text[:ps].rstrip()) - 1)[0], before)
        draft = draft or _leading_cue(doc, first, floor, cues, drafts, lex)
        pieces = [Span.of(text, *quotes[i]) for i in chain]
        if draft is not None:
            draft.content = [c for c in draft.content
                             if not any(p.start <= c.start and c.end <= p.end for p in pieces)]
            draft.content += pieces
            if all(d is not draft for d in done):
                done.append(draft)
            continue
        before = [d for d in done if d.content and d.content[-1].end <= first[0]
                  and d.kind != "according_to"]
        if not before:
            continue
        # the speaker quoted last, else whoever was attributed last
        quoted = [d for d in before if _direct(text, d)]
        last = max(quoted or before, key=lambda d: d.content[-1].end)
        in_paragraph = last.content[-1].start >= ps
        if in_paragraph and (quoted or text[first[0] + 1:first[0] + 2].isupper()):
            last.content += pieces
        elif text[ps:first[0]].strip() == "" and (first[1] - first[0]) * 2 > pe - ps:
            done.append(Draft(None, last.source, None, pieces, confidence=0.4,
                              kind="floating", source_hint=last.source_hint))
    return done


def _direct(text: str, draft: Draft) -> bool:
    """Does the draft's last piece quote someone (so a following quote continues them)?"""
    last = draft.content[-1].text
    return last[:1] in "“\"'‘" or last[-1:] in "”\"'’"
