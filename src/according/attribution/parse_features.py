"""Parse facts as feature strings, shared by the learned cue, source and content choices.

`view_of(doc)` reads the parse once per Doc into plain lists (`ParseView`), so that the
hundreds of candidate boundaries and phrases scored per article never create spaCy Token
objects again; `word`, `dep_path` and `relation` read from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

CLOSED_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX"})
MAX_HOPS = 4
BUCKETS = (0, 1, 2, 3, 4, 6, 9, 14, 20)
_VIEW_KEY = "according.parse_view"


class ParseView:
    """One Doc's tokens as parallel lists, indexed by token position."""

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, POS, TAG

        self.doc = doc
        n = self.n = len(doc)
        strings = doc.vocab.strings
        rows = doc.to_array([DEP, POS, TAG, LEMMA, ENT_TYPE, IS_PUNCT, IS_SPACE,
                             IS_STOP]).tolist() if n else []
        # heads are offsets stored unsigned: read them back as signed
        offsets = doc.to_array([HEAD]).view("int64").tolist() if n else []
        names: dict[int, str] = {}

        def name(h: int) -> str:
            found = names.get(h)
            if found is None:
                found = names[h] = strings[h] if h else ""
            return found

        self.text = [t.text for t in doc]
        self.lower = [t.lower() for t in self.text]
        self.idx = [t.idx for t in doc]
        self.head = [i + o for i, o in enumerate(offsets)]
        self.dep = [name(r[0]) for r in rows]
        self.pos = [name(r[1]) for r in rows]
        self.tag = [name(r[2]) for r in rows]
        self.lemma = [name(r[3]).lower() for r in rows]
        self.ent = [name(r[4]) for r in rows]
        self.punct = [bool(r[5]) for r in rows]
        self.space = [bool(r[6]) for r in rows]
        self.word = [self.lower[i] if self.pos[i] in CLOSED_POS or r[7] or r[5] else self.tag[i]
                     for i, r in enumerate(rows)]
        self.newline_after = ["\n" in t.text or "\n" in t.whitespace_ for t in doc]
        self.children: list[list[int]] = [[] for _ in range(n)]
        self.left = list(range(n))
        self.right = list(range(n))
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)
            j, steps = i, 0
            while self.head[j] != j and steps < n:  # spread i to every ancestor's edges
                j = self.head[j]
                steps += 1
                if self.left[j] > i:
                    self.left[j] = i
                if self.right[j] < i:
                    self.right[j] = i
        self.sent_start = [0] * n
        self.sent_end = [0] * n
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                self.sent_start[i], self.sent_end[i] = sent.start, sent.end

    def ancestors(self, i: int) -> list[int]:
        """`i` and its heads up to the root (at most 13)."""
        out = [i]
        head = self.head
        while head[out[-1]] != out[-1] and len(out) <= 12:
            out.append(head[out[-1]])
        return out


def view_of(doc: Doc) -> ParseView:
    """The Doc's ParseView, built once per Doc."""
    view = doc.user_data.get(_VIEW_KEY)
    if view is None:
        view = doc.user_data[_VIEW_KEY] = ParseView(doc)
    return view


def bucket(n: int) -> str:
    """A count as a coarse bucket: 0, 1, 2, 3, 4, 6+, 9+, 14+, 20+."""
    if n < 0:
        return "neg"
    for b in reversed(BUCKETS):
        if n >= b:
            return str(b)
    return "0"


def dep_path(v: ParseView, start: int, end: int) -> str:
    """The dependency path from token `start` to token `end`: up-steps as "^dep",
    down-steps as "vdep"; "far" beyond MAX_HOPS steps or across sentences."""
    if start == end:
        return "self"
    ups, downs = v.ancestors(start), v.ancestors(end)
    down_at = {t: k for k, t in enumerate(downs)}
    for k, t in enumerate(ups):
        if t in down_at:
            if k + down_at[t] > MAX_HOPS:
                return "far"
            steps = [f"^{v.dep[u]}" for u in ups[:k]]
            steps += [f"v{v.dep[d]}" for d in reversed(downs[:down_at[t]])]
            return "".join(steps)
    return "far"


def relation(v: ParseView, i: int, anchor: int) -> str:
    """How token `i` stands to `anchor`: its child (by dep), its head, a sibling, or other."""
    if i == anchor:
        return "self"
    if v.head[i] == anchor:
        return f"child:{v.dep[i]}"
    if v.head[anchor] == i:
        return "head"
    if v.head[i] == v.head[anchor]:
        return f"sibling:{v.dep[i]}"
    return "other"
