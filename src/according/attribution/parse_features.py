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
        self.doc = doc
        self.n = len(doc)
        self.text: list[str] = []
        self.lower: list[str] = []
        self.lemma: list[str] = []
        self.pos: list[str] = []
        self.tag: list[str] = []
        self.dep: list[str] = []
        self.ent: list[str] = []
        self.head: list[int] = []
        self.left: list[int] = []
        self.right: list[int] = []
        self.idx: list[int] = []
        self.punct: list[bool] = []
        self.space: list[bool] = []
        self.word: list[str] = []
        self.newline_after: list[bool] = []
        self.children: list[list[int]] = [[] for _ in range(self.n)]
        for t in doc:
            pos = t.pos_
            self.text.append(t.text)
            self.lower.append(t.lower_)
            self.lemma.append(t.lemma_.lower())
            self.pos.append(pos)
            self.tag.append(t.tag_)
            self.dep.append(t.dep_)
            self.ent.append(t.ent_type_)
            self.head.append(t.head.i)
            self.left.append(t.left_edge.i)
            self.right.append(t.right_edge.i)
            self.idx.append(t.idx)
            self.punct.append(t.is_punct)
            self.space.append(t.is_space)
            closed = pos in CLOSED_POS or t.is_stop or t.is_punct
            self.word.append(t.lower_ if closed else t.tag_)
            self.newline_after.append("\n" in t.text or "\n" in t.whitespace_)
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)
        self.sent_start = [0] * self.n
        self.sent_end = [0] * self.n
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
