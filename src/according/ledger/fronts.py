"""The first rows of the plain lists, kept in list order (schema 13).

The quotes list, both claims lists and the articles list show their first page from
`fronts`: for each list, its first rows (up to FRONT_ROWS) with their order keys and what
the page shows of each (one JSON text, the sources' names included), so that a first page
reads a few hundred rows of one small table whatever the ledger's size, where sorting
cluster_stats' order columns and reading each row's columns costs a block per column in
a row group of its own at a million articles.

A list's front holds exactly the list's rows that sort at or before its last row (all of
them when `front_state.complete`). Every write that changes a row's order keys or what
its page shows calls `touch` with the ids it changed (stats.refresh_clusters and
grow_clusters, a source named again, sightings, regrouped stories): a changed row leaves
its front, and comes back if it still sorts before the front's last row (or the front is
complete); a front grown past FRONT_ROWS drops its last rows; one shrunk below FRONT_LOW
(rows that fell out) is filled again from its table. A rebuild (merge.refresh_all) fills
every front. A page past the front, or a ledger of an older schema opened read-only, is
read from the tables as before (views.py). The quotes list's total is kept here too
(`front_state.total`): counting the quoted clusters reads every row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import astuple
from datetime import UTC, datetime

import duckdb

from according.ledger.sort_time import sort_sql

FRONT_ROWS = 500  # rows kept per list (model.MAX_LIMIT: a page of the most rows)
FRONT_LOW = 250  # a front with fewer rows (not complete) is filled again

# the order of every front: a DESC, b DESC, p, s, r (each NULLS LAST)
ORDER = "a DESC NULLS LAST, b DESC NULLS LAST, p NULLS LAST, s NULLS LAST, r NULLS LAST"
_CLUSTER_KEYS = {
    "quotes": "n_quotes, 0, quote_first_published, quote_first_seq, first_quote_ref",
    "claims": "n_sources, n_outlets, first_published, first_seq, first_ref",
    "flagged": "n_sources, n_outlets, first_published, first_seq, first_ref",
}
FLAGGED = "(n_sources <= 1 OR n_named = 0 OR wire_only)"  # = stats.FLAGGED_SQL
_CLUSTER_WHERE = {"quotes": "n_quotes > 0", "claims": "true", "flagged": FLAGGED}
CLUSTER_LISTS = tuple(_CLUSTER_KEYS)
LISTS = (*CLUSTER_LISTS, "articles")
# newest first by sort time (ledger/sort_time.py: a day-only stamp after its day's timed ones)
_ARTICLE_SORT = sort_sql()
_ARTICLE_KEYS = f"epoch_us({_ARTICLE_SORT}), seq, NULL::TIMESTAMPTZ, 0, 0"
# what a cluster's page rows are made of (views._quote_clusters, views._claim_items)
_QUOTE_ROW = "cluster, quote_text, n_quotes, quote_shown"
_CLAIM_ROW = ("cluster, text, sources, outlets, n_sources, n_outlets, n_named, n_reports, "
              "wire_only, n_members, shown")
_SOURCE_ID = 4  # a shown member's source id (stats.SHOWN_FIELDS)


def _key(row: Sequence) -> tuple:
    """A Python sort key of (a, b, p, s, r) in ORDER."""
    a, b, p, s, r = row
    low = datetime.min.replace(tzinfo=UTC)
    return (a is None, -(a or 0), b is None, -(b or 0), p is None, p or low,
            s is None, s or 0, r is None, r or 0)


def has_fronts(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = "
                            "'front_state' AND NOT temporary").fetchall()[0][0])


def page(con: duckdb.DuckDBPyConnection, name: str, limit: int, offset: int
         ) -> tuple[list, int | None] | None:
    """(the shown rows of one page of list `name`, its total where kept here) from its
    front, or None when the front does not hold that page (read the tables instead)."""
    if not has_fronts(con):
        return None
    state = con.execute("SELECT complete, total, (SELECT count(*) FROM fronts WHERE list = "
                        "$l) FROM front_state WHERE list = $l", {"l": name}).fetchall()
    if not state:
        return None
    complete, total, held = state[0]
    if not complete and offset + limit > held:
        return None
    # the page's rows from the order columns, then their texts by row id (a sort carrying
    # the texts copies every row's)
    picked = [r[0] for r in con.execute(f"SELECT rowid FROM fronts WHERE list = $l ORDER BY "
                                        f"{ORDER} LIMIT $limit OFFSET $offset",
                                        {"l": name, "limit": limit, "offset": offset}
                                        ).fetchall()]
    shown = dict(con.execute("SELECT rowid, shown FROM fronts WHERE rowid = ANY($r)",
                             {"r": sorted(picked)}).fetchall()) if picked else {}
    return [json.loads(shown[r]) for r in picked], total


def names_of(stored: dict) -> dict[int, str | None]:
    """The source names a front row keeps (JSON keys are texts)."""
    return {int(k): v for k, v in stored.items()}


# -- writing --------------------------------------------------------------------------------


def _source_names(con: duckdb.DuckDBPyConnection, ids: Iterable[int]) -> dict[int, str | None]:
    ids = sorted({int(i) for i in ids if i is not None})
    if not ids:
        return {}
    found: dict[int, str | None] = {}
    for start in range(0, len(ids), 2048):  # a literal list: through the id's index
        part = ", ".join(map(str, ids[start:start + 2048]))
        found |= dict(con.execute(f"SELECT source_id, name FROM source_stats "
                                  f"WHERE source_id IN ({part})").fetchall())
    return found


def _shown_sources(shown: str | None) -> list[int]:
    return [int(m[_SOURCE_ID]) for m in json.loads(shown) if m[_SOURCE_ID] is not None] \
        if shown else []


def _cluster_rows(con: duckdb.DuckDBPyConnection, rowids: Sequence[int]
                  ) -> dict[int, dict[str, tuple]]:
    """rowid -> list -> (shown JSON, source ids) of these cluster_stats rows."""
    if not rowids:
        return {}
    rows = con.execute(f"SELECT rowid, {_QUOTE_ROW}, {_CLAIM_ROW} FROM cluster_stats "
                       "WHERE rowid = ANY($r)", {"r": sorted(set(rowids))}).fetchall()
    wanted = {row[0]: (_shown_sources(row[4]), _shown_sources(row[15])) for row in rows}
    names = _source_names(con, {s for q, c in wanted.values() for s in q + c})
    out: dict[int, dict[str, tuple]] = {}
    for row in rows:
        quote, claim = row[1:5], row[5:]
        q_ids, c_ids = wanted[row[0]]
        out[row[0]] = {
            "quotes": (_dump([*quote, {i: names[i] for i in q_ids if i in names}]), q_ids),
            "claims": (_dump([*claim, {i: names[i] for i in c_ids if i in names}]), c_ids)}
        out[row[0]]["flagged"] = out[row[0]]["claims"]
    return out


def _dump(value: object) -> str:
    return json.dumps(value, default=_jsonable, separators=(",", ":"))


def _jsonable(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} in a front row")


def _article_rows(con: duckdb.DuckDBPyConnection, seqs: Sequence[int]
                  ) -> dict[int, tuple[str, list[int]]]:
    """seq -> (shown JSON, [its group]) of these articles (views.article_summaries)."""
    from according.ledger.views import article_summaries

    summaries = article_summaries(con, sorted(set(seqs)))
    groups = _article_groups(con, list(summaries))
    return {seq: (_dump(list(astuple(s))), [groups.get(seq, seq)])
            for seq, s in summaries.items()}


def _article_groups(con: duckdb.DuckDBPyConnection, seqs: Sequence[int]) -> dict[int, int]:
    if not seqs:
        return {}
    listed = ", ".join(str(int(s)) for s in sorted(seqs))
    return {seq: group for seq, group in con.execute(
        f"SELECT seq, group_seq FROM articles WHERE seq IN ({listed})").fetchall()
        if group is not None}


def _insert(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> None:
    if rows:  # one statement (executemany costs a statement a row)
        columns = list(zip(*rows, strict=True))
        con.execute("INSERT INTO fronts SELECT " + ", ".join(
            f"unnest($c{i})" for i in range(len(columns))),
            {f"c{i}": list(c) for i, c in enumerate(columns)})


def _state(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[bool, int | None]]:
    if not has_fronts(con):
        return {}
    return {r[0]: (r[1], r[2]) for r in con.execute(
        "SELECT list, complete, total FROM front_state").fetchall()}


def _last_rows(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    rows = con.execute(f"SELECT list, a, b, p, s, r, row_number() OVER (PARTITION BY list "
                       f"ORDER BY {ORDER}) AS n, count(*) OVER (PARTITION BY list) AS c "
                       "FROM fronts QUALIFY n = c").fetchall()
    return {r[0]: tuple(r[1:6]) for r in rows}


def refill(con: duckdb.DuckDBPyConnection, lists: Iterable[str] = LISTS) -> None:
    """Fill the fronts of `lists` from their tables (a rebuild, an upgrade, a front that
    ran short): the list's first FRONT_ROWS rows, found on the order's first column (a
    threshold), then sorted by the whole order, then what the page shows of them."""
    for name in lists:
        con.execute("DELETE FROM fronts WHERE list = ?", [name])
        con.execute("DELETE FROM front_state WHERE list = ?", [name])
        if name == "articles":
            picked = con.execute(f"SELECT rowid, seq, {_ARTICLE_KEYS} FROM articles "
                                 f"ORDER BY {_ARTICLE_SORT} DESC NULLS LAST, seq DESC "
                                 f"LIMIT {FRONT_ROWS}").fetchall()
            shown = _article_rows(con, [r[1] for r in picked])
            _insert(con, [(name, r[1], *r[2:7], *reversed(shown[r[1]]))
                          for r in picked if r[1] in shown])
            total = None
        else:
            where, keys = _CLUSTER_WHERE[name], _CLUSTER_KEYS[name]
            first = keys.split(",")[0]
            at = con.execute(f"SELECT {first} FROM cluster_stats WHERE {where} ORDER BY "
                             f"{first} DESC NULLS LAST LIMIT 1 OFFSET {FRONT_ROWS - 1}"
                             ).fetchall()
            above = f" AND {first} >= {int(at[0][0])}" if at and at[0][0] is not None else ""
            picked = con.execute(
                f"SELECT rowid, cluster, * FROM (SELECT rowid, cluster, {keys} FROM "
                f"cluster_stats WHERE {where}{above}) t(rowid, cluster, a, b, p, s, r) "
                f"ORDER BY {ORDER} LIMIT {FRONT_ROWS}").fetchall()
            picked = [(r[0], r[1], *r[4:9]) for r in picked]
            shown = _cluster_rows(con, [r[0] for r in picked])
            _insert(con, [(name, r[1], *r[2:7], shown[r[0]][name][1], shown[r[0]][name][0])
                          for r in picked])
            total = con.execute("SELECT count(*) FROM cluster_stats WHERE n_quotes > 0"
                                ).fetchall()[0][0] if name == "quotes" else None
        con.execute("INSERT INTO front_state VALUES (?, ?, ?)",
                    [name, len(picked) < FRONT_ROWS, total])


def _apply(con: duckdb.DuckDBPyConnection, name: str, ids: Sequence[int],
           candidates: list[tuple], complete: bool, bound: tuple | None,
           render: object) -> None:
    """The front of list `name` after rows `ids` changed: `candidates` (rowid, id, a, b, p,
    s, r) are their rows that belong to the list now; those sorting at or before `bound`
    (the front's last row before the change; any when complete) come back."""
    if ids:
        listed = ", ".join(str(int(i)) for i in sorted(set(ids)))
        con.execute(f"DELETE FROM fronts WHERE list = ? AND id IN ({listed})", [name])
    if bound is None and not complete:
        kept = []
    else:
        kept = [c for c in candidates if complete or _key(c[2:7]) <= _key(bound)]
    if kept:
        shown = render([c[0] for c in kept])  # rowid -> (shown, depends)
        _insert(con, [(name, c[1], *c[2:7], shown[c[0]][1], shown[c[0]][0])
                      for c in kept if c[0] in shown])
    held = con.execute("SELECT count(*) FROM fronts WHERE list = ?", [name]).fetchall()[0][0]
    if held > FRONT_ROWS:
        con.execute(f"DELETE FROM fronts WHERE list = $l AND id IN (SELECT id FROM fronts "
                    f"WHERE list = $l ORDER BY {ORDER} OFFSET {FRONT_ROWS})", {"l": name})
        con.execute("UPDATE front_state SET complete = false WHERE list = ?", [name])
    elif held < FRONT_LOW and not complete:
        refill(con, [name])


def touch_clusters(con: duckdb.DuckDBPyConnection, members: str,
                   quoted_before: int | None = None) -> None:
    """Bring the cluster lists' fronts up to date after the clusters `members` (an id_set
    of stats.py: a literal list or a subquery) were written again; `quoted_before`: how
    many of them counted quotes before (the quotes list's total changes by the
    difference)."""
    state = _state(con)
    if not state or members == "(NULL)":
        return
    rows = con.execute(
        "SELECT row_id, cluster, n_quotes, 0, quote_first_published, quote_first_seq, "
        "first_quote_ref, n_sources, n_outlets, first_published, first_seq, first_ref, "
        f"{FLAGGED} FROM (SELECT rowid AS row_id, * FROM cluster_stats "
        f"WHERE cluster IN {members})").fetchall()
    ids = [r[1] for r in rows]
    gone = [r[0] for r in con.execute(
        f"SELECT DISTINCT id FROM fronts WHERE id IN {members} AND list <> 'articles'"
    ).fetchall()]
    bounds = _last_rows(con)
    cache: dict[int, dict[str, tuple]] = {}

    def render_for(name: str):  # noqa: ANN202
        def render(rowids: Sequence[int]) -> dict[int, tuple]:
            missing = [r for r in rowids if r not in cache]
            cache.update(_cluster_rows(con, missing))
            return {r: cache[r][name] for r in rowids if r in cache}
        return render

    for name in CLUSTER_LISTS:
        if name not in state:
            continue
        if name == "quotes":
            candidates = [(r[0], r[1], *r[2:7]) for r in rows if r[2]]
        else:
            candidates = [(r[0], r[1], *r[7:12]) for r in rows
                          if name == "claims" or r[12]]
        _apply(con, name, sorted(set(ids) | set(gone)), candidates, state[name][0],
               bounds.get(name), render_for(name))
    if quoted_before is not None and "quotes" in state:
        delta = sum(1 for r in rows if r[2]) - quoted_before
        if delta:
            con.execute(f"UPDATE front_state SET total = total + {int(delta)} "
                        "WHERE list = 'quotes' AND total IS NOT NULL")


def touch_articles(con: duckdb.DuckDBPyConnection, seqs: Iterable[int]) -> None:
    """Bring the articles list's front up to date after these articles were added or
    changed (a sighting, a regrouped story)."""
    seqs = sorted({int(s) for s in seqs})
    state = _state(con)
    if "articles" not in state or not seqs:
        return
    listed = ", ".join(map(str, seqs))
    candidates = con.execute(f"SELECT rowid, seq, {_ARTICLE_KEYS} FROM articles "
                             f"WHERE seq IN ({listed})").fetchall()
    by_rowid = {c[0]: c[1] for c in candidates}

    def render(rowids: Sequence[int]) -> dict[int, tuple]:
        shown = _article_rows(con, [by_rowid[r] for r in rowids])
        return {r: shown[by_rowid[r]] for r in rowids if by_rowid[r] in shown}

    _apply(con, "articles", seqs, candidates, state["articles"][0],
           _last_rows(con).get("articles"), render)


def touch_groups(con: duckdb.DuckDBPyConnection, groups: Iterable[int]) -> None:
    """The articles of the front whose story group was `groups` (regrouped: their first
    report may have changed) shown again."""
    groups = sorted({int(g) for g in groups})
    if not groups or "articles" not in _state(con):
        return
    seqs = [r[0] for r in con.execute(
        "SELECT id FROM fronts WHERE list = 'articles' AND list_has_any(depends, $g)",
        {"g": groups}).fetchall()]
    touch_articles(con, seqs)


def touch_sources(con: duckdb.DuckDBPyConnection, members: str | None) -> None:
    """Front rows naming a source of `members` (an id_set; None: all) whose name changed,
    and claims whose list of source names changed (stats.rename_in_claims' table), shown
    again."""
    state = _state(con)
    if not state:
        return
    if members is None:
        refill(con, CLUSTER_LISTS)
        return
    held = con.execute("SELECT DISTINCT id, depends FROM fronts WHERE list <> 'articles'"
                       ).fetchall()
    named = {s for _, depends in held for s in depends or ()}
    mentioned = [r[0] for r in con.execute(
        f"SELECT x FROM (SELECT unnest($ids) AS x) WHERE x IN {members}",
        {"ids": sorted(named)}).fetchall()] if named else []
    stale: set[int] = set()
    if con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = "
                   "'_renamed_sources' AND temporary").fetchall()[0][0] and con.execute(
            "SELECT count(*) FROM _renamed_sources").fetchall()[0][0]:
        # claims whose list of names rename_in_claims set again
        front_ids = {cluster for cluster, _ in held}
        stale |= {r[0] for r in con.execute("SELECT cluster FROM _renamed_claims").fetchall()
                  if r[0] in front_ids}
    if mentioned:  # rows whose shown members name a source named again: compared
        names, absent = _source_names(con, mentioned), object()
        ids = sorted({c for c, depends in held if set(depends or ()) & set(mentioned)})
        for cluster, depends, shown in con.execute(
                "SELECT id, depends, shown FROM fronts WHERE list <> 'articles' AND "
                "id = ANY($ids)", {"ids": ids}).fetchall():
            kept = names_of(json.loads(shown)[-1])
            if any(names.get(s, absent) != kept.get(s, absent)
                   for s in set(depends or ()) & set(mentioned)):
                stale.add(cluster)
    if stale:
        listed = ", ".join(str(int(c)) for c in sorted(stale))
        touch_clusters(con, f"({listed})")
