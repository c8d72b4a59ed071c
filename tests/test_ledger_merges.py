"""Merges kept as tables: the same articles give the same clusters whatever order and batch
sizes they arrive in, after a rebuild, and after a kill mid-ingest and a resume."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from according.ledger import open_ledger
from ledger_records import (
    CNN,
    INDEPENDENT,
    WAPO_LATER,
    article,
    kill_during,
    merge_signature,
    toy_extract,
)

TRAPPED = "We are doing everything we can to reach those trapped under the rubble"
WIRE_BODY = (
    "Firefighters battled a blaze at a chemical plant outside Lyon through the night, and "
    "officials said on Monday that 12 workers had been taken to hospital. The regional "
    "prefect said the smoke posed no danger to nearby homes, but schools in two villages "
    "stayed closed as a precaution. Investigators have not said what caused the fire.")


def _wire(text: str, outlet: str, published: str, path: str, credits: tuple[str, ...] = ()):
    record = article(
        text, outlet=outlet, published=published, path=path,
        entities=(("Lyon", "place", None),),
        attributions=(("officials", "anonymous", None, "said",
                       "12 workers had been taken to hospital", "indirect"),
                      ("The regional prefect", "person", None, "said",
                       "the smoke posed no danger to nearby homes", "indirect")),
        quantities=(("12", 12, None, None, None, "workers had been taken to hospital",
                     "people"),))
    return replace(record, metadata=replace(record.metadata, credits=credits))


CORPUS = [
    INDEPENDENT, CNN, WAPO_LATER,
    article(f'"{TRAPPED}," Interior Minister Ali Yerlikaya told reporters.', path="a.txt",
            published="2025-02-03T10:00:00+00:00",
            entities=(("Ali Yerlikaya", "person", "Interior Minister"),),
            attributions=(("Interior Minister Ali Yerlikaya", "person", "E1", "told", TRAPPED,
                           "direct"),)),
    article(f'Yerlikaya said "{TRAPPED.lower()}" as teams worked.', path="b.txt",
            entities=(("Yerlikaya", "person", None),),
            attributions=(("Yerlikaya", "person", "E1", "said", TRAPPED.lower(), "mixed"),)),
    article("The IDF said the strike hit a weapons depot near Rafah.", path="c.txt",
            entities=(("IDF", "organization", None),),
            attributions=(("The IDF", "organization", "E1", "said",
                           "the strike hit a weapons depot near Rafah", "indirect"),)),
    article("The Israel Defense Forces said troops had withdrawn from the area.", path="d.txt",
            entities=(("Israel Defense Forces", "organization", None),),
            attributions=(("The Israel Defense Forces", "organization", "E1", "said",
                           "troops had withdrawn from the area", "indirect"),)),
    _wire(WIRE_BODY, "The Associated Press", "2025-03-03T08:00:00+00:00", "ap.txt",
          ("The Associated Press",)),
    _wire(WIRE_BODY.replace("through the night", "overnight") + "\n(AP)", "Lyon Gazette",
          "2025-03-03T11:00:00+00:00", "gazette.txt", ("AP",)),
]


def _ingest(path: Path, records: list, batch: int) -> dict:
    with open_ledger(path) as ledger:
        for start in range(0, len(records), batch):
            ledger.add_records(records[start:start + batch])
        return merge_signature(ledger)


def test_ledger_merges_same_whatever_the_order_and_batches(tmp_path):
    clean = _ingest(tmp_path / "clean.duckdb", CORPUS, len(CORPUS))
    assert len(clean["stories"]) == len(CORPUS) - 1  # the AP story and its regional copy
    shuffled = CORPUS[:]
    random.Random(7).shuffle(shuffled)
    for name, records, batch in [("one", CORPUS, 1), ("reverse", CORPUS[::-1], 1),
                                 ("shuffled", shuffled, 2)]:
        assert _ingest(tmp_path / f"{name}.duckdb", records, batch) == clean, name


def test_ledger_rebuild_gives_the_clusters_of_one_clean_ingest(tmp_path):
    path = tmp_path / "l.duckdb"
    clean = _ingest(path, CORPUS[::-1], 1)
    with open_ledger(path) as ledger:
        ledger.rebuild()
        assert merge_signature(ledger) == clean
        assert ledger.count("articles") == len(CORPUS)
    assert not Path(str(path) + ".rebuild").exists()


@pytest.mark.parametrize("name", ["old", "main", "rebuild_source"])
def test_ledger_rebuild_of_a_file_named_like_a_database_alias(tmp_path, name):
    # DuckDB names a file's catalog after its stem ("old" for old.duckdb.rebuild), which
    # clashed with the name the rebuild attached the ledger being read under
    path = tmp_path / f"{name}.duckdb"
    clean = _ingest(path, CORPUS, 1)
    with open_ledger(path) as ledger:
        ledger.rebuild()
        assert merge_signature(ledger) == clean


STORY = ("Mayor {name} said the river would crest on Friday. Rescue teams worked through the "
         "night in the valley, and {n} families had been moved to the school gym, while "
         "volunteers filled sandbags outside the church. Story {i}.\n")
NAMES = ("Alice Moreno", "Tom Okafor", "Priya Shah")


def write_stories(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        # every third story is a copy of the one before under another file: a wire copy
        n = i - 1 if i % 3 == 2 else i
        text = STORY.format(name=NAMES[n % 3], n=100 + n, i=n) + ("(copy)\n" if n != i else "")
        (folder / f"story-{i:03d}.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("kill_at", [3, 11, 22])
def test_ledger_kill_mid_ingest_then_resume_gives_the_clean_clusters(tmp_path, kill_at):
    folder = tmp_path / "in"
    write_stories(folder, 30)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.ingest([folder], extract=toy_extract)
        clean = merge_signature(ledger)
    assert any(len(g) > 1 for g in clean["stories"]) and any(
        len(c) > 1 for c in clean["clusters"])
    db = tmp_path / "killed.duckdb"
    kill_during(db, folder, kill_at)
    with open_ledger(db) as ledger:
        stored = ledger.count("articles")
        assert stored < 30
        summary = ledger.ingest([folder], extract=toy_extract)
        assert (summary.added, summary.skipped) == (30 - stored, stored)
        assert merge_signature(ledger) == clean
