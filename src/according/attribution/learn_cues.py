"""Learn the cue lexicon from PolNeAR train: which lemmas are attribution cues, how often.

    python -m according.attribution.learn_cues /work/shared/data/polnear/train

writes src/according/data/cues.tsv (lemma, pos, times a gold cue head, times seen, rate, rate
when the word has a clausal complement), cue_frames.tsv (lemma, first complement: ccomp /
xcomp / dobj / prep / none, and the same counts), cue_preps.tsv (verb lemma, preposition,
rate the preposition is in the cue) and cue_objects.tsv (a verb's direct object, rate its
verb is a cue: "issued a statement" reports, "issued the permit" does not).
The rates are what `find` keeps cues by; this is run by hand, never in tests.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from according.attribution.corpus import parsed_corpus
from according.attribution.lexicon import frame_of

DATA = Path(__file__).resolve().parents[1] / "data"
CUE_POS = ("VERB", "NOUN", "AUX", "ADJ")
MIN_SEEN = 4
MIN_FRAME_SEEN = 5


def _count(doc, quotes, gold: dict[str, Counter], seen: dict[str, Counter]) -> None:  # noqa: ANN001
    for q in quotes:
        cue = q.get("cue")
        span = cue and doc.char_span(cue["start"], cue["end"], alignment_mode="expand")
        if not span:
            continue
        root = span.root
        lemma = root.lemma_.lower()
        gold["head"][(lemma, root.pos_)] += 1
        gold["frame"][(lemma, frame_of(root))] += 1
        if any(c.dep_ == "ccomp" for c in root.children):
            gold["clause"][(lemma, root.pos_)] += 1
        for child in root.rights:
            if child.dep_ == "prep" and span.start <= child.i < span.end:
                gold["prep"][(lemma, child.lower_)] += 1
            if child.dep_ == "dobj" and root.pos_ == "VERB":
                gold["object"][(child.lemma_.lower(), "NOUN")] += 1
    for tok in doc:
        if tok.pos_ not in CUE_POS:
            continue
        lemma = tok.lemma_.lower()
        seen["head"][(lemma, tok.pos_)] += 1
        seen["frame"][(lemma, frame_of(tok))] += 1
        if any(c.dep_ == "ccomp" for c in tok.children):
            seen["clause"][(lemma, tok.pos_)] += 1
        for child in tok.rights:
            if child.dep_ == "prep":
                seen["prep"][(lemma, child.lower_)] += 1
            if child.dep_ == "dobj" and tok.pos_ == "VERB":
                seen["object"][(child.lemma_.lower(), "NOUN")] += 1


def _rows(gold: Counter, seen: Counter, min_seen: int) -> list[tuple]:
    rows = [(a, b, gold[(a, b)], n, round(gold[(a, b)] / n, 3))
            for (a, b), n in seen.items() if n >= min_seen and gold[(a, b)] >= 2]
    return sorted(rows, key=lambda r: (-r[4], r[0], r[1]))


def learn(gold_dir: Path) -> dict[str, list[tuple]]:
    """Gold cue heads against all occurrences in `gold_dir`: rows of the three tables."""
    kinds = ("head", "frame", "clause", "prep", "object")
    gold: dict[str, Counter] = {k: Counter() for k in kinds}
    seen: dict[str, Counter] = {k: Counter() for k in kinds}
    for article in parsed_corpus(gold_dir):
        _count(article.doc, article.gold["quotes"], gold, seen)
    clause = gold["clause"]
    cues = [row + ((round(clause[row[:2]] / seen["clause"][row[:2]], 3)
                    if seen["clause"][row[:2]] >= 3 else 0.0),)
            for row in _rows(gold["head"], seen["head"], MIN_SEEN)]
    return {
        "cues": cues,
        "frames": _rows(gold["frame"], seen["frame"], MIN_FRAME_SEEN),
        "preps": _rows(gold["prep"], seen["prep"], 3),
        "objects": _rows(gold["object"], seen["object"], 3),
    }


def _write(path: Path, header: str, rows: list[tuple]) -> None:
    lines = [header] + ["\t".join(str(x) for x in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    gold_dir = Path(args[0]) if args else Path("/work/shared/data/polnear/train")
    tables = learn(gold_dir)
    _write(DATA / "cues.tsv", "#lemma\tpos\tgold\tseen\trate\trate_with_clause", tables["cues"])
    _write(DATA / "cue_frames.tsv", "#lemma\tframe\tgold\tseen\trate", tables["frames"])
    _write(DATA / "cue_preps.tsv", "#lemma\tprep\tgold\tseen\trate", tables["preps"])
    _write(DATA / "cue_objects.tsv", "#object\tpos\tgold\tseen\trate", tables["objects"])
    print(f"{len(tables['cues'])} cue lemmas, {len(tables['frames'])} frames, "
          f"{len(tables['preps'])} cue prepositions -> {DATA}")


if __name__ == "__main__":
    main()
