"""Stranger trial 7: the Varn health ministry was four sources, one per wording ("the
health ministry of the Varn region", "The Varn health ministry", "The health ministry in
Varn", and a live blog's bare "The health ministry" keyed by the story's country). A
generic body's key is (owner, portfolio, body) whatever the wording, the owner without
"the" and its region word (bodies.owner_form); a body naming no owner takes the one its
article names for it (derive._owned_as_named); a bare "ministry" stays per story. Two
owners are never merged. Articles are short ones written for these tests and run through
the real pipeline."""

from __future__ import annotations

import pytest

from according.extract import extract_text
from according.ledger.bodies import generic_body
from test_ledger_org_keys import _ledger_sources

TOLNA_AGENCY = """Shelling kills nine at Tolna market

MAROSH, Dorvania - Shelling hit a crowded market in the rebel-held Tolna region on Monday.

The health ministry of the Tolna region said nine people had been killed and 20 wounded.

"We heard three blasts and then screaming," said Petra Valen, a trader.
"""

TOLNA_PAPER = """Tolna market toll rises to 12

MAROSH, Dorvania - The toll from Monday's shelling of a market rose on Tuesday.

The Tolna health ministry said 12 people had died. Rescuers were still searching the \
rubble, the health ministry said.

"Nobody has come to help us," said Ilan Dorsk, a shopkeeper.
"""

VAROS_PAPER = """Cholera cases climb in Varos

MAROSH, Dorvania - Cholera cases rose again in the south on Wednesday.

The health ministry of the Varos province said 40 new cases had been recorded.
"""

TEXTS = (TOLNA_AGENCY, TOLNA_PAPER, VAROS_PAPER)


def test_one_regions_health_ministry_is_one_source_whatever_the_wording(tmp_path):
    keys = _ledger_sources(tmp_path, list(TEXTS))
    tolna = [k for k, p in keys.items() if "The Tolna health ministry" in p]
    assert len(tolna) == 1
    # the agency's "of the Tolna region" and the paper's later bare "the health ministry"
    # (not the dateline country's) are the same body
    assert {"The health ministry of the Tolna region", "the health ministry"} <= keys[tolna[0]]
    # another region's ministry is another source
    varos = [k for k, p in keys.items() if "The health ministry of the Varos province" in p]
    assert len(varos) == 1 and varos != tolna
    assert len([k for k in keys if "ministry" in k]) == 2


@pytest.mark.parametrize("name", [
    "the Tolna health ministry", "the health ministry of the Tolna region",
    "Tolna's health ministry", "the ministry of health of Tolna",
    "the Tolna region's health ministry", "the health ministry in Tolna",
    "Tolna Province Ministry of Health",
])
def test_bodies_one_owner_one_body_whatever_the_word_order(name: str):
    assert generic_body(name, ()) == ("health ministry", "tolna")


def test_bodies_two_owners_stay_two_and_a_name_stays_its_own():
    assert generic_body("the health ministry of the Varos region", ()) == (
        "health ministry", "varos")
    assert generic_body("the Dorvania health ministry", ("dorvania",)) == (
        "health ministry", "dorvania")
    assert generic_body("Metropolitan Police", ()) is None  # an adjective, not an owner
    assert generic_body("the provincial health ministry", ()) is None


def test_a_bare_ministry_is_kept_per_story():
    from according.ledger.names import SourceMention, mention_facts

    def key(article: str, name: str) -> str:
        return mention_facts(SourceMention(article, "a1", name, name, "organization",
                                           country="dorvania")).key

    assert key("a", "ministry") != key("b", "ministry")
    assert key("a", "ministry").endswith("@a")
    assert key("a", "the health ministry") == key("b", "the health ministry")


def test_ledger_merged_by_rules_29_is_keyed_again_in_place(tmp_path, monkeypatch):
    """merge-rules/29 -> 30: a ledger holding one region's ministry under three keys is
    brought, without a rebuild, to what one clean ingest gives today."""
    from according.ledger import bodies, derive, names
    from ledger_records import assert_migrated_in_place

    def owner_29(raw, places):  # noqa: ANN001, ANN202
        return bodies.country_of(" ".join(raw).lower(), places)

    uncached = bodies.generic_body.__wrapped__
    rules_29 = [(bodies, "_owner_of", owner_29), (bodies, "owner_form", lambda o: o),
                (names, "generic_body", uncached), (derive, "generic_body", uncached),
                (derive, "_owned_as_named", lambda mentions, *a: mentions),
                (names, "_NO_PORTFOLIO", frozenset())]
    found: list = []

    def read(ledger) -> None:  # noqa: ANN001
        ledger.sources(limit=5)  # opens it for writing: migrated in place
        found.append({k for (k,) in ledger.con.execute(
            "SELECT DISTINCT source_key FROM attributions WHERE source_key LIKE '%ministry%'"
        ).fetchall()})

    assert_migrated_in_place(tmp_path, monkeypatch, [extract_text(t) for t in TEXTS],
                             rules_29, "merge-rules/29", read)
    assert found == [{"org:tolna health ministry", "org:varos health ministry"}]
