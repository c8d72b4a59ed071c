"""Near-duplicate articles and wire copy: which stored articles are one original report
(pure functions; the ledger stores their keys and groups, ledger/merge.py).

An article's story key is the MinHash signature of its body's word 5-grams (body regions
only, so another outlet's headline, byline and page furniture do not count), cut into
BANDS bands of ROWS values for LSH, with its shingle count, the wire services it names
(its outlet, credits or byline: data/ledger_names.json `wire_services`, and the outlet
table's forms) and its byline's names.

Two articles are the same story when their estimated Jaccard similarity is at least
`JACCARD` or the shorter's shingles are at least `CONTAINED` in the longer's (a trimmed
copy); when they share a wire service or a byline name, `WIRE_JACCARD`/`WIRE_CONTAINED`
suffice (a wire story lightly rewritten). A text under `MIN_SHINGLES` shingles (a brief
that is mostly one quote) is the same story only at `SHORT_JACCARD`. Two articles whose
datelines give different days ("SOLVENA, Nov 24 (Reuters)", "SOLVENA, Nov 25 (Reuters)")
are two stories, however much background they share (`story_day`): a copy keeps the
dateline of the story it copies whatever day it runs, and a wire's follow-up carries its
new day over the day before's paragraphs (rules review, merge rules 24); an article whose
dateline gives no day (AP's "LYON, France (AP) —") is compared by its text alone.
Same-story articles form a group (a connected component, whatever order they arrive in),
one original report however many outlets carried it. Its original, which names the group
(`group_seq`), is its wire service's own story where another member credits that service,
whatever their dates (`group_original`), then its earliest published member by day, then
the wire service's own story, then other wire copy (a paper's credited copy before its
uncredited edit), then the earliest by sort time (ledger/sort_time.py: a day-only stamp
after every timed copy of its day, merge rules 37), then the first ingested
(`original_rank`): a
regional copy ingested before the AP story still has the AP story as its original.

An uncredited rewrite of a wire story (a site paraphrasing it, its quotes and figures kept,
its sentences reworded and reordered) is the same story too (merge rules 32,
`rewritten_story`): its prose outside quotation marks shares the original's words
(`prose_words`: content words, order left aside; PROSE_PERM values, Jaccard at least
PROSE_JACCARD) and its quoted words are the original's (`quoted_words`: word 3-grams,
QUOTED_PERM values, containment at least QUOTED_CONTAINED). Independent reports of one
statement share its quotes but not its prose; a wire's follow-up the next day repeats its
background prose but not its quotes. Candidates come from the quoted signature's own LSH
bands (QUOTED_BANDS of QUOTED_ROWS), stored beside the story bands, salted apart.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources

import numpy as np

from according.article.pubtime import month_day
from according.data.ledger_prose import FUNCTION_WORDS
from according.ledger.minhash import band_keys, is_empty, shingle_hashes, signatures
from according.ledger.quotes import quote_words
from according.outlets import outlet_key, outlet_named

SHINGLE = 5
BANDS, ROWS = 16, 3
NUM_PERM = BANDS * ROWS
BAND_SALT = 5
JACCARD, CONTAINED = 0.6, 0.8
WIRE_JACCARD, WIRE_CONTAINED = 0.4, 0.6
MIN_SHINGLES = 20  # shorter texts (a few sentences) are one story only when near-identical
SHORT_JACCARD = 0.9
PROSE_PERM = 128  # a prose signature's values: content-word sets of 60-200 words
QUOTED_SHINGLE, QUOTED_PERM = 3, 32
QUOTED_BANDS, QUOTED_ROWS = 16, 2
QUOTED_SALT = 31
# chosen on tests/data/rewrites (bench/eval_rewrites.py): a rewrite's quotes are all its
# original's (estimated containment 1.0-1.12), a follow-up's are new (0.0), and independent
# reports quoting one statement keep 0.50-0.84 of the other's, or 0.95-1.14 with their own
# prose estimated at 0.22-0.30 Jaccard against the rewrites' 0.43-0.93
PROSE_JACCARD = 0.38
QUOTED_CONTAINED = 0.9
MIN_PROSE_WORDS = 30  # distinct content words: a brief's prose says too little to compare
MIN_QUOTED = 8  # quoted 3-grams: a text quoting a few words is not kept as a rewrite
_BYLINE_SPLIT = re.compile(r",|\band\b|\bby\b|\bwith\b|;|/|\|", re.IGNORECASE)


@dataclass(frozen=True)
class StoryKey:
    """What deciding "same story" needs of one article."""

    signature: np.ndarray  # NUM_PERM uint32 values
    n_shingles: int
    wire: frozenset[str]  # canonical wire services it names
    byline: frozenset[str]  # normalised byline names
    day: str | None = None  # the month-day its dateline gives ("11-24"): story_day
    prose: np.ndarray | None = None  # PROSE_PERM values of its prose_words (rules 32)
    prose_n: int = 0
    quoted: np.ndarray | None = None  # QUOTED_PERM values of its quoted_words' 3-grams
    quoted_n: int = 0

    def buckets(self) -> np.ndarray:
        """Its LSH bucket keys (int64): the story signature's bands, none for an article too
        short to shingle, and its quoted signature's (rewrite_buckets)."""
        story = story_buckets(self.signature[None, :])[0] if self.n_shingles else np.empty(
            0, dtype=np.int64)
        if self.quoted is None or self.quoted_n < MIN_QUOTED:
            return story
        return np.concatenate([story, rewrite_buckets(self.quoted[None, :])[0]])


# the articles columns a StoryKey is read from (stored_key), in its order
STORY_KEY_FIELDS = ("story_sig", "story_n", "wire", "byline_names", "prose_sig", "prose_n",
                    "quoted_sig", "quoted_n")
STORY_KEY_COLUMNS = ", ".join(STORY_KEY_FIELDS)


def stored_key(sig: Sequence[int], size: int | None, wire: Iterable[str] | None,
               byline: Iterable[str] | None, prose: Sequence[int] | None,
               prose_n: int | None, quoted: Sequence[int] | None, quoted_n: int | None,
               day: str | None = None) -> StoryKey:
    """The StoryKey of an article's stored STORY_KEY_COLUMNS values and its story_day."""
    return StoryKey(np.asarray(sig, dtype=np.uint32), size or 0, frozenset(wire or ()),
                    frozenset(byline or ()), day,
                    None if prose is None else np.asarray(prose, dtype=np.uint32),
                    prose_n or 0,
                    None if quoted is None else np.asarray(quoted, dtype=np.uint32),
                    quoted_n or 0)


@lru_cache(maxsize=1)
def _wire_forms() -> dict[str, str]:
    text = resources.files("according.data").joinpath("ledger_names.json").read_text("utf-8")
    table = json.loads(text)["wire_services"]
    return {outlet_key(form): name for name, forms in table.items() for form in (name, *forms)}


def wire_service(name: str | None) -> str | None:
    """The wire service a name denotes ("AP", "Reuters", "By Jo Lee, Associated Press"),
    else None."""
    if not name:
        return None
    forms = _wire_forms()
    pieces = [name, *_BYLINE_SPLIT.split(name)]
    for piece in pieces:
        key = outlet_key(piece)
        if key in forms:
            return forms[key]
        outlet = outlet_named(piece)
        if outlet is not None and outlet_key(outlet.name) in forms:
            return forms[outlet_key(outlet.name)]
    return None


# a wire dateline: "LYON, France (AP) —", "(Reuters) -", at the start of the body
_WIRE_MARK = re.compile(r"\(([A-Z][A-Za-z.\- ]{1,40})\)\s*[—–-]")
WIRE_MARK_REACH = 300  # characters from the start of the text where a dateline can be
# a copyright notice's holder: "Copyright 2025 The Associated Press. All rights reserved.",
# "© 2024 Reuters", "(c) Copyright 2023, AFP"
_COPYRIGHT = re.compile(
    r"(?:copyright|©|\(c\))(?:\s*(?:copyright|©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?"
    r"\s*,?\s*(?:by\s+)?([^\W\d][^.\n|;]{0,60})", re.IGNORECASE)
# regions whose lines say whose copy an article is (not its body, which may quote a wire)
_OWNER_REGIONS = frozenset({"boilerplate", "credit", "byline"})
_MAX_WIRE_WORDS = 4  # the longest wire name: "Agence France Presse", "Press Trust of India"


def wire_services(outlet: str | None, credits: Iterable[str], byline: Iterable[str],
                  text: str = "", regions: Sequence[tuple[int, int, str]] = ()
                  ) -> frozenset[str]:
    """The wire services an article is copy of: its outlet, its byline (as read, or its
    printed line: "By PAOLA ARCE Associated Press"), a copyright notice outside its body
    ("Copyright 2025 The Associated Press"), a wire dateline near the start of its text
    ("LONDON (Reuters) -"), or its credits when no reporter of its own signs it
    ("Additional reporting by PA" under a staff byline is not wire copy, nor a body that
    quotes a wire)."""
    marks = [m.group(1) for m in _WIRE_MARK.finditer(text[:WIRE_MARK_REACH])]
    byline = list(byline)
    staff = bool(byline_names(byline))
    names = (outlet, *byline, *marks, *(() if staff else credits))
    found = {wire_service(n) for n in names}
    for start, end, kind in regions:
        if kind in _OWNER_REGIONS:
            found |= owner_line_wires(text[start:end], byline=kind == "byline")
    return frozenset(w for w in found if w)


def owner_line_wires(line: str, *, byline: bool) -> set[str]:
    """The wire services a byline line names at the end of one of its parts ("By PAOLA
    ARCE Associated Press", "By Jo Lee, AP"), or a copyright notice names as its holder."""
    found = set()
    if byline:
        for piece in _BYLINE_SPLIT.split(line):
            found.add(_wire_ending(piece.split()))
    for match in _COPYRIGHT.finditer(line):
        words = match.group(1).split()
        found |= {wire_service(" ".join(words[:n])) for n in range(1, _MAX_WIRE_WORDS + 1)
                  if n <= len(words)}
    return {w for w in found if w}


def _wire_ending(words: list[str]) -> str | None:
    """The wire service the last words name; a one-word name only as the table writes it
    ("AP", "Reuters", not "Pa"), since a reporter's surname may spell one."""
    for n in range(min(_MAX_WIRE_WORDS, len(words)), 0, -1):
        tail = " ".join(words[-n:])
        if n == 1 and tail.strip(".,;:") not in _wire_spellings():
            continue
        wire = wire_service(tail)
        if wire:
            return wire
    return None


@lru_cache(maxsize=1)
def _wire_spellings() -> frozenset[str]:
    text = resources.files("according.data").joinpath("ledger_names.json").read_text("utf-8")
    table = json.loads(text)["wire_services"]
    return frozenset(form for name, forms in table.items() for form in (name, *forms))


def byline_names(byline: Iterable[str]) -> frozenset[str]:
    """Person names of a byline, normalised; wire services and outlets left out."""
    names = set()
    for entry in byline:
        for piece in _BYLINE_SPLIT.split(entry):
            key = outlet_key(piece)
            if len(key.split()) >= 2 and not wire_service(piece) and not outlet_named(piece):
                names.add(key)
    return frozenset(names)


def body_words(text: str, regions: Sequence[tuple[int, int, str]]) -> tuple[str, ...]:
    """The words of the body regions ((start, end, kind) triples), else of the whole text."""
    body = [text[s:e] for s, e, kind in regions if kind == "body"]
    return quote_words("\n".join(body) if body else text)


_UNDATED_DAY = re.compile(r"XXXX-(\d\d-\d\d)")


def story_day(dateline: str | None, timex3: str | None = None) -> str | None:
    """The month-day ("11-24") an article's dateline gives ("SOLVENA, Nov 24 (Reuters) -",
    the text of its first dateline region), else the one its publication time keeps from
    its dateline without a year (`published_timex3` "XXXX-11-24"), else None. A copy keeps
    the dateline of the story it copies, whatever day it runs; a wire's follow-up carries
    its own day."""
    parts = month_day(dateline) if dateline else None
    if parts is not None:
        return f"{parts[0]:02d}-{parts[1]:02d}"
    match = _UNDATED_DAY.fullmatch(timex3 or "")
    return match.group(1) if match else None


def record_story_day(doc: dict) -> str | None:
    """story_day of a record as its JSON form (Record.to_dict) holds it."""
    text = doc.get("text") or ""
    datelines = [text[r["start"]:r["end"]] for r in doc.get("regions") or ()
                 if r.get("kind") == "dateline"]
    return story_day(datelines[0] if datelines else None,
                     (doc.get("metadata") or {}).get("published_timex3"))


# the first dateline region's text and the publication time's TIMEX3 of stored articles
STORY_DAY_SQL = """
    SELECT a.seq, arg_min(substr(json_extract_string(a.record_json, '$.text'), r.start + 1,
                                 r."end" - r.start), r.start),
           min(json_extract_string(a.record_json, '$.metadata.published_timex3'))
    FROM articles a LEFT JOIN regions r ON r.article_id = a.id AND r.kind = 'dateline'
    WHERE {where} GROUP BY a.seq"""


def stored_story_days(con: object, seqs: Iterable[int] | None) -> dict[int, str]:
    """seq -> story_day of the stored articles `seqs` (None: all) that have one; `con` a
    ledger's DuckDB connection."""
    if seqs is None:
        rows = con.execute(STORY_DAY_SQL.format(where="true")).fetchall()
    else:
        rows = con.execute(STORY_DAY_SQL.format(where="a.seq = ANY($seqs)"),
                           {"seqs": sorted(set(seqs))}).fetchall()
    days = {seq: story_day(dateline, timex3) for seq, dateline, timex3 in rows}
    return {seq: day for seq, day in days.items() if day}


def story_signatures(word_lists: Sequence[tuple[str, ...]]) -> tuple[np.ndarray, np.ndarray]:
    """(signatures n x NUM_PERM, shingle counts) of many articles' body words."""
    hashes = [np.unique(shingle_hashes(w, SHINGLE)) for w in word_lists]
    return signatures(hashes, NUM_PERM), np.array([len(h) for h in hashes], dtype=np.int64)


_QUOTATION_MARK = re.compile(r"[\"“”«»„]")


def prose_and_quoted(text: str, regions: Sequence[tuple[int, int, str]]
                     ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(prose_words, quoted_words) of an article's body regions ((start, end, kind)
    triples), else of its whole text: the content words outside quotation marks
    (FUNCTION_WORDS left out), and the words inside them. A quotation still open at a
    paragraph's end closes there (the next paragraph of a long quote opens again)."""
    body = [text[s:e] for s, e, kind in regions if kind == "body"] or [text]
    prose: list[str] = []
    quoted: list[str] = []
    for paragraph in "\n".join(body).split("\n"):
        for n, piece in enumerate(_QUOTATION_MARK.split(paragraph)):
            (quoted if n % 2 else prose).append(piece)
    words = quote_words(" ".join(prose))
    return (tuple(w for w in words if w not in FUNCTION_WORDS),
            quote_words(" ".join(quoted)))


def rewrite_signatures(pairs: Sequence[tuple[tuple[str, ...], tuple[str, ...]]]
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(prose signatures n x PROSE_PERM, prose sizes, quoted signatures n x QUOTED_PERM,
    quoted sizes) of many articles' prose_and_quoted."""
    prose = [np.unique(shingle_hashes(p, 1)) for p, _ in pairs]
    quoted = [np.unique(shingle_hashes(q, QUOTED_SHINGLE)) for _, q in pairs]
    return (signatures(prose, PROSE_PERM), np.array([len(h) for h in prose], dtype=np.int64),
            signatures(quoted, QUOTED_PERM), np.array([len(h) for h in quoted], dtype=np.int64))


def rewrite_buckets(quoted_sigs: np.ndarray) -> np.ndarray:
    """LSH bucket keys (n x QUOTED_BANDS, int64) of quoted signatures, salted apart from
    the story bands they are stored beside."""
    return band_keys(quoted_sigs, QUOTED_BANDS, QUOTED_ROWS, QUOTED_SALT)


def key_buckets(keys: Sequence[StoryKey]) -> list[np.ndarray]:
    """Each key's buckets (StoryKey.buckets), computed for many at once."""
    if not keys:
        return []
    story = story_buckets(np.stack([k.signature for k in keys]))
    quoted_rows = [i for i, k in enumerate(keys) if k.quoted is not None
                   and k.quoted_n >= MIN_QUOTED]
    quoted = dict(zip(quoted_rows, rewrite_buckets(np.stack(
        [keys[i].quoted for i in quoted_rows])) if quoted_rows else (), strict=True))
    out = []
    for i, key in enumerate(keys):
        parts = [story[i]] if key.n_shingles else []
        if i in quoted:
            parts.append(quoted[i])
        out.append(np.concatenate(parts) if parts else np.empty(0, dtype=np.int64))
    return out


def story_buckets(sigs: np.ndarray) -> np.ndarray:
    """LSH bucket keys (n x BANDS, int64) of story signatures."""
    return band_keys(sigs, BANDS, ROWS, BAND_SALT)


def original_rank(seq: int, published: datetime | str | None, wire: Sequence[str] | None,
                  outlet: str | None) -> tuple[bool, int, bool, bool, float, int]:
    """The order a group's members are its original in (smallest first): publication day
    (UTC; a datetime or ISO 8601 text, zoneless read as UTC; unknown last), then a wire
    service's own story (its outlet is one), then other wire copy, then publication time,
    then ingest order. `published` is the sort time (sort_time.sort_moment; the callers'
    SQL selects sort_time.sort_sql()): a day-only stamp, stored as its day's midnight,
    sorts after every timed copy of its day, as nothing shows it ran first. The day comes
    first because a page's clock without a zone is
    stored as its day alone ("8:15 a.m. Monday, October 13": midnight), which would put a
    paper's copy before the wire story it ran that day."""
    when = _utc_seconds(published)
    day = int(when // 86400) if when is not None else 0
    return (when is None, day, wire_service(outlet) is None, not wire, when or 0.0, seq)


def group_original(members: Iterable[tuple[int, datetime | str | None, Sequence[str] | None,
                                          str | None]]) -> int:
    """The seq of a group's original among its `members` (seq, published, wire, outlet): a
    wire service's own story that another member credits first, whatever either's date (an
    undated Reuters story before the dated portal copy that credits Reuters: stranger trial
    5), then original_rank. The credited services are the group's, so the choice is the same
    in any ingest order."""
    rows = list(members)
    credited = {w for _, _, wire, outlet in rows if wire_service(outlet) is None
                for w in (wire or ())}

    def key(row: tuple) -> tuple:
        own = wire_service(row[3])
        return (own is None or own not in credited, *original_rank(*row))

    return int(min(rows, key=key)[0])


def _utc_seconds(published: datetime | str | None) -> float | None:
    if isinstance(published, str):
        try:
            published = datetime.fromisoformat(published)
        except ValueError:
            return None
    if published is None:
        return None
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return published.timestamp()


def same_story(a: StoryKey, b: StoryKey) -> bool:
    """Whether two articles are one story (module rule); symmetric."""
    if a.day and b.day and a.day != b.day:
        return False
    if not a.n_shingles or not b.n_shingles or is_empty(a.signature[None, :])[0]:
        return False
    jaccard = float(np.count_nonzero(a.signature == b.signature)) / NUM_PERM
    inter = jaccard * (a.n_shingles + b.n_shingles) / (1 + jaccard)
    contained = inter / min(a.n_shingles, b.n_shingles)
    if min(a.n_shingles, b.n_shingles) < MIN_SHINGLES:
        return jaccard >= SHORT_JACCARD
    related = bool(a.wire & b.wire) or bool(a.byline & b.byline)
    if related and (jaccard >= WIRE_JACCARD or contained >= WIRE_CONTAINED):
        return True
    return jaccard >= JACCARD or contained >= CONTAINED or rewritten_story(a, b)


def rewritten_story(a: StoryKey, b: StoryKey) -> bool:
    """Whether one article rewrites the other (module doc): their prose shares its content
    words and their quotes are one's; False where either lacks a prose or quoted key."""
    if a.prose is None or b.prose is None or a.quoted is None or b.quoted is None:
        return False
    if min(a.prose_n, b.prose_n) < MIN_PROSE_WORDS or min(a.quoted_n, b.quoted_n) < MIN_QUOTED:
        return False
    if float(np.count_nonzero(a.prose == b.prose)) / PROSE_PERM < PROSE_JACCARD:
        return False
    jaccard = float(np.count_nonzero(a.quoted == b.quoted)) / QUOTED_PERM
    inter = jaccard * (a.quoted_n + b.quoted_n) / (1 + jaccard)
    return inter / min(a.quoted_n, b.quoted_n) >= QUOTED_CONTAINED
