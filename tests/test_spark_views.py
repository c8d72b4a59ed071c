"""`according spark views`: a ledger built from the merge inputs Spark computed answers every
view as a direct ingest of the same Spark output, on a few hundred records (written here:
people named in full, by title and surname or surname alone, organisations and their
acronyms, anonymous officials, quotes repeated, cut short and reworded across articles,
wire copies and rewrites under other outlets, death tolls that disagree on the same day,
articles with no date)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ledger_records import article
from spark_helpers import (
    ledger_views,
    run_spark_views,
    skip_without_spark,
    view_table_and_summary,
)

pytestmark = [pytest.mark.spark, pytest.mark.slow]

PEOPLE = [("Joe Biden", "President"), ("Hunter Biden", None), ("Maria Lopez", "Mayor"),
          ("Ali Yerlikaya", "Minister"), ("Sarah Chen", None), ("Tom Okafor", "Senator"),
          ("Anna Lopez", None)]
ORGS = [("World Health Organization", "WHO"), ("United Nations", "UN"),
        ("The Washington Post", "the Post"), ("Red Cross", None)]
ANONYMOUS = ["a senior official", "officials", "a spokesman for the army"]
OUTLETS = ["The Washington Post", "WaPo", "Reuters", "Al Jazeera", "Daily Courier",
           "BBC News", None]
QUOTES = [
    "the weapons that have been used to go into Rafah would not be supplied",
    "we are doing everything we can to reopen the crossing before the weekend",
    "the talks are continuing and a deal could be reached within days",
    "nobody should be forced to choose between food and medicine",
    "the bridge will stay closed until engineers have inspected every pier",
    "the hospital has run out of fuel for its generators",
    "schools in the north will reopen on Monday under new safety rules",
    "our teams reached the village only after the water had receded",
    "the ceasefire was broken within hours of being signed",
    "prices for bread and rice have doubled since the start of the month",
    "the evacuation order covers every district south of the river",
    "we will not accept any proposal that leaves the border open",
    "thousands of families are still sleeping in the open",
    "the vaccine shipment arrived three weeks later than promised",
    "the army has opened an investigation into the strike",
]
SWAPS = {"weapons": "arms", "families": "households", "closed": "shut", "reopen": "open"}


def _variant(rng: random.Random, quote: str) -> str:
    """The quote as another article gives it: whole, cut short, or one word changed."""
    roll = rng.random()
    words = quote.split()
    if roll < 0.2 and len(words) > 8:
        return " ".join(words[:-3])
    if roll < 0.35:
        return " ".join(SWAPS.get(w, w) for w in words)
    return quote


def _person_surface(rng: random.Random, name: str, title: str | None) -> str:
    surname = name.split()[-1]
    return rng.choice([name, name, f"{title} {surname}" if title else f"Mr. {surname}",
                       surname])


def _one(rng: random.Random, i: int):  # noqa: ANN202
    people = rng.sample(PEOPLE, 2)
    intro = f"{people[0][0]} and {people[1][0]} spoke on Tuesday. "
    entities = [(name, "person", title) for name, title in people]
    sentences, attributions, quantities = [intro], [], []
    for n in range(rng.randint(2, 4)):
        content = _variant(rng, rng.choice(QUOTES))
        roll = rng.random()
        if roll < 0.55:
            name, title = rng.choice(people)
            source, stype = _person_surface(rng, name, title), "person"
            entity = f"E{1 + [p[0] for p in people].index(name)}" if source == name else None
        elif roll < 0.8:
            full, short = rng.choice(ORGS)
            source, stype, entity = (short if short and rng.random() < 0.5 else full), \
                "organization", None
            if source not in [e[0] for e in entities]:
                entities.append((source, "organization", None))
        else:
            source, stype, entity = rng.choice(ANONYMOUS), "anonymous", None
            if rng.random() < 0.5:  # what only an unnamed source says
                content = f"convoy {i} was held at the checkpoint for {n + 2} hours"
        if rng.random() < 0.5:
            sentence = f"“{content},” {source} said in report {n}. "
            kind = "direct"
        else:
            sentence = f"Later, {source} said in report {n} that {content}. "
            kind = "indirect"
        sentences.append(sentence)
        attributions.append((source, stype, entity, f"said in report {n}", content, kind))
    if rng.random() < 0.6:
        toll = rng.choice([34000, 35000, 35000, 36000, 30000])
        hedge = rng.choice([None, "more than", "nearly", "about"])
        words = f"{hedge + ' ' if hedge else ''}{toll:,}"
        sentences.append(f"The ministry said {words} people have died in Gaza. ")
        low, high = {None: (None, None), "more than": (toll, None), "nearly": (None, toll),
                     "about": (toll * 0.9, toll * 1.1)}[hedge]
        quantities.append((f"{toll:,}", toll, low, high, hedge, "people have died", "people"))
    day, hour = rng.randint(12, 16), rng.randint(0, 23)
    published = None if rng.random() < 0.1 else f"2024-05-{day}T{hour:02d}:00:00+00:00"
    return article(
        "".join(sentences) + f"Report {i}.", outlet=rng.choice(OUTLETS), published=published,
        path=f"gen-{i:03d}.txt", entities=tuple(entities), attributions=tuple(attributions),
        quantities=tuple(quantities))


def make_records(count: int, seed: int = 13) -> list:
    """`count` records: every tenth after the first few a wire copy (same text, another
    outlet and path) of an earlier one, and every tenth after the first 15 the same report
    again under another outlet with its last line changed (a near duplicate)."""
    from dataclasses import replace

    from according.records import InputInfo

    rng = random.Random(seed)
    records, seeds = [], []
    for i in range(count):
        if i > 10 and i % 10 == 0:
            original = rng.choice(records)
            records.append(replace(
                original, input=InputInfo(f"wire-{i:03d}.txt", f"https://wire.example/{i}"),
                metadata=replace(original.metadata, outlet=rng.choice(OUTLETS[:-1]))))
        elif i > 15 and i % 10 == 5:
            again = _one(random.Random(rng.choice(seeds)), i)
            records.append(replace(again, metadata=replace(
                again.metadata, outlet=rng.choice(OUTLETS[:-1]))))
        else:
            seeds.append(rng.randrange(2**32))
            records.append(_one(random.Random(seeds[-1]), i))
    return records


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):  # noqa: ANN001, ANN201
    """The records written as a Spark output, and a ledger loaded from it directly."""
    from according.ledger import open_ledger
    from according.spark.load import ingest_spark_output
    from according.spark.output import write_records

    folder = tmp_path_factory.mktemp("spark-views")
    since = datetime.now(UTC) - timedelta(seconds=1)
    records = make_records(300)
    write_records(records, str(folder / "out"), "20240517T000000Z")
    with open_ledger(folder / "direct.duckdb") as ledger:
        ingest_spark_output(ledger, folder / "out")
    return folder, records, since


@pytest.fixture(scope="module")
def computed(corpus):  # noqa: ANN001, ANN201
    """`according spark views` run on the output, as a user runs it: rows on Spark, then a
    ledger built from them."""
    skip_without_spark()
    folder, _, _ = corpus
    return folder / "built.duckdb", run_spark_views(folder / "out", folder / "rows",
                                                    folder / "built.duckdb")


def test_spark_views_ledger_answers_every_view_as_a_direct_ingest(corpus, computed):
    """Every view the ledger defines (ledger_views finds them: sources, quotes, claims,
    figures, counted things, articles, each item's members...), page by page."""
    folder, records, since = corpus
    built, summary = computed
    assert summary["articles"] == summary["added"] == len({r.id for r in records})
    views = ledger_views(built, since)
    assert {"sources", "quotes", "claims", "figures", "counted_things"} <= set(views)
    assert _outlets_as_sets(views) == _outlets_as_sets(ledger_views(folder / "direct.duckdb",
                                                                    since))


def _outlets_as_sets(value: object) -> object:
    """`value` with each claim's outlets sorted. The ledger lists a claim's outlets by the
    article first carrying each, then by when each was stored (`seen_at`): outlets first
    seen on one article are ordered by the wall-clock batches an ingest happened to commit
    (a bulk build stores them at once), so only that order may differ."""
    if isinstance(value, dict):
        out = {k: _outlets_as_sets(v) for k, v in value.items()}
        if "n_outlets" in out and isinstance(out.get("outlets"), list):
            out["outlets"] = sorted(out["outlets"])
        return out
    if isinstance(value, list):
        return [_outlets_as_sets(v) for v in value]
    return value


def test_spark_views_corpus_exercises_every_rule(corpus, computed):
    """The records are not trivial: the merges had work to do in the built ledger."""
    from according.ledger import open_ledger

    _, records, _ = corpus
    built, summary = computed
    assert summary["rows"]["attributions"] > 600 and summary["rows"]["quantities"] > 100
    merges = summary["merges"]  # computed by Spark (spark/merges.py), not by the ledger
    assert merges["groups"] > 5 and merges["story_edges"] >= merges["groups"]
    assert merges["clusters"] > 5 and merges["text_edges"] >= merges["clusters"]
    assert merges["moved_sources"] > 0
    with open_ledger(built, read_only=True) as ledger:
        sources = list(ledger.sources(limit=500))
        assert any(s.name == "Joe Biden" and len(set(s.surface_forms)) > 1 for s in sources)
        quotes = list(ledger.quotes(limit=500))
        assert any(len({a.text for a in (q.first, *q.repeats)}) > 1 for q in quotes)
        claims = list(ledger.claims(limit=500))
        assert any(c.n_sources > 2 for c in claims) and any(c.anonymous_only for c in claims)
        assert any(s.disagreements for s in ledger.figures(limit=500))
        assert any(len(a.outlets) > 1 for a in ledger.articles(limit=500))  # wire copies
    assert len({r.id for r in records}) < len(records)  # wire copies are sightings


def test_spark_views_ledger_has_every_index_of_an_ingested_one(computed):
    """A Spark-built ledger drops its indexes for the bulk load and makes them again after
    the merges: it ends with every index an ingest looks rows up by."""
    from according.ledger import open_ledger
    from according.ledger.rows import INDEX_NAMES

    built, _ = computed
    with open_ledger(built, read_only=True) as ledger:
        names = {n for (n,) in ledger.con.execute(
            "SELECT index_name FROM duckdb_indexes()").fetchall()}
    assert names >= set(INDEX_NAMES)


def test_spark_views_refuses_an_existing_ledger(corpus, tmp_path):
    """--db builds a new ledger: an existing file is named, with what to run instead,
    before Spark starts."""
    folder, _, _ = corpus
    db = tmp_path / "kept.duckdb"
    db.write_bytes(b"not touched")
    done = subprocess.run(
        [sys.executable, "-m", "according.cli", "spark", "views", "--input",
         str(folder / "out"), "--output", str(tmp_path / "rows"), "--db", str(db)],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")})
    assert done.returncode != 0
    assert f"{db} exists" in done.stderr and "according ingest" in done.stderr
    assert db.read_bytes() == b"not touched" and not (tmp_path / "rows").exists()


def test_spark_views_build_that_fails_leaves_no_ledger(corpus, tmp_path):
    """A build stopped by a bad rows folder names the cause and leaves neither the ledger
    nor its `.building` file; a rerun starts clean."""
    from according.spark.finish import build_ledger

    folder, _, _ = corpus
    rows = tmp_path / "rows"
    (rows / "articles").mkdir(parents=True)
    (rows / "articles" / "part-00000.parquet").write_bytes(b"PAR1 not parquet")
    db = tmp_path / "built.duckdb"
    with pytest.raises(Exception, match="part-00000.parquet"):
        build_ledger(rows, folder / "out", db)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows"]
    with pytest.raises(ValueError, match="no articles/ folder"):
        build_ledger(tmp_path / "missing", folder / "out", db)


# Spark's view tables; the columns compared with the ledger's summary tables are
# according.spark.summaries.LEDGER_SUMMARIES (bench/bench_spark.py compares them too)
VIEW_TABLES = ("claims", "figure_groups", "series", "sources")


@pytest.mark.parametrize("table", VIEW_TABLES)
def test_spark_view_tables_equal_the_summaries_of_a_direct_ingest(corpus, computed, table):
    """The view tables Spark wrote (sources, claims with their independence counts, figure
    groups with their clashes, series with their disagreements) hold, row for row, what
    the ledger of a direct ingest holds in its summaries."""
    from according.spark.summaries import LEDGER_SUMMARIES

    assert sorted(LEDGER_SUMMARIES) == sorted(VIEW_TABLES)
    folder, _, _ = corpus
    got, expected = view_table_and_summary(folder / "rows", folder / "direct.duckdb", table)
    assert expected and got == expected
