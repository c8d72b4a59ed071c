"""WARC archives: every HTML response is an article, its URL from WARC-Target-URI.

Each record is read on its own: one that cannot be read is that record's error ("file#n")
and reading goes on; an archive damaged part-way gives the articles before the damage and
one error saying where reading stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from according.read.html import html_article
from according.read.inputs import ArticleInput, InputError, too_big
from according.records import Metadata

ARTICLE_RECORD_TYPES = ("response", "resource")


def warc_articles(
    stream: BinaryIO, name: str, max_bytes: int
) -> Iterator[ArticleInput | InputError]:
    """The articles of a WARC (gzip or not) read from `stream`, named "name#n" (n from 1).

    A record over `max_bytes` or without article text is an InputError; reading goes on.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    iterator = ArchiveIterator(stream)
    records = iter(iterator)
    while True:
        try:
            record = next(records, None)
        except Exception as err:  # damage part-way: keep what was read, say where it stopped
            if isinstance(err, ArchiveLoadFailed) and count == 0:
                yield InputError(name, f"not a readable WARC archive ({_first_line(err)})")
                return  # one line: no second one saying it held no HTML records
            else:
                yield InputError(name, f"damaged after {count} HTML record(s); the rest is not "
                                 f"read ({type(err).__name__}: {_first_line(err)})")
            break
        if record is None:
            if _unread_bytes_after(iterator, stream):
                yield InputError(name, f"damaged after {count} HTML record(s); the rest is not "
                                 "read (bytes after the last readable record)")
            break
        if _headers_damaged(record):
            # a gzip member cut short can read on into the next member: warcio then gives
            # a record whose headers stop part-way (no Content-Length), which is skipped
            # as not HTML, and the members it swallowed are gone without an error
            where = iterator.get_record_offset()
            uri = _header(record, "WARC-Target-URI")
            yield InputError(name, f"damaged after {count} HTML record(s): the record at byte "
                             f"{where}{f' ({uri})' if uri else ''} is cut short or corrupt "
                             "(no Content-Length); what follows it may be lost")
            continue
        try:
            if record.rec_type not in ARTICLE_RECORD_TYPES or not _is_html(record):
                continue
        except Exception:  # headers warcio cannot read: not an HTML response we can name
            continue
        count += 1
        yield _record_article(record, f"{name}#{count}", max_bytes)
    if count == 0:
        yield InputError(name, "no HTML response records in the WARC archive")


def _record_article(record: Any, label: str, max_bytes: int) -> ArticleInput | InputError:
    try:
        payload = record.content_stream().read(max_bytes + 1)
        if len(payload) > max_bytes:
            return InputError(label, too_big(_length(record, len(payload)), max_bytes,
                                             "per WARC record"))
        if (short := _bytes_missing(record)) > 0:
            # stranger trial 5: a cut-off gzip ends the record early without an error from
            # warcio; what was read is a page's head, never an article to judge
            return InputError(label, f"truncated or corrupt WARC record: it ends {short} of "
                              f"its {_length(record, len(payload))} declared bytes short "
                              "(the archive file is cut off or damaged)")
        url = record.rec_headers.get_header("WARC-Target-URI")
        fetched = record.rec_headers.get_header("WARC-Date")
    except Exception as err:  # a damaged record costs itself only
        return InputError(label, f"could not be read ({type(err).__name__}: {_first_line(err)})")
    # the capture's date bounds the year of a dateline's day without one (article/pubtime.py)
    extra = Metadata(retrieved=fetched) if fetched else None
    return html_article(payload, name=label, url=url, fmt="warc", extra=extra)


def _bytes_missing(record: Any) -> int:
    """How many of the bytes a record declares were not there once its content was read to
    its end (warcio's limit left on the record's stream); 0 for a whole record."""
    limit = getattr(getattr(record, "raw_stream", None), "limit", 0)
    return limit if isinstance(limit, int) else 0


def _unread_bytes_after(iterator: Any, stream: BinaryIO) -> bool:
    """Whether the archive holds bytes past the end of the last record warcio read.

    A gzip member cut short can swallow the members after it without an error from warcio;
    the archive then ends early, and only the offset of its last record tells.
    """
    try:
        end = iterator.offset
        stream.seek(end)
        tail = stream.read(65536)
    except Exception:  # a stream that cannot seek: nothing more can be said
        return False
    return bool(tail.strip(b"\r\n\t \x00"))


def _header(record: Any, name: str) -> str | None:
    try:
        value = record.rec_headers.get_header(name)
    except Exception:  # headers warcio could not parse at all
        return None
    return "".join(c if c.isprintable() else "?" for c in value[:200]) if value else None


def _headers_damaged(record: Any) -> bool:
    """Whether a record lacks the Content-Length every WARC record must have: its header
    block was cut short or read from damaged bytes (a WARC/0.9 or ARC record is judged by
    warcio's length instead)."""
    if getattr(record, "format", "warc") != "warc":
        return False
    declared = _header(record, "Content-Length")
    return declared is None or not declared.strip().isdigit()


def _first_line(err: Exception) -> str:
    """The first line of the error's message, what is not printable in it shown as "?"
    (warcio quotes the damaged bytes)."""
    line = (str(err).splitlines() or [""])[0][:120]
    return "".join(c if c.isprintable() else "?" for c in line)


def _is_html(record: Any) -> bool:
    http = getattr(record, "http_headers", None)
    if http is not None:
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower()


def _length(record: Any, read: int) -> int:
    declared = record.rec_headers.get_header("Content-Length")
    return int(declared) if declared and declared.isdigit() else read
