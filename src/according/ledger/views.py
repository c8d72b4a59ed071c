"""Cross-article views over a ledger connection: sources, quotes, figures, claims.

Rows come out of DuckDB; merging and clustering are the pure functions of names.py,
quotes.py and figures.py. Each view is computed from the whole ledger when asked, reading
merged sources and content clusters from the cache (cache.py) when it is current.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from according.ledger.cache import is_current, ledger_stamp, load_views, save_views
from according.ledger.figures import Figure, FigureSeries, build_series, counted_key
from according.ledger.figures import matches_counted as _matches_counted
from according.ledger.model import (
    Appearance,
    ArticleSummary,
    Claim,
    CountedThing,
    ErrorRow,
    Page,
    QuoteCluster,
    SearchResults,
)
from according.ledger.names import SourceCluster, SourceMention, merge_sources, name_rules
from according.ledger.names import normalise_org as _normalise_org
from according.ledger.quotes import cluster_texts

QUOTE_KINDS = ("direct", "mixed")
NAMED_TYPES = frozenset({"person", "organization", "outlet", "group", "document"})

_ATTRIBUTION_SQL = """
SELECT a.article_id, a.attribution_id, a.kind, coalesce(a.source_text, e.name, '') AS surface,
       coalesce(e.name, a.source_text, '') AS name,
       CASE WHEN a.source_type = 'unspecified' AND e.type IS NOT NULL THEN e.type
            ELSE a.source_type END AS type,
       e.title, a.content_text, ar.outlet,
       strftime(ar.published, '%Y-%m-%dT%H:%M:%S+00:00') AS published, ar.seq,
       a.content_start, a.source_entity IS NULL AS unlinked
FROM attributions a JOIN articles ar ON ar.id = a.article_id
LEFT JOIN entities e ON e.article_id = a.article_id AND e.entity_id = a.source_entity
ORDER BY ar.seq, a.content_start, a.attribution_id
"""
_ORG_NAMES_SQL = """
SELECT article_id, list(DISTINCT name) FROM (
    SELECT article_id, name FROM entities WHERE type IN ('organization', 'outlet', 'group')
    UNION ALL SELECT id, outlet FROM articles WHERE outlet IS NOT NULL)
GROUP BY article_id
"""
_PEOPLE_SQL = """
SELECT article_id, list(DISTINCT name) FROM entities WHERE type = 'person' GROUP BY article_id
"""
# every outlet an article's text was seen under (its own, and later sightings' outlets)
_SEEN_OUTLETS_SQL = """
SELECT article_id, list(DISTINCT outlet) FROM appearances WHERE outlet IS NOT NULL
GROUP BY article_id
"""


@dataclass(frozen=True)
class _Corpus:
    """Every attribution as an Appearance, merged sources, and content cluster labels."""

    items: list[Appearance]
    clusters: list[SourceCluster]
    label_of: dict[tuple[str, str], int]  # (article_id, attribution_id) -> content cluster


def _merged(
    con: duckdb.DuckDBPyConnection, rows: list[tuple]
) -> tuple[list[SourceCluster], dict[tuple[str, str], int]]:
    """Merged sources and content cluster labels of the attribution rows, computed live."""
    org_names = dict(con.execute(_ORG_NAMES_SQL).fetchall())
    people = dict(con.execute(_PEOPLE_SQL).fetchall())
    mentions = [
        SourceMention(r[0], r[1], r[3], r[4] or r[3], r[5], r[6],
                      tuple(org_names.get(r[0], ())), tuple(people.get(r[0], ()) if r[12] else ()))
        for r in rows
    ]
    worded = [r for r in rows if (r[7] or "").strip()]
    labels = cluster_texts([r[7] for r in worded])
    label_of = {(r[0], r[1]): label for r, label in zip(worded, labels, strict=True)}
    return merge_sources(mentions, label_of), label_of


def refresh_views(con: duckdb.DuckDBPyConnection) -> None:
    """Compute merged sources and content clusters and store them as the current cache."""
    stamp = ledger_stamp(con)
    if stamp is not None and not is_current(con, stamp):
        save_views(con, stamp, *_merged(con, con.execute(_ATTRIBUTION_SQL).fetchall()))


def _corpus(con: duckdb.DuckDBPyConnection) -> _Corpus:
    rows = con.execute(_ATTRIBUTION_SQL).fetchall()
    cached = load_views(con, ledger_stamp(con))
    clusters, label_of = cached if cached is not None else _merged(con, rows)
    key_of = {m: c for c in clusters for m in c.mentions}
    out = []
    for r in rows:
        cluster = key_of[(r[0], r[1])]
        out.append(Appearance(
            article_id=r[0], attribution_id=r[1], kind=r[2], text=r[7] or "",
            source=cluster.name or "(no source)", source_key=cluster.key, source_type=r[5],
            outlet=r[8], published=r[9], seq=r[10],
        ))
    return _Corpus(out, clusters, label_of)


def _appearances(con: duckdb.DuckDBPyConnection) -> tuple[list[Appearance], list[SourceCluster]]:
    corpus = _corpus(con)
    return corpus.items, corpus.clusters


def all_sources(con: duckdb.DuckDBPyConnection) -> list[SourceCluster]:
    """Every source, merged across articles (see names.py for the rule), most cited first."""
    return _appearances(con)[1]


def _order(a: Appearance) -> tuple:
    # first appearance: by publication time when known, else by ingest order
    return (a.published is None, a.published or "", a.seq, a.attribution_id)


def _groups(items: Sequence[Appearance]) -> list[list[Appearance]]:
    labels = cluster_texts([a.text for a in items])
    groups: dict[int, list[Appearance]] = defaultdict(list)
    for label, item in zip(labels, items, strict=True):
        groups[label].append(item)
    return [sorted(g, key=_order) for g in groups.values()]


def _matches_source(group: Sequence[Appearance], name: str, clusters: dict) -> bool:
    wanted = name.lower()
    for a in group:
        cluster = clusters[a.source_key]
        if any(wanted in form.lower() for form in (cluster.name, *cluster.surface_forms)):
            return True
    return False


def all_quotes(con: duckdb.DuckDBPyConnection, by: str | None = None) -> list[QuoteCluster]:
    """Direct and mixed quotes clustered across articles; `by` keeps a source's quotes."""
    items, clusters = _appearances(con)
    by_key = {c.key: c for c in clusters}
    groups = _groups([a for a in items if a.kind in QUOTE_KINDS and a.text.strip()])
    if by:
        groups = [g for g in groups if _matches_source(g, by, by_key)]
    out = [QuoteCluster(max((a.text for a in g), key=len), g[0], tuple(g[1:])) for g in groups]
    out.sort(key=lambda q: (-len(q.repeats), _order(q.first)))
    return out


def _outlet_key(outlet: str | None) -> str | None:
    """The outlet's canonical name (WaPo -> The Washington Post); None when unknown."""
    if not outlet:
        return None
    return name_rules()["outlet_of"].get(_normalise_org(outlet), outlet)


def _seen_outlets(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    has_table = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'appearances'"
    ).fetchone()[0]
    return dict(con.execute(_SEEN_OUTLETS_SQL).fetchall()) if has_table else {}


def all_claims(con: duckdb.DuckDBPyConnection) -> list[Claim]:
    """Every attributed content grouped across articles, with its independent sources and
    outlets; single-sourced and anonymous-only claims are flagged. Outlets are those of
    every sighting of the articles: an article whose outlet is not known counts none; a
    named outlet missing from data/outlets.json counts under its own name."""
    corpus = _corpus(con)
    seen = _seen_outlets(con)
    groups: dict[int, list[Appearance]] = defaultdict(list)
    for a in corpus.items:
        label = corpus.label_of.get((a.article_id, a.attribution_id))
        if label is not None:
            groups[label].append(a)
    out = []
    for group in (sorted(g, key=_order) for g in groups.values()):
        named = {a.source_key: a.source for a in group if a.source_type in NAMED_TYPES}
        anonymous = {a.source_key: a.source for a in group if a.source_type not in NAMED_TYPES}
        names = [o for a in group for o in (a.outlet, *seen.get(a.article_id, ()))]
        outlets = tuple(dict.fromkeys(k for k in map(_outlet_key, names) if k))
        n_sources = len(named) + len(anonymous)
        out.append(Claim(
            text=max((a.text for a in group), key=len), appearances=tuple(group),
            sources=tuple(dict.fromkeys([*named.values(), *anonymous.values()])),
            outlets=outlets, n_sources=n_sources, n_outlets=len(outlets),
            single_sourced=n_sources <= 1, anonymous_only=not named,
        ))
    out.sort(key=lambda c: (-c.n_sources, -c.n_outlets, _order(c.appearances[0])))
    return out


_FIGURES_SQL = """
SELECT q.article_id, q.quantity_id, q.text, q.value, q.low, q.high, q.hedge, q.counted, q.unit,
       strftime(ar.published, '%Y-%m-%d') AS day, ar.outlet, q.attribution_id,
       strftime(ar.published, '%Y-%m-%dT%H:%M:%S+00:00') AS published
FROM quantities q JOIN articles ar ON ar.id = q.article_id
WHERE ($place IS NULL OR EXISTS (
    SELECT 1 FROM entities e WHERE e.article_id = q.article_id AND e.type = 'place'
      AND lower(e.name) LIKE '%' || lower($place) || '%'))
ORDER BY ar.seq, q.start
"""


def all_figures(
    con: duckdb.DuckDBPyConnection, counted: str | None = None, place: str | None = None
) -> list[FigureSeries]:
    """Series of figures whose counted words include `counted`'s, in articles naming `place`
    (a place entity containing it); each with its same-day disagreements."""
    items, _ = _appearances(con)
    source_of = {(a.article_id, a.attribution_id): a.source for a in items}
    rows = con.execute(_FIGURES_SQL, {"place": place}).fetchall()
    found = []
    for r in rows:
        fig = Figure(
            article_id=r[0], quantity_id=r[1], text=r[2], value=r[3], low=r[4], high=r[5],
            hedge=r[6], counted=r[7], unit=r[8], key=counted_key(r[7], r[8]), day=r[9],
            published=r[12],
            outlet=r[10], source=source_of.get((r[0], r[11])) if r[11] else None,
        )
        if counted is None or _matches_counted(counted, fig):
            found.append(fig)
    return build_series(found)


# -- paged queries (interim: computed from the lists above, then paged) ---------------------


def _page(items: list, limit: int, offset: int) -> Page:
    return Page(tuple(items[offset:offset + limit]), len(items), limit, offset)


_ARTICLES_SQL = """
SELECT id, strftime(published, '%Y-%m-%dT%H:%M:%S+00:00'), outlet, headline, url, seq,
       n_attributions, n_quantities, count(*) OVER () AS total
FROM articles
WHERE ($outlet IS NULL OR outlet = $outlet OR id IN (
          SELECT article_id FROM appearances WHERE outlet = $outlet))
  AND ($since IS NULL OR published >= TRY_CAST($since AS TIMESTAMPTZ))
  AND ($until IS NULL OR published <= TRY_CAST($until AS TIMESTAMPTZ))
  AND ($query IS NULL OR headline ILIKE '%' || $query || '%')
ORDER BY published DESC NULLS LAST, seq DESC
LIMIT $limit OFFSET $offset
"""


def articles(con: duckdb.DuckDBPyConnection, outlet: str | None, since: str | None,
             until: str | None, query: str | None, limit: int, offset: int) -> Page:
    rows = con.execute(_ARTICLES_SQL, {"outlet": outlet, "since": since, "until": until,
                                       "query": query, "limit": limit,
                                       "offset": offset}).fetchall()
    total = rows[0][-1] if rows else con.execute(
        f"SELECT count(*) FROM ({_ARTICLES_SQL.split('ORDER BY')[0]})",
        {"outlet": outlet, "since": since, "until": until, "query": query}).fetchone()[0]
    items = tuple(ArticleSummary(*r[:8]) for r in rows)
    return Page(items, total, limit, offset)


def sources(con: duckdb.DuckDBPyConnection, query: str | None, limit: int,
            offset: int) -> Page:
    found = all_sources(con)
    if query:
        wanted = query.lower()
        found = [c for c in found
                 if any(wanted in f.lower() for f in (c.name, *c.surface_forms))]
    return _page(found, limit, offset)


def source(con: duckdb.DuckDBPyConnection, key: str) -> SourceCluster:
    for cluster in all_sources(con):
        if cluster.key == key:
            return cluster
    raise KeyError(f"no source with key {key!r}")


def source_attributions(con: duckdb.DuckDBPyConnection, key: str, limit: int,
                        offset: int) -> Page:
    items = sorted((a for a in _corpus(con).items if a.source_key == key), key=_order)
    return _page(items, limit, offset)


def quotes(con: duckdb.DuckDBPyConnection, by: str | None, limit: int, offset: int) -> Page:
    return _page(all_quotes(con, by), limit, offset)


def claims(con: duckdb.DuckDBPyConnection, flagged: bool, limit: int, offset: int) -> Page:
    found = all_claims(con)
    if flagged:
        found = [c for c in found if c.single_sourced or c.anonymous_only or c.wire_only]
    return _page(found, limit, offset)


def cluster_appearances(con: duckdb.DuckDBPyConnection, cluster: int, limit: int,
                        offset: int) -> Page:
    corpus = _corpus(con)
    items = sorted((a for a in corpus.items
                    if corpus.label_of.get((a.article_id, a.attribution_id)) == cluster),
                   key=_order)
    return _page(items, limit, offset)


def figures(con: duckdb.DuckDBPyConnection, counted: str | None, place: str | None,
            limit: int, offset: int) -> Page:
    return _page(all_figures(con, counted, place), limit, offset)


def series_figures(con: duckdb.DuckDBPyConnection, key: str, place: str | None, limit: int,
                   offset: int) -> Page:
    for series in all_figures(con, None, place):
        if series.key == key:
            return _page(list(series.figures), limit, offset)
    return Page((), 0, limit, offset)


def counted_things(con: duckdb.DuckDBPyConnection, limit: int, offset: int) -> Page:
    found = [CountedThing(s.key, s.label, s.figures[0].unit if s.figures else None,
                          len(s.figures), len({f.article_id for f in s.figures}),
                          len(s.disagreements))
             for s in all_figures(con)]
    return _page(found, limit, offset)


def errors(con: duckdb.DuckDBPyConnection, limit: int, offset: int) -> Page:
    total = con.execute("SELECT count(*) FROM errors").fetchone()[0]
    rows = con.execute(
        "SELECT input, reason, strftime(time, '%Y-%m-%dT%H:%M:%S+00:00') FROM errors "
        "ORDER BY time, input LIMIT ? OFFSET ?", [limit, offset]).fetchall()
    return Page(tuple(ErrorRow(*row) for row in rows), total, limit, offset)


def search(con: duckdb.DuckDBPyConnection, text: str, limit: int) -> SearchResults:
    wanted = text.lower()
    quotes_found = [q for q in all_quotes(con) if wanted in q.text.lower()]
    return SearchResults(
        text, articles(con, None, None, None, text, limit, 0),
        _page(quotes_found, limit, 0), sources(con, text, limit, 0))
