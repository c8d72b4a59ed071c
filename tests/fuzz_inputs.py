"""Generated hostile inputs for the fuzz tests: one hypothesis strategy per reader family,
and the checks every result must pass (no exception, the contract, encodable output).

Each strategy draws a *case*: a small batch of inputs (files to write, or strings for the
API) mixing realistic news prose with the shapes that broke readers before: runs of
brackets and quote marks, lone surrogates, NUL and control characters, dates at the
calendar's ends, character references to no character, deep nesting, cut-off archives.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
from dataclasses import dataclass, field

from hypothesis import strategies as st

from according.read import InputError
from according.records import Record, iter_spans, text_id
from tests.conftest import SHARED

# --- sizes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """How big generated inputs get: most are small, one draw in `rare` is big."""

    parts: int = 8  # paragraphs or fragments in a text
    run: int = 3000  # a run of one punctuation mark
    paragraphs: int = 3000  # tiny paragraphs ("a\n\n", "<p>a</p>") in a row
    nesting: int = 5000  # unclosed <div> or [ in a row
    rare: int = 10


FAST = Limits(parts=4, run=300, paragraphs=100, nesting=300, rare=6)
LONG = Limits()


def _size(draw: st.DrawFn, top: int, limits: Limits) -> int:
    """A count up to `top`: small most of the time, sometimes anywhere up to `top`."""
    if draw(st.integers(0, limits.rare - 1)) == 0:
        return draw(st.integers(1, top))
    return draw(st.integers(1, min(top, 20)))


# --- text -------------------------------------------------------------------------------

NAMES = ["Margaret Ellis", "Joe Biden", "Mr. Obama", "the ministry", "Reuters", "a spokesman",
         "officials", "The Chronicle", "Dr. Anne-Marie O'Neill", "UNICEF", "he", "she", "they"]
CUES = ["said", "told reporters", "according to", "added", "reportedly", "warned", "claimed",
        "said in a statement", "told CNN", "is believed to"]
FIGURES = ["35,000", "some 600", "more than 1.2 million", "$5m", "12%", "nearly half",
           "three", "at least 40", "up to 2,000", "1987", "9999", "0", "-1", "1e308", "½"]
TIMES = ["on Monday", "yesterday", "last week", "in 2024", "on 14 May 2024", "next spring",
         "Tuesday 14 May 2024 03:50 BST", "0001-01-01", "31 Dec 9999 23:59 -0300", "today"]
HEADER_LINES = ["By John Bowden", "Washington DC", "Tuesday 14 May 2024 03:50 BST",
                "Photo: REUTERS", "Related: Minister warns of cuts", "Sign up to our newsletter",
                "(AP) —", "© 2024 The Chronicle", "Reporting by Jane Doe; editing by Al Smith"]
PUNCTUATION = list("{}()[]<>\"'“”‘’«»—–-.,;:!?*#%&$@/\\|~^`_=+") + [":)", '."', "(.", "'s"]
ODD = ["\x00", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\u200b", "\ufeff", "\u2028", "\u00a0",
       "\r", "\r\n", "\t", "\ud800", "\udfff", "\udce9", "\U0001f600", "e\u0301", "\ufffd",
       "[/bold]", "[link=file:///etc/passwd]x[/link]", "=cmd|' /C calc'!A0", "&#xD800;",
       "<script>", "]]>", "{\"text\": "]


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """One sentence of news prose: who said what, with figures and times."""
    who, cue = draw(st.sampled_from(NAMES)), draw(st.sampled_from(CUES))
    figure, when = draw(st.sampled_from(FIGURES)), draw(st.sampled_from(TIMES))
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"“{figure} people were killed {when},” {who} {cue}."
    if shape == 1:
        return f"{who.capitalize()} {cue} {figure} homes had been damaged {when}."
    if shape == 2:
        return f"According to {who}, {figure} people have died {when}."
    if shape == 3:
        return f"\"It is not true,\" {who} {cue}, \"and {figure} know it.\""
    return f"{who.capitalize()} is reportedly weighing {figure} dollars in aid {when}."


@st.composite
def article_text(draw: st.DrawFn, limits: Limits) -> str:
    """Text an article might hold, or junk that claims to be one."""
    parts: list[str] = []
    if draw(st.booleans()):
        parts += draw(st.lists(st.sampled_from(HEADER_LINES), max_size=4))
    for _ in range(draw(st.integers(0, limits.parts))):
        kind = draw(st.integers(0, 9))
        if kind <= 4:
            parts.append(" ".join(draw(st.lists(sentence(), min_size=1, max_size=4))))
        elif kind == 5:
            parts.append(draw(st.sampled_from(PUNCTUATION)) * _size(draw, limits.run, limits))
        elif kind == 6:
            parts.append(draw(st.sampled_from(ODD)) * draw(st.integers(1, 50)))
        elif kind == 7:
            parts.append(draw(st.text(max_size=200)))
        elif kind == 8:
            parts.append("a\n\n" * _size(draw, limits.paragraphs, limits))
        else:
            parts.append(draw(st.sampled_from(FIGURES + TIMES)))
    sep = draw(st.sampled_from(["\n\n", "\n", " ", "", "\r\n", "\n \n"]))
    return sep.join(parts)


def _text_bytes(draw: st.DrawFn, limits: Limits) -> bytes:
    text = draw(article_text(limits))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "surrogate",
                                     "latin-1"]))
    if encoding == "surrogate":  # what a careless writer makes of a lone surrogate
        return text.encode("utf-8", "surrogatepass")
    return text.encode(encoding, "replace")


def _cut(draw: st.DrawFn, data: str | bytes) -> str | bytes:  # type: ignore[type-var]
    """`data` cut off part-way (a truncated download), at a drawn fraction of its length."""
    return data[: max(1, len(data) * draw(st.integers(1, 1000)) // 1000)]


# --- HTML -------------------------------------------------------------------------------

TAGS = ["p", "div", "span", "a", "h1", "h2", "figure", "figcaption", "time", "article",
        "section", "header", "li", "ul", "table", "tr", "td", "blockquote", "b", "br", "img"]
CLASSES = ["standfirst", "date", "byline", "article-summary", "meta", "caption", "", "x"]
META_DATES = ["2024-05-14T02:50:00+01:00", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00",
              "0001-01-01", "9999-12-31T23:00:00Z", "not a date", "", "2024-13-45T99:99",
              "Tue 1 Jul 2025 14.05 BST", "&#xD800;"]
CHAR_REFS = ["&#xD800;", "&#55296;", "&#0;", "&#x110000;", "&#99999999999;", "&amp;#xD800;",
             "&nbsp;", "&#x1F600;", "&bogus;", "&"]


@st.composite
def html_block(draw: st.DrawFn, limits: Limits, depth: int = 0) -> str:
    tag = draw(st.sampled_from(TAGS))
    cls = draw(st.sampled_from(CLASSES))
    attrs = f' class="{cls}"' if cls else ""
    if tag == "time":
        attrs += f' datetime="{draw(st.sampled_from(META_DATES))}"'
    inner = draw(st.one_of(sentence(), st.sampled_from(CHAR_REFS + ODD), article_text(limits)))
    if depth < 3 and draw(st.booleans()):
        inner += "".join(draw(st.lists(html_block(limits, depth + 1), max_size=3)))
    close = "" if draw(st.integers(0, 9)) == 0 else f"</{tag}>"  # some never closed
    return f"<{tag}{attrs}>{inner}{close}"


@st.composite
def html_page(draw: st.DrawFn, limits: Limits) -> str:
    stamp = draw(st.sampled_from(META_DATES))
    head = (f'<meta property="article:published_time" content="{stamp}">'
            f"<title>{draw(sentence())}</title>")
    body = "".join(draw(st.lists(html_block(limits), max_size=limits.parts)))
    if draw(st.integers(0, 7)) == 0:
        body += "<p>a</p>" * _size(draw, limits.paragraphs, limits)
    if draw(st.integers(0, 9)) == 0:
        body = "<div>" * _size(draw, limits.nesting, limits) + body
    page = f"<!doctype html><html><head>{head}</head><body><article>{body}</article></body></html>"
    return _cut(draw, page) if draw(st.integers(0, 9)) == 0 else page


# --- feeds ------------------------------------------------------------------------------

FEED_DATES = ["Mon, 03 Feb 2025 16:30:00 +0300", "Fri, 31 Dec 9999 23:30:00 -0300",
              "Mon, 01 Jan 0001 00:10:00 +0300", "9999-12-31T23:59:59-05:00",
              "0001-01-01T00:00:00+05:00", "2024-05-14T02:50:00Z", "yesterday", "", "&#xD800;"]


@st.composite
def feed_document(draw: st.DrawFn, limits: Limits) -> bytes:
    atom = draw(st.booleans())
    entries = []
    for n in range(draw(st.integers(0, min(6, limits.parts)))):
        title = draw(st.one_of(sentence(), st.sampled_from(CHAR_REFS)))
        date = draw(st.sampled_from(FEED_DATES))
        body = " ".join(draw(st.lists(sentence(), min_size=1, max_size=20)))
        body += draw(st.sampled_from(CHAR_REFS + [""]))
        content = draw(st.sampled_from([f"<![CDATA[<p>{body}</p>]]>", body.replace("&", "&amp;"),
                                        f"&lt;p&gt;{body}&lt;/p&gt;", ""]))
        if atom:
            entries.append(f"<entry><title>{title}</title><updated>{date}</updated><id>{n}</id>"
                           f'<content type="html">{content}</content></entry>')
        else:
            entries.append(f"<item><title>{title}</title><link>http://example.com/{n}</link>"
                           f"<pubDate>{date}</pubDate><author>a@b.c (Ann Lee)</author>"
                           f"<content:encoded>{content}</content:encoded></item>")
    if atom:
        doc = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
               f"<title>The Chronicle</title>{''.join(entries)}</feed>")
    else:
        doc = ('<?xml version="1.0"?><rss version="2.0" '
               'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
               f"<title>The Chronicle</title>{''.join(entries)}</channel></rss>")
    data = doc.encode("utf-8", "surrogatepass")
    return _cut(draw, data) if draw(st.integers(0, 9)) == 0 else data


# --- JSON Lines -------------------------------------------------------------------------

JSON_ODD = ['{"text": "\\ud800 lone"}', '{"text": "\\u0000\\u0000"}',
            '{"html": "<p>&#xD800;</p>"}', '{"text": 12}', "[1, 2]", "not json", '{"text": ""}',
            '{"text": "x", "published": "9999-12-31T23:59:59-05:00"}', "{}", "\ufeff{",
            '{"text": "ok", "published": 1e999}', '{"text": "a", "byline": [1, null, {}]}']


def json_odd(limits: Limits) -> list[str]:
    """Odd JSON lines, with one nested deeper than Python's stack ('{"text": [[[[…')."""
    return ['{"text": ' + "[" * (20 * limits.nesting), *JSON_ODD]


@st.composite
def jsonl_document(draw: st.DrawFn, limits: Limits) -> bytes:
    lines = []
    for _ in range(draw(st.integers(1, min(6, limits.parts)))):
        if draw(st.integers(0, 3)) == 0:
            lines.append(draw(st.sampled_from(json_odd(limits))))
            continue
        obj: dict[str, object] = {}
        key = draw(st.sampled_from(["text", "html"]))
        obj[key] = draw(article_text(limits) if key == "text" else html_page(limits))
        if draw(st.booleans()):
            obj["published"] = draw(st.one_of(st.sampled_from(META_DATES + FEED_DATES),
                                               st.integers(), st.none()))
        if draw(st.booleans()):
            obj["headline"] = draw(st.one_of(sentence(), st.sampled_from(ODD)))
        if draw(st.booleans()):
            obj["url"] = draw(st.sampled_from(["http://example.com/a", "md:x", "\ud800", "", 3]))
        lines.append(json.dumps(obj, ensure_ascii=draw(st.booleans())))
    sep = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    # the first line must look like an article for the reader to take the file as JSON Lines
    lines.insert(0, json.dumps({"text": draw(sentence())}))
    return sep.join(lines).encode("utf-8", "surrogatepass")


# --- WARC -------------------------------------------------------------------------------


@st.composite
def warc_archive(draw: st.DrawFn, limits: Limits) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=draw(st.booleans()))
    for n in range(draw(st.integers(0, 4))):
        payload = draw(html_page(limits)).encode("utf-8", "surrogatepass")
        ctype = draw(st.sampled_from(["text/html; charset=utf-8", "text/html", "image/png",
                                      "text/html; charset=bogus"]))
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        uri = draw(st.sampled_from([f"http://example.com/{n}", "not a uri", ""]))
        # fixed id and date: the same draws must make the same archive (hypothesis replays)
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>",
                 "WARC-Date": "2024-05-14T02:50:00Z"}
        rec = writer.create_warc_record(uri or "http://x/", "response", warc_headers_dict=fixed,
                                        payload=io.BytesIO(payload), http_headers=http)
        writer.write_record(rec)
    data = out.getvalue() or b"WARC/1.0\r\n"
    cut = draw(st.integers(0, 9))
    if cut == 0:
        data = _cut(draw, data)
    elif cut == 1:
        at = len(data) * draw(st.integers(0, 999)) // 1000
        data = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
    return data


# --- cases ------------------------------------------------------------------------------


@dataclass
class Case:
    """Files to write (name as bytes, so it may be no valid UTF-8) and API strings."""

    files: list[tuple[bytes, bytes]] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)


def _named(draw: st.DrawFn, data: bytes, stem: str) -> tuple[bytes, bytes]:
    odd = draw(st.sampled_from([b"", b"-caf\xe9", b" space", b"-\xff\xfe"]))
    ext = draw(st.sampled_from([b".txt", b".html", b"", b".xml", b".gz"]))
    return stem.encode() + odd + ext, data


@st.composite
def text_case(draw: st.DrawFn, limits: Limits) -> Case:
    count = draw(st.integers(1, 4))
    return Case(files=[_named(draw, _text_bytes(draw, limits), f"t{i}") for i in range(count)])


@st.composite
def html_case(draw: st.DrawFn, limits: Limits) -> Case:
    pages = draw(st.lists(html_page(limits), min_size=1, max_size=3))
    return Case(files=[_named(draw, p.encode("utf-8", "surrogatepass"), f"h{i}")
                       for i, p in enumerate(pages)])


@st.composite
def feed_case(draw: st.DrawFn, limits: Limits) -> Case:
    return Case(files=[_named(draw, draw(feed_document(limits)), "feed")])


@st.composite
def jsonl_case(draw: st.DrawFn, limits: Limits) -> Case:
    return Case(files=[_named(draw, draw(jsonl_document(limits)), "items")])


@st.composite
def warc_case(draw: st.DrawFn, limits: Limits) -> Case:
    return Case(files=[_named(draw, draw(warc_archive(limits)), "crawl")])


@st.composite
def mixed_case(draw: st.DrawFn, limits: Limits) -> Case:
    """A directory of every kind at once, with binary, empty and gzip files among them."""
    makers = [lambda: _text_bytes(draw, limits),
              lambda: draw(html_page(limits)).encode("utf-8", "replace"),
              lambda: draw(feed_document(limits)), lambda: draw(jsonl_document(limits)),
              lambda: draw(warc_archive(limits)), lambda: draw(st.binary(max_size=300)),
              lambda: b"", lambda: gzip.compress(_text_bytes(draw, limits), mtime=0),
              lambda: gzip.compress(_text_bytes(draw, limits), mtime=0)[:20]]
    picks = draw(st.lists(st.integers(0, len(makers) - 1), min_size=2, max_size=6))
    return Case(files=[_named(draw, makers[k](), f"m{i}") for i, k in enumerate(picks)])


@st.composite
def api_case(draw: st.DrawFn, limits: Limits) -> Case:
    """Strings for `according.extract`: text or HTML, surrogates and all."""
    # JSON nested to a drawn depth, not always the deepest: as one string to the API, the
    # 100,000 brackets are a text to analyse in full (ten seconds, the same each time: the
    # full-size reproducer); varied depths find more
    nested = st.builds(lambda depth: '{"text": ' + "[" * depth,
                       st.integers(1, 20 * limits.nesting))
    make = st.one_of(article_text(limits), html_page(limits), st.text(max_size=500), nested,
                     st.sampled_from([*JSON_ODD, "\x00" * 10, " \n\t", ""]))
    return Case(strings=draw(st.lists(make, min_size=1, max_size=3)))


FAMILIES = {"text": text_case, "html": html_case, "feed": feed_case, "jsonl": jsonl_case,
            "warc": warc_case, "mixed": mixed_case, "api": api_case}


# --- checks -----------------------------------------------------------------------------


def _shared_checker():  # noqa: ANN202 - the contract checker in ../shared, when present
    path = SHARED / "tools" / "check_record.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("check_record", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.check


SHARED_CHECK = _shared_checker()


def contract_breaks(result: Record | InputError) -> list[str]:
    """What is wrong with one result: an error line that is not one printable line, or a
    record that breaks the contract (spans, offsets, JSON form, encodability)."""
    if isinstance(result, InputError):
        line = str(result)
        problems = [] if "\n" not in line and "\r" not in line else ["error is not one line"]
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            problems.append("error line not encodable")
        return problems
    if not isinstance(result, Record):
        return [f"result is a {type(result).__name__}"]
    problems = [f"{where}: {s.start}..{s.end} {s.text!r} != text" for where, s in iter_spans(result)
                if not 0 <= s.start <= s.end <= len(result.text)
                or result.text[s.start : s.end] != s.text]
    problems += [f"region {r.start}..{r.end} outside the text" for r in result.regions
                 if not 0 <= r.start <= r.end <= len(result.text)]
    try:
        doc = result.to_dict()
        encoded = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError) as err:
        return [*problems, f"record cannot be written: {err!r}"[:200]]
    back = json.loads(encoded)
    if back["id"] != text_id(back["text"]) or Record.from_dict(back).to_dict() != back:
        problems.append("record does not survive its JSON form")
    if SHARED_CHECK is not None:
        problems += SHARED_CHECK(back)
    return problems
