"""Disagreements counted as pairs of original reports, not as clashing figures.

A figure group (one series, as-of day and place, figures.py) holds the figures of many
articles; articles are grouped into stories (near-duplicate groups, duplicates.py: a wire
story, its copies, republications and updates are one story). A disagreement is

* an unordered pair of stories of the group whose figures cannot all hold together (some
  figure of one clashes with some figure of the other), counted once however many copies
  carry either side and in whichever order they came; or
* within one story, an unordered pair of its sources whose figures clash (in one article,
  or in two of its articles: a rewrite that gives the army's toll beside the ministry's),
  counted once however many copies repeat it (sources compared as their article reads
  them, `Member.voice`: the mayor of a story and of its copy are one, though a person
  known by title only is kept per article).

One source of one story whose number changes between its articles (an update revising
its own toll, the story's own voice included) is the story correcting itself, not two
reports disagreeing: not counted, though each of its numbers still counts against other
stories.

A story's figures clash with another's exactly when its lowest high is under the other's
highest low (or equal to an open one): so each story is its interval of best bounds, and
the pairs of a group are counted from a sort of those, never by comparing every pair
(a group of thousands of stories at a million articles); a story's sources likewise, by
pairs (a story has a few).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from according.ledger.figures import counted_rules, counted_words

if TYPE_CHECKING:  # derive.py reads measures_another without duckdb (a Spark job)
    import duckdb

# a noun and "of"/"from" right before a figure: "a random sample of 500 polling units",
# "results from 212 polling units" (measures_another)
_NOUN_OF = re.compile(r"\b([A-Za-z][A-Za-z-]*)\s+(?:of|from)\s+(?:the\s+|a\s+|an\s+)?$")
# the nouns before "of" that are the count itself ("a total of 57 polling units", "a group
# of 30 migrants", "a crowd of 5,000", "a turnout of 4 million voters"), the words of a
# part of the whole counted ("one of the seven states", "each of the five states", "half
# of"), and the words before "of"/"from" of a number's phrase ("up from 27", "made up of")
COUNT_NOUNS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "dozen", "each", "all", "both", "any", "none", "many", "half", "majority",
    "minority", "share", "percent", "percentage", "cent", "per", "turnout", "attendance",
    "capacity", "audience", "membership", "enrollment", "enrolment", "size", "strength",
    "headcount",
    "total", "number", "numbers", "tally", "toll", "count", "figure", "figures", "estimate",
    "sum", "maximum", "minimum", "average", "group", "groups", "crowd", "crowds", "team",
    "teams", "force", "fleet", "convoy", "contingent", "batch", "band", "party", "delegation",
    "list", "population", "workforce", "staff", "lot", "lots", "dozens", "scores", "hundreds",
    "thousands", "tens", "millions", "billions", "up", "down", "out", "least", "most",
    "consisting", "composed", "comprised", "comprising", "rose", "rise", "risen", "rising",
    "fell", "fall", "fallen", "falling", "increased", "decreased", "dropped", "jumped",
    "climbed", "grew", "went", "revised", "raised", "lowered", "cut", "changed"})


def measures_another(text: str, start: int, counted: str | None,
                     unit: str | None = None) -> bool:
    """Whether a figure at `start` of `text` counts things only as the measure of a noun
    before it: "a random sample of 500 polling units" (a sample's size), "results from 212
    polling units had been entered twice" (the units whose results were), "the loss of
    300 jobs". The figure's counted words then name bare things (no state of people, no
    participle: "polling units", not "people killed" nor "homes destroyed"), and a noun
    other than the count itself (COUNT_NOUNS: "a total of 57 polling units", "a group of
    30 migrants", a part of the whole: "one of the seven states") stands before "of" or
    "from"; a share is always of something ("31 percent of Republican voters": unit
    percent) and keeps its reading. Such a figure is compared with none
    (derive.add_figure_columns): stranger trial 6 flagged Yiaga Africa's sample of 500
    polling units against the 212 units an official said were entered twice, a sample
    and an error count of one article."""
    words = counted_words(counted)
    if not words or words & set(counted_rules().get("people_states", ())) or (
            unit and re.search(r"percent|%|point", unit, re.I)):
        return False
    if any(w.endswith("ed") for w in re.findall(r"[a-z]+", (counted or "").lower())):
        return False
    m = _NOUN_OF.search(text, max(0, start - 40), start)
    if m is None:
        return False
    noun = m.group(1).lower()
    return noun not in COUNT_NOUNS and noun not in counted_rules()["stopwords"] \
        and not counted_words(noun) & words


class Member(NamedTuple):
    """One figure of a group as its disagreements read it."""

    ref: int
    story: int
    source: int  # resolved source id, 0 for the article's own voice
    lo: float
    hi: float
    lo_open: bool
    # who speaks, as its article reads it (its local source key without the article a
    # title-only person is kept by: "person:? mayor"), alike in a story's copies
    voice: str = ""


# one story's bounds: its highest low (an open one first on a tie) and its lowest high
_STORIES = """
CREATE OR REPLACE TEMP TABLE _stories AS
WITH lows AS (SELECT group_id, story, lo, lo_open FROM {members}
              QUALIFY row_number() OVER (PARTITION BY group_id, story
                                         ORDER BY lo DESC, lo_open DESC) = 1),
highs AS (SELECT group_id, story, min(hi) AS hi FROM {members} GROUP BY ALL)
SELECT group_id, story, lo, lo_open, hi FROM lows JOIN highs USING (group_id, story)
"""
# `a` is under `b`: a's lowest high below b's highest low (or at it, b's low open)
_UNDER = "({a}.hi < {b}.lo OR ({a}.hi = {b}.lo AND {b}.lo_open))"
# per group: ordered pairs (a, b) with a under b, each story's count read off a sort of
# the lows and highs (the lows at or below a high come first), less a story under itself;
# less the pairs under each other both ways (one of them then under itself: few)
_STORY_PAIRS = f"""
WITH events AS (SELECT group_id, lo AS v, lo_open AS o, 0 AS kind FROM _stories
                UNION ALL SELECT group_id, hi, false, 1 FROM _stories),
counted AS (
    SELECT group_id, kind,
           count(*) FILTER (WHERE kind = 0) OVER (PARTITION BY group_id) -
           count(*) FILTER (WHERE kind = 0) OVER (
               PARTITION BY group_id ORDER BY v, o, kind ROWS UNBOUNDED PRECEDING) AS above
    FROM events),
ordered AS (SELECT group_id, sum(above) AS n FROM counted WHERE kind = 1 GROUP BY ALL),
flagged AS (SELECT *, {_UNDER.format(a="_stories", b="_stories")} AS inverted
            FROM _stories),
inverted AS (SELECT group_id, count(*) AS n FROM flagged WHERE inverted GROUP BY ALL),
both_ways AS (
    SELECT i.group_id, count(*) AS n FROM flagged i JOIN flagged j
      ON j.group_id = i.group_id AND j.story <> i.story
    WHERE i.inverted AND (NOT j.inverted OR i.story < j.story)
      AND {_UNDER.format(a="i", b="j")} AND {_UNDER.format(a="j", b="i")}
    GROUP BY ALL)
SELECT o.group_id, o.n - coalesce(s.n, 0) - coalesce(b.n, 0) AS n
FROM ordered o LEFT JOIN inverted s USING (group_id) LEFT JOIN both_ways b USING (group_id)
"""
# per group: the pairs of one story's voices one under the other (a story has a few)
_VOICE_PAIRS = f"""
WITH lows AS (SELECT group_id, story, voice, lo, lo_open FROM {{members}}
              QUALIFY row_number() OVER (PARTITION BY group_id, story, voice
                                         ORDER BY lo DESC, lo_open DESC) = 1),
highs AS (SELECT group_id, story, voice, min(hi) AS hi FROM {{members}} GROUP BY ALL),
multi AS (SELECT group_id, story FROM {{members}} GROUP BY ALL
          HAVING count(DISTINCT voice) > 1),
voices AS (SELECT group_id, story, voice, lo, lo_open, hi FROM lows
           JOIN highs USING (group_id, story, voice) JOIN multi USING (group_id, story))
SELECT a.group_id, count(*) AS n FROM voices a JOIN voices b
  ON b.group_id = a.group_id AND b.story = a.story AND a.voice < b.voice
WHERE {_UNDER.format(a="a", b="b")} OR {_UNDER.format(a="b", b="a")}
GROUP BY a.group_id
"""
# the members of groups: their figures' bounds, source and story
_MEMBERS = """
CREATE OR REPLACE TEMP TABLE _group_members AS
SELECT q.group_id, q.ref, q.seq, coalesce(ar.group_seq, q.seq) AS story,
       coalesce(q.source_id, 0) AS source, q.lo, q.hi, coalesce(q.lo_open, false) AS lo_open,
       q.row, regexp_replace(coalesce(q.source_key, ''), ' @.*$', '') AS voice
FROM (SELECT group_id, ref, seq, source_id, source_key, lo, hi, lo_open, rowid AS row
      FROM quantities
      WHERE {where}) q
LEFT JOIN (SELECT seq, group_seq FROM articles WHERE seq IN {seqs}) ar USING (seq)
"""


def group_members(con: duckdb.DuckDBPyConnection, groups: str | None) -> str:
    """Temp table `_group_members` of the figures of the groups `groups` (an id set of
    stats.id_set: a literal list, read through the group index; None: every group),
    with their stories; returns its name."""
    where = f"group_id IN {groups}" if groups else "group_id IS NOT NULL"
    con.execute("CREATE OR REPLACE TEMP TABLE _group_seqs AS SELECT DISTINCT seq "
                f"FROM quantities WHERE {where}")
    seqs = [r[0] for r in con.execute("SELECT seq FROM _group_seqs ORDER BY seq "
                                      "LIMIT 2049").fetchall()]
    listed = ("(" + ", ".join(str(int(s)) for s in seqs) + ")") if seqs else "(NULL)"
    con.execute(_MEMBERS.format(where=where, seqs=listed if len(seqs) <= 2048
                                else "(SELECT seq FROM _group_seqs)"))
    return "_group_members"


def count_disagreements(con: duckdb.DuckDBPyConnection, groups: str | None) -> str:
    """Temp table `_group_disagreements(group_id, n)` of the disagreements (module doc) of
    the groups `groups` (group_members); a group with none may be absent. Returns its name."""
    members = group_members(con, groups)
    con.execute(_STORIES.format(members=members))
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _group_disagreements AS
        SELECT group_id, sum(n)::BIGINT AS n FROM (
            SELECT * FROM ({_STORY_PAIRS})
            UNION ALL SELECT * FROM ({_VOICE_PAIRS.format(members=members)}))
        GROUP BY group_id""")
    return "_group_disagreements"


def within_counts(con: duckdb.DuckDBPyConnection, groups: str) -> dict[int, int]:
    """group -> its disagreements within one story (pairs of a story's sources), of the
    groups `groups` (as group_members); the rest of a group's count are pairs of stories."""
    members = group_members(con, groups)
    return dict(con.execute(_VOICE_PAIRS.format(members=members)).fetchall())


def _under(a: tuple[float, bool, float], b: tuple[float, bool, float]) -> bool:
    """Story bounds (lo, lo_open, hi): a's lowest high is under b's highest low."""
    return a[2] < b[0] or (a[2] == b[0] and b[1])


def story_bounds(members: Sequence[Member]) -> dict[int, tuple[float, bool, float]]:
    """story -> (highest low, whether it is open, lowest high) of its figures."""
    out: dict[int, tuple[float, bool, float]] = {}
    for m in members:
        lo, lo_open, hi = out.get(m.story, (m.lo, m.lo_open, m.hi))
        if (m.lo, m.lo_open) > (lo, lo_open):
            lo, lo_open = m.lo, m.lo_open
        out[m.story] = (lo, lo_open, min(hi, m.hi))
    return out


def story_pairs(members: Sequence[Member]) -> list[tuple[int, int]]:
    """Unordered pairs (story, story), smaller first, of one group's stories that disagree."""
    bounds = story_bounds(members)
    stories = sorted(bounds)
    return [(a, b) for i, a in enumerate(stories) for b in stories[i + 1:]
            if _under(bounds[a], bounds[b]) or _under(bounds[b], bounds[a])]


def side_members(members: Sequence[Member], story: int, other: int) -> list[Member]:
    """The figures of `story` that clash with some figure of `other` (its side of their
    disagreement), read against the other's best bounds."""
    lo, lo_open, hi = story_bounds([m for m in members if m.story == other])[other]
    return [m for m in members if m.story == story and (
        _under((m.lo, m.lo_open, m.hi), (lo, lo_open, hi))
        or _under((lo, lo_open, hi), (m.lo, m.lo_open, m.hi)))]


def voice_pairs(members: Sequence[Member]) -> list[tuple[int, str, str]]:
    """(story, voice, voice), the smaller voice first, of the pairs of one story's sources
    whose figures clash (in one article or two of the story's)."""
    by_story: dict[int, list[Member]] = defaultdict(list)
    for m in members:
        by_story[m.story].append(m)
    out = []
    for story in sorted(by_story):
        voices = sorted({m.voice for m in by_story[story]})
        number = {v: i for i, v in enumerate(voices)}
        as_stories = [m._replace(story=number[m.voice]) for m in by_story[story]]
        out += [(story, voices[a], voices[b]) for a, b in story_pairs(as_stories)]
    return out


class Sides(NamedTuple):
    """One disagreement of a group: the figures of each side; `within`: two sources of
    one story (else two stories)."""

    first: tuple[Member, ...]
    second: tuple[Member, ...]
    within: bool


def group_disagreements(members: Sequence[Member], limit: int) -> list[Sides]:
    """A group's disagreements (at most `limit`), each once: its pairs of stories, earlier
    story first, then its stories' pairs of sources, each side with every figure of it."""
    out = [Sides(tuple(side_members(members, a, b)), tuple(side_members(members, b, a)), False)
           for a, b in story_pairs(members)[:limit]]
    for story, x, y in voice_pairs(members)[:max(limit - len(out), 0)]:
        mine = [m._replace(story=1 if m.voice == x else 2) for m in members
                if m.story == story and m.voice in (x, y)]
        first, second = side_members(mine, 1, 2), side_members(mine, 2, 1)
        by_ref = {m.ref: m for m in members}
        out.append(Sides(tuple(by_ref[m.ref] for m in first),
                         tuple(by_ref[m.ref] for m in second), True))
    return out


def clash(a: Member, b: Member) -> bool:
    """Two figures that cannot both hold, each read by its own bounds."""
    x, y = (a.lo, a.lo_open, a.hi), (b.lo, b.lo_open, b.hi)
    return _under(x, y) or _under(y, x)


def headline_pair(d: Sides, shown: frozenset[int] | set[int] = frozenset()
                  ) -> tuple[Member, Member]:
    """The figure of each side a disagreement is shown by: a pair that clashes by itself
    (a side may hold a figure the other side also gives, "140" from a report that also
    says "210", against "140" and "198": "140 vs 140" says nothing), one of the figures
    in `shown` (refs a page already lists) first, then figures a source gives over the
    article's own voice (a fact-check's headline "65%" with no source beside the prime
    minister's quoted 65%: stranger trial 5), then the earliest refs."""
    def rank(pair: tuple[Member, Member]) -> tuple:
        return (-sum(m.ref in shown for m in pair), sum(m.source == 0 for m in pair),
                pair[0].ref, pair[1].ref)

    pairs = [(a, b) for a in d.first for b in d.second if clash(a, b)]
    if pairs:
        return min(pairs, key=rank)
    return min(d.first, key=lambda m: (m.ref not in shown, m.source == 0, m.ref)), min(
        d.second, key=lambda m: (m.ref not in shown, m.source == 0, m.ref))


def count_group(members: Sequence[Member]) -> int:
    """A group's disagreements (module doc), computed pair by pair: what
    count_disagreements gives, for checking it."""
    return len(story_pairs(members)) + len(voice_pairs(members))


def by_group(rows: Sequence[tuple]) -> dict[int, list[Member]]:
    """Rows (group_id, ref, story, source, lo, hi, lo_open, voice) as members by group."""
    out: dict[int, list[Member]] = defaultdict(list)
    for group, ref, story, source, lo, hi, lo_open, voice in rows:
        out[group].append(Member(ref, story, source, lo, hi, bool(lo_open), voice))
    return out


def members_of(con: duckdb.DuckDBPyConnection, groups: Sequence[int]
               ) -> tuple[dict[int, list[Member]], dict[int, tuple]]:
    """(members by group, ref -> (quantities rowid, seq)) of the groups `groups` (a few: a
    page's), read through the group index."""
    if not groups:
        return {}, {}
    table = group_members(con, "(" + ", ".join(str(int(g)) for g in sorted(groups)) + ")")
    rows = con.execute(f"SELECT group_id, ref, story, source, lo, hi, lo_open, voice, row, "
                       f"seq FROM {table} ORDER BY group_id, ref").fetchall()
    return by_group([r[:8] for r in rows]), {r[1]: (r[8], r[9]) for r in rows}
