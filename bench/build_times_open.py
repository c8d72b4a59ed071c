"""Build the open time-expression set's gold JSON from its annotated source files.

    python bench/build_times_open.py [tests/data/times_open/round1.txt ...]

Each source file holds documents written for this project, each starting with a line
"### <id> <DCT>", its times marked inline as [[text|TYPE|value]] or [[text|TYPE|value|MOD]].
Every document becomes tests/data/times_open/<round>/<id>.json in the layout of
../shared/data/timebank/ (id, dct, title, text, timex [{tid, start, end, text, type, value,
mod}]), so ../shared/tools/score_times.py and bench/eval_times.py --gold read it as they read
TimeBank. Refuses (exit 1, one line naming the file and line) a malformed mark.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OPEN = Path(__file__).resolve().parents[1] / "tests" / "data" / "times_open"
HEADER_RE = re.compile(r"^### (?P<id>\S+) (?P<dct>\d{4}-\d{2}-\d{2}(?:T[\d:]+)?)\s*$")
MARK_RE = re.compile(r"\[\[(?P<body>[^\]]+)\]\]")
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})


class SourceError(ValueError):
    pass


def parse_document(doc_id: str, dct: str, lines: list[str], where: str) -> dict:
    """One document: the text without marks, and its times as offsets into it."""
    source = "\n".join(lines).strip("\n") + "\n"
    text, timex, last = [], [], 0
    length = 0
    for m in MARK_RE.finditer(source):
        parts = m["body"].split("|")
        if len(parts) not in (3, 4) or parts[1] not in TYPES or not parts[2]:
            raise SourceError(f"{where}: {doc_id}: bad mark [[{m['body']}]]")
        before = source[last : m.start()]
        text.append(before)
        length += len(before)
        timex.append({"tid": f"t{len(timex) + 1}", "start": length,
                      "end": length + len(parts[0]), "text": parts[0], "type": parts[1],
                      "value": parts[2], "mod": parts[3] if len(parts) == 4 else None})
        text.append(parts[0])
        length += len(parts[0])
        last = m.end()
    text.append(source[last:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain:
        raise SourceError(f"{where}: {doc_id}: an unclosed mark")
    title = plain.split("\n", 1)[0]
    return {"id": doc_id, "file": Path(where).name, "source": "written for according",
            "title": title, "dct": dct, "text": plain, "timex": timex}


def parse_source(path: Path) -> list[dict]:
    docs: list[dict] = []
    current: tuple[str, str, int] | None = None
    lines: list[str] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.startswith("### "):
            m = HEADER_RE.match(line)
            if m is None:
                raise SourceError(f"{path}:{n}: expected '### <id> <DCT>'")
            if current:
                docs.append(parse_document(current[0], current[1], lines, f"{path}:{current[2]}"))
            current, lines = (m["id"], m["dct"], n), []
        elif current:
            lines.append(line)
        elif line.strip() and not line.startswith("#"):
            raise SourceError(f"{path}:{n}: text before the first document")
    if current:
        docs.append(parse_document(current[0], current[1], lines, f"{path}:{current[2]}"))
    return docs


def main(argv: list[str]) -> int:
    sources = [Path(a) for a in argv] or sorted(OPEN.glob("round*.txt"))
    for path in sources:
        try:
            docs = parse_source(path)
        except (OSError, SourceError) as e:
            print(f"build_times_open: {e}", file=sys.stderr)
            return 1
        out = path.with_suffix("")
        out.mkdir(exist_ok=True)
        for old in out.glob("*.json"):
            old.unlink()
        for doc in docs:
            (out / f"{doc['id']}.json").write_text(
                json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        types: dict[str, int] = {}
        for doc in docs:
            for t in doc["timex"]:
                types[t["type"]] = types.get(t["type"], 0) + 1
        print(f"{path.name}: {len(docs)} documents, {sum(types.values())} times {types} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
