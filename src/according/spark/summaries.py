"""The view tables as Spark DataFrame jobs: what the ledger's summaries (ledger/stats.py)
hold for its sources, claims and quotes, figure groups and figure series, computed from
the rows spark/views.py wrote and the merges spark/merges.py computed, written as Parquet
under OUTPUT/views/ (`sources`, `claims`, `figure_groups`, `series`).

The same rules as stats.py's SQL, written for Spark:

* sources: members, articles, whether every mention names it, its display name (the
  outlet table's name of an organisation, else its most used name: full person names
  first, then by count, length, text), its most used type, its forms by use;
* claims (content clusters, quotes among them): members, quotes, articles, independent
  sources and named ones (the unnamed and unresolved buckets never count), reports (one
  near-duplicate group is one report however many outlets carried it), outlets that
  carried it, whether every report is wire copy, its longest wording, its first member
  (by publication time, undated last, then ledger order; a member its story group dated,
  spark/merges.py `dated_members`, on that day) and first quote;
* figure groups (one series, day and place): figures, the two most constraining lows and
  highs of distinct articles, and its disagreements (ledger/disagreements.py: pairs of
  stories whose figures clash, and a story's pairs of sources clashing in one article);
* series: figures, articles, last day, disagreements (its groups'), most used label and
  unit, places by use.

What they leave to the ledger: the sample members each summary row keeps for list pages
and first publication times (ledger/stats.py fills them when `--db` builds a ledger), and
the dates a later sighting gives an undated article (figures of such an article are
placed when the ledger stores the sighting).
"""

from __future__ import annotations

from pyspark.sql import Column, DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql.types import StringType

from according.spark.finish import MERGES
from according.spark.merges import DATED, DATED_ROWS, read_rows

VIEWS = "views"
# each view table: the ledger's summary table holding the same rows, its key, and the
# columns both hold (bench/bench_spark.py compares them)
LEDGER_SUMMARIES = {
    "sources": ("source_stats", "source_id", "source_id, key, name, type, named, "
                "n_attributions, n_articles, forms, first_ref"),
    "claims": ("cluster_stats", "cluster", "cluster, text, n_members, n_quotes, n_articles, "
               "n_sources, n_named, n_reports, n_outlets, wire_only, sources, first_ref, "
               "first_quote_ref, first_seq, quote_text, quote_first_seq"),
    "figure_groups": ("group_stats", "group_id", "group_id, series_id, n, lo1_ref, lo1_seq, "
                      "lo1, lo1_open, lo2_ref, lo2_seq, lo2, lo2_open, hi1_ref, hi1_seq, hi1, "
                      "hi2_ref, hi2_seq, hi2, n_clash"),
    "series": ("series_stats", "series_id", "series_id, key, label, unit, n_figures, "
               "n_articles, n_disagreements, places, last_day"),
}


def _outlet_names(spark: SparkSession) -> DataFrame:
    from according.ledger.names import name_rules

    outlet_of = name_rules()["outlet_of"]
    return spark.createDataFrame(sorted(outlet_of.items()), "norm string, canonical string")


def merged_attributions(spark: SparkSession, output: str) -> DataFrame:
    """The attribution rows with their cluster and source as merged."""
    merged = spark.read.parquet(f"{output.rstrip('/')}/{MERGES}/attributions").select(
        "ref", "cluster", "source_key", "source_id")
    return read_rows(spark, output, "attributions").drop(
        "cluster", "source_key", "source_id").join(merged, "ref")


def merged_articles(spark: SparkSession, output: str) -> DataFrame:
    """The article rows with their story group, the day an undated member takes from its
    group (spark/merges.py `dated_members`: a day only, as the ledger marks it), and their
    sort time (`sort_us`, ledger/sort_time.py: a day-only stamp after its day's timed
    ones)."""
    merges = f"{output.rstrip('/')}/{MERGES}"
    groups = spark.read.parquet(f"{merges}/groups")
    dated = spark.read.parquet(f"{merges}/{DATED}").withColumnRenamed("published", "dated")
    rows = read_rows(spark, output, "articles")
    stored = F.coalesce(F.col("published_day_only"), F.lit(False)) \
        if "published_day_only" in rows.columns else F.lit(False)
    return rows.drop("group_seq").join(groups, "seq").join(dated, "seq", "left") \
        .withColumn("published", F.coalesce("dated", "published").cast("timestamp")) \
        .withColumn("published_day_only", F.col("dated").isNotNull() | stored) \
        .withColumn("sort_us", sort_us("published", "published_day_only")) \
        .drop("dated")


def sort_us(published: str, day_only: str) -> Column:
    """An article's sort time in microseconds since the epoch (ledger/sort_time.py): its
    publication time, a day-only stamp's at its day's last microsecond; null undated."""
    from according.ledger.sort_time import DAY_ONLY_OFFSET_US

    return F.unix_micros(F.col(published)) + F.when(
        F.col(day_only), F.lit(DAY_ONLY_OFFSET_US)).otherwise(F.lit(0))


def merged_figures(spark: SparkSession, output: str) -> DataFrame:
    """The quantity rows with their source as merged, those of the articles a story group
    dated derived again on that day (spark/merges.py `_write_dated_rows`)."""
    from pyarrow import fs

    from according.spark.output import output_filesystem

    merges = f"{output.rstrip('/')}/{MERGES}"
    rows = read_rows(spark, output, "quantities")
    redone_dir = f"{merges}/{DATED_ROWS}/quantities"
    filesystem, root = output_filesystem(redone_dir)
    if filesystem.get_file_info(root).type == fs.FileType.Directory:
        redone = spark.read.parquet(redone_dir)
        rows = rows.join(redone.select("seq").distinct(), "seq", "left_anti") \
            .unionByName(redone)
    return rows.drop("source_id").join(spark.read.parquet(f"{merges}/figures"), "ref")


def sources_table(spark: SparkSession, att: DataFrame) -> DataFrame:
    """One row per source (ledger/stats.py `source_stats`, without its sample)."""
    from according.ledger.model import NO_SOURCE, UNRESOLVED
    from according.ledger.names import NONE_KEY, UNRESOLVED_KEY
    from according.ledger.stats import LIST_CAP

    forms = att.filter(F.col("source_phrase").isNotNull()).select(
        "source_id", F.col("source_phrase").alias("form"), F.lit(False).alias("is_name"),
        F.lit(False).alias("full_name"), "ref").union(
        att.filter(F.col("source_name").isNotNull()).select(
            "source_id", F.col("source_name").alias("form"), F.lit(True).alias("is_name"),
            F.coalesce("name_full", F.lit(False)).alias("full_name"), "ref")) \
        .filter(F.trim("form") != "").groupBy("source_id", "form", "is_name").agg(
        F.bool_or("full_name").alias("full_name"), F.count("*").alias("n"),
        F.min("ref").alias("first_ref"))
    counts = att.filter(F.col("source_id").isNotNull()).groupBy("source_id").agg(
        F.first("source_key").alias("key"), F.bool_and("named").alias("named"),
        F.count("*").alias("n_attributions"), F.countDistinct("seq").alias("n_articles"),
        F.min("ref").alias("first_ref"))
    kinds = att.filter(F.col("source_id").isNotNull()).groupBy(
        "source_id", F.coalesce("source_kind", F.lit("unspecified")).alias("kind")).count()
    type_ = kinds.groupBy("source_id").agg(F.min_by(
        "kind", F.struct(-F.col("count"), F.col("kind"))).alias("type"))
    names = _best_form(forms, counts)
    listed = forms.filter(~F.col("form").isin(NO_SOURCE, UNRESOLVED)) \
        .groupBy("source_id", "form").agg(F.sum("n").alias("n"),
                                          F.min("first_ref").alias("first_ref")) \
        .groupBy("source_id").agg(F.sort_array(F.collect_list(F.struct(
            -F.col("n"), F.col("first_ref"), F.col("form")))).alias("ordered")) \
        .select("source_id", F.slice(F.transform("ordered", lambda s: s["form"]), 1,
                                     LIST_CAP).alias("forms"))
    outlets = _outlet_names(spark).select(
        F.concat(F.lit("org:"), "norm").alias("key"), "canonical")
    return counts.join(outlets, "key", "left").join(names, "source_id", "left") \
        .join(type_, "source_id", "left").join(listed, "source_id", "left").select(
        "source_id", "key",
        F.when(F.col("key") == NONE_KEY, F.lit(NO_SOURCE))
         .when(F.col("key") == UNRESOLVED_KEY, F.lit(UNRESOLVED))
         .otherwise(F.coalesce("canonical", "best_form", F.lit(NO_SOURCE))).alias("name"),
        "type", "named", "n_attributions", "n_articles",
        F.coalesce("forms", F.array().cast("array<string>")).alias("forms"), "first_ref")


def _best_form(forms: DataFrame, counts: DataFrame) -> DataFrame:
    """source_id -> its display form: full person names first, then count, length, and
    the text itself in descending order (stats.py `_SOURCE_NAMES`)."""
    ranked = forms.filter("is_name").join(counts.select("source_id", "key"), "source_id") \
        .withColumn("full", F.col("key").startswith("person:")
                    & ~F.col("key").startswith("person:?") & F.col("full_name"))
    order = Window.partitionBy("source_id").orderBy(
        F.col("full").desc(), F.col("n").desc(), F.length("form").desc(), F.col("form").desc())
    return ranked.withColumn("r", F.row_number().over(order)).filter("r = 1").select(
        "source_id", F.col("form").alias("best_form"))


def _appearance_outlets(spark: SparkSession, output: str, spark_output: str) -> DataFrame:
    """(article_id, outlet_key) of every place each text was seen: its first appearance
    (the rows) and every sighting of the Spark output."""
    from according.ledger.derive import outlet_key

    key = F.udf(lambda outlet: outlet_key(outlet), StringType())
    rows = read_rows(spark, output, "appearances").select("article_id", "outlet_key")
    sighted = spark.read.parquet(f"{spark_output.rstrip('/')}/appearances").select(
        "article_id", key("outlet").alias("outlet_key"))
    return rows.union(sighted).filter(F.col("outlet_key").isNotNull()).distinct()


def claims_table(att: DataFrame, articles: DataFrame, sources: DataFrame,
                 outlets: DataFrame) -> DataFrame:
    """One row per content cluster (ledger/stats.py `cluster_stats`, without its samples
    and first publication times)."""
    from according.ledger.names import NONE_KEY, UNRESOLVED_KEY
    from according.ledger.stats import LIST_CAP

    wire = articles.groupBy("group_seq").agg(F.bool_or(F.size(F.coalesce(
        "wire", F.array().cast("array<string>"))) > 0).alias("wire"))
    ar = articles.select("seq", F.col("id").alias("article_id_"), "group_seq", "sort_us") \
        .join(wire, "group_seq")
    mm = att.filter(F.col("cluster").isNotNull()).select(
        "cluster", "ref", "seq", F.coalesce("quote", F.lit(False)).alias("quote"),
        "source_id", "source_key", "named", "content_text").join(ar, "seq")
    first_order = F.struct(F.col("sort_us").isNull(), F.col("sort_us"), F.col("seq"),
                           F.col("ref"))
    longest = F.struct(-F.length("content_text"), F.col("ref"))
    base = mm.groupBy("cluster").agg(
        F.min_by("content_text", longest).alias("text"), F.count("*").alias("n_members"),
        F.sum(F.col("quote").cast("long")).alias("n_quotes"),
        F.countDistinct("seq").alias("n_articles"),
        F.countDistinct("group_seq").alias("n_reports"), F.bool_and("wire").alias("wire_only"),
        F.min_by("ref", first_order).alias("first_ref"),
        F.min_by("seq", first_order).alias("first_seq"))
    quotes = mm.filter("quote").groupBy("cluster").agg(
        F.min_by("ref", first_order).alias("first_quote_ref"),
        F.min_by("content_text", longest).alias("quote_text"),
        F.min_by("seq", first_order).alias("quote_first_seq"))
    srcs = mm.filter(~F.col("source_key").isin(NONE_KEY, UNRESOLVED_KEY)) \
        .groupBy("cluster", "source_id").agg(F.bool_and("named").alias("named"),
                                             F.min("ref").alias("first_ref")) \
        .join(sources.select("source_id", "name"), "source_id", "left")
    per_source = srcs.groupBy("cluster").agg(
        F.count("*").alias("n_sources"), F.sum(F.col("named").cast("long")).alias("n_named"),
        F.sort_array(F.collect_list(F.struct(~F.col("named"), F.col("first_ref"),
                                             F.col("name")))).alias("ordered"))
    outs = mm.select("cluster", "article_id_").distinct().join(
        outlets.withColumnRenamed("article_id", "article_id_"), "article_id_") \
        .groupBy("cluster").agg(F.countDistinct("outlet_key").alias("n_outlets"))
    none = F.lit(0).cast("long")
    return base.join(quotes, "cluster", "left").join(per_source, "cluster", "left") \
        .join(outs, "cluster", "left").select(
        "cluster", "text", "n_members", "n_quotes", "n_articles",
        F.coalesce("n_sources", none).alias("n_sources"),
        F.coalesce("n_named", none).alias("n_named"), "n_reports",
        F.coalesce("n_outlets", none).alias("n_outlets"), "wire_only",
        F.coalesce(F.slice(F.transform("ordered", lambda s: s["name"]), 1, LIST_CAP),
                   F.array().cast("array<string>")).alias("sources"),
        "first_ref", "first_quote_ref", "first_seq", "quote_text", "quote_first_seq")


def figure_groups_table(figures: DataFrame, articles: DataFrame) -> DataFrame:
    """One row per figure group (ledger/stats.py `group_stats`, without its extremes):
    its two most constraining lows and highs from distinct articles and its disagreements
    (group_disagreements)."""
    f = figures.filter(F.col("group_id").isNotNull())
    low_order = [F.col("lo").desc(), F.col("lo_open").desc(), F.col("ref")]
    high_order = [F.col("hi"), F.col("ref")]

    def best_two(order: list, prefix: str, cols: tuple[str, ...]) -> DataFrame:
        per_article = f.withColumn("r", F.row_number().over(
            Window.partitionBy("group_id", "seq").orderBy(*order))).filter("r = 1")
        ranked = per_article.withColumn("r", F.row_number().over(
            Window.partitionBy("group_id").orderBy(*order))).filter("r <= 2")
        def named(c: str, i: int) -> str:  # lo -> lo1, lo_open -> lo1_open, ref -> lo1_ref
            rest = c.removeprefix(prefix).lstrip("_")
            return f"{prefix}{i}{'_' + rest if rest else ''}"

        out = ranked.filter("r = 1").select("group_id", *[F.col(c).alias(named(c, 1))
                                                          for c in cols])
        second = ranked.filter("r = 2").select("group_id", *[F.col(c).alias(named(c, 2))
                                                             for c in cols])
        return out.join(second, "group_id", "left")

    lows = best_two(low_order, "lo", ("ref", "seq", "lo", "lo_open"))
    highs = best_two(high_order, "hi", ("ref", "seq", "hi"))
    g = f.groupBy("group_id").agg(F.first("series_id").alias("series_id"),
                                  F.count("*").alias("n")).join(lows, "group_id", "left") \
        .join(highs, "group_id", "left")
    return g.join(group_disagreements(f, articles), "group_id", "left").select(
        "group_id", "series_id", "n", "lo1_ref", "lo1_seq", "lo1", "lo1_open", "lo2_ref",
        "lo2_seq", "lo2", "lo2_open", "hi1_ref", "hi1_seq", "hi1", "hi2_ref", "hi2_seq", "hi2",
        F.coalesce("n_clash", F.lit(0).cast("long")).alias("n_clash"))


def group_disagreements(figures: DataFrame, articles: DataFrame) -> DataFrame:
    """(group_id, n_clash) of the figure groups with disagreements (ledger/disagreements.py):
    each story's bounds (its highest low, an open one first, and its lowest high), the
    pairs of a group's stories one under the other, and likewise the pairs of one story's
    voices (its sources as their articles read them)."""
    members = figures.join(articles.select("seq", "group_seq"), "seq", "left").select(
        "group_id", "ref", F.coalesce("group_seq", "seq").alias("story"), "lo", "hi",
        F.coalesce("lo_open", F.lit(False)).alias("lo_open"),
        F.regexp_replace(F.coalesce("source_key", F.lit("")), " @.*$", "").alias("voice"))
    lows = members.withColumn("r", F.row_number().over(Window.partitionBy(
        "group_id", "story").orderBy(F.col("lo").desc(), F.col("lo_open").desc()))) \
        .filter("r = 1").select("group_id", "story", "lo", "lo_open")
    stories = lows.join(members.groupBy("group_id", "story").agg(F.min("hi").alias("hi")),
                        ["group_id", "story"])
    a, b = stories.alias("a"), stories.alias("b")

    def under(x: str, y: str) -> object:
        return (F.col(f"{x}.hi") < F.col(f"{y}.lo")) | (
            (F.col(f"{x}.hi") == F.col(f"{y}.lo")) & F.col(f"{y}.lo_open"))

    pairs = a.join(b, (F.col("a.group_id") == F.col("b.group_id"))
                   & (F.col("a.story") < F.col("b.story"))) \
        .filter(under("a", "b") | under("b", "a")).select(F.col("a.group_id").alias("group_id"))
    voice_lows = members.withColumn("r", F.row_number().over(Window.partitionBy(
        "group_id", "story", "voice").orderBy(F.col("lo").desc(), F.col("lo_open").desc()))) \
        .filter("r = 1").select("group_id", "story", "voice", "lo", "lo_open")
    voices = voice_lows.join(members.groupBy("group_id", "story", "voice").agg(
        F.min("hi").alias("hi")), ["group_id", "story", "voice"])
    a, b = voices.alias("a"), voices.alias("b")
    inner = a.join(b, (F.col("a.group_id") == F.col("b.group_id"))
                   & (F.col("a.story") == F.col("b.story"))
                   & (F.col("a.voice") < F.col("b.voice"))) \
        .filter(under("a", "b") | under("b", "a")).select(F.col("a.group_id").alias("group_id"))
    return pairs.union(inner).groupBy("group_id").agg(F.count("*").alias("n_clash"))


def series_table(figures: DataFrame, groups: DataFrame) -> DataFrame:
    """One row per figure series (ledger/stats.py `series_stats`, without its sample and
    counted words)."""
    from according.ledger.stats import LIST_CAP

    s = figures.filter(F.col("series_id").isNotNull())

    def most_used(column: DataFrame, name: str) -> DataFrame:
        return column.groupBy("series_id", "part").count().groupBy("series_id").agg(
            F.min_by("part", F.struct(-F.col("count"), F.col("part"))).alias(name))

    labels = most_used(s.filter(F.col("label").isNotNull()).select(
        "series_id", F.col("label").alias("part")), "label")
    units = most_used(s.select("series_id", F.coalesce("unit", F.lit("")).alias("part")),
                      "unit")
    places = s.filter(F.col("place").isNotNull()).groupBy("series_id", "place").count() \
        .groupBy("series_id").agg(F.sort_array(F.collect_list(F.struct(
            -F.col("count"), F.col("place")))).alias("ordered")).select(
        "series_id", F.slice(F.transform("ordered", lambda p: p["place"]), 1,
                             LIST_CAP).alias("places"))
    across = groups.groupBy("series_id").agg(F.sum("n_clash").alias("across"))
    zero = F.lit(0).cast("long")
    return s.groupBy("series_id").agg(
        F.first("series_key").alias("key"), F.count("*").alias("n_figures"),
        F.countDistinct("seq").alias("n_articles"), F.max("day").alias("last_day")) \
        .join(labels, "series_id", "left").join(units, "series_id", "left") \
        .join(places, "series_id", "left").join(across, "series_id", "left").select(
        "series_id", "key", "label", F.when(F.col("unit") != "", F.col("unit")).alias("unit"),
        "n_figures", "n_articles",
        F.coalesce("across", zero).alias("n_disagreements"),
        F.coalesce("places", F.array().cast("array<string>")).alias("places"), "last_day")


def compute_views(spark: SparkSession, output: str, spark_output: str) -> dict[str, int]:
    """Write the view tables under `output`/views/; returns rows per table."""
    target = f"{output.rstrip('/')}/{VIEWS}"
    att = merged_attributions(spark, output).localCheckpoint()
    articles = merged_articles(spark, output).localCheckpoint()
    counts = {}
    sources = sources_table(spark, att)
    sources.write.mode("overwrite").parquet(f"{target}/sources")
    sources = spark.read.parquet(f"{target}/sources")
    outlets = _appearance_outlets(spark, output, spark_output)
    claims = claims_table(att, articles, sources, outlets)
    claims.write.mode("overwrite").parquet(f"{target}/claims")
    figures = merged_figures(spark, output)
    groups = figure_groups_table(figures, articles)
    groups.write.mode("overwrite").parquet(f"{target}/figure_groups")
    groups = spark.read.parquet(f"{target}/figure_groups")
    series_table(figures, groups).write.mode("overwrite").parquet(f"{target}/series")
    for table in ("sources", "claims", "figure_groups", "series"):
        counts[table] = spark.read.parquet(f"{target}/{table}").count()
    return counts
