"""Real pages read as scraped text: the article's part of each page of the public sets
`eval_real_pages.py` reads, turned into the plain text a copy of the page gives (headline,
standfirst, byline, stamps, captions and story, a line per block), read by the layout with
nothing given (no URL, no head markup), and scored against the sets' gold: headline and
writers (fundus), the publication day (every set with one) and the lead paragraph kept as
body (ScrapingHub).

    python bench/eval_scraped_text.py [--htmldate-tests DIR] [--trafilatura-tests DIR]
        [--scrapinghub DIR] [--fundus DIR] [--all-pages] [--wrong] [--only TEXT]
        [--dump DIR]

Real scraped text is what a user pastes or a crawler keeps without the page's markup, the
form of the project's example article; no public set of it with gold exists, so this makes
one from pages whose gold is known. The article's part is the page's first `<article>`
holding its h1, else the smallest element holding the h1 and the story's first long
paragraph; menus, asides, footers, scripts, forms and buttons are left out, as a copy of
the story leaves them. `--dump DIR` writes each page's text for reading.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_real_pages import (  # noqa: E402
    Page,
    _day_right,
    _fold,
    _read,
    _same_names,
    covered,
    fundus_pages,
    htmldate_pages,
    lead,
    scrapinghub_pages,
    trafilatura_pages,
)

_SKIPPED = frozenset({"script", "style", "noscript", "template", "nav", "aside", "footer",
                      "form", "button", "svg", "iframe", "select", "input", "head", "title",
                      "meta", "link"})
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                     "figure", "figcaption", "header", "section", "article", "blockquote",
                     "time", "address", "table", "tr", "dl", "dt", "dd", "br", "main", "pre"})
_LONG_PARAGRAPH = 25
# A date as pages print it, in the text's first lines: a page whose copy shows none cannot be
# dated from its text (its stamp was drawn by a script, or sat outside the article's part).
_SHOWN_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b20\d\d-[01]\d-[0-3]\d|\b\d{1,2}[/.]\d{1,2}[/.]20\d\d", re.IGNORECASE)
_HEADER_LINES = 40


def article_part(root: Any) -> Any | None:
    """The element a copy of the story takes (module doc), or None without an h1."""
    h1 = next(iter(root.xpath("//body//h1")), None)
    if h1 is None:
        return None
    for holder in h1.iterancestors("article"):
        if _long_paragraphs(holder):
            return holder
    first = next((p for p in h1.xpath("following::p")
                  if len(p.text_content().split()) >= _LONG_PARAGRAPH), None)
    if first is None:
        return None
    # kept alive while compared: lxml makes a fresh proxy per visit, and a freed proxy's id()
    # is given to the next, so ids of proxies no longer held match unrelated elements
    ancestors = list(first.iterancestors())
    return next((a for a in h1.iterancestors() if any(a is b for b in ancestors)), None)


def _long_paragraphs(el: Any) -> bool:
    return any(len(p.text_content().split()) >= _LONG_PARAGRAPH for p in el.iter("p"))


def scraped_text(el: Any) -> str:
    """The text a copy of `el` gives: a line per block, a blank line between paragraphs."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIPPED or (tag and node.get("hidden") is not None):
            return
        block = tag in _BLOCKS
        if block:
            parts.append("\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(el)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line and (not out or out[-1] != line):
            out.append(line)
    return "\n\n".join(out) + "\n"


def read_page(page: Page, html: bytes) -> dict[str, Any] | None:
    """What the layout reads of the page's scraped text, or None when it has no article
    part (no h1, or no story paragraph after it)."""
    from according.article import read_layout
    from according.read.dates import ambiguous_day, date_style, published_local
    from according.read.html import _tree

    root = _tree(html)
    part = article_part(root) if root is not None else None
    if part is None:
        return None
    text = scraped_text(part)
    layout = read_layout(text)
    meta = layout.metadata
    stamp = meta.published_text
    local = (published_local(stamp, style=date_style(None))
             if stamp and not ambiguous_day(stamp) else None)
    header = "\n".join(text.split("\n\n")[:_HEADER_LINES])
    return {"text": text, "shows_date": bool(_SHOWN_DATE.search(header)),
            "headline": meta.headline, "byline": list(meta.byline),
            "published": meta.published,
            "local_day": local.date().isoformat() if local else (meta.published or "")[:10],
            "body": "\n".join(text[r.start:r.end] for r in layout.regions if r.kind == "body")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--htmldate-tests", type=Path)
    ap.add_argument("--trafilatura-tests", type=Path)
    ap.add_argument("--scrapinghub", type=Path)
    ap.add_argument("--fundus", type=Path)
    ap.add_argument("--all-pages", action="store_true", help="not only news-like pages")
    ap.add_argument("--wrong", action="store_true", help="list every miss")
    ap.add_argument("--only", help="only files whose name contains this")
    ap.add_argument("--dump", type=Path, help="write each page's scraped text here")
    ap.add_argument("--english", type=Path, required=True,
                    help="an `eval_real_pages.py --out` file: which pages are English (and "
                    "news-like), so both scripts score the same pages")
    args = ap.parse_args()
    known = {(p["set"], p["file"]): p for p in json.loads(args.english.read_text("utf-8"))}
    found: list[tuple[Page, Path]] = []
    for folder, pages in ((args.htmldate_tests, htmldate_pages),
                          (args.trafilatura_tests, trafilatura_pages),
                          (args.scrapinghub, scrapinghub_pages), (args.fundus, fundus_pages)):
        if folder is not None and folder.is_dir():
            found.extend(pages(folder))
    found = [(p, path) for p, path in found if (p.set, p.file) in known
             and known[(p.set, p.file)]["english"]
             and (args.all_pages or known[(p.set, p.file)]["newslike"] or p.set == "scrapinghub")
             and (not args.only or args.only in p.file)]
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    results: list[tuple[Page, dict[str, Any] | None]] = []
    for page, path in found:
        got = read_page(page, _read(path))
        results.append((page, got))
        if args.dump and got:
            name = f"{page.set}-{page.file}".replace("/", "_").replace(":", "_")
            (args.dump / f"{name}.txt").write_text(got["text"], "utf-8")
    report(results, wrong=args.wrong)


def report(results: list[tuple[Page, dict[str, Any] | None]], *, wrong: bool) -> None:
    for name in sorted({p.set for p, _ in results}):
        mine = [(p, g) for p, g in results if p.set == name]
        read = [(p, g) for p, g in mine if g]
        print(f"\n== {name}: {len(mine)} pages, {len(read)} with an article part")
        dated = [(p, g) for p, g in read if p.gold_day]
        if dated:
            local = sum(_day_right(g["local_day"], p.gold_day or "") for p, g in dated)
            utc = sum(_day_right(g["published"], p.gold_day or "") for p, g in dated)
            none = sum(not g["published"] for _, g in dated)
            shown = [(p, g) for p, g in dated if g["shows_date"]]
            print(f"publication day right of {len(dated)}: local {local}, UTC {utc}; "
                  f"no time read {none}; of the {len(shown)} whose first lines show a date: "
                  f"local {sum(_day_right(g['local_day'], p.gold_day or '') for p, g in shown)}")
            if wrong:
                for p, g in shown:
                    if not _day_right(g["local_day"], p.gold_day or ""):
                        print(f"  DAY {p.file}: want {p.gold_day}, ours {g['published']}")
        titled = [(p, g) for p, g in read if p.gold_headline]
        if titled:
            right = sum(_fold(g["headline"]) == _fold(p.gold_headline) for p, g in titled)
            print(f"headline right of {len(titled)}: {right}")
            if wrong:
                for p, g in titled:
                    if _fold(g["headline"]) != _fold(p.gold_headline):
                        print(f"  HEADLINE {p.file}: want {p.gold_headline!r}, "
                              f"ours {g['headline']!r}")
        named = [(p, g) for p, g in read if p.gold_authors]
        if named:
            right = sum(_same_names(g["byline"], p.gold_authors or []) for p, g in named)
            print(f"writers right of {len(named)}: {right}")
            if wrong:
                for p, g in named:
                    if not _same_names(g["byline"], p.gold_authors or []):
                        print(f"  BYLINE {p.file}: want {p.gold_authors}, ours {g['byline']}")
        bodies = [(p, g, lead(p.gold_body or "")) for p, g in read if p.gold_body]
        leads = [(p, g, lp) for p, g, lp in bodies if lp and covered(lp, g["text"])]
        if leads:
            lost = [(p, lp) for p, g, lp in leads if not covered(lp, g["body"])]
            print(f"lead paragraphs in the text ({len(leads)}): not body {len(lost)}")
            if wrong:
                for p, lp in lost:
                    print(f"  LEAD {p.file}: {lp[:80]!r}")


if __name__ == "__main__":
    main()
