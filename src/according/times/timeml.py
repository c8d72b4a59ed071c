"""A record as a TimeML document: the article's text with its times as TIMEX3 tags and the
publication time as the document creation time (DCT), in the layout of the TempEval-3
corpora (TimeBank, AQUAINT), so temporal tools and the TempEval scorer read it directly.

Times with no TIMEX3 value ("that day" with nothing before it, a "2022-23" season) are
tagged with an unknown value ("XXXX-XX-XX") rather than left out: the expression is there.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from according.records import Record, TimeExpression

HEADER = ('<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
          ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n')
UNKNOWN = {"date": "XXXX-XX-XX", "time": "XXXX-XX-XXTXX:XX", "duration": "PXX", "set": "XXXX"}


def document_id(record: Record) -> str:
    """The DOCID: "<id>" of a "timeml:<id>" URL, else the record id's first 16 hex digits."""
    url = record.input.url or ""
    if url.startswith("timeml:"):
        return url.removeprefix("timeml:")
    return record.id.removeprefix("sha256:")[:16]


def to_timeml(record: Record) -> str:
    """The record as a TimeML 1.2.1 document (a string ending in a newline)."""
    published = record.metadata.published
    parts = [HEADER, f"<DOCID>{escape(document_id(record))}</DOCID>\n"]
    if published:
        dct = _dct_value(published)
        parts.append(f'<DCT><TIMEX3 tid="t0" type="{"TIME" if "T" in dct else "DATE"}" '
                     f'value="{dct}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n')
    if record.metadata.headline:
        parts.append(f"<TITLE>{escape(record.metadata.headline)}</TITLE>\n")
    parts.append(f"<TEXT>{tagged_text(record.text, record.times, bool(published))}</TEXT>\n")
    parts.append("</TimeML>\n")
    return "".join(parts)


def tagged_text(text: str, times: tuple[TimeExpression, ...], has_dct: bool) -> str:
    """`text`, XML-escaped, with each time wrapped in its TIMEX3 tag (tids t1, t2, ...)."""
    out: list[str] = []
    at = 0
    for n, t in enumerate(sorted(times, key=lambda t: t.span.start), start=1):
        if t.span.start < at:
            continue  # overlapping expressions cannot both be tags
        out.append(escape(text[at : t.span.start]))
        out.append(f"{timex3_tag(t, f't{n}', has_dct)}{escape(t.span.text)}</TIMEX3>")
        at = t.span.end
    out.append(escape(text[at:]))
    return "".join(out)


def timex3_tag(t: TimeExpression, tid: str, has_dct: bool) -> str:
    """The opening TIMEX3 tag of one time."""
    type_ = t.type or _type_of(t)
    value = t.timex3 or (t.value if t.type is None else None) or UNKNOWN[type_]
    attrs = [("tid", tid), ("type", type_.upper()), ("value", value)]
    if t.mod:
        attrs.append(("mod", t.mod))
    if t.relative and has_dct:
        attrs += [("temporalFunction", "true"), ("anchorTimeID", "t0")]
    else:
        attrs.append(("temporalFunction", "false"))
    attrs.append(("functionInDocument", "NONE"))
    return "<TIMEX3 " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs) + ">"


def _type_of(t: TimeExpression) -> str:
    """The TIMEX3 type of a time read before types were recorded."""
    if t.reason == "duration":
        return "duration"
    return "time" if t.granularity == "datetime" else "date"


def _dct_value(published: str) -> str:
    """ "2024-05-14T02:50:00+00:00" -> "2024-05-14T02:50"; a midnight stamp -> the day."""
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?", published)
    if m is None:
        return published
    day, clock = m.groups()
    return day if clock in (None, "00:00") else f"{day}T{clock}"
