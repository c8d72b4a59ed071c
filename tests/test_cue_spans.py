"""The cue extent's candidates describe what lies between the head and each edge: the
same facts as reading the tokens between them one by one."""

from __future__ import annotations

from according.attribution.cue_spans import left_options, right_options
from according.attribution.parse_features import view_of

TEXT = ("The ministry, in a statement on Friday, has repeatedly and angrily accused Holt of "
        "lying, said Ms. Moore (D-Wis.) last month, according to two aides who asked not to "
        "be named.")


def _inside_facts(v, tokens, lo: int, hi: int, head: int, dated: bool) -> list[str]:
    """What the features say about `tokens`, read one by one (the definition)."""
    out = sorted({f"b={v.dep[t]}|{v.pos[t]}" for t in tokens})
    out.append(f"inner={int(all(lo <= v.head[t] <= hi for t in tokens))}")
    if dated and any(v.ent[t] in ("DATE", "TIME") for t in tokens):
        out.append("date_in")
    if not dated and any(v.pos[t] == "VERB" for t in tokens):
        out.append("verb_in")
    if any(v.punct[t] for t in tokens):
        out.append("punct_in")
    return out


def _family(features: list[str]) -> list[str]:
    return [f for f in features if f.startswith(("b=", "inner=")) or f in (
        "date_in", "verb_in", "punct_in")]


def test_cue_edges_describe_the_tokens_between_them_and_the_head(nlp) -> None:
    v = view_of(nlp(TEXT))
    heads = [i for i in range(v.n) if v.pos[i] == "VERB"]
    assert len(heads) >= 3
    for head in heads:
        options, feats = left_options(v, head, head)
        for lo, f in zip(options, feats, strict=True):
            tokens = range(lo, head)
            want = _inside_facts(v, tokens, lo, head, head, dated=False) if tokens else []
            assert _family(f) == want, (v.text[head], lo)
        options, feats = right_options(v, head, head + 1)
        for hi, f in zip(options, feats, strict=True):
            tokens = range(head + 1, hi)
            want = _inside_facts(v, tokens, head, hi - 1, head, dated=True) if tokens else []
            assert _family(f) == want, (v.text[head], hi)
