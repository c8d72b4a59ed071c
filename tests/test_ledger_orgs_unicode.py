"""Issue 11, merge rules 9: organisation keys (names.normalise_org) read letters of any
script with accents folded, as person keys do (names.name_fold): "Médecins Sans
Frontières" and "Medecins Sans Frontieres" are one source, "RÚV" is no longer "r v", an
Arabic or Cyrillic name is keyed by its letters; a ledger merged by rules 8 is re-keyed in
place to what one clean ingest gives today."""

from __future__ import annotations

import importlib
import json

import pytest

from according import outlets
from according.ledger import migrate, names, open_ledger, rebuild
from according.ledger.names import acronym, normalise_org, normalise_org_before_9
from according.outlets import OUTLETS
from ledger_records import article
from test_ledger_names_unicode import (
    _as_rules_8,
    _clean,
    _migrated,
    _old,
    assert_killed_migration_keeps_the_ledger,
)


@pytest.mark.parametrize(("one", "other"), [
    ("Médecins Sans Frontières", "Medecins Sans Frontieres"),
    ("Agência Brasil", "Agencia Brasil"),
    ("Türkiye's Foreign Ministry", "Turkiye Foreign Ministry"),
    ("Ministère de la Santé", "Ministere de la Sante"),
    ("Społeczny Instytut", "Spoleczny Instytut"),
    ("RÚV", "RUV"),
    ("the Ministry’s office", "Ministry's Office"),
])
def test_normalise_org_accents_fold_to_one_key(one, other):
    assert normalise_org(one) == normalise_org(other)
    assert normalise_org(one).isascii()


def test_normalise_org_reads_letters_of_any_script():
    assert normalise_org("وزارة الصحة") == "وزارة الصحة"
    assert normalise_org("Министерство здравоохранения") == "министерство здравоохранения"
    assert normalise_org("İstanbul Belediyesi") == "istanbul belediyesi"
    assert normalise_org("Ministère de la Santé") != normalise_org("Ministère de la Défense")
    # what merge rules 8 made of them
    assert normalise_org_before_9("RÚV") == "r v"
    assert normalise_org_before_9("Министерство здравоохранения") == ""
    assert acronym("Médecins Sans Frontières") == "msf"


@pytest.mark.parametrize("name", [
    "The World Health Organization's", "U.N. agency", "Reuters’", "foo_bar Group",
    "AT&T", "Doctors-Without-Borders", "  the  BBC  ", "1st Battalion",
    "Reuters’", "O’Neill Institute’s", "“Doctors” – Group", "«Le Monde» — desk",
    "the ’90s Fund", "Smith’s–Jones’ Ltd", "”Acme“",
])
def test_normalise_org_on_ascii_is_rules_8(name):
    """On ASCII without a backtick, and with the marks migrate.ORG_SAME_MARKS, the key is
    merge rules 8's: only the other names can move (migrate.org_candidates)."""
    assert normalise_org(name) == normalise_org_before_9(name)


def test_normalise_org_marks_rules_8_read_alike_are_those_listed():
    for mark in migrate.ORG_SAME_MARKS:
        for name in (f"Acme{mark}s Fund", f"{mark}Acme{mark} Fund", f"Ac{mark}me"):
            assert normalise_org(name) == normalise_org_before_9(name)
    for mark in "‘`ÉŁ":  # read otherwise: not listed
        assert normalise_org(f"Ac{mark}me") != normalise_org_before_9(f"Ac{mark}me")


def test_outlet_keys_moved_rt_is_no_longer_rte():
    """Rules 8 read "RTÉ" as "rt", so that "RT" (Russia Today) found RTÉ, listed later."""
    moved = migrate.outlet_keys_moved(OUTLETS)
    assert {"rt", "rte", "r v", "ruv", "el pais"} <= moved
    assert names.name_rules()["outlet_of"]["rt"] == "RT"
    assert names.name_rules()["outlet_of"]["rte"] == "RTÉ"


def _said(text: str, outlet: str, day: int, path: str, orgs: tuple[str, ...],
          said: tuple[tuple[str, str, str], ...]):  # noqa: ANN202
    """An article naming organisations `orgs`, each (source, entity id, content) cued by the
    "said" after it."""
    return article(
        text, outlet=outlet, published=f"2025-12-{day:02d}T10:00:00+00:00", path=path,
        entities=tuple((o, "organization", None) for o in orgs),
        attributions=tuple((src, "organization", ent, "said", content, "indirect")
                           for src, ent, content in said))


def _records() -> list:
    return [
        _said("Médecins Sans Frontières said the clinic was full.", "Geneva Post", 1, "a.txt",
              ("Médecins Sans Frontières",),
              (("Médecins Sans Frontières", "E1", "the clinic was full"),)),
        _said("Medecins Sans Frontieres said the clinic was full again.", "Nairobi Star", 2,
              "b.txt", ("Medecins Sans Frontieres",),
              (("Medecins Sans Frontieres", "E1", "the clinic was full again"),)),
        _said("MSF said the road was closed.", "Lagos Daily", 3, "c.txt", ("MSF",),
              (("MSF", "E1", "the road was closed"),)),
        _said("Agência Brasil said the dam held. Agência Pública said the dam leaked.",
              "Recife Times", 4, "d.txt", ("Agência Brasil", "Agência Pública"),
              (("Agência Brasil", "E1", "the dam held"),
               ("Agência Pública", "E2", "the dam leaked"))),
        _said("Agencia Brasil said the dam held firm.", "Rio Herald", 5, "e.txt",
              ("Agencia Brasil",), (("Agencia Brasil", "E1", "the dam held firm"),)),
        _said("Ministère de la Santé said cases fell. Ministère de la Défense said troops "
              "left. RÚV said the volcano erupted.", "Paris Courier", 6, "f.txt",
              ("Ministère de la Santé", "Ministère de la Défense", "RÚV"),
              (("Ministère de la Santé", "E1", "cases fell"),
               ("Ministère de la Défense", "E2", "troops left"),
               ("RÚV", "E3", "the volcano erupted"))),
        _said("Ministere de la Sante said cases fell again. RUV said the lava flowed.",
              "Lyon Daily", 7, "g.txt", ("Ministere de la Sante", "RUV"),
              (("Ministere de la Sante", "E1", "cases fell again"),
               ("RUV", "E2", "the lava flowed"))),
        _said("Министерство здравоохранения said the vaccine arrived. RT said the talks failed.",
              "Kyiv Wire", 8, "h.txt", ("Министерство здравоохранения", "RT"),
              (("Министерство здравоохранения", "E1", "the vaccine arrived"),
               ("RT", "E2", "the talks failed"))),
        _said("Министерство Здравоохранения said the vaccine arrived late.", "Minsk Post", 9,
              "i.txt", ("Министерство Здравоохранения",),
              (("Министерство Здравоохранения", "E1", "the vaccine arrived late"),)),
        # a one-word name is read as the longer name of its article ending in it, the
        # outlet's among them: rules 8 read "El País" as "el pa s", which "Pais" ends not
        _said("Pais said the vote was close.", "El País", 10, "j.txt", ("Pais",),
              (("Pais", "E1", "the vote was close"),)),
    ]


def _members(ledger, name_part: str) -> list[set[str]]:  # noqa: ANN001
    """The sources whose name holds `name_part`, each as its set of articles' paths."""
    out = []
    for (members,) in ledger.con.execute(
            "SELECT list(DISTINCT p.path) FROM attributions a JOIN articles p ON p.seq = a.seq "
            "JOIN source_stats s USING (source_id) WHERE s.name ILIKE $n "
            "GROUP BY s.source_id ORDER BY 1", {"n": f"%{name_part}%"}).fetchall():
        out.append(set(members))
    return out


def test_ledger_accented_and_plain_org_names_are_one_source(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_records())
        assert _members(ledger, "decins Sans Fronti") == [{"a.txt", "b.txt", "c.txt"}]  # MSF
        msf = [s for s in ledger.sources(limit=100) if "Sans Fronti" in s.name]
        assert len(msf) == 1 and msf[0].n_articles == 3
        assert _members(ledger, "Agência Pública") == [{"d.txt"}]  # another name: apart
        assert _members(ledger, "Brasil") == [{"d.txt", "e.txt"}]
        assert sorted(map(sorted, _members(ledger, "Minist"))) == [
            ["f.txt"], ["f.txt", "g.txt"]]  # Santé (both spellings) and Défense
        assert _members(ledger, "R_V") == [{"f.txt", "g.txt"}]
        assert _members(ledger, "RT") == [{"h.txt"}]  # Russia Today, not RTÉ
        assert _members(ledger, "Министерство") == [{"h.txt", "i.txt"}]
        assert _members(ledger, "El País") == [{"j.txt"}]


def test_ledger_rules_8_split_accented_org_names(tmp_path, monkeypatch):
    """What the migration below moves: rules 8 keyed "RÚV" as "r v" and left a Cyrillic
    name without a key."""
    path = _old(tmp_path, lambda ledger: ledger.add_records(_records()), monkeypatch,
                "merge-rules/8", _as_rules_8)
    with open_ledger(path) as ledger:
        keys = {k for (k,) in ledger.con.execute(
            "SELECT source_key FROM attributions").fetchall()}
        assert {"org:r v", "org:minist re de la sant", "org:rté"} - keys == {"org:rté"}
        assert not any(k.startswith("org:м") for k in keys)  # no Cyrillic key
        assert "org:pais" in keys and "org:el pais" not in keys


def test_migrate_in_place_rules_8_rekeys_accented_orgs(tmp_path, monkeypatch):
    def fill(ledger):  # noqa: ANN001, ANN202
        ledger.add_records(_records())

    expected = _clean(tmp_path, fill)
    path = _old(tmp_path, fill, monkeypatch, "merge-rules/8", _as_rules_8)
    found = _migrated(path, monkeypatch)
    assert found[0] == expected[0]
    assert found[1] == expected[1]
    assert found[2] == expected[2]


def _older_outlet_table() -> str:
    """Today's outlet table without El País, Süddeutsche Zeitung and Eurasianet, and with
    RT's form "Russia Today" written "RT News": a table a rules-8 ledger was merged under."""
    raw = json.loads(rebuild.data_file("outlets.json"))
    gone = {"El País", "Süddeutsche Zeitung", "Eurasianet"}
    raw["outlets"] = [{**o, "forms": ["RT News" if f == "Russia Today" else f
                                      for f in o["forms"]]}
                      for o in raw["outlets"] if o["name"] not in gone]
    return json.dumps(raw, indent=1, ensure_ascii=False) + "\n"


def test_outlet_keys_moved_reads_each_table_under_its_rules():
    """The stored table under rules 8 against today's under rules 9, in one pass: a key
    the new table adds ("eurasianet"), one only folding finds ("suddeutsche zeitung"), and
    rules 8's reading of the old table ("s ddeutsche zeitung" is gone from both)."""
    older = outlets.outlets_of(_older_outlet_table())
    moved = migrate.outlet_keys_moved(older, OUTLETS)
    assert {"eurasianet", "suddeutsche zeitung", "el pais", "rt", "russia today",
            "rt news"} <= moved
    assert "eurasianet" not in migrate.outlet_keys_moved(older)
    assert "bbc" not in moved


def _table_records() -> list:
    """_records() and sources the older table reads otherwise: an accented outlet name
    (keyed "s ddeutsche zeitung" by rules 8) and a plain one-word one the table adds."""
    return [*_records(),
            _said("Süddeutsche Zeitung said the train was late. Eurasianet said the pass "
                  "was shut.", "Munich Morning", 11, "k.txt",
                  ("Süddeutsche Zeitung", "Eurasianet"),
                  (("Süddeutsche Zeitung", "E1", "the train was late"),
                   ("Eurasianet", "E2", "the pass was shut")))]


def test_migrate_in_place_rules_8_outlet_changed_with_accented_orgs_equals_clean(
        tmp_path, monkeypatch):
    """A rules-8 ledger merged under an older outlet table, naming organisations outside
    ASCII: both changes are read in one pass (migrate.outlet_keys_moved over both tables)
    and the ledger is re-keyed in place, equal to one clean ingest row for row. Merge
    rules 9 as first written fell back to a full rebuild here."""
    from test_review_migrate_1127 import use_outlet_table

    older = _older_outlet_table()

    def fill(ledger):  # noqa: ANN001, ANN202
        ledger.add_records(_table_records())

    expected = _clean(tmp_path, fill)
    path = tmp_path / "old.duckdb"
    with monkeypatch.context() as patch:
        _as_rules_8(patch)
        undo = use_outlet_table(older)
        try:
            with open_ledger(path) as ledger:
                fill(ledger)
                rebuild.mark_merges_current(ledger.con, "merge-rules/8")
                keys = {k for (k,) in ledger.con.execute(
                    "SELECT source_key FROM attributions").fetchall()}
        finally:
            undo()
    names.name_rules.cache_clear()
    names.split_person.cache_clear()
    assert {"org:s ddeutsche zeitung", "org:eurasianet", "org:pais"} <= keys
    with open_ledger(path) as ledger:
        stored_version = ledger.con.execute(
            "SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()[0][0]
        assert rebuild.stored_rules(ledger.con, stored_version)[1]["outlets.json"] == (
            older.encode("utf-8"))
    found = _migrated(path, monkeypatch)
    assert found[0] == expected[0]
    assert found[1] == expected[1]
    assert found[2] == expected[2]


def test_migrate_in_place_rules_8_kill_leaves_the_old_ledger(tmp_path, monkeypatch):
    """A failure (a kill) inside the re-keying leaves the ledger as merged by rules 8."""
    path = _old(tmp_path, lambda ledger: ledger.add_records(_records()), monkeypatch,
                "merge-rules/8", _as_rules_8)
    assert_killed_migration_keeps_the_ledger(path, tmp_path, monkeypatch,
                                             "resolve_waiting_acronyms", "merge-rules/8/")


@pytest.mark.parametrize("trial", ["test_ledger_trial2", "test_ledger_trial3"])
def test_migrate_in_place_rules_8_trial_equals_a_clean_ingest(trial, tmp_path, monkeypatch):
    inputs = importlib.import_module(trial).INPUTS

    def fill(ledger):  # noqa: ANN001, ANN202
        ledger.ingest(inputs)

    expected = _clean(tmp_path, fill)
    path = _old(tmp_path, fill, monkeypatch, "merge-rules/8", _as_rules_8)
    found = _migrated(path, monkeypatch)
    assert found[0] == expected[0]
    assert found[1] == expected[1]
    assert found[2] == expected[2]
