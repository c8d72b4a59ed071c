"""Which kind of input some bytes are, judged by their content rather than their name."""

from __future__ import annotations

import json
import re
from typing import Literal

from according.read.inputs import ARTICLE_FIELDS

Kind = Literal["gzip", "warc", "feed", "html", "jsonl", "text"]

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 65536
_WARC = re.compile(rb"^\s*WARC/1\.[01]\r?\n")
_XML_PROLOGUE = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*", re.DOTALL)
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(rb"<(?:p|div|br|span|a|h[1-6]|article|section|li|img)\b[^>]*>",
                       re.IGNORECASE)
_BODY_TAG = re.compile(rb"<body\b", re.IGNORECASE)
HTML_TAGS_PER_KB = 2.0


def sniff(head: bytes) -> Kind:
    """The kind of input whose first bytes are `head` (up to SNIFF_BYTES)."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if _WARC.match(head):
        return "warc"
    prologue = _XML_PROLOGUE.match(head)
    start = prologue.end() if prologue else 0
    if _FEED.match(head, start):
        return "feed"
    if _looks_like_jsonl(head):
        return "jsonl"
    if _HTML_START.match(head) or _BODY_TAG.search(head[:4096]):
        return "html"
    tags = len(_HTML_TAG.findall(head))
    if tags >= 3 and tags / max(1, len(head) / 1024) >= HTML_TAGS_PER_KB:
        return "html"
    return "text"


def _looks_like_jsonl(head: bytes) -> bool:
    """The first line of `head` is a JSON object with an article's field ("text", "html",
    news-please's "maintext"), and so are most of
    its complete lines (a bad line is reported by the JSON Lines reader, not guessed away)."""
    if not head.lstrip().startswith(b"{"):
        return False
    lines = [line for line in head.split(b"\n") if line.strip()]
    if len(head) >= SNIFF_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut off
    verdicts = [_is_article_object(line) for line in lines]
    return bool(verdicts) and verdicts[0] and sum(verdicts) * 2 >= len(verdicts)


def _is_article_object(line: bytes) -> bool:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):  # '{"text": [[[[…' nests past Python's stack
        return False
    return isinstance(obj, dict) and bool(ARTICLE_FIELDS & obj.keys())
