"""Paths, directories, globs and standard input to articles, whatever their format."""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from according.read.feed import feed_articles
from according.read.html import html_article
from according.read.inputs import (
    ARTICLE_FIELDS,
    DEFAULT_MAX_BYTES,
    ArticleInput,
    InputError,
    too_big,
)
from according.read.jsonl import jsonl_articles
from according.read.sniff import SNIFF_BYTES, sniff
from according.read.text import bytes_to_text, check_article
from according.read.warc import warc_articles
from according.records import InputInfo

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")

Result = ArticleInput | InputError


def read_inputs(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Result]:
    """Every article in `paths` ("-" is standard input; directories and globs give their
    files sorted by full path). A bad input yields an InputError and reading goes on; never
    raises. `max_bytes` limits each file, or each record of a WARC or line of JSON Lines."""
    for path in paths:
        for name in _expand(path):
            if isinstance(name, InputError):
                yield name
                continue
            try:
                yield from _read_one(name, max_bytes)
            except OSError as err:
                yield InputError(name, f"cannot read ({err.strerror or err})")
            except Exception as err:  # a parser's bug on odd input must not stop the batch
                yield InputError(name, f"could not be read ({type(err).__name__}: {err})")


def read_string(
    text_or_html: str, *, url: str | None = None, name: str = "<string>"
) -> ArticleInput | InputError:
    """One article given as a string: HTML if it looks like a page, else plain text unchanged."""
    if sniff(text_or_html[:SNIFF_BYTES].encode("utf-8", "replace")) == "html":
        return html_article(text_or_html, name=name, url=url)
    return check_article(text_or_html, name) or ArticleInput(
        text_or_html, InputInfo(name, url, "text")
    )


def _expand(path: str) -> Iterator[str | InputError]:
    """One path's files: a directory's or a glob's in sorted order of their full paths (so
    "dir/sub/a.txt" before "dir/uk.txt" either way), each once."""
    if path == STDIN:
        yield STDIN
    elif os.path.isdir(path):
        yield from sorted(_walk(path))
    elif os.path.exists(path):
        yield path
    elif _GLOB_CHARS & set(path):
        matches = glob.glob(path, recursive=True)
        if not matches:
            yield InputError(path, "no files match this pattern")
        found = {f for m in matches for f in (_walk(m) if os.path.isdir(m) else [m])}
        yield from sorted(found)
    else:
        yield InputError(path, "no such file or directory")


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (os.path.join(root, f) for f in files if not f.startswith("."))


def _read_one(name: str, max_bytes: int) -> Iterator[Result]:
    if name == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield InputError("<stdin>", f"over the size limit of {max_bytes:,} bytes")
            return
        yield from _read_bytes(data, "<stdin>", max_bytes)
        return
    with open(name, "rb") as stream:
        head = stream.read(SNIFF_BYTES)
    kind = sniff(head)
    inner = _gunzip_head(name) if kind == "gzip" else None
    if inner is not None and sniff(inner) == "warc":
        kind = "warc"
    if kind != "warc" and _named_warc(name):
        yield InputError(name, not_a_warc(inner if kind == "gzip" else head, kind))
        return
    if kind == "warc":
        with open(name, "rb") as stream:
            yield from warc_articles(stream, name, max_bytes)
    elif kind == "jsonl":
        with open(name, "rb") as stream:
            yield from jsonl_articles(stream, name, max_bytes)
    elif (size := Path(name).stat().st_size) > max_bytes:
        yield InputError(name, too_big(size, max_bytes))
    elif kind == "gzip":
        yield from _read_gzip(name, max_bytes)
    else:
        yield from _read_bytes(Path(name).read_bytes(), name, max_bytes)


# the names a WARC archive goes by (ISO 28500: ".warc", gzipped per record ".warc.gz")
_WARC_NAMES = (".warc", ".warc.gz", ".warc.gzip")


def _named_warc(name: str) -> bool:
    return name.lower().endswith(_WARC_NAMES)


def not_a_warc(inner: bytes | None, kind: str) -> str:
    """The one line refusing a file named as a WARC archive that holds no WARC records
    (stranger trial 7: a crawl that saved one gzipped HTML page as "crawl.warc.gz"). It is
    not read as the document it holds: a WARC record gives each page the address and the
    time it was captured, and without them the page would be stored under whatever its own
    head claims (there another page's canonical address, two articles with one url), with
    no sign that the crawl did not do what its file says. What it holds is named, so the
    user can unpack it (gunzip) and read that on purpose."""
    held = sniff(inner) if inner else None
    what = {"html": "an HTML page", "feed": "a news feed", "jsonl": "JSON Lines",
            "text": "plain text"}.get(held or "", "no readable content")
    packed = "a gzip of " if kind == "gzip" else ""
    return (f"named as a WARC archive but holds no WARC records ({packed}{what}); not read"
            + ("; unpack it and read that file to take it as an article" if held else ""))


def _gunzip_head(name: str) -> bytes | None:
    head = bytearray()
    try:  # read in small steps: what comes before damage still tells the kind
        with gzip.open(name, "rb") as stream:
            while len(head) < SNIFF_BYTES and (chunk := stream.read1(4096)):
                head += chunk
    except (OSError, EOFError, zlib.error):
        pass
    return bytes(head[:SNIFF_BYTES]) or None


def _read_gzip(name: str, max_bytes: int) -> Iterator[Result]:
    try:
        with gzip.open(name, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error):
        yield InputError(name, "binary file (a damaged gzip archive)")
        return
    if len(data) > max_bytes:
        yield InputError(name, f"over the size limit of {max_bytes:,} bytes once decompressed")
        return
    yield from _read_bytes(data, name, max_bytes)


def _read_bytes(data: bytes, name: str, max_bytes: int) -> Iterator[Result]:
    """Bytes already in memory, of any format but gzip."""
    kind = sniff(data[:SNIFF_BYTES])
    if kind == "gzip":
        inner = gzip.GzipFile(fileobj=io.BytesIO(data))
        try:
            head = inner.read(SNIFF_BYTES)
        except (OSError, EOFError, zlib.error):
            yield InputError(name, "binary file (a damaged gzip archive)")
            return
        if sniff(head) == "warc":
            yield from warc_articles(io.BytesIO(data), name, max_bytes)
            return
        rest = inner.read(max_bytes + 1 - len(head))
        if len(head) + len(rest) > max_bytes:
            yield InputError(name, f"over the size limit of {max_bytes:,} bytes once decompressed")
            return
        yield from _read_bytes(head + rest, name, max_bytes)
    elif kind == "warc":
        yield from warc_articles(io.BytesIO(data), name, max_bytes)
    elif kind == "jsonl":
        yield from jsonl_articles(data.splitlines(), name, max_bytes)
    elif kind == "feed":
        yield from feed_articles(data, name)
    elif kind == "html":
        yield html_article(data, name=name)
    elif (document := _json_document(data)) is not None:
        yield from _json_articles(document, name, max_bytes)
    else:
        result = bytes_to_text(data, name)
        yield result if isinstance(result, InputError) else ArticleInput(
            result, InputInfo(name, None, "text")
        )


_NOT_FOUND = object()


def _json_document(data: bytes) -> object | None:
    """The JSON document `data` holds, if it is one (an object or a list), else None."""
    if data.lstrip()[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


def _json_articles(document: object, name: str, max_bytes: int) -> Iterator[Result]:
    """A JSON document: an article object ({"text": …} or {"html": …}), or a list of them,
    read like JSON Lines (items named "name item n"); anything else is refused with one line,
    never read as the text of an article."""
    items = document if isinstance(document, list) else [document]
    if not items or not all(isinstance(o, dict) and ARTICLE_FIELDS & o.keys() for o in items):
        yield InputError(name, 'a JSON document that is not article lines (objects with a "text"'
                               ' or "html" field); not read')
        return
    lines = [json.dumps(o, ensure_ascii=False).encode("utf-8", "surrogatepass") for o in items]
    for result in jsonl_articles(lines, name, max_bytes):
        if isinstance(result, InputError) and isinstance(document, list):
            result = InputError(result.name.replace(f"{name} line ", f"{name} item "),
                                result.reason)
        yield result if isinstance(document, list) or isinstance(result, InputError) else \
            ArticleInput(result.text, InputInfo(name, result.info.url, "jsonl"), result.hints,
                         result.warnings)
