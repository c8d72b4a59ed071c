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


# the places and providers whose count is a part of a toll: one hospital's morgue, a
# clinic, an aid group's teams
_FACILITY = (r"(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|wards?|infirmar(?:y|ies)"
             r"|field\s+hospitals?|health\s+cent(?:re|er)s?|teams?|staff|doctors|surgeons)")
# ... as the subject taking in what the figure counts, right before it: "the hospital's
# morgue had received 36 bodies", "its teams had treated 58 wounded people", "one clinic
# has admitted 12"
_FACILITY_BEFORE = re.compile(
    _FACILITY + r"(?:['’]s?)?\s+(?:(?:morgue|mortuary|emergency\s+(?:room|department))\s+)?"
    r"(?:(?:had|has|have)\s+)?(?:alone\s+)?(?:received|recorded|counted|admitted|treated"
    r"|registered|taken\s+in|took\s+in|seen|saw)\s+(?:(?:some|about|around|nearly|almost"
    r"|at\s+least|more\s+than|over|up\s+to)\s+)?$", re.I)
# ... or after it, one of them named as where ("36 bodies at one hospital", "12 dead in a
# single morgue") or where they were taken in ("58 wounded treated at the hospital",
# "bodies brought to the city morgue"); not a place they were hit ("killed in the attack
# on the hospital", "killed at the hospital")
_NAME = r"(?!(?:on|of|in|at|near|by|to|from)\b)[\w'’-]+"
_FACILITY_AFTER = re.compile(
    r"(?:\s+" + _NAME + r"){0,4}?\s+(?:at|in|to|by|from)\s+(?:one|a\s+single|each|one\s+of"
    r"\s+the)\s+(?:" + _NAME + r"\s+){0,2}?" + _FACILITY + r"\b"
    r"|(?:\s+" + _NAME + r"){0,3}?\s+(?:treated|admitted|brought|taken|received|lying|held"
    r"|kept)\s+(?:at|in|to|by)\s+(?:the|a|its|their|our|that|this)\s+(?:" + _NAME
    + r"\s+){0,2}?" + _FACILITY + r"\b", re.I)
# a part named with "alone" after the figure: "in the southern district alone", "at one
# hospital alone", "in Drevna alone"
_ALONE_AFTER = re.compile(r"(?:\s+[\w'’,-]+){1,7}?\s+alone\b", re.I)


def counts_a_part(text: str, start: int, end: int, counted: str | None) -> bool:
    """Whether a figure at [start, end) of `text` counts the part of a toll one place or
    provider holds, not the toll: "the hospital's morgue had received 36 bodies", "36
    bodies at one hospital", "its teams had treated 58 wounded people", "12 killed in the
    southern district alone". A part is not the same measure as the whole: the whole is
    at least the part, so such a figure is compared as a floor (its high open:
    derive.add_figure_columns). Stranger trial 7 flagged a doctor's 36 bodies in one
    hospital's morgue against the ministry's 41 dead in total, which both hold; a
    mortuary's nine bodies against the police's four dead (stranger trial 6) still
    cannot both hold. Only counts of people in a
    state (the dead, the wounded: people_states) are read so; what follows is looked at
    up to the end of the figure's clause (a comma, a stop, "and", "while")."""
    words = counted_words(counted)
    if not words & set(counted_rules().get("people_states", ())):
        return False
    if _FACILITY_BEFORE.search(text, max(0, start - 80), start):
        return True
    after = text[end:end + 100]
    clause = re.split(r"[,;.!?\n]|\s[—–-]\s|\s(?:and|but|while|whereas)\s", after, maxsplit=1)[0]
    return bool(_FACILITY_AFTER.match(clause) or _ALONE_AFTER.match(clause))


# a count its source says it has verified or documented: "had verified the deaths of 34",
# "has documented the killing of 12" (before the figure), "34 verified deaths", "12 deaths
# had been independently verified" (after it); "confirmed" is not among them: an
# official's "18 deaths had been confirmed" is the toll it gives (stranger trial 2, still
# compared with "23 people were killed")
_VERIFIED_BEFORE = re.compile(
    r"\b(?:verified|documented|verify|document)\s+(?:the\s+)?"
    r"(?:(?:deaths?|killings?|bodies|cases?|names)\s+of\s+)?(?:at\s+least\s+)?$", re.I)
_VERIFIED_AFTER = re.compile(
    r"\s+(?:verified|documented)\b|(?:\s+[\w'’-]+){0,3}?\s+(?:had|have|has)\s+"
    r"been\s+(?:independently\s+)?(?:verified|documented)\b", re.I)
# ... unless given as the whole: "only three deaths had been verified"
_ONLY_BEFORE = re.compile(r"\b(?:only|just|merely|no\s+more\s+than|at\s+most)\s+$", re.I)


def verified_floor(text: str, start: int, end: int) -> bool:
    """Whether a figure at [start, end) of `text` is a count its source has verified or
    documented so far, so at least that many, not the toll: a monitor's "had verified the
    deaths of 34 civilians … and was examining reports of seven more" holds with a
    ministry's 43 (stranger trial 7 flagged the two; the monitor: "Our figure is a floor,
    not a ceiling"), as a UN office's "has documented 120 civilian deaths" does with a
    higher toll. Not where the source gives it as all there is ("only three deaths had
    been verified"), nor an official's "confirmed" toll (a toll it gives, stranger trial
    2: "18 deaths had been confirmed" against "23 people were killed" of one day)."""
    before = text[max(0, start - 60):start]
    if _ONLY_BEFORE.search(before):
        return False
    return bool(_VERIFIED_BEFORE.search(before) or _VERIFIED_AFTER.match(text, end, end + 60))


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
# per group: the pairs of one story's voices one under the other (a story has a few),
# less the story's own voice where it repeats a figure a source of the story gives
# (restates: a headline's "rises to 41" beside the ministry's 41)
_VOICE_PAIRS = f"""
WITH m AS (SELECT * FROM {{members}} x
           WHERE x.voice <> '' OR NOT EXISTS (
               SELECT 1 FROM {{members}} y
               WHERE y.group_id = x.group_id AND y.story = x.story AND y.voice <> ''
                 AND y.lo = x.lo AND y.hi = x.hi AND y.lo_open = x.lo_open)),
lows AS (SELECT group_id, story, voice, lo, lo_open FROM m
         QUALIFY row_number() OVER (PARTITION BY group_id, story, voice
                                    ORDER BY lo DESC, lo_open DESC) = 1),
highs AS (SELECT group_id, story, voice, min(hi) AS hi FROM m GROUP BY ALL),
multi AS (SELECT group_id, story FROM m GROUP BY ALL
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


def restating(members: Sequence[Member]) -> set[int]:
    """The refs of the members that are their story's own voice giving a figure (the same
    bounds) that a source of the story gives: the article repeating its source ("Toll …
    rises to 41: rebel-run health ministry" over "has risen to 41, the health ministry
    said"), not a voice of its own in the story's disagreements (stranger trial 7 listed
    the headline's 41 against a doctor's 36 beside the ministry's 41 against it)."""
    voiced = {(m.story, m.lo, m.hi, m.lo_open) for m in members if m.voice != ""}
    return {m.ref for m in members
            if m.voice == "" and (m.story, m.lo, m.hi, m.lo_open) in voiced}


def voice_pairs(members: Sequence[Member]) -> list[tuple[int, str, str]]:
    """(story, voice, voice), the smaller voice first, of the pairs of one story's sources
    whose figures clash (in one article or two of the story's); the story's own voice
    where it restates a source (`restating`) is none of them."""
    by_story: dict[int, list[Member]] = defaultdict(list)
    repeated = restating(members)
    for m in members:
        if m.ref not in repeated:
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


# --- a toll that falls across days --------------------------------------------------------

# the states of people whose count only grows: a death toll never falls
CUMULATIVE_STATES = frozenset({"dead"})
# words of a running total ("the death toll", "a total of", "the number of dead") or of a
# perfect verb ("11 people have died", "had been killed"): the count so far
_RUNNING_TOTAL = re.compile(r"\b(?:tolls?|totals?|tally|number|count|have|has|had|so\s+far"
                            r"|in\s+all|altogether)\b", re.I)
# an event's verb in the simple past ("3 died on Wednesday", "were killed in clashes on
# Sunday"): the dead of that day or that event, not the toll
_EVENT_VERB = re.compile(r"\b(?:died|killed|perished|drowned|shot|executed|slain|murdered)\b",
                         re.I)


def running_total(counted: str | None) -> bool:
    """Whether a count of the dead is a running total, which never falls: its words name a
    total ("death toll", "the total", "the number of people killed") or a perfect verb ("11
    people have died", "31 had been killed"), or a state with no event verb ("41 dead", "18
    deaths"). Not a count of one day's or one event's dead ("3 died on Wednesday", "three
    people were killed in clashes on Sunday"): kept apart, as a day's count is no toll."""
    text = counted or ""
    return bool(_RUNNING_TOTAL.search(text)) or not _EVENT_VERB.search(text)


# a count of what was added, not the total: "11 more bodies", "two new deaths", "another 5"
_ADDED_AFTER = re.compile(r"\s*(?:more|additional|further|extra|new)\b", re.I)
_ADDED_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further|a\s+new)\s+$", re.I)


def counts_added(text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) of `text` counts what was added to a total ("Divers
    recovered 11 more bodies on Monday, bringing the death toll to 38", "another 5
    deaths"), not the total: never a toll that fell (stranger trial 3's 11 more bodies
    against the day before's 27)."""
    return _ADDED_AFTER.match(text, end) is not None or \
        _ADDED_BEFORE.search(text[max(0, start - 20):start]) is not None


def cumulative_series(key: str) -> bool:
    """Whether a series (its key, "dead people | people") counts a state of people that only
    grows (CUMULATIVE_STATES)."""
    words, _, unit = key.partition(" | ")
    return bool(CUMULATIVE_STATES & set(words.split())) and unit == "people"


class Toll(NamedTuple):
    """One running total of the dead as the cross-day comparison reads it."""

    member: Member
    series: str
    day: str
    place: str | None


def falling_pairs(tolls: Sequence[Toll]) -> list[tuple[Toll, Toll]]:
    """(earlier, later) pairs of running totals of one series and place where the later
    report's toll, on a later day, is below what the earlier one had already counted
    (its highest low; "at least 30" counts 30): a toll of the dead cannot fall, so two
    reports saying so disagree, as do two sources of one report (a health commissioner's
    11 dead as of Tuesday night and the police's "only three deaths had been confirmed"
    on Wednesday, one story: stranger trial 6). One pair per two stories (per two sources
    of one story), the earlier side's highest low against the later side's lowest high;
    never two figures of one source (a source lowering its own toll corrects itself; a
    story's own voice is one source, and none where it restates a source of the story:
    `restating`)."""
    best: dict[tuple[int, int, int], tuple[Toll, Toll]] = {}
    by_series: dict[tuple[str, str | None], list[Toll]] = defaultdict(list)
    repeated = restating([t.member for t in tolls])
    for t in tolls:
        if t.member.ref not in repeated:
            by_series[(t.series, t.place)].append(t)
    for group in by_series.values():
        group.sort(key=lambda t: t.day)
        for i, later in enumerate(group):
            for earlier in group[:i]:
                a, b = earlier.member, later.member
                if earlier.day >= later.day or a.source == b.source and (
                        a.source or a.story == b.story):
                    continue
                if not (b.hi < a.lo or (b.hi == a.lo and a.lo_open)):
                    continue
                # one row per two stories; in one story, per source of the later toll (a
                # source named twice, by name and by title, may be two ids)
                pair = (a.story, b.story, b.source if a.story == b.story else 0)
                held = best.get(pair)
                if held is None or (a.lo - b.hi, later.day) > (
                        held[0].member.lo - held[1].member.hi, held[1].day):
                    best[pair] = (earlier, later)
    return sorted(best.values(), key=lambda p: (p[1].day, p[0].day, p[0].member.ref),
                  reverse=True)


_TOLLS = """
SELECT q.ref, coalesce(ar.group_seq, q.seq) AS story, coalesce(q.source_id, 0) AS source,
       q.lo, q.hi, coalesce(q.lo_open, false) AS lo_open,
       regexp_replace(coalesce(q.source_key, ''), ' @.*$', '') AS voice,
       q.series_key, q.day, q.place, q.counted, q.rowid, q.seq
FROM quantities q JOIN articles ar USING (seq)
WHERE q.group_id IS NOT NULL AND q.series_key LIKE '%dead%' AND length(q.day) = 10
"""


def falling_tolls(con: duckdb.DuckDBPyConnection, counted: str | None = None
                  ) -> tuple[list[tuple[Toll, Toll]], dict[int, tuple[int, int]]]:
    """The falling pairs (falling_pairs) of the ledger's running totals of the dead, latest
    later day first, and ref -> (quantities rowid, seq) of their figures; `counted` keeps
    the series whose words hold what it names (as `figures --counted`)."""
    from according.ledger.figures import place_key, query_words

    wanted = query_words(counted) if counted is not None else frozenset()
    tolls, rows = [], {}
    for (ref, story, source, lo, hi, lo_open, voice, key, day, place, said, rowid,
         seq) in con.execute(_TOLLS).fetchall():
        if not cumulative_series(key) or not running_total(said):
            continue
        if wanted and not wanted <= set(key.replace(" | ", " ").split()):
            continue
        tolls.append(Toll(Member(ref, story, source, lo, hi, bool(lo_open), voice), key, day,
                          place_key(place)))
        rows[ref] = (rowid, seq)
    checked: set[int] = set()
    while True:  # the words around a pair's figures, read for those figures only
        pairs = falling_pairs(tolls)
        fresh = sorted({t.member.ref for pair in pairs for t in pair} - checked)
        if not fresh:
            return pairs, rows
        checked |= set(fresh)
        added = _added_refs(con, [rows[r][0] for r in fresh])
        tolls = [t for t in tolls if t.member.ref not in added]


def _added_refs(con: duckdb.DuckDBPyConnection, rowids: Sequence[int]) -> set[int]:
    """The refs of the quantities rows `rowids` that count what was added (counts_added),
    read from their articles' stored texts."""
    out = set()
    for ref, text, start, end in con.execute(
            "WITH q AS (SELECT ref, seq, start, \"end\" FROM quantities "
            "WHERE rowid = ANY($rowids)) "
            "SELECT q.ref, json_extract_string(a.record_json, '$.text'), q.start, q.\"end\" "
            "FROM q JOIN articles a USING (seq)", {"rowids": sorted(rowids)}).fetchall():
        if text and counts_added(text, start, end):
            out.add(ref)
    return out
