"""Which words of the sentence are a cue's source, learned from PolNeAR train.

The candidates are every noun phrase of the cue's sentence, each in several cuts (the
whole subtree; the head with its left modifiers only; cut before each of its right
dependents, so "Rep. Gwen Moore (D-Wis.)" and "Chris Cox, who runs the NRA's lobbying
arm," are both on offer; with and without a closing comma), and "no source". A linear
ranker (data/models/source.json) scores each by its dependency path from the cue head,
its shape and its neighbours; the rule-built source (find.py) is one feature among them.
"""

from __future__ import annotations

from according.attribution.linear import choose, load_model
from according.attribution.parse_features import ParseView, bucket, dep_path
from according.attribution.spans import dateline_end
from according.nlp import doc_text

SOURCE_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
TRIM = frozenset({",", ".", ";", ":", "—", "–", "-", "--", "(", "'s", "’s", "’", "'", '"', "“",
                  "”", "‘", "''", "``"})
PAIRED_CLOSE = {")": "(", "]": "["}
POST_DEPS = frozenset({"appos", "relcl", "acl", "prep", "conj", "cc", "punct", "amod", "nmod",
                       "advmod", "npadvmod", "nummod", "compound"})
LEFT_DEPS = ("det", "poss", "amod")
Range = tuple[int, int]


def _trimmed(v: ParseView, i: int, j: int) -> Range | None:
    """[i, j) without edge punctuation or spaces; a closing bracket stays when its opening
    one is inside ("Rep. Gwen Moore (D-Wis.)")."""
    text = v.text
    while i < j and (text[i] in TRIM or text[i] in PAIRED_CLOSE or v.space[i]):
        i += 1
    while j > i:
        last = text[j - 1]
        opener = PAIRED_CLOSE.get(last)
        if v.space[j - 1] or last in TRIM or opener is not None and opener not in text[i:j - 1]:
            j -= 1
            continue
        break
    return (i, j) if j > i else None


def _cuts(v: ParseView, tok: int, cue: Range) -> list[tuple[Range, str]]:
    """The cuts of `tok`'s phrase that stay clear of the cue, with their names."""
    lo, hi = v.left[tok], v.right[tok] + 1
    if lo < cue[1] and cue[0] < hi:  # the phrase holds the cue: keep the side with the head
        if tok < cue[0]:
            hi = cue[0]
        elif tok >= cue[1]:
            lo = cue[1]
        else:
            return []
    out: list[tuple[Range, str]] = [((lo, hi), "full")]
    rights = [c for c in v.children[tok] if c > tok and v.dep[c] in POST_DEPS]
    for k, child in enumerate(rights):
        if v.left[child] < hi:
            out.append(((lo, max(tok + 1, v.left[child])), f"cut{min(k, 2)}"))
    if v.pos[tok] == "PROPN":
        first = next((c for c in v.children[tok] if c < tok and v.dep[c] in LEFT_DEPS), None)
        if first is not None and first == lo:
            out.append(((v.right[first] + 1, hi), "nodet"))
    found = []
    for (i, j), name in out:
        r = _trimmed(v, i, j)
        if r is None:
            continue
        found.append((r, name))
        if r[1] < v.n and v.text[r[1]] == "," and r[1] + 1 <= cue[0]:
            found.append(((r[0], r[1] + 1), name + "+comma"))
    return found


def stamp_end(v: ParseView, start: int, head: int) -> int:
    """The first token after a dateline or a live blog entry's clock stamp ("OSTBY,
    Norland (AP) — ", "10:50 CET — ") that opens the line of token `head` within its
    sentence (from `start`); `start` when none does."""
    end = dateline_end(doc_text(v.doc), v.idx[head])
    if end is None or end > v.idx[head]:
        return start
    return next((t for t in range(start, head + 1) if v.idx[t] >= end), start)


def source_options(v: ParseView, head: int, cue: Range, rule: Range | None,
                   quoted: list[bool]) -> tuple[list[Range | None], list[list[str]]]:
    """Candidate source token ranges (None: no source) and their features; `quoted` says
    which tokens lie inside quotation marks."""
    start, end = v.sent_start[head], v.sent_end[head]
    hp, tag = v.pos[head], v.tag[head]
    deps = {v.dep[c] for c in v.children[head]}
    passive = bool(deps & {"nsubjpass", "auxpass"})
    has_subj = bool(deps & {"nsubj", "csubj"})
    in_quote = quoted[head]
    options: list[Range | None] = [None]
    none = ["none", f"none|hp={hp}", f"none|tag={tag}", f"none|dep={v.dep[head]}",
            f"none|pass={int(passive)}", f"none|subj={int(has_subj)}",
            f"none|rule={int(rule is None)}", f"none|q={int(in_quote)}"]
    feats = [none]
    seen: set[Range] = set()
    stamp = stamp_end(v, start, head)  # a clock stamp is when, not who: no candidate
    for tok in range(start, end):
        if v.pos[tok] not in SOURCE_POS or cue[0] <= tok < cue[1]:
            continue
        path = dep_path(v, head, tok)
        tdep, tpos = v.dep[tok], v.pos[tok]
        base = [f"p={path}", f"p={path}|hp={hp}", f"tdep={tdep}", f"tpos={tpos}",
                f"tent={v.ent[tok]}", f"p={path}|tpos={tpos}",
                f"q={int(in_quote)}{int(quoted[tok])}"]
        if tpos == "PRON":
            base.append(f"tw={v.lower[tok]}")
        for rng, cut in _cuts(v, tok, cue):
            if rng[1] <= stamp:  # one that runs past it is cut there (without_dateline)
                continue
            if rng in seen:
                continue
            seen.add(rng)
            i, j = rng
            side = "before" if j <= cue[0] else "after"
            gap = cue[0] - j if side == "before" else i - cue[1]
            f = base + [f"cut={cut}", f"p={path}|cut={cut}", f"side={side}",
                        f"gap={side}{bucket(gap)}", f"n={bucket(j - i)}",
                        f"pw={v.word[i - 1] if i > start else '<s>'}",
                        f"nw={v.word[j] if j < end else '</s>'}",
                        f"tdep={tdep}|side={side}", f"fw={v.word[i]}"]
            f += sorted({f"has={v.dep[c]}" for c in v.children[tok] if i <= c < j})
            if rng == rule:
                f += ["rule", f"rule|cut={cut}", f"rule|hp={hp}"]
            options.append(rng)
            feats.append(f)
    if rule is not None and rule not in seen and rule[1] > stamp:
        options.append(rule)
        feats.append(["rule", "rule|cut=other", f"rule|hp={hp}", "cut=other"])
    return options, feats


def choose_source(v: ParseView, head: int, cue: Range, rule: Range | None,
                  quoted: list[bool]) -> tuple[Range | None, float]:
    """The learned source token range (None: no source) and the choice's softmax share."""
    options, feats = source_options(v, head, cue, rule, quoted)
    best, share = choose(load_model("source"), feats)
    return options[best], share
