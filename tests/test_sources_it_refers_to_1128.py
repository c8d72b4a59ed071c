"""Stranger trial 7 leftover: an "it"/"they" that stands for an earlier source with no
entity ("The Varn health ministry now says 41 people were killed … More than 100 were
wounded, it said") says which attribution's source it stands for (`source.refers_to`, as
an anonymous "he" does), so the ledger counts its words under that description, not as
"(unresolved pronoun)"."""

from __future__ import annotations

import pytest

from according.extract import extract_text
from according.ledger import open_ledger
from according.ledger.model import UNRESOLVED
from test_sources_pronoun_link_1127 import _atts

MINISTRY = ("The Tarsk health ministry said on Monday that 38 people were killed when shells "
            "hit the market. More than 90 were wounded, it said. The army has not commented "
            "on the figures.")


@pytest.mark.parametrize(("text", "description"), [
    (MINISTRY, "The Tarsk health ministry"),
    ("The regional water board said the reservoir was at 41 percent of capacity. It said "
     "rationing would begin next week.", "The regional water board"),
    # a second "it" names the description too, not the first "it"
    ("The health ministry said 41 people were killed in the strike. It added that 100 were "
     "wounded. It said hospitals in the town had run out of blood.", "The health ministry"),
])
def test_sources_it_refers_to_the_described_sources_attribution(nlp, text, description):
    atts = _atts(nlp, text)
    (target,) = [a for a in atts if a.source.span is not None
                 and a.source.span.text == description]
    pronouns = [a for a in atts if a.source.span is not None
                and a.source.span.text.lower() == "it"]
    assert pronouns and target.source.entity is None
    assert [a.source.refers_to for a in pronouns] == [target.id] * len(pronouns)
    assert all(a.source.entity is None for a in pronouns)


def test_sources_it_for_a_named_organization_keeps_its_entity_and_no_refers_to(nlp):
    atts = _atts(nlp, "The Harlow City Council said 200 homes had been flooded. It said "
                      "repairs would take months.")
    assert atts[-1].source.span.text == "It" and atts[-1].source.entity is not None
    assert all(a.source.refers_to is None for a in atts)


def test_ledger_it_said_is_counted_under_the_ministry(tmp_path):
    record = extract_text("Shelling kills 38 in Tarsk market\n\n" + MINISTRY)
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([record])
        sources = ledger.sources(limit=50).items
        assert UNRESOLVED not in {s.name for s in sources}
        (ministry,) = [s for s in sources if "ministry" in s.name.lower()]
        assert ministry.n_attributions == 2
