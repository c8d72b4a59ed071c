"""The ledger's cross-article views as Spark jobs over a Spark output: sources, quotes,
claims and figures, each written as JSON Lines (one item per line, in the ledger's order).

The merge rules are the ledger's own pure functions, applied per block so no step needs
the whole corpus in one process:

* content clusters (claims) and quote clusters, ledger/quotes.py: word 3-gram MinHash with
  the ledger's NUM_PERM and LSH_THRESHOLD (datasketch picks the same bands), candidate pairs
  within each band bucket, `same_words` to join them, connected components (labelled by
  their first member), as `cluster_texts` finds them;
* sources, ledger/names.py: `merge_sources` per block: people by surname (every rule for a
  person reads only mentions of the same surname), any other source by its `source_key`
  (the acronym table is the whole corpus's, broadcast);
* figures, ledger/figures.py: `build_series` per series key.

Each item is then built as ledger/views.py builds it (the Appearance, QuoteCluster, Claim,
SourceCluster and FigureSeries of ledger/model.py) and ordered the same way, so the
answers equal the DuckDB views on the same records (tests/test_spark_views.py). An
article's missing url, outlet and date are filled from its sightings as `ingest` fills
them. One difference: the other outlets an article was seen under are taken in sorted
order (DuckDB lists them in no set order).

These rules are those of the ledger on main when this was written (merged at query time);
the functions named above are the only places that hold them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from pyspark import RDD
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F

from according.spark.output import output_filesystem

VIEWS = ("sources", "quotes", "claims", "figures")
ORG_TYPES = ("organization", "outlet", "group")
ISO_TIME = "yyyy-MM-dd'T'HH:mm:ss'+00:00'"


@dataclass(frozen=True)
class ViewsSummary:
    """Items written per view, and where."""

    output: str
    counts: dict[str, int]
    seconds: float


# -- reading the tables ------------------------------------------------------------------------

def _read(spark: SparkSession, directory: str, table: str) -> DataFrame:
    return spark.read.parquet(f"{directory.rstrip('/')}/{table}")


def articles_frame(spark: SparkSession, directory: str) -> DataFrame:
    """Articles as the ledger holds them after `ingest`: url, outlet and date filled from
    the first sighting that knows them (by run, then seq), `n` the ingest order (1, 2, ...),
    and `published` as the views print it."""
    articles = _read(spark, directory, "articles").select("id", "run", "seq", "url", "outlet",
                                                         "published")
    seen = Window.partitionBy("article_id").orderBy("run", "seq").rowsBetween(
        Window.unboundedPreceding, Window.unboundedFollowing)
    filled = _read(spark, directory, "appearances").select(
        "article_id",
        *(F.first(c, ignorenulls=True).over(seen).alias(f"seen_{c}")
          for c in ("url", "outlet", "published")),
    ).dropDuplicates(["article_id"])
    order = articles.select("id", "run", "seq").rdd.map(
        lambda r: ((r.run or "", r.seq), r.id)).sortByKey().zipWithIndex().map(
        lambda pair: (pair[0][1], pair[1] + 1)).toDF(["order_id", "n"])
    joined = articles.join(filled, articles.id == filled.article_id, "left").join(
        order, articles.id == order.order_id)
    published = F.coalesce(F.col("published"), F.col("seen_published"))
    return joined.select(
        "id", "n", F.coalesce("url", "seen_url").alias("url"),
        F.coalesce("outlet", "seen_outlet").alias("outlet"),
        F.date_format(published, ISO_TIME).alias("published"),
        F.date_format(published, "yyyy-MM-dd").alias("day"),
    )


def attribution_rows(spark: SparkSession, directory: str, articles: DataFrame) -> RDD:
    """(index, row) of every attribution with what the ledger's views read of it, indexed
    in the views' order (ingest order, content start, attribution id)."""
    entities = _read(spark, directory, "entities")
    linked = entities.select(
        F.col("article_id").alias("e_article"), F.col("entity_id").alias("e_id"),
        F.col("name").alias("e_name"), F.col("type").alias("e_type"),
        F.col("title").alias("e_title"))
    org_names = entities.where(F.col("type").isin(*ORG_TYPES)).select("article_id", "name") \
        .union(articles.where(F.col("outlet").isNotNull()).select(
            F.col("id").alias("article_id"), F.col("outlet").alias("name"))) \
        .groupBy(F.col("article_id").alias("o_article")).agg(
            F.collect_set("name").alias("org_names"))
    people = entities.where(F.col("type") == "person").groupBy(
        F.col("article_id").alias("p_article")).agg(F.collect_set("name").alias("people"))
    a = _read(spark, directory, "attributions")
    rows = (a.join(articles, a.article_id == articles.id)
            .join(linked, (a.article_id == linked.e_article)
                  & (a.source_entity == linked.e_id), "left")
            .join(org_names, a.article_id == org_names.o_article, "left")
            .join(people, a.article_id == people.p_article, "left")
            .select(
                a.article_id, "attribution_id", "kind",
                F.coalesce("source_text", "e_name", F.lit("")).alias("surface"),
                F.coalesce("e_name", "source_text", F.lit("")).alias("name"),
                F.when((F.col("source_type") == "unspecified") & F.col("e_type").isNotNull(),
                       F.col("e_type")).otherwise(F.col("source_type")).alias("type"),
                F.col("e_title").alias("title"), F.col("content_text").alias("text"),
                "outlet", "published", "n", "content_start",
                F.col("source_entity").isNull().alias("unlinked"), "org_names", "people"))
    return rows.rdd.sortBy(
        lambda r: (r.n, r.content_start is None, r.content_start or 0, r.attribution_id)
    ).zipWithIndex().map(lambda pair: (pair[1], pair[0]))


# -- clustering the same words -------------------------------------------------------------

def components(edges: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Node -> the smallest node of its connected component, for nodes on an edge."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {node: find(node) for node in list(parent)}


def _band_members(part: Iterable[tuple[tuple[str, ...], int]]) -> Iterator[tuple]:
    """((band, band hash), (uid, shingles, numbers)) for each text with word 3-grams, with
    the ledger's MinHash parameters and datasketch's choice of bands."""
    from datasketch import MinHash, MinHashLSH

    from according.ledger.quotes import LSH_THRESHOLD, NUM_PERM, numbers, shingles

    texts = [(uid, words, shingles(words)) for words, uid in part]
    texts = [t for t in texts if t[2]]
    if not texts:
        return
    ranges = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges
    hashes = MinHash.bulk([[s.encode("utf-8") for s in t[2]] for t in texts],
                          num_perm=NUM_PERM)
    for (uid, words, sets), mh in zip(texts, hashes, strict=True):
        member = (uid, sets, numbers(words))
        for band, (lo, hi) in enumerate(ranges):
            yield (band, mh.hashvalues[lo:hi].tobytes()), member


def _joined_pairs(members: Iterable[tuple]) -> Iterator[tuple[int, int]]:
    from according.ledger.quotes import same_words

    members = sorted(members, key=lambda m: m[0])
    for i, (uid_a, sets_a, nums_a) in enumerate(members):
        for uid_b, sets_b, nums_b in members[i + 1:]:
            if same_words(sets_a, sets_b, nums_a, nums_b):
                yield uid_a, uid_b


def cluster_labels(items: RDD) -> RDD:
    """(index, label) for (index, text) items: texts with the same words, or near the same
    by the ledger's rule, share the label, the smallest index among them."""
    from according.ledger.quotes import quote_words

    words = items.mapValues(quote_words)
    first = words.map(lambda kv: (kv[1], kv[0])).reduceByKey(min)  # (words, uid)
    uid_of = words.map(lambda kv: (kv[1], kv[0])).join(first).map(lambda kv: kv[1])
    edges = (first.mapPartitions(_band_members).groupByKey()
             .flatMap(lambda kv: _joined_pairs(kv[1])).distinct().collect())
    root = items.context.broadcast(components(edges))
    return uid_of.mapValues(lambda uid: root.value.get(uid, uid))


# -- the views ----------------------------------------------------------------------------------

def _mention(row: Any) -> Any:
    from according.ledger.names import SourceMention

    return SourceMention(
        row.article_id, row.attribution_id, row.surface, row.name or row.surface, row.type,
        row.title, tuple(sorted(row.org_names or ())),
        tuple(sorted(row.people or ())) if row.unlinked else ())


def _block(mention: Any, acronyms: dict[str, set[str]]) -> str:
    """The block a mention is merged in: people by surname, others by their key."""
    from according.ledger.names import PERSONISH, source_key, split_person

    if mention.type in PERSONISH:
        return "person-surname:" + split_person(mention.name)[1]
    return "key:" + str(source_key(mention, acronyms))


def _merge_block(members: Iterable[tuple[int, Any, int | None]]) -> Iterator[tuple[int, Any]]:
    """(first index, SourceCluster) of one block, by the ledger's `merge_sources`."""
    from according.ledger.names import merge_sources

    members = sorted(members, key=lambda m: m[0])
    index = {(m.article_id, m.attribution_id): i for i, m, _ in members}
    quote_of = {(m.article_id, m.attribution_id): label for _, m, label in members
                if label is not None}
    for cluster in merge_sources([m for _, m, _ in members], quote_of):
        yield min(index[pair] for pair in cluster.mentions), cluster


def merged_sources(rows: RDD, labels: RDD) -> RDD:
    """(first index, SourceCluster) of every merged source."""
    from according.ledger.names import ORGISH, acronym, normalise_org

    mentions = rows.mapValues(_mention).leftOuterJoin(labels).map(
        lambda kv: (kv[0], kv[1][0], kv[1][1]))
    acronyms = mentions.filter(lambda m: m[1].type in ORGISH and acronym(m[1].name)).map(
        lambda m: (acronym(m[1].name), normalise_org(m[1].name))).distinct().groupByKey(
        ).mapValues(set).collectAsMap()
    table = rows.context.broadcast(dict(acronyms))
    return mentions.map(lambda m: (_block(m[1], table.value), m)).groupByKey().flatMap(
        lambda kv: _merge_block(kv[1]))


def _appearance(row: Any, source: tuple[str, str] | None) -> Any:
    from according.ledger.model import NO_SOURCE, Appearance

    key, name = source if source is not None else ("", "")
    return Appearance(
        article_id=row.article_id, attribution_id=row.attribution_id, kind=row.kind,
        text=row.text or "", source=name or NO_SOURCE, source_key=key, source_type=row.type,
        outlet=row.outlet, published=row.published, seq=row.n)


def _quote_cluster(group: Iterable[tuple[int, Any]]) -> tuple[tuple, Any]:
    from according.ledger.model import QuoteCluster
    from according.ledger.views import _order

    ordered = sorted(group, key=lambda item: _order(item[1]))
    items = [a for _, a in ordered]
    cluster = QuoteCluster(max((a.text for a in items), key=len), items[0], tuple(items[1:]))
    first = min(i for i, _ in ordered)
    return (-len(cluster.repeats), _order(cluster.first), first), cluster


def _claim(group: Iterable[tuple[int, Any, list[str]]]) -> tuple[tuple, Any]:
    """A claim from (index, Appearance, outlets its article was seen under) of one cluster."""
    from according.ledger.model import Claim
    from according.ledger.views import NAMED_TYPES, _order, _outlet_key

    ordered = sorted(group, key=lambda item: _order(item[1]))
    items = [a for _, a, _ in ordered]
    named = {a.source_key: a.source for a in items if a.source_type in NAMED_TYPES}
    anonymous = {a.source_key: a.source for a in items if a.source_type not in NAMED_TYPES}
    names = [o for _, a, seen in ordered for o in (a.outlet, *seen)]
    outlets = tuple(dict.fromkeys(k for k in map(_outlet_key, names) if k))
    n_sources = len(named) + len(anonymous)
    claim = Claim(
        text=max((a.text for a in items), key=len), appearances=tuple(items),
        sources=tuple(dict.fromkeys([*named.values(), *anonymous.values()])),
        outlets=outlets, n_sources=n_sources, n_outlets=len(outlets),
        single_sourced=n_sources <= 1, anonymous_only=not named,
    )
    first = min(item[0] for item in ordered)
    return (-claim.n_sources, -claim.n_outlets, _order(items[0]), first), claim


def _series(figures: Iterable[tuple[tuple, Any]]) -> tuple[tuple, Any]:
    from according.ledger.figures import build_series

    (series,) = build_series(f for _, f in sorted(figures, key=lambda item: item[0]))
    return (-len(series.figures), series.key), series


def figure_series(spark: SparkSession, directory: str, articles: DataFrame,
                  source_of: RDD) -> RDD:
    """(sort key, FigureSeries) of every counted thing."""
    from according.ledger.figures import counted_key
    from according.ledger.model import Figure

    q = _read(spark, directory, "quantities")
    rows = q.join(articles, q.article_id == articles.id).select(
        "article_id", "quantity_id", "text", "value", "low", "high", "hedge", "counted",
        "unit", "attribution_id", "start", "outlet", "published", "day", "n")

    def figure(item: tuple) -> tuple[str, tuple[tuple, Any]]:
        r, source = item
        fig = Figure(
            article_id=r.article_id, quantity_id=r.quantity_id, text=r.text, value=r.value,
            low=r.low, high=r.high, hedge=r.hedge, counted=r.counted, unit=r.unit,
            key=counted_key(r.counted, r.unit), day=r.day, published=r.published,
            outlet=r.outlet, source=source if r.attribution_id else None)
        return fig.key, ((r.n, r.start), fig)

    return rows.rdd.map(lambda r: ((r.article_id, r.attribution_id), r)).leftOuterJoin(
        source_of).map(lambda kv: figure(kv[1])).groupByKey().map(lambda kv: _series(kv[1]))


def _write(output: str, view: str, items: RDD) -> int:
    """Write (sort key, item) pairs as JSON Lines in key order; returns how many."""
    from pyarrow import fs

    filesystem, root = output_filesystem(output)
    target = f"{root}/{view}"
    if filesystem.get_file_info(target).type != fs.FileType.NotFound:
        filesystem.delete_dir(target)
    ordered = items.sortBy(lambda pair: pair[0]).map(
        lambda pair: json.dumps(asdict(pair[1]), ensure_ascii=False, default=str)).persist()
    try:
        ordered.saveAsTextFile(output.rstrip("/") + f"/{view}")
        return ordered.count()
    finally:
        ordered.unpersist()


def compute_views(spark: SparkSession, directory: str, output: str,
                  on_view: Callable[[str, int], None] | None = None) -> ViewsSummary:
    """Compute the four views of the Spark output in `directory` into `output`/VIEW/."""
    import time

    started = time.perf_counter()
    articles = articles_frame(spark, directory).persist()
    rows = attribution_rows(spark, directory, articles).persist()
    worded = rows.filter(lambda kv: (kv[1].text or "").strip()).mapValues(lambda r: r.text)
    labels = cluster_labels(worded).persist()
    sources = merged_sources(rows, labels).persist()
    source_by_pair = sources.flatMap(
        lambda fc: [(pair, (fc[1].key, fc[1].name)) for pair in fc[1].mentions])
    appearances = rows.map(lambda kv: ((kv[1].article_id, kv[1].attribution_id), kv)).join(
        source_by_pair).map(lambda kv: (kv[1][0][0], _appearance(kv[1][0][1], kv[1][1])))
    appearances = appearances.persist()
    counts: dict[str, int] = {}

    def write(view: str, items: RDD) -> None:
        counts[view] = _write(output, view, items)
        if on_view:
            on_view(view, counts[view])

    write("sources", sources.map(
        lambda fc: ((-len(fc[1].mentions), fc[1].name, fc[0]), fc[1])))
    from according.ledger.views import QUOTE_KINDS

    quoted = appearances.filter(lambda ia: ia[1].kind in QUOTE_KINDS and ia[1].text.strip())
    quote_labels = cluster_labels(quoted.mapValues(lambda a: a.text))
    write("quotes", quoted.join(quote_labels).map(lambda kv: (kv[1][1], (kv[0], kv[1][0])))
          .groupByKey().map(lambda kv: _quote_cluster(kv[1])))
    seen = _read(spark, directory, "appearances").where(F.col("outlet").isNotNull()).groupBy(
        "article_id").agg(F.sort_array(F.collect_set("outlet")).alias("outlets")).rdd.map(
        lambda r: (r.article_id, list(r.outlets)))
    with_seen = appearances.map(lambda ia: (ia[1].article_id, ia)).leftOuterJoin(seen).map(
        lambda kv: (kv[1][0][0], (kv[1][0][1], kv[1][1] or [])))
    write("claims", with_seen.join(labels).map(
        lambda kv: (kv[1][1], (kv[0], *kv[1][0]))).groupByKey().map(
        lambda kv: _claim(kv[1])))
    source_of = appearances.map(lambda ia: ((ia[1].article_id, ia[1].attribution_id),
                                            ia[1].source))
    write("figures", figure_series(spark, directory, articles, source_of))
    for cached in (appearances, sources, labels, rows):
        cached.unpersist()
    articles.unpersist()
    return ViewsSummary(output, counts, time.perf_counter() - started)
