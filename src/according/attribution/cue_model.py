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
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from according.attribution.lexicon import FRAME_DEPS, load_lexicon
from according.attribution.parse_features import ParseView, view_of
from according.nlp import doc_text

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


_BIN_NAMES = tuple(str(k) for k in range(len(RATE_BINS) + 1))


def _rate_bin(rate: float) -> str:
    """How many of RATE_BINS the rate reaches, as a name."""
    return _BIN_NAMES[bisect_right(RATE_BINS, rate)]


def _subject(v: ParseView, i: int) -> int | None:
    head = i
    for _ in range(3):
        subj = next((c for c in v.children[head] if v.dep[c] in SUBJECT_DEPS), None)
        if subj is not None or v.dep[head] not in INHERIT_DEPS or v.head[head] == head:
            return subj
        head = v.head[head]
    return None


def _subject_kind(v: ParseView, subj: int | None) -> tuple[str, str]:
    """(kind, word): kind is an entity type, PRON, NOUN, PROPN, OTHER or none."""
    if subj is None:
        return "none", ""
    ent, pos = v.ent[subj], v.pos[subj]
    if ent in ENTITY_KINDS:
        return ent, ent
    if pos == "PRON":
        return "PRON", v.lower[subj]
    if pos in ("NOUN", "PROPN"):
        return pos, v.lemma[subj]
    return "OTHER", pos


@dataclass(frozen=True)
class _Sentence:
    """What every verb of one sentence looks at: the quotation marks (start and end
    offsets in the Doc's text) and the verbs whose lemma is a strong cue."""

    marks: tuple[tuple[int, int], ...]
    strong: tuple[int, ...]


def _sentences(v: ParseView) -> tuple[list[int], list[_Sentence]]:
    """For each token the number of its sentence, and each sentence's _Sentence (worked
    out once per Doc)."""
    found = v.doc.user_data.get(_SENTENCES_KEY)
    if found is None:
        lex = load_lexicon()
        text = doc_text(v.doc)
        index = [0] * v.n
        sentences = []
        start = 0
        while start < v.n:
            end = v.sent_end[start]
            base, last = v.idx[start], end - 1
            marks = tuple(m.span() for m in QUOTE_MARK_RE.finditer(
                text, base, v.idx[last] + len(v.text[last])))
            strong = tuple(t for t in range(start, end) if v.pos[t] == "VERB"
                           and lex.rate(v.lemma[t], "VERB") >= STRONG_RATE)
            index[start:end] = [len(sentences)] * (end - start)
            sentences.append(_Sentence(marks, strong))
            start = end
        found = v.doc.user_data[_SENTENCES_KEY] = (index, sentences)
    return found


def _quote_context(v: ParseView, i: int, sent: _Sentence) -> tuple[bool, bool]:
    """(inside quotation marks, sentence has quotation marks), counted within the sentence."""
    at = v.idx[i]
    before = sum(end <= at for _, end in sent.marks)
    after = sum(start >= at for start, _ in sent.marks)
    return before % 2 == 1, before + after > 0


def _context_cues(v: ParseView, i: int, lemma: str, sent: _Sentence) -> list[str]:
    """Where the strong cues around `i` are: an ancestor it is the content of ("Voters want
    lower taxes, the senator said"), another in its sentence, and what its object is."""
    lex = load_lexicon()
    feats = ["anc=none"]
    node, path = i, []
    for _ in range(ANCESTOR_STEPS):
        if v.head[node] == node:
            break
        path.append(v.dep[node])
        node = v.head[node]
        if lex.rate(v.lemma[node], "VERB") >= STRONG_RATE:
            feats = [f"anc={'/'.join(path[:2])}", f"lanc={lemma}|{path[0]}"]
            break
    strong = next((t for t in sent.strong if t != i), None)
    if strong is not None:
        feats.append("sc=" + ("before" if strong < i else "after"))
    feats.append(f"lsc={lemma}|{int(strong is not None)}")
    dobj = next((c for c in v.children[i] if v.dep[c] == "dobj"), None)
    if dobj is not None:
        kind = v.ent[dobj] or v.pos[dobj]
        feats += [f"ob={kind}", f"lob={lemma}|{kind}"]
    return feats


def cue_features(tok: Token) -> list[str]:
    """The sparse features of one token, as strings (empty for a token that is no candidate);
    worked out once per token of a Doc."""
    return features_at(view_of(tok.doc), tok.i)


def features_at(v: ParseView, i: int) -> list[str]:
    """`cue_features` of token `i` of the view's Doc."""
    cache = v.doc.user_data.get(_FEATURES_KEY)
    if cache is None:
        cache = v.doc.user_data[_FEATURES_KEY] = {}
    found = cache.get(i)
    if found is None:
        found = cache[i] = _cue_features(v, i)
    return found


def _cue_features(v: ParseView, i: int) -> list[str]:
    pos = v.pos[i]
    if pos not in CANDIDATE_POS:
        return []
    lex = load_lexicon()
    lemma, tag, dep, children = v.lemma[i], v.tag[i], v.dep[i], v.children[i]
    deps = {v.dep[c] for c in children}
    frame = next((d for d in FRAME_DEPS if d in deps), "none")  # as lexicon.frame_of
    kind, word = _subject_kind(v, _subject(v, i))
    index, sentences = _sentences(v)
    sent = sentences[index[i]]
    in_quote, sent_quote = _quote_context(v, i, sent)
    head = v.head[i]
    head_lemma = v.lemma[head] if head != i else "ROOT"
    modal = next((v.lower[c] for c in children if v.tag[c] == "MD"), "")
    that = any(v.dep[c] == "mark" and v.lower[c] == "that" for d in children
               if v.dep[d] == "ccomp" for c in v.children[d])
    xcomp = next((c for c in children if v.dep[c] == "xcomp"), None)
    feats = [
        f"l={lemma}", f"lf={lemma}|{frame}", f"f={frame}", f"pos={pos}",
        f"tag={tag}", f"lt={lemma}|{tag}", f"dep={dep}", f"ld={lemma}|{dep}",
        f"sk={kind}", f"lsk={lemma}|{kind}", f"sw={word}", f"lsw={lemma}|{word}",
        f"q={int(in_quote)}{int(sent_quote)}", f"lq={lemma}|{int(in_quote)}{int(sent_quote)}",
        f"hl={head_lemma}", f"hd={v.pos[head]}|{dep}",
        f"hr={_rate_bin(lex.rate(head_lemma, 'VERB'))}|{dep}",
        f"r={_rate_bin(lex.rate(lemma, pos))}",
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
        feats.append(f"lx={lemma}|{v.lemma[xcomp]}")
    if any(v.dep[c] in ("prep", "dative") and v.lower[c] in lex.recipient_preps
           for c in children):
        feats.append("rprep")
    return feats + _context_cues(v, i, lemma, sent)


def load_cue_model(path: Path = MODEL_PATH) -> CueModel:
    """The model in `path` ({"bias": b, "weights": {feature: w}})."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return CueModel(weights=raw["weights"], bias=float(raw["bias"]))


@lru_cache(maxsize=1)
def _shipped_model() -> CueModel:
    return load_cue_model()


def cue_score(features: list[str], model: CueModel) -> float:
    """The model's probability for a feature list."""
    z = model.bias + sum(map(model.weights.get, features, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cue_probability(tok: Token) -> float:
    """Probability that `tok` heads a gold cue (0.0 for a token that is no verb candidate);
    worked out once per token of a Doc."""
    return probability_at(view_of(tok.doc), tok.i)


def probability_at(v: ParseView, i: int) -> float:
    """`cue_probability` of token `i` of the view's Doc."""
    cache = v.doc.user_data.get(_PROBABILITY_KEY)
    if cache is None:
        cache = v.doc.user_data[_PROBABILITY_KEY] = {}
    found = cache.get(i)
    if found is None:
        features = features_at(v, i)
        found = cache[i] = cue_score(features, _shipped_model()) if features else 0.0
    return found
