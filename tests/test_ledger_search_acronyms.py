"""`search MSF` found no source in the stranger trial, though "Médecins Sans Frontières
(MSF)" is a source: its acronym is not among its names or forms. An acronym (one
all-capitals word) also finds the organisations whose initials it spells, as the ledger
reads an "MSF" mention (names.acronym_key), found through the initials' index, with the
page and count of the text's own matches kept in the list's order."""

from __future__ import annotations

from according.ledger import open_ledger, views
from ledger_records import article

MSF = "Médecins Sans Frontières"


def _said(text: str, source: str, path: str, outlet: str = "Valley Herald"):  # noqa: ANN202
    claim = text.split(" said ")[1].rstrip(".")
    return article(text, outlet=outlet, published="2026-11-23T16:05:00+00:00", path=path,
                   entities=((source, "organization", None),),
                   attributions=((source, "organization", "E1", "said", claim, "indirect"),))


RECORDS = [
    _said(f"{MSF} said its clinic in Drevny had treated dozens of people.", MSF, "a.txt"),
    _said(f"{MSF} said cholera cases were rising in the camps.", MSF, "b.txt"),
    _said("Mobile Surgical Force said two field hospitals were open.",
          "Mobile Surgical Force", "c.txt"),
    _said("The MSF Foundation said it would fund new boats.", "The MSF Foundation", "d.txt"),
]


def _names(results) -> list[str]:  # noqa: ANN001
    return [s.name for s in results.sources]


def test_ledger_search_acronym_finds_the_organisations_it_spells(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(RECORDS)
        found = ledger.search("MSF")
        assert _names(found) == [MSF, "Mobile Surgical Force", "The MSF Foundation"] or \
            _names(found) == [MSF, "The MSF Foundation", "Mobile Surgical Force"]
        assert found.sources.total == 3
        assert _names(ledger.search("MSF", limit=1)) == [MSF]  # two mentions: first
        assert ledger.search("MSF", limit=1).sources.total == 3
        # not an acronym as written: the text's own matches only
        assert _names(ledger.search("msf")) == ["The MSF Foundation"]
        assert _names(ledger.search("WHO")) == []


def test_ledger_search_acronym_page_is_the_list_order_of_both_kinds(tmp_path):
    """The organisation the acronym spells and one whose name holds it, in the list's order
    (n_attributions first), counted once each."""
    extra = [_said(f"The MSF Foundation said boat {i} had arrived.", "The MSF Foundation",
                   f"e{i}.txt") for i in range(2)]
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(RECORDS + extra)
        page, total = views._with_acronym_sources(
            ledger.con, "MSF", "%MSF%", [], 0, False, 10)
        assert total == 2  # the two it spells; the text's match was not passed in
        found = ledger.search("MSF")
        assert _names(found)[0] == "The MSF Foundation"  # three mentions
        assert found.sources.total == 3 and len(set(_names(found))) == 3
