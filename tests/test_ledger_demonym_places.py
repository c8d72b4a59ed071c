"""Stranger trial 7 (2026-11-28): "Kaldorian", typed a place by the entity tagger in "The
Kaldorian army maintained …" and "Kaldorian officials said …", was the place of every
figure of a feed's story, so its toll was compared with no other report's Drevna. A
demonym before a lower-case word says whose army or officials, not where (merge rules
31, in place). Records written by hand for these tests, as the tagger typed them."""

from __future__ import annotations

import pytest

from according.ledger import derive, open_ledger, rebuild
from according.ledger.figures import named_as_demonym
from according.records import (
    Attribution,
    Entity,
    InputInfo,
    Metadata,
    Quantity,
    Record,
    Region,
    Source,
    Span,
)
from ledger_migrations import migrated_in_place
from ledger_records import full_signature
from test_ledger_names_unicode import _rows

FEED = ("Hundreds gathered in Tarsk on Thursday for the funerals of the victims of "
        "Tuesday's shelling.\n\nThe Orelian army maintained on Thursday that no more than "
        "five civilians had died. Orelian officials said the town was a stronghold, and "
        "Orelian officials said the strike was lawful.")
WIRE = "The regional health ministry said on Thursday that 26 people had died in Tarsk."


def _spans(text: str, word: str) -> tuple[Span, ...]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(Span(at, at + len(word), word))
        at = text.find(word, at + 1)
    return tuple(out)


def _record(text: str, path: str, outlet: str, figure: str, counted: str,
            source: str, places: tuple[str, ...]) -> Record:
    at = text.index(figure)
    value = int(figure.split()[-1]) if figure[-1].isdigit() else 5
    high = value if figure[-1].isdigit() else 5
    cue = text.index("said") if "maintained" not in text else text.index("maintained")
    src = text.index(source)
    return Record(
        text=text, input=InputInfo(path),
        metadata=Metadata(outlet=outlet, published="2026-03-05T09:10:00+00:00"),
        regions=(Region(0, len(text), "body"),),
        entities=tuple(Entity(f"E{i}", name, "place", mentions=_spans(text, name))
                       for i, name in enumerate(places, 1)),
        attributions=(Attribution(
            "A1", "indirect", Source(Span(src, src + len(source), source), "organization"),
            Span(cue, cue + len(text[cue:].split()[0]), text[cue:].split()[0]),
            (Span(at, at + len(figure), figure),), confidence=0.9),),
        quantities=(Quantity("Q1", Span(at, at + len(figure), figure), value,
                             None if high != value else value, high,
                             "up to" if high != value or "more" in figure else None,
                             counted, "people", "A1", "2026-03-05", "text"),))


def _feed() -> Record:
    return _record(FEED, "feed.txt", "Northern Dispatch", "no more than five",
                   "civilians had died", "The Orelian army", ("Tarsk", "Orelian"))


def _wire() -> Record:
    return _record(WIRE, "wire.txt", "Reuters", "26", "people had died",
                   "The regional health ministry", ("Tarsk",))


@pytest.mark.parametrize(("text", "word", "demonym"), [
    ("The Orelian army maintained that", "Orelian", True),
    ("Orelian officials said", "Orelian", True),
    ("the Sudanese police said", "Sudanese", True),
    ("in Orelia on Monday", "Orelia", False),
    ("a Orelian, said", "Orelian", False),  # no noun after it: not read as an adjective
    ("Kenya police said", "Kenya", False),
])
def test_named_as_demonym(text, word, demonym):  # noqa: ANN001
    at = text.index(word)
    assert named_as_demonym(text, at, at + len(word)) is demonym


def test_a_demonym_places_nothing():
    places = derive.sentence_places(_feed())
    assert [name for _, name in places] == ["Tarsk"]


def _ingest(db, records) -> None:  # noqa: ANN001
    with open_ledger(db) as ledger:
        ledger.add_records(records)


def _pairs(db) -> set[frozenset[str]]:  # noqa: ANN001
    with open_ledger(db, read_only=True) as ledger:
        return {frozenset({d.first.text, d.second.text})
                for d in ledger.disagreements(limit=20).items}


def test_the_armys_count_is_compared_where_the_story_is(tmp_path):
    """The army's 'no more than five' of the feed against the ministry's 26 of the wire,
    one day and one town: a disagreement, which the demonym's place hid."""
    _ingest(tmp_path / "l.duckdb", [_feed(), _wire()])
    assert frozenset({"no more than five", "26"}) in _pairs(tmp_path / "l.duckdb")


def test_ledger_migration_rules_32_to_33_in_place(tmp_path, monkeypatch):
    clean = tmp_path / "clean.duckdb"
    _ingest(clean, [_feed(), _wire()])
    with open_ledger(clean, read_only=True) as ledger:
        expected = full_signature(ledger), _rows(ledger)
    old = tmp_path / "old.duckdb"
    with monkeypatch.context() as patch:  # merge rules 32
        patch.setattr(derive, "named_as_demonym", lambda *a: False)
        _ingest(old, [_feed(), _wire()])
        assert _pairs(old) == set()
        with open_ledger(old) as ledger:
            rebuild.mark_merges_current(ledger.con, "merge-rules/32")
    assert migrated_in_place(old, monkeypatch) == expected
    assert frozenset({"no more than five", "26"}) in _pairs(old)


@pytest.mark.parametrize(("name", "body"), [
    ("The Orelian army", ("army", "orelia")),
    ("Orelian Armed Forces", ("army", "orelia")),
    ("the Orelian military", ("army", "orelia")),
    ("Orelia's army", ("army", "orelia")),
    ("the Nigerian police", ("police", "nigeria")),
    ("Metropolitan Police", None),  # a name of its own, no demonym of a country in -ia
])
def test_generic_body_army_forms_and_demonyms_of_countries_in_ia(name, body):  # noqa: ANN001
    from according.ledger.bodies import body_key, generic_body

    found = generic_body(name)
    assert (found if found is None else (body_key(found[0]), found[1])) == body


def _army(text: str, path: str, name: str, places: tuple[str, ...]) -> Record:
    start = text.index(name)
    said = text.index("said")
    return Record(
        text=text, input=InputInfo(path),
        metadata=Metadata(outlet=path.split(".")[0], published="2026-03-05T09:10:00+00:00"),
        regions=(Region(0, len(text), "body"),),
        entities=(Entity("E1", name, "organization", mentions=(
            Span(start, start + len(name), name),)),
                  *(Entity(f"E{i}", p, "place", mentions=_spans(text, p))
                    for i, p in enumerate(places, 2))),
        attributions=(Attribution(
            "A1", "indirect", Source(Span(start - 4, start + len(name), text[start - 4:start
                                                                             + len(name)]),
                                     "organization", "E1"),
            Span(said, said + 4, "said"), (Span(said + 5, len(text) - 1,
                                                text[said + 5:len(text) - 1]),),
            confidence=0.9),))


def test_a_countrys_army_under_two_names_is_one_source(tmp_path):
    """"The Orelian army" (its demonym also typed a place, "Orelian officials") and "The
    Orelian Armed Forces" of another article: one source, not two."""
    one = _army("The Orelian army said on Thursday that the strike hit a command post. "
                "Orelian officials said the town was a stronghold.", "dispatch.txt",
                "Orelian army", ("Orelian",))
    two = _army("The Orelian Armed Forces said on Wednesday that the strike was lawful.",
                "wire.txt", "Orelian Armed Forces", ())
    db = tmp_path / "l.duckdb"
    _ingest(db, [one, two])
    with open_ledger(db, read_only=True) as ledger:
        rows = [s for s in ledger.sources(limit=50) if "orelian" in s.name.lower()]
    assert len(rows) == 1 and rows[0].n_articles == 2, [(s.name, s.key) for s in rows]


def test_ledger_migration_rules_32_to_33_army_in_place(tmp_path, monkeypatch):
    import re

    from according.ledger import bodies

    records = [
        _army("The Orelian army said on Thursday that the strike hit a command post. "
              "Orelian officials said the town was a stronghold.", "dispatch.txt",
              "Orelian army", ("Orelian",)),
        _army("The Orelian Armed Forces said on Wednesday that the strike was lawful.",
              "wire.txt", "Orelian Armed Forces", ())]
    clean = tmp_path / "clean.duckdb"
    _ingest(clean, records)
    with open_ledger(clean, read_only=True) as ledger:
        expected = full_signature(ledger), _rows(ledger)
    old = tmp_path / "old.duckdb"
    with monkeypatch.context() as patch:  # merge rules 32
        patch.setattr(derive, "named_as_demonym", lambda *a: False)
        patch.setattr(bodies, "_SAME_BODY", {})
        patch.setattr(bodies, "_OF_A_COUNTRY_IN_IA", re.compile(r"^$"))
        bodies.generic_body.cache_clear()
        _ingest(old, records)
        with open_ledger(old, read_only=True) as ledger:
            assert sum("orelian" in s.name.lower() for s in ledger.sources(limit=50)) == 2
        with open_ledger(old) as ledger:
            rebuild.mark_merges_current(ledger.con, "merge-rules/32")
    bodies.generic_body.cache_clear()
    assert migrated_in_place(old, monkeypatch) == expected
