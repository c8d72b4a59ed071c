"""A learned cue classifier: how likely a verb token is an attribution cue in its context.

Per-lemma rates (lexicon.py) cannot tell "She wants to win" from "Democrats want a vote, the
aide said"; this logistic regression over sparse context features (lemma, complement frame,
subject kind, tense, quotation marks, modals, negation, the verb it hangs from) can.
`cue_features(tok)` is pure and deterministic; `cue_probability(tok)` reads the weights in
src/according/data/cue_model.json once (trained by `python -m
according.attribution.train_cue_model`).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from according.attribution.lexicon import FRAME_DEPS, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "cue_model.json"
CANDIDATE_POS = ("VERB", "AUX")
QUOTE_MARK_RE = re.compile(r"\"|“|”|''|``")
ENTITY_KINDS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
INHERIT_DEPS = ("conj", "xcomp", "advcl")
COMPLEMENT_DEPS = ("ccomp", "xcomp", "dobj", "prep", "dative", "advcl", "prt", "acomp")
RATE_BINS = (0.01, 0.05, 0.1, 0.25, 0.5, 0.75)
STRONG_RATE = 0.5     # a lemma that is a cue at least this often: "said", "told", "argued"
ANCESTOR_STEPS = 4
_FEATURES_KEY = "according.cue_features"
_PROBABILITY_KEY = "according.cue_probability"
_SENTENCES_KEY = "according.cue_sentences"


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    bias: float


def _rate_bin(rate: float) -> str:
    return str(sum(rate >= b for b in RATE_BINS))


def _subject(tok: Token, children: list[Token]) -> Token | None:
    head = tok
    for _ in range(3):
        kids = children if head is tok else head.children
        subj = next((c for c in kids if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None or head.dep_ not in INHERIT_DEPS or head.head.i == head.i:
            return subj
        head = head.head
    return None


def _subject_kind(subj: Token | None) -> tuple[str, str]:
    """(kind, word): kind is an entity type, PRON, NOUN, PROPN, OTHER or none."""
    if subj is None:
        return "none", ""
    if subj.ent_type_ in ENTITY_KINDS:
        return subj.ent_type_, subj.ent_type_
    if subj.pos_ == "PRON":
        return "PRON", subj.lower_
    if subj.pos_ in ("NOUN", "PROPN"):
        return subj.pos_, subj.lemma_.lower()
    return "OTHER", subj.pos_


@dataclass(frozen=True)
class _Sentence:
    """What every verb of one sentence looks at: the quotation marks (start and end
    offsets in the Doc's text) and the verbs whose lemma is a strong cue."""

    marks: tuple[tuple[int, int], ...]
    strong: tuple[int, ...]


def _sentence_of(tok: Token) -> _Sentence:
    """The token's _Sentence, worked out once per sentence of a Doc."""
    doc = tok.doc
    found = doc.user_data.get(_SENTENCES_KEY)
    if found is None:
        lex = load_lexicon()
        index = [0] * len(doc)
        sentences = []
        for n, sent in enumerate(doc.sents):
            base = sent.start_char
            marks = tuple((base + m.start(), base + m.end())
                          for m in QUOTE_MARK_RE.finditer(sent.text))
            strong = tuple(t.i for t in sent if t.pos_ == "VERB"
                           and lex.rate(t.lemma_.lower(), "VERB") >= STRONG_RATE)
            sentences.append(_Sentence(marks, strong))
            index[sent.start:sent.end] = [n] * (sent.end - sent.start)
        found = doc.user_data[_SENTENCES_KEY] = (index, sentences)
    index, sentences = found
    return sentences[index[tok.i]]


def _quote_context(tok: Token, sent: _Sentence) -> tuple[bool, bool]:
    """(inside quotation marks, sentence has quotation marks), counted within the sentence."""
    before = sum(end <= tok.idx for _, end in sent.marks)
    after = sum(start >= tok.idx for start, _ in sent.marks)
    return before % 2 == 1, before + after > 0


def _context_cues(tok: Token, lemma: str, sent: _Sentence, children: list[Token]) -> list[str]:
    """Where the strong cues around `tok` are: an ancestor it is the content of ("Voters want
    lower taxes, the senator said"), another in its sentence, and what its object is."""
    lex = load_lexicon()
    feats = ["anc=none"]
    node, path = tok, []
    for _ in range(ANCESTOR_STEPS):
        if node.head.i == node.i:
            break
        path.append(node.dep_)
        node = node.head
        if lex.rate(node.lemma_.lower(), "VERB") >= STRONG_RATE:
            feats = [f"anc={'/'.join(path[:2])}", f"lanc={lemma}|{path[0]}"]
            break
    strong = next((i for i in sent.strong if i != tok.i), None)
    if strong is not None:
        feats.append("sc=" + ("before" if strong < tok.i else "after"))
    feats.append(f"lsc={lemma}|{int(strong is not None)}")
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    if dobj is not None:
        kind = dobj.ent_type_ or dobj.pos_
        feats += [f"ob={kind}", f"lob={lemma}|{kind}"]
    return feats


def cue_features(tok: Token) -> list[str]:
    """The sparse features of one token, as strings (empty for a token that is no candidate);
    worked out once per token of a Doc."""
    cache = tok.doc.user_data.setdefault(_FEATURES_KEY, {})
    found = cache.get(tok.i)
    if found is None:
        found = cache[tok.i] = _cue_features(tok)
    return found


def _cue_features(tok: Token) -> list[str]:
    if tok.pos_ not in CANDIDATE_POS:
        return []
    lex = load_lexicon()
    lemma = tok.lemma_.lower()
    children = list(tok.children)  # each walk over .children crosses the whole subtree
    deps = {c.dep_ for c in children}
    frame = next((d for d in FRAME_DEPS if d in deps), "none")  # as lexicon.frame_of
    subj = _subject(tok, children)
    kind, word = _subject_kind(subj)
    sent = _sentence_of(tok)
    in_quote, sent_quote = _quote_context(tok, sent)
    head = tok.head
    head_lemma = head.lemma_.lower() if head.i != tok.i else "ROOT"
    modal = next((c.lower_ for c in children if c.tag_ == "MD"), "")
    that = any(c.dep_ == "mark" and c.lower_ == "that" for d in children
               if d.dep_ == "ccomp" for c in d.children)
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    feats = [
        f"l={lemma}", f"lf={lemma}|{frame}", f"f={frame}", f"pos={tok.pos_}",
        f"tag={tok.tag_}", f"lt={lemma}|{tok.tag_}", f"dep={tok.dep_}", f"ld={lemma}|{tok.dep_}",
        f"sk={kind}", f"lsk={lemma}|{kind}", f"sw={word}", f"lsw={lemma}|{word}",
        f"q={int(in_quote)}{int(sent_quote)}", f"lq={lemma}|{int(in_quote)}{int(sent_quote)}",
        f"hl={head_lemma}", f"hd={head.pos_}|{tok.dep_}",
        f"hr={_rate_bin(lex.rate(head_lemma, 'VERB'))}|{tok.dep_}",
        f"r={_rate_bin(lex.rate(lemma, tok.pos_))}",
        f"fr={_rate_bin(lex.frame_rates.get((lemma, frame), 0.0))}",
        f"md={modal}", f"lmd={lemma}|{bool(modal)}",
        f"that={int(that)}", f"lthat={lemma}|{int(that)}",
    ]
    feats += [f"has={d}" for d in sorted(deps) if d in COMPLEMENT_DEPS]
    feats += [f"lhas={lemma}|{d}" for d in sorted(deps) if d in COMPLEMENT_DEPS]
    if "neg" in deps:
        feats += ["neg", f"lneg={lemma}"]
    if "nsubjpass" in deps or "auxpass" in deps:
        feats += ["pass", f"lpass={lemma}"]
    if xcomp is not None:
        feats.append(f"lx={lemma}|{xcomp.lemma_.lower()}")
    if any(c.dep_ in ("prep", "dative") and c.lower_ in lex.recipient_preps for c in children):
        feats.append("rprep")
    return feats + _context_cues(tok, lemma, sent, children)


def load_cue_model(path: Path = MODEL_PATH) -> CueModel:
    """The model in `path` ({"bias": b, "weights": {feature: w}})."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return CueModel(weights=raw["weights"], bias=float(raw["bias"]))


@lru_cache(maxsize=1)
def _shipped_model() -> CueModel:
    return load_cue_model()


def cue_score(features: list[str], model: CueModel) -> float:
    """The model's probability for a feature list."""
    z = model.bias + sum(model.weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cue_probability(tok: Token) -> float:
    """Probability that `tok` heads a gold cue (0.0 for a token that is no verb candidate);
    worked out once per token of a Doc."""
    cache = tok.doc.user_data.setdefault(_PROBABILITY_KEY, {})
    found = cache.get(tok.i)
    if found is None:
        features = cue_features(tok)
        found = cache[tok.i] = cue_score(features, _shipped_model()) if features else 0.0
    return found
