"""Adversarial review (2026-11-27) of the ledger's in-place migrations (rebuild.migrate_in_place,
ledger/migrate.py): after a change of the outlet table or the counted table, `rebuild` must
give exactly what one clean ingest under the new tables gives, in one transaction. Each
failure found is a strict xfail naming what goes wrong; each risk found safe is a test that
fails if it breaks."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from according import outlets
from according.ledger import LedgerError, figures, names, open_ledger, rebuild
from ledger_records import article, full_signature, toy_extract

HEAD_TEXT = rebuild.data_file("outlets.json").decode("utf-8")
HEAD_RAW = json.loads(HEAD_TEXT)
# the tables a ledger may have been made under today: the history file's (before the
# outlets batch), the batch's (6a4da56), 980f6b0's (21 more), HEAD's (33f1e81: 6 more);
# the two later commits only appended outlets
ROUND_19 = ("HumAngle", "Eurasianet", "Radio Tamazuj", "Enab Baladi", "OC Media", "Myanmar Now")


def _table(outlet_list: list) -> str:
    return json.dumps({**HEAD_RAW, "outlets": outlet_list}, indent=1, ensure_ascii=False) + "\n"


HISTORY_TEXT = gzip.decompress(next(
    f for f in (Path(rebuild.__file__).parent.parent / "data" / rebuild.HISTORY).iterdir()
    if f.name.startswith("outlets.json.")).read_bytes()).decode("utf-8")
BATCH_TEXT = _table(HEAD_RAW["outlets"][:-27])
T980_TEXT = _table(HEAD_RAW["outlets"][:-6])
EARLIER = {"history": HISTORY_TEXT, "batch-6a4da56": BATCH_TEXT, "980f6b0": T980_TEXT}

KESTREL = {"name": "The Kestrel Times", "forms": ["Kestrel Times", "KT News"], "short": [],
           "domains": ["kestreltimes.example"]}
OSPREY = {"name": "The Osprey Courier", "forms": ["Osprey Courier"], "short": [],
          "domains": ["ospreycourier.example"]}

QUOTE = "the border crossing will stay shut until the talks in the capital are finished"
STORY = ("Officials in Yangon said the border crossing near the river would stay shut for a "
         "third week, leaving traders stranded and lorries queued for miles along the road.")
SEEN = ("The ferry operator said the service to the northern islands was suspended again "
        "on Friday after the harbour wall was damaged overnight by heavy seas.")


def use_outlet_table(text: str):  # noqa: ANN201
    """Load outlet table `text` as the package's (loaded and digested); returns an undo.
    Plain (no pytest), so a child process can call it too."""
    table = outlets.outlets_of(text)
    caches = (outlets._by_key, outlets._by_domain, names.name_rules)
    saved = (outlets.OUTLETS, names.OUTLETS, rebuild.data_file)
    packaged = rebuild.data_file
    outlets.OUTLETS = names.OUTLETS = table
    rebuild.data_file = (lambda name: text.encode("utf-8") if name == "outlets.json"
                         else packaged(name))
    for cache in caches:
        cache.cache_clear()

    def undo() -> None:
        outlets.OUTLETS, names.OUTLETS, rebuild.data_file = saved
        for cache in caches:
            cache.cache_clear()
    return undo


@contextmanager
def _outlets_as(text: str):
    undo = use_outlet_table(text)
    try:
        yield
    finally:
        undo()


@contextmanager
def _counted_with(monkeypatch: pytest.MonkeyPatch, **synonyms: str):
    raw = json.loads(rebuild.data_file("ledger_counted.json"))
    raw["synonyms"].update(synonyms)
    text = json.dumps(raw, indent=2) + "\n"
    rules = {**raw, "stopwords": frozenset(raw["stopwords"])}
    with monkeypatch.context() as patch:
        packaged = rebuild.data_file
        patch.setattr(figures, "counted_rules", lambda: rules)
        patch.setattr(rebuild, "data_file", lambda name: text.encode("utf-8")
                      if name == "ledger_counted.json" else packaged(name))
        yield


def _records() -> list:
    """Reports the day's new outlets decide: a one-word source ("according to Eurasianet"),
    a desk byline the new table reads as an outlet over a wire credit, the same story
    under a wire's credit, an outlet given by a label, and two figures."""
    day = "2025-10-07T09:00:00+00:00"
    text = (f'Minister Aziz Karimov said "{QUOTE}" on Monday, according to Eurasianet, and '
            "traders waited at the gate.")
    first = article(text, outlet="Harbour Gazette", path="eurasia.txt", published=day,
                    entities=(("Aziz Karimov", "person", "Minister"),
                              ("Eurasianet", "organization", None)),
                    attributions=(("Minister Aziz Karimov", "person", "E1", "said", QUOTE,
                                   "direct"),
                                  ("Eurasianet", "organization", "E2", "according to",
                                   "traders waited at the gate", "indirect")))
    desk = article(STORY + " 12 people perished in the crush.", path="desk.txt",
                   published=day, quantities=(("12 people", 12, None, None, None,
                                               "people perished", "people"),))
    desk = replace(desk, metadata=replace(desk.metadata, byline=("Myanmar Now",),
                                          credits=("Reuters",)))
    wire = article(STORY + " 15 people died in the crush.", outlet="Kestrel Times",
                   path="wire.txt", published=day,
                   quantities=(("15 people", 15, None, None, None, "people died", "people"),))
    wire = replace(wire, metadata=replace(wire.metadata, credits=("Reuters",)))
    lusa = article(f'"{QUOTE}," Aziz Karimov told reporters.', outlet="Agência Lusa",
                   path="lusa.txt", entities=(("Aziz Karimov", "person", None),),
                   attributions=(("Aziz Karimov", "person", "E1", "told", QUOTE, "direct"),))
    # a form the day's table maps to another name: the claim's outlets change
    colonist = article(f'Aziz Karimov said "{QUOTE}" in a statement.', outlet="Times Colonist",
                       path="colonist.txt", entities=(("Aziz Karimov", "person", None),),
                       attributions=(("Aziz Karimov", "person", "E1", "said", QUOTE,
                                      "direct"),))
    seen = article(SEEN, path="seen.txt")  # no outlet: a sighting gives one
    return [first, desk, wire, lusa, colonist, seen]


def _build(path: Path, folder: Path, extra: tuple = ()) -> dict:
    """One ingest: the records (and `extra`), a sighting of the outlet-less one under
    "Eurasianet" and "Myanmar Now", of the Eurasianet one under "Telegraph India", and a
    failed input; the signature with the errors and views."""
    folder.mkdir(exist_ok=True)
    (folder / "items.jsonl").write_text(
        json.dumps({"text": SEEN, "outlet": "Eurasianet"}) + "\n"
        + json.dumps({"text": SEEN, "outlet": "Myanmar Now", "url": "https://x.example/a"})
        + "\n" + json.dumps({"text": _records()[0].text, "outlet": "Telegraph India"})
        + "\n", encoding="utf-8")
    (folder / "bad.txt").write_text("FAIL-EXTRACTION here", encoding="utf-8")
    with open_ledger(path) as ledger:
        ledger.add_records([*_records(), *extra])
        ledger.ingest([folder / "items.jsonl", folder / "bad.txt"], extract=toy_extract)
        return everything(ledger)


def stored(ledger) -> dict:  # noqa: ANN001
    """full_signature and the error rows (read without bringing merges up to date)."""
    found = full_signature(ledger)
    found["errors"] = set(ledger.con.execute("SELECT input, reason FROM errors").fetchall())
    return found


def everything(ledger) -> dict:  # noqa: ANN001
    """stored() and what the listing views show (a stale ledger is migrated first)."""
    return {**stored(ledger), "views": _views(ledger)}


def _views(ledger) -> dict:  # noqa: ANN001
    def shown(page) -> list:  # noqa: ANN001
        return sorted(repr(_without_ids(item)) for item in page.items)
    return {"sources": shown(ledger.sources()), "claims": shown(ledger.claims()),
            "flagged": shown(ledger.claims(flagged=True)),
            "quotes": shown(ledger.quotes()), "figures": shown(ledger.figures()),
            "articles": shown(ledger.articles())}


def _without_ids(item) -> object:  # noqa: ANN001
    """A row with its ledger-local numbers (cluster, source and group ids) left out."""
    fields = getattr(item, "__dataclass_fields__", None)
    if not fields:
        return item
    return tuple((k, _without_ids(getattr(item, k))) for k in fields
                 if k not in ("cluster", "source_id", "id", "group_id", "series_id", "seq",
                              "key", "ref"))


def _stale_then_migrated(tmp_path: Path, old_text: str, new_text: str) -> tuple[dict, dict]:
    with _outlets_as(old_text):
        _build(tmp_path / "old.duckdb", tmp_path / "in")
    with _outlets_as(new_text):
        expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            assert not ledger.merges_current()
            ledger.rebuild()
            assert ledger.merges_current()
            return everything(ledger), expected


def _differences(got: dict, expected: dict) -> dict:
    return {k: (got[k] - expected[k], expected[k] - got[k]) if isinstance(got[k], set)
            else (got[k], expected[k]) for k in expected if got[k] != expected[k]}


# -- each earlier table migrated to HEAD's --------------------------------------------------

def test_review_migrate_earlier_tables_differ_where_the_records_meet_them():
    assert set(ROUND_19) <= {o["name"] for o in HEAD_RAW["outlets"]}
    assert outlets.outlets_of(HISTORY_TEXT) != outlets.outlets_of(BATCH_TEXT)
    # (the table grows: 27 outlets came after the batch that day, more may since)
    assert len(outlets.outlets_of(BATCH_TEXT)) + 27 <= len(outlets.outlets_of(HEAD_TEXT))


@pytest.mark.parametrize("earlier", sorted(EARLIER))
def test_review_migrate_ledger_of_an_earlier_table_equals_a_clean_ingest(tmp_path, earlier):
    got, expected = _stale_then_migrated(tmp_path, EARLIER[earlier], HEAD_TEXT)
    assert _differences(got, expected) == {}


@pytest.mark.parametrize("earlier", sorted(EARLIER))
def test_review_migrate_earlier_table_differs_only_in_sighting_filled_article_keys(
        tmp_path, earlier):
    """Everything but the articles' outlet keys (the test above checks them too) equals a
    clean ingest: sources, claims, stories, wire flags, sightings' keys, errors, the views."""
    got, expected = _stale_then_migrated(tmp_path, EARLIER[earlier], HEAD_TEXT)
    diff = _differences(got, expected)
    assert set(diff) <= {"articles"}
    extra, missing = diff.get("articles", (set(), set()))
    assert {(a[0], a[1], a[2], a[4], a[5]) for a in extra} == {
        (a[0], a[1], a[2], a[4], a[5]) for a in missing}  # only the outlet key column
    assert all(a[3] is None for a in missing)


def test_review_migrate_from_the_history_table_changes_what_it_should(tmp_path):
    """The day's outlets change the desk byline's wire flag and the sighting's key: the
    migration is not a no-op that the equality above would pass by luck."""
    with _outlets_as(HISTORY_TEXT):
        before = _build(tmp_path / "old.duckdb", tmp_path / "in")
    with _outlets_as(HEAD_TEXT):
        expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
    assert before["articles"] != expected["articles"]
    wires = {a[1] for a in expected["articles"]}
    assert ("Reuters",) in wires
    assert before["claim_outlets"] != expected["claim_outlets"]
    assert any("Victoria Times Colonist" in o and "The Telegraph (India)" in o
               for o in expected["claim_outlets"])


# -- a rules-5 ledger (no data files kept) with a changed table ------------------------------

def _as_rules_5(path: Path, contents_outlets: str) -> None:
    with open_ledger(path) as ledger:
        contents = {**rebuild.data_contents(), "outlets.json": contents_outlets.encode()}
        ledger.con.execute("DELETE FROM ledger_meta WHERE key = 'merges' OR key LIKE 'data:%'")
        ledger.con.execute("INSERT INTO ledger_meta VALUES ('merges', ?)",
                           [rebuild.version_of("merge-rules/5", contents)])


def test_review_migrate_rules_5_ledger_of_the_history_table_migrates_in_place(
        tmp_path, monkeypatch):
    with _outlets_as(HISTORY_TEXT):
        _build(tmp_path / "old.duckdb", tmp_path / "in")
    _as_rules_5(tmp_path / "old.duckdb", HISTORY_TEXT)
    rebuilt: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: rebuilt.append(a))
    expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        ledger.rebuild()
        assert ledger.merges_current() and rebuilt == []
        got = everything(ledger)
    assert set(_differences(got, expected)) <= {"articles"}


def test_review_migrate_rules_5_ledger_of_a_table_not_in_the_history_is_rebuilt(tmp_path):
    """A rules-5 ledger kept no data files: one made under a table the history lacks (the
    batch's) is not matched, so it is rebuilt whole, and equals a clean ingest."""
    with _outlets_as(BATCH_TEXT):
        _build(tmp_path / "old.duckdb", tmp_path / "in")
    _as_rules_5(tmp_path / "old.duckdb", BATCH_TEXT)
    expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        stored = ledger.con.execute(
            "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]
        assert rebuild.stored_rules(ledger.con, stored) is None
        ledger.rebuild()
        assert ledger.merges_current()
        assert _differences(everything(ledger), expected) == {}


# -- two data files at once ----------------------------------------------------------------

def test_review_migrate_outlets_and_counted_changed_at_once(tmp_path, monkeypatch):
    with _outlets_as(T980_TEXT):
        _build(tmp_path / "old.duckdb", tmp_path / "in")
    with _counted_with(monkeypatch, perished="dead"):
        expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
        rebuilt: list = []
        monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: rebuilt.append(a))
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            ledger.rebuild()
            assert rebuilt == [] and ledger.merges_current()
            got = everything(ledger)
            # "perished" and "died" one series now; the desk's 12 and the wire's 15 are
            # one story's (its wire copy) own voice, a revision, not two reports
            # disagreeing (merge rules 11)
            (series,) = [s for s in ledger.figures().items if "dead" in s.key]
            assert sorted(f.text for f in series.figures) == ["12 people", "15 people"]
            assert series.disagreements == ()
    assert set(_differences(got, expected)) <= {"articles"}


# -- an outlet whose form names a wire ------------------------------------------------------

def test_review_migrate_outlet_form_naming_a_wire_is_rebuilt_and_equal(tmp_path, monkeypatch):
    """An outlet added whose name is a wire service's form ("Kyodo News" with a form the
    stored byline prints) makes any wire flag movable: a full rebuild, equal to clean."""
    kyodo = {"name": "Kyodo News", "forms": ["Kyodo News English"], "short": [],
             "domains": ["english.kyodonews.example"]}
    new = _table([*HEAD_RAW["outlets"], kyodo])
    _build(tmp_path / "old.duckdb", tmp_path / "in")
    with _outlets_as(new):
        expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            stored = ledger.con.execute(
                "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]
            assert not rebuild.migrate_in_place(ledger.con, stored)
            ledger.rebuild()
            assert _differences(everything(ledger), expected) == {}


# -- interrupted, rerun, empty, read-only ---------------------------------------------------

def test_review_migrate_exception_midway_then_rerun_equals_clean(tmp_path, monkeypatch):
    from according.ledger import migrate

    with _outlets_as(HISTORY_TEXT):
        before = _build(tmp_path / "old.duckdb", tmp_path / "in")
    expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
    real = migrate.regroup_stories

    def fail(*_a: object, **_k: object) -> None:
        raise RuntimeError("killed")

    with open_ledger(tmp_path / "old.duckdb") as ledger:
        monkeypatch.setattr(migrate, "regroup_stories", fail)
        with pytest.raises(RuntimeError, match="killed"):
            ledger.rebuild()
        assert not ledger.merges_current()
        before.pop("views")
        assert _differences(stored(ledger), before) == {}
        monkeypatch.setattr(migrate, "regroup_stories", real)
        ledger.rebuild()
        ledger.rebuild()  # a second run over current merges changes nothing
        assert ledger.merges_current()
        assert set(_differences(everything(ledger), expected)) <= {"articles"}


KILLED = textwrap.dedent("""
    import sys, time
    sys.path[:0] = [{tests!r}, {src!r}]
    import test_review_migrate_1127 as review
    from according.ledger import merge, open_ledger
    review.use_outlet_table(review.HEAD_TEXT)
    real = merge.refresh
    def stall(*a, **k):
        real(*a, **k)
        print("midway", flush=True)
        time.sleep(60)
    merge.refresh = stall
    with open_ledger({db!r}) as ledger:
        ledger.rebuild()
""")


def test_review_migrate_sigkill_midway_loses_and_duplicates_nothing(tmp_path):
    with _outlets_as(HISTORY_TEXT):
        before = _build(tmp_path / "old.duckdb", tmp_path / "in")
    expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
    tests = Path(__file__).parent
    script = KILLED.format(tests=str(tests), src=str(tests.parent / "src"),
                           db=str(tmp_path / "old.duckdb"))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "midway"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    with _outlets_as(HISTORY_TEXT), open_ledger(tmp_path / "old.duckdb") as ledger:
        assert ledger.merges_current()  # the old version stands: nothing committed
        assert _differences(everything(ledger), before) == {}
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        ledger.rebuild()
        assert set(_differences(everything(ledger), expected)) <= {"articles"}


def test_review_migrate_empty_ledger_migrates_to_current(tmp_path):
    with _outlets_as(HISTORY_TEXT), open_ledger(tmp_path / "e.duckdb") as ledger:
        assert ledger.merges_current()
    with open_ledger(tmp_path / "e.duckdb") as ledger:
        assert not ledger.merges_current()
        ledger.rebuild()
        assert ledger.merges_current()
        assert ledger.con.execute("SELECT count(*) FROM articles").fetchall() == [(0,)]


def test_review_migrate_read_only_stale_ledger_says_rebuild_and_writes_nothing(tmp_path):
    with _outlets_as(HISTORY_TEXT):
        _build(tmp_path / "old.duckdb", tmp_path / "in")
    size = (tmp_path / "old.duckdb").stat().st_size
    stamp = (tmp_path / "old.duckdb").stat().st_mtime_ns
    with open_ledger(tmp_path / "old.duckdb", read_only=True) as ledger:
        with pytest.raises(LedgerError, match="according rebuild"):
            ledger.claims()
        with pytest.raises(LedgerError, match="read-only"):
            ledger.rebuild()
    assert (tmp_path / "old.duckdb").stat().st_size == size
    assert (tmp_path / "old.duckdb").stat().st_mtime_ns == stamp
    with _outlets_as(HISTORY_TEXT), open_ledger(tmp_path / "old.duckdb") as ledger:
        assert ledger.merges_current()


# -- fronts after migration ------------------------------------------------------------------

def _fronts(ledger) -> list:  # noqa: ANN001
    return sorted((name, json.dumps(_front_row(shown))) for name, shown in ledger.con.execute(
        "SELECT list, shown FROM fronts").fetchall())


def _front_row(shown: str) -> object:
    row = json.loads(shown)
    if isinstance(row, list) and row and isinstance(row[-1], dict):  # source ids -> names
        row = [*row[:-1], sorted(row[-1].values(), key=str)]
    return row


def test_review_migrate_front_page_caches_equal_a_clean_ingest(tmp_path):
    with _outlets_as(HISTORY_TEXT):
        _build(tmp_path / "old.duckdb", tmp_path / "in")
    _build(tmp_path / "clean.duckdb", tmp_path / "in")
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        expected = _fronts(ledger)
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        ledger.rebuild()
        assert _fronts(ledger) == expected


# -- a change no stored name meets, a moved source key, a stale ledger written to ----------

def test_review_migrate_unmet_outlet_rewrites_no_sighting_filled_article(tmp_path):
    _build(tmp_path / "old.duckdb", tmp_path / "in")
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        keys = ledger.con.execute("SELECT id, outlet_key FROM articles ORDER BY id").fetchall()
    with _outlets_as(_table([*HEAD_RAW["outlets"], OSPREY])), \
            open_ledger(tmp_path / "old.duckdb") as ledger:
        assert not ledger.merges_current()
        ledger.rebuild()
        assert ledger.con.execute(
            "SELECT id, outlet_key FROM articles ORDER BY id").fetchall() == keys


@pytest.mark.parametrize(("source", "also"), [
    ("Times Colonist", None),  # a two-word form the day's table maps to another name
    ("UNFPA", "United Nations Population Fund"),  # an acronym that becomes an outlet
    ("KTLA", None),  # an all-capitals one-word name that becomes an outlet
])
def test_review_migrate_source_key_moved_by_the_days_outlets_rebuilds_equal(
        tmp_path, source, also):
    """A stored source whose key the day's outlets move is not migrated in place (a full
    rebuild), and the rebuild equals a clean ingest."""
    text = (f'Aziz Karimov said "{QUOTE}", {source} reported, and the aid convoys were held '
            f"at the border{' by ' + also if also else ''}.")
    ents = (("Aziz Karimov", "person", None), (source, "organization", None),
            *(((also, "organization", None),) if also else ()))
    record = article(text, outlet="Harbour Gazette", path="src.txt", entities=ents,
                     attributions=(("Aziz Karimov", "person", "E1", "said", QUOTE, "direct"),
                                   (source, "organization", "E2", "reported",
                                    "the aid convoys were held at the border", "indirect")))
    records = [*_records(), record]
    with _outlets_as(HISTORY_TEXT), open_ledger(tmp_path / "old.duckdb") as ledger:
        ledger.add_records(records)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(records)
        expected = everything(ledger)
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        stored_version = ledger.con.execute(
            "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]
        assert not rebuild.migrate_in_place(ledger.con, stored_version)
        ledger.rebuild()
        assert _differences(everything(ledger), expected) == {}


def test_review_migrate_stale_ledger_written_to_equals_a_clean_ingest(tmp_path):
    """An ingest into a stale ledger migrates it first (write_batch), then adds its batch."""
    records = _records()
    with _outlets_as(HISTORY_TEXT), open_ledger(tmp_path / "old.duckdb") as ledger:
        ledger.add_records(records[:-2])
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        ledger.add_records(records[-2:])
        assert ledger.merges_current()
        got = everything(ledger)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(records[:-2])
        ledger.add_records(records[-2:])
        assert _differences(got, everything(ledger)) == {}


# -- the command line: `according rebuild`, then the views ----------------------------------

def _cli(*args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from according.cli import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("view", ["sources", "claims", "figures", "quotes"])
def test_review_migrate_cli_views_after_rebuild_equal_a_clean_ingest(tmp_path, view):
    with _outlets_as(HISTORY_TEXT):
        _build(tmp_path / "old.duckdb", tmp_path / "in")
    _build(tmp_path / "clean.duckdb", tmp_path / "in")
    code, said = _cli(view, "--db", str(tmp_path / "old.duckdb"))
    assert code != 0 and "according rebuild" in said  # read-only: stale, untouched
    assert _cli("rebuild", "--db", str(tmp_path / "old.duckdb"))[0] == 0
    got = _cli(view, "--db", str(tmp_path / "old.duckdb"), "--format", "json")
    expected = _cli(view, "--db", str(tmp_path / "clean.duckdb"), "--format", "json")
    assert got[0] == 0 and got == expected


# -- stories regrouped: a group split and another joined -------------------------------------

BASE = ("Rescue teams in the northern hills worked through the night to reach villages cut "
        "off by landslides after three days of torrential rain, officials said, as roads "
        "collapsed and power lines came down across the district and hundreds of families "
        "sheltered in schools and mosques waiting for food and clean water to arrive")
TAILS = (" while farmers counted their drowned cattle and ruined rice terraces on the slopes "
         "above the swollen river near the old stone bridge.",
         " and the regional governor promised emergency funds for rebuilding homes, clinics "
         "and the market halls destroyed when the mud swept through the valley.",
         " as volunteers from the capital loaded trucks with blankets, tents, medicine and "
         "rice to be driven north once engineers have cleared the mountain pass.")


def _chain() -> list:
    """Three reports of one story, each with its own tail: the first under the desk byline
    "Myanmar Now" crediting Reuters, the second under that byline alone, the third credited
    to Reuters. Before the day's outlets the first two share a byline name; after, the
    first and third share a wire."""
    a, b, c = (article(BASE + tail, path=f"chain{n}.txt", outlet=outlet)
               for n, (tail, outlet) in enumerate(zip(TAILS, ("Harbour Gazette", "Osprey Post",
                                                               "Kestrel Times"), strict=True)))
    a = replace(a, metadata=replace(a.metadata, byline=("Myanmar Now",), credits=("Reuters",)))
    b = replace(b, metadata=replace(b.metadata, byline=("Myanmar Now",)))
    c = replace(c, metadata=replace(c.metadata, credits=("Reuters",)))
    return [a, b, c]


def _stories(ledger) -> set:  # noqa: ANN001
    return full_signature(ledger)["stories"]


def test_review_migrate_regrouped_stories_equal_a_clean_ingest(tmp_path):
    records = [*_records(), *_chain()]
    with _outlets_as(HISTORY_TEXT), open_ledger(tmp_path / "old.duckdb") as ledger:
        ledger.add_records(records)
        before = _stories(ledger)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(records)
        expected = everything(ledger)
    assert before != expected["stories"]  # the day's outlets move the chain's groups
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        ledger.rebuild()
        assert _differences(everything(ledger), expected) == {}


KILLED_REBUILD = textwrap.dedent("""
    import sys, time
    sys.path[:0] = [{tests!r}, {src!r}]
    from according.ledger import merge, open_ledger
    real = merge.merge_all
    def stall(*a, **k):
        real(*a, **k)
        print("midway", flush=True)
        time.sleep(60)
    merge.merge_all = stall
    with open_ledger({db!r}) as ledger:
        ledger.rebuild()
""")


def _colonist_source() -> object:
    """A source the day's table moves ("Times Colonist" -> Victoria Times Colonist): the
    migration falls back to a full rebuild."""
    text = (f'Aziz Karimov said "{QUOTE}", Times Colonist reported, and the aid convoys '
            "were held at the border.")
    return article(text, outlet="Harbour Gazette", path="src.txt",
                   entities=(("Aziz Karimov", "person", None),
                             ("Times Colonist", "organization", None)),
                   attributions=(("Aziz Karimov", "person", "E1", "said", QUOTE, "direct"),
                                 ("Times Colonist", "organization", "E2", "reported",
                                  "the aid convoys were held at the border", "indirect")))


def test_review_migrate_full_rebuild_killed_then_rerun_equals_clean(tmp_path):
    """The fallback a moved source key takes (rebuild_file), killed after its merges:
    the old ledger stands, errors and sightings kept; a rerun equals a clean ingest."""
    extra = (_colonist_source(),)
    with _outlets_as(HISTORY_TEXT):
        before = _build(tmp_path / "old.duckdb", tmp_path / "in", extra)
    expected = _build(tmp_path / "clean.duckdb", tmp_path / "in", extra)
    tests = Path(__file__).parent
    script = KILLED_REBUILD.format(tests=str(tests), src=str(tests.parent / "src"),
                                   db=str(tmp_path / "old.duckdb"))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "midway"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    with _outlets_as(HISTORY_TEXT), open_ledger(tmp_path / "old.duckdb") as ledger:
        assert ledger.merges_current()
        assert _differences(everything(ledger), before) == {}
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        ledger.rebuild()
        assert _differences(everything(ledger), expected) == {}


def test_review_migrate_rules_5_wire_flags_and_outlets_at_once(tmp_path):
    """A rules-5 ledger of the history table whose copyright-noticed wire copy was not
    flagged (merge rules 5 read no copyright line): both the wire rule and the outlet
    table are brought up in one pass, equal to a clean ingest."""
    from according.records import Region

    body = STORY + " Traders said the queue stretched back to the last village on the road."
    text = body + "\nCopyright 2025 The Associated Press. All rights reserved."
    ap = article(text, outlet="Times Colonist", path="ap.txt")
    ap = replace(ap, regions=(Region(0, len(body), "body"),
                              Region(len(body) + 1, len(text), "boilerplate")))
    records = [*_records(), ap]
    with _outlets_as(HISTORY_TEXT), open_ledger(tmp_path / "old.duckdb") as ledger:
        ledger.add_records(records)
        ledger.con.execute("UPDATE articles SET wire = [] WHERE id = ?", [ap.id])
    _as_rules_5(tmp_path / "old.duckdb", HISTORY_TEXT)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(records)
        expected = everything(ledger)
    assert any(a[0] == ap.id and a[1] == ("The Associated Press",)
               for a in expected["articles"])
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        stored_version = ledger.con.execute(
            "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]
        assert rebuild.migrate_in_place(ledger.con, stored_version)
        assert _differences(everything(ledger), expected) == {}


def test_review_migrate_chained_through_each_days_table_equals_one_clean_ingest(tmp_path):
    """history -> batch -> 980f6b0 -> HEAD, one migration at each table (a user who
    upgraded at each commit), against one clean ingest under HEAD's table."""
    with _outlets_as(HISTORY_TEXT):
        _build(tmp_path / "old.duckdb", tmp_path / "in")
    for text in (BATCH_TEXT, T980_TEXT, HEAD_TEXT):
        with _outlets_as(text), open_ledger(tmp_path / "old.duckdb") as ledger:
            assert not ledger.merges_current()
            ledger.rebuild()
            got = stored(ledger)
    expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
    expected.pop("views")
    # the sighting-filled article's key too (fix-migrate-outlet-key)
    assert _differences(got, expected) == {}


def test_review_migrate_outlet_renamed_equals_a_clean_ingest(tmp_path):
    """An outlet renamed in the table (not added): the articles, sightings and claims it
    keys take the new name in place."""
    renamed = [({**o, "name": "The Telegraph of Calcutta"} if o["name"] == "The Telegraph (India)"
                else {**o, "name": "Times Colonist (Victoria)"}
                if o["name"] == "Victoria Times Colonist" else o) for o in HEAD_RAW["outlets"]]
    _build(tmp_path / "old.duckdb", tmp_path / "in")
    with _outlets_as(_table(renamed)):
        expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
        assert any("The Telegraph of Calcutta" in o for o in expected["claim_outlets"])
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            ledger.rebuild()
            got = everything(ledger)
    assert set(_differences(got, expected)) <= {"articles"}


KILLED_AFTER = textwrap.dedent("""
    import sys, time
    sys.path[:0] = [{tests!r}, {src!r}]
    from according.ledger import open_ledger
    with open_ledger({db!r}) as ledger:
        ledger.rebuild()
        print("migrated", flush=True)
        time.sleep(60)
""")


def test_review_migrate_sigkill_after_commit_before_the_log_is_folded(tmp_path):
    """Killed after the migration committed but before its log was folded into the file:
    the reopened ledger replays it, current and equal to a clean ingest."""
    with _outlets_as(HISTORY_TEXT):
        _build(tmp_path / "old.duckdb", tmp_path / "in")
    expected = _build(tmp_path / "clean.duckdb", tmp_path / "in")
    tests = Path(__file__).parent
    script = KILLED_AFTER.format(tests=str(tests), src=str(tests.parent / "src"),
                                 db=str(tmp_path / "old.duckdb"))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "migrated"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        assert ledger.merges_current()
        assert set(_differences(everything(ledger), expected)) <= {"articles"}
