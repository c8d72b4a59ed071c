"""How often a quote cut down to a piece of another joins its cluster (quotes.cluster_texts,
the ledger's quote rule), and how many pairs of different contents it joins beside them.

The wholes are PolNeAR dev contents of two or more clauses (split at , ; : . ? ! and
dashes) of at least MIN_PIECE words each; each gives three pieces, as outlets cut quotes:
its last clause, its first clause and the first five words of its last joined by an
ellipsis, and its first 60% of words. Each (whole, piece) pair is clustered beside every
other dev content (so a piece can also be taken by another quote), and a pair counts as
joined when both get one label. False joins: pairs of distinct dev contents of different
articles that share a cluster, with a sample printed to read.

    PYTHONPATH=src python bench/eval_quote_pieces.py [--polnear DIR]
"""

from __future__ import annotations

import argparse
import json
import re
from itertools import combinations
from pathlib import Path

from according.ledger import quotes
from according.ledger.quotes import cluster_texts, quote_words

MIN_PIECE = getattr(quotes, "MIN_PIECE", 8)  # (the rule before quote pieces had none)

CLAUSE_END = re.compile(r"[,;:.?!]|\s[—–-]\s")


def wholes_and_pieces(contents: list[str]) -> list[tuple[str, str, str]]:
    """(kind, whole, piece) triples of the contents with two long enough clauses."""
    out = []
    for text in contents:
        clauses = [c.strip() for c in CLAUSE_END.split(text)
                   if len(quote_words(c)) >= MIN_PIECE]
        if len(clauses) < 2:
            continue
        words = text.split()
        out += [("last clause", text, clauses[-1]),
                ("ellipsis", text, f"{clauses[0]} … {' '.join(clauses[-1].split()[:5])}"),
                ("first 60%", text, " ".join(words[:max(MIN_PIECE, len(words) * 6 // 10)]))]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path,
                        default=Path(__file__).parents[1] / "../shared/data/polnear/dev")
    args = parser.parse_args()
    by_article: dict[str, str] = {}
    for path in sorted(args.polnear.glob("*.json")):
        for quote in json.loads(path.read_text("utf-8"))["quotes"]:
            for content in quote["contents"]:
                by_article.setdefault(content["text"], path.stem)
    contents = sorted(by_article)
    triples = wholes_and_pieces(contents)
    pieces = sorted({p for _, _, p in triples} - set(by_article))
    texts = contents + pieces
    label = dict(zip(texts, cluster_texts(texts), strict=True))
    for kind in ("last clause", "ellipsis", "first 60%"):
        pairs = [(w, p) for k, w, p in triples if k == kind]
        joined = sum(label[w] == label[p] for w, p in pairs)
        print(f"{kind}: {joined} of {len(pairs)} pieces joined their whole "
              f"({joined / max(len(pairs), 1):.0%})")
    clusters: dict[int, list[str]] = {}
    for text in contents:
        clusters.setdefault(label[text], []).append(text)
    cross = [(a, b) for members in clusters.values() for a, b in combinations(members, 2)
             if by_article[a] != by_article[b] and quote_words(a) != quote_words(b)]
    print(f"pairs of different dev contents of different articles in one cluster: "
          f"{len(cross)}")
    for a, b in cross[:8]:
        print(f"  {a[:70]!r}\n  ~ {b[:70]!r}")


if __name__ == "__main__":
    main()
