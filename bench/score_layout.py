"""Layout facts right/total, by kind, over a folder of layout cases (tests/layout_cases.py).

    python bench/score_layout.py [FOLDER ...] [--wrong] [--days]

FOLDER defaults to tests/data/styles. With --wrong, every wrong fact is listed; with --days,
the publication day of every HTML page is compared with trafilatura's alone (its `date`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.layout_cases import STYLES, case_inputs, read_case, score_folder  # noqa: E402


def publication_days(folders: list[Path]) -> None:
    """Pages whose publication day is right, ours beside trafilatura's alone."""
    import json

    import trafilatura

    ours = theirs = total = 0
    for path in (p for folder in folders for p in case_inputs(folder) if p.suffix == ".html"):
        want = json.loads(path.with_suffix(".json").read_text("utf-8"))["metadata"]["published"]
        if not want:
            continue
        total += 1
        got = read_case(path)[2].metadata.published or ""
        alone = trafilatura.bare_extraction(path.read_text("utf-8"), with_metadata=True).date
        ours += got[:10] == want[:10]
        theirs += (alone or "")[:10] == want[:10]
        if got[:10] != want[:10] or (alone or "")[:10] != want[:10]:
            print(f"  {path.name}: want {want[:10]}, ours {got[:10] or None}, trafilatura {alone}")
    print(f"publication day right on {total} HTML pages: ours {ours}, trafilatura alone {theirs}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[STYLES])
    ap.add_argument("--wrong", action="store_true", help="list every wrong fact")
    ap.add_argument("--days", action="store_true", help="publication days beside trafilatura's")
    args = ap.parse_args()
    if args.days:
        publication_days(args.folders)
        return
    for folder in args.folders:
        by_kind, wrong = score_folder(folder)
        right = sum(r for r, _ in by_kind.values())
        total = sum(t for _, t in by_kind.values())
        print(f"{folder}: {len(case_inputs(folder))} cases, {right}/{total} facts right")
        for kind, (r, t) in sorted(by_kind.items()):
            print(f"  {kind:22} {r:4}/{t:<4}")
        if args.wrong:
            for name, fact in wrong:
                print(f"  WRONG {name} {fact.kind} {fact.key!r}: want {fact.want!r}, "
                      f"got {fact.got!r}")


if __name__ == "__main__":
    main()
