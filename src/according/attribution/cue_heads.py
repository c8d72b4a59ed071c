"""Which words head an attribution cue: a learned classifier over every candidate word.

Verbs in any clause (relative, adverbial, participles, "…, he said, …"), nouns ("Trump's
claim that", "charges that"), adjectives ("critical of", "worried about"), prepositions
("much to the chagrin of") and a colon or dash that introduces a quotation are all
candidates. A verb carries the verb model's context features (cue_model.py) and whether
the rule cascade of find.py would take it; every word carries what hangs from it (a
clause, "that", a possessor, its prepositions), what it hangs from, and the learned cue
rates of its lemma. The logistic regression (data/models/cue_head.json) gives
`head_probability`; a word is a cue head when it reaches `threshold(pos)` (tuned for
precision on a PolNeAR train holdout).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING, Any

from according.attribution.cue_model import features_at, probability_at
from according.attribution.lexicon import Lexicon, load_lexicon
from according.attribution.linear import load_model, sigmoid
from according.attribution.parse_features import ParseView, bucket

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

VERB_POS = frozenset({"VERB", "AUX"})
OTHER_POS = frozenset({"NOUN", "ADJ", "ADP"})
CUE_PUNCT = frozenset({":", "—", "―", "–", "-", "--"})
HANGING_DEPS = frozenset({"ccomp", "acl", "relcl", "prep", "poss", "agent", "xcomp", "advcl",
                          "dobj", "attr", "acomp", "pobj", "pcomp", "mark"})
PASSIVE_REPORTS = frozenset({"ccomp", "xcomp", "oprd", "agent", "dobj", "dative"})
RATE_BINS = (0.01, 0.05, 0.1, 0.25, 0.5)
_ZEROS = repeat(0.0)


def group(v: ParseView, i: int) -> str | None:
    """"verb", "noun", "adj", "adp", "punct", or None for a word that is never a cue head."""
    pos = v.pos[i]
    if pos in VERB_POS:
        return "verb"
    if pos in OTHER_POS:
        return pos.lower()
    if v.punct[i] and v.text[i] in CUE_PUNCT:
        return "punct"
    return None


_BIN_NAMES = tuple(str(k) for k in range(len(RATE_BINS) + 1))


def _rate_bin(rate: float) -> str:
    """How many of RATE_BINS the rate reaches, as a name."""
    return _BIN_NAMES[bisect_right(RATE_BINS, rate)]


def _around(v: ParseView, i: int, lex: Lexicon) -> list[str]:
    """What hangs from the word and what it hangs from, for any part of speech."""
    lemma, dep, head = v.lemma[i], v.dep[i], v.head[i]
    f = [f"dep={dep}", f"hpos={v.pos[head]}", f"hdep={v.dep[head]}",
         f"hl={v.lemma[head]}", f"l={lemma}|dep={dep}",
         f"hr={_rate_bin(lex.rate(v.lemma[head], 'VERB'))}|{dep}"]
    for child in v.children[i]:
        cdep = v.dep[child]
        if cdep in HANGING_DEPS:
            f.append(f"has={cdep}")
            if cdep == "prep":
                f += [f"prep={v.lower[child]}", f"l={lemma}|prep={v.lower[child]}"]
            if cdep in ("acl", "ccomp", "relcl") and any(
                    v.dep[g] == "mark" and v.lower[g] == "that" for g in v.children[child]):
                f += ["that", f"l={lemma}|that"]
    return f


def _punct_features(v: ParseView, i: int) -> list[str]:
    f = [f"w={v.text[i]}", f"dep={v.dep[i]}",
         f"pw={v.word[i - 1] if i > 0 else '<s>'}",
         f"nw={v.word[i + 1] if i + 1 < v.n else '</s>'}"]
    if i + 1 < v.n:
        f += [f"npos={v.pos[i + 1]}", f"nent={v.ent[i + 1]}"]
    line_start = i
    while line_start > 0 and not v.newline_after[line_start - 1]:
        line_start -= 1
    f.append(f"col={bucket(i - line_start)}")
    return f


def head_features(v: ParseView, i: int, quoted_sents: set[int],
                  rules_take: Callable[[Token], bool] | None = None) -> list[str]:
    """The classifier's features for token `i` (empty when it is no candidate);
    `quoted_sents` holds the first tokens of sentences with quotation marks."""
    kind = group(v, i)
    if kind is None:
        return []
    return [f"g={kind}"] + [f"{kind}:{x}" for x in _group_features(v, i, kind, quoted_sents,
                                                                    rules_take)]


def head_score(v: ParseView, i: int, quoted_sents: set[int],
               rules_take: Callable[[Token], bool] | None = None) -> tuple[str, float] | None:
    """(word group, `head_probability(head_features(…))`) for token `i`, or None when it is
    no candidate: the same sum, read from the weights by group without building the
    group-prefixed feature strings."""
    kind = group(v, i)
    if kind is None:
        return None
    table = _weights_by_group()
    weights = table.get(kind, {})
    return kind, sigmoid(table[""] + sum(
        map(weights.get, _group_features(v, i, kind, quoted_sents, rules_take), _ZEROS),
        table["g"].get(kind, 0.0)))


@lru_cache(maxsize=1)
def _weights_by_group() -> dict[str, Any]:
    """The cue-head weights split by group: {group: {feature: w}}, "g" the group features'
    own weights ({group: w}) and "" the bias."""
    model = load_model("cue_head")
    table: dict[str, Any] = {"": model.bias, "g": {}}
    for name, w in model.weights.items():
        if name.startswith("g="):
            table["g"][name[2:]] = w
        else:
            kind, _, rest = name.partition(":")
            table.setdefault(kind, {})[rest] = w
    return table


def _group_features(v: ParseView, i: int, kind: str, quoted_sents: set[int],
                    rules_take: Callable[[Token], bool] | None) -> list[str]:
    if kind == "punct":
        return _punct_features(v, i)
    lex = load_lexicon()
    lemma = v.lemma[i]
    f = [f"l={lemma}", f"pos={v.pos[i]}", f"tag={v.tag[i]}",
         f"q={int(v.sent_start[i] in quoted_sents)}",
         f"r={_rate_bin(lex.rate(lemma, v.pos[i]))}", f"w={v.lower[i]}"] + _around(v, i, lex)
    if kind == "verb":
        obj = next((c for c in v.children[i] if v.dep[c] == "dobj"), None)
        if obj is not None:  # "issued a statement" reports, "issued the permit" does not
            rate = _rate_bin(lex.object_rates.get(v.lemma[obj], 0.0))
            f += [f"obj={v.lemma[obj]}", f"l={lemma}|obj={v.lemma[obj]}", f"objr={rate}",
                  f"l={lemma}|objr={rate}"]
        p = probability_at(v, i)
        f += [f"p={bucket(int(p * 20))}"] + features_at(v, i)
        if rules_take is not None:
            f.append(f"rules={int(rules_take(v.doc[i]))}")
    return f


def quoted_sentences(v: ParseView) -> set[int]:
    """The first token of every sentence that holds a quotation mark."""
    return {v.sent_start[i] for i in range(v.n) if v.text[i] in ('"', "“", "”", "''")}


def bare_passive(v: ParseView, i: int) -> bool:
    """A passive verb with no clause, agent or object-like complement: "a decision was
    expected later on Tuesday" reports nothing (8% of such verbs head a cue in PolNeAR
    train). "By Tuesday" after it is a time, not an agent ("results were expected by
    Tuesday")."""
    if v.tag[i] != "VBN":
        return False
    deps = [v.dep[c] for c in v.children[i] if not (v.dep[c] == "agent" and _of_time(v, c))]
    if "auxpass" not in deps or any(d in PASSIVE_REPORTS for d in deps):
        return False
    return all(v.dep[c] not in ("prep", "agent") or _of_time(v, c) for c in v.children[i])


def agentless_passive(v: ParseView, i: int) -> bool:
    """A passive verb with no agent ("18 deaths had been confirmed"): who confirmed is not
    in its clause."""
    if v.tag[i] != "VBN":
        return False
    deps = [v.dep[c] for c in v.children[i] if not (v.dep[c] == "agent" and _of_time(v, c))]
    return "auxpass" in deps and "agent" not in deps


def _of_time(v: ParseView, prep: int) -> bool:
    """A preposition whose object is a date or time ("in May", "by Tuesday")."""
    return any(v.ent[g] in ("DATE", "TIME") for g in v.children[prep])


def head_probability(features: list[str]) -> float:
    """The classifier's probability that a word with these features heads a gold cue."""
    return load_model("cue_head").probability(features) if features else 0.0


def threshold(kind: str) -> float:
    """The probability a word of this group needs to be taken as a cue head."""
    return load_lexicon().head_thresholds.get(kind, 1.0)
