"""`according spark views`: the cross-article views as Spark jobs equal the DuckDB ledger's
views on the same few hundred records (written here: people named in full, by title and
surname or surname alone, organisations and their acronyms, anonymous officials, quotes
repeated, cut short and reworded across articles, wire copies under other outlets, death
tolls that disagree on the same day, articles with no date)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from ledger_records import article
from spark_helpers import skip_without_spark

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
    """`count` records, every tenth after the first few a wire copy (same text, another
    outlet and path) of an earlier one."""
    from dataclasses import replace

    from according.records import InputInfo

    rng = random.Random(seed)
    records = []
    for i in range(count):
        if i > 10 and i % 10 == 0:
            original = rng.choice(records)
            records.append(replace(
                original, input=InputInfo(f"wire-{i:03d}.txt", f"https://wire.example/{i}"),
                metadata=replace(original.metadata, outlet=rng.choice(OUTLETS[:-1]))))
        else:
            records.append(_one(rng, i))
    return records


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):  # noqa: ANN001, ANN201
    """The records written as a Spark output, and a ledger loaded from it."""
    from according.ledger import open_ledger
    from according.spark.load import ingest_spark_output
    from according.spark.output import write_records

    folder = tmp_path_factory.mktemp("spark-views")
    records = make_records(300)
    write_records(records, str(folder / "out"), "20240517T000000Z")
    with open_ledger(folder / "ledger.duckdb") as ledger:
        ingest_spark_output(ledger, folder / "out")
    return folder, records


@pytest.fixture(scope="module")
def computed(corpus):  # noqa: ANN001, ANN201
    """`according spark views` run on the output, as a user runs it."""
    skip_without_spark()
    folder, _ = corpus
    done = subprocess.run(
        [sys.executable, "-m", "according.cli", "spark", "views", "--input",
         str(folder / "out"), "--output", str(folder / "views"), "--master", "local[2]",
         "--json"], capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")})
    assert done.returncode == 0, done.stderr[-3000:]
    return folder / "views", json.loads(done.stdout.strip().splitlines()[-1])


def _lines(folder: Path) -> list[dict]:
    return [json.loads(line) for part in sorted(folder.glob("part-*"))
            for line in part.read_text(encoding="utf-8").splitlines()]


def _ledger_view(folder: Path, view: str) -> list[dict]:
    from according.ledger import open_ledger
    from according.ledger import views as ledger_views

    with open_ledger(folder / "ledger.duckdb", read_only=True) as ledger:
        items = getattr(ledger_views, f"all_{view}")(ledger.con)
    return json.loads(json.dumps([asdict(item) for item in items], default=str))


def _sorted_outlets(claims: list[dict]) -> list[dict]:
    # DuckDB lists an article's other outlets in no set order; the views keep that order
    return [{**c, "outlets": sorted(c["outlets"])} for c in claims]


@pytest.mark.parametrize("view", ["sources", "quotes", "claims", "figures"])
def test_spark_views_equal_the_ledger_views(corpus, computed, view):
    folder, _ = corpus
    views, summary = computed
    spark_items = _lines(views / view)
    ledger_items = _ledger_view(folder, view)
    if view == "claims":
        spark_items, ledger_items = _sorted_outlets(spark_items), _sorted_outlets(ledger_items)
    assert summary["counts"][view] == len(spark_items) == len(ledger_items)
    assert spark_items == ledger_items


def test_spark_views_corpus_exercises_every_rule(corpus, computed):
    """The records are not trivial: the rules above had work to do."""
    folder, records = corpus
    views, _ = computed
    sources = _lines(views / "sources")
    assert any(s["name"] == "Joe Biden" and len(set(s["surface_forms"])) > 1 for s in sources)
    # the acronym joins the full name (its own form is dropped from surface_forms: the
    # ledger reads "WHO" as the pronoun "who")
    who = {(r.id, a.id) for r in records for a in r.attributions
           if a.source.span and a.source.span.text == "WHO"}
    members = next({tuple(m) for m in s["mentions"]} for s in sources
                   if s["key"] == "org:world health organization")
    assert who and who <= members
    assert all(s["name"] != "Biden" or s["key"].startswith("person:?") for s in sources)
    quotes = _lines(views / "quotes")
    assert any(len({r["text"] for r in (q["first"], *q["repeats"])}) > 1 for q in quotes)
    claims = _lines(views / "claims")
    assert any(c["n_sources"] > 2 for c in claims) and any(c["anonymous_only"] for c in claims)
    figures = _lines(views / "figures")
    assert any(s["disagreements"] for s in figures)
    assert len({r.id for r in records}) < len(records)  # wire copies are sightings
