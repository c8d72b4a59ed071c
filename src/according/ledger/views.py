"""The ledger's lists, each one page of a DuckDB query over the merge tables.

Nothing here recomputes a merge: sources, clusters, figure groups and series are summed up
in source_stats, cluster_stats, group_stats and series_stats (stats.py, kept current by
every write, merge.py), and a page reads at most `limit` summary rows plus the members
shown for them (capped, model.MEMBERS_SHOWN).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import duckdb

from according.ledger.derive import outlet_key
from according.ledger.figures import counted_words
from according.ledger.minhash import hash64
from according.ledger.model import (
    MEMBERS_IN_LIST,
    MEMBERS_SHOWN,
    Appearance,
    ArticleSummary,
    Claim,
    CountedThing,
    Disagreement,
    ErrorRow,
    Figure,
    FigureSeries,
    Page,
    QuoteCluster,
    SearchResults,
    SourceCluster,
)
from according.ledger.stats import CLASH_SQL

_ISO = "'%Y-%m-%dT%H:%M:%S+00:00'"


def _ids(values: Sequence[int]) -> str:
    return ",".join(str(int(v)) for v in values) or "NULL"


def _like(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# -- articles -------------------------------------------------------------------------------

_ARTICLE_FILTER = """
FROM articles a
WHERE ($outlet IS NULL OR a.id IN (SELECT article_id FROM appearances
                                   WHERE outlet_key = $outlet OR outlet = $raw))
  AND ($since IS NULL OR a.published >= TRY_CAST($since AS TIMESTAMPTZ))
  AND ($until IS NULL OR a.published <= TRY_CAST($until AS TIMESTAMPTZ))
  AND ($query IS NULL OR a.headline ILIKE $query ESCAPE '\\')
"""


def articles(con: duckdb.DuckDBPyConnection, outlet: str | None, since: str | None,
             until: str | None, query: str | None, limit: int, offset: int
             ) -> Page[ArticleSummary]:
    """Articles newest first (module doc of Ledger.articles)."""
    params = {"outlet": outlet_key(outlet), "raw": outlet, "since": _day_start(since),
              "until": _day_end(until), "query": _like(query)}
    total = con.execute("SELECT count(*) " + _ARTICLE_FILTER, params).fetchall()[0][0]
    rows = con.execute(
        f"SELECT a.seq {_ARTICLE_FILTER} ORDER BY a.published DESC NULLS LAST, a.seq DESC "
        "LIMIT $limit OFFSET $offset", {**params, "limit": limit, "offset": offset}
    ).fetchall()
    summaries = article_summaries(con, [r[0] for r in rows])
    return Page(tuple(summaries[r[0]] for r in rows), total, limit, offset)


def _day_start(value: str | None) -> str | None:
    return value if value is None or "T" in value or " " in value else value + "T00:00:00Z"


def _day_end(value: str | None) -> str | None:
    return value if value is None or "T" in value or " " in value else value + "T23:59:59.999Z"


def article_summaries(con: duckdb.DuckDBPyConnection, seqs: Sequence[int]
                      ) -> dict[int, ArticleSummary]:
    """seq -> ArticleSummary for these articles (with their group's first report)."""
    if not seqs:
        return {}
    rows = con.execute(f"""
        SELECT a.seq, a.id, strftime(a.published, {_ISO}), a.outlet, a.headline, a.url,
               a.n_attributions, a.n_quantities, g.id, len(a.wire) > 0,
               (SELECT list(DISTINCT p.outlet_key ORDER BY p.outlet_key) FROM appearances p
                WHERE p.article_id = a.id AND p.outlet_key IS NOT NULL)
        FROM articles a LEFT JOIN articles g ON g.seq = a.group_seq
        WHERE a.seq IN ({_ids(seqs)})""").fetchall()
    return {r[0]: ArticleSummary(r[1], r[2], r[3], r[4], r[5], r[0], r[6] or 0, r[7] or 0,
                                 r[8] or r[1], tuple(r[10] or ()), bool(r[9]))
            for r in rows}


# -- appearances ----------------------------------------------------------------------------

_MEMBER_COLUMNS = """a.ref, a.seq, a.article_id, a.attribution_id, a.kind, a.content_text,
    a.source_id, a.source_key, a.source_kind"""


def appearances(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple]) -> list[Appearance]:
    """Appearances of attribution rows selected with _MEMBER_COLUMNS, in the same order."""
    if not rows:
        return []
    info = con.execute(f"""
        SELECT a.seq, a.outlet, strftime(a.published, {_ISO}), a.headline, g.id
        FROM articles a LEFT JOIN articles g ON g.seq = a.group_seq
        WHERE a.seq IN ({_ids({r[1] for r in rows})})""").fetchall()
    article = {r[0]: r[1:] for r in info}
    names = dict(con.execute(
        f"SELECT source_id, name FROM source_stats WHERE source_id IN "
        f"({_ids({r[6] for r in rows if r[6] is not None})})").fetchall())
    out = []
    for _, seq, aid, atid, kind, text, sid, key, stype in rows:
        outlet, published, headline, original = article.get(seq, (None, None, None, None))
        out.append(Appearance(aid, atid, kind, text or "", names.get(sid, "(no source)"),
                              key or "", stype or "unspecified", outlet, published, seq,
                              headline, original or aid))
    return out


def appearances_of(con: duckdb.DuckDBPyConnection, refs: Sequence[int]) -> dict[int, Appearance]:
    """ref -> Appearance for attribution refs (a page's samples)."""
    if not refs:
        return {}
    rows = con.execute(f"SELECT {_MEMBER_COLUMNS} FROM attributions a "
                       f"WHERE a.ref IN ({_ids(sorted(set(refs)))})").fetchall()
    return {r[0]: a for r, a in zip(rows, appearances(con, rows), strict=True)}


def _members(con: duckdb.DuckDBPyConnection, column: str, ids: Sequence[int], per_id: int,
             *, quotes_only: bool = False, offset: int = 0) -> dict[int, list[Appearance]]:
    """Up to `per_id` members of each id (of `column`), first appearance first."""
    if not ids:
        return {}
    rows = con.execute(f"""
        SELECT {_MEMBER_COLUMNS}, a.{column} AS owner FROM attributions a
        JOIN articles ar ON ar.seq = a.seq
        WHERE a.{column} IN ({_ids(ids)}) {"AND a.quote" if quotes_only else ""}
        QUALIFY row_number() OVER (PARTITION BY a.{column} ORDER BY
                ar.published NULLS LAST, a.seq, a.ref) BETWEEN {offset + 1}
                AND {offset + per_id}
        ORDER BY owner, ar.published NULLS LAST, a.seq, a.ref""").fetchall()
    found = appearances(con, [r[:-1] for r in rows])
    out: dict[int, list[Appearance]] = defaultdict(list)
    for r, appearance in zip(rows, found, strict=True):
        out[r[-1]].append(appearance)
    return out


# -- sources --------------------------------------------------------------------------------

_SOURCE_COLUMNS = ("source_id, key, name, type, named, n_attributions, n_articles, forms, "
                   "sample")


def sources(con: duckdb.DuckDBPyConnection, query: str | None, limit: int, offset: int,
            per_item: int = MEMBERS_IN_LIST) -> Page[SourceCluster]:
    """Sources most cited first; `query` keeps names or surface forms containing it."""
    where = ("WHERE name ILIKE $q ESCAPE '\\' OR len(list_filter(forms, lambda f: f ILIKE $q "
             "ESCAPE '\\')) > 0") if _like(query) else ""
    params = {"q": _like(query)} if where else {}
    total = con.execute(f"SELECT count(*) FROM source_stats {where}", params).fetchall()[0][0]
    rows = con.execute(
        f"SELECT {_SOURCE_COLUMNS} FROM source_stats {where} "
        "ORDER BY n_attributions DESC, name, key LIMIT $limit OFFSET $offset",
        {**params, "limit": limit, "offset": offset}).fetchall()
    return Page(tuple(_source_clusters(con, rows, per_item)), total, limit, offset)


def _source_clusters(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple], per_item: int
                     ) -> list[SourceCluster]:
    found = appearances_of(con, [ref for r in rows for ref in (r[8] or ())[:per_item]])
    out = []
    for _, key, name, type_, named, n_attr, n_art, forms, sample in rows:
        shown = [found[ref] for ref in (sample or ())[:per_item] if ref in found]
        outlets = tuple(dict.fromkeys(outlet_key(a.outlet) for a in shown if a.outlet))
        out.append(SourceCluster(key, name, type_ or "unspecified", tuple(forms or ()),
                                 tuple((a.article_id, a.attribution_id) for a in shown),
                                 n_attr, n_art, tuple(o for o in outlets if o), bool(named)))
    return out


def source(con: duckdb.DuckDBPyConnection, key: str) -> SourceCluster:
    rows = con.execute(f"SELECT {_SOURCE_COLUMNS} FROM source_stats WHERE source_id = ?",
                       [hash64(key)]).fetchall()
    if not rows:
        raise KeyError(f"no source with key {key!r}")
    return _source_clusters(con, rows, MEMBERS_SHOWN)[0]


def source_attributions(con: duckdb.DuckDBPyConnection, key: str, limit: int, offset: int
                        ) -> Page[Appearance]:
    sid = hash64(key)
    total = con.execute("SELECT coalesce(max(n_attributions), 0) FROM source_stats "
                        "WHERE source_id = ?", [sid]).fetchall()[0][0]
    refs = [r[0] for r in con.execute(
        "SELECT ref FROM attributions WHERE source_id = ? ORDER BY ref LIMIT ? OFFSET ?",
        [sid, limit, offset]).fetchall()]
    found = appearances_of(con, refs)
    return Page(tuple(found[r] for r in refs if r in found), total, limit, offset)


# -- quotes and claims ----------------------------------------------------------------------

_QUOTE_ORDER = ("n_quotes DESC, quote_first_published NULLS LAST, quote_first_seq, "
                "first_quote_ref")
_CLAIM_ORDER = "n_sources DESC, n_outlets DESC, first_published NULLS LAST, first_seq, first_ref"
FLAGGED_SQL = "(n_sources <= 1 OR n_named = 0 OR wire_only)"


def quotes(con: duckdb.DuckDBPyConnection, by: str | None, limit: int, offset: int,
           per_item: int = MEMBERS_IN_LIST) -> Page[QuoteCluster]:
    """Quote clusters most repeated first; `by` keeps those with a quote by a source whose
    name or surface form contains it."""
    where = "WHERE n_quotes > 0"
    if _like(by):
        sources_found = [r[0] for r in con.execute(
            "SELECT source_id FROM source_stats WHERE name ILIKE $q ESCAPE '\\' OR "
            "len(list_filter(forms, lambda f: f ILIKE $q ESCAPE '\\')) > 0",
            {"q": _like(by)}).fetchall()]
        where += (" AND cluster IN (SELECT cluster FROM attributions WHERE quote AND "
                  f"source_id IN ({_ids(sources_found)}))")
    total = con.execute(f"SELECT count(*) FROM cluster_stats {where}").fetchall()[0][0]
    rows = con.execute(f"SELECT cluster, quote_text, n_quotes, quote_sample FROM cluster_stats "
                       f"{where} ORDER BY {_QUOTE_ORDER} LIMIT ? OFFSET ?",
                       [limit, offset]).fetchall()
    return Page(tuple(_quote_clusters(con, rows, per_item)), total, limit, offset)


def _quote_clusters(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple], per_item: int
                    ) -> list[QuoteCluster]:
    found = appearances_of(con, [ref for r in rows for ref in (r[3] or ())[:per_item + 1]])
    out = []
    for cluster, text, n_quotes, sample in rows:
        shown = [found[ref] for ref in (sample or ())[:per_item + 1] if ref in found]
        if shown:
            out.append(QuoteCluster(text or shown[0].text, shown[0], tuple(shown[1:]),
                                    n_quotes - 1, cluster))
    return out


def claims(con: duckdb.DuckDBPyConnection, flagged: bool, limit: int, offset: int,
           per_item: int = MEMBERS_IN_LIST) -> Page[Claim]:
    """Claims with the most independent sources first; `flagged` keeps single-sourced,
    anonymous-only and wire-only ones."""
    where = f"WHERE {FLAGGED_SQL}" if flagged else ""
    total = con.execute(f"SELECT count(*) FROM cluster_stats {where}").fetchall()[0][0]
    rows = con.execute(
        "SELECT cluster, text, sources, outlets, n_sources, n_outlets, n_named, n_reports, "
        f"wire_only, n_members, sample FROM cluster_stats {where} ORDER BY {_CLAIM_ORDER} "
        "LIMIT ? OFFSET ?", [limit, offset]).fetchall()
    found = appearances_of(con, [ref for r in rows for ref in (r[10] or ())[:per_item]])
    items = tuple(
        Claim(text or "", tuple(found[ref] for ref in (sample or ())[:per_item] if ref in found),
              tuple(srcs or ()), tuple(outs or ()), n_src, n_out, n_src <= 1, n_named == 0,
              n_rep, bool(wire), n_members, c)
        for c, text, srcs, outs, n_src, n_out, n_named, n_rep, wire, n_members, sample in rows)
    return Page(items, total, limit, offset)


def cluster_appearances(con: duckdb.DuckDBPyConnection, cluster: int, limit: int,
                        offset: int) -> Page[Appearance]:
    total = con.execute("SELECT coalesce(max(n_members), 0) FROM cluster_stats "
                        "WHERE cluster = ?", [cluster]).fetchall()[0][0]
    found = _members(con, "cluster", [cluster], limit, offset=offset).get(cluster, [])
    return Page(tuple(found), total, limit, offset)


# -- figures --------------------------------------------------------------------------------

_FIGURE_SELECT = f"""
SELECT q.ref, q.article_id, q.quantity_id, q.text, q.value, q.low, q.high, q.hedge, q.counted,
       q.unit, q.series_key, q.day, strftime(ar.published, {_ISO}), ar.outlet,
       q.attribution_id, q.as_of, q.as_of_from, q.place, q.series_id, q.seq,
       coalesce({CLASH_SQL.format(q="q")}, false) AS clash,
       g.lo1_ref, g.lo1_seq, g.lo2_ref, g.hi1_ref, g.hi1_seq, g.hi2_ref, q.lo, q.hi, q.lo_open
FROM quantities q JOIN articles ar ON ar.seq = q.seq
LEFT JOIN group_stats g USING (group_id)
"""
_FIGURE_ORDER = "q.day NULLS LAST, ar.published NULLS LAST, q.seq, q.ref"


def _place_filter(place: str | None) -> str:
    return "AND q.place ILIKE $place ESCAPE '\\'" if _like(place) else ""


def figures(con: duckdb.DuckDBPyConnection, counted: str | None, place: str | None,
            limit: int, offset: int, per_item: int = MEMBERS_IN_LIST) -> Page[FigureSeries]:
    """Series most reported first; `counted` keeps series whose counted words include its
    words, `place` figures placed where the text says."""
    conditions, params = [], {}
    if counted is not None:
        wanted = sorted(counted_words(counted))
        if not wanted:
            return Page((), 0, limit, offset)
        conditions.append("list_has_all(words, $words)")
        params["words"] = wanted
    if _like(place):
        conditions.append("series_id IN (SELECT series_id FROM quantities q WHERE true "
                          f"{_place_filter(place)})")
        params["place"] = _like(place)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    total = con.execute(f"SELECT count(*) FROM series_stats {where}", params).fetchall()[0][0]
    rows = con.execute(
        f"SELECT series_id, key, label FROM series_stats {where} "
        "ORDER BY n_figures DESC, key LIMIT $limit OFFSET $offset",
        {**params, "limit": limit, "offset": offset}).fetchall()
    if _like(place):
        shown = _series_figures(con, [r[0] for r in rows], place, per_item, latest=True)
    else:
        samples = dict(con.execute(
            f"SELECT series_id, [s.ref FOR s IN sample][1:{per_item}] FROM series_stats "
            f"WHERE series_id IN ({_ids([r[0] for r in rows])})").fetchall()) if rows else {}
        shown = _figures_of_refs(con, samples)
    counts = _series_counts(con, [r[0] for r in rows], place)
    items = tuple(FigureSeries(key, tuple(shown[sid][0]), tuple(shown[sid][1]), label or key,
                               counts.get(sid, 0))
                  for sid, key, label in rows if shown.get(sid))
    return Page(items, total, limit, offset)


def _series_counts(con: duckdb.DuckDBPyConnection, ids: Sequence[int], place: str | None
                   ) -> dict[int, int]:
    if not ids:
        return {}
    if not _like(place):
        return dict(con.execute(f"SELECT series_id, n_figures FROM series_stats "
                                f"WHERE series_id IN ({_ids(ids)})").fetchall())
    return dict(con.execute(
        f"SELECT series_id, count(*) FROM quantities q WHERE series_id IN ({_ids(ids)}) "
        f"{_place_filter(place)} GROUP BY ALL", {"place": _like(place)}).fetchall())


def series_figures(con: duckdb.DuckDBPyConnection, key: str, place: str | None, limit: int,
                   offset: int) -> Page[Figure]:
    sid = hash64(key)
    total = _series_counts(con, [sid], place).get(sid, 0)
    shown = _series_figures(con, [sid], place, limit, offset=offset)
    return Page(tuple(shown[sid][0]) if sid in shown else (), total, limit, offset)


def _series_figures(con: duckdb.DuckDBPyConnection, ids: Sequence[int], place: str | None,
                    per_id: int, *, latest: bool = False, offset: int = 0
                    ) -> dict[int, tuple[list[Figure], list[Disagreement]]]:
    """The figures of each series shown on a page (`latest`: the last `per_id` by day, in
    day order) with the disagreements they are part of."""
    if not ids:
        return {}
    order = "q.day DESC NULLS FIRST, ar.published DESC NULLS FIRST, q.seq DESC, q.ref DESC" \
        if latest else _FIGURE_ORDER
    params = {"place": _like(place)} if _like(place) else {}
    rows = con.execute(
        f"{_FIGURE_SELECT} WHERE q.series_id IN ({_ids(ids)}) {_place_filter(place)} "
        f"QUALIFY row_number() OVER (PARTITION BY q.series_id ORDER BY {order}) "
        f"BETWEEN {offset + 1} AND {offset + per_id} ORDER BY q.series_id, {_FIGURE_ORDER}",
        params).fetchall()
    return _with_disagreements(con, rows)


def _with_disagreements(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple]
                        ) -> dict[int, tuple[list[Figure], list[Disagreement]]]:
    """series id -> (its figures among `rows`, the disagreements they are part of)."""
    figures_by_ref = _figure_objects(con, rows)
    partners = _partners(con, rows, figures_by_ref)
    out: dict[int, tuple[list[Figure], list[Disagreement]]] = {}
    for r in rows:
        figs, clashes = out.setdefault(r[18], ([], []))
        figs.append(figures_by_ref[r[0]])
    for sid, (figs, clashes) in out.items():
        seen = set()
        for a, b, within in partners:
            if a.key != figs[0].key:
                continue
            pair = frozenset({(a.article_id, a.quantity_id), (b.article_id, b.quantity_id)})
            if pair not in seen:
                seen.add(pair)
                clashes.append(Disagreement(a, b, f"{_describe(a)} vs {_describe(b)}", within))
        out[sid] = (figs, clashes[:MEMBERS_SHOWN])
    return out


def _figures_of_refs(con: duckdb.DuckDBPyConnection, refs_of: dict[int, list[int]]
                     ) -> dict[int, tuple[list[Figure], list[Disagreement]]]:
    """Like _series_figures, for given figure refs of each series (their samples)."""
    refs = [r for rs in refs_of.values() for r in rs or ()]
    if not refs:
        return {}
    rows = con.execute(f"{_FIGURE_SELECT} WHERE q.ref IN ({_ids(refs)}) "
                       f"ORDER BY q.series_id, {_FIGURE_ORDER}").fetchall()
    return _with_disagreements(con, rows)


def _figure_objects(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple]) -> dict[int, Figure]:
    """ref -> Figure for figure rows of _FIGURE_SELECT, with their sources' names."""
    wanted = {(r[19], r[14]) for r in rows if r[14]}
    names: dict[tuple[int, str], str] = {}
    if wanted:
        for seq, atid, name in con.execute(
                f"SELECT a.seq, a.attribution_id, s.name FROM attributions a "
                f"LEFT JOIN source_stats s USING (source_id) "
                f"WHERE a.seq IN ({_ids({s for s, _ in wanted})})").fetchall():
            if (seq, atid) in wanted:
                names[(seq, atid)] = name
    labels = dict(con.execute(
        f"SELECT series_id, label FROM series_stats WHERE series_id IN "
        f"({_ids({r[18] for r in rows})})").fetchall()) if rows else {}
    return {r[0]: Figure(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                         r[12], r[13], names.get((r[19], r[14])) if r[14] else None,
                         r[15], r[16], r[17], labels.get(r[18]))
            for r in rows}


def _partners(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple],
              shown: dict[int, Figure]) -> list[tuple[Figure, Figure, bool]]:
    """(figure, the figure it clashes with, within one article) for the shown figures: the
    other article's extreme bound it breaks, and its article's clashing figures."""
    candidates: list[tuple[tuple, list[int]]] = []
    for r in rows:
        if r[20]:
            lo1_ref, lo1_seq, lo2_ref, hi1_ref, hi1_seq, hi2_ref = r[21:27]
            candidates.append((r, [lo1_ref if lo1_seq != r[19] else lo2_ref,
                                   hi1_ref if hi1_seq != r[19] else hi2_ref]))
    wanted = {ref for _, refs in candidates for ref in refs if ref is not None}
    bounds = {ref: (lo, hi, lo_open) for ref, lo, hi, lo_open in con.execute(
        f"SELECT ref, lo, hi, lo_open FROM quantities WHERE ref IN ({_ids(wanted)})"
    ).fetchall()} if wanted else {}
    pairs: list[tuple[int, int, bool]] = []
    for r, refs in candidates:
        lo, hi, lo_open = r[27], r[28], r[29]
        for other in refs:
            if other is None or other not in bounds:
                continue
            olo, ohi, oopen = bounds[other]
            if hi < olo or (hi == olo and oopen) or ohi < lo or (ohi == lo and lo_open):
                pairs.append((r[0], other, False))
                break
    refs = [r[0] for r in rows]
    if refs:
        for a, b in con.execute(
                f"SELECT ref_a, ref_b FROM figure_clashes WHERE ref_a IN ({_ids(refs)}) "
                f"OR ref_b IN ({_ids(refs)})").fetchall():
            pairs.append((a, b, True))
    missing = {x for a, b, _ in pairs for x in (a, b) if x not in shown}
    if missing:
        extra = con.execute(f"{_FIGURE_SELECT} WHERE q.ref IN ({_ids(missing)})").fetchall()
        shown = {**shown, **_figure_objects(con, extra)}
    return [(shown[a], shown[b], w) for a, b, w in pairs if a in shown and b in shown]


def _describe(f: Figure) -> str:
    who = f" ({f.source})" if f.source else ""
    return f"{f.text!r}{who} on {f.day}"


def counted_things(con: duckdb.DuckDBPyConnection, limit: int, offset: int
                   ) -> Page[CountedThing]:
    total = con.execute("SELECT count(*) FROM series_stats").fetchall()[0][0]
    rows = con.execute(
        "SELECT key, label, unit, n_figures, n_articles, n_disagreements FROM series_stats "
        "ORDER BY n_figures DESC, key LIMIT ? OFFSET ?", [limit, offset]).fetchall()
    return Page(tuple(CountedThing(*r) for r in rows), total, limit, offset)


# -- errors and search ----------------------------------------------------------------------


def errors(con: duckdb.DuckDBPyConnection, limit: int, offset: int) -> Page[ErrorRow]:
    total = con.execute("SELECT count(*) FROM errors").fetchall()[0][0]
    rows = con.execute(
        f"SELECT input, reason, strftime(time, {_ISO}) FROM errors "
        "ORDER BY time, input LIMIT ? OFFSET ?", [limit, offset]).fetchall()
    return Page(tuple(ErrorRow(*row) for row in rows), total, limit, offset)


def search(con: duckdb.DuckDBPyConnection, text: str, limit: int) -> SearchResults:
    """Headlines, quotes and sources containing `text`, one page of each."""
    like = _like(text)
    if like is None:
        return SearchResults(text)
    total = con.execute("SELECT count(*) FROM cluster_stats WHERE n_quotes > 0 AND "
                        "quote_text ILIKE ? ESCAPE '\\'", [like]).fetchall()[0][0]
    rows = con.execute(f"SELECT cluster, quote_text, n_quotes, quote_sample FROM cluster_stats "
                       f"WHERE n_quotes > 0 AND quote_text ILIKE ? ESCAPE '\\' "
                       f"ORDER BY {_QUOTE_ORDER} LIMIT ?", [like, limit]).fetchall()
    found = Page(tuple(_quote_clusters(con, rows, MEMBERS_IN_LIST)), total, limit, 0)
    return SearchResults(text, articles(con, None, None, None, text, limit, 0), found,
                         sources(con, text, limit, 0))
