"""Where a cue's content starts and ends, learned from PolNeAR train.

Every token boundary of the cue's paragraph (at most MAX_REACH tokens either side of the
cue) is a candidate start and a candidate end. Two linear rankers (data/models/
content_start.json, content_end.json) score them by the words and parse around the
boundary, the largest phrase that starts or ends there and how it hangs from the cue
("the clause the cue governs ends here", "a ', which' follows"), and whether the rule-built
content (find.py) starts or ends there. The best start before the best end wins; the cue,
the source and the punctuation beside them are cut out, which splits "“…,” he said, “…”"
into its pieces.
"""

from __future__ import annotations

from according.attribution.cue_model import cue_probability
from according.attribution.linear import choose, load_model
from according.attribution.parse_features import ParseView, bucket, dep_path, relation

MAX_REACH = 80
QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "''", "``", "'"})
TOP_PAIRS = 6
GAP_CUT = 0.0
STRONG_CUE = 0.5
_STRONG_KEY = "according.strong_cues"
HOLE_EDGE = frozenset({",", ";", ":", "—", "–", "-", "--", "(", ")", "―", "."})
Range = tuple[int, int]


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


def strong_cues(v: ParseView) -> list[bool]:
    """For each token: a verb the cue model (cue_model.py) scores STRONG_CUE or more."""
    found = v.doc.user_data.get(_STRONG_KEY)
    if found is None:
        doc = v.doc
        found = v.doc.user_data[_STRONG_KEY] = [
            v.pos[i] in ("VERB", "AUX") and cue_probability(doc[i]) >= STRONG_CUE
            for i in range(v.n)]
    return found


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
        strong = strong_cues(v)
        self.next_cue = next((i for i in range(cue[1], window[1])
                              if strong[i] and not quoted[i]), None)
        self.prev_cue = next((i for i in range(cue[0] - 1, window[0] - 1, -1)
                              if strong[i] and not quoted[i]), None)

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


def start_features(fr: _Frame, s: int) -> list[str]:
    v, head, cue = fr.v, fr.head, fr.cue
    side = "L" if s < cue[0] else "R"
    top = _top_starting(v, s, fr.window[0])
    path = fr.path(top)
    tw = v.word[s]
    f = [f"side={side}", f"tw={tw}", f"tdep={v.dep[s]}|{side}",
         f"trel={relation(v, s, head)}", f"arel={relation(v, top, head)}|{side}",
         f"adep={v.dep[top]}|{side}", f"apath={path}", f"apath={path}|hp={fr.hp}",
         f"sent={_sent_rel(v, head, s)}",
         f"d={side}{bucket(abs(s - (cue[1] if side == 'R' else cue[0])))}"]
    if s == fr.window[0]:
        f.append("p=window")
    else:
        pw = v.word[s - 1]
        f += [f"pw={pw}", f"pw={pw}|tw={tw}", f"prel={relation(v, s - 1, head)}"]
        if v.sent_start[s] == s:
            f.append("p=sent")
    if s == cue[1]:
        f += ["after_cue", f"after_cue|hp={fr.hp}", f"after_cue|tw={tw}"]
    if fr.source is not None and s == fr.source[1]:
        f.append("after_source")
    if fr.rule is not None and s == fr.rule[0]:
        f += ["rule", f"rule|hp={fr.hp}", f"rule|{side}"]
    if v.text[s] in QUOTE_MARKS:
        f.append(f"quote_mark|in={int(fr.quoted[s])}")
    elif fr.quoted[s]:
        f.append("in_quote")
    if side == "R":
        f.append(f"l={fr.lemma}|tw={tw}")
    else:
        f += fr.crossed("L", s, cue[0])
    return f


def end_features(fr: _Frame, e: int) -> list[str]:
    v, head, cue = fr.v, fr.head, fr.cue
    last = e - 1
    side = "L" if e <= cue[0] else "R"
    top = _top_ending(v, last, fr.window[1])
    path = fr.path(top)
    lw = v.word[last]
    f = [f"side={side}", f"lw={lw}", f"ldep={v.dep[last]}|{side}",
         f"lrel={relation(v, last, head)}", f"arel={relation(v, top, head)}|{side}",
         f"adep={v.dep[top]}|{side}", f"apath={path}", f"apath={path}|hp={fr.hp}",
         f"sent={_sent_rel(v, head, last)}",
         f"d={side}{bucket(abs(last - (cue[0] if side == 'L' else cue[1])))}"]
    if e >= fr.window[1]:
        f.append("n=window")
    else:
        nw = v.word[e]
        f += [f"nw={nw}", f"nw={nw}|lw={lw}", f"nrel={relation(v, e, head)}",
              f"ndep={v.dep[e]}|{side}"]
        if v.punct[e] and e + 1 < fr.window[1]:
            f.append(f"nw={nw}|nnw={v.word[e + 1]}")
        if v.sent_start[e] == e:
            f.append("n=sent")
    if e == cue[0]:
        f.append("before_cue")
    if fr.source is not None and e in (fr.source[0], fr.source[0] - 1):
        f.append(f"before_source{fr.source[0] - e}")
    if fr.rule is not None and e == fr.rule[1]:
        f += ["rule", f"rule|hp={fr.hp}", f"rule|{side}"]
    if v.text[last] in QUOTE_MARKS:
        f.append(f"quote_mark|in={int(fr.quoted[last])}")
    elif fr.quoted[last]:
        f.append("in_quote")
    if e < v.n:
        f.append(f"q={int(fr.quoted[last])}{int(fr.quoted[e])}")
    if side == "R":
        f += fr.crossed("R", cue[1], e)
    return f


def content_options(v: ParseView, head: int, cue: Range, source: Range | None,
                    rule: Range | None, quoted: list[bool],
                    ) -> tuple[list[int], list[list[str]], list[int], list[list[str]]]:
    """(start positions, their features, end positions, their features) of the content;
    `quoted` says which tokens lie inside quotation marks."""
    return _options(_Frame(v, head, cue, source, content_window(v, head), rule, quoted))


def _options(fr: _Frame) -> tuple[list[int], list[list[str]], list[int], list[list[str]]]:
    v, window = fr.v, fr.window
    blocked = set(range(*fr.cue)) | (set(range(*fr.source)) if fr.source else set())
    starts = [s for s in range(*window) if s not in blocked and not v.space[s]]
    ends = [e for e in range(window[0] + 1, window[1] + 1)
            if e - 1 not in blocked and not v.space[e - 1]]
    return (starts, [start_features(fr, s) for s in starts],
            ends, [end_features(fr, e) for e in ends])


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
    marks = sum(v.text[i] in QUOTE_MARKS for i in range(s, e))
    f.append(f"marks={min(marks, 4)}|odd={marks % 2}")
    if s < cue[0] and e > cue[1]:
        f.append("around")
    side = "L" if e <= cue[0] else "R"
    if side == "R":
        f += fr.crossed("R", cue[1], e)
    else:
        f += fr.crossed("L", s, cue[0])
    f.append(f"sents={bucket(len({v.sent_start[i] for i in range(s, e)}))}")
    if fr.rule is not None and (s, e) == fr.rule:
        f.append("rule_pair")
    return [f"pair:{x}" for x in f] + [f"pair:{x}|hp={fr.hp}" for x in f[:3]]


def ranked_pairs(v: ParseView, head: int, cue: Range, source: Range | None,
                 rule: Range | None, quoted: list[bool],
                 ) -> list[tuple[int, int, list[str]]]:
    """The content spans worth a joint look: the TOP_PAIRS best starts by the start model
    times the TOP_PAIRS best ends by the end model, each with its joint features (start's,
    end's and the span's own)."""
    window = content_window(v, head)
    fr = _Frame(v, head, cue, source, window, rule, quoted)
    starts, sf, ends, ef = _options(fr)
    if not starts or not ends:
        return []
    start_model, end_model = load_model("content_start"), load_model("content_end")
    best_s = sorted(range(len(starts)), key=lambda k: -start_model.score(sf[k]))[:TOP_PAIRS]
    best_e = sorted(range(len(ends)), key=lambda k: -end_model.score(ef[k]))[:TOP_PAIRS]
    if rule is not None:  # the rule's own span is always looked at
        best_s += [k for k, s in enumerate(starts) if s == rule[0] and k not in best_s]
        best_e += [k for k, e in enumerate(ends) if e == rule[1] and k not in best_e]
    holes = [cue] + ([source] if source else [])
    out = []
    for a in best_s:
        for b in best_e:
            s, e = starts[a], ends[b]
            if e > s and content_pieces(v, s, e, holes):
                out.append((s, e, [f"s:{x}" for x in sf[a]] + [f"e:{x}" for x in ef[b]]
                            + pair_features(fr, s, e)))
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
        out.append(((lo, hi), f))
    return out


def choose_content(v: ParseView, head: int, cue: Range, source: Range | None,
                   rule: Range | None, quoted: list[bool]) -> tuple[list[Range], float]:
    """The learned content pieces (token ranges) and the joint choice's softmax share."""
    pairs = ranked_pairs(v, head, cue, source, rule, quoted)
    if not pairs:
        return [], 0.0
    best, share = choose(load_model("content_pair"), [f for _, _, f in pairs])
    s, e, _ = pairs[best]
    holes = [cue] + ([source] if source else [])
    gap = load_model("content_gap")
    holes += [r for r, f in gap_options(v, head, s, e, holes, quoted) if gap.score(f) > GAP_CUT]
    return content_pieces(v, s, e, holes) or content_pieces(v, s, e, holes[:2]), share
