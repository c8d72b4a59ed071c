"""A draft attribution for one cue head, its parts chosen by the learned models.

`rule_guess` runs the verb rule cascade (verb_rules.py) for a verb head and reads its cue,
source and content as token ranges; `learned_draft` then lets the learned choices decide:
the cue's extent (cue_spans.py), its source among the sentence's noun phrases
(source_choice.py) and its content's start and end (content_choice.py), each with the rule's
answer as one feature. Training (train_models.py) calls `rule_guess` the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from according.attribution.content_choice import choose_contents
from according.attribution.cue_heads import group
from according.attribution.cue_spans import cue_bounds
from according.attribution.passives import passive_pieces, passive_source
from according.attribution.raw import Draft
from according.attribution.source_choice import choose_source
from according.attribution.source_heads import may_speak
from according.attribution.spans import char_span, without_dateline
from according.attribution.trailing_source import trailing_source
from according.attribution.verb_rules import verb_draft
from according.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from according.attribution.lexicon import Lexicon
    from according.attribution.parse_features import ParseView
    from according.records import Span

Range = tuple[int, int]


def token_range(doc: Doc, span: Span | None) -> Range | None:
    """The tokens a character span touches, as [start, end)."""
    if span is None:
        return None
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return (found.start, found.end) if found is not None and len(found) else None


def range_span(doc: Doc, rng: Range | None) -> Span | None:
    """Tokens [i, j) as a character Span (outer whitespace removed)."""
    if rng is None or rng[1] <= rng[0]:
        return None
    last = doc[rng[1] - 1]
    return char_span(doc_text(doc), doc[rng[0]].idx, last.idx + len(last.text))


@dataclass(frozen=True)
class RuleGuess:
    """The rule cascade's draft for a head and its parts as token ranges."""

    draft: Draft
    cue: Range | None
    source: Range | None
    content: Range | None  # first piece's start to last piece's end


def rule_guess(v: ParseView, i: int, lex: Lexicon,
               quotes: tuple[tuple[int, int], ...]) -> RuleGuess:
    """The rules' answer for a verb head; an empty guess for any other word."""
    doc = v.doc
    tok = doc[i]
    if group(v, i) != "verb":
        return RuleGuess(Draft(tok, None, None), None, None, None)
    draft = verb_draft(tok, lex, quotes)
    pieces = [r for r in (token_range(doc, c) for c in draft.content) if r]
    content = (min(r[0] for r in pieces), max(r[1] for r in pieces)) if pieces else None
    return RuleGuess(draft, token_range(doc, draft.cue), token_range(doc, draft.source), content)


def learned_draft(v: ParseView, i: int, p_head: float, lex: Lexicon,
                  quotes: tuple[tuple[int, int], ...], quoted: list[bool]) -> Draft:
    """The draft for the cue head `i` the classifier took with probability `p_head`;
    `quoted` says which tokens lie inside quotation marks."""
    return learned_drafts(v, [(i, p_head)], lex, quotes, quoted)[0]


def learned_drafts(v: ParseView, heads: list[tuple[int, float]], lex: Lexicon,
                   quotes: tuple[tuple[int, int], ...], quoted: list[bool]) -> list[Draft]:
    """`learned_draft` for each (head, probability) of one Doc: the cue extent and source
    head by head, then the contents of all of them scored together."""
    parts = []
    passives: dict[int, list[Range]] = {}  # head -> its content, for a passive (passives.py)
    for i, p_head in heads:
        rule = rule_guess(v, i, lex, quotes)
        rule_cue = rule.cue or (i, i + 1)
        lo, hi, p_cue = cue_bounds(v, i, rule_cue[0], rule_cue[1])
        cue = (min(lo, i), max(hi, i + 1))
        source, p_source = choose_source(v, i, cue, rule.source, quoted)
        if rule.draft.source_hint is None and v.lemma[i] in lex.speech_verbs and (
                source is None and rule.source is None or source is not None and source[1] < i):
            # "…, OCHA (…) said": the parse lost the source, or took one inside the clause
            # before it ("Floods killed 31, Jan Egeland (pictured), head of …, told")
            trailing = trailing_source(v, i, cue)
            if trailing is not None and (source is None or source[1] < trailing[0]):
                source = trailing
        if source is not None and v.lemma[i] in lex.speech_verbs and _holds_clause(v, source):
            # "The budget caps spending … and aims to cut …, Finance Minister Ana Petrova
            # said": a misparse made the clause the subject; its last noun phrase speaks
            trailing = trailing_source(v, i, cue)
            if trailing is not None and source[0] < trailing[0] < source[1]:
                source = trailing
        passive, agent = passive_source(v.doc, i, source)
        if passive and source is not None:
            # "X was on Monday declared winner by Y": Y speaks, of X; with no Y, no one
            passives[i] = passive_pieces(v.doc, cue[1], source, agent)
            source = agent
            rule.draft.source_hint = None if agent is not None else "unspecified"
        if source is not None:
            source = _named_after_descriptor(v, _named_in_apposition(v, source), cue)
        parts.append((i, p_head, rule, cue, source, p_cue * p_source))
    contents = choose_contents(v, [(i, cue, source, rule.content)
                                   for i, _, rule, cue, source, _ in parts], quoted)
    contents = [(passives[i], p) if i in passives else (pieces, p)
                for (i, *_), (pieces, p) in zip(parts, contents, strict=True)]
    return [_draft(v, i, p_head, rule, cue, source, p_parts, pieces, p_content)
            for (i, p_head, rule, cue, source, p_parts), (pieces, p_content)
            in zip(parts, contents, strict=True)]


def _named_in_apposition(v: ParseView, source: Range) -> Range:
    """"With 50 days until the election, Minyon Moore, a senior adviser to the campaign,
    called …": the parser made the last noun of the opening phrase the subject and the
    person named after it its apposition; a source whose head cannot speak (a thing, not
    a person, body or name) and which names a person after a comma is that person, from
    the name on."""
    lo, hi = source
    heads = [t for t in range(lo, hi) if not lo <= v.head[t] < hi]
    if len(heads) != 1 or v.pos[heads[0]] != "NOUN" or may_speak(v.doc[heads[0]]):
        return source
    for c in v.children[heads[0]]:
        if v.dep[c] == "appos" and c > heads[0] and v.ent[c] == "PERSON" and \
                v.left[c] > lo and v.lower[v.left[c] - 1] == "," and v.right[c] < hi:
            return v.left[c], hi
    return source


NO_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY",
                          "PERCENT"})


def _named_after_descriptor(v: ParseView, source: Range, cue: Range) -> Range:
    """"But the charity CareBridge International, which runs …, said": a descriptor set
    right before a name ("the charity X", "the rights group Y", "the monitor Z"), which the
    parser may make a second subject; a source that is only the descriptor (common nouns
    after a determiner or a modifier) runs on to the end of the name right after it, no
    comma between, before the cue ("the group Tuesday said": a day is no name)."""
    lo, hi = source
    if hi >= min(cue[0], v.n) or v.pos[hi - 1] != "NOUN" or v.pos[hi] != "PROPN" or \
            v.ent[hi] in NO_NAME_ENTS or not v.text[hi][:1].isupper() or \
            any(v.pos[t] not in DESCRIPTOR_POS for t in range(lo, hi)):
        return source
    end = hi
    while end < cue[0] and v.pos[end] == "PROPN" and v.ent[end] not in NO_NAME_ENTS:
        end += 1
    roots = [t for t in range(hi, end) if not hi <= v.head[t] < end]
    if len(roots) != 1 or not (lo <= v.head[roots[0]] < hi or v.head[roots[0]] == v.head[hi - 1]
                               or v.dep[roots[0]] in ("nsubj", "appos")):
        return source
    return lo, end


DESCRIPTOR_POS = frozenset({"DET", "ADJ", "NOUN", "CCONJ"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis", "advcl"})


def _holds_clause(v: ParseView, source: Range) -> bool:
    """Does a source range hold a clause of its own: a finite verb joined to it as a
    conjunct or complement, not a relative clause ("the man who said …")?"""
    return any(v.tag[t] in FINITE_TAGS and v.dep[t] in CLAUSE_DEPS
               for t in range(source[0], source[1]))


def _draft(v: ParseView, i: int, p_head: float, rule: RuleGuess, cue: Range,
           source: Range | None, p_parts: float, pieces: list[Range],
           p_content: float) -> Draft:
    doc = v.doc
    text = doc_text(doc)
    source_span = range_span(doc, source)
    hint = rule.draft.source_hint if source is None else None
    draft = Draft(doc[i], without_dateline(text, source_span) if source_span else None,
                  range_span(doc, cue), recipient=rule.draft.recipient, source_hint=hint)
    draft.content = [s for s in (range_span(doc, p) for p in pieces) if s is not None]
    if group(v, i) == "punct" and sum(len(c.text.split()) for c in draft.content) < 3:
        draft.content = []  # "Photo: File" is a credit, not a quotation
    draft.confidence = p_head * math.sqrt(p_parts * p_content) ** 0.5
    return draft
