"""Initials written like a small word are a name (stranger trial 8, a cholera outbreak).

"…, the WHO said" was an unresolved pronoun (the source phrase cut at "WHO", read as the
relative pronoun "who", left "the"), and "A WHO official, who was not authorised to speak
publicly, said" a source named "A". Initials in capitals are no pronoun and no clause word
(names.is_pronoun, names.source_phrase; merge rules 34). Articles are short ones written
for these tests and run through the real pipeline."""

from __future__ import annotations

import pytest

from according.extract import extract_text
from according.ledger import names, open_ledger

CLINICS = """WHO to open fourth clinic in flood camp

KARSA, Velmora - A fourth cholera clinic will open in the camp by Saturday, the WHO said on \
Wednesday.

A WHO official, who was not authorised to speak publicly, said 500,000 doses of vaccine \
could arrive next week.
"""


@pytest.mark.parametrize(("surface", "phrase"), [
    ("the WHO", "the WHO"),
    ("A WHO official, who was not authorised to speak publicly,", "A WHO official"),
    ("A senior official, who asked not to be named,", "A senior official"),
])
def test_source_phrase_is_not_cut_at_initials(surface: str, phrase: str) -> None:
    assert names.source_phrase(surface) == phrase


@pytest.mark.parametrize(("surface", "pronoun"), [
    ("WHO", False), ("the WHO", False), ("IT", False), ("who", True), ("she", True)])
def test_initials_are_no_pronoun(surface: str, pronoun: bool) -> None:
    assert names.is_pronoun(surface) is pronoun


def _named(ledger) -> dict[str, tuple[str, str]]:  # noqa: ANN001
    return {text: (key, name) for text, key, name in ledger.con.execute(
        "SELECT source_text, source_key, source_name FROM attributions").fetchall()}


def test_ledger_keys_the_who_as_a_name(tmp_path) -> None:  # noqa: ANN001
    with open_ledger(tmp_path / "t.duckdb") as ledger:
        ledger.add_records([extract_text(CLINICS)])
        found = _named(ledger)
    key, _ = found["the WHO"]
    assert key != names.UNRESOLVED_KEY and "who" in key, found
    (official,) = [v for t, v in found.items() if t.startswith("A WHO official")]
    assert official[1] == "A WHO official", found


def test_ledger_merged_by_rules_33_is_keyed_again_in_place(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """merge-rules/33 -> 34: "the WHO" and "A WHO official" keyed as before are keyed,
    without a rebuild, as one clean ingest keys them today."""
    from ledger_records import assert_migrated_in_place

    found: list = []

    def read(ledger) -> None:  # noqa: ANN001
        ledger.sources(limit=5)  # opens it for writing: migrated in place
        found.append(_named(ledger)["the WHO"][0])

    assert_migrated_in_place(tmp_path, monkeypatch, [extract_text(CLINICS)],
                             [(names, "_initials", lambda word: False)], "merge-rules/33", read)
    assert found and found[0] != names.UNRESOLVED_KEY
