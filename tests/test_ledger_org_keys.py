"""Stranger trial 4 (issue 11): organisations split or over-merged across articles.

The U.N. Office for the Coordination of Humanitarian Affairs was three sources (the NER
cut its name at "for the"; a later bare "OCHA" had nothing to join); "Dorvania's
Ministry of Health" and "the health ministry" of a story about Dorvania were apart, while
a story about another country's "the health ministry" joined them. Articles are short
ones written for these tests and run through the real pipeline."""

from __future__ import annotations

import pytest

from according.extract import extract_text
from according.ledger import open_ledger
from according.ledger.bodies import body_form, generic_body, story_country
from according.ledger.names import source_phrase

OCHA_FIRST = """Floods displace thousands in Dorvania

KESSARIN, Dorvania - Floods swept through villages in northern Dorvania on \
Tuesday and 5,000 people fled their homes.

The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said 31 people had \
been killed.

"The needs are enormous," said Petra Valen, who runs a shelter in Kessarin.
"""

OCHA_LATER = """Aid convoys reach flooded Kessarin

KESSARIN, Dorvania - Aid convoys reached Kessarin on Wednesday.

OCHA said about 4,000 people were sleeping in schools. "We need clean water first," \
said Ilan Dorsk, the town's mayor.
"""

DORVANIA_1 = """Floods kill 31 in Dorvania

KESSARIN, Dorvania - Floods killed at least 31 people in Dorvania on \
Tuesday.

Dorvania's Ministry of Health said 31 people had died and 120 were injured.

"The water came at night," said Petra Valen, a farmer.
"""

DORVANIA_2 = """Death toll rises to 34 after floods

KESSARIN, Dorvania - Rescue teams searched for survivors on Wednesday.

The health ministry said 34 people had died. "We have no beds left," said Ilan Dorsk, \
a doctor.
"""

OTHER_COUNTRY = """Cholera kills 12 in Nampula

NAMPULA, Mozambique - A cholera outbreak has killed 12 people.

The health ministry said 12 people had died. "We are losing the race," said Ana \
Mabunda, a nurse.
"""


def _ledger_sources(tmp_path, texts: list[str]) -> dict[str, set[str]]:  # noqa: ANN001
    """key -> the source phrases of its mentions, after ingesting `texts`."""
    with open_ledger(tmp_path / "org.duckdb") as ledger:
        ledger.add_records([extract_text(t) for t in texts])
        rows = ledger.con.execute(
            "SELECT source_key, source_phrase FROM attributions "
            "WHERE source_kind = 'organization'").fetchall()
    out: dict[str, set[str]] = {}
    for key, phrase in rows:
        out.setdefault(key, set()).add(phrase)
    return out


def test_ledger_org_keys_bracketed_acronym_joins_later_bare_use(tmp_path):
    keys = _ledger_sources(tmp_path, [OCHA_FIRST, OCHA_LATER])
    holding = [k for k, phrases in keys.items() if "OCHA" in phrases]
    assert len(holding) == 1
    assert any("Coordination of Humanitarian" in p for p in keys[holding[0]])
    assert not any("u n office" in k or "coordination" in k for k in keys if k != holding[0])


def test_ledger_org_keys_bracketed_alias_joins_whole_name_across_articles(tmp_path):
    # initials no outlet or organisation table knows: the bare use waits on the ledger's
    # organisations and takes the one whose bracketed alias it is
    first = OCHA_FIRST.replace("U.N. Office for the Coordination of Humanitarian Affairs "
                               "(OCHA)", "Dorvanian Office for the Relief of Flood Victims (DORF)")
    later = OCHA_LATER.replace("OCHA", "DORF")
    keys = _ledger_sources(tmp_path, [first, later])
    holding = [k for k, phrases in keys.items() if "DORF" in phrases]
    assert holding == ["org:dorvanian office for the relief of flood victims"]


def test_ledger_org_keys_generic_ministry_of_one_country_is_one_source(tmp_path):
    keys = _ledger_sources(tmp_path, [DORVANIA_1, DORVANIA_2, OTHER_COUNTRY])
    ministries = {k: p for k, p in keys.items() if "ministry" in k.lower()}
    dorvania = [k for k, p in ministries.items() if "Dorvania's Ministry of Health" in p]
    assert len(dorvania) == 1
    assert "The health ministry" in ministries[dorvania[0]]
    # the Mozambican story's "the health ministry" is another ministry
    assert len(ministries) == 2


@pytest.mark.parametrize(("name", "body"), [
    ("Dorvania's Ministry of Health", ("health ministry", "dorvania")),
    ("the health ministry", ("health ministry", None)),
    ("Ministry of Health of Ukraine", ("health ministry", "ukraine")),
    ("the Ukrainian interior ministry", ("interior ministry", "ukraine")),
    ("the Ministry of Foreign Affairs", ("foreign ministry", None)),
    ("the Dorvanian army", ("army", "dorvania")),
    ("the U.S. military", ("military", "united states")),
    ("the civil defence", ("civil defense", None)),
    ("the Mozambican Red Cross", None),
    ("the provincial health directorate", None),
    ("Metropolitan Police", None),
    ("the Malibu police", ("police", "malibu")),  # Malibu's own, not Mali's police
    ("the Chilean army", ("army", "chile")),
])
def test_bodies_generic_body_reads_country_and_one_form(name: str, body):  # noqa: ANN001
    assert generic_body(name, ("dorvania", "kessarin")) == body


def test_bodies_body_form_ministry_of_x_is_x_ministry():
    assert body_form(["ministry", "of", "health"]) == body_form(["health", "ministry"])


def test_bodies_story_country_dateline_then_most_named():
    assert story_country("KESSARIN, Dorvania", [""], (), ("dorvania",)) == "dorvania"
    assert story_country("MAPUTO", ["", "An outbreak in Mozambique's north"]) == "mozambique"
    assert story_country("MAROSH", ["Shelling hit Kessarin."], ["Dorvania"]) == "dorvania"
    assert story_country("MAROSH", ["Shelling hit Kessarin."]) is None
    # a one-part dateline is a country only by the table: no place of the story, no
    # demonym-like start ("INDIANAPOLIS" is not India)
    assert story_country("MAPUTO", ["In Maputo."], (), ("maputo",)) is None
    assert story_country("INDIANAPOLIS", [""]) is None


def test_names_source_phrase_keeps_an_abbreviations_period():
    assert source_phrase("the U.N.") == "the U.N."
    assert source_phrase("The U.N., which") == "The U.N."
    assert source_phrase("the health ministry.") == "the health ministry"


def test_ledger_merged_by_rules_12_is_keyed_again_in_place(tmp_path, monkeypatch):
    """merge-rules/12 -> 13: a ledger whose generic ministries were keyed across countries
    and whose OCHA was split is brought, without a rebuild, to what one clean ingest gives
    today."""
    from according.ledger import derive, names
    from ledger_records import assert_migrated_in_place

    records = [extract_text(t) for t in (OCHA_FIRST, OCHA_LATER, DORVANIA_1, DORVANIA_2,
                                         OTHER_COUNTRY)]
    rules_12 = [(names, "generic_body", lambda *a: None),
                (derive, "whole_names", lambda record: {}),
                *((derive, f, lambda *a: None)
                  for f in ("whole_span_name", "bracketed_alias", "span_alias"))]
    assert_migrated_in_place(tmp_path, monkeypatch, records, rules_12, "merge-rules/12",
                             lambda ledger: ledger.sources(limit=5))


def test_ledger_search_acronym_finds_the_organisation_it_was_written_after(tmp_path):
    """An alias in brackets that is not the name's initials ("Doctors Without Borders
    (MSF)") is found by `search MSF`, and a bare "MSF" of another article joins it."""
    from ledger_records import article

    name = "Doctors Without Borders"
    first = f"{name} (MSF) said its clinic in Drevny had treated dozens of people."
    later = "MSF said cholera cases were rising in the camps."
    records = [
        article(first, outlet="Valley Herald", published="2026-11-23T16:05:00+00:00",
                path="a.txt", entities=((name, "organization", None),),
                attributions=((name, "organization", "E1", "said",
                               "its clinic in Drevny had treated dozens of people",
                               "indirect"),)),
        article(later, outlet="Coast Times", published="2026-11-24T09:00:00+00:00",
                path="b.txt", entities=(("MSF", "organization", None),),
                attributions=(("MSF", "organization", "E1", "said",
                               "cholera cases were rising in the camps", "indirect"),)),
    ]
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(records)
        assert [s.name for s in ledger.search("MSF").sources] == [name]
        (source,) = [s for s in ledger.sources(limit=10) if s.name == name]
        assert source.n_articles == 2


def test_outlets_named_apart_when_only_a_hyphen_tells_them_apart(monkeypatch):
    """Melbourne's Herald Sun and Durham's The Herald-Sun (different domains) share
    outlet_key "herald sun": the name as written decides, whichever the table lists first;
    the ledger's keys (names.normalise_org keeps the hyphen) are apart too."""
    from according import outlets
    from according.ledger.names import normalise_org, outlet_names

    durham = outlets.Outlet("The Herald-Sun", ("Herald-Sun",), (), ("heraldsun.com",))
    melbourne = outlets.Outlet("Herald Sun", ("The Herald Sun",), (), ("heraldsun.com.au",))
    table = (durham, melbourne)
    monkeypatch.setattr(outlets, "_by_key", lambda: outlets.outlets_by_key(table))
    assert outlets.outlet_named("Herald Sun") is melbourne
    assert outlets.outlet_named("the Herald Sun") is melbourne
    assert outlets.outlet_named("The Herald-Sun") is durham
    assert outlets.outlet_named("HERALD-SUN") is durham
    of = outlet_names(table)
    assert of[normalise_org("Herald Sun")] != of[normalise_org("The Herald-Sun")]
