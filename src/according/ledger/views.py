"""The ledger's lists, each one page of a DuckDB query over the merge tables.

Nothing here recomputes a merge: sources, clusters, figure groups and series are summed up
in source_stats, cluster_stats, group_stats and series_stats (stats.py, kept current by
every write, merge.py), and a page reads at most `limit` summary rows plus the members
shown for them (capped, model.MEMBERS_SHOWN).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

import duckdb

from according.ledger import disagreements, fronts, words
from according.ledger.derive import outlet_key
from according.ledger.figures import query_words
from according.ledger.minhash import hash64
from according.ledger.model import (
    MEMBERS_IN_LIST,
    MEMBERS_SHOWN,
    SEARCH_COUNT_CAP,
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
    SideValue,
    SourceCluster,
)
from according.ledger.names import is_acronym, normalise_org, org_key_of_norm
from according.ledger.sort_time import shown_sql, shown_time, sort_sql
from according.ledger.stats import (
    FIGURE,
    FIGURE_ORDER,
    FIGURE_SHOWN_FIELDS,
    FLAGGED_SQL,
    LITERAL_IDS,
    SERIES_ORDER,
    SHOWN_FIELDS,
    SOURCE_QUOTE_ORDER,
)

_ISO = "'%Y-%m-%dT%H:%M:%S+00:00'"
# an article's sort time (sort_time.py: a day-only stamp after its day's timed ones), and
# its publication time as the pages show it (a day-only stamp as its day alone)
_SORT_A, _SORT_AR = sort_sql("a"), sort_sql("ar")
_SHOWN = shown_sql(sort_sql())
_SHOWN_15 = f"strftime(published, {_ISO})"


def _article_times(con: duckdb.DuckDBPyConnection) -> tuple[str, str, str]:
    """(sort time of articles row `a`, of `ar`, shown time of an articles row) as SQL; a
    ledger of schema 15 opened read-only (not upgraded) knows no day-only stamps, and its
    stored order columns still sort them as midnight: its times as stored."""
    if _has_column(con, "articles", "published_day_only"):
        return _SORT_A, _SORT_AR, _SHOWN
    return "a.published", "ar.published", _SHOWN_15


def _like(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# a search this short, or an acronym, matches whole words only: "UN" is not the "un" of
# "fund" or "running", nor "NATO" a piece of "DONATOR"
WHOLE_WORD_MAX = 3
# a character that is no letter or digit of the Latin, Greek or Cyrillic scripts: the
# index's words ([\pL\pN]+) as European text writes them, at half the cost of RE2's
# Unicode classes (other scripts' letters count as edges: more matches, never fewer)
_WORD_EDGE = r"[^0-9A-Za-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{24F}\x{370}-\x{3FF}\x{400}-\x{4FF}]"


def whole_word_query(text: str) -> bool:
    """Whether a search for `text` matches whole words only: a query of at most
    WHOLE_WORD_MAX characters, or an acronym ("NATO", "U.N."), holding a letter or digit."""
    word = text.strip()
    return any(c.isalnum() for c in word) and (len(word) <= WHOLE_WORD_MAX or is_acronym(word))


# an acronym of letters, with or without a dot after each: "UN", "U.N.", "U.S", "NATO"
_LETTER_ACRONYM = re.compile(r"[A-Z]{2,8}|(?:[A-Z]\.){1,7}[A-Z]\.?")


def acronym_spellings(text: str) -> tuple[str, ...]:
    """The two ways an acronym of letters is written, plain and dotted ("UN" and "U.N.",
    for "UN" or "U.N."), which a filter for either finds; () for any other text."""
    word = text.strip()
    if not _LETTER_ACRONYM.fullmatch(word):
        return ()
    letters = word.replace(".", "")
    return letters, "".join(f"{c}." for c in letters)


def _whole_word_pattern(text: str) -> str:
    """An RE2 pattern finding `text` between non-word characters (or the text's ends),
    ignoring case as every search does ("KARSA" finds "Karsa"); an acronym of letters in
    either spelling (acronym_spellings: "UN" finds "U.N.", "U.S." finds "US")."""
    spelled = acronym_spellings(text)
    found = r"\.?".join(spelled[0]) + r"\.?" if spelled else re.escape(text.strip())
    return f"(?i)(^|{_WORD_EDGE}){found}({_WORD_EDGE}|$)"


def text_filter(text: str | None) -> tuple[str, bool] | None:
    """($q, whole) of a filter text, as every text filter reads it (search, the articles'
    query, the sources' query, the quotes' `by`): a whole-word pattern
    (_whole_word_pattern) for a short text or an acronym (whole_word_query), else a LIKE
    pattern (_like); None for no text."""
    like = _like(text)
    if like is None or text is None:
        return None
    whole = whole_word_query(text)
    return (_whole_word_pattern(text) if whole else like), whole


def _narrowed(con: duckdb.DuckDBPyConnection, kind: int, table: str, column: str,
              text: str, name: str, whole: bool = False) -> tuple[str, dict]:
    """(" AND rowid = ANY($<name>)", its parameter) keeping the rows of `table` whose
    `column` is one of the ids (of `kind`) whose indexed words may hold `text` (`whole`:
    its words themselves; words.py), or ("", {}) when the index cannot narrow. By row id,
    so that the query's text filter reads those rows only: beside a key filter, DuckDB
    reads every row's text."""
    ids = words.candidates(con, kind, text, whole, acronym_spellings(text) if whole else ())
    if ids is None:
        return "", {}
    rowids = [r[0] for r in con.execute(f"SELECT rowid FROM {table} WHERE {column} = ANY($ids)",
                                        {"ids": ids}).fetchall()] if ids else []
    return f" AND rowid = ANY(${name})", {name: sorted(rowids)}


def _text_match(column: str, whole: bool = False) -> str:
    """SQL testing `column` against $q: a LIKE pattern (_like), or (`whole`) a whole-word
    pattern (_whole_word_pattern)."""
    return f"regexp_matches({column}, $q)" if whole else f"{column} ILIKE $q ESCAPE '\\'"


def _source_match(whole: bool = False) -> str:
    """SQL testing a source's name and forms against $q (as _text_match); a whole-word
    pattern tests the forms joined by line breaks (non-word characters, so each form's
    edges stay word edges): a regular expression inside a lambda costs twice as much."""
    if whole:
        return ("(regexp_matches(name, $q) OR "
                "regexp_matches(array_to_string(forms, chr(10)), $q))")
    return (f"({_text_match('name')} OR len(list_filter(forms, lambda f: "
            f"{_text_match('f')})) > 0)")


def _source_filter(con: duckdb.DuckDBPyConnection,
                   text: str | None) -> tuple[str, dict] | None:
    """(WHERE clause, parameters) of the sources whose name or a form contains `text` (a
    short text or an acronym as whole words: text_filter); None for no text."""
    found = text_filter(text)
    if found is None or text is None:
        return None
    q, whole = found
    narrow, params = _narrowed(con, words.SOURCE, "source_stats", "source_id", text,
                               "source_rows", whole)
    return f"WHERE {_source_match(whole)}{narrow}", {"q": q, **params}


def _matching(con: duckdb.DuckDBPyConnection, key: str, source: str, order: str,
              params: dict, limit: int, offset: int) -> tuple[list, int]:
    """(keys of one page, total) of the rows `source` ("FROM … [WHERE …]") selects: with a
    filter in one pass over them (a text filter reads every row once, not twice for the
    count); without, a count (kept by the table) and the page's top rows."""
    if " WHERE " not in source:
        total = con.execute(f"SELECT count(*) {source}").fetchall()[0][0]
        keys = con.execute(f"SELECT {key} {source} ORDER BY {order} LIMIT $limit OFFSET "
                           "$offset", {**params, "limit": limit, "offset": offset}).fetchall()
        return [r[0] for r in keys], total
    rows = con.execute(f"SELECT {key}, count(*) OVER () {source} ORDER BY {order} "
                       "LIMIT $limit OFFSET $offset",
                       {**params, "limit": limit, "offset": offset}).fetchall()
    if rows or not offset:
        return [r[0] for r in rows], rows[0][1] if rows else 0
    return [], con.execute(f"SELECT count(*) {source}", params).fetchall()[0][0]


def _rows_by_key(con: duckdb.DuckDBPyConnection, table: str, key: str, keys: Sequence,
                 columns: str, where: str = "") -> list[tuple]:
    """`columns` of the rows of `table` whose `key` is one of `keys` (a page's few) [and
    `where` holds], in no order. Two steps: the rows' ids from the key (and `where`)
    columns alone, then the (wide) columns of those rows only; `key = ANY(list)` in one
    query reads every row's wide columns."""
    if not keys:
        return []
    rowids = [r[0] for r in con.execute(f"SELECT rowid FROM {table} WHERE {key} = ANY($keys) "
                                        f"{where}", {"keys": list(keys)}).fetchall()]
    if not rowids:
        return []
    return con.execute(f"SELECT {columns} FROM {table} WHERE rowid = ANY($rowids)",
                       {"rowids": sorted(rowids)}).fetchall()


def _at_least(con: duckdb.DuckDBPyConnection, table: str, column: str, where: str,
              params: dict, limit: int, offset: int) -> str:
    """A condition (" AND <column> >= n") keeping every row a page ordered by `column`
    DESC first can show, or "" when it keeps all: found on that one number column, so the
    page's sort reads its other (text) columns only for those rows, not for every row."""
    found = con.execute(f"SELECT {column} FROM {table} {where or 'WHERE true'} ORDER BY "
                        f"{column} DESC NULLS LAST LIMIT 1 OFFSET $n",
                        {**params, "n": offset + limit - 1}).fetchall()
    if not found or found[0][0] is None:
        return ""
    return f" AND {column} >= {int(found[0][0])}"


def _in_order(rows: Sequence[tuple], keys: Sequence) -> list[tuple]:
    """`rows` (keyed by their first column) in the order of `keys`."""
    by_key = {r[0]: r for r in rows}
    return [by_key[k] for k in keys if k in by_key]


# -- articles -------------------------------------------------------------------------------

# the conditions of the articles list, each used only when its parameter is given (a
# condition on a NULL parameter still costs its subquery's scan)
_ARTICLE_CONDITIONS = {
    "outlet": "a.id IN (SELECT article_id FROM appearances WHERE outlet_key = $outlet "
              "OR outlet = $raw)",
    "since": "a.published >= TRY_CAST($since AS TIMESTAMPTZ)",
    "until": "a.published <= TRY_CAST($until AS TIMESTAMPTZ)",
}


def articles(con: duckdb.DuckDBPyConnection, outlet: str | None, since: str | None,
             until: str | None, query: str | None, limit: int, offset: int
             ) -> Page[ArticleSummary]:
    """Articles newest first (module doc of Ledger.articles)."""
    given = {"outlet": outlet_key(outlet), "since": _day_start(since),
             "until": _day_end(until)}
    params = {k: v for k, v in given.items() if v is not None}
    conditions = [_ARTICLE_CONDITIONS[k] for k in params]
    if "outlet" in params:
        params["raw"] = outlet
    text = text_filter(query)
    if text is not None and query is not None:  # the headline holds it (text_filter)
        q, whole = text
        narrow, found = _narrowed(con, words.HEADLINE, "articles", "seq", query, "query_rows",
                                  whole)
        conditions.append(_text_match("a.headline", whole) + narrow)
        params |= {**found, "q": q}
    where = " AND ".join(conditions)
    front = None if where else fronts.page(con, "articles", limit, offset)
    if front is not None:  # the list's first rows, kept in order (fronts.py)
        total = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        return Page(tuple(ArticleSummary(*r[:2], outlet_key(r[2]), *r[3:9], tuple(r[9]),
                                         r[10]) for r in front[0]),
                    total, limit, offset)
    sort_a = _article_times(con)[0]
    seqs, total = _matching(con, "a.seq", "FROM articles a" + (f" WHERE {where}" if where
                                                               else ""),
                            f"{sort_a} DESC NULLS LAST, a.seq DESC", params, limit, offset)
    summaries = article_summaries(con, seqs)
    return Page(tuple(summaries[seq] for seq in seqs), total, limit, offset)


def _day_start(value: str | None) -> str | None:
    return value if value is None or "T" in value or " " in value else value + "T00:00:00Z"


def _day_end(value: str | None) -> str | None:
    return value if value is None or "T" in value or " " in value else value + "T23:59:59.999Z"


def article_summaries(con: duckdb.DuckDBPyConnection, seqs: Sequence[int],
                      rowids: Sequence[int] | None = None) -> dict[int, ArticleSummary]:
    """seq -> ArticleSummary for these articles (with their group's first report);
    `rowids`: their row ids where known (they are read by them)."""
    if not seqs:
        return {}
    shown = _article_times(con)[2]
    found = _article_rows(con, seqs, f"id, {shown}, outlet, headline, url, "
                                     "n_attributions, n_quantities, len(wire) > 0, group_seq",
                          rowids)
    wire_firsts = _wire_first_reports(con, {r[8] for seq, r in found.items()
                                            if not r[7] and r[8] not in (None, seq)})
    rows = [(seq, *r[:7], r[9], r[7] or r[8] in wire_firsts) for seq, r in found.items()]
    # the outlets each was seen under, asked apart: as a subquery of the query above it
    # costs a pass over every appearance
    outlets = _outlets_of(con, [r[1] for r in rows])
    # an outlet by one name in every view: the outlet table's (AFP: Agence France-Presse)
    return {r[0]: ArticleSummary(r[1], r[2], outlet_key(r[3]), r[4], r[5], r[0], r[6] or 0,
                                 r[7] or 0,
                                 r[8] or r[1], tuple(outlets.get(r[1]) or ()), bool(r[9]))
            for r in rows}


def summaries_by_id(con: duckdb.DuckDBPyConnection,
                    ids: Sequence[str]) -> dict[str, ArticleSummary]:
    """id -> ArticleSummary of these stored articles (a page's few; an unknown id is left
    out): their rows found through the id index (literal lists), then read by row id."""
    found = _by_article_id(con, ids, "seq, rowid")
    summaries = article_summaries(con, [seq for seq, _ in found], [r for _, r in found])
    return {a.id: a for a in summaries.values()}


def _by_article_id(con: duckdb.DuckDBPyConnection, ids: Sequence[str],
                   columns: str) -> list[tuple]:
    """`columns` of the stored articles with these ids (a page's few), in no order: found
    through the id index (literal lists)."""
    wanted = sorted(set(ids))
    found: list[tuple] = []
    for start in range(0, len(wanted), LITERAL_IDS):
        listed = ", ".join("'" + i.replace("'", "''") + "'"
                           for i in wanted[start:start + LITERAL_IDS])
        found += con.execute(f"SELECT {columns} FROM articles WHERE id IN ({listed})"
                             ).fetchall()
    return found


def _wire_first_reports(con: duckdb.DuckDBPyConnection, groups: set[int]) -> set[int]:
    """The story groups among `groups` whose first report (the original every member
    shows) is wire copy: a paper's light edit of a wire story is wire copy too, credited
    or not ("— Agence France-Presse" at its foot, "(With agency inputs)", no credit)."""
    return {seq for seq, wire in _rows_by_key(con, "articles", "seq", sorted(groups),
                                              "seq, len(wire) > 0") if wire}


def _outlets_of(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> dict[str, list[str]]:
    """article id -> the outlets (keys) it was seen under, of a page's few articles: their
    appearances' row ids through the article id's index (a literal list: a list parameter
    reads every appearance's id), then those rows only."""
    ids = sorted({i for i in ids if i is not None})
    if not ids:
        return {}
    if len(ids) > LITERAL_IDS:
        return dict(con.execute(
            "SELECT article_id, list(DISTINCT outlet_key ORDER BY outlet_key) FROM appearances "
            "WHERE article_id = ANY($ids) AND outlet_key IS NOT NULL GROUP BY article_id",
            {"ids": ids}).fetchall())
    listed = ", ".join("'" + i.replace("'", "''") + "'" for i in ids)
    rowids = [r[0] for r in con.execute(
        f"SELECT rowid FROM appearances WHERE article_id IN ({listed})").fetchall()]
    if not rowids:
        return {}
    return dict(con.execute(
        "SELECT article_id, list(DISTINCT outlet_key ORDER BY outlet_key) FROM appearances "
        "WHERE rowid = ANY($rowids) AND outlet_key IS NOT NULL GROUP BY article_id",
        {"rowids": sorted(rowids)}).fetchall())


def _article_rows(con: duckdb.DuckDBPyConnection, seqs: Sequence[int], columns: str,
                  rowids: Sequence[int] | None = None) -> dict[int, tuple]:
    """seq -> (`columns`..., the id of its group's first report) of these articles, read
    from their rows (by `rowids` where given) and their groups' first reports' rows only
    (those not among them)."""
    wanted = f"seq, group_seq, id, {columns}"
    rows = _by_rowid(con, "articles", rowids, wanted) if rowids is not None else \
        _rows_by_key(con, "articles", "seq", sorted(set(seqs)), wanted)
    ids = {r[0]: r[2] for r in rows}
    firsts = sorted({r[1] for r in rows if r[1] is not None} - ids.keys())
    ids |= dict(_rows_by_key(con, "articles", "seq", firsts, "seq, id"))
    return {r[0]: (*r[3:], ids.get(r[1])) for r in rows}


# -- appearances ----------------------------------------------------------------------------

_MEMBER_COLUMNS = """a.ref, a.seq, a.article_id, a.attribution_id, a.kind, a.content_text,
    a.source_id, a.source_key, a.source_kind"""


def appearances(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple]) -> list[Appearance]:
    """Appearances of attribution rows selected with _MEMBER_COLUMNS, in the same order."""
    if not rows:
        return []
    article = _article_rows(con, [r[1] for r in rows],
                            f"outlet, {_article_times(con)[2]}, headline")
    names = _source_names(con, {r[6] for r in rows})
    out = []
    for _, seq, aid, atid, kind, text, sid, key, stype in rows:
        outlet, published, headline, original = article.get(seq, (None, None, None, None))
        out.append(Appearance(aid, atid, kind, text or "", names.get(sid, "(no source)"),
                              key or "", stype or "unspecified", outlet_key(outlet),
                              published, seq,
                              headline, original or aid))
    return out


def _source_names(con: duckdb.DuckDBPyConnection, ids: set[int]) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(_rows_by_key(con, "source_stats", "source_id", sorted(ids), "source_id, name"))


def _sampled(con: duckdb.DuckDBPyConnection, samples: Sequence[Sequence[dict]],
             names: dict[int, str | None] | None = None) -> list[list[Appearance]]:
    """Appearances of the member samples kept in summary rows (stats.APPEARANCE); `names`:
    their sources' names where known (a front row keeps them)."""
    if names is None:
        names = _source_names(con, {m["source_id"] for sample in samples
                                    for m in sample or ()})
    return [[Appearance(
        m["article_id"], m["attribution_id"], m["kind"], m["text"] or "",
        names.get(m["source_id"], "(no source)"), m["source_key"] or "",
        m["source_kind"] or "unspecified", outlet_key(m["outlet"]), _published(m["published"]),
        m["seq"], m["headline"], m["original"] or m["article_id"])
        for m in sample or ()] for sample in samples]


def _published(value: datetime | str | None) -> str | None:
    """A sample's publication time as the pages show it (UTC ISO 8601, to the second; a
    day-only stamp's day alone, sort_time.py): a stored struct's sort time, or the text the
    narrow JSON form keeps (stats.SHOWN_JSON)."""
    if not value or isinstance(value, str):
        return value or None
    return shown_time(value)


def appearances_of(con: duckdb.DuckDBPyConnection, refs: Sequence[int]) -> dict[int, Appearance]:
    """ref -> Appearance for attribution refs (a page's samples)."""
    if not refs:
        return {}
    rows = _rows_by_key(con, "attributions", "ref", sorted(set(refs)),
                        _MEMBER_COLUMNS.replace("a.", ""))
    return {r[0]: a for r, a in zip(rows, appearances(con, rows), strict=True)}


def _members(con: duckdb.DuckDBPyConnection, column: str, ids: Sequence[int], per_id: int,
             *, quotes_only: bool = False, offset: int = 0) -> dict[int, list[Appearance]]:
    """Up to `per_id` members of each id (of `column`), first appearance first."""
    if not ids:
        return {}
    # two steps: the page's refs from narrow columns, then the wide (text) columns of those
    # refs only; reading the texts of every member costs a block read per member
    sort_ar = _article_times(con)[1]
    picked = con.execute(f"""
        SELECT a.ref, a.{column} AS owner FROM attributions a
        JOIN articles ar ON ar.seq = a.seq
        WHERE a.{column} = ANY($ids) {"AND a.quote" if quotes_only else ""}
        QUALIFY row_number() OVER (PARTITION BY a.{column} ORDER BY
                {sort_ar} NULLS LAST, a.seq, a.ref) BETWEEN {offset + 1}
                AND {offset + per_id}
        ORDER BY owner, {sort_ar} NULLS LAST, a.seq, a.ref""", {"ids": list(ids)}).fetchall()
    found = appearances_of(con, [ref for ref, _ in picked])
    out: dict[int, list[Appearance]] = defaultdict(list)
    for ref, owner in picked:
        out[owner].append(found[ref])
    return out


# -- sources --------------------------------------------------------------------------------

_SOURCE_COLUMNS = ("source_id, key, name, type, named, n_attributions, n_articles, forms, "
                   "sample")


# _SOURCE_COLUMNS with the sample's first MEMBERS_IN_LIST members' fields _source_clusters
# shows
_SOURCE_SHOWN = _SOURCE_COLUMNS.replace(
    "sample", f"list_transform(sample[1:{MEMBERS_IN_LIST}], lambda m: {{'article_id': "
    "m.article_id, 'attribution_id': m.attribution_id, 'outlet': m.outlet})")


def sources(con: duckdb.DuckDBPyConnection, query: str | None, limit: int, offset: int,
            per_item: int = MEMBERS_IN_LIST) -> Page[SourceCluster]:
    """Sources most cited first; `query` keeps names or surface forms containing it
    (text_filter)."""
    where, params = _source_filter(con, query) or ("", {})
    order = "n_attributions DESC, name, key"
    if not where:
        total = con.execute("SELECT count(*) FROM source_stats").fetchall()[0][0]
        top = _at_least(con, "source_stats", "n_attributions", "", {}, limit, offset)
        rows = con.execute(f"SELECT {_SOURCE_COLUMNS} FROM source_stats WHERE true{top} "
                           f"ORDER BY {order} LIMIT ? OFFSET ?", [limit, offset]).fetchall()
        return Page(tuple(_source_clusters(rows, per_item)), total, limit, offset)
    ids, total = _matching(con, "source_id", f"FROM source_stats {where}", order,
                           params, limit, offset)
    rows = con.execute(f"SELECT {_SOURCE_COLUMNS} FROM source_stats "
                       "WHERE source_id = ANY($ids)", {"ids": ids}).fetchall() if ids else []
    return Page(tuple(_source_clusters(_in_order(rows, ids), per_item)), total, limit,
                offset)


def _source_clusters(rows: Sequence[tuple], per_item: int) -> list[SourceCluster]:
    out = []
    for _, key, name, type_, named, n_attr, n_art, forms, sample in rows:
        shown = (sample or [])[:per_item]
        outlets = tuple(dict.fromkeys(outlet_key(m["outlet"]) for m in shown if m["outlet"]))
        out.append(SourceCluster(key, name, type_ or "unspecified", tuple(forms or ()),
                                 tuple((m["article_id"], m["attribution_id"]) for m in shown),
                                 n_attr, n_art, tuple(o for o in outlets if o), bool(named)))
    return out


def source(con: duckdb.DuckDBPyConnection, key: str) -> SourceCluster:
    sid = hash64(key)
    rows = con.execute(f"SELECT {_SOURCE_COLUMNS} FROM source_stats WHERE source_id = ?",
                       [sid]).fetchall()
    if not rows:
        raise KeyError(f"no source with key {key!r}")
    first = source_attributions(con, key, MEMBERS_SHOWN, 0)
    mentions = [{"article_id": a.article_id, "attribution_id": a.attribution_id,
                 "outlet": a.outlet} for a in first]
    return _source_clusters([(*rows[0][:8], mentions)], MEMBERS_SHOWN)[0]


_REF_SEQ = 20  # an attribution's ref is its article's seq << _REF_SEQ, plus its number
_REF_WINDOWS = (1024, 32768)  # articles from a source's first one its first page is sought in


def source_attributions(con: duckdb.DuckDBPyConnection, key: str, limit: int, offset: int
                        ) -> Page[Appearance]:
    """A source's attributions in ref order (its articles' order, then the article's).

    Attributions are stored in ref order, so the page is sought first among the refs of
    the articles from the source's first one (source_stats.first_ref) to a few thousand
    later (_REF_WINDOWS), the row groups outside skipped: a sort of every attribution
    with the source's id reads every row group up to its first one (the id is a hash: none
    is skipped), for a source first cited late most of the table. A window holding fewer
    than the page needs grows, then gives way to every attribution; a source with fewer
    attributions than the page needs is read at once."""
    sid = hash64(key)
    total, first = con.execute("SELECT coalesce(max(n_attributions), 0), min(first_ref) "
                               "FROM source_stats WHERE source_id = ?", [sid]).fetchall()[0]
    refs = None
    for articles in _REF_WINDOWS if first is not None and total >= offset + limit else ():
        last = int(first) + (articles << _REF_SEQ)
        found = [r[0] for r in con.execute(
            "SELECT ref FROM attributions WHERE ref BETWEEN ? AND ? AND source_id = ? "
            "ORDER BY ref LIMIT ?", [int(first), last, sid, offset + limit]).fetchall()]
        if len(found) == offset + limit:  # every ref before the page's last lies within
            refs = found[offset:]
            break
    if refs is None:
        refs = [r[0] for r in con.execute(
            "SELECT ref FROM attributions WHERE source_id = ? ORDER BY ref LIMIT ? OFFSET ?",
            [sid, limit, offset]).fetchall()]
    found = appearances_of(con, refs)
    return Page(tuple(found[r] for r in refs if r in found), total, limit, offset)


# -- quotes and claims ----------------------------------------------------------------------

_QUOTE_ORDER = ("n_quotes DESC, quote_first_published NULLS LAST, quote_first_seq, "
                "first_quote_ref")
_CLAIM_ORDER = "n_sources DESC, n_outlets DESC, first_published NULLS LAST, first_seq, first_ref"


def quotes(con: duckdb.DuckDBPyConnection, by: str | None, limit: int, offset: int,
           per_item: int = MEMBERS_IN_LIST) -> Page[QuoteCluster]:
    """Quote clusters most quoted first (n_quotes: their appearances), each with the
    independent reports and articles quoting it (quote_reach); `by` keeps those with a
    quote by a source whose name or surface form contains it (text_filter)."""
    where, params = "WHERE n_quotes > 0", {}
    source_filter = _source_filter(con, by)
    if source_filter is not None:
        matching, found = source_filter
        sources = sorted(r[0] for r in con.execute(
            f"SELECT source_id FROM source_stats {matching}", found).fetchall())
        rows, total = _quotes_of(con, sources, limit, offset)
        return Page(tuple(_quote_clusters(con, rows, per_item)), total, limit, offset)
    front = fronts.page(con, "quotes", limit, offset)
    if front is not None and front[1] is not None:  # its first rows, in order (fronts.py)
        names = {k: v for r in front[0] for k, v in fronts.names_of(r[4]).items()}
        rows = [_narrow_quote_row(tuple(r[:4])) for r in front[0]]
        return Page(tuple(_quote_clusters(con, rows, per_item, names)), front[1], limit,
                    offset)
    total = con.execute(f"SELECT count(*) FROM cluster_stats {where}", params
                        ).fetchall()[0][0]
    top = _at_least(con, "cluster_stats", "n_quotes", where, params, limit, offset)
    if not _has_column(con, "cluster_stats", "quote_shown"):  # schema 11 opened read-only
        rows = con.execute(f"SELECT cluster, quote_text, n_quotes, quote_sample FROM "
                           f"cluster_stats {where}{top} ORDER BY {_QUOTE_ORDER} LIMIT $limit "
                           "OFFSET $offset", {**params, "limit": limit, "offset": offset}
                           ).fetchall()
        return Page(tuple(_quote_clusters(con, rows, per_item)), total, limit, offset)
    # the page's rows from the narrow columns of the order, then what it shows of them
    # (the narrow form, schema 12) by row id
    picked = [r[0] for r in con.execute(
        f"SELECT rowid FROM cluster_stats {where}{top} ORDER BY {_QUOTE_ORDER} "
        "LIMIT $limit OFFSET $offset", {**params, "limit": limit, "offset": offset}).fetchall()]
    rows = _in_order(_by_rowid(con, "cluster_stats", picked,
                               "rowid, cluster, quote_text, n_quotes, quote_shown"), picked)
    return Page(tuple(_quote_clusters(con, [_narrow_quote_row(r[1:]) for r in rows], per_item)),
                total, limit, offset)


def _narrow_quote_row(row: tuple) -> tuple:
    """(cluster, quote_text, n_quotes, quote_sample) of (cluster, quote_text, n_quotes,
    quote_shown): the sample from its narrow form (stats.CLUSTER_SHOWN)."""
    cluster, text, n_quotes, shown = row
    return cluster, text, n_quotes, _shown(shown, text)


def _quotes_of(con: duckdb.DuckDBPyConnection, sources: Sequence[int], limit: int,
               offset: int) -> tuple[list[tuple], int]:
    """(the page's rows (cluster, quote_text, n_quotes, quote_sample), their total) of the
    clusters quoting any of `sources`, in the quotes list's order: the page's clusters
    from their rows of source_quotes (stats.py: the order columns alone, schema 15), read
    by source id (a literal list, which DuckDB checks against each row group's min and
    max; a list parameter would read every row), then what the page shows of them from
    their cluster_stats rows through its index (_quote_rows_through_index)."""
    if not sources:
        return [], 0
    if not _has_table(con, "source_quotes"):
        # a ledger of schema 8 opened read-only (upgraded when first opened to write): the
        # clusters of the sources' quotes, then their rows of the summaries
        clusters = [r[0] for r in con.execute(
            "SELECT DISTINCT cluster FROM attributions WHERE quote AND cluster IS NOT NULL "
            "AND source_id = ANY($sources)", {"sources": list(sources)}).fetchall()]
        ids, total = _matching(con, "cluster", "FROM cluster_stats WHERE n_quotes > 0 AND "
                               "cluster = ANY($clusters)", _QUOTE_ORDER,
                               {"clusters": clusters}, limit, offset)
        return _quote_rows(con, ids), total
    ids = ("(" + ", ".join(str(int(s)) for s in sources) + ")"
           if len(sources) <= LITERAL_IDS else "(SELECT unnest($sources))")
    params = {"sources": list(sources)} if len(sources) > LITERAL_IDS else {}
    # (a cluster quoting several of the sources has one row each, with the same order)
    rows = con.execute(
        f"SELECT cluster, count(*) OVER () FROM (SELECT cluster, n_quotes, "
        f"first_published, first_seq, first_ref FROM source_quotes "
        f"WHERE source_id IN {ids} GROUP BY ALL) "
        f"ORDER BY {SOURCE_QUOTE_ORDER} LIMIT $limit OFFSET $offset",
        {**params, "limit": limit, "offset": offset}).fetchall()
    if not rows and offset:
        return [], con.execute("SELECT count(DISTINCT cluster) FROM source_quotes "
                               f"WHERE source_id IN {ids}", params).fetchall()[0][0]
    total = rows[0][1] if rows else 0
    return _quote_rows_through_index(con, [r[0] for r in rows]), total


def _quote_rows_through_index(con: duckdb.DuckDBPyConnection, ids: Sequence[int]
                              ) -> list[tuple]:
    """_quote_rows of a page's clusters, their columns read through the index of
    cluster_stats.cluster at once (a literal list on that column alone): a page of 50 at
    100k took 2 ms so, 27 ms by row id (which decodes every touched vector of the wide
    quote_shown column: the clusters of a source lie anywhere in the table). A ledger of
    schema 9 to 11 opened read-only (no quote_shown), or a page past LITERAL_IDS rows,
    reads them as _quote_rows does."""
    keys = sorted({int(k) for k in ids})
    if not keys or len(keys) > LITERAL_IDS or not _has_column(con, "cluster_stats",
                                                               "quote_shown"):
        return _quote_rows(con, ids)
    return _in_order([_narrow_quote_row(r) for r in _through_index(
        con, "cluster_stats", "cluster", keys, "cluster, quote_text, n_quotes, quote_shown")],
        ids)


def _through_index(con: duckdb.DuckDBPyConnection, table: str, key: str,
                   keys: Sequence[int], columns: str) -> list[tuple]:
    """`columns` of the rows of `table` whose ART-indexed integer `key` is one of `keys` (a
    page's few), in no order, read through the index at once (a literal list on that
    column alone: another condition beside it reads every row's key); past LITERAL_IDS
    keys, by a scan of the key column."""
    keys = sorted({int(k) for k in keys})
    if not keys:
        return []
    if len(keys) > LITERAL_IDS:
        return con.execute(f"SELECT {columns} FROM {table} WHERE {key} = ANY($keys)",
                           {"keys": keys}).fetchall()
    return con.execute(f"SELECT {columns} FROM {table} "
                       f"WHERE {key} IN ({', '.join(map(str, keys))})").fetchall()


def _shown(stored: str | None, quote_text: str | None) -> list[dict]:
    """A quote_sample from its narrow JSON form (stats.SHOWN_JSON)."""
    out = []
    for values in json.loads(stored) if stored else ():
        m = dict(zip(SHOWN_FIELDS, values, strict=True))
        m["text"] = quote_text if m["text"] is None else m["text"]
        m["source_id"] = None if m["source_id"] is None else int(m["source_id"])
        m["seq"] = None if m["seq"] is None else int(m["seq"])
        out.append(m)
    return out


def _quote_rows(con: duckdb.DuckDBPyConnection, ids: Sequence[int]) -> list[tuple]:
    """(cluster, quote_text, n_quotes, quote_sample) of these clusters, in their order: the
    sample from its narrow form (schema 12), else (a ledger of schema 11 opened read-only)
    from the wide one."""
    if not _has_column(con, "cluster_stats", "quote_shown"):
        return _in_order(_rows_by_indexed_key(con, "cluster_stats", "cluster", ids,
                                              "cluster, quote_text, n_quotes, quote_sample"),
                         ids)
    return _in_order([_narrow_quote_row(r) for r in _rows_by_indexed_key(
        con, "cluster_stats", "cluster", ids, "cluster, quote_text, n_quotes, quote_shown")],
        ids)


def _rows_by_indexed_key(con: duckdb.DuckDBPyConnection, table: str, key: str,
                         keys: Sequence[int], columns: str) -> list[tuple]:
    """`columns` of the rows of `table` whose ART-indexed integer `key` is one of `keys` (a
    page's few): their row ids through the index (a literal list on that column alone),
    then the (wide) columns of those rows only (fetching them through the index instead
    costs more on a small ledger, and no less on a big one)."""
    keys = sorted({int(k) for k in keys})
    if not keys:
        return []
    if len(keys) > LITERAL_IDS:
        return _rows_by_key(con, table, key, keys, columns)
    rowids = [r[0] for r in con.execute(
        f"SELECT rowid FROM {table} WHERE {key} IN ({', '.join(map(str, keys))})").fetchall()]
    return _by_rowid(con, table, rowids, columns)


def _by_rowid(con: duckdb.DuckDBPyConnection, table: str, rowids: Sequence[int],
              columns: str) -> list[tuple]:
    """`columns` of these rows of `table`, in no order: DuckDB reads only the row groups
    (and vectors) holding them."""
    if not rowids:
        return []
    return con.execute(f"SELECT {columns} FROM {table} WHERE rowid = ANY($rowids)",
                       {"rowids": sorted(rowids)}).fetchall()


def _quote_clusters(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple], per_item: int,
                    names: dict[int, str | None] | None = None) -> list[QuoteCluster]:
    """Quote clusters of rows (cluster, quote_text, n_quotes, quote_sample), each with the
    independent reports and articles quoting it (quote_reach)."""
    samples = _sampled(con, [(r[3] or [])[:per_item + 1] for r in rows], names)
    reach = quote_reach(con, [r[0] for r in rows])
    out = []
    for (cluster, text, n_quotes, _), shown in zip(rows, samples, strict=True):
        if shown:
            n_reports, n_articles = reach.get(cluster, (-1, -1))
            out.append(QuoteCluster(text or shown[0].text, shown[0], tuple(shown[1:]),
                                    cluster=cluster, n_reports=n_reports,
                                    n_articles=n_articles, n_appearances=n_quotes))
    return out


def quote_reach(con: duckdb.DuckDBPyConnection, clusters: Sequence[int]
                ) -> dict[int, tuple[int, int]]:
    """cluster -> (independent reports, articles) quoting it, a page's few: a wire story
    and its copies (a near-duplicate group) are one report, as a claim's n_reports counts
    them. A cluster whose members are all quotes has both in its cluster_stats row (its
    claim's n_reports and n_articles), read through its index; one with other members too
    (its words unquoted) counts its quote members' articles and their groups, read through
    the index of attributions.cluster."""
    rows = _through_index(con, "cluster_stats", "cluster", clusters,
                          "cluster, n_members, n_quotes, n_reports, n_articles")
    out = {c: (n_reports, n_articles) for c, n_members, n_quotes, n_reports, n_articles
           in rows if n_members == n_quotes}
    mixed = [c for c, n_members, n_quotes, *_ in rows if n_members != n_quotes]
    # (the quotes among the members kept here: a `quote` condition in the query would
    # read every row's cluster)
    quoted = {(c, article) for c, article, quote in _through_index(
        con, "attributions", "cluster", mixed, "cluster, article_id, quote") if quote}
    groups = dict(_by_article_id(con, [a for _, a in quoted], "id, coalesce(group_seq, seq)"))
    reports: dict[int, set] = defaultdict(set)
    ids: dict[int, set[str]] = defaultdict(set)
    for c, article in quoted:
        reports[c].add(groups.get(article, article))
        ids[c].add(article)
    return out | {c: (len(reports[c]), len(ids[c])) for c in ids}


def claims(con: duckdb.DuckDBPyConnection, flagged: bool, limit: int, offset: int,
           per_item: int = MEMBERS_IN_LIST) -> Page[Claim]:
    """Claims with the most independent sources first; `flagged` keeps single-sourced,
    anonymous-only and wire-only ones."""
    where = f"WHERE {FLAGGED_SQL}" if flagged else ""
    # the flagged ones' count is kept (stats.py; absent from a ledger of schema 8 opened
    # read-only, and from one whose claims were never flagged)
    kept = con.execute("SELECT flagged FROM claim_counts").fetchall() \
        if flagged and _has_table(con, "claim_counts") else []
    total = kept[0][0] if kept else con.execute(
        f"SELECT count(*) FROM cluster_stats {where}").fetchall()[0][0]
    front = fronts.page(con, "flagged" if flagged else "claims", limit, offset)
    if front is not None:  # the list's first rows, kept in order (fronts.py)
        names = {k: v for r in front[0] for k, v in fronts.names_of(r[11]).items()}
        rows = [(*r[:10], _shown(r[10], r[1])) for r in front[0]]
        return Page(_claim_items(con, rows, per_item, names), total, limit, offset)
    top = _at_least(con, "cluster_stats", "n_sources", where, {}, limit, offset)
    # the page's rows from the narrow columns of the order, then their wide columns (the
    # texts, names and samples) by row id: sorting with them reads them for every row kept
    picked = [r[0] for r in con.execute(
        f"SELECT rowid FROM cluster_stats {where or 'WHERE true'}{top} "
        f"ORDER BY {_CLAIM_ORDER} LIMIT ? OFFSET ?", [limit, offset]).fetchall()]
    # (schema 12: the sample's narrow form, stats.CLUSTER_SHOWN; a ledger of schema 11
    # opened read-only: the wide one)
    narrow = _has_column(con, "cluster_stats", "shown")
    rows = _in_order(_by_rowid(
        con, "cluster_stats", picked, "rowid, cluster, text, sources, outlets, n_sources, "
        f"n_outlets, n_named, n_reports, wire_only, n_members, {'shown' if narrow else 'sample'}"
    ), picked)
    rows = [(*r[1:11], _shown(r[11], r[2]) if narrow else r[11]) for r in rows]
    return Page(_claim_items(con, rows, per_item), total, limit, offset)


def _claim_items(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple], per_item: int,
                 names: dict[int, str | None] | None = None) -> tuple[Claim, ...]:
    """Claims of rows (cluster, text, sources, outlets, n_sources, n_outlets, n_named,
    n_reports, wire_only, n_members, sample)."""
    samples = _sampled(con, [(r[10] or [])[:per_item] for r in rows], names)
    return tuple(
        Claim(text or "", tuple(shown), tuple(srcs or ()), tuple(outs or ()), n_src, n_out,
              n_src <= 1, n_named == 0, n_rep, bool(wire), n_members, c)
        for (c, text, srcs, outs, n_src, n_out, n_named, n_rep, wire, n_members, _), shown
        in zip(rows, samples, strict=True))


def cluster_appearances(con: duckdb.DuckDBPyConnection, cluster: int, limit: int,
                        offset: int) -> Page[Appearance]:
    total = con.execute("SELECT coalesce(max(n_members), 0) FROM cluster_stats "
                        "WHERE cluster = ?", [cluster]).fetchall()[0][0]
    found = _members(con, "cluster", [cluster], limit, offset=offset).get(cluster, [])
    return Page(tuple(found), total, limit, offset)


def claims_of(con: duckdb.DuckDBPyConnection, clusters: Sequence[int]) -> dict[int, Claim]:
    """The claims of these clusters (a quotes page's) by cluster: their sources, outlets,
    counts and flags, without members; their cluster_stats rows read through its index."""
    rows = _rows_by_indexed_key(con, "cluster_stats", "cluster", clusters,
                                "cluster, text, sources, outlets, n_sources, n_outlets, "
                                "n_named, n_reports, wire_only, n_members, NULL")
    return {c.cluster: c for c in _claim_items(con, rows, 0, {})}


# -- figures --------------------------------------------------------------------------------


def _place_filter(place: str | None) -> str:
    return "AND q.place ILIKE $place ESCAPE '\\'" if _like(place) else ""


def figures(con: duckdb.DuckDBPyConnection, counted: str | None, place: str | None,
            limit: int, offset: int, per_item: int = MEMBERS_IN_LIST) -> Page[FigureSeries]:
    """Series most reported first; `counted` keeps series whose counted words include its
    words, `place` figures placed where the text says."""
    conditions, params = [], {}
    if counted is not None:
        conditions.append(_counted_filter(counted, params))
        if conditions[-1] == "false":
            return Page((), 0, limit, offset)
    if _like(place):
        conditions.append("series_id IN (SELECT series_id FROM quantities q WHERE true "
                          f"{_place_filter(place)})")
        params["place"] = _like(place)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    total = con.execute(f"SELECT count(*) FROM series_stats {where}", params).fetchall()[0][0]
    top = _at_least(con, "series_stats", "n_figures", where, params, limit, offset)
    rows = con.execute(
        f"SELECT series_id, key, label, n_figures, sample FROM series_stats "
        f"{where or 'WHERE true'}{top} ORDER BY n_figures DESC, key LIMIT $limit OFFSET $offset",
        {**params, "limit": limit, "offset": offset}).fetchall()
    if _like(place):
        samples = _latest_figures(con, [r[0] for r in rows], place, per_item)
        counts = _series_counts(con, [r[0] for r in rows], place)
    else:
        samples = {r[0]: (r[4] or [])[:per_item] for r in rows}
        counts = {r[0]: r[3] for r in rows}
    labels = {r[0]: r[2] for r in rows}
    shown = _series_with_disagreements(con, samples, labels)
    items = tuple(FigureSeries(key, tuple(shown[sid][0]), tuple(shown[sid][1]), label or key,
                               counts.get(sid, 0))
                  for sid, key, label, _, _ in rows if shown.get(sid) and shown[sid][0])
    return Page(items, total, limit, offset)


def _counted_filter(counted: str, params: dict) -> str:
    """The series_stats condition of a `counted` filter (adding its parameters): series
    whose counted words include its words, or the series it names exactly as `figures`
    lists them (its label, "people (what is counted not given)", or its key, "| people":
    a name `figures` lists always finds its series); "false" when it can match none."""
    wanted = sorted(query_words(counted))
    name = " ".join(counted.split()).lower()
    if not name:
        return "false"
    params["name"] = name
    named = "(lower(label) = $name OR trim(key) = $name)"
    if not wanted:
        return named
    params["words"] = wanted
    return f"(list_has_all(words, $words) OR {named})"


def _latest_figures(con: duckdb.DuckDBPyConnection, ids: Sequence[int], place: str | None,
                    per_id: int) -> dict[int, list[dict]]:
    if not ids:
        return {}
    rows = con.execute(
        f"SELECT q.series_id, max_by({FIGURE}, {FIGURE_ORDER}, {per_id}) FROM quantities q "
        f"JOIN articles ar ON ar.seq = q.seq WHERE q.series_id = ANY($ids) "
        f"{_place_filter(place)} GROUP BY q.series_id",
        {"place": _like(place), "ids": list(ids)}).fetchall()
    return dict(rows)


def _series_counts(con: duckdb.DuckDBPyConnection, ids: Sequence[int], place: str | None
                   ) -> dict[int, int]:
    if not ids:
        return {}
    return dict(con.execute(
        f"SELECT series_id, count(*) FROM quantities q WHERE series_id = ANY($ids) "
        f"{_place_filter(place)} GROUP BY ALL",
        {"place": _like(place), "ids": list(ids)}).fetchall())


def series_figures(con: duckdb.DuckDBPyConnection, key: str, place: str | None, limit: int,
                   offset: int) -> Page[Figure]:
    """One series' figures in as-of order, one page."""
    sid = hash64(key)
    params = {"sid": sid, "limit": limit, "offset": offset}
    if _like(place):
        params["place"] = _like(place)
    match = f"q.series_id = $sid {_place_filter(place)}"
    some = {k: v for k, v in params.items() if k in ("sid", "place")}
    if _like(place):
        total = con.execute(f"SELECT count(*) FROM quantities q WHERE {match}", some
                            ).fetchall()[0][0]
    else:  # kept by the summary (stats.py)
        total = con.execute("SELECT coalesce(max(n_figures), 0) FROM series_stats "
                            "WHERE series_id = ?", [sid]).fetchall()[0][0]
    if not _like(place) and _has_table(con, "series_order"):
        label = con.execute("SELECT label FROM series_stats WHERE series_id = ?", [sid]
                            ).fetchall()
        if _has_column(con, "series_order", "shown"):
            shown = _series_shown(con, sid, limit, offset)
        else:  # schema 9 to 11 opened read-only: the figures' rows
            shown = [f for _, f in _figure_rows(con, _series_page(con, sid, limit, offset))]
        figures_ = _figures(con, shown, label[0][0] if label else None)
        return Page(tuple(figures_), total, limit, offset)
    # (with a place, or a ledger of schema 8 opened read-only) the page ends at or before
    # the as-of day of its last figure: found on the figures' own day column, so that only
    # the figures up to that day are joined to their articles
    last = con.execute(f"SELECT coalesce(q.day, '') FROM quantities q WHERE {match} "
                       "ORDER BY 1 LIMIT 1 OFFSET $n", {**some, "n": offset + limit - 1}
                       ).fetchall()
    if last:
        match += " AND coalesce(q.day, '') <= $last_day"
        params["last_day"] = last[0][0]
    picked = con.execute(  # the page's rows first, then their wide columns
        f"SELECT q.rowid, q.seq FROM quantities q JOIN articles ar ON ar.seq = q.seq "
        f"WHERE {match} ORDER BY {FIGURE_ORDER} LIMIT $limit OFFSET $offset", params
        ).fetchall()
    rows = [(fig,) for _, fig in _figure_rows(con, picked)]
    label = con.execute("SELECT label FROM series_stats WHERE series_id = ?", [sid]).fetchall()
    figures_ = _figures(con, [r[0] for r in rows], label[0][0] if label else None)
    return Page(tuple(figures_), total, limit, offset)


def _series_shown(con: duckdb.DuckDBPyConnection, sid: int, limit: int, offset: int
                  ) -> list[dict]:
    """The figures (as FIGURE structs' fields) of one page of series `sid` in as-of order,
    from series_order alone (schema 12): the page's rows from its order keys (a top-N
    reading the row groups of the series' first days), then what it shows of them
    (stats.FIGURE_SHOWN) by row id: the same row groups, one text column."""
    picked = [r[0] for r in con.execute(
        f"SELECT rowid FROM series_order WHERE series_id = $sid ORDER BY {SERIES_ORDER} "
        "LIMIT $limit OFFSET $offset", {"sid": sid, "limit": limit, "offset": offset}
        ).fetchall()]
    rows = _in_order(_by_rowid(con, "series_order", picked,
                               "rowid, day, published, seq, ref, shown"), picked)
    out = []
    for _, day, published, seq, ref, shown in rows:
        figure = dict(zip(FIGURE_SHOWN_FIELDS, json.loads(shown), strict=True))
        figure.update(day=day, published=published, seq=seq, ref=ref, source_id=None
                      if figure["source_id"] is None else int(figure["source_id"]))
        out.append(figure)
    return out


def _series_page(con: duckdb.DuckDBPyConnection, sid: int, limit: int, offset: int
                 ) -> list[tuple[int, int]]:
    """(rowid, seq) of the quantities rows of one page of series `sid` in as-of order: the
    page's (seq, ref) from series_order (stats.py; its top-N reads the row groups of the
    series' first days), then those rows of quantities, found by their articles' numbers
    (a literal list, checked against the zone maps of a table written in seq order)."""
    keys = con.execute(f"SELECT seq, ref FROM series_order WHERE series_id = $sid "
                       f"ORDER BY {SERIES_ORDER} LIMIT $limit OFFSET $offset",
                       {"sid": sid, "limit": limit, "offset": offset}).fetchall()
    if not keys:
        return []
    refs = {ref for _, ref in keys}
    seqs = ", ".join(str(int(s)) for s in sorted({seq for seq, _ in keys}))
    return [(rowid, seq) for rowid, seq, ref in con.execute(
        f"SELECT rowid, seq, ref FROM quantities WHERE seq IN ({seqs})").fetchall()
        if ref in refs]


def _has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    return con.execute("SELECT count(*) FROM duckdb_columns() WHERE table_name = ? AND "
                       "column_name = ? AND database_name = current_database()",
                       [table, column]).fetchall()[0][0] > 0


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the ledger has table `name` (a ledger of an older schema opened read-only
    has not been upgraded)."""
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? "
                            "AND NOT temporary", [name]).fetchall()[0][0])


def _figure_rows(con: duckdb.DuckDBPyConnection, picked: Sequence[tuple[int, int]]
                 ) -> list[tuple[int, dict]]:
    """(series id, FIGURE struct) of quantities rows picked as (rowid, seq), in as-of order:
    those rows and their articles only (a key list beside the join reads every row)."""
    if not picked:
        return []
    return con.execute(
        f"WITH q AS (SELECT * FROM quantities WHERE rowid = ANY($rowids)), "
        f"ar AS (SELECT * FROM articles WHERE seq = ANY($seqs)) "
        f"SELECT q.series_id, {FIGURE} FROM q JOIN ar ON ar.seq = q.seq ORDER BY {FIGURE_ORDER}",
        {"rowids": sorted(r[0] for r in picked), "seqs": sorted({r[1] for r in picked})}
        ).fetchall()


def _figures(con: duckdb.DuckDBPyConnection, dicts: Sequence[dict], label: str | None,
             names: dict[int, str] | None = None) -> list[Figure]:
    """Figures of FIGURE structs, with their sources' display names."""
    if names is None:
        names = _source_names(con, {d["source_id"] for d in dicts})
    return [Figure(d["article_id"], d["quantity_id"], d["text"], d["value"], d["low"],
                   d["high"], d["hedge"], d["counted"], d["unit"], d["series_key"],
                   d["day"] or None,
                   shown_time(d["published"])
                   if d["published"] and d["published"].year > 1970 else None,
                   outlet_key(d["outlet"]),
                   names.get(d["source_id"]) if d["attribution_id"] else None,
                   d["as_of"], d["as_of_from"], d["place"], label)
            for d in dicts]


def _series_with_disagreements(con: duckdb.DuckDBPyConnection,
                               samples: dict[int, list[dict]], labels: dict[int, str]
                               ) -> dict[int, tuple[list[Figure], list[Disagreement]]]:
    """series id -> (its shown figures in as-of order, the disagreements of their figure
    groups: each pair of stories or of one story's sources once, disagreements.py)."""
    shown = {sid: sorted(figs, key=lambda d: (d["day"] == "", d["day"], d["published"],
                                              d["seq"], d["ref"]))
             for sid, figs in samples.items()}
    dicts = [d for figs in shown.values() for d in figs]
    groups = {d["group_id"] for d in dicts if d["group_id"] is not None}
    # a group with no disagreement (n_clash 0, stats.py) has no member read
    disagreeing = [r[0] for r in _rows_by_key(con, "group_stats", "group_id", sorted(groups),
                                              "group_id", "AND n_clash > 0")]
    members, rows = disagreements.members_of(con, disagreeing)
    found = {g: disagreements.group_disagreements(ms, MEMBERS_SHOWN)
             for g, ms in members.items()}
    by_ref = {d["ref"]: d for d in dicts}
    picked = {m.ref for ds in found.values() for d in ds
              for m in disagreements.headline_pair(d, by_ref.keys())}
    by_ref |= {d["ref"]: d for _, d in _figure_rows(
        con, [rows[r] for r in sorted(picked - by_ref.keys())])}
    seqs = {rows[m.ref][1] for ds in found.values() for d in ds for m in d.first + d.second}
    carried = _carried_by(con, seqs)
    names = _source_names(con, {d["source_id"] for d in by_ref.values()} | {
        m.source for ds in found.values() for d in ds for m in d.first + d.second})
    out: dict[int, tuple[list[Figure], list[Disagreement]]] = {}
    for sid, figs in shown.items():
        label = labels.get(sid)
        listed = [_disagreement(con, d, by_ref, rows, carried, names, label)
                  for group in dict.fromkeys(d["group_id"] for d in figs)
                  for d in found.get(group, ())]
        out[sid] = (_figures(con, figs, label, names), listed[:MEMBERS_SHOWN])
    return out


def _disagreement(con: duckdb.DuckDBPyConnection, d: disagreements.Sides,
                  by_ref: dict[int, dict], rows: dict[int, tuple],
                  carried: dict[int, tuple[str, list[str]]], names: dict[int, str],
                  label: str | None) -> Disagreement:
    """One disagreement as listed: a figure of each side, and each side's sources, outlets
    and articles."""
    sides = [by_ref[m.ref] for m in disagreements.headline_pair(d, by_ref.keys())]
    fa, fb = _figures(con, sides, label, names)
    about = [_side(side, rows, carried, names) for side in (d.first, d.second)]
    said = [_side_values(side, names) for side in (d.first, d.second)]
    return Disagreement(
        fa, fb, f"{_describe(fa, about[0], said[0], _clashes(d.first))} vs "
        f"{_describe(fb, about[1], said[1], _clashes(d.second))}",
        d.within, about[0][0], about[1][0], about[0][1], about[1][1], about[0][2],
        about[1][2], *(tuple(SideValue(v, who) for v, who in side) for side in said))


def disagreements_list(con: duckdb.DuckDBPyConnection, counted: str | None, limit: int,
                       offset: int, within: bool | None = None) -> Page[Disagreement]:
    """Every disagreement of the ledger (disagreements.py: each pair of stories, or of one
    story's sources, once), latest day first, one page; `counted` keeps those of the series
    it matches (as `figures` does); `within` True keeps those of two sources of one report,
    False those of two reports (each group's share counted by SQL, within_counts)."""
    params: dict = {}
    where = "WHERE g.n_clash > 0"
    if counted is not None:
        condition = _counted_filter(counted, params)
        if condition == "false":
            return Page((), 0, limit, offset)
        where += f" AND g.series_id IN (SELECT series_id FROM series_stats WHERE {condition})"
    groups = con.execute(
        f"SELECT g.group_id, g.n_clash, s.label FROM group_stats g JOIN series_stats s "
        f"USING (series_id) {where} ORDER BY coalesce(g.extremes[1].day, '') DESC, "
        f"s.n_figures DESC, s.key, g.group_id", params).fetchall()
    if within is not None:
        listed = ", ".join(str(int(g)) for g, _, _ in groups)
        inside = disagreements.within_counts(con, f"({listed})") if groups else {}
        groups = [(g, inside.get(g, 0) if within else n - inside.get(g, 0), label)
                  for g, n, label in groups]
        groups = [row for row in groups if row[1] > 0]
    total = sum(n for _, n, _ in groups)
    picked, first, seen = {}, 0, 0  # the groups holding the page, and the page's first
    for group, n, label in groups:
        if seen + n > offset and seen < offset + limit:
            picked[group] = label
            first = first if len(picked) > 1 else offset - seen
        seen += n
    members, rows = disagreements.members_of(con, list(picked))
    found = [(group, d) for group in picked for d in disagreements.group_disagreements(
        members.get(group, []), offset + limit if within is None else 1 << 30)
        if within is None or d.within == within]
    found = found[first:first + limit]
    refs = sorted({m.ref for _, d in found for m in disagreements.headline_pair(d)})
    by_ref = {d["ref"]: d for _, d in _figure_rows(con, [rows[r] for r in refs])}
    seqs = {rows[m.ref][1] for _, d in found for m in d.first + d.second}
    carried = _carried_by(con, seqs)
    names = _source_names(con, {m.source for _, d in found for m in d.first + d.second})
    items = tuple(_disagreement(con, d, by_ref, rows, carried, names, picked[group])
                  for group, d in found)
    return Page(items, total, limit, offset)


def _side(side: Sequence[disagreements.Member], rows: dict[int, tuple],
          carried: dict[int, tuple[str, list[str]]], names: dict[int, str]
          ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(sources, outlets, article ids) of one side of a disagreement, each once, in order."""
    seqs = sorted({rows[m.ref][1] for m in side})
    sources = tuple(dict.fromkeys(names[m.source] for m in side if m.source in names))
    outlets = tuple(dict.fromkeys(o for s in seqs if s in carried for o in carried[s][1]))
    return sources, outlets, tuple(carried[s][0] for s in seqs if s in carried)


def _carried_by(con: duckdb.DuckDBPyConnection, seqs: set[int]
                ) -> dict[int, tuple[str, list[str]]]:
    """seq -> (article id, the outlets it was seen under, by name) of a page's articles:
    their rows by seq, their sightings through the article id's index (as _outlets_of)."""
    rows = _rows_by_key(con, "articles", "seq", sorted(seqs), "seq, id, outlet")
    if not rows:
        return {}
    listed = ", ".join("'" + r[1].replace("'", "''") + "'" for r in rows)
    rowids = [r[0] for r in con.execute(
        f"SELECT rowid FROM appearances WHERE article_id IN ({listed})").fetchall()]
    seen = dict(con.execute(
        "SELECT article_id, list(DISTINCT outlet ORDER BY outlet) FROM appearances "
        "WHERE rowid = ANY($rowids) AND outlet IS NOT NULL GROUP BY article_id",
        {"rowids": sorted(rowids)}).fetchall()) if rowids else {}
    return {seq: (aid, list(dict.fromkeys(
        o for o in map(outlet_key, ([outlet] if outlet else []) + seen.get(aid, [])) if o)))
        for seq, aid, outlet in rows}


def _clashes(side: Sequence[disagreements.Member]) -> bool:
    """Whether some two figures of one side of a disagreement cannot both hold."""
    return any(disagreements.clash(a, b) for i, a in enumerate(side) for b in side[i + 1:])


def _side_values(side: Sequence[disagreements.Member], names: dict[int, str]
                 ) -> list[tuple[str, tuple[str, ...]]]:
    """(value as bounds, its sources) of each distinct figure value of one side, in order:
    a story's side may hold several figures ("24" by the U.N. office and "38" by a charity,
    both against another story's 31), each named with its own sources only."""
    values: dict[tuple[float, float, bool], list[str]] = {}
    for m in side:
        who = values.setdefault((m.lo, m.hi, m.lo_open), [])
        name = names.get(m.source)
        if name and name not in who:
            who.append(name)
    return [(_bounds_text(lo, hi, lo_open), tuple(who))
            for (lo, hi, lo_open), who in values.items()]


def _bounds_text(lo: float, hi: float, lo_open: bool) -> str:
    if lo == hi:
        return f"{lo:g}"
    if hi == float("inf"):
        return f"{'more than' if lo_open else 'at least'} {lo:g}"
    if lo == float("-inf"):
        return f"up to {hi:g}"
    return f"{lo:g}-{hi:g}"


def _describe(f: Figure, side: tuple[tuple[str, ...], tuple[str, ...], tuple] = ((), (), ()),
              said: Sequence[tuple[str, tuple[str, ...]]] = (), clashing: bool = False) -> str:
    """A side of a disagreement: its figure, its sources and the outlets that carried it;
    a side of several values names each with its own sources ("'24' (U.N. Office), '38'
    (Frontline Medical Relief); Daily Monitor": the charity never said 24), joined by
    "or" where some of them clash with each other (`clashing`: "'65' or '71' … vs '74'",
    a fact-check's unattributed figures, not two that agree: stranger trial 5)."""
    outlets = ", ".join(side[1])
    if len(said) > 1:
        # values that cannot both hold are alternatives, not one side's agreeing figures
        joint = " or " if clashing else ", "
        values = joint.join(f"'{v}'" + (f" ({', '.join(who)})" if who else "")
                            for v, who in said)
        return f"{values}{f'; {outlets}' if outlets else ''} on {f.day}"
    sources = ", ".join(side[0]) or f.source
    who = "; ".join(x for x in (sources, outlets) if x)
    return f"{f.text!r}{f' ({who})' if who else ''} on {f.day}"


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
    """Headlines, quotes and sources containing `text` (a short text or an acronym as whole
    words: whole_word_query), one page of each, each counted exactly up to
    SEARCH_COUNT_CAP (beyond it the page says `capped`: "more than"); and the quotes of
    the sources found (_quotes_by_found).

    Each kind's candidates (the word index's rows holding the text's words, words.py) are
    checked against the text, for the count in row order until more than the cap match,
    for the page in the list's order until it is full (_search_kind): a common word costs
    its first matches, not all of them. A text with no word narrow enough for the index
    is matched by a scan that likewise stops at the cap and reads the list from its top
    (_search_scan)."""
    found = text_filter(text)
    if found is None:
        return SearchResults(text)
    like, whole = found  # whole: the word index finds the words themselves
    cap = SEARCH_COUNT_CAP
    # each kind's page comes with its rows' ids, which its rows are read by (not found
    # again by key)
    page, total, capped = _search_found(
        con, words.QUOTE, text, "cluster_stats", "cluster", _QUOTE_ORDER,
        _text_match("quote_text", whole), "AND n_quotes > 0", like, limit, cap, whole)
    if _has_column(con, "cluster_stats", "quote_shown"):
        rows = [_narrow_quote_row(r) for r in _rows_in_order(
            con, "cluster_stats", page, "cluster, quote_text, n_quotes, quote_shown")]
    else:  # schema 11 opened read-only
        rows = _quote_rows(con, [k for k, _ in page])
    quotes_ = Page(tuple(_quote_clusters(con, rows, MEMBERS_IN_LIST)), total, limit, 0, capped)
    page, total, capped = _search_found(
        con, words.HEADLINE, text, "articles", "seq", "published DESC NULLS LAST, seq DESC",
        _text_match("headline", whole), "", like, limit, cap, whole)
    summaries = article_summaries(con, [k for k, _ in page], [r for _, r in page])
    articles_ = Page(tuple(summaries[seq] for seq, _ in page), total, limit, 0, capped)
    page, total, capped = _search_found(
        con, words.SOURCE, text, "source_stats", "source_id", _SOURCE_ORDER,
        _source_match(whole), "", like, limit, cap, whole)
    page, total = _with_acronym_sources(con, text, like, page, total, capped, limit, whole)
    # the sample's shown members' three fields alone: the whole sample reads every field
    rows = _rows_in_order(con, "source_stats", page, _SOURCE_SHOWN)
    sources_ = Page(tuple(_source_clusters(rows, MEMBERS_IN_LIST)), total, limit, 0, capped)
    return SearchResults(text, articles_, quotes_, sources_,
                         _quotes_by_found(con, text, page, total, capped, limit))


def _quotes_by_found(con: duckdb.DuckDBPyConnection, text: str, page: Sequence[tuple],
                     total: int, capped: bool, limit: int) -> Page[QuoteCluster]:
    """The quotes of the sources a search found (a name finds what its bearer said, which
    the quotes' own words seldom hold), as `quotes --by TEXT` lists them: by the found
    sources' ids when the page holds them all, else through the quotes' source filter."""
    if not total:
        return Page((), 0, limit, 0)
    if capped or total > len(page):
        return quotes(con, text, limit, 0)
    rows, found = _quotes_of(con, sorted(k for k, _ in page), limit, 0)
    return Page(tuple(_quote_clusters(con, rows, MEMBERS_IN_LIST)), found, limit, 0)


_SOURCE_ORDER = "n_attributions DESC, name, key"


def _with_acronym_sources(con: duckdb.DuckDBPyConnection, text: str, like: str,
                          page: list[tuple], total: int, capped: bool, limit: int,
                          whole: bool = False) -> tuple[list[tuple], int]:
    """A sources page ((key, row id) each) and count with the organisations an acronym
    `text` stands for ("MSF": Médecins Sans Frontières, whose initials it spells; the
    ledger's org_names, names.acronym_key) added in the list's order: found through the
    initials' and the source ids' indexes, a few rows, so the page stays a query of the
    page's rows."""
    if not is_acronym(text):
        return page, total
    norms = [r[0] for r in con.execute(
        "SELECT DISTINCT org_norm FROM org_names WHERE org_initials = ?",
        [normalise_org(text)]).fetchall()]
    listed = {k for k, _ in page}
    found = [(k, r) for k, r in _rows_by_key(
        con, "source_stats", "source_id", sorted({hash64(org_key_of_norm(n)) for n in norms}),
        "source_id, rowid") if k not in listed]
    if not found:
        return page, total
    matched = {r[0] for r in con.execute(
        f"SELECT rowid FROM source_stats WHERE rowid = ANY($rowids) AND "
        f"{_source_match(whole)}",
        {"rowids": sorted(r for _, r in found), "q": like}).fetchall()}
    if not capped:  # those the text matched are counted already
        total += sum(r not in matched for _, r in found)
    rows = con.execute(
        f"SELECT source_id, rowid FROM source_stats WHERE rowid = ANY($rowids) "
        f"ORDER BY {_SOURCE_ORDER} LIMIT $limit",
        {"rowids": sorted({r for _, r in page} | {r for _, r in found}), "limit": limit}
    ).fetchall()
    return [tuple(r) for r in rows], total


def _search_found(con: duckdb.DuckDBPyConnection, kind: int, text: str, table: str,
                  key: str, order: str, match: str, where: str, like: str, limit: int,
                  cap: int, whole: bool = False) -> tuple[list[tuple], int, bool]:
    """One kind's page ((key, row id) of each row), count and `capped`: from the word
    index's candidates (`whole`: of the text's words themselves), or by a scan when the
    index cannot narrow."""
    found = _search_kind(con, kind, text, table, key, order, match, where, like, limit, cap,
                         whole)
    if found is None:
        found = _search_scan(con, table, key, order, match, where, like, limit, cap)
    return found


_SEARCH_BY_LIST = 2048  # candidates up to which a list is read by key (= ANY), not joined
_SEARCH_DENSE = 8  # candidates of more than 1/8 of a table's rows: its scan costs less


def _rows_in_order(con: duckdb.DuckDBPyConnection, table: str, page: Sequence[tuple],
                   columns: str) -> list[tuple]:
    """`columns` of a page's rows of `table` ((key, row id) each), in the page's order."""
    found = {r[0]: r[1:] for r in _by_rowid(con, table, [r for _, r in page],
                                            f"rowid, {columns}")}
    return [found[r] for _, r in page if r in found]


def _search_scan(con: duckdb.DuckDBPyConnection, table: str, key: str, order: str,
                 match: str, where: str, like: str, limit: int, cap: int
                 ) -> tuple[list[tuple], int, bool]:
    """_search_kind's answer from every row of `table` (a text whose words are in too
    many words of the vocabulary for the index: "e", "o'"). One scan finds the matches'
    row ids, stopping at the `cap` + 1-th. Fewer (the scan read every row): the page is
    those rows in order. More: the page is read from the rows above a threshold on the
    order's first column (`_first_at_least`: the first n rows of the list, n sized by the
    rate of matches the scan met and growing fourfold until the page is full): a text most
    rows hold costs the list's first rows, not every row's text."""
    rowids = [r[0] for r in con.execute(
        f"SELECT rowid FROM {table} WHERE true {where} AND {match} LIMIT $n",
        {"q": like, "n": cap + 1}).fetchall()]
    count = len(rowids)
    if count <= cap:
        keys = [tuple(r) for r in con.execute(
            f"SELECT {key}, rowid FROM {table} WHERE rowid = ANY($rowids) ORDER BY {order} "
            "LIMIT $limit", {"rowids": sorted(rowids), "limit": limit}).fetchall()]
        return keys, count, False
    # the rows the scan read to meet them, about (it reads row groups in parallel)
    n = int(limit * (max(rowids) + 1) / count * 1.25) + 8
    while True:
        above, params = _first_at_least(con, f"FROM {table} WHERE true {where}", order, n)
        keys = [tuple(r) for r in con.execute(
            f"SELECT {key}, rowid FROM {table} WHERE true {where}{above} AND {match} "
            f"ORDER BY {order} LIMIT $limit", {**params, "q": like, "limit": limit}
        ).fetchall()]
        if len(keys) >= limit or not above:
            return keys, cap, True
        n *= 4


def _first_at_least(con: duckdb.DuckDBPyConnection, source: str, order: str, n: int
                    ) -> tuple[str, dict]:
    """(" AND <first> >= $at_least", its parameter) keeping every row among the first `n`
    of `source` ("FROM … WHERE …") in `order`, whose first column <first> is sorted DESC
    (NULLS LAST); ("", {}) when it keeps all. Found on that one column, so a sort by the
    whole order reads its other columns only for those rows."""
    first = _first_column(order)
    found = con.execute(f"SELECT {first} {source} ORDER BY {first} DESC NULLS LAST "
                        "LIMIT 1 OFFSET $n", {"n": n - 1}).fetchall()
    if not found or found[0][0] is None:
        return "", {}
    return f" AND {first} >= $at_least", {"at_least": found[0][0]}


def _first_column(order: str) -> str:
    """The first column of an ORDER BY that sorts it DESC (NULLS LAST), as the searches'
    thresholds need."""
    first = order.split(",")[0].split()
    if first[1:] not in (["DESC"], ["DESC", "NULLS", "LAST"]):
        raise ValueError(f"the order {order!r} does not start with a column sorted DESC")
    return first[0]


def _search_kind(con: duckdb.DuckDBPyConnection, kind: int, text: str, table: str, key: str,
                 order: str, match: str, where: str, like: str, limit: int, cap: int,
                 whole: bool = False) -> tuple[list[tuple], int, bool] | None:
    """((key, row id) of the first `limit` rows of `table` in `order` that `match` (SQL on
    $q), their count up to `cap`, whether more than `cap` match) among the word index's
    candidates of `kind` for `text`; None when the index cannot narrow (the caller scans):
    the text has no word narrow enough, or its candidates are more than 1/_SEARCH_DENSE of
    the rows (a word most texts hold, "the": its matches are the list's first rows).

    The candidates' rows are found once, by their key and the order's first column alone
    (a temp table of row id and that column). The count checks them in row order, a chunk
    at a time until more than `cap` match: a chunk's rows lie in as few row groups as can
    be, whose text is read once (in the list's order they lie in every row group). The
    page takes the candidates in the list's order a chunk at a time (each chunk's rows
    found on the first column, so the other order columns are read for those rows only)
    and checks them until it is full. Each row's text is checked once."""
    first = _first_column(order)
    found = words.candidate_table(con, kind, text, "_search_candidates", whole,
                                  acronym_spellings(text) if whole else ())
    if found is None:
        return None
    try:
        n = con.execute(f"SELECT count(*) FROM {found}").fetchall()[0][0]
        if n * _SEARCH_DENSE > con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]:
            return None
        if n <= _SEARCH_BY_LIST:  # few: read by key (through its index) than join
            ids = [r[0] for r in con.execute(f"SELECT id FROM {found} ORDER BY id").fetchall()]
            keyed, params = f"{key} = ANY($ids)", {"ids": ids}
        else:
            keyed, params = f"{key} IN (SELECT id FROM {found})", {}
        con.execute(f"CREATE OR REPLACE TEMP TABLE _search_rows AS SELECT rowid AS r, "
                    f"{first} AS f FROM {table} WHERE {keyed} {where}", params)
        checked: dict[int, bool] = {}  # rowid -> whether the row matches

        def check(rowids: Sequence[int]) -> None:
            new = sorted(set(rowids) - checked.keys())
            if new:
                ok = {r[0] for r in con.execute(
                    f"SELECT rowid FROM {table} WHERE rowid = ANY($rowids) AND {match}",
                    {"rowids": new, "q": like}).fetchall()}
                checked.update((rowid, rowid in ok) for rowid in new)

        count, read, after = 0, 0, -1
        while count <= cap:
            # as many rows as the matches still wanted need at the rate seen so far
            wanted = cap + 1 - count
            chunk = wanted if not read else \
                min(2 * read, int(wanted * read / max(count, 1) * 1.25) + 16)
            rowids = [r[0] for r in con.execute(
                "SELECT r FROM _search_rows WHERE r > $after ORDER BY r LIMIT $n",
                {"after": after, "n": chunk}).fetchall()]
            check(rowids)
            count += sum(checked[rowid] for rowid in rowids)
            read += len(rowids)
            if len(rowids) < chunk:
                break
            after = rowids[-1]
        page: list = []
        # the page's first chunk: as many rows as `limit` matches need at the rate seen
        start, chunk = 0, int(limit * read / max(count, 1) * 1.25) + 2
        while count and len(page) < limit:
            at_least = con.execute("SELECT f FROM _search_rows ORDER BY f DESC NULLS LAST "
                                   "LIMIT 1 OFFSET $n", {"n": start + chunk - 1}).fetchall()
            above = "" if not at_least or at_least[0][0] is None else "WHERE f >= $f"
            bound = {"f": at_least[0][0]} if above else {}
            rowids = [r[0] for r in con.execute(
                f"SELECT r FROM _search_rows {above} ORDER BY r LIMIT $n",
                {**bound, "n": _SEARCH_BY_LIST + 1}).fetchall()]
            if len(rowids) <= _SEARCH_BY_LIST:  # the chunk's rows, read by row id
                rows, values = "rowid = ANY($rowids)", {"rowids": rowids}
            else:  # many tied on the first column: a scan of the candidates above it
                rows = f"{keyed} {where}" + (f" AND {first} >= $f" if above else "")
                values = {**params, **bound}
            part = con.execute(f"SELECT {key}, rowid FROM {table} WHERE {rows} "
                               f"ORDER BY {order} LIMIT $n OFFSET $start",
                               {**values, "n": chunk, "start": start}).fetchall()
            check([rowid for _, rowid in part])
            page += [(k, rowid) for k, rowid in part if checked[rowid]]
            if len(part) < chunk:
                break
            start, chunk = start + chunk, 2 * chunk
        return page[:limit], min(count, cap), count > cap
    finally:
        con.execute(f"DROP TABLE IF EXISTS {found}")
        con.execute("DROP TABLE IF EXISTS _search_rows")


def falling_tolls_list(con: duckdb.DuckDBPyConnection, counted: str | None, limit: int,
                       offset: int) -> Page[Disagreement]:
    """Disagreements across days (disagreements.falling_tolls): two reports' running totals
    of the dead of one series and place, the later day's below what the earlier day had
    counted, latest later day first; `first` is the earlier day's figure, `second` the
    later's, each side's sources, outlets and day named."""
    pairs, rows = disagreements.falling_tolls(con, counted)
    page = pairs[offset:offset + limit]
    refs = sorted({t.member.ref for pair in page for t in pair})
    by_ref = {d["ref"]: d for _, d in _figure_rows(con, [rows[r] for r in refs])}
    carried = _carried_by(con, {rows[r][1] for r in refs})
    names = _source_names(con, {t.member.source for pair in page for t in pair})
    labels = dict(con.execute(
        "SELECT key, label FROM series_stats WHERE key = ANY($keys)",
        {"keys": sorted({pair[0].series for pair in page})}).fetchall()) if page else {}
    items = tuple(_disagreement(
        con, disagreements.Sides((a.member,), (b.member,), a.member.story == b.member.story),
        by_ref, rows, carried, names, labels.get(a.series)) for a, b in page)
    return Page(items, len(pairs), limit, offset)
