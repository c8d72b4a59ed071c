"""Issue 11, merge rules 8: person keys read letters of any script and fold accents
("Ana García-López" and "Ana Garcia-Lopez" are one person; merge rules 7 keyed the first
as "ana pez"), a surname alone stands for the one hyphenated surname of its article that
holds it, and a ledger merged by rules 7 (or 3..6) is re-keyed in place to what one clean
ingest gives today."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

from according.ledger import derive, names, open_ledger, rebuild
from according.ledger.names import name_fold, split_person, split_person_before_8
from according.ledger.quotes import quote_words
from ledger_records import article, full_signature


@pytest.mark.parametrize(("one", "other"), [
    ("Ana García-López", "Ana Garcia-Lopez"),
    ("Novak Đoković", "Novak Djokovic"),
    ("Novak Đoković", "Novak Dokovic"),
    ("Recep Tayyip Erdoğan", "Recep Erdogan"),
    ("Thomas Müller", "Thomas Muller"),
    ("João Gonçalves", "Joao Goncalves"),
    ("José Núñez", "Jose Nunez"),
    ("Conor O’Brien", "Conor O'Brien"),
    ("Abdel Fattah Al-Sisi", "Abdel Fattah al-Sisi"),
    ("Ołeksandr Usyk", "Oleksandr Usyk"),
])
def test_split_person_accents_and_marks_fold_to_one_key(one, other):
    assert split_person(one)[:2] == split_person(other)[:2]


def test_split_person_reads_letters_of_any_script():
    assert split_person("Ana García-López")[:2] == ("ana", "garcia-lopez")
    assert split_person("Moussa N'Diaye")[:2] == ("moussa", "n'diaye")
    assert split_person("Nguyễn Phú Trọng")[:2] == ("nguyen", "trong")
    assert split_person("Владимир Путин")[:2] == ("владимир", "путин")
    # what merge rules 7 made of them
    assert split_person_before_8("Ana García-López")[:2] == ("ana", "pez")
    assert split_person_before_8("Владимир Путин")[:2] == (None, "")


def test_name_fold_keeps_other_scripts_and_drops_marks():
    assert name_fold("Đoković Erdoğan Nguyễn Łukasz Øre") == "Dokovic Erdogan Nguyen Lukasz Ore"
    assert name_fold("Путин") == "Путин"


def test_split_person_same_folded_surname_other_first_name_stays_apart():
    assert split_person("Ana García-López")[:2] != split_person("Luis Garcia-Lopez")[:2]


# --- short articles ------------------------------------------------------------------------

def _story(text: str, outlet: str, day: int, path: str, people: tuple[str, ...],
           said: tuple[tuple[str, str | None, str], ...]):  # noqa: ANN202
    """An article naming `people` (person entities), with indirect attributions (source
    span, entity id or None, content), each cued by the "said" after it."""
    return article(
        text, outlet=outlet, published=f"2025-11-{day:02d}T10:00:00+00:00", path=path,
        entities=tuple((p, "person", None) for p in people),
        attributions=tuple((src, "person", ent, cue, content, "indirect")
                           for src, ent, cue, content in said))


def _records() -> list:
    return [
        _story("Ana García-López said the ceasefire would hold. López told reporters talks "
               "would resume on Monday.", "Madrid Ledger", 3, "a.txt",
               ("Ana García-López",),
               (("Ana García-López", "E1", "said", "the ceasefire would hold"),
                ("López", None, "told", "talks would resume on Monday"))),
        _story("Ana Garcia-Lopez said the ceasefire would hold for now.", "Lima Courier", 4,
               "b.txt", ("Ana Garcia-Lopez",),
               (("Ana Garcia-Lopez", "E1", "said", "the ceasefire would hold for now"),)),
        _story("Luis Garcia-Lopez said the border crossing was closed.", "Quito Post", 5,
               "c.txt", ("Luis Garcia-Lopez",),
               (("Luis Garcia-Lopez", "E1", "said", "the border crossing was closed"),)),
        _story("Novak Đoković said he would play. Recep Tayyip Erdoğan said the talks were "
               "useful. Jean-Jacques Bulambo said the boat was overloaded.", "Belgrade Wire",
               6, "d.txt", ("Novak Đoković", "Recep Tayyip Erdoğan", "Jean-Jacques Bulambo"),
               (("Novak Đoković", "E1", "said", "he would play"),
                ("Recep Tayyip Erdoğan", "E2", "said", "the talks were useful"),
                ("Jean-Jacques Bulambo", "E3", "said", "the boat was overloaded"))),
        _story("Novak Djokovic said he would play again. Recep Erdogan said the talks were "
               "useful indeed. Conor O’Brien said the port was shut. Abdel Fattah al-Sisi "
               "said the crossing would open. Later Sisi said aid was waiting.",
               "Cairo Tribune", 7, "e.txt",
               ("Novak Djokovic", "Recep Erdogan", "Conor O’Brien", "Abdel Fattah al-Sisi"),
               (("Novak Djokovic", "E1", "said", "he would play again"),
                ("Recep Erdogan", "E2", "said", "the talks were useful indeed"),
                ("Conor O’Brien", "E3", "said", "the port was shut"),
                ("Abdel Fattah al-Sisi", "E4", "said", "the crossing would open"),
                ("Sisi", None, "said", "aid was waiting"))),
        _story("Conor O'Brien said the port was shut. Abdel Fattah Al-Sisi said the crossing "
               "would open. Jean Jacques Bulambo said the boat was overloaded.",
               "Dublin Times", 8, "f.txt",
               ("Conor O'Brien", "Abdel Fattah Al-Sisi", "Jean Jacques Bulambo"),
               (("Conor O'Brien", "E1", "said", "the port was shut"),
                ("Abdel Fattah Al-Sisi", "E2", "said", "the crossing would open"),
                ("Jean Jacques Bulambo", "E3", "said", "the boat was overloaded"))),
        article("The National Rifle Association said the bill was wrong.",
                outlet="Austin Star", published="2025-11-08T12:00:00+00:00", path="h.txt",
                entities=(("National Rifle Association", "organization", None),),
                attributions=(("The National Rifle Association", "organization", "E1",
                               "said", "the bill was wrong", "indirect"),)),
        article("Ana García-López said the vote was close. The NRA said the bill was bad.",
                outlet="Austin Star", published="2025-11-08T15:00:00+00:00", path="i.txt",
                entities=(("Ana García-López", "person", None), ("NRA", "organization", None)),
                attributions=(("Ana García-López", "person", "E1", "said", "the vote was close",
                               "indirect"),
                              ("The NRA", "organization", "E2", "said", "the bill was bad",
                               "indirect"))),
        _story("Moussa N'Diaye told the paper that the clinics would open by Friday.",
               "Dakar Daily", 9, "g.txt", ("Moussa N'Diaye",),
               (("Moussa N'Diaye", "E1", "told", "that the clinics would open by Friday"),)),
    ]


def _members(ledger, name_part: str) -> list[set[str]]:  # noqa: ANN001
    """The sources whose name holds `name_part`, each as its set of articles' paths."""
    con = ledger.con
    out = []
    for (members,) in con.execute(
            "SELECT list(DISTINCT p.path) FROM attributions a JOIN articles p ON p.seq = a.seq "
            "JOIN source_stats s USING (source_id) WHERE s.name LIKE $n "
            "GROUP BY s.source_id ORDER BY 1", {"n": f"%{name_part}%"}).fetchall():
        out.append(set(members))
    return out


def test_ledger_accented_and_plain_spellings_are_one_source(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_records())
        assert _members(ledger, "Ana Garc") == [{"a.txt", "b.txt", "i.txt"}]
        assert _members(ledger, "Luis Garc") == [{"c.txt"}]  # another first name: apart
        ana = [s for s in ledger.sources(limit=100) if s.name.startswith("Ana Garc")]
        assert len(ana) == 1 and ana[0].n_articles == 3
        assert ana[0].name in {"Ana García-López", "Ana Garcia-Lopez"}
        assert _members(ledger, "okovi") == [{"d.txt", "e.txt"}]
        assert len(_members(ledger, "Erdo")) == 1
        assert _members(ledger, "Brien") == [{"e.txt", "f.txt"}]
        assert _members(ledger, "Sisi") == [{"e.txt", "f.txt"}]  # "Sisi" alone: al-Sisi
        assert _members(ledger, "Bulambo") == [{"d.txt", "f.txt"}]
        assert _members(ledger, "Rifle") == [{"h.txt", "i.txt"}]  # "NRA": an acronym


def test_ledger_surname_alone_after_a_hyphenated_surname_is_that_person(tmp_path):
    """ "López" alone, after "Ana García-López" in the same article, is her."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_records())
        keys = dict(ledger.con.execute(
            "SELECT p.path || '/' || a.attribution_id, a.source_key FROM attributions a "
            "JOIN articles p ON p.seq = a.seq WHERE p.path = 'a.txt'").fetchall())
    assert keys == {"a.txt/A1": "person:ana garcia-lopez", "a.txt/A2": "person:ana garcia-lopez"}


# --- migration: merge rules 7 -> 8, in place ----------------------------------------------

def _as_rules_7(patch) -> None:  # noqa: ANN001
    """names.py as merge rules 7 read names: ASCII words, no folding, no whole surnames."""
    patch.setattr(names, "_NAME_WORD", names._WORD)
    patch.setattr(names, "name_fold", lambda name: name)
    patch.setattr(names, "whole_surname", lambda part, people: part)
    _as_rules_8(patch)


def _as_rules_8(patch) -> None:  # noqa: ANN001
    """names.py and derive.py as merge rules 8 read organisation names: ASCII words, no
    folding (names.normalise_org_before_9)."""
    patch.setattr(names, "normalise_org", names.normalise_org_before_9)
    patch.setattr(derive, "normalise_org", names.normalise_org_before_9)
    names.name_rules.cache_clear()
    names.split_person.cache_clear()


# derived tables compared row by row (ids are hashes of keys or article numbers, so two
# ledgers of the same articles in the same order hold the same rows)
_TABLES = {
    "attributions": "* EXCLUDE (confidence)", "quantities": "*", "source_stats": "*",
    "source_forms": "*", "source_kinds": "*", "person_names": "*", "cluster_stats": "*",
    "cluster_sources": "*", "source_quotes": "*", "series_order": "*", "series_stats": "*",
    "group_stats": "*", "waiting_people": "*", "cluster_firsts": "*", "figure_clashes": "*",
    "claim_counts": "*", "source_names": "DISTINCT *", "words": "DISTINCT *",
    "word_index": "DISTINCT *", "fronts": "* EXCLUDE (shown)",
}


def _rows(ledger) -> dict[str, list]:  # noqa: ANN001
    out = {}
    for table, columns in _TABLES.items():
        out[table] = sorted(map(repr, ledger.con.execute(
            f"SELECT {columns} FROM {table}").fetchall()))
    return out


def _views(ledger) -> dict[str, list]:  # noqa: ANN001
    return {
        "sources": [repr(s) for s in ledger.sources(limit=500)],
        "claims": [repr(c) for c in ledger.claims(limit=500)],
        "quotes": [repr(q) for q in ledger.quotes(limit=500)],
        "articles": [repr(a) for a in ledger.articles(limit=500)],
    }


def _clean(tmp_path: Path, fill) -> tuple:  # noqa: ANN001
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        fill(ledger)
        return full_signature(ledger), _rows(ledger), _views(ledger)


def _old(tmp_path: Path, fill, monkeypatch, code: str = "merge-rules/7",  # noqa: ANN001
         rules=None) -> Path:  # noqa: ANN001
    path = tmp_path / "old.duckdb"
    with monkeypatch.context() as patch:
        (rules or _as_rules_7)(patch)
        with open_ledger(path) as ledger:
            fill(ledger)
            rebuild.mark_merges_current(ledger.con, code)
    names.split_person.cache_clear()
    names.name_rules.cache_clear()
    return path


def _migrated(path: Path, monkeypatch) -> tuple:  # noqa: ANN001
    called: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: called.append(a))
    with open_ledger(path) as ledger:
        assert not ledger.merges_current()
        ledger.rebuild()
        assert ledger.merges_current()
        found = full_signature(ledger), _rows(ledger), _views(ledger)
    assert called == []  # in place, no rebuild
    return found


def test_migrate_in_place_rules_7_rekeys_accented_people(tmp_path, monkeypatch):
    def fill(ledger):  # noqa: ANN001, ANN202
        ledger.add_records(_records())

    expected = _clean(tmp_path, fill)
    path = _old(tmp_path, fill, monkeypatch)
    with open_ledger(path) as ledger:  # rules 7 split Ana in two and kept "pez"
        before = {k for (k,) in ledger.con.execute(
            "SELECT source_key FROM attributions").fetchall()}
    assert "person:ana pez" in before
    found = _migrated(path, monkeypatch)
    assert found[0] == expected[0]
    assert found[1] == expected[1]
    assert found[2] == expected[2]


def _as_rules_6(patch) -> None:  # noqa: ANN001
    """As _as_rules_7, and a claim keeps the "that" opening it (quotes.claim_words before
    merge rules 7)."""
    _as_rules_7(patch)
    patch.setattr(derive, "claim_words", lambda text, quote: quote_words(text))


def test_migrate_in_place_rules_6_rewords_that_claims_and_rekeys_people(tmp_path,
                                                                        monkeypatch):
    """Rules 6 -> 8 in place: hyphenated first names and accented names re-keyed, claims
    opening with "that" given their words again (rules 7 rebuilt both)."""
    def fill(ledger):  # noqa: ANN001, ANN202
        ledger.add_records(_records())

    expected = _clean(tmp_path, fill)
    path = _old(tmp_path, fill, monkeypatch, "merge-rules/6", _as_rules_6)
    with open_ledger(path) as ledger:
        ledger.con.execute("UPDATE attributions SET source_key = 'person:jean-jacques bulambo',"
                           " first = 'jean-jacques' WHERE source_key = 'person:jean bulambo'")
        assert ledger.con.execute(
            "SELECT count(*) FROM attributions WHERE words LIKE 'that %'").fetchall() == [(1,)]
    found = _migrated(path, monkeypatch)
    assert found[0] == expected[0]
    assert found[1] == expected[1]
    assert found[2] == expected[2]


def test_migrate_in_place_rules_6_that_claim_meeting_a_quote_rebuilds(tmp_path, monkeypatch):
    """A claim whose words, without their "that", are a quote's text joins that quote's
    cluster (its LSH buckets): the ledger is rebuilt, and equals a clean ingest."""
    said = "the clinics would open by Friday"
    records = [
        _story(f'"{said.capitalize()}," Moussa N\'Diaye said.', "Dakar Daily", 9, "q.txt",
               ("Moussa N'Diaye",), ()),
        *_records()[-1:]]
    records[0] = article(
        records[0].text, outlet="Dakar Daily", published="2025-11-09T09:00:00+00:00",
        path="q.txt", entities=(("Moussa N'Diaye", "person", None),),
        attributions=(("Moussa N'Diaye", "person", "E1", "said", said.capitalize(),
                       "direct"),))

    def fill(ledger):  # noqa: ANN001, ANN202
        ledger.add_records(records)

    expected = _clean(tmp_path, fill)
    path = _old(tmp_path, fill, monkeypatch, "merge-rules/6", _as_rules_6)
    with open_ledger(path) as ledger:
        stored = ledger.con.execute(
            "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]
        assert not rebuild.migrate_in_place(ledger.con, stored)
        assert not ledger.merges_current()
        ledger.rebuild()
        assert full_signature(ledger) == expected[0]


def test_migrate_in_place_kill_leaves_the_old_ledger(tmp_path, monkeypatch):
    """A failure (a kill) inside the re-keying leaves the ledger as merged by rules 7: the
    migration is one transaction with the version last."""
    def fill(ledger):  # noqa: ANN001, ANN202
        ledger.add_records(_records())

    path = _old(tmp_path, fill, monkeypatch)
    assert_killed_migration_keeps_the_ledger(path, tmp_path, monkeypatch,
                                             "resolve_waiting_people", "merge-rules/7/")


def assert_killed_migration_keeps_the_ledger(path, tmp_path, monkeypatch,  # noqa: ANN001
                                             step: str, rules: str) -> None:
    """On a copy of the ledger at `path` (its log too: what the last session wrote may not
    be checkpointed yet), a migration killed at merge.`step` leaves the rows and the stored
    rules (`rules` …) as they were."""
    from according.ledger import merge

    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(path, copy)
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name(copy.name + ".wal"))
    with open_ledger(copy) as ledger:
        before = _rows(ledger)
        stored = ledger.con.execute(
            "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]

    def killed(*a, **k):  # noqa: ANN002, ANN003, ANN202
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(merge, step, killed)
        with open_ledger(copy) as ledger, pytest.raises(KeyboardInterrupt):
            rebuild.migrate_in_place(ledger.con, stored)
    assert stored.startswith(rules)
    with open_ledger(copy) as ledger:
        assert _rows(ledger) == before
        assert ledger.con.execute(
            "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0] == stored


@pytest.mark.parametrize("trial", ["test_ledger_trial2", "test_ledger_trial3"])
@pytest.mark.parametrize("code", ["merge-rules/7", "merge-rules/6"])
def test_migrate_in_place_trial_equals_a_clean_ingest(trial, code, tmp_path, monkeypatch):
    """The trials merged by rules 7 (accented names) or 6 (and hyphenated first names,
    claims opening with "that") migrate in place to what one clean ingest gives."""
    inputs = importlib.import_module(trial).INPUTS

    def fill(ledger):  # noqa: ANN001, ANN202
        ledger.ingest(inputs)

    expected = _clean(tmp_path, fill)
    rules = _as_rules_6 if code == "merge-rules/6" else _as_rules_7
    path = _old(tmp_path, fill, monkeypatch, code, rules)
    found = _migrated(path, monkeypatch)
    assert found[0] == expected[0]
    assert found[1] == expected[1]
    assert found[2] == expected[2]
