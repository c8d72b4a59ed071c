"""Where a cue's content starts and ends, learned from PolNeAR train.

Every token boundary of the cue's paragraph (at most MAX_REACH tokens either side of the
cue) is a candidate start and a candidate end. Two linear rankers (data/models/
content_start.json, content_end.json) score them by the words and parse around the
boundary, the largest phrase that starts or ends there and how it hangs from the cue
("the clause the cue governs ends here", "a ', which' follows"), and whether the rule-built
content (find.py) starts or ends there. The best start before the best end wins; the cue,
the source and the punctuation beside them are cut out, which splits "“…,” he said, “…”"
into its pieces.

The feature lists (`start_static`, `start_dynamic`, `end_static`, `end_dynamic`) are what
training reads; at run time `start_scores` and `end_scores` score all of a Doc's cues'
boundaries together as arrays (boundary_arrays.py), the same sums to the last bit, and only
the few best boundaries of each cue spell their features for the joint model.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING

import numpy as np

from according.attribution.boundary_arrays import DocArrays, top_phrases
from according.attribution.cue_model import probability_at
from according.attribution.lexicon import load_lexicon
from according.attribution.linear import choose_scores, load_model
from according.attribution.parse_features import ParseView, bucket, dep_path, relation
from according.attribution.verb_rules import figure_report

if TYPE_CHECKING:
    from collections.abc import Callable

    from according.attribution.linear import LinearModel

MAX_REACH = 80
QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "''", "``", "'"})
TOP_PAIRS = 4
BACKSHIFTED = frozenset({"would", "could", "might", "should"})
GAP_CUT = 0.0
STRONG_CUE = 0.5
_STATICS_KEY = "according.content_statics"
# a content starts with a word or a quotation mark and ends with a word, a closing mark or
# these (PolNeAR train: other punctuation is under 0.1% of either edge)
END_PUNCT = frozenset({"”", "''", '"', "’", "'", ".", ",", "?", "!", ")", ":", "—", "…"})
HOLE_EDGE = frozenset({",", ";", ":", "—", "–", "-", "--", "(", ")", "―", "."})
Range = tuple[int, int]
_SIDE = {"L": "side=L", "R": "side=R"}
_SENT = {rel: f"sent={rel}" for rel in ("same", "prev", "next")}


def content_window(v: ParseView, head: int) -> Range:
    """The head's paragraph (no line break inside), at most MAX_REACH tokens either side."""
    lo = head
    while lo > 0 and head - lo < MAX_REACH and not v.newline_after[lo - 1]:
        lo -= 1
    hi = head + 1
    while hi < v.n and hi - head < MAX_REACH and not v.newline_after[hi - 1]:
        hi += 1
    return lo, hi


def _top_starting(v: ParseView, tok: int, lo: int) -> int:
    """The largest phrase (within the window) whose first token is `tok`."""
    head, left = v.head, v.left
    while head[tok] != tok and left[head[tok]] == tok and head[tok] >= lo:
        tok = head[tok]
    return tok


def _top_ending(v: ParseView, tok: int, hi: int) -> int:
    head, right = v.head, v.right
    while head[tok] != tok and right[head[tok]] == tok and head[tok] < hi:
        tok = head[tok]
    return tok


def _sent_rel(v: ParseView, head: int, tok: int) -> str:
    a, b = v.sent_start[head], v.sent_start[tok]
    return "same" if a == b else ("prev" if b < a else "next")


def strong_cue(v: ParseView, i: int) -> bool:
    """A verb the cue model (cue_model.py) scores STRONG_CUE or more (read once per token,
    and only for the tokens a frame looks at)."""
    return v.pos[i] in ("VERB", "AUX") and probability_at(v, i) >= STRONG_CUE


class _Frame:
    """What every boundary's features refer to: the cue, the source, the rule's answer,
    and the first other likely cue on each side of the cue (a content rarely runs over
    another attribution's cue unless it is reported inside it)."""

    def __init__(self, v: ParseView, head: int, cue: Range, source: Range | None,
                 window: Range, rule: Range | None, quoted: list[bool]) -> None:
        self.v, self.head, self.cue, self.source, self.window = v, head, cue, source, window
        self.rule = rule
        self.quoted = quoted
        self.hp = v.pos[head]
        self.lemma = v.lemma[head]
        self.paths: dict[int, str] = {}
        self.phrases: dict[tuple[int, str], tuple[str, str, str, str]] = {}
        # "…, the election board said." / "said it was X, and would appeal": the cue ends
        # its sentence; a coordinated verb of the cue has no subject of its own
        rest = max(cue[1], source[1] if source else 0)
        self.cue_ends_sentence = all(v.punct[i] for i in range(rest, v.sent_end[head]))
        self.subjectless_conj = [c for c in v.children[head] if v.dep[c] == "conj" and not any(
            v.dep[g] in ("nsubj", "nsubjpass") for g in v.children[c])]
        self.next_cue = next((i for i in range(cue[1], window[1])
                              if not quoted[i] and strong_cue(v, i)), None)
        self.prev_cue = next((i for i in range(cue[0] - 1, window[0] - 1, -1)
                              if not quoted[i] and strong_cue(v, i)), None)

    def crossed(self, side: str, lo: int, hi: int) -> list[str]:
        """Features for a content edge that leaves the other likely cue of `side` inside
        [lo, hi): the path from our cue to it."""
        other = self.next_cue if side == "R" else self.prev_cue
        if other is None or not lo <= other < hi:
            return []
        return ["xcue", f"xcue={self.path(other)}"]

    def path(self, tok: int) -> str:
        found = self.paths.get(tok)
        if found is None:
            found = self.paths[tok] = dep_path(self.v, self.head, tok)
        return found

    def phrase(self, top: int, side: str) -> tuple[str, str, str, str]:
        """How the largest phrase at a boundary (`top`) hangs from the cue, on `side`:
        the same four features for a start and an end, worked out once per frame."""
        found = self.phrases.get((top, side))
        if found is None:
            path = self.path(top)
            found = self.phrases[(top, side)] = (
                f"arel={relation(self.v, top, self.head)}|{side}", f"adep={self.v.dep[top]}|{side}",
                f"apath={path}", f"apath={path}|hp={self.hp}")
        return found


def start_static(v: ParseView, s: int, quoted: list[bool]) -> list[str]:
    """The features of a start that do not depend on the cue (worked out once per Doc)."""
    tw = v.word[s]
    pw = v.word[s - 1] if s > 0 else "<doc>"
    f = [f"tw={tw}", f"pw={pw}", f"pw={pw}|tw={tw}"]
    if v.sent_start[s] == s:
        f.append("p=sent")
    if v.text[s] in QUOTE_MARKS:
        f.append(f"quote_mark|in={int(quoted[s])}")
    elif quoted[s]:
        f.append("in_quote")
    return f


def start_dynamic(fr: _Frame, s: int) -> list[str]:
    """The features of a start that depend on the cue, its source and the rule's answer."""
    v, head, cue = fr.v, fr.head, fr.cue
    side = "L" if s < cue[0] else "R"
    f = [_SIDE[side], f"tdep={v.dep[s]}|{side}", f"trel={relation(v, s, head)}",
         *fr.phrase(_top_starting(v, s, fr.window[0]), side),
         _SENT[_sent_rel(v, head, s)],
         f"d={side}{bucket(abs(s - (cue[1] if side == 'R' else cue[0])))}"]
    if s == fr.window[0]:
        f.append("p=window")
    else:
        f.append(f"prel={relation(v, s - 1, head)}")
    if s == cue[1]:
        f += ["after_cue", f"after_cue|hp={fr.hp}", f"after_cue|tw={v.word[s]}"]
    if fr.source is not None and s == fr.source[1]:
        f.append("after_source")
    if fr.rule is not None and s == fr.rule[0]:
        f += ["rule", f"rule|hp={fr.hp}", f"rule|{side}"]
    if side == "R":
        f.append(f"l={fr.lemma}|tw={v.word[s]}")
    else:
        f += fr.crossed("L", s, cue[0])
        f.append(f"tail={int(fr.cue_ends_sentence)}|sent_start={int(v.sent_start[s] == s)}")
    return f


def end_static(v: ParseView, e: int, quoted: list[bool]) -> list[str]:
    """The features of an end that do not depend on the cue (worked out once per Doc)."""
    last = e - 1
    lw = v.word[last]
    f = [f"lw={lw}"]
    if e < v.n:
        nw = v.word[e]
        f += [f"nw={nw}", f"nw={nw}|lw={lw}", f"q={int(quoted[last])}{int(quoted[e])}"]
        if v.punct[e] and e + 1 < v.n:
            f.append(f"nw={nw}|nnw={v.word[e + 1]}")
        if v.sent_start[e] == e:
            f.append("n=sent")
    if v.text[last] in QUOTE_MARKS:
        f.append(f"quote_mark|in={int(quoted[last])}")
    elif quoted[last]:
        f.append("in_quote")
    return f


def end_dynamic(fr: _Frame, e: int) -> list[str]:
    """The features of an end that depend on the cue, its source and the rule's answer."""
    v, head, cue = fr.v, fr.head, fr.cue
    last = e - 1
    side = "L" if e <= cue[0] else "R"
    f = [_SIDE[side], f"ldep={v.dep[last]}|{side}", f"lrel={relation(v, last, head)}",
         *fr.phrase(_top_ending(v, last, fr.window[1]), side),
         _SENT[_sent_rel(v, head, last)],
         f"d={side}{bucket(abs(last - (cue[0] if side == 'L' else cue[1])))}"]
    if e >= fr.window[1]:
        f.append("n=window")
    else:
        f += [f"nrel={relation(v, e, head)}", f"ndep={v.dep[e]}|{side}"]
    if e == cue[0]:
        f.append("before_cue")
    if fr.source is not None and e in (fr.source[0], fr.source[0] - 1):
        f.append(f"before_source{fr.source[0] - e}")
    if fr.rule is not None and e == fr.rule[1]:
        f += ["rule", f"rule|hp={fr.hp}", f"rule|{side}"]
    if side == "R":
        f += fr.crossed("R", cue[1], e)
        conj = [c for c in fr.subjectless_conj if cue[1] <= c < e]
        if conj:
            f.append(f"conj_inside|{v.lower[conj[0] - 1] if conj[0] > 0 else ''}")
    return f


class _Rows:
    """The candidate boundaries of several frames of one Doc as one run of rows: each
    row's position and the frame it belongs to, with the frames' own facts spread over
    their rows, so that a family of features is looked up for all of them at once."""

    def __init__(self, frames: list[_Frame], positions: list[np.ndarray]) -> None:
        self.frames = frames
        counts = [len(p) for p in positions]
        self.offsets = np.cumsum([0, *counts]).tolist()
        self.pos = np.concatenate(positions) if positions else np.zeros(0, dtype=np.intp)
        self.frame = np.repeat(np.arange(len(frames)), counts)
        self.head = self.spread([fr.head for fr in frames])
        self.cue_lo = self.spread([fr.cue[0] for fr in frames])
        self.cue_hi = self.spread([fr.cue[1] for fr in frames])

    def spread(self, values: list) -> np.ndarray:
        """One value per frame, as one per row."""
        return np.array(values)[self.frame]

    def add_at(self, acc: np.ndarray, k: int, pos: int | None, model: LinearModel,
               features: list[str]) -> None:
        """Add the features' weights, one after another, to the score of frame k's boundary
        at `pos` (if it is one of its candidates)."""
        if pos is None:
            return
        lo, hi = self.offsets[k], self.offsets[k + 1]
        at = lo + int(np.searchsorted(self.pos[lo:hi], pos))
        if at < hi and self.pos[at] == pos:
            get = model.weights.get
            for f in features:
                acc[at] += get(f, 0.0)

    def split(self, acc: np.ndarray) -> list[np.ndarray]:
        return [acc[a:b] for a, b in zip(self.offsets[:-1], self.offsets[1:], strict=True)]


def _sum_in_order(terms: list[np.ndarray]) -> np.ndarray:
    acc = terms[0].copy()
    for t in terms[1:]:
        acc += t
    return acc


def _phrase_weights(r: _Rows, a: DocArrays, model: LinearModel, tops: np.ndarray,
                    left: np.ndarray) -> list[np.ndarray]:
    """The weights of `_Frame.phrase`'s four features (arel, adep, apath, apath|hp) for
    each row's largest phrase `tops`, the side "L" where `left`."""
    get = model.weights.get
    arel = np.where(left, a.relation_weights(model, "arel=", "|L", tops, r.head),
                    a.relation_weights(model, "arel=", "|R", tops, r.head))
    adep = np.where(left, a.dep_weights(model, "adep=", "|L", tops),
                    a.dep_weights(model, "adep=", "|R", tops))
    paths, path_at = a.paths(r.head, tops)
    apath = np.array([get(f"apath={p}", 0.0) for p in paths], dtype=np.float64)[path_at]
    hps = sorted({fr.hp for fr in r.frames})
    hp_at = r.spread([hps.index(fr.hp) for fr in r.frames])
    table = np.array([[get(f"apath={p}|hp={hp}", 0.0) for hp in hps] for p in paths],
                     dtype=np.float64).reshape(len(paths), len(hps))
    return [arel, adep, apath, table[path_at, hp_at]]


def _sent_weights(r: _Rows, a: DocArrays, model: LinearModel,
                  tokens: np.ndarray) -> np.ndarray:
    """The weight of the `_SENT` feature of each row's token (its sentence against the
    cue's)."""
    get = model.weights.get
    mine, theirs = a.sent_start[r.head], a.sent_start[tokens]
    return np.where(theirs == mine, get(_SENT["same"], 0.0),
                    np.where(theirs < mine, get(_SENT["prev"], 0.0), get(_SENT["next"], 0.0)))


def _lemma_weights(r: _Rows, a: DocArrays, model: LinearModel,
                   tokens: np.ndarray) -> np.ndarray:
    """The weight of "l=" + the cue's lemma + "|tw=" + the word of each row's token."""
    out = np.zeros(len(tokens), dtype=np.float64)
    for lemma in sorted({fr.lemma for fr in r.frames}):
        mine = r.spread([fr.lemma == lemma for fr in r.frames])
        out[mine] = a.lemma_word_weights(model, lemma, tokens[mine])
    return out


def start_scores(frames: list[_Frame], a: DocArrays, model: LinearModel,
                 starts: list[np.ndarray]) -> list[np.ndarray]:
    """`model.partial(start_dynamic(fr, s))` for every frame and each of its starts `s`
    (ascending), each sum taken over the same weights in the same order, as arrays."""
    if not frames:
        return []
    r = _Rows(frames, starts)
    s, get = r.pos, model.weights.get
    left = s < r.cue_lo
    right = ~left
    acc = _sum_in_order([
        np.where(left, get(_SIDE["L"], 0.0), get(_SIDE["R"], 0.0)),
        np.where(left, a.dep_weights(model, "tdep=", "|L", s),
                 a.dep_weights(model, "tdep=", "|R", s)),
        a.relation_weights(model, "trel=", "", s, r.head),
        *_phrase_weights(r, a, model,
                         top_phrases(a, s, r.spread([fr.window[0] for fr in frames]), True),
                         left),
        _sent_weights(r, a, model, s),
        np.where(left, a.bucket_weights(model, "d=L", np.abs(s - r.cue_lo)),
                 a.bucket_weights(model, "d=R", np.abs(s - r.cue_hi))),
        np.where(s == r.spread([fr.window[0] for fr in frames]), get("p=window", 0.0),
                 a.relation_weights(model, "prel=", "", s - 1, r.head))])
    for k, fr in enumerate(frames):
        cue = fr.cue
        if cue[1] < fr.v.n:
            r.add_at(acc, k, cue[1], model, ["after_cue", f"after_cue|hp={fr.hp}",
                                             f"after_cue|tw={fr.v.word[cue[1]]}"])
        if fr.source is not None:
            r.add_at(acc, k, fr.source[1], model, ["after_source"])
        if fr.rule is not None:
            at = fr.rule[0]
            r.add_at(acc, k, at, model,
                     ["rule", f"rule|hp={fr.hp}", f"rule|{'L' if at < cue[0] else 'R'}"])
    acc += np.where(right, _lemma_weights(r, a, model, s), 0.0)
    crossed = left & (s <= r.spread([-1 if fr.prev_cue is None else fr.prev_cue
                                     for fr in frames]))
    acc += np.where(crossed, get("xcue", 0.0), 0.0)
    acc += np.where(crossed, r.spread([0.0 if fr.prev_cue is None else get(
        f"xcue={fr.path(fr.prev_cue)}", 0.0) for fr in frames]), 0.0)
    tails = np.array([[get(f"tail={t}|sent_start={b}", 0.0) for b in (0, 1)] for t in (0, 1)])
    acc += np.where(left, tails[r.spread([int(fr.cue_ends_sentence) for fr in frames]),
                                (a.sent_start[s] == s).astype(np.intp)], 0.0)
    return r.split(acc)


def end_scores(frames: list[_Frame], a: DocArrays, model: LinearModel,
               ends: list[np.ndarray]) -> list[np.ndarray]:
    """`model.partial(end_dynamic(fr, e))` for every frame and each of its ends `e`
    (ascending), each sum taken over the same weights in the same order, as arrays."""
    if not frames:
        return []
    r = _Rows(frames, ends)
    e, get = r.pos, model.weights.get
    last = e - 1
    left = e <= r.cue_lo
    right = ~left
    hi = r.spread([fr.window[1] for fr in frames])
    inside = e < hi
    after = np.minimum(e, a.head.shape[0] - 1)  # the token after each end (where there is one)
    acc = _sum_in_order([
        np.where(left, get(_SIDE["L"], 0.0), get(_SIDE["R"], 0.0)),
        np.where(left, a.dep_weights(model, "ldep=", "|L", last),
                 a.dep_weights(model, "ldep=", "|R", last)),
        a.relation_weights(model, "lrel=", "", last, r.head),
        *_phrase_weights(r, a, model, top_phrases(a, last, hi, False), left),
        _sent_weights(r, a, model, last),
        np.where(left, a.bucket_weights(model, "d=L", np.abs(last - r.cue_lo)),
                 a.bucket_weights(model, "d=R", np.abs(last - r.cue_hi))),
        np.where(inside, a.relation_weights(model, "nrel=", "", after, r.head),
                 get("n=window", 0.0)),
        np.where(inside, np.where(left, a.dep_weights(model, "ndep=", "|L", after),
                                  a.dep_weights(model, "ndep=", "|R", after)), 0.0)])
    for k, fr in enumerate(frames):
        cue = fr.cue
        r.add_at(acc, k, cue[0], model, ["before_cue"])
        if fr.source is not None:
            for at in (fr.source[0] - 1, fr.source[0]):  # one of them: e in (s0, s0 - 1)
                r.add_at(acc, k, at, model, [f"before_source{fr.source[0] - at}"])
        if fr.rule is not None:
            at = fr.rule[1]
            r.add_at(acc, k, at, model,
                     ["rule", f"rule|hp={fr.hp}", f"rule|{'L' if at <= cue[0] else 'R'}"])
    crossed = right & (e > r.spread([a.head.shape[0] + 1 if fr.next_cue is None
                                     else fr.next_cue for fr in frames]))
    acc += np.where(crossed, get("xcue", 0.0), 0.0)
    acc += np.where(crossed, r.spread([0.0 if fr.next_cue is None else get(
        f"xcue={fr.path(fr.next_cue)}", 0.0) for fr in frames]), 0.0)
    conj = [next((c for c in fr.subjectless_conj if fr.cue[1] <= c), None) for fr in frames]
    acc += np.where(right & (e > r.spread([a.head.shape[0] + 1 if c is None else c
                                           for c in conj])),
                    r.spread([0.0 if c is None else get(
                        f"conj_inside|{fr.v.lower[c - 1] if c > 0 else ''}", 0.0)
                        for fr, c in zip(frames, conj, strict=True)]), 0.0)
    return r.split(acc)


class _Statics:
    """Per Doc: the cue-independent features of every boundary and their partial scores
    under each model, so that the many drafts of one paragraph share them."""

    def __init__(self, v: ParseView, quoted: list[bool]) -> None:
        self.v, self.quoted = v, quoted
        self.starts: dict[int, list[str]] = {}
        self.ends: dict[int, list[str]] = {}
        self.scores: dict[str, dict[int, float]] = {"start": {}, "end": {}, "s:": {}, "e:": {}}
        # quotation marks and sentence starts before each position, for a span's counts
        self.can_start, self.can_end = _boundaries(v)
        self.start_ok = np.array(self.can_start, dtype=bool)
        self.end_ok = np.array(self.can_end, dtype=bool)
        self.counted = ~np.array(v.punct, dtype=bool)  # words, for a span's word count
        self.arrays = DocArrays(v)
        self.dense: dict[str, np.ndarray] = {}
        self.marks_before = [0]
        self.sents_before = [0]
        for i in range(v.n):
            self.marks_before.append(self.marks_before[-1] + (v.text[i] in QUOTE_MARKS))
            self.sents_before.append(self.sents_before[-1] + (v.sent_start[i] == i))

    def start(self, s: int) -> list[str]:
        found = self.starts.get(s)
        if found is None:
            found = self.starts[s] = start_static(self.v, s, self.quoted)
        return found

    def end(self, e: int) -> list[str]:
        found = self.ends.get(e)
        if found is None:
            found = self.ends[e] = end_static(self.v, e, self.quoted)
        return found

    def partial(self, key: str, pos: int) -> float:
        """The summed weights of a boundary's static features: key is "start", "end",
        "s:" or "e:" (the joint model's start and end sides)."""
        scores = self.scores[key]
        found = scores.get(pos)
        if found is None:
            if key in ("start", "s:"):
                feats, model = self.start(pos), load_model("content_start" if key == "start"
                                                            else "content_pair")
            else:
                feats, model = self.end(pos), load_model("content_end" if key == "end"
                                                          else "content_pair")
            if key in ("s:", "e:"):
                feats = [key + f for f in feats]
            found = scores[pos] = model.partial(feats)
        return found

    def partials(self, key: str, positions: np.ndarray) -> np.ndarray:
        """`partial(key, pos)` for each position, key "start" or "end": read from the
        Doc's array of them, made on first use (the same sums in the same order)."""
        found = self.dense.get(key)
        if found is None:
            found = self.dense[key] = (_start_partials if key == "start" else _end_partials)(
                self.v, self.arrays, self.quoted,
                load_model("content_start" if key == "start" else "content_end"))
        return found[positions]


def _start_partials(v: ParseView, a: DocArrays, quoted: list[bool],
                    model: LinearModel) -> np.ndarray:
    """`model.partial(start_static(v, s, quoted))` for every token position s."""
    get, word = model.weights.get, v.word
    words = list(a.words)
    tw = np.array([get(f"tw={w}", 0.0) for w in words], dtype=np.float64)[a.word_id]
    pw = np.array([get(f"pw={w}", 0.0) for w in words], dtype=np.float64)[a.word_id]
    pw = np.concatenate([[get("pw=<doc>", 0.0)], pw[:-1]])
    both = np.array([get(f"pw={p}|tw={t}", 0.0) for p, t in zip(["<doc>", *word[:-1]], word,
                                                                  strict=True)],
                    dtype=np.float64)
    at = np.arange(v.n)
    return _sum_in_order([tw, pw, both,
                          np.where(a.sent_start == at, get("p=sent", 0.0), 0.0),
                          _quote_weights(v, quoted, get, at)])


def _end_partials(v: ParseView, a: DocArrays, quoted: list[bool],
                  model: LinearModel) -> np.ndarray:
    """`model.partial(end_static(v, e, quoted))` for every end e (index e; 0 unused)."""
    get, word, n = model.weights.get, v.word, v.n
    words = list(a.words)
    last = np.arange(n)  # the end e = last + 1
    lw = np.array([get(f"lw={w}", 0.0) for w in words], dtype=np.float64)[a.word_id]
    nw = np.zeros(n, dtype=np.float64)  # the next word's features (none after the last)
    nw[:-1] = np.array([get(f"nw={w}", 0.0) for w in words], dtype=np.float64)[a.word_id[1:]]
    both = np.zeros(n, dtype=np.float64)
    both[:-1] = [get(f"nw={w}|lw={lw_}", 0.0) for lw_, w in zip(word[:-1], word[1:],
                                                                 strict=True)]
    flags = np.array(quoted, dtype=np.intp)
    q = np.zeros(n, dtype=np.float64)
    q[:-1] = np.array([[get(f"q={i}{j}", 0.0) for j in (0, 1)] for i in (0, 1)]
                      )[flags[:-1], flags[1:]]
    after = np.zeros(n, dtype=np.float64)  # "nw=,|nnw=…" after punctuation
    for e in range(1, n - 1):
        if v.punct[e]:
            after[e - 1] = get(f"nw={word[e]}|nnw={word[e + 1]}", 0.0)
    sent = np.zeros(n, dtype=np.float64)
    sent[:-1] = np.where(a.sent_start[1:] == last[1:], get("n=sent", 0.0), 0.0)
    return np.concatenate([[0.0], _sum_in_order(
        [lw, nw, both, q, after, sent, _quote_weights(v, quoted, get, last)])])


def _quote_weights(v: ParseView, quoted: list[bool], get: Callable[..., float],
                   tokens: np.ndarray) -> np.ndarray:
    """The weight of "quote_mark|in=…" (a quotation mark) or "in_quote" for each token."""
    marks = [get(f"quote_mark|in={k}", 0.0) for k in (0, 1)]
    inside = get("in_quote", 0.0)
    return np.array([marks[quoted[t]] if v.text[t] in QUOTE_MARKS else
                     (inside if quoted[t] else 0.0) for t in tokens.tolist()], dtype=np.float64)


def statics_of(v: ParseView, quoted: list[bool]) -> _Statics:
    """The Doc's _Statics (its quoted-token flags are the same for every draft)."""
    found = v.doc.user_data.get(_STATICS_KEY)
    if found is None:
        found = v.doc.user_data[_STATICS_KEY] = _Statics(v, quoted)
    return found


def content_options(v: ParseView, head: int, cue: Range, source: Range | None,
                    rule: Range | None, quoted: list[bool],
                    ) -> tuple[list[int], list[list[str]], list[int], list[list[str]]]:
    """(start positions, their features, end positions, their features) of the content;
    `quoted` says which tokens lie inside quotation marks."""
    return _full_options(_Frame(v, head, cue, source, content_window(v, head), rule, quoted))


def _options(fr: _Frame) -> tuple[list[int], list[int]]:
    starts, ends = _option_arrays(fr)
    return starts.tolist(), ends.tolist()


def _option_arrays(fr: _Frame) -> tuple[np.ndarray, np.ndarray]:
    """The window's candidate starts and ends (ascending), none inside the cue or source
    (an end's last token neither)."""
    lo, hi = fr.window
    st = statics_of(fr.v, fr.quoted)
    start_ok = st.start_ok[lo:hi].copy()
    end_ok = st.end_ok[lo + 1:hi + 1].copy()  # the ends lo + 1 … hi
    for a, b in (fr.cue, fr.source) if fr.source else (fr.cue,):
        a, b = max(a - lo, 0), max(b - lo, 0)
        start_ok[a:b] = False
        end_ok[a:b] = False  # the end e = lo + 1 + k has its last token at lo + k
    return np.flatnonzero(start_ok) + lo, np.flatnonzero(end_ok) + (lo + 1)


def _boundaries(v: ParseView) -> tuple[list[bool], list[bool]]:
    """Which token positions may start a content (a word or a quotation mark, not inside a
    written word) and which may end one (after a word or END_PUNCT), whatever the cue."""
    text, punct, space = v.text, v.punct, v.space
    can_start = [not space[s] and (not punct[s] or text[s] in QUOTE_MARKS)
                 and not _inside_word(v, s) for s in range(v.n)]
    can_end = [False] + [not space[e - 1] and (not punct[e - 1] or text[e - 1] in END_PUNCT)
                         and not _inside_word(v, e) for e in range(1, v.n + 1)]
    return can_start, can_end


def _inside_word(v: ParseView, i: int) -> bool:
    """Does the boundary before token i fall inside a written word ("counter|-punching",
    "anti-|Trump")? PolNeAR train puts 52 of 46,500 content edges there."""
    if i <= 0 or i >= v.n or v.idx[i] != v.idx[i - 1] + len(v.text[i - 1]):
        return False
    before, after = v.text[i - 1][-1], v.text[i][0]
    return (before.isalnum() or before == "-") and (after.isalnum() or after == "-")


def _full_options(fr: _Frame) -> tuple[list[int], list[list[str]], list[int], list[list[str]]]:
    starts, ends = _options(fr)
    v, quoted = fr.v, fr.quoted
    return (starts, [start_static(v, s, quoted) + start_dynamic(fr, s) for s in starts],
            ends, [end_static(v, e, quoted) + end_dynamic(fr, e) for e in ends])


def content_pieces(v: ParseView, s: int, e: int, holes: list[Range]) -> list[Range]:
    """[s, e) less the holes (cue, source), with the punctuation beside each hole cut."""
    runs: list[list[int]] = []
    for i in range(s, e):
        if any(a <= i < b for a, b in holes):
            continue
        if runs and runs[-1][1] == i:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    out = []
    for i, j in runs:
        while i < j and i != s and (v.text[i] in HOLE_EDGE or v.space[i]):
            i += 1
        while j > i and j != e and (v.text[j - 1] in HOLE_EDGE or v.space[j - 1]):
            j -= 1
        if j > i and not all(v.punct[t] for t in range(i, j)):
            out.append((i, j))
    return out


def pair_features(fr: _Frame, s: int, e: int) -> list[str]:
    """What the span [s, e) is as a whole: a whole phrase of the parse (and how it hangs
    from the cue), balanced quotation marks, around the cue, the rule's span."""
    v, head, cue = fr.v, fr.head, fr.cue
    f = [f"len={bucket(e - s)}"]
    last = e - 1
    if v.punct[last] and last > s:
        last -= 1
        f.append("tail_punct")
    top = _top_starting(v, s, fr.window[0])
    while top != head and v.right[top] < last and v.head[top] != top and \
            v.left[v.head[top]] == s:
        top = v.head[top]
    if v.right[top] == last:
        f += ["phrase", f"phrase={relation(v, top, head)}", f"phrase={fr.path(top)}"]
    else:
        f.append("no_phrase")
    st = statics_of(v, fr.quoted)
    marks = st.marks_before[e] - st.marks_before[s]
    f.append(f"marks={min(marks, 4)}|odd={marks % 2}")
    if s < cue[0] and e > cue[1]:
        f.append("around")
    side = "L" if e <= cue[0] else "R"
    if side == "R":
        f += fr.crossed("R", cue[1], e)
    else:
        f += fr.crossed("L", s, cue[0])
    f.append(f"sents={bucket(1 + st.sents_before[e] - st.sents_before[s + 1])}")
    if fr.rule is not None and (s, e) == fr.rule:
        f.append("rule_pair")
    return [f"pair:{x}" for x in f] + [f"pair:{x}|hp={fr.hp}" for x in f[:3]]


Cue = tuple[int, Range, "Range | None", "Range | None"]  # head, cue, source, rule content


def ranked_pairs(v: ParseView, head: int, cue: Range, source: Range | None,
                 rule: Range | None, quoted: list[bool],
                 ) -> list[tuple[int, int, list[str], float]]:
    """The content spans worth a joint look: the TOP_PAIRS best starts by the start model
    times the TOP_PAIRS best ends by the end model, each with the joint model's features
    that depend on the cue (start's, end's and the span's own) and the summed weights of
    those that do not."""
    return ranked_pairs_of(v, [(head, cue, source, rule)], quoted)[0]


def ranked_pairs_of(v: ParseView, cues: list[Cue], quoted: list[bool],
                    ) -> list[list[tuple[int, int, list[str], float]]]:
    """`ranked_pairs` for each of a Doc's cues, their boundaries scored together."""
    st = statics_of(v, quoted)
    frames = [_Frame(v, head, cue, source, content_window(v, head), rule, quoted)
              for head, cue, source, rule in cues]
    options = [_option_arrays(fr) for fr in frames]
    scored = [k for k, (s, e) in enumerate(options) if len(s) and len(e)]
    start_model, end_model = load_model("content_start"), load_model("content_end")
    start_dyn = start_scores([frames[k] for k in scored], st.arrays, start_model,
                             [options[k][0] for k in scored])
    end_dyn = end_scores([frames[k] for k in scored], st.arrays, end_model,
                         [options[k][1] for k in scored])
    out: list[list[tuple[int, int, list[str], float]]] = [[] for _ in cues]
    for k, sd, ed in zip(scored, start_dyn, end_dyn, strict=True):
        starts, ends = options[k][0].tolist(), options[k][1].tolist()
        # each boundary's static partial plus its cue-dependent one, as
        # `partial(start_static) + partial(start_dynamic)` per boundary would add them
        ss = (st.partials("start", options[k][0]) + sd).tolist()
        es = (st.partials("end", options[k][1]) + ed).tolist()
        out[k] = _pairs(frames[k], st, starts, ends, ss, es)
    return out


def _pairs(fr: _Frame, st: _Statics, starts: list[int], ends: list[int], ss: list[float],
           es: list[float]) -> list[tuple[int, int, list[str], float]]:
    cue, source, rule, window = fr.cue, fr.source, fr.rule, fr.window
    best_s = heapq.nlargest(TOP_PAIRS, range(len(starts)), key=ss.__getitem__)
    best_e = heapq.nlargest(TOP_PAIRS, range(len(ends)), key=es.__getitem__)
    if rule is not None:  # the rule's own span is always looked at
        best_s += [k for k, s in enumerate(starts) if s == rule[0] and k not in best_s]
        best_e += [k for k, e in enumerate(ends) if e == rule[1] and k not in best_e]
    # words outside the cue and source before each position: a span with none is no content
    counted = st.counted[window[0]:window[1]].copy()
    for a, b in (cue, source) if source else (cue,):
        counted[max(a - window[0], 0):max(b - window[0], 0)] = False
    words = [0, *np.cumsum(counted).tolist()]
    start_side = {a: [f"s:{x}" for x in start_dynamic(fr, starts[a])] for a in best_s}
    end_side = {b: [f"e:{x}" for x in end_dynamic(fr, ends[b])] for b in best_e}
    out = []
    for a in best_s:
        for b in best_e:
            s, e = starts[a], ends[b]
            if e > s and words[e - window[0]] > words[s - window[0]]:
                out.append((s, e, start_side[a] + end_side[b] + pair_features(fr, s, e),
                            st.partial("s:", s) + st.partial("e:", e)))
    return out


def pair_rows(v: ParseView, head: int, cue: Range, source: Range | None, rule: Range | None,
              quoted: list[bool]) -> list[tuple[int, int, list[str]]]:
    """`ranked_pairs` with every feature spelled out (training rows of the joint model)."""
    out = []
    for s, e, f, _ in ranked_pairs(v, head, cue, source, rule, quoted):
        static = [f"s:{x}" for x in start_static(v, s, quoted)] + [
            f"e:{x}" for x in end_static(v, e, quoted)]
        out.append((s, e, static + f))
    return out


def gap_options(v: ParseView, head: int, s: int, e: int, holes: list[Range],
                quoted: list[bool]) -> list[tuple[Range, list[str]]]:
    """The cue head's dependents inside [s, e) that stand clear of the cue and source (its
    recipient, "at the time", "to the crowd"), each with the features that say whether the
    content leaves it out."""
    out = []
    for child in v.children[head]:
        lo, hi = v.left[child], v.right[child] + 1
        if not (s <= lo and hi <= e) or any(lo < b and a < hi for a, b in holes) or all(
                v.punct[i] for i in range(lo, hi)):
            continue
        if v.tag[hi - 1] == "CD" and hi < e and not v.punct[hi]:
            continue  # "between 30 and 40 per cent": a quantity the parser hung on the cue
        touching = any(hi == a or lo == b for a, b in holes)
        side = "L" if hi <= holes[0][0] else "R"
        dep = v.dep[child]
        f = [f"dep={dep}", f"dep={dep}|touch={int(touching)}", f"side={side}|dep={dep}",
             f"w={v.word[child]}", f"fw={v.word[lo]}", f"n={bucket(hi - lo)}",
             f"l={v.lemma[head]}|dep={dep}", f"q={int(quoted[child])}",
             f"nxt={v.word[hi] if hi < v.n else '</s>'}",
             f"prv={v.word[lo - 1] if lo > 0 else '<s>'}"]
        if hi < v.n and v.punct[hi] and hi + 1 < v.n:
            f.append(f"nxt2={v.word[hi + 1]}")
        f += [f"last={v.tag[hi - 1]}", f"dep={dep}|last={v.tag[hi - 1]}",
              f"at_start={int(lo == s)}|at_end={int(hi == e)}"]
        out.append(((lo, hi), f))
    return out


def _only_adjuncts(v: ParseView, head: int, s: int, e: int) -> bool:
    """Is every word of [s, e) in the cue's adverbs and time phrases ("later on Tuesday")?"""
    adjunct = set()
    for c in v.children[head]:
        if v.dep[c] in ("advmod", "npadvmod") or v.dep[c] == "prep" and any(
                v.ent[g] in ("DATE", "TIME") for g in v.children[c]):
            adjunct.update(range(v.left[c], v.right[c] + 1))
    return all(i in adjunct or v.punct[i] for i in range(s, e))


def _with_leading_quantity(v: ParseView, head: int, s: int) -> int:
    """"said between 30 and 40 per cent of schools …": a quantity the parser hung on the cue
    right before the content belongs to it."""
    for c in v.children[head]:
        if v.right[c] + 1 == s and v.tag[s - 1] == "CD" and v.dep[c] in ("prep", "npadvmod",
                                                                         "advmod", "quantmod"):
            return v.left[c]
    return s


def _with_backshifted_conj(v: ParseView, head: int, e: int) -> int:
    """"said it was surprised by the verdict, and would appeal within 28 days": a verb
    coordinated with the cue, with no subject of its own and a backshifted modal, goes on
    reporting; the content runs to its end. So does a "that" clause the parser made a
    conjunct of the cue ("said 88 were unvaccinated, and that 21 had been admitted")."""
    for c in v.children[head]:
        if v.dep[c] != "conj" or c < e:
            continue
        that_clause = any(v.dep[g] == "mark" and v.lower[g] == "that" for g in v.children[c])
        if not that_clause and any(v.dep[g] in ("nsubj", "nsubjpass") for g in v.children[c]):
            continue
        if (that_clause or any(v.dep[g] == "aux" and v.lower[g] in BACKSHIFTED
                               for g in v.children[c])) and all(
                v.punct[i] or v.dep[i] == "cc" or v.head[i] == c and v.dep[i] == "aux"
                or i >= v.left[c] for i in range(e, v.left[c])):
            end = v.right[c] + 1
            while end > e and v.punct[end - 1]:
                end -= 1
            return end
    return e


def _hangs_on(v: ParseView, k: int, head: int) -> bool:
    """Does token k depend, through any chain, on `head`?"""
    for _ in range(12):
        if k == head:
            return True
        if v.head[k] == k:
            return False
        k = v.head[k]
    return False


def _from_the_fronted_phrase(v: ParseView, head: int, s: int, e: int,
                             source: Range | None) -> int:
    """"With most ballots counted, the incumbent led by 12 points, the board said": a
    content before its source that starts after a comma takes in the phrase that opens the
    sentence, when that phrase hangs on the cue and holds no quotation."""
    first = v.sent_start[s]
    if source is None or not first < s - 1 or not e <= source[0] < head or \
            v.lower[s - 1] != ",":
        return s
    if all(_hangs_on(v, k, head) and not v.punct[k] or v.lower[k] == "," and k != first
           for k in range(first, s - 1)) and v.dep[first] in ("mark", "prep"):
        return first
    return s


def _to_the_comma_before_the_source(v: ParseView, head: int, s: int, e: int,
                                    source: Range | None) -> int:
    """"With results in from 118 seats, the challenger led by 4 points, the commission said":
    when the parser breaks the reported clause (here into a phrase and a noun with a
    participle), a content cut at a comma runs on to the comma before the source, if all
    between hangs on the cue and nothing of it is quoted or a verb of its own clause."""
    if source is None or not s < e < source[0] - 1 < head or v.lower[e] != "," or \
            v.lower[source[0] - 1] != ",":
        return e
    for k in range(e, source[0] - 1):
        if not _hangs_on(v, k, head) or v.lower[k] in ('"', "“", "”", "''", "``") or \
                v.dep[k] in ("nsubj", "nsubjpass", "ccomp") and v.head[k] != head:
            return e
    return source[0] - 1


def _whole_fronted_clause(v: ParseView, head: int, s: int, e: int) -> tuple[int, int]:
    """The clause a trailing cue reports ("In after-hours trading, the shares fell 3%,
    Bloomberg reported") is content whole: not cut at the comma of its fronted phrase,
    not without that phrase, and without the comma before the cue."""
    for c in v.children[head]:
        if v.dep[c] != "ccomp" or c > head or not v.left[c] <= s <= c:
            continue
        end = v.right[c] + 1
        while end > s and v.lower[end - 1] in (",", ";", ":", "\u2014", "-"):
            end -= 1
        if s > v.left[c] and any(v.dep[p] in ("prep", "advcl", "npadvmod", "advmod") and
                                 v.left[p] == v.left[c] and v.right[p] + 2 == s and
                                 v.lower[s - 1] == "," for p in v.children[c]):
            s = v.left[c]
        if e <= c or e == end + 1 and v.lower[end] == ",":
            e = end
        return s, e
    return s, e


def _with_range_subject_clause(v: ParseView, head: int, s: int, e: int) -> int:
    """"said between 12 and 15 reporters had been questioned": the parser makes "between"
    the marker of an adverbial clause; the clause from the range on is what was said."""
    for c in v.children[head]:
        if v.dep[c] == "advcl" and v.left[c] == s and v.right[c] + 1 > e and any(
                g == s and v.dep[g] == "mark" and v.lower[g] in ("between", "from")
                for g in v.children[c]):
            end = v.right[c] + 1
            while end > e and v.lower[end - 1] in (".", ",", ";", ":"):
                end -= 1
            return end
    return e


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
INTERRUPTED_DEPS = frozenset({"advcl", "conj", "ccomp", "parataxis"})


def _through_interrupted_clause(v: ParseView, head: int, s: int, e: int) -> int:
    """"said the strike, shortly before 6:00 am (0400 GMT) on Tuesday, had destroyed …
    and killed 19 militants": an aside between a subject and its verb makes the parser
    take the subject for the cue's object and hang the verb on the cue (here as a clause
    of "before"); a content that is that object runs on through the verb's clause, when
    the verb is finite, opens right after the aside's closing comma, has no subject outside
    the aside, and the aside has no finite verb of its own (stranger trial 7: the army's
    "19 militants" lost its source)."""
    if s <= head or e >= v.n or v.lower[e] != "," or not any(
            v.dep[c] == "dobj" and v.left[c] == s and v.right[c] + 1 == e
            for c in v.children[head]):
        return e
    for c in v.children[head]:
        if c <= e or v.dep[c] not in INTERRUPTED_DEPS or v.pos[c] not in ("VERB", "AUX"):
            continue
        auxes = [g for g in v.children[c] if v.dep[g] in ("aux", "auxpass") and g < c]
        first = min([c, *auxes])
        if not (v.tag[c] in FINITE_TAGS or any(v.tag[g] in FINITE_TAGS for g in auxes)) or \
                first - 1 <= e + 1 or v.lower[first - 1] != ",":
            continue
        if any(v.tag[k] in FINITE_TAGS for k in range(e + 1, first - 1)) or any(
                v.dep[g] in ("nsubj", "nsubjpass") and not e < g < first
                for g in v.children[c]):
            continue
        end = v.right[c] + 1
        while end > e and v.lower[end - 1] in (".", ",", ";", ":"):
            end -= 1
        return end
    return e


SPEAKER_ACT_RATE = 0.15  # PolNeAR train share of a verb's uses that are cues


def _without_speaker_conj(v: ParseView, head: int, s: int, e: int) -> int:
    """"said it had written to the government, and urged embassies to …": a simple past
    verb after ", and", with no subject or auxiliary of its own, joined to a content verb
    that has one ("had", "were"), is the speaker's next act, not more of what was said; the
    content ends before the comma."""
    for k in range(s, e):
        j = v.head[k]
        if v.dep[k] != "conj" or v.tag[k] != "VBD" or j == head or not s <= j < k or any(
                v.dep[g] in ("nsubj", "nsubjpass", "aux", "auxpass") for g in v.children[k]):
            continue
        if not any(v.dep[g] in ("aux", "auxpass") for g in v.children[j]):
            continue
        # a speaker's act is a verb that reports ("urged", "thanked", "called"), not an event
        # of the reported clause ("said the water had risen, and reached their doors")
        if load_lexicon().rate(v.lemma[k], "VERB") < SPEAKER_ACT_RATE:
            continue
        cut = v.left[k]
        while cut > s and (v.dep[cut - 1] == "cc" or v.lower[cut - 1] in (",", ";")):
            cut -= 1
        if cut > s and any(v.lower[i] in (",", ";") for i in range(cut, v.left[k])):
            return cut
    return e


def choose_content(v: ParseView, head: int, cue: Range, source: Range | None,
                   rule: Range | None, quoted: list[bool]) -> tuple[list[Range], float]:
    """The learned content pieces (token ranges) and the joint choice's softmax share."""
    return choose_contents(v, [(head, cue, source, rule)], quoted)[0]


def choose_contents(v: ParseView, cues: list[Cue], quoted: list[bool],
                    ) -> list[tuple[list[Range], float]]:
    """`choose_content` for each of a Doc's cues, their boundaries scored together."""
    return [_chosen(v, head, cue, source, quoted, pairs) for (head, cue, source, _), pairs
            in zip(cues, ranked_pairs_of(v, cues, quoted), strict=True)]


def _with_level_after_change(v: ParseView, head: int, s: int, e: int) -> int:
    """The end of a content that is the cue's object naming a counted change, moved past
    the level the change ends at after a comma, which the parser hangs on the cue ("had
    forecast a 25 basis point cut, to 9.25%": stranger trial 9, 9.25% had no source)."""
    if s <= head or e + 1 >= v.n or v.lower[e] != "," or not any(
            v.dep[c] == "dobj" and v.left[c] == s and v.right[c] in (e - 1, e)  # its comma
            and any(v.tag[k] == "CD" for k in range(s, e)) for c in v.children[head]):
        return e
    for c in v.children[head]:
        if v.dep[c] == "prep" and v.lower[c] == "to" and v.left[c] == e + 1 and any(
                v.tag[k] == "CD" for k in range(c, v.right[c] + 1)):
            return v.right[c] + 1
    return e


def _with_estimated_figure(v: ParseView, head: int, s: int, e: int) -> int:
    """The end of a content that stops at the object of a verb of estimating, moved past
    its "at" figure ("puts growth in 2025 at 2.1%", "put the Civic Alliance at 31%")."""
    tok = v.doc[head]
    if s <= head or not figure_report(tok, load_lexicon()):
        return e
    ats = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" and c.i >= e - 1]
    return max([e] + [a.right_edge.i + 1 for a in ats])


def _chosen(v: ParseView, head: int, cue: Range, source: Range | None, quoted: list[bool],
            pairs: list[tuple[int, int, list[str], float]]) -> tuple[list[Range], float]:
    if not pairs:
        return [], 0.0
    model = load_model("content_pair")
    best, share = choose_scores([model.bias + model.partial(f) + static
                                 for _, _, f, static in pairs])
    s, e, _, _ = pairs[best]
    if _only_adjuncts(v, head, s, e):
        return [], 0.0  # "was expected later on Tuesday": when, not what
    e = _with_backshifted_conj(v, head, e)
    e = _with_range_subject_clause(v, head, s, e)
    e = _through_interrupted_clause(v, head, s, e)
    s, e = _whole_fronted_clause(v, head, s, e)
    e = _to_the_comma_before_the_source(v, head, s, e, source)
    s = _from_the_fronted_phrase(v, head, s, e, source)
    e = _without_speaker_conj(v, head, s, e)
    s = _with_leading_quantity(v, head, s)
    e = _with_estimated_figure(v, head, s, e)
    before, e = e, _with_level_after_change(v, head, s, e)
    level = (before + 1, e) if e > before else None  # what was forecast: no gap
    holes = [cue] + ([source] if source else [])
    gap = load_model("content_gap")
    holes += [r for r, f in gap_options(v, head, s, e, holes, quoted)
              if gap.score(f) > GAP_CUT and r != level]
    pieces = content_pieces(v, s, e, holes) or content_pieces(v, s, e, holes[:2])
    return _without_trailing_adjuncts(v, head, cue, source, pieces, quoted), share


ADJUNCT_DEPS = frozenset({"prep", "advmod", "npadvmod", "agent"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "nsubj", "nsubjpass"})
CHANGE_ADVERBS = frozenset({"up", "down"})


def _cue_adjunct(v: ParseView, c: int, quoted: list[bool]) -> bool:
    """Is the cue head's dependent `c` an adverbial of the speaking ("during the debate",
    "in a statement", "at a news conference on Monday"): a phrase with no clause, no
    quotation, no number and no change ("up from 37 earlier in the day", which the parser
    hangs on "said" but belongs to the reported rise)?"""
    if v.dep[c] not in ADJUNCT_DEPS or v.lower[c] in CHANGE_ADVERBS:
        return False
    return not any(quoted[k] or v.dep[k] in CLAUSE_DEPS or v.tag[k] == "CD"
                   for k in range(v.left[c], v.right[c] + 1))


def _without_trailing_adjuncts(v: ParseView, head: int, cue: Range, source: Range | None,
                               pieces: list[Range], quoted: list[bool]) -> list[Range]:
    """"CONTENT, Finance Minister Ana Petrova said during the debate.": when the content
    stands before its source and cue, a piece after the cue made only of the cue's
    adverbials (when, where, how it was said) is not what was said (stranger trial 5: the
    old reading gave "during the debate" as a second piece)."""
    if source is None or len(pieces) < 2 or not pieces[0][1] <= source[0] < cue[0]:
        return pieces
    adjunct: set[int] = set()
    for c in v.children[head]:
        if c >= cue[1] and _cue_adjunct(v, c, quoted):
            adjunct.update(range(v.left[c], v.right[c] + 1))
    kept = [(i, j) for i, j in pieces if i < cue[1] or not all(
        k in adjunct or v.punct[k] for k in range(i, j))]
    return kept or pieces
