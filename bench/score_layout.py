"""Layout facts right/total, by kind, over a folder of layout cases (tests/layout_cases.py).

    python bench/score_layout.py [FOLDER ...] [--wrong]

FOLDER defaults to tests/data/styles. With --wrong, every wrong fact is listed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.layout_cases import STYLES, case_inputs, score_folder  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[STYLES])
    ap.add_argument("--wrong", action="store_true", help="list every wrong fact")
    args = ap.parse_args()
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
