"""The ledger's cross-article merges as Spark DataFrame jobs, over the rows spark/views.py
wrote (every article's rows and merge columns, by the ledger's own `rows_for_numbered`).

What `merge.merge_all` computes in DuckDB on one machine, computed here on the cluster,
with the ledger's own pure rules (duplicates.same_story, quotes.same_quote and
quote_buckets, names.resolve_surnames and acronym_key) called inside Spark tasks:

* near-duplicate groups: every article's story and quoted LSH buckets (`key_buckets`:
  the story bands, and the quoted signature's that find a rewrite, merge rules 31), candidate
  pairs by a self-join on the bucket, each pair checked by `same_story`, the groups the
  connected components of the pairs that hold, each named by its original
  (duplicates.original_rank); an undated member whose record keeps its dateline's
  month-day ("XXXX-11-24") takes the year of its group's earliest dated member before
  the original is chosen (merge.date_by_groups: `dated`), and its figure rows are
  derived again on that day (`dated_rows/quantities`, as merge.place_figures_again);
* texts and quote clusters: the distinct texts (by `text_key`, named by their first
  `ref`), the quote buckets of the quoted ones, candidate pairs of each text with the
  first texts of each of its buckets (by ref, merge.first_in_bucket, as the ledger bounds a
  bucket), checked by `same_quote`, the clusters the components of the pairs that hold;
* waiting sources: surname-only mentions resolved per surname against the whole
  archive's full names and titles and the first names credited with the same words
  (grouped by surname, one `resolve_surnames` call per surname), acronyms against every
  organisation whose initials they spell (grouped by initials); the anonymous sources of
  a story's copies take the key of the story's original (names.occurrence_key).

Connected components are computed by min-label propagation over the edge DataFrame (each
label hooks to the smallest label across its members' edges, then each node takes the
label of its label), repeated until no label changes, with the labels checkpointed every
round so the lineage stays short. Nothing is collected on the driver but counts.

The results are written as Parquet under OUTPUT/merges/: `groups` (seq, group_seq),
`texts`, `text_buckets`, `story_buckets` (the ledger's tables), `dated` (seq, published)
and `dated_rows/quantities` (their figure rows on that day), `moves` (ref, source_key,
source_id of mentions re-resolved), `attributions` (ref, cluster, source_key, source_id:
every mention as merged) and `figures` (ref, source_id: a figure's source as merged).
spark/summaries.py reads them for the view tables; spark/finish.py for a ledger.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from according.ledger.duplicates import STORY_KEY_FIELDS
from according.spark.finish import MERGES

DATED = "dated"  # (seq, published): undated story members dated by their groups
DATED_ROWS = "dated_rows"  # their figure rows derived again on that day
_MONTH_DAY = re.compile(r"XXXX-\d\d-\d\d")
MAX_ROUNDS = 200  # label propagation rounds (a path of n nodes takes about log n)
BUCKET_SCHEMA = StructType([StructField("bucket", LongType()), StructField("id", LongType())])
MOVE_SCHEMA = StructType([StructField("ref", LongType()), StructField("source_key", StringType()),
                          StructField("source_id", LongType())])
EDGE_SCHEMA = StructType([StructField("a", LongType()), StructField("b", LongType())])


@dataclass(frozen=True)
class MergeSummary:
    """Sizes of what the merges found, and the label propagation rounds they took."""

    groups: int  # near-duplicate groups of more than one article
    clusters: int  # quote clusters of more than one text
    story_edges: int
    text_edges: int
    moved_sources: int
    rounds: dict[str, int]
    seconds: float


def merges_path(output: str) -> str:
    return f"{output.rstrip('/')}/{MERGES}"


def read_rows(spark: SparkSession, output: str, table: str) -> DataFrame:
    """One table of the rows spark/views.py wrote under `output`."""
    return spark.read.parquet(f"{output.rstrip('/')}/{table}")


# -- connected components --------------------------------------------------------------------


def connected_components(edges: DataFrame, max_rounds: int = MAX_ROUNDS) -> tuple[DataFrame, int]:
    """(node, label) for every node of the undirected edges (a, b): label is the smallest
    node of its connected component. Each round, every label (a star's root) hooks to the
    smallest label across its members' edges, then every node takes its label's label
    (one shortcut), so a path of n nodes settles in about log n rounds; labels only
    decrease, so a round that leaves their sum unchanged changed none. The labels are
    checkpointed each round; returns them and the rounds taken."""
    both = edges.select(F.col("a").alias("node"), F.col("b").alias("nbr")).union(
        edges.select(F.col("b").alias("node"), F.col("a").alias("nbr"))).distinct() \
        .localCheckpoint()
    labels = both.select("node").distinct().withColumn("label", F.col("node")).localCheckpoint()
    total = _label_sum(labels)
    for round_ in range(1, max_rounds + 1):
        ends = both.join(labels, "node").join(
            labels.select(F.col("node").alias("nbr"), F.col("label").alias("nlabel")), "nbr")
        hooks = ends.filter(F.col("nlabel") < F.col("label")).groupBy("label").agg(
            F.min("nlabel").alias("hook"))
        hooked = labels.join(hooks, "label", "left").select(
            "node", F.coalesce("hook", "label").alias("label"))
        labels = hooked.alias("x").join(hooked.alias("y"), F.col("x.label") == F.col("y.node")) \
            .select(F.col("x.node").alias("node"),
                    F.least(F.col("x.label"), F.col("y.label")).alias("label")).localCheckpoint()
        before, total = total, _label_sum(labels)
        if total == before:
            return labels, round_
    raise RuntimeError(f"connected components did not settle in {max_rounds} rounds")


def _label_sum(labels: DataFrame) -> int:
    return labels.agg(F.sum(F.col("label").cast("decimal(38,0)"))).first()[0] or 0


# -- near-duplicate groups ---------------------------------------------------------------------


def _story_bucket_rows(rows: Iterator) -> Iterator[tuple[int, int]]:
    """(bucket, seq) of each article's story and quoted bands (duplicates.key_buckets)."""
    from according.ledger.duplicates import STORY_KEY_FIELDS, key_buckets, stored_key

    batch = list(rows)
    if not batch:
        return
    keys = [stored_key(*(r[f] for f in STORY_KEY_FIELDS)) for r in batch]
    for r, buckets in zip(batch, key_buckets(keys), strict=True):
        for bucket in buckets.tolist():
            yield int(bucket), int(r.seq)


def _same_story_pairs(rows: Iterator) -> Iterator[tuple[int, int]]:
    from according.ledger.duplicates import STORY_KEY_FIELDS, same_story, stored_key

    for r in rows:
        if same_story(stored_key(*(r[f"{f}_a"] for f in STORY_KEY_FIELDS), day=r.day_a),
                      stored_key(*(r[f"{f}_b"] for f in STORY_KEY_FIELDS), day=r.day_b)):
            yield r.a, r.b


def _story_day(record: str | None) -> str | None:
    import json

    from according.ledger.duplicates import record_story_day

    return record_story_day(json.loads(record)) if record else None


def _own_wire(outlet: str | None) -> str | None:
    from according.ledger.duplicates import wire_service

    return wire_service(outlet)


def _not_wire_outlet(outlet: str | None) -> bool:
    from according.ledger.duplicates import wire_service

    return wire_service(outlet) is None


def story_groups(spark: SparkSession, articles: DataFrame) -> tuple[DataFrame, DataFrame,
                                                                     DataFrame, int]:
    """(story_buckets(bucket, seq), groups(seq, group_seq) of every article, the edges
    that hold, rounds taken)."""
    keyed = articles.select("seq", *STORY_KEY_FIELDS,
                            F.udf(_story_day, StringType())("record_json").alias("day"))
    from according.ledger.merge import FIRST_IN_STORY_BUCKET

    every = spark.createDataFrame(keyed.rdd.mapPartitions(_story_bucket_rows),
                                  BUCKET_SCHEMA).withColumnRenamed("id", "seq")
    # a bucket keeps, and an article is compared with, the bucket's first articles by seq
    # before it (merge.FIRST_IN_STORY_BUCKET), as the ledger's
    buckets = every.withColumn("n", F.row_number().over(
        Window.partitionBy("bucket").orderBy("seq"))).where(
        F.col("n") <= FIRST_IN_STORY_BUCKET).drop("n").localCheckpoint()
    pairs = every.alias("x").join(buckets.alias("y"), "bucket") \
        .filter(F.col("x.seq") > F.col("y.seq")) \
        .select(F.col("x.seq").alias("a"), F.col("y.seq").alias("b")).distinct()
    side = {s: keyed.select(F.col("seq").alias(s), F.col("day").alias(f"day_{s}"),
                            *(F.col(f).alias(f"{f}_{s}") for f in STORY_KEY_FIELDS))
            for s in ("a", "b")}
    candidates = pairs.join(side["a"], "a").join(side["b"], "b")
    edges = spark.createDataFrame(candidates.rdd.mapPartitions(_same_story_pairs),
                                  EDGE_SCHEMA).localCheckpoint()
    labels, rounds = connected_components(edges)
    from according.spark.summaries import sort_us  # (it imports this module)

    dated = dated_members(articles, labels).localCheckpoint()
    day_only = F.coalesce(F.col("published_day_only"), F.lit(False)) \
        if "published_day_only" in articles.columns else F.lit(False)
    components = labels.withColumnRenamed("node", "seq").join(
        articles.select("seq", "published", day_only.alias("day_only"), "wire", "outlet"),
        "seq").join(dated.withColumnRenamed("published", "dated"), "seq", "left").select(
        "label", "seq", "wire", "outlet",
        F.coalesce("dated", "published").cast("timestamp").alias("published"),
        (F.col("dated").isNotNull() | F.col("day_only")).alias("day_only"))
    # a group is named by its original (duplicates.group_original): a wire service's own
    # story that another member credits, then (duplicates.original_rank) earliest published
    # day, a wire service's own story, other wire copy, earliest sort time (a day-only
    # stamp after the timed ones of its day: summaries.sort_us), first ingested
    components = components.withColumn("own", F.udf(_own_wire, StringType())("outlet"))
    credited = components.where(F.col("own").isNull()).select(
        "label", F.explode(F.coalesce("wire", F.array())).alias("credit")) \
        .groupBy("label").agg(F.collect_set("credit").alias("credited"))
    components = components.join(credited, "label", "left")
    originals = components.groupBy("label").agg(F.min(F.struct(
        ~F.coalesce(F.array_contains(F.coalesce("credited", F.array()), F.col("own")),
                    F.lit(False)),
        F.col("published").isNull(), F.to_date("published"),
        F.udf(_not_wire_outlet, BooleanType())("outlet"),
        F.size(F.coalesce("wire", F.array())) == 0, sort_us("published", "day_only"),
        F.col("seq")))
        .getField("seq").alias("original"))
    groups = articles.select("seq").join(
        labels.withColumnRenamed("node", "seq").join(originals, "label"), "seq", "left") \
        .select("seq", F.coalesce("original", "seq").alias("group_seq"))
    return buckets, groups, dated, edges, rounds


def _dated_day(timex3: str | None, earliest: object) -> str | None:
    """A month-day of an unknown year ("XXXX-11-24") dated by its group's earliest copy day
    (merge.date_by_groups): that day's midnight UTC, else None."""
    from datetime import date

    from according.article.pubtime import year_before

    if not timex3 or earliest is None or not _MONTH_DAY.fullmatch(timex3):
        return None
    month, mday = int(timex3[5:7]), int(timex3[8:10])
    year = year_before(month, mday, earliest)
    return None if year is None else f"{date(year, month, mday).isoformat()}T00:00:00+00:00"


def dated_members(articles: DataFrame, labels: DataFrame) -> DataFrame:
    """(seq, published) of the undated members of story groups whose record keeps its
    dateline's month-day, dated by the group's earliest dated member as the ledger's
    merge.date_by_groups dates them (a wire story's "Nov 24", its copy's year)."""
    members = labels.withColumnRenamed("node", "seq").join(articles.select(
        "seq", F.col("published").cast("timestamp").alias("published"),
        F.get_json_object("record_json", "$.metadata.published_timex3").alias("timex3")),
        "seq")
    earliest = members.where(F.col("published").isNotNull()).groupBy("label").agg(
        F.min(F.to_date("published")).alias("earliest"))
    return members.where(F.col("published").isNull()).join(earliest, "label").select(
        "seq", F.udf(_dated_day, StringType())("timex3", "earliest").alias("published")) \
        .where(F.col("published").isNotNull())


# -- texts and quote clusters ------------------------------------------------------------------


def _quote_bucket_rows(rows: Iterator) -> Iterator[tuple[int, int]]:
    from itertools import islice

    from according.ledger.quotes import quote_buckets

    while batch := list(islice(rows, 5000)):
        for r, buckets in zip(batch, quote_buckets([tuple(r.words.split()) for r in batch]),
                              strict=True):
            for bucket in buckets.tolist():
                yield int(bucket), int(r.ref)


def _same_words_pairs(rows: Iterator) -> Iterator[tuple[int, int]]:
    from according.ledger.quotes import numbers, same_quote, shingles

    for r in rows:
        a, b = tuple(r.words_a.split()), tuple(r.words_b.split())
        if same_quote(a, b, shingles(a), shingles(b), numbers(a), numbers(b)):
            yield r.a, r.b


def quote_clusters(spark: SparkSession, attributions: DataFrame) -> tuple[DataFrame, DataFrame,
                                                                          DataFrame, int]:
    """(texts, text_buckets(bucket, ref), the edges that hold, rounds taken); texts as the
    ledger keeps them: text_key, ref, words, quote, cluster."""
    from according.ledger.merge import first_in_bucket_sql

    first = attributions.filter(F.col("text_key").isNotNull()).groupBy("text_key").agg(
        F.min("ref").alias("ref"),
        # the words of the member with the most, the first by ref of them (merge.TEXT_WORDS)
        F.max_by("words", F.struct(F.size(F.split("words", " ")), -F.col("ref"))).alias("words"),
        F.bool_or(F.coalesce(F.col("quote"), F.lit(False))).alias("quote")).localCheckpoint()
    buckets = spark.createDataFrame(
        first.filter("quote").select("ref", "words").rdd.mapPartitions(_quote_bucket_rows),
        BUCKET_SCHEMA).withColumnRenamed("id", "ref").localCheckpoint()
    # a bucket's first texts (merge.first_in_bucket): fewer for a piece key (odd)
    bound = F.expr(first_in_bucket_sql())
    ranked = buckets.withColumn("rank", F.row_number().over(
        _window("bucket", "ref")) - 1)
    pairs = ranked.alias("x").join(
        ranked.filter(F.col("rank") < bound).alias("y"), "bucket") \
        .filter(F.col("y.rank") < F.col("x.rank")) \
        .select(F.col("x.ref").alias("a"), F.col("y.ref").alias("b")).distinct()
    words = {s: first.select(F.col("ref").alias(s), F.col("words").alias(f"words_{s}"))
             for s in ("a", "b")}
    candidates = pairs.join(words["a"], "a").join(words["b"], "b")
    edges = spark.createDataFrame(candidates.rdd.mapPartitions(_same_words_pairs),
                                  EDGE_SCHEMA).localCheckpoint()
    labels, rounds = connected_components(edges)
    texts = first.join(labels.withColumnRenamed("node", "ref"), "ref", "left").select(
        "text_key", "ref", "words", "quote", F.coalesce("label", "ref").alias("cluster"))
    return texts, buckets, edges, rounds


def _window(partition: str, order: str):  # noqa: ANN202 - a WindowSpec
    from pyspark.sql import Window

    return Window.partitionBy(partition).orderBy(order)


# -- waiting sources ---------------------------------------------------------------------------


def _resolve_surname_block(item: tuple) -> Iterator[tuple[int, str, int]]:
    from according.ledger.minhash import hash64
    from according.ledger.names import mention_facts_waiting, resolve_surnames

    surname, (members, evidence) = item
    members = sorted(members, key=lambda r: r.ref)
    if not members:
        return
    block = {r.first: frozenset(r.titles or ()) for r in evidence}
    inputs = [(r.article_id, str(r.ref),
               mention_facts_waiting(r.article_id, surname, r.titles, r.article_firsts),
               frozenset(r.quoted or ())) for r in members]
    for r, key in zip(members, resolve_surnames(block, inputs), strict=True):
        if key != r.source_key:
            yield int(r.ref), key, hash64(key)


def _acronym_moves(rows: Iterator) -> Iterator[tuple[int, str, int]]:
    from according.ledger.minhash import hash64
    from according.ledger.names import acronym_key

    for r in rows:
        key = acronym_key(r.initials, r.norms or ())
        if key != r.source_key:
            yield int(r.ref), key, hash64(key)


def source_moves(spark: SparkSession, attributions: DataFrame) -> DataFrame:
    """(ref, source_key, source_id) of every mention whose source the whole archive's
    evidence re-resolves (surname-only people, then acronyms, as merge_all runs them)."""
    named = attributions.filter(F.col("first").isNotNull())
    evidence = named.groupBy("surname", "first").agg(F.array_distinct(F.flatten(
        F.collect_list(F.coalesce("titles", F.array().cast(ArrayType(StringType())))))
    ).alias("titles"))
    quoted = named.filter(F.col("cluster").isNotNull()).groupBy("cluster", "surname").agg(
        F.collect_set("first").alias("quoted"))
    waiting = attributions.filter(F.coalesce(F.col("waiting"), F.lit(False))).join(
        quoted, ["cluster", "surname"], "left").select(
        "surname", "ref", "article_id", "source_key", "titles", "article_firsts", "quoted")
    evidence = evidence.join(waiting.select("surname").distinct(), "surname")
    people = waiting.rdd.keyBy(lambda r: r.surname).cogroup(
        evidence.rdd.keyBy(lambda r: r.surname)).flatMap(_resolve_surname_block)
    norms = attributions.filter(F.col("org_initials").isNotNull()).groupBy(
        F.col("org_initials").alias("initials")).agg(F.collect_set("org_norm").alias("norms"))
    acronyms = attributions.filter(F.col("initials").isNotNull()).select(
        "ref", "initials", "source_key").join(norms, "initials", "left").select(
        "ref", "initials", "source_key", "norms").rdd.mapPartitions(_acronym_moves)
    people_df = spark.createDataFrame(people, MOVE_SCHEMA)
    acronym_df = spark.createDataFrame(acronyms, MOVE_SCHEMA)
    # an acronym's move is applied after a person's (merge_all's order)
    return people_df.join(acronym_df.select("ref"), "ref", "left_anti").union(acronym_df)


def _occurrence_moves(rows: Iterator) -> Iterator[tuple[int, str, int]]:
    from according.ledger.minhash import hash64
    from according.ledger.names import is_occurrence_key, occurrence_key

    for r in rows:
        if is_occurrence_key(r.source_key):
            key = occurrence_key(r.source_key, r.original)
            if key != r.source_key:
                yield int(r.ref), key, hash64(key)


def occurrence_moves(spark: SparkSession, attributions: DataFrame, articles: DataFrame,
                     groups: DataFrame) -> DataFrame:
    """(ref, source_key, source_id) of the anonymous, unspecified and document sources of
    a story's copies, keyed at the story's original (names.occurrence_key), as merge_all
    gives them (merge.rekey_story_occurrences)."""
    originals = groups.filter("seq <> group_seq").join(
        articles.select(F.col("seq").alias("group_seq"), F.col("id").alias("original")),
        "group_seq").select("seq", "original")
    copies = attributions.filter(F.col("source_key").contains(" @")).join(
        originals, "seq").select("ref", "source_key", "original")
    return spark.createDataFrame(copies.rdd.mapPartitions(_occurrence_moves), MOVE_SCHEMA)


# -- the job -----------------------------------------------------------------------------------


def _write_dated_rows(spark: SparkSession, output: str, dated: DataFrame) -> None:
    """The quantity rows of the articles story groups dated (`dated`: their article rows
    and the day each takes), derived again with that day as the ledger's
    merge.place_figures_again derives them, written under merges/dated_rows/quantities/."""
    from pyarrow import fs

    from according.spark.output import output_filesystem
    from according.spark.views import write_rows

    target = f"{merges_path(output)}/{DATED_ROWS}"
    filesystem, root = output_filesystem(target)
    if filesystem.get_file_info(root).type != fs.FileType.NotFound:
        filesystem.delete_dir(root)  # a rerun's rows only
    dated.select("seq", "record_json", "dated").rdd.map(tuple).mapPartitionsWithIndex(
        lambda index, part: write_rows(index, part, target, tables=("quantities",))).collect()


def compute_merges(spark: SparkSession, output: str) -> MergeSummary:
    """Every cross-article merge of the rows under `output`, written under
    `output`/merges/ (module doc)."""
    started = time.perf_counter()
    target = merges_path(output)
    articles = read_rows(spark, output, "articles")
    attributions = read_rows(spark, output, "attributions")
    story_buckets, groups, dated, story_edges, story_rounds = story_groups(spark, articles)
    story_buckets.write.mode("overwrite").parquet(f"{target}/story_buckets")
    groups.write.mode("overwrite").parquet(f"{target}/groups")
    dated.write.mode("overwrite").parquet(f"{target}/{DATED}")
    _write_dated_rows(spark, output, articles.join(dated.withColumnRenamed(
        "published", "dated"), "seq"))
    texts, text_buckets, text_edges, text_rounds = quote_clusters(spark, attributions)
    text_buckets.write.mode("overwrite").parquet(f"{target}/text_buckets")
    texts.write.mode("overwrite").parquet(f"{target}/texts")
    texts = spark.read.parquet(f"{target}/texts")
    clustered = attributions.drop("cluster").join(
        texts.select("text_key", "cluster"), "text_key", "left")
    # a story copy's anonymous sources are never waiting ones: the two sets of moves are apart
    moves = source_moves(spark, clustered).union(
        occurrence_moves(spark, clustered, articles, groups))
    moves.write.mode("overwrite").parquet(f"{target}/moves")
    moves = spark.read.parquet(f"{target}/moves")
    merged = clustered.join(moves.withColumnRenamed("source_key", "moved_key")
                            .withColumnRenamed("source_id", "moved_id"), "ref", "left") \
        .select("ref", "seq", "attribution_id", "cluster",
                F.coalesce("moved_key", "source_key").alias("source_key"),
                F.coalesce("moved_id", "source_id").alias("source_id"))
    merged.write.mode("overwrite").parquet(f"{target}/attributions")
    merged = spark.read.parquet(f"{target}/attributions")
    figures = read_rows(spark, output, "quantities").select("ref", "seq", "attribution_id") \
        .join(merged.select("seq", "attribution_id", "source_id"),
              ["seq", "attribution_id"], "left").select("ref", "source_id")
    figures.write.mode("overwrite").parquet(f"{target}/figures")
    groups = spark.read.parquet(f"{target}/groups")
    return MergeSummary(
        groups=groups.filter("seq <> group_seq").select("group_seq").distinct().count(),
        clusters=texts.filter("ref <> cluster").select("cluster").distinct().count(),
        story_edges=story_edges.count(), text_edges=text_edges.count(),
        moved_sources=moves.count(),
        rounds={"groups": story_rounds, "clusters": text_rounds},
        seconds=time.perf_counter() - started)
