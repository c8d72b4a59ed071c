"""How far a cue reaches around its head word, learned from PolNeAR train.

PolNeAR's cues are often longer than the verb: "has repeatedly cited … as", "said Friday",
"could not resist pointing out", "accused Holt of", "expressed concern about". For a cue
head the left edge is chosen among the up to MAX_LEFT tokens before it and the right edge
among the up to MAX_RIGHT after it (within the sentence), each by a linear ranker
(data/models/cue_left.json, cue_right.json) whose features say what the extension holds
and where it stops; the rule-built span (find.py) is one feature among them.
"""

from __future__ import annotations

from according.attribution.linear import choose, load_model
from according.attribution.parse_features import ParseView, bucket, relation

MAX_LEFT = 8
MAX_RIGHT = 12


def left_options(v: ParseView, head: int, rule_lo: int) -> tuple[list[int], list[list[str]]]:
    """Candidate first tokens of the cue and their features."""
    start = v.sent_start[head]
    lemma, hp = v.lemma[head], v.pos[head]
    options = list(range(max(start, head - MAX_LEFT), head + 1))
    # what lies between each option and the head, gathered from the head leftwards
    between: dict[int, tuple[list[str], int, int, bool, bool]] = {}
    kinds: set[str] = set()
    low, high, verb, punct = head, head, False, False
    for lo in range(head - 1, options[0] - 1, -1):
        kinds.add(f"b={v.dep[lo]}|{v.pos[lo]}")
        low, high = min(low, v.head[lo]), max(high, v.head[lo])
        verb, punct = verb or v.pos[lo] == "VERB", punct or v.punct[lo]
        between[lo] = (sorted(kinds), low, high, verb, punct)
    feats = []
    for lo in options:
        n = bucket(head - lo)
        f = [f"n={n}", f"hp={hp}|n={n}", f"l={lemma}|n={n}"]
        if lo == rule_lo:
            f += ["rule", f"rule|hp={hp}"]
        if lo == start:
            f.append("o=start")
        else:
            out = lo - 1
            f += [f"ow={v.word[out]}", f"odep={v.dep[out]}", f"orel={relation(v, out, head)}",
                  f"l={lemma}|ow={v.word[out]}"]
        if lo < head:
            f += [f"fw={v.word[lo]}", f"fdep={v.dep[lo]}", f"frel={relation(v, lo, head)}",
                  f"l={lemma}|fw={v.word[lo]}", f"hp={hp}|fdep={v.dep[lo]}"]
            kind_list, low, high, verb, punct = between[lo]
            f += kind_list
            f.append(f"inner={int(lo <= low and high <= head)}")
            if verb:
                f.append("verb_in")
            if punct:
                f.append("punct_in")
            f += _phrase_edge(v, head, lo, v.left, f"l={lemma}")
        feats.append(f)
    return options, feats


def right_options(v: ParseView, head: int, rule_hi: int) -> tuple[list[int], list[list[str]]]:
    """Candidate ends (exclusive) of the cue and their features."""
    end = v.sent_end[head]
    lemma, hp = v.lemma[head], v.pos[head]
    options = list(range(head + 1, min(end, head + 1 + MAX_RIGHT) + 1))
    feats = []
    # what lies between the head and each option, gathered rightwards
    kinds: set[str] = set()
    low, high, dated, punct = head, head, False, False
    for hi in options:
        n = bucket(hi - head - 1)
        f = [f"n={n}", f"hp={hp}|n={n}", f"l={lemma}|n={n}"]
        if hi == rule_hi:
            f += ["rule", f"rule|hp={hp}"]
        if hi >= end:
            f.append("x=end")
        else:
            f += [f"xw={v.word[hi]}", f"xdep={v.dep[hi]}", f"xrel={relation(v, hi, head)}",
                  f"l={lemma}|xw={v.word[hi]}", f"hp={hp}|xdep={v.dep[hi]}"]
        if hi > head + 1:
            last = hi - 1
            f += [f"lw={v.word[last]}", f"ldep={v.dep[last]}", f"lrel={relation(v, last, head)}",
                  f"l={lemma}|lw={v.word[last]}", f"l={lemma}|ldep={v.dep[last]}",
                  f"lent={v.ent[last]}", f"hp={hp}|ldep={v.dep[last]}"]
            kinds.add(f"b={v.dep[last]}|{v.pos[last]}")
            low, high = min(low, v.head[last]), max(high, v.head[last])
            dated = dated or v.ent[last] in ("DATE", "TIME")
            punct = punct or v.punct[last]
            f += sorted(kinds)
            f.append(f"inner={int(head <= low and high < hi)}")
            if dated:
                f.append("date_in")
            if punct:
                f.append("punct_in")
            f += _phrase_edge(v, head, last, v.right, f"l={lemma}")
        feats.append(f)
    return options, feats


def _phrase_edge(v: ParseView, head: int, edge: int, far: list[int], tag: str) -> list[str]:
    """Whether the cue's edge token closes (or opens) the whole phrase it belongs to among
    the head's dependents ("said last month" is whole, "said last" cuts "last month"),
    with that dependent's relation and entity type."""
    top = edge
    while v.head[top] != head and v.head[top] != top:
        top = v.head[top]
    if v.head[top] != head:
        return ["edge=outside"]
    whole = int(far[top] == edge)
    dep, ent = v.dep[top], v.ent[top] or "-"
    return [f"whole={whole}", f"whole={whole}|{dep}", f"whole={whole}|{dep}|{ent}",
            f"{tag}|whole={whole}|{dep}"]


def cue_bounds(v: ParseView, head: int, rule_lo: int, rule_hi: int) -> tuple[int, int, float]:
    """The learned cue extent [lo, hi) around `head`, and how sure the two choices are."""
    los, lfeats = left_options(v, head, rule_lo)
    his, hfeats = right_options(v, head, rule_hi)
    li, lp = choose(load_model("cue_left"), lfeats)
    hi_, hp = choose(load_model("cue_right"), hfeats)
    return los[li], max(_before_a_time(v, head, his[hi_]), closing_day_end(v, head)), lp * hp


def _before_a_time(v: ParseView, head: int, hi: int) -> int:
    """A cue end cut before a last preposition whose object, a day or a time, lies past it:
    "repeated on Tuesday that …" is cued by "repeated", not "repeated on" (stranger trial
    8); "accused Holt of" keeps its preposition."""
    last = hi - 1
    if last <= head or v.pos[last] != "ADP" or v.text[last] == "according":
        return hi
    objects = [c for c in v.children[last] if c >= hi and v.dep[c] == "pobj"]
    return last if objects and all(v.ent[c] in ("DATE", "TIME") for c in objects) else hi


def closing_day_end(v: ParseView, head: int) -> int:
    """The end of a day that closes the sentence right after a verb cue ("…,” he said
    Friday.": PolNeAR train puts it in the cue 21 times in 34), or 0."""
    nxt = head + 1
    if (v.pos[head] != "VERB" or nxt >= v.n or v.head[nxt] != head
            or v.dep[nxt] not in ("npadvmod", "tmod") or v.ent[nxt] not in ("DATE", "TIME")):
        return 0
    end = v.doc[nxt].right_edge.i + 1
    if end < v.n and not (v.punct[end] and v.text[end] in (".", "!", "?")):
        return 0
    return end
