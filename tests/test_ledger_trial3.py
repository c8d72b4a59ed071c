"""The ledger tried a third time as a fact-checker would, on 14 short articles written for
it (tests/data/ledger_trial3/, expected.json written before the first ingest): a ferry
capsized on Lake Kivu (an AFP story carried by three outlets under varied credits, and
Xinhua's own report), a bushfire in the Grampians (an AP story and two copies) and a
building collapse in Bhiwandi (a PTI story and its "(With agency inputs)" edit), with
papers' own reporting of each. Each test pins one family of answers that misled on the
first run (236 of 259 right), and one of trial 2's (a claim told to a paper "that ..."
two claims): a copy of a wire story credited only at its foot, or only
"with agency inputs", listed as a paper's own report; "Jean Jacques Bulambo" and
"Jean-Jacques Bulambo" two people; "Collector Sneha Kulkarni" an organization of that
name; homes "lost" and homes "destroyed" ("had destroyed 22 homes") different counts, so
two tallies of one day were not flagged."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

import according
from according.ledger import open_ledger, rebuild, views
from according.ledger.figures import counted_key
from according.ledger.names import split_person
from according.ledger.quotes import claim_words
from ledger_records import article, full_signature

DATA = Path(__file__).parent / "data" / "ledger_trial3"
INPUTS = [DATA / "stories.jsonl", *sorted(DATA.glob("*.txt")), *sorted(DATA.glob("*.html"))]
FLOOR = 250  # of 259 expected facts, after the fixes (first run: 236)

WIRE_TEXT = (
    "An overloaded ferry capsized on Lake Kivu on Saturday evening, leaving dozens of "
    "passengers missing after it overturned about 300 metres from the shore near Goma. "
    "The vessel was carrying more than 200 passengers and sacks of cement from Minova, "
    "and rescuers worked through the night with fishing boats and a single police launch. "
    "Boat accidents are frequent on the lakes of eastern Congo, where roads are few and "
    "vessels are often overloaded with goods and people heading to the markets of Goma.")
LOCAL = " Families gathered at the port through the night, waiting for news of relatives."


@pytest.fixture(scope="module")
def trial(tmp_path_factory):  # noqa: ANN201
    """The trial articles ingested once into a fresh ledger, through the real pipeline."""
    path = tmp_path_factory.mktemp("trial3") / "trial3.duckdb"
    with open_ledger(path) as ledger:
        summary = ledger.ingest(INPUTS)
    assert (summary.added, summary.skipped, summary.failed) == (14, 0, 0)
    return path


def _wire_story_and_copies() -> list:
    """An AFP story, a paper's uncredited light edit of it, and a paper's own report."""
    return [
        article(WIRE_TEXT, outlet="AFP", published="2025-11-02T14:00:00+00:00", path="afp.txt"),
        article(WIRE_TEXT + LOCAL, outlet="Lakeside Post", published="2025-11-02T18:00:00+00:00",
                path="lakeside.txt"),
        article("Divers recovered eleven more bodies from Lake Kivu on Monday, and the port "
                "of Goma stayed closed to passenger boats for a second day.",
                outlet="Goma Dispatch", published="2025-11-03T15:00:00+00:00", path="goma.txt"),
    ]


# --- independence: a copy of a wire story is wire copy -------------------------------------

def test_views_copy_of_a_wire_report_is_wire(tmp_path):
    """A paper's light edit of an AFP story, with no credit of its own (or one the layout
    cannot read: "— Agence France-Presse" at its foot, "(With agency inputs)"), is wire
    copy: its original is the AFP report; the paper's own report is not."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_wire_story_and_copies())
        shown = {a.outlet: a for a in ledger.articles(limit=10)}
    afp = shown["Agence France-Presse"]  # the outlet table's name, in every view
    assert shown["Lakeside Post"].original == afp.id
    assert shown["Lakeside Post"].wire and afp.wire
    assert not shown["Goma Dispatch"].wire


def test_ledger_trial3_copies_credited_at_the_foot_or_with_agency_inputs_are_wire(trial):
    with open_ledger(trial, read_only=True) as ledger:
        shown = {a.outlet: a for a in ledger.articles(limit=50)}
    for copy, wire in (("Great Lakes Echo", "Agence France-Presse"),
                       ("Konkan Herald", "Press Trust of India")):
        assert shown[copy].original == shown[wire].id
        assert shown[copy].wire
    assert not shown["Goma Dispatch"].wire and shown["Xinhua"].original == shown["Xinhua"].id


# --- sources: one person however her name is written ----------------------------------------

@pytest.mark.parametrize(("one", "other"), [
    ("Jean-Jacques Bulambo", "Jean Jacques Bulambo"),
    ("Governor Jean-Jacques Bulambo", "Jean Jacques Bulambo"),
    ("Abdul-Karim Haddad", "Abdul Karim Haddad"),
])
def test_split_person_hyphenated_first_name_is_the_spaced_one(one, other):
    assert split_person(one)[:2] == split_person(other)[:2]


def test_split_person_hyphenated_surname_stays_whole():
    assert split_person("Ana Garcia-Lopez")[:2] == ("ana", "garcia-lopez")


def test_ledger_trial3_one_governor_with_and_without_the_hyphen(trial):
    with open_ledger(trial, read_only=True) as ledger:
        sources = [s for s in ledger.sources(limit=500) if "Bulambo" in s.name]
    (governor,) = sources
    assert governor.n_articles == 5
    assert {"Jean-Jacques Bulambo", "South Kivu Governor Jean Jacques Bulambo"} <= set(
        governor.surface_forms)


def test_entities_collector_before_a_name_is_her_title():
    """"Collector Sneha Kulkarni said …": the NER took the title into an organization's
    name; "collector" is a title head, so she is the person Sneha Kulkarni."""
    record = according.extract("THANE - Collector Sneha Kulkarni said on Tuesday that 11 "
                               "people had died in the collapse.")
    (kulkarni,) = [e for e in record.entities if "Kulkarni" in e.name]
    assert (kulkarni.name, kulkarni.type, kulkarni.title) == (
        "Sneha Kulkarni", "person", "Collector")


def test_ledger_trial3_collector_and_doctor_are_one_person(trial):
    with open_ledger(trial, read_only=True) as ledger:
        sources = [s for s in ledger.sources(limit=500) if "Kulkarni" in s.name]
    assert [(s.name, s.n_articles, s.n_attributions) for s in sources] == [
        ("Sneha Kulkarni", 2, 3)]


# --- figures: one count of homes however the loss is written --------------------------------

def test_counted_key_homes_lost_in_the_passive_are_homes_destroyed():
    destroyed = counted_key("homes had been destroyed", "home")
    assert counted_key("homes had been lost", "home") == destroyed
    assert counted_key("homes were burned", "home") == destroyed
    assert counted_key("homes lost power", "home") != destroyed  # no passive: lost power


def test_quantities_a_figure_a_fire_destroyed_counts_homes_destroyed():
    record = according.extract("HALLS GAP - The fire had destroyed 22 homes by Wednesday "
                               "morning, the commissioner said.")
    (homes,) = [q for q in record.quantities if q.span.text == "22"]
    assert counted_key(homes.counted, homes.unit) == counted_key("homes had been destroyed",
                                                                 "home")


def test_ledger_trial3_homes_destroyed_and_lost_on_one_day_disagree(trial):
    """"The fire had destroyed 22 homes by Wednesday morning, Commissioner Rachel Kessling
    said, while the Country Fire Authority said 31 homes had been lost as of Wednesday"."""
    with open_ledger(trial, read_only=True) as ledger:
        series = [s for s in ledger.figures(counted="homes destroyed")]
    clashes = [d for s in series for d in s.disagreements]
    assert [{d.first.text, d.second.text} for d in clashes] == [{"22", "31"}]
    assert clashes[0].within_article and clashes[0].first.day == "2025-11-12"


# --- claims: a reported clause is the same claim with or without its "that" ---------------

def test_claim_words_drop_the_that_opening_a_reported_clause():
    said = claim_words("the government would open six more treatment centres", quote=False)
    assert claim_words("that the government would open six more treatment centres",
                       quote=False) == said
    assert claim_words('"That is not true,"', quote=True)[0] == "that"  # a quote's own word
    assert claim_words("that", quote=False) == ("that",)


def test_ledger_claim_told_the_paper_that_is_the_claim_said_elsewhere(tmp_path):
    """Trial 2: "Health Minister Celia Nhantumbo said the government would open six more
    treatment centres by Friday" (Reuters) and "... told the Maputo Daily that the
    government would ..." (the paper's own interview): one claim, two original reports."""
    claim = "the government would open six more treatment centres by Friday"
    wire = f"Health Minister Celia Nhantumbo said {claim}."
    paper = f"Health Minister Celia Nhantumbo told the Maputo Daily that {claim}."
    records = [
        article(text, outlet=outlet, published=published, path=path,
                entities=(("Celia Nhantumbo", "person", "Health Minister"),),
                attributions=(("Celia Nhantumbo", "person", "E1", cue, content, "indirect"),))
        for text, outlet, published, path, cue, content in (
            (wire, "Reuters", "2025-10-06T07:45:00+00:00", "reuters.txt", "said", claim),
            (paper, "Maputo Daily", "2025-10-07T16:00:00+00:00", "maputo.txt", "told",
             "that " + claim))]
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(records)
        claims = [c for c in ledger.claims(limit=50) if "treatment centres" in c.text]
    assert [(c.n_reports, c.n_outlets, c.wire_only) for c in claims] == [(2, 2, False)]


# --- migration: merge rules 6 -> 7 ----------------------------------------------------------

def test_migrate_in_place_rules_6_shows_a_wire_copy_as_wire(tmp_path, monkeypatch):
    """A ledger merged by rules 6 (a copy of a wire story listed as not wire) is brought
    in place, without a rebuild, to what one clean ingest gives today."""
    records = _wire_story_and_copies()
    clean = tmp_path / "clean.duckdb"
    with open_ledger(clean) as ledger:
        ledger.add_records(records)
        expected = full_signature(ledger)
        shown = [(a.outlet, a.wire) for a in ledger.articles(limit=10)]
    old = tmp_path / "old.duckdb"
    with monkeypatch.context() as patch:  # the previous view: an article's own credit only
        patch.setattr(views, "_wire_first_reports", lambda con, groups: set())
        with open_ledger(old) as ledger:
            ledger.add_records(records)
            assert [(a.outlet, a.wire) for a in ledger.articles(limit=10)] != shown
            rebuild.mark_merges_current(ledger.con, "merge-rules/6")
    called: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: called.append(a))
    with open_ledger(old) as ledger:
        assert not ledger.merges_current()
        ledger.rebuild()
        assert ledger.merges_current() and full_signature(ledger) == expected
        assert [(a.outlet, a.wire) for a in ledger.articles(limit=10)] == shown
    assert called == []


def test_migrate_in_place_rules_6_with_a_hyphenated_first_name_rekeys_it(tmp_path):
    """A person keyed by a hyphenated first name under rules 6 moves to another key: merge
    rules 8 re-key it in place (migrate.rekey_people), where rules 7 rebuilt the ledger."""
    text = "Jean-Jacques Bulambo said the boat was overloaded."
    record = article(text, outlet="Goma Dispatch", published="2025-11-03T15:00:00+00:00",
                     entities=(("Jean-Jacques Bulambo", "person", None),),
                     attributions=(("Jean-Jacques Bulambo", "person", "E1", "said",
                                    "the boat was overloaded", "indirect"),))
    path = tmp_path / "old.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([record])
        ledger.con.execute("UPDATE attributions SET source_key = 'person:jean-jacques bulambo',"
                           " first = 'jean-jacques'")
        rebuild.mark_merges_current(ledger.con, "merge-rules/6")
    assert _migrates_in_place(path)
    tried = path.with_name("tried-" + path.name)
    with open_ledger(tried) as ledger:
        assert ledger.con.execute("SELECT source_key, first FROM attributions").fetchall() == [
            ("person:jean bulambo", "jean")]


def test_migrate_in_place_rules_6_with_a_claim_opening_with_that_rewords_it(tmp_path):
    """A claim stored with its opening "that" under rules 6 gets its words again in place
    (migrate.reword_claims), where rules 7 rebuilt the ledger: no quote shares its text."""
    text = "Celia Nhantumbo told the paper that the clinics would open by Friday."
    record = article(text, outlet="Maputo Daily", published="2025-10-07T16:00:00+00:00",
                     entities=(("Celia Nhantumbo", "person", None),),
                     attributions=(("Celia Nhantumbo", "person", "E1", "told",
                                    "that the clinics would open by Friday", "indirect"),))
    path = tmp_path / "old.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([record])
        ledger.con.execute("UPDATE attributions SET words = 'that ' || words")
        rebuild.mark_merges_current(ledger.con, "merge-rules/6")
    assert _migrates_in_place(path)
    with open_ledger(path.with_name("tried-" + path.name)) as ledger:
        assert ledger.con.execute("SELECT words FROM attributions").fetchall() == [
            ("the clinics would open by friday",)]


def _migrates_in_place(path: Path) -> bool:
    """Whether the ledger at `path` (merged by rules 6) migrates in place, tried on a copy."""
    tried = path.with_name("tried-" + path.name)
    shutil.copyfile(path, tried)
    wal = path.with_name(path.name + ".wal")
    if wal.exists():  # what the last session wrote may not be checkpointed yet
        shutil.copyfile(wal, tried.with_name(tried.name + ".wal"))
    with open_ledger(tried) as ledger:
        stored = ledger.con.execute(
            "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]
        return rebuild.migrate_in_place(ledger.con, stored)


# --- the trial's floor -------------------------------------------------------------------

def _score_module():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("ledger_trial3_score", DATA / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ledger_trial3_holds_its_floor(trial):
    """The trial's expected facts (expected.json, scored by score.py) right at least FLOOR
    times; a miss list that grows means an answer got worse."""
    score = _score_module().score(str(trial))
    assert score.right >= FLOOR, score.misses
