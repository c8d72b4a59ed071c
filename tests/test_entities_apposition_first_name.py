"""A person the NER cut to a surname typed as an organisation ("Ana Mabunda" as ORG
"Mabunda") keeps the known first name before it also where an apposition headed by a person
noun ("…, the provincial health director,") retyped it a person: merging rule 13's
apposition rule had dropped "Ana", and ledger trial 2 split her into three sources."""

from __future__ import annotations

import pytest

from according.extract import extract_text


@pytest.mark.parametrize("text", [
    '"We are losing the race against the water," Ana Mabunda, the provincial health '
    'director, told Reuters on Monday.',
    "Ana Mabunda, the provincial health director, said the river was still rising.",
])
def test_entities_apposition_keeps_the_first_name_the_ner_cut(text):
    record = extract_text(text)
    names = {(e.name, e.type) for e in record.entities}
    assert ("Ana Mabunda", "person") in names and ("Mabunda", "person") not in names
    for e in record.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
