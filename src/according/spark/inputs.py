"""What a Spark run reads: input files, listing files, JSON Lines blocks, and one work unit's
articles, read by the readers of according.read so each is exactly what `extract` reads.

A run's inputs are expanded into files (the driver does that, job.py); each file is then
planned on an executor (`plan_file`): a *listing* (one path or URI per line, plain or gzip,
as Common Crawl's warc.paths.gz) names more files; a plain JSON Lines file is cut into
blocks of lines, so one big file still spreads over many tasks; anything else (WARC,
WARC.gz, HTML, text, feeds, gzip) is one unit. Local paths are read by `read_inputs` itself;
other URIs are streamed through pyarrow's file systems (hdfs://, s3:// and s3a://, gs://)
or HTTP(S). Nothing here imports pyspark.
"""

from __future__ import annotations

import gzip
import itertools
import re
import urllib.request
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from according.read import ArticleInput, InputError, read_inputs
from according.read.inputs import too_big
from according.read.jsonl import jsonl_articles
from according.read.sniff import SNIFF_BYTES, sniff
from according.read.warc import warc_articles

LISTING = "listing"
JSONL = "jsonl"
WHOLE = "file"
# a JSON Lines plan keeps the byte offset of every STRIDE-th line; blocks are multiples of it
STRIDE = 8
MAX_LISTING_BYTES = 64_000_000
_CHUNK = 1 << 20
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# a line of a listing: a URI, a path with a directory in it, or a file name of a known kind
_PATH_LINE = re.compile(
    r"^(?:[A-Za-z][A-Za-z0-9+.-]*://\S+|\S*/\S*|\S+\.(?:warc|arc|gz|jsonl|ndjson|json|html?"
    r"|txt|xml))$"
)
LOCAL_SCHEMES = frozenset({None, "file"})
HTTP_SCHEMES = frozenset({"http", "https"})

Result = ArticleInput | InputError


@dataclass(frozen=True)
class FilePlan:
    """What one input file is: a listing (with the paths it names), plain JSON Lines (with
    its line count and the byte offset of every STRIDE-th line), or a whole-file unit."""

    uri: str
    kind: str
    lines: int = 0
    offsets: tuple[int, ...] = ()
    listed: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkUnit:
    """One task's share of the input: a whole file, or lines [first_line, first_line +
    n_lines) of a plain JSON Lines file starting at byte `offset`. `index` orders the units
    as `extract` would read them."""

    index: int
    uri: str
    first_line: int = 0
    n_lines: int = 0
    offset: int = 0


def scheme_of(uri: str) -> str | None:
    """The URI's scheme in lower case ("hdfs", "s3a"), None for a plain path."""
    match = _SCHEME.match(uri)
    return match.group(1).lower() if match else None


def is_local(uri: str) -> bool:
    return scheme_of(uri) in LOCAL_SCHEMES


def local_path(uri: str) -> str:
    """A plain path for a local URI (file:///x -> /x); other strings unchanged."""
    return uri[len("file://"):] if scheme_of(uri) == "file" else uri


def resolve_listed(line: str, base_url: str | None) -> str:
    """A listed path as a URI: relative paths are joined to `base_url` when one is given
    (as Common Crawl's listings, relative to s3://commoncrawl/ or https://data.commoncrawl.org/)."""
    if scheme_of(line) or not base_url:
        return line
    return base_url.rstrip("/") + "/" + line.lstrip("/")


def open_binary(uri: str, offset: int = 0) -> BinaryIO:
    """A readable binary stream of a local path, an HTTP(S) URL, or any URI pyarrow's file
    systems open (hdfs://, s3:// and s3a://, gs://), positioned at `offset`."""
    scheme = scheme_of(uri)
    if scheme in LOCAL_SCHEMES:
        stream = open(local_path(uri), "rb")  # noqa: SIM115 - the caller closes it
        if offset:
            stream.seek(offset)
        return stream
    if scheme in HTTP_SCHEMES:
        headers = {"Range": f"bytes={offset}-"} if offset else {}
        response = urllib.request.urlopen(urllib.request.Request(uri, headers=headers))  # noqa: S310
        if offset and response.status != 206:  # the server sent it all: skip to the offset
            skip = offset
            while skip and (chunk := response.read(min(skip, _CHUNK))):
                skip -= len(chunk)
        return response
    from pyarrow import fs

    target = "s3://" + uri[len("s3a://"):] if scheme in ("s3a", "s3n") else uri
    filesystem, path = fs.FileSystem.from_uri(target)
    if offset:
        stream = filesystem.open_input_file(path)
        stream.seek(offset)
        return stream  # type: ignore[return-value]
    return filesystem.open_input_stream(path)  # type: ignore[return-value]


def iter_lines(stream: BinaryIO) -> Iterator[bytes]:
    """The stream's lines with their b"\\n", as iterating a file opened "rb" gives them."""
    rest = b""
    while chunk := stream.read(_CHUNK):
        pieces = (rest + chunk).split(b"\n")
        rest = pieces.pop()
        for piece in pieces:
            yield piece + b"\n"
    if rest:
        yield rest


def _head(uri: str) -> tuple[bytes, bytes | None]:
    """The first bytes of a file, and of its gzip content when it is gzip (None if damaged)."""
    with open_binary(uri) as stream:
        head = stream.read(SNIFF_BYTES)
    if sniff(head) != "gzip":
        return head, None
    try:
        with open_binary(uri) as stream:
            return head, gzip.GzipFile(fileobj=stream).read(SNIFF_BYTES)
    except (OSError, EOFError, zlib.error):
        return head, None


def listing_lines(data: bytes) -> tuple[str, ...] | None:
    """The paths of a listing (one path or URI per line), or None if `data` is not one."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    lines = tuple(line.strip() for line in text.splitlines() if line.strip())
    if not lines or not all(_PATH_LINE.match(line) for line in lines):
        return None
    return lines


def _read_listing(uri: str, gzipped: bool) -> tuple[str, ...] | None:
    with open_binary(uri) as stream:
        raw = gzip.GzipFile(fileobj=stream) if gzipped else stream
        data = raw.read(MAX_LISTING_BYTES + 1)
    return listing_lines(data) if len(data) <= MAX_LISTING_BYTES else None


def _jsonl_plan(uri: str) -> FilePlan:
    """Line count and the offset of every STRIDE-th line of a plain JSON Lines file."""
    offsets = [0]
    lines = position = 0
    with open_binary(uri) as stream:
        for line in iter_lines(stream):
            lines += 1
            position += len(line)
            if lines % STRIDE == 0:
                offsets.append(position)
    return FilePlan(uri, JSONL, lines, tuple(offsets))


def plan_file(uri: str) -> FilePlan:
    """What one input file is (sniffed by content, as `extract` sniffs it). A file that
    cannot be opened is planned as a whole unit, so reading it gives its one-line error."""
    try:
        head, inner = _head(uri)
        kind = sniff(head)
        if kind == "jsonl":
            return _jsonl_plan(uri)
        if kind == "text" and listing_lines(head) is not None:
            listed = _read_listing(uri, gzipped=False)
        elif inner is not None and sniff(inner) == "text" and listing_lines(inner) is not None:
            listed = _read_listing(uri, gzipped=True)
        else:
            listed = None
        return FilePlan(uri, LISTING, listed=listed) if listed else FilePlan(uri, WHOLE)
    except Exception:  # reading the unit reports the failure, naming the input
        return FilePlan(uri, WHOLE)


def work_units(plans: Sequence[FilePlan], lines_per_unit: int) -> list[WorkUnit]:
    """The units of planned data files, in input order; JSON Lines files longer than
    `lines_per_unit` (rounded up to a multiple of STRIDE) are cut into blocks."""
    size = max(STRIDE, -(-lines_per_unit // STRIDE) * STRIDE)
    units: list[WorkUnit] = []
    for plan in plans:
        if plan.kind == LISTING:
            continue
        if plan.kind != JSONL or plan.lines <= size:
            units.append(WorkUnit(len(units), plan.uri))
            continue
        for first in range(0, plan.lines, size):
            n_lines = min(size, plan.lines - first)
            units.append(WorkUnit(len(units), plan.uri, first, n_lines,
                                  plan.offsets[first // STRIDE]))
    return units


def lines_per_unit(plans: Sequence[FilePlan], parallelism: int, *, minimum: int = 32,
                   maximum: int = 1000) -> int:
    """Block size giving about four tasks per core over all JSON Lines, within bounds."""
    total = sum(p.lines for p in plans if p.kind == JSONL)
    wanted = -(-total // max(1, 4 * parallelism))
    return max(minimum, min(maximum, wanted))


def _guarded(name: str, read: Callable[[], Iterable[Result]]) -> Iterator[Result]:
    """The articles `read()` gives; a failure while reading ends them with one InputError
    worded as `read_inputs` words it."""
    try:
        yield from read()
    except OSError as err:
        yield InputError(name, f"cannot read ({err.strerror or err})")
    except Exception as err:  # a parser's bug on odd input must not stop the batch
        yield InputError(name, f"could not be read ({type(err).__name__}: {err})")


def _block_articles(unit: WorkUnit, max_bytes: int) -> Iterator[Result]:
    with open_binary(unit.uri, unit.offset) as stream:
        block = itertools.islice(iter_lines(stream), unit.n_lines)
        # blank lines stand in for the lines before the block, so lines keep their numbers
        lines = itertools.chain(itertools.repeat(b"", unit.first_line), block)
        yield from jsonl_articles(lines, unit.uri, max_bytes)


def _remote_articles(uri: str, max_bytes: int) -> Iterator[Result]:
    """A remote file's articles, streamed: WARC and JSON Lines record by record, anything
    else read whole (up to `max_bytes`) by the readers `read_inputs` uses."""
    from according.read.files import _read_bytes

    head, inner = _head(uri)
    kind = sniff(head)
    if inner is not None and sniff(inner) == "warc":
        kind = "warc"
    with open_binary(uri) as stream:
        if kind == "warc":
            yield from warc_articles(stream, uri, max_bytes)
        elif kind == "jsonl":
            yield from jsonl_articles(iter_lines(stream), uri, max_bytes)
        else:
            data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield InputError(uri, too_big(len(data), max_bytes) + " or more")
            else:
                yield from _read_bytes(data, uri, max_bytes)


def read_unit(unit: WorkUnit, max_bytes: int) -> Iterator[Result]:
    """Every article (or InputError) of one work unit, in order; never raises for a bad
    input. Local whole files go through `read_inputs`, so names match `extract`'s."""
    if unit.n_lines:
        return _guarded(unit.uri, lambda: _block_articles(unit, max_bytes))
    if is_local(unit.uri):
        return read_inputs([local_path(unit.uri)], max_bytes=max_bytes)
    return _guarded(unit.uri, lambda: _remote_articles(unit.uri, max_bytes))

