"""WARC archives: every HTML response is an article, its URL from WARC-Target-URI."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from according.read.html import html_article
from according.read.inputs import ArticleInput, InputError, too_big

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
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ARTICLE_RECORD_TYPES or not _is_html(record):
                continue
            count += 1
            label = f"{name}#{count}"
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                size = _length(record, len(payload))
                yield InputError(label, too_big(size, max_bytes, "per WARC record"))
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield html_article(payload, name=label, url=url, fmt="warc")
    except ArchiveLoadFailed as err:
        yield InputError(name, f"not a readable WARC archive ({str(err).splitlines()[0]})")
    if count == 0:
        yield InputError(name, "no HTML response records in the WARC archive")


def _is_html(record: object) -> bool:
    http = getattr(record, "http_headers", None)
    if http is not None:
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""  # type: ignore[attr-defined]
    return "html" in content_type.lower()


def _length(record: object, read: int) -> int:
    declared = record.rec_headers.get_header("Content-Length")  # type: ignore[attr-defined]
    return int(declared) if declared and declared.isdigit() else read
