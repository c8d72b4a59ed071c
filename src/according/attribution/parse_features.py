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
        from spacy.attrs import (
            DEP,
            ENT_TYPE,
            HEAD,
            IDX,
            IS_PUNCT,
            IS_SPACE,
            IS_STOP,
            LEMMA,
            LENGTH,
            POS,
            SENT_START,
            TAG,
        )

        from according.nlp import doc_text

        self.doc = doc
        n = self.n = len(doc)
        strings = doc.vocab.strings
        columns = doc.to_array([DEP, POS, TAG, LEMMA, ENT_TYPE, IS_PUNCT, IS_SPACE, IS_STOP]
                               ).T.tolist() if n else [[]] * 8
        # heads and sentence starts are stored unsigned: read them back as signed
        offsets, sent_starts = doc.to_array([HEAD, SENT_START]).view("int64").T.tolist() \
            if n else ([], [])
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if n else ([], [])

        def names(hashes: list[int]) -> list[str]:
            table = {h: strings[h] if h else "" for h in set(hashes)}
            return [table[h] for h in hashes]

        text = doc_text(doc)
        self.text = [text[i:i + length] for i, length in zip(starts, lengths, strict=True)]
        self.lower = [t.lower() for t in self.text]
        self.idx = starts
        self.head = [i + o for i, o in enumerate(offsets)]
        self.dep, self.pos, self.tag = names(columns[0]), names(columns[1]), names(columns[2])
        self.lemma = [t.lower() for t in names(columns[3])]
        self.ent = names(columns[4])
        self.punct = [bool(x) for x in columns[5]]
        self.space = [bool(x) for x in columns[6]]
        self.word = [low if pos in CLOSED_POS or stop or punct else tag
                     for low, pos, tag, stop, punct
                     in zip(self.lower, self.pos, self.tag, columns[7], self.punct, strict=True)]
        # a token's trailing whitespace is one space or none: a line break is a token
        self.newline_after = ["\n" in t for t in self.text]
        self.children: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)
        self.left, self.right = _edges(self.head, self.children)
        self.sent_start = [0] * n
        self.sent_end = [0] * n
        bounds = [i for i in range(n) if i == 0 or sent_starts[i] == 1] + [n]
        for a, b in zip(bounds[:-1], bounds[1:], strict=True):
            self.sent_start[a:b] = [a] * (b - a)
            self.sent_end[a:b] = [b] * (b - a)
        self._chains: dict[int, list[int]] = {}
        self._ups: dict[int, dict[int, tuple[int, str]]] = {}
        self._down: list[str] | None = None

    def chain(self, i: int) -> list[int]:
        """`i` and its heads, at most MAX_HOPS of them (all a dep_path can use); cached."""
        found = self._chains.get(i)
        if found is None:
            found = self._chains[i] = [i]
            head = self.head
            while len(found) <= MAX_HOPS and head[found[-1]] != found[-1]:
                found.append(head[found[-1]])
        return found

    def up_steps(self, i: int) -> dict[int, tuple[int, str]]:
        """For each token of `chain(i)`: (its place in the chain, the up-steps from `i` to
        it spelled as `dep_path` does, "^dep" each); cached."""
        found = self._ups.get(i)
        if found is None:
            found = {}
            steps = ""
            for k, t in enumerate(self.chain(i)):
                if t not in found:  # a token seen twice keeps its first place
                    found[t] = (k, steps)
                steps += "^" + self.dep[t]
            self._ups[i] = found
        return found

    @property
    def down_step(self) -> list[str]:
        """Each token's down-step ("vdep") as `dep_path` spells it."""
        if self._down is None:
            self._down = ["v" + d for d in self.dep]
        return self._down

    def ancestors(self, i: int) -> list[int]:
        """`i` and its heads up to the root (at most 13)."""
        out = [i]
        head = self.head
        while head[out[-1]] != out[-1] and len(out) <= 12:
            out.append(head[out[-1]])
        return out


def _edges(head: list[int], children: list[list[int]]) -> tuple[list[int], list[int]]:
    """The first and last token of every token's subtree (children before their heads)."""
    n = len(head)
    left, right = list(range(n)), list(range(n))
    order = [i for i in range(n) if head[i] == i]  # roots, then each level below them
    for i in order:
        order.extend(children[i])
    for i in reversed(order):
        h = head[i]
        if h != i:
            if left[i] < left[h]:
                left[h] = left[i]
            if right[i] > right[h]:
                right[h] = right[i]
    return left, right


def view_of(doc: Doc) -> ParseView:
    """The Doc's ParseView, built once per Doc."""
    view = doc.user_data.get(_VIEW_KEY)
    if view is None:
        view = doc.user_data[_VIEW_KEY] = ParseView(doc)
    return view


def _bucket_name(n: int) -> str:
    return str(max(b for b in BUCKETS if n >= b))


_BUCKET_NAMES = tuple(_bucket_name(n) for n in range(BUCKETS[-1] + 1))


def bucket(n: int) -> str:
    """A count as a coarse bucket: 0, 1, 2, 3, 4, 6+, 9+, 14+, 20+."""
    if n < 0:
        return "neg"
    return _BUCKET_NAMES[n] if n <= BUCKETS[-1] else _BUCKET_NAMES[-1]


def dep_path(v: ParseView, start: int, end: int) -> str:
    """The dependency path from token `start` to token `end`: up-steps as "^dep",
    down-steps as "vdep"; "far" beyond MAX_HOPS steps or across sentences.

    The meeting point is the first of `start`'s heads (itself first) that `end`'s chain
    holds; the up-steps to each of `start`'s heads are spelled once per start token."""
    if start == end:
        return "self"
    ups, downs = v.up_steps(start), v.chain(end)
    k = j = -1
    up = ""
    for at, t in enumerate(downs):
        found = ups.get(t)
        if found is not None and (k < 0 or found[0] < k or found[0] == k and at > j):
            (k, up), j = found, at
    if k < 0 or k + j > MAX_HOPS:
        return "far"
    if not j:
        return up
    down = v.down_step
    return up + "".join([down[d] for d in reversed(downs[:j])])


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
