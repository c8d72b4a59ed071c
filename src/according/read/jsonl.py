"""JSON Lines: one article per line, as {"text": …} or {"html": …} with optional fields.

Scrapers' own field names are read too: news-please (CommonCrawl's news scraper) writes
"maintext", "title", "authors", "date_publish" and "source_domain"; trafilatura's JSON
writes "date" and "sitename".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from according.read.html import html_article
from according.read.inputs import TEXT_FIELDS, ArticleInput, InputError, published_hint, too_big
from according.read.text import check_article
from according.records import InputInfo, Metadata

# Each field's names, ours first: the first one a line holds is read.
HEADLINE_FIELDS = ("headline", "title")
PUBLISHED_FIELDS = ("published", "date_publish", "date")
# When the item was fetched (news-please's "date_download"): a hint that bounds the year of a
# dateline's day without one (article/pubtime.py), never a publication time.
RETRIEVED_FIELDS = ("retrieved", "date_download", "date_crawled", "crawled", "accessed")
BYLINE_FIELDS = ("byline", "author", "authors")
OUTLET_FIELDS = ("outlet", "sitename", "source_domain", "source-hostname")
# The fields every record of the contract holds beside the text (CONTRACT.md): a line with
# them all is a record made from an article, never an article.
RECORD_FIELDS = frozenset(("schema", "id", "regions", "attributions"))
# trafilatura's JSON output holds the page's address in "source" (and no "url").
URL_FIELDS = ("url", "source")


def jsonl_articles(
    lines: Iterable[bytes], name: str, max_bytes: int
) -> Iterator[ArticleInput | InputError]:
    """One article per non-empty line; a bad line is an InputError naming "name line n"."""
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        label = f"{name} line {n}"
        if len(raw) > max_bytes:
            yield InputError(label, too_big(len(raw), max_bytes, "per JSON line"))
            continue
        try:
            yield _line_article(raw, label, f"{name}#{n}")
        except Exception as err:  # one odd line must not cost the lines after it
            yield InputError(label, f"could not be read ({type(err).__name__}: {err})")


def _line_article(raw: bytes, label: str, path: str) -> ArticleInput | InputError:
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as err:
        return InputError(label, f"not valid JSON ({err})")
    except RecursionError:
        return InputError(label, "not valid JSON (nested too deeply to read)")
    if not isinstance(obj, dict):
        return InputError(label, "not a JSON object")
    if RECORD_FIELDS <= obj.keys():
        # read as an article, a record's text would be extracted again without its input's
        # fields (headline, time, outlet) and stored under the same id, blocking the article
        return InputError(label, "a record `according extract` made, not an article; give "
                                 "ingest the article itself (or an export folder of records)")
    url = next((u for u in (_string(obj.get(n)) for n in URL_FIELDS)
                if u and u.lower().startswith(("http://", "https://"))), None) \
        or _string(obj.get("url"))
    stamp_field = _first_field(obj, PUBLISHED_FIELDS)
    published, warnings = published_hint(obj.get(stamp_field), f"{stamp_field} field", url)
    hints = _hints(obj, published, stamp_field)
    text_field = _first_field(obj, TEXT_FIELDS)
    if isinstance(obj.get(text_field), str):
        text = obj[text_field]
        info = InputInfo(path, url, "jsonl")
        return check_article(text, label) or ArticleInput(text, info, hints, warnings)
    if isinstance(obj.get("html"), str):
        result = html_article(obj["html"], name=label, url=url, fmt="jsonl", extra=hints)
        if isinstance(result, ArticleInput):
            return ArticleInput(result.text, InputInfo(path, url, "jsonl"), result.hints,
                                warnings)
        return result
    return InputError(label, 'no "text" or "html" field')


def _first_field(obj: dict, names: tuple[str, ...]) -> str:
    """The first of `names` the object holds (not null), else the first name."""
    return next((n for n in names if obj.get(n) is not None), names[0])


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _hints(obj: dict, published: str | None, stamp_field: str) -> Metadata:
    byline = obj.get(_first_field(obj, BYLINE_FIELDS)) or ()
    if isinstance(byline, str):
        byline = (byline,)
    elif not isinstance(byline, list | tuple):
        byline = ()
    return Metadata(
        headline=_string(obj.get(_first_field(obj, HEADLINE_FIELDS))),
        published=published,
        published_text=_string(obj.get(stamp_field)),
        outlet=_string(obj.get(_first_field(obj, OUTLET_FIELDS))),
        byline=tuple(b for b in byline if isinstance(b, str) and b.strip()),
        retrieved=_string(obj.get(_first_field(obj, RETRIEVED_FIELDS))),
    )
