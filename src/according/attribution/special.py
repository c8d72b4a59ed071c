"""Attributions without a reporting verb: "according to X" and adverbial cues ("reportedly").

"according to" is read at character level so that scraping damage ("according toThe
Washington Post", one spaCy token "toThe") still gives a clean cue and source.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from according.attribution.lexicon import Lexicon
from according.attribution.parse_features import view_of
from according.attribution.programme import PROGRAMME_WORDS
from according.attribution.raw import RawAttribution
from according.attribution.source_heads import noun_may_speak
from according.attribution.spans import char_span, token_span
from according.entities.words import common_nouns
from according.nlp import doc_text
from according.records import Span

SOURCE_STOPS = ",;()—–\n"
RELATIVE_OPENING = re.compile(r"(?:who|whom|whose|which)\b", re.IGNORECASE)
EDGE_CHARS = " \t\n,;:—–-"
HEADLINE_MAX_CHARS = 160
HEADLINE_MIN_WORDS = 3
# a line "“…” ― Ana Lopez" (readers' letters, testimonials, epigraphs): a quotation that
# opens the line, a dash, and a name of two to five capitalized words ending the line
SIGNED_QUOTE = re.compile(
    # a block's label before the quotation ("CLAIM: “…”"), the signature on the quotation's
    # line or the next, and where and when after a comma ("― Igor Raskin, in an address …")
    r"^[ \t\u00a0]*(?:[A-Z][A-Z ]{1,24}:[ \t\u00a0]*)?(?P<content>[“”\"][^\n]*[”\"])"
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(?P<cue>[―—–])[ \t\u00a0]*"
    r"(?P<source>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,4})(?:[ \t\u00a0.]*$|,[^\n]*$)",
    re.MULTILINE)
SIGNED_MIN_WORDS = 4  # a shorter quotation signed so is a title and its author
# a colon after these opens a list or a section, not a quotation
NOT_NAMES = frozenset({"update", "updated", "watch", "read", "note", "photos", "poll", "daily",
                       "video", "related", "breaking", "exclusive", "analysis", "opinion", "q", "a",
                       "abstract", "text", "correction", "more", "listen", "news", "latest",
                       "transcript", "clip", "begin", "end", "live", "still", "here", "total",
                       # a wire flash's label ("URGENT: Hamas says …")
                       "urgent", "flash", "newsflash", "alert", "developing", "bulletin",
                       # a fact-check's and a live blog's block labels ("CLAIM: “…”",
                       # "RATING: FALSE", "RESULT: The budget is approved", stranger trial 5)
                       "claim", "claims", "rating", "verdict", "result", "results", "ruling",
                       "fact", "facts", "context", "background", "conclusion", "summary",
                       "timeline", "recap", "key", "vote", "score", "final"})
# a transcript turn's role label ("ANCHOR:", "UNIDENTIFIED MALE:", "CO-HOST:"): the
# programme's own voice or someone it does not name, no named source
ROLE_LABEL_WORDS = frozenset({
    "anchor", "co-anchor", "host", "co-host", "presenter", "reporter", "correspondent",
    "newsreader", "newscaster", "announcer", "narrator", "moderator", "interviewer",
    "caller", "voice", "unidentified", "unknown", "male", "female", "man", "woman",
    "speaker", "audience", "member", "crowd", "protester", "protesters", "crosstalk",
    "off-camera", "off", "camera", "question", "answer", "questioner", "participant",
    "#1", "#2", "1", "2", "3"})
# the source hints of a transcript speaker label: a person's name, never an organization;
# a role label is a turn (PolNeAR marks "HOST: …" so) by someone unnamed, no named source
SPEAKER_HINT = "speaker"
ROLE_HINT = "role"


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and (text[end - 1] in EDGE_CHARS or text[end - 1] == "."):
        end -= 1
    span = char_span(text, start, end)
    return span if span is not None and any(c.isalnum() for c in span.text) else None


def _sentence_bounds(doc: Doc, starts: list[int], pos: int) -> tuple[int, int]:
    """The sentence of the token starting nearest `pos` (the earlier on a tie); `starts` are
    the tokens' start offsets, looked up by bisection (an article of thousands of "according
    to" stays linear)."""
    if not starts:
        return 0, len(doc_text(doc))
    k = bisect_left(starts, pos)
    if k == len(starts) or (k > 0 and pos - starts[k - 1] <= starts[k] - pos):
        k -= 1
    sent = doc[k].sent
    return sent.start_char, sent.end_char


# "(OCHA)", "(D-Wis.)": a short bracket is part of the source
ASIDE_MAX_CHARS = 40
ASIDE_MAX_WORDS = 3


def _source_stop(text: str, start: int, end: int) -> int:
    """Where the source after "according to" ends: at a comma, dash or line break, or at a
    bracket that is no short aside ("according to the Office for … (OCHA), 40 died")."""
    stop = start
    while stop < end:
        if text[stop] == "(" and stop > start:
            close = text.find(")", stop, min(end, stop + ASIDE_MAX_CHARS))
            if close > 0 and "(" not in text[stop + 1:close] and \
                    len(text[stop + 1:close].split()) <= ASIDE_MAX_WORDS:
                stop = close + 1
                continue
        if text[stop] in SOURCE_STOPS:
            break
        stop += 1
    return stop


def according_to_attributions(doc: Doc, lex: Lexicon) -> list[RawAttribution]:
    """One attribution per "according to X": source X, content the rest of the sentence (not
    a relative clause on X: "according to the ministry, which blamed rebels")."""
    text = doc_text(doc)
    out: list[RawAttribution] = []
    starts: list[int] | None = None
    for m in lex.according_to.finditer(text):
        cue = Span.of(text, m.start(1), m.end(2))
        starts = [t.idx for t in doc] if starts is None else starts
        ss, se = _sentence_bounds(doc, starts, m.start())
        se = max(se, m.end())
        stop = _source_stop(text, m.end(2), se)
        source = _trim(text, m.end(2), stop)
        after = _trim(text, stop, se)
        if after is not None and RELATIVE_OPENING.match(after.text):
            after = None  # "according to the ministry, which blamed rebels": about the source
        pieces = [p for p in (_trim(text, ss, m.start(1)), after) if p]
        if source is None or not pieces:
            continue
        out.append(RawAttribution("according_to", source, cue, tuple(pieces), None, 0.9, None))
    return out


def adverbial_attributions(doc: Doc, lex: Lexicon) -> list[RawAttribution]:
    """"X is reportedly doing Y": no source, content the clause around the adverb."""
    out: list[RawAttribution] = []
    for i, word in enumerate(view_of(doc).lower):
        if word not in lex.adverbial_cues:
            continue
        tok = doc[i]
        head = tok.head
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        pieces = [p for p in (token_span(doc, lo, tok.i), token_span(doc, tok.i + 1, hi)) if p]
        cue = Span.of(doc_text(doc), tok.idx, tok.idx + len(tok.text))
        if pieces:
            out.append(RawAttribution("indirect", None, cue, tuple(pieces), None, 0.6,
                                      "unspecified"))
    return out


def headline_colon_attributions(doc: Doc, lex: Lexicon) -> list[RawAttribution]:
    """A short line "Name: what they said" (a headline form): cue the colon, source the name."""
    text = doc_text(doc)
    out: list[RawAttribution] = []
    for m in lex.headline_colon.finditer(text):
        line_end = m.end()
        speaker = m.group("source").isupper()  # a transcript line: "TAPPER: And obviously, …"
        if not speaker and text.startswith(",", m.end("source")):
            continue  # a role after a comma ("JAKE TAPPER, CNN HOST:") is a transcript's only
        if not speaker and (line_end - m.start() > HEADLINE_MAX_CHARS
                            or text[line_end - 1:line_end] not in ".”’\"'?!"):
            continue
        colon = text.index(":", m.end("source"))
        source = Span.of(text, m.start("source"), m.end("source"))
        content = _trim(text, m.start("content"), line_end)
        if content is None or len(content.text.split()) < HEADLINE_MIN_WORDS or any(
                w in NOT_NAMES for w in source.text.lower().split()) or (
                not speaker and _section_label(doc, source)):
            continue
        hint = (ROLE_HINT if is_role_label(source.text) else SPEAKER_HINT) if speaker else None
        if content.text[-1:] in "”’\"'" and text[line_end - 1] in "”’\"'":
            content = Span.of(text, content.start, line_end)
        out.append(RawAttribution("direct" if content.text[:1] in "“‘\"'" else "indirect", source,
                                  Span.of(text, colon, colon + 1), (content,), None, 0.6,
                                  hint))
    return out


def _section_label(doc: Doc, label: Span) -> bool:
    """Is a line's "Label:" a section's name ("Gaps: Funding remains …", "Outlook: …"):
    common nouns only, the last no word for a person, a body or a group (noun_may_speak)?
    "Residents:", "Police:" and a name are who speaks."""
    toks = doc.char_span(label.start, label.end, alignment_mode="expand")
    return toks is not None and len(toks) > 0 and all(
        t.lemma_.lower() in common_nouns() or t.lower_ in common_nouns() for t in toks
    ) and not noun_may_speak(toks[-1])


def is_role_label(label: str) -> bool:
    """Whether a transcript speaker label names a role, not a person: "ANCHOR",
    "UNIDENTIFIED MALE", "CO-HOST", and a programme's role after its outlet or rank ("CNN
    ANCHOR", "SENIOR CORRESPONDENT": no person called so)."""
    words = label.lower().replace(",", " ").split()
    return bool(words) and (all(w in ROLE_LABEL_WORDS for w in words)
                            or words[-1] in PROGRAMME_WORDS)


def in_document_attributions(doc: Doc, lex: Lexicon) -> list[RawAttribution]:
    """A sentence opening "In a new Fox News poll, …": source the poll, content the rest."""
    out: list[RawAttribution] = []
    text = doc_text(doc)
    v = view_of(doc)
    for first in sorted(set(v.sent_start)):
        last = v.sent_end[first] - 1
        base = v.idx[first]
        m = lex.in_document.match(text[base:v.idx[last] + len(v.text[last])])
        if m is None:
            continue
        source = _trim(text, base + m.start("source"), base + m.end("source"))
        content = _trim(text, base + m.start("content"), base + m.end("content"))
        if source is None or content is None:
            continue
        cue = Span.of(text, base + m.start("cue"), base + m.end("cue"))
        out.append(RawAttribution("according_to", source, cue, (content,), None, 0.6, None))
    return out


def signed_quote_attributions(doc: Doc) -> list[RawAttribution]:
    """A quotation signed by a dash and a name at the end of its line or on the next: "“…” ―
    Ana Lopez", "CLAIM: “…” — Prime Minister Igor Raskin, in a televised address …"."""
    text = doc_text(doc)
    out: list[RawAttribution] = []
    for m in SIGNED_QUOTE.finditer(text):
        source = _trim(text, m.start("source"), m.end("source"))
        content = Span.of(text, m.start("content"), m.end("content"))
        if (source is None or source.text.split()[0].lower() in NOT_NAMES
                or len(content.text.split()) < SIGNED_MIN_WORDS):  # "“Get Out” — Jordan Peele"
            continue
        cue = Span.of(text, m.start("cue"), m.end("cue"))
        out.append(RawAttribution("direct", source, cue, (content,), None, 0.8, None))
    return out


# a verb after its source that the parser hung on that source's noun phrase: "Talks are
# close to a deal, a senior official who asked not to be named said on Tuesday" ("said"
# an `acl` of "official", "official" an appositive of the main clause's subject)
TRAILING_HEAD_DEPS = frozenset({"appos", "npadvmod"})
TRAILING_CUE_CHILD_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct"})


def trailing_source_attributions(doc: Doc, lex: Lexicon) -> list[RawAttribution]:
    """"CONTENT, SOURCE said [when]." misparsed with the cue on the source's noun phrase:
    source the noun phrase before the cue, content the sentence before its comma."""
    text = doc_text(doc)
    out: list[RawAttribution] = []
    for tok in doc:
        if tok.dep_ != "acl" or tok.lemma_.lower() not in lex.speech_verbs:
            continue
        head = tok.head
        first = head.left_edge.i
        sent = tok.sent
        if head.dep_ not in TRAILING_HEAD_DEPS or head.pos_ not in ("NOUN", "PROPN") or \
                first <= sent.start or doc[first - 1].text != "," or \
                any(c.dep_ not in TRAILING_CUE_CHILD_DEPS for c in tok.children) or \
                tok.right_edge.i + 1 < sent.end and not all(
                    t.is_punct or t.is_space for t in doc[tok.right_edge.i + 1:sent.end]):
            continue
        source = _trim(text, doc[first].idx, tok.idx)
        content = _trim(text, sent.start_char, doc[first - 1].idx)
        if source is None or content is None or not any(
                t.pos_ in ("VERB", "AUX") for t in doc[sent.start:first - 1]):
            continue
        cue = Span.of(text, tok.idx, tok.idx + len(tok.text))
        quoted = content.text[:1] in "\"“" and content.text[-1:] in "\"”"
        out.append(RawAttribution("direct" if quoted else "indirect", source, cue, (content,),
                                  None, 0.8, None))
    return out
