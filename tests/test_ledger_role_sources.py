"""Stranger trial 4 (fault 4): one person counted as several sources within an article.

"The mayor of Brekka, Ilse Varga," was keyed "brekka varga", "A spokesperson for OCHA,
Mireille Dantan," stayed an anonymous source beside "OCHA spokesperson Mireille Dantan",
and "the national hydrological service" and "The national weather service" were one
person "national service". A description naming a role is the one person its article
names in that role, never a person of another article. Articles are short ones written
for these tests and run through the real pipeline."""

from __future__ import annotations

import pytest

from according.extract import extract_text
from according.ledger import open_ledger
from according.ledger.names import is_description
from according.ledger.roles import description_role, fits, named_in_span

MAYOR_NAMED = """Floods cut off Kessarin

KESSARIN, Dorvania - Floods cut the town of Kessarin off from the rest of Dorvania on \
Tuesday.

Petra Valen, the mayor of Kessarin, said 300 homes were under water. Prime Minister Anna \
Holt said the army would stay.

The mayor of Kessarin said on Wednesday that schools would reopen next week. The interior \
minister said 12 people had died.

Interior Minister Jonas Brandt visited the town on Tuesday. OCHA spokesperson Lina Sorel \
said 4,000 people were in schools. A spokesperson for OCHA said food would arrive on \
Thursday.

The national weather service said more rain would fall on Wednesday. The national \
hydrological service said the river had peaked at 6 metres.
"""

APPOSITIVE = """Kessarin counts its dead

KESSARIN, Dorvania - The river fell by a metre overnight in Kessarin.

The mayor of Kessarin, Petra Valen, said: "The water came faster than anyone expected."

A spokesperson for OCHA, Lina Sorel, said 4,000 people were sleeping in schools.
"""

MAYOR_TITLED = """Kessarin begins to clean up

KESSARIN, Dorvania - Volunteers began clearing mud from the streets of Kessarin.

"The water came faster than anyone expected," Mayor Petra Valen said. "We need boats, \
not promises," she said. OCHA spokesperson Lina Sorel said aid would arrive on Friday.
"""

TWO_MAYORS = """Two towns count the cost of the floods

KESSARIN, Dorvania - Floods reached two towns in northern Dorvania on Tuesday.

Petra Valen, the mayor of Kessarin, said 300 homes were under water. Halden's mayor, \
Otto Berg, said his town had lost its only bridge.

"We need boats, not promises," the mayor said on Wednesday evening.
"""

NO_MAYOR_NAMED = """Rain returns to Kessarin

KESSARIN, Dorvania - Rain returned to Kessarin on Thursday.

The mayor of Kessarin said the town was ready for the water.
"""


def _keys(tmp_path, texts: list[str]) -> dict[str, str]:  # noqa: ANN001
    """source phrase (in the last article naming it) -> its source key, after an ingest."""
    with open_ledger(tmp_path / "roles.duckdb") as ledger:
        ledger.add_records([extract_text(t) for t in texts])
        rows = ledger.con.execute(
            "SELECT source_phrase, source_key FROM attributions ORDER BY seq, ref").fetchall()
    return {phrase: key for phrase, key in rows if phrase}


def test_ledger_roles_description_joins_the_one_holder_of_its_role(tmp_path):
    keys = _keys(tmp_path, [MAYOR_NAMED])
    assert keys["The mayor of Kessarin"] == keys["Petra Valen"] == "person:petra valen"
    # the prime minister holds another role: the interior minister is the one named after
    assert keys["The interior minister"] == "person:jonas brandt"
    assert keys["A spokesperson for OCHA"] == "person:lina sorel"


def test_ledger_roles_two_generic_services_are_two_sources(tmp_path):
    keys = _keys(tmp_path, [MAYOR_NAMED])
    weather, water = keys["The national weather service"], keys[
        "The national hydrological service"]
    assert weather != water
    assert not weather.startswith("person:") and not water.startswith("person:")


def test_ledger_roles_name_beside_a_description_is_that_person(tmp_path):
    keys = _keys(tmp_path, [APPOSITIVE, MAYOR_TITLED])
    assert keys["The mayor of Kessarin"] == "person:petra valen"
    assert keys["A spokesperson for OCHA"] == "person:lina sorel"


def test_ledger_roles_two_holders_leave_the_description_alone(tmp_path):
    keys = _keys(tmp_path, [TWO_MAYORS])
    assert keys["the mayor"] not in ("person:petra valen", "person:otto berg")


def test_ledger_roles_never_across_articles_by_role_alone(tmp_path):
    keys = _keys(tmp_path, [MAYOR_TITLED, NO_MAYOR_NAMED])
    assert keys["The mayor of Kessarin"] != "person:petra valen"
    assert keys["The mayor of Kessarin"].endswith(" @" + extract_text(NO_MAYOR_NAMED).id)


def test_ledger_roles_one_person_is_one_source_of_a_claim(tmp_path):
    """The trial's "Ilse Varga; Ilse Varga │ 2": a repeated quote by one mayor written two
    ways counts one source."""
    with open_ledger(tmp_path / "claims.duckdb") as ledger:
        ledger.add_records([extract_text(t) for t in (APPOSITIVE, MAYOR_TITLED)])
        claims = [c for c in ledger.claims(limit=50) if "came faster" in c.text]
    assert claims and claims[0].n_sources == 1, claims


@pytest.mark.parametrize(("name", "described"), [
    ("the mayor", True), ("The mayor of Brekka", True), ("the national weather service", True),
    ("Brekka's mayor", True), ("relatives", True), ("14 helicopters", True),
    ("Ilse Varga", False), ("Mr. Smith", False), ("Secretary of State Antony Blinken", False),
    ("Abdel Fattah al-Sisi", False), ("Ludwig van Beethoven", False),
])
def test_names_is_description(name: str, described: bool) -> None:
    assert is_description(name) is described


@pytest.mark.parametrize(("span", "name"), [
    ("The mayor of Brekka, Ilse Varga,", "Ilse Varga"),
    ("A spokesperson for OCHA, Mireille Dantan,", "Mireille Dantan"),
    ("Interior Minister Halvard Roske", "Halvard Roske"),
    ("A senior official at the national disaster agency,", None),
    ("Mr. Smith", None),
])
def test_roles_named_in_span(span: str, name: str | None) -> None:
    assert named_in_span(span) == name


@pytest.mark.parametrize(("description", "held", "fit"), [
    ("the mayor", "Brekka's mayor", True),
    ("The mayor of Brekka", "Mayor", True),  # the article gives the holder no owner
    ("The mayor of Brekka", "Halden's mayor", False),
    ("the mayor", "the deputy mayor", False),
    ("the minister", "the prime minister", False),
    ("the interior minister", "the interior minister", True),
    ("the interior minister", "the foreign minister", False),
    ("the town's mayor", "Brekka's mayor", True),
])
def test_roles_fits(description: str, held: str, fit: bool) -> None:
    role, holder = description_role(description), description_role(held)
    assert role is not None and holder is not None
    assert fits(role, holder) is fit


def test_ledger_merged_by_rules_16_is_keyed_again_in_place(tmp_path, monkeypatch):
    """merge-rules/16 -> 17: a ledger whose descriptions were keyed as first name and
    surname and whose role descriptions stood apart is brought, without a rebuild, to
    what one clean ingest gives today."""
    from according.ledger import derive, names
    from ledger_records import assert_migrated_in_place

    records = [extract_text(t) for t in (MAYOR_NAMED, APPOSITIVE, MAYOR_TITLED, TWO_MAYORS)]
    rules_16 = [(derive, "source_holders", lambda *a: {}),
                (names, "is_description", lambda name: False)]
    assert_migrated_in_place(tmp_path, monkeypatch, records, rules_16, "merge-rules/16",
                             lambda ledger: ledger.sources(limit=5))
