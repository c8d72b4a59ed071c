"""The rule cascade for one verb cue: its subject as source, its clause (ccomp / xcomp /
preposition object / object) as content, its span with auxiliaries and particles, and the
frames in which a likely verb reports nothing. find.py runs it for each cue head; its
answers are also features of the learned cue, source and content choices.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from according.attribution.cue_model import cue_probability
from according.attribution.lexicon import Lexicon, frame_of, reports_nothing
from according.attribution.raw import Draft
from according.attribution.source_heads import may_speak
from according.attribution.spans import (
    char_span,
    dateline_end,
    source_span,
    subtree_span,
    token_span,
    without_narration,
)
from according.nlp import doc_text
from according.records import Span

SUBJECT_DEPS = ("nsubj", "csubj")
INHERIT_DEPS = ("conj", "advcl", "xcomp", "acomp", "pcomp", "prep")
CONTENT_DEPS = ("ccomp", "xcomp")
CLAUSE_CUT_DEPS = ("advcl", "conj")
NOT_FRONTED_DEPS = ("nsubj", "nsubjpass", "aux", "auxpass")
NOUN_MODIFIER_DEPS = ("compound", "det", "amod", "nmod", "poss", "nummod")
CUE_LEFT_DEPS = ("aux", "auxpass", "neg")
ARTICLES = ("a", "an", "the")
RECIPIENT_POS = ("PROPN", "NOUN", "PRON")
ASIDE_WORDS = frozenset({"which", "who", "whom", "whose", "where"})
TOPIC_PREPS = frozenset({"about", "of", "against", "over"})
TIME_PREPS = frozenset({"after", "before", "since", "until", "during", "following"})
CUE_PREP_RATE = 0.44
MAX_CHAIN_GAP = 3
CHAIN_DEPS = ("xcomp", "advcl")
PASSIVE_CLAUSE_DEPS = ("xcomp", "ccomp", "oprd")


def is_cue_candidate(tok: Token, lex: Lexicon) -> bool:
    """A verb that reports: the learned model is sure enough, or the learned rates say so and
    the model does not object; never in a frame that reports nothing."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma == "accord":
        return False
    if lemma in lex.sourceless_passive and tok.tag_ == "VBN" and (
            tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)):
        # "are believed to be", "is expected to win", "it is alleged that": a passive
        # reports a clause; "a decision was expected later on Tuesday" reports nothing
        return any(c.dep_ in PASSIVE_CLAUSE_DEPS for c in tok.children)
    if figure_report(tok, lex):
        return True
    p = cue_probability(tok)
    likely = p >= lex.cue_model_add or p >= lex.cue_model_keep and _rates_say_cue(tok, lemma, lex)
    return likely and not reports_nothing(tok, lex, lambda head: is_cue_candidate(head, lex))


def figure_report(tok: Token, lex: Lexicon) -> bool:
    """"The IMF estimated debt at 74%", "The statistics office puts growth in 2025 at 2.1%",
    "a survey by Meridian put the Civic Alliance at 31%": a verb of estimating with an
    object and "at" a figure, its subject someone who may speak or a document. Not "the
    budget caps spending at 412 billion" (no such verb) nor "put the town at risk"."""
    if tok.lemma_.lower() not in lex.figure_report_verbs or not any(
            c.dep_ == "dobj" for c in tok.children):
        return False
    subj = _subject(tok)
    if subj is None or subj.pos_ == "PRON" and subj.lower_ not in ("it", "they"):
        return False
    ats = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"]
    ats += [g for c in tok.children if c.dep_ == "dobj" for g in c.children
            if g.dep_ == "prep" and g.lower_ == "at"]
    return any(t.like_num or t.text in ("%", "percent", "per") for a in ats
               for t in a.subtree if t.i > a.i)


def _rates_say_cue(tok: Token, lemma: str, lex: Lexicon) -> bool:
    return (lex.rate(lemma, "VERB") >= lex.min_rate_with_clause
            or lex.frame_rates.get((lemma, frame_of(tok)), 0.0) >= lex.min_frame_rate
            or lex.clause_rates.get((lemma, "VERB"), 0.0) >= lex.min_clause_rate
            and any(c.dep_ == "ccomp" for c in tok.children))


def _subject(tok: Token) -> Token | None:
    if any(c.dep_ in ("nsubjpass", "csubjpass") for c in tok.children):
        return None
    head = _speaker_of_trailing_participle(tok) or tok
    for _ in range(4):
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            # a dateline the parser made a second subject ("OSTBY, Norland (AP) —
            # Norland's government cut …") is where, not who
            return next((c for c in subjects if not in_dateline(c)), subjects[0])
        if head is tok and (misplaced := _subject_in_fronted_phrase(tok)) is not None:
            return misplaced
        if head.dep_ not in INHERIT_DEPS or head.head is head:
            return None
        head = head.head
    return None


def in_dateline(tok: Token) -> bool:
    """Does `tok` lie in a dateline or clock stamp opening its line ("OSTBY, Norland (AP) —
    ", "10:50 CET — ")?"""
    end = dateline_end(doc_text(tok.doc), tok.idx)
    return end is not None and tok.idx < end


def _speaker_of_trailing_participle(tok: Token) -> Token | None:
    """"The mayor said the plan was flawed, saying it would cost too much": the parser hangs
    ", saying" on the reported clause; the one saying it is the subject of the verb that
    reports that clause, not the clause's own subject ("the plan")."""
    clause = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i < 1 or tok.doc[tok.i - 1].text != "," \
            or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB" or clause.i > tok.i:
        return None
    # "Officials said Smith resigned, saying he wanted …": a clause subject that can speak
    # ("Smith", "the man", "the company") doing something is the one saying it; not one
    # that only is something ("said the president was ready to sign, saying …")
    if clause.lemma_ != "be" and any(c.dep_ in ("nsubj", "nsubjpass") and may_speak(c)
                                     for c in clause.children):
        return None
    return clause.head


def _subject_in_fronted_phrase(tok: Token) -> Token | None:
    """"In a note to clients, a senior economist at Westpac said …": with no subject, the
    parser made the speaker an apposition inside the fronted phrase; the apposition that
    ends right before the verb is its subject."""
    for prep in tok.lefts:
        if prep.dep_ != "prep":
            continue
        for t in prep.subtree:
            if t.dep_ == "appos" and t.right_edge.i + 1 == tok.i and t.pos_ in ("NOUN", "PROPN"):
                return t
    return None


def trailing_report(tok: Token, lex: Lexicon) -> bool:
    """", saying …" / ", adding …" after a clause reported by a verb: a reporting verb
    (PolNeAR rate at least min_rate_with_clause) whose speaker is that verb's subject."""
    head = _speaker_of_trailing_participle(tok)
    return head is not None and lex.rate(tok.lemma_.lower(), "VERB") >= lex.min_rate_with_clause \
        and _subject(tok) is not None


def _fronted_participle(tok: Token) -> bool:
    """"Asked whether he would resign, Smith said …": the asker is not Smith (PolNeAR gives
    such a cue no source; the main verb carries Smith's own attribution)."""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i < tok.head.i and not any(
        c.dep_ in NOT_FRONTED_DEPS for c in tok.children)


def _inverted_source(tok: Token) -> Span | None:
    """"…, the data shows.": a noun phrase the parser hung on the verb as modifiers, after the
    clause it reports."""
    doc = tok.doc
    if not any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return None
    lo = tok.i
    while lo > 0 and doc[lo - 1].head.i in (tok.i, *range(lo, tok.i)) and (
            doc[lo - 1].dep_ in NOUN_MODIFIER_DEPS):
        lo -= 1
    if not any(t.pos_ in ("NOUN", "PROPN") for t in doc[lo:tok.i]):
        return None
    return token_span(doc, lo, tok.i)


def _passive_subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("nsubjpass", "csubjpass")), None)


def _agent(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _cue_prep(tok: Token, lex: Lexicon) -> Token | None:
    """The preposition that belongs to the cue ("warned of", "called for"), if any."""
    for child in tok.rights:
        rate = lex.prep_rates.get((tok.lemma_.lower(), child.lower_), 0.0)
        if child.dep_ == "prep" and rate >= CUE_PREP_RATE:
            return child
    return None


def _cue_span(tok: Token, prep: Token | None, lex: Lexicon) -> Span | None:
    """The verb with its auxiliaries, negation, joined adverbs ("has also said"), particle,
    cue preposition, "in a statement", a weekday ("said Sunday") and a closing colon."""
    doc = tok.doc
    lo = hi = tok.i
    while lo > 0 and doc[lo - 1].head.i == tok.i and (
            doc[lo - 1].dep_ in CUE_LEFT_DEPS or doc[lo - 1].lower_ in lex.cue_left_adverbs):
        lo -= 1
    head = tok.head
    if tok.dep_ in CHAIN_DEPS and head.pos_ == "VERB" and 0 < tok.i - head.i <= MAX_CHAIN_GAP and (
            doc[lo].tag_ == "TO"):
        # "went on to say", "declined to discuss": PolNeAR's cue spans the chain
        lo = head.i
        while lo > 0 and doc[lo - 1].head.i == head.i and doc[lo - 1].dep_ in CUE_LEFT_DEPS:
            lo -= 1
    for child in tok.rights:
        if child.dep_ == "prt" and child.i == hi + 1:
            hi = child.i
    if prep is not None and prep.i == hi + 1:
        hi = prep.i
    elif hi + 1 < len(doc) and doc[hi + 1].text in lex.cue_right_words:
        hi += 1
    elif hi + 3 < len(doc) and doc[hi + 1].lower_ == "in" and doc[hi + 2].lower_ in ARTICLES \
            and doc[hi + 3].lower_ in lex.cue_prep_objects:
        hi += 3
    if hi + 1 < len(doc) and doc[hi + 1].text == ":":
        hi += 1
    return char_span(doc_text(doc), doc[lo].idx, doc[hi].idx + len(doc[hi].text))


def _recipient(tok: Token, lex: Lexicon) -> Span | None:
    lemma = tok.lemma_.lower()
    if lemma not in lex.recipient_verbs:
        return None
    for child in tok.rights:
        if child.dep_ in ("dobj", "dative") and lemma == "tell" and child.pos_ in RECIPIENT_POS:
            return subtree_span(child)
        if child.dep_ in ("prep", "dative") and child.lower_ in lex.recipient_preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in ("ORG", "PERSON")):
                return subtree_span(pobj)
    return None


def _content_token(tok: Token, lex: Lexicon, prep: Token | None) -> Token | None:
    for dep in CONTENT_DEPS:
        found = [c for c in tok.children if c.dep_ == dep]
        if found:
            return found[-1] if dep == "ccomp" and found[-1].i > tok.i else found[0]
    if prep is not None:
        pobj = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if pobj:
            return pobj[0]
    lemma = tok.lemma_.lower()
    takes_object = (lex.rate(lemma, "VERB") >= lex.min_rate_with_object
                    or cue_probability(tok) >= lex.cue_model_object
                    or figure_report(tok, lex))
    if takes_object and lemma != "tell":
        return next((c for c in tok.rights if c.dep_ == "dobj"), None)
    return None


def _content_spans(tok: Token, content: Token, lex: Lexicon,
                   quotes: tuple[tuple[int, int], ...]) -> list[Span]:
    """The content clause; an object takes its "for …"/"as …" complement along ("blasted him
    for not paying"), an infinitive its object ("urges supporters to monitor"); a clause
    around its own cue ("which he said could not be") is cut in two, a clause with its own
    cue after it (", while supporters insist …") is cut off, and so is narration after a
    quotation the content opens with ("“…” as teams worked through the night")."""
    if content.i < tok.i:
        return [s for s in (subtree_span(content, skip=tok),) if s]
    doc = tok.doc
    i, j = content.left_edge.i, content.right_edge.i + 1
    if content.dep_ == "xcomp" and tok.lemma_.lower() not in lex.recipient_verbs:
        obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < content.i), None)
        if obj is not None:
            i = obj.left_edge.i
    elif content.dep_ in ("dobj", "pobj", "pcomp"):
        for child in tok.rights:
            if child.i > content.i and child.left_edge.i == j and _extends_object(child):
                j = child.right_edge.i + 1
        if content.dep_ == "dobj" and figure_report(tok, lex):
            # "puts growth in 2025 at 2.1%": the figure is the object's, over the year
            j = max([j] + [c.right_edge.i + 1 for c in tok.rights
                           if c.dep_ == "prep" and c.lower_ == "at" and c.i > content.i])
    j = _without_trailing_aside(doc, i, j)
    j = min([j] + [c.left_edge.i for c in content.rights if _own_attribution(c, lex)])
    j = without_narration(content, i, j, quotes)
    if i < tok.i:
        pieces = (token_span(doc, i, tok.left_edge.i), token_span(doc, tok.i + 1, j))
        return [s for s in pieces if s]
    return [s for s in (token_span(doc, i, j),) if s]


def _own_attribution(clause: Token, lex: Lexicon) -> bool:
    """Is this clause a contrasting attribution with a clause of its own (", while supporters
    insist it is …", "though she noted …")? PolNeAR's content ends before it; a "because" or
    "when" clause stays in, even around a cue, and so does "police shout at him to drop …"."""
    if clause.dep_ not in CLAUSE_CUT_DEPS or not any(
            c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False
    link = {c.lower_ for c in clause.children if c.dep_ in ("mark", "cc")}
    link |= {c.lower_ for c in clause.head.children if c.dep_ == "cc" and c.i < clause.i}
    return bool(link & lex.contrast_words) and is_cue_candidate(clause, lex) and any(
        c.dep_ == "ccomp" for c in clause.children)


def _extends_object(child: Token) -> bool:
    """Does this complement of the cue verb continue its object ("dismissed X as weak")?"""
    if child.dep_ in ("oprd", "acomp"):
        return True
    if child.dep_ != "prep":
        return False
    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
    return pobj is None or pobj.ent_type_ not in ("DATE", "TIME") and child.lower_ not in TIME_PREPS


def _without_trailing_aside(doc: Doc, i: int, j: int) -> int:
    """Cut a closing aside off a content range: ", which …", ", reflecting …" (PolNeAR's
    annotators leave these out of the content)."""
    for k in range(i + 1, j - 1):
        nxt = doc[k + 1]
        if doc[k].text != "," or nxt.right_edge.i < j - 2 and nxt.head.right_edge.i < j - 2:
            continue
        if nxt.lower_ in ASIDE_WORDS or nxt.tag_ == "VBG" and nxt.dep_ in ("advcl", "acl"):
            return k
        if nxt.dep_ == "prep" and k + 2 < j and doc[k + 2].lower_ in ASIDE_WORDS:
            return k
    return j


def verb_draft(tok: Token, lex: Lexicon, quotes: tuple[tuple[int, int], ...]) -> Draft:
    rate = lex.rate(tok.lemma_.lower(), "VERB")
    prep = _cue_prep(tok, lex)
    draft = Draft(tok, None, _cue_span(tok, prep, lex), confidence=rate,
                   recipient=_recipient(tok, lex))
    fronted = _fronted_participle(tok)
    subj = None if fronted else _subject(tok)
    passive = _passive_subject(tok)
    if fronted:
        draft.source_hint = "unspecified"
    if tok.lemma_.lower() in lex.raising_verbs and subj is not None:
        # "Trump seems to understand …": the annotators give no source, two content pieces
        passive, subj = subj, None
    if subj is not None:
        draft.source = source_span(subj, tok)
    elif passive is None and not fronted:
        draft.source = _inverted_source(tok)
    elif passive is not None:
        agent = _agent(tok)
        if agent is not None:
            draft.source = source_span(agent)
        elif tok.lemma_.lower() in lex.sourceless_passive | lex.raising_verbs:
            draft.source_hint = "unspecified"
    content = _content_token(tok, lex, prep)
    if content is None and prep is None:
        # "talked about X", "said of X": the first preposition joins the cue after all
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.i == tok.i + 1
                     and c.lower_ in TOPIC_PREPS), None)
        content = _content_token(tok, lex, prep) if prep is not None else None
        if content is not None:
            draft.cue = _cue_span(tok, prep, lex)
    if content is None and passive is not None and draft.source is not None:
        # "the bill was opposed by House Republicans": the subject is what is attributed
        draft.content = [s for s in (subtree_span(passive),) if s]
        return draft
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in lex.sourceless_passive:
        draft.source_hint = "unspecified"
        if content is not None:
            head = token_span(tok.doc, tok.head.left_edge.i, tok.head.i + 1)
            draft.content = [p for p in (head, subtree_span(content)) if p]
        return draft
    if content is not None:
        spans = _content_spans(tok, content, lex, quotes)
        if spans:
            text = doc_text(tok.doc)
            draft.content = [p for span in spans for p in _quote_aware(text, span, quotes)]
            if passive is not None and subj is None and draft.source is None:
                subject_span = subtree_span(passive)
                if subject_span is not None:
                    draft.content.insert(0, subject_span)
    return draft


def _quote_aware(text: str, span: Span, quotes: tuple[tuple[int, int], ...]) -> list[Span]:
    """A clause span, widened to whole quotations it cuts, or narrowed to the quote it is."""
    inside = [q for q in quotes if q[0] < span.end and span.start < q[1]]
    if not inside:
        return [span]
    if len(inside) == 1 and inside[0][0] <= span.start + 1 and inside[0][1] >= span.end - 1:
        return [Span.of(text, *inside[0])]
    start = min(span.start, inside[0][0])
    end = max(span.end, inside[-1][1])
    return [Span.of(text, start, end)]
