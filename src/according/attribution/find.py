"""Find attributions in a parsed article: who is said to have said, claimed or reported what.

`find_attributions(doc)` is a cascade over one spaCy Doc:
  1. verb cues from the learned lexicon (said, told, warned of, …) with their subject as
     source and their clause (ccomp / xcomp / preposition object / object) as content;
  2. "according to X" at character level (so scraping damage like "toThe" still reads);
  3. adverbial cues ("reportedly") and sourceless passives ("are believed to");
  4. quotations not yet claimed: tied to a speech verb next to them, to the previous
     direct attribution of the paragraph, or, opening a paragraph, to the previous
     speaker ("floating").
Content pieces that are quotations carry their marks (PolNeAR's convention).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from according.attribution.cue_heads import (
    agentless_passive,
    bare_passive,
    head_score,
    quoted_sentences,
    threshold,
)
from according.attribution.learned import learned_drafts
from according.attribution.lexicon import (
    Lexicon,
    anonymity_formula,
    load_lexicon,
    reports_nothing_by_meaning,
)
from according.attribution.parse_features import view_of
from according.attribution.quote_links import attach_quotes
from according.attribution.raw import Draft, RawAttribution
from according.attribution.spans import token_span, without_dateline
from according.attribution.special import (
    according_to_attributions,
    adverbial_attributions,
    headline_colon_attributions,
    in_document_attributions,
    signed_quote_attributions,
    trailing_source_attributions,
)
from according.attribution.verb_rules import figure_report, is_cue_candidate, trailing_report
from according.nlp import FINITE_VERB_TAGS, doc_text
from according.quotations import quotes_of
from according.records import Span

SOURCELESS_PROBABILITY = 0.9
NESTED_PROBABILITY = 0.7
TRAILING_PROBABILITY = 0.7
FIGURE_PROBABILITY = 0.9
QUOTE_MARK_CHARS = ('"', "“", "”", "\'\'")


def find_attributions(doc: Doc) -> list[RawAttribution]:
    """Every attribution found in `doc`, in text order; spans point into `doc.text`.

    Refuses (ValueError) a Doc without a dependency parse: use according.nlp.load_pipeline().
    """
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError("find_attributions needs a parsed Doc (dependency labels); "
                         "make it with according.nlp.load_pipeline()")
    lex = load_lexicon()
    quotes = quotes_of(doc)
    specials = special_attributions(doc, lex)
    heads = scored_heads(doc, lex, quotes, specials)
    taken = [(i, p) for i, kind, p, _ in heads if p >= threshold(kind)]
    # every head carries the Doc's one list of quoted-token flags
    drafts = learned_drafts(view_of(doc), taken, lex, quotes, heads[0][3]) if taken else []
    return assemble(doc, drafts, specials, lex, quotes)


def special_attributions(doc: Doc, lex: Lexicon) -> list[RawAttribution]:
    """"according to X", "reportedly", headline "Name: …", "In a new poll, …" and a quotation
    signed "― Name", and "…, an official said" with the cue parsed on the source."""
    return (according_to_attributions(doc, lex) + adverbial_attributions(doc, lex)
            + headline_colon_attributions(doc, lex) + in_document_attributions(doc, lex)
            + signed_quote_attributions(doc) + trailing_source_attributions(doc, lex))


def scored_heads(doc: Doc, lex: Lexicon, quotes: tuple[tuple[int, int], ...],
                 specials: list[RawAttribution]) -> list[tuple[int, str, float, list[bool]]]:
    """(token index, word group, cue-head probability, the Doc's quoted-token flags) for
    every candidate word outside quotations and outside the special attributions' cues;
    a verb the rule cascade takes is in the group "verb+rules" (a threshold of its own)."""
    taken_by_rules: set[int] = set()

    def rules_take(tok: Token) -> bool:
        if is_cue_candidate(tok, lex):
            taken_by_rules.add(tok.i)
            return True
        return False

    v = view_of(doc)
    quoted = [q >= 0 for q in _quote_index(doc, quotes)]
    quoted_sents = quoted_sentences(v)
    taken = [r.cue for r in specials if r.cue is not None]
    reported = [c for r in specials if r.kind == "according_to" for c in r.content]
    in_taken = _inside(v.idx, taken)
    in_reported = _inside(v.idx, reported)
    out = []
    for i in range(v.n):
        if quoted[i] or in_taken[i] or bare_passive(v, i) or (
                v.dep[i] == "relcl" and anonymity_formula(doc[i])) or (
                v.pos[i] == "VERB" and reports_nothing_by_meaning(doc[i], lex)):
            # "who asked not to be named" says why a source is unnamed; "may call the
            # hotline" and "supported by nine boats" report nothing
            continue
        if in_reported[i] and agentless_passive(v, i):
            # "18 deaths had been confirmed …, according to the emergency office": the
            # office is who confirmed; an agentless passive there is no report of its own
            continue
        scored = head_score(v, i, quoted_sents, rules_take)
        if scored is not None:
            kind = "verb+rules" if i in taken_by_rules else scored[0]
            p = scored[1]
            if v.tag[i] == "VBN" and (v.lemma[i] in lex.allegation_participles or (
                    v.lemma[i] in lex.sourceless_passive and i in taken_by_rules)):
                # "alleged to exist", "are believed to be": the rule cascade's sourceless
                # passives with a clause of their own (verb_rules.is_cue_candidate)
                p = max(p, SOURCELESS_PROBABILITY)
            elif i in taken_by_rules and any(c.start <= v.idx[i] < c.end for c in reported):
                # "Engineers have concluded that …, according to a report": the report's
                # content holds an attribution of its own (nested in it, see nesting.py)
                p = max(p, NESTED_PROBABILITY)
            elif i in taken_by_rules and figure_report(doc[i], lex):
                # "the IMF estimated debt at 74%": a figure reported by its estimator
                p = max(p, FIGURE_PROBABILITY)
            elif i in taken_by_rules and trailing_report(doc[i], lex):
                # "said the deal was ready, saying the border “cannot wait”": a second
                # report by the same speaker, whatever the quotation marks did to the score
                p = max(p, TRAILING_PROBABILITY)
            out.append((i, kind, p, quoted))
    return out


def _inside(starts: list[int], spans: list[Span]) -> list[bool]:
    """For each token start, whether it lies inside one of the spans."""
    inside = [False] * len(starts)
    for span in spans:
        lo = bisect_left(starts, span.start)
        hi = bisect_left(starts, span.end)
        inside[lo:hi] = [True] * (hi - lo)
    return inside


def assemble(doc: Doc, drafts: list[Draft], specials: list[RawAttribution], lex: Lexicon,
             quotes: tuple[tuple[int, int], ...]) -> list[RawAttribution]:
    """The attributions of the cue drafts (where two cues overlap the surer one stays) and
    the special ones, with unclaimed quotations tied to them, in text order."""
    by_head: dict[int, Draft] = {}
    kept: list[Span] = []
    told: list[tuple[Draft, list[Span]]] = []  # content that was only who was told
    for d in sorted(drafts, key=lambda d: -d.confidence):
        if d.cue is None or any(d.cue.start < k.end and k.start < d.cue.end for k in kept):
            continue
        kept.append(d.cue)
        by_head[d.cue_tok.i] = d
        # a finite verb with neither a source nor a sourceless form ("Thank you for …")
        # reports nothing unless a quotation is tied to it below; "…, saying" keeps its own
        if d.source is None and d.source_hint is None and d.cue_tok.tag_ in FINITE_VERB_TAGS:
            d.content = []
        # "“…,” Guterres told the council": who was told is not what was said; with no
        # other content the verb is free to take the quotation next to it
        if d.content and all(_within(c, d.recipient) for c in d.content):
            told.append((d, d.content))
            d.content = []
    done = attach_quotes(doc, quotes, by_head, lex, [_from_raw(r) for r in specials])
    for d, content in told:  # no quotation came: as before (PolNeAR marks some so)
        if not d.content:
            # "Floods killed 31, the office told reporters": what was said comes first
            d.content = [c] if (c := _fronted_clause(doc, d)) is not None else content
            done.append(d)
    return sorted(_freeze(doc_text(doc), done, quotes), key=_order)


def _fronted_clause(doc: Doc, d: Draft) -> Span | None:
    """The clause before ", SOURCE told …" in the cue's sentence, when a comma closes it
    right before the source and it has a verb; None otherwise."""
    if d.source is None or d.cue_tok is None:
        return None
    sent = d.cue_tok.sent
    text = doc_text(doc)
    before = text[sent.start_char:d.source.start].rstrip()
    if not before.endswith(",") or sent[0].tag_ in ("IN", "WRB") or sent[0].dep_ == "mark":
        return None  # "After the storm passed, the mayor told reporters": when, not what
    end = doc.char_span(sent.start_char, sent.start_char + len(before),
                        alignment_mode="expand").end
    tops = [t for t in doc[sent.start:end] if t.head.i == t.i or not sent.start <= t.head.i < end]
    if not any(t.pos_ in ("VERB", "AUX") for t in tops) or any(
            t.dep_ in ("advcl", "prep", "npadvmod") and t.pos_ in ("VERB", "AUX", "ADP")
            for t in tops):
        return None
    return token_span(doc, sent.start, end)


def _from_raw(r: RawAttribution) -> Draft:
    return Draft(None, r.source, r.cue, list(r.content), r.recipient, r.confidence,
                  r.kind, r.source_hint)


def _order(raw: RawAttribution) -> tuple[int, int]:
    spans = [s for s in (raw.cue, *raw.content) if s is not None]
    return (min(s.start for s in spans), max(s.end for s in spans)) if spans else (0, 0)


def _quote_index(doc: Doc, quotes: tuple[tuple[int, int], ...]) -> list[int]:
    """For each token, the index of the quote it lies in (marks included), or -1."""
    index = [-1] * len(doc)
    qi = 0
    for i, at in enumerate(view_of(doc).idx):
        while qi < len(quotes) and quotes[qi][1] <= at:
            qi += 1
        if qi < len(quotes) and quotes[qi][0] <= at < quotes[qi][1]:
            index[i] = qi
    return index


def _kind(draft: Draft, quotes: set[tuple[int, int]]) -> str:
    if draft.kind:
        return draft.kind
    if all((c.start, c.end) in quotes for c in draft.content):
        return "direct"
    if any(mark in c.text for c in draft.content for mark in QUOTE_MARK_CHARS):
        return "mixed"
    return "indirect"


def _after_recipient(text: str, piece: Span, recipient: Span | None) -> Span:
    """A content piece that opens with the recipient ("told MPs the plans had been …")
    starts after it: who was told is not what was said. Not before an infinitive: "told
    his advisers to find a way" is an order whose doer PolNeAR keeps in the content."""
    if recipient is None or not piece.start <= recipient.start < piece.end or \
            text[piece.start:recipient.start].strip() or recipient.end >= piece.end:
        return piece
    start = recipient.end
    while start < piece.end and text[start].isspace():
        start += 1
    if start >= piece.end or not text[start].isalnum() and text[start] not in QUOTE_MARK_CHARS \
            or text.startswith("to ", start):
        return piece
    return Span.of(text, start, piece.end)


def _colon_quotation(text: str, piece: Span, quotes: tuple[tuple[int, int], ...]) -> Span:
    """A content piece that names the words and then gives them after a colon ("repeated
    her message of yesterday: “The situation is under control …”") is the quotation: the
    words before the colon only say what it is (stranger trial 8)."""
    for start, end in quotes:
        if piece.start < start and end == piece.end:
            lead = text[piece.start:start].rstrip()
            if lead.endswith(":") and not any(m in lead for m in QUOTE_MARK_CHARS):
                return Span.of(text, start, end)
    return piece


def _within(piece: Span, outer: Span | None) -> bool:
    return outer is not None and outer.start <= piece.start and piece.end <= outer.end


def _freeze(text: str, done: list[Draft], quotes: tuple[tuple[int, int], ...],
            ) -> list[RawAttribution]:
    quote_set = set(quotes)
    out = []
    for d in done:
        pieces = {_colon_quotation(text, _after_recipient(
            text, without_dateline(text, c), d.recipient), quotes) for c in d.content}
        # who was told is not what was said: "told the BBC:" then the quotation
        pieces = {c for c in pieces if not _within(c, d.recipient)} or pieces
        content = tuple(sorted(pieces, key=lambda c: c.start))
        if not content:
            continue
        d.content = list(content)
        out.append(RawAttribution(_kind(d, quote_set), d.source, d.cue, content, d.recipient,
                                  round(d.confidence, 3), d.source_hint))
    return out
