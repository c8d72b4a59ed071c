"""Sightings: every place an article's text was met, and metadata a later copy adds.

A text is stored once (its id is the hash of its text), but the same text can arrive
again: from another file, a feed item with a URL and a date, another outlet. Ingest
skips its extraction and records a sighting instead:

* one `appearances` row per (article, path, url): where the text was seen, under which
  outlet and publication time, so the same wire story run by two outlets counts as two
  outlets in `claims`;
* the articles row's missing `url`, `outlet`, `published` and `published_text` are
  filled from the sighting (values already stored are never replaced), so the corpus
  views date and place the text (a figure with no as-of day of its own takes the filled
  publication day); the stored record JSON stays exactly as extracted (its times were
  resolved against what that extraction knew).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

FILLED_METADATA = ("outlet", "published", "published_text")


@dataclass(frozen=True)
class Sighting:
    """One arrival of an already-stored text: where, and what its input knew."""

    key: str  # text id of the input
    path: str | None
    url: str | None
    outlet: str | None
    published: str | None  # UTC ISO 8601
    published_text: str | None


def sighting_of(item: Any, key: str) -> Sighting:
    """The sighting of an input (ArticleInput) whose text is stored: its metadata read the
    way extraction reads it (layout and hints, no model)."""
    from according.article import read_layout

    meta = read_layout(item.text, hints=item.hints, url=item.info.url).metadata
    return Sighting(key, item.info.path, item.info.url, meta.outlet, meta.published,
                    meta.published_text)


_FILL_SQL = """
UPDATE articles SET
    url = coalesce(url, $url),
    outlet = coalesce(outlet, $outlet),
    published_text = CASE WHEN published IS NULL AND $published IS NOT NULL
                          THEN $published_text ELSE published_text END,
    published_day_only = CASE WHEN published IS NULL AND $published IS NOT NULL
                              THEN $day_only ELSE published_day_only END,
    published = coalesce(published, TRY_CAST($published AS TIMESTAMPTZ))
WHERE id = $id
"""


def apply_sightings(
    con: duckdb.DuckDBPyConnection, sightings: list[Sighting]
) -> tuple[list[Sighting], dict[int, bool]]:
    """Record sightings and fill the stored copies, in the caller's transaction; returns
    the sightings whose article is not stored yet (still being extracted), and the seq of
    each article seen again -> whether its publication time was filled in."""
    from according.ledger.derive import outlet_key
    from according.ledger.sort_time import published_day_only

    pending = []
    touched: dict[int, bool] = {}
    for s in sightings:
        row = con.execute(
            "SELECT id, seq, published IS NULL FROM articles WHERE id = ? "
            "UNION ALL SELECT id, seq, published IS NULL FROM articles WHERE input_key = ? "
            "LIMIT 1", [s.key, s.key],
        ).fetchall()
        row = row[0] if row else None
        if row is None:
            pending.append(s)
            continue
        article_id, seq, undated = row
        seen = con.execute(
            "SELECT count(*) FROM appearances WHERE article_id = ? AND path IS NOT DISTINCT "
            "FROM ? AND url IS NOT DISTINCT FROM ?", [article_id, s.path, s.url],
        ).fetchall()[0][0]
        if seen:
            continue
        con.execute(
            "INSERT INTO appearances (article_id, path, url, outlet, published, outlet_key) "
            "VALUES (?, ?, ?, ?, TRY_CAST(? AS TIMESTAMPTZ), ?)",
            [article_id, s.path, s.url, s.outlet, s.published, outlet_key(s.outlet)],
        )
        con.execute(_FILL_SQL, {
            "id": article_id, "url": s.url, "outlet": s.outlet, "published": s.published,
            "published_text": s.published_text,
            "day_only": published_day_only(s.published, s.published_text),
        })
        dated = undated and con.execute("SELECT published IS NOT NULL FROM articles "
                                        "WHERE seq = ?", [seq]).fetchall()[0][0]
        touched[seq] = touched.get(seq, False) or bool(dated)
    return pending, touched


def seen_places(con: duckdb.DuckDBPyConnection, article_ids: set[str]
                ) -> set[tuple[str, str | None, str | None]]:
    """(article id, path, url) of every recorded appearance of these articles."""
    if not article_ids:
        return set()
    return set(con.execute("SELECT article_id, path, url FROM appearances "
                           "WHERE article_id IN (SELECT unnest(?))",
                           [sorted(article_ids)]).fetchall())
