"""What the ledger says must be true: wire copy counts once, figures are compared on the
day they are about, disagreement is flagged inside one article too, and pronouns or
clauses are never sources. Hand-made records first (fast), then short articles written
for this through the real pipeline (tests/data/ledger/)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from according.ledger import open_ledger
from ledger_records import article

DATA = Path(__file__).parent / "data" / "ledger"
QUOTE = "The smoke poses no danger to nearby homes"
BODY = (
    "LYON, France (AP) — Firefighters battled a blaze at a chemical plant outside Lyon "
    "through the night, and the regional prefect said on Monday that 12 workers had been "
    f'taken to hospital. "{QUOTE}," prefect Claire Martin told reporters at the gates of the '
    "plant. Schools in two villages stayed closed as a precaution, and investigators have "
    "not said what caused the fire.")


def _fire(text: str, outlet: str, published: str, path: str):
    return article(
        text, outlet=outlet, published=published, path=path,
        entities=(("Claire Martin", "person", "prefect"), ("Lyon", "place", None)),
        attributions=(
            ("the regional prefect", "person", None, "said",
             "12 workers had been taken to hospital", "indirect"),
            ("prefect Claire Martin", "person", "E1", "told", QUOTE, "direct")))


AP = _fire(BODY, "The Associated Press", "2025-03-03T08:00:00+00:00", "ap.txt")
COPY = _fire(BODY.replace("through the night", "overnight"), "Lyon Gazette",
             "2025-03-03T11:30:00+00:00", "gazette.txt")
OWN = article(
    f'Parents in Saint-Fons kept their children at home. "{QUOTE}," prefect Claire Martin '
    "told a briefing in the afternoon.", outlet="Rhone Daily",
    published="2025-03-03T15:00:00+00:00", path="rhone.txt",
    entities=(("Claire Martin", "person", "prefect"),),
    attributions=(("prefect Claire Martin", "person", "E1", "told", QUOTE, "direct"),))


def test_ledger_wire_copy_is_one_report_with_every_outlet(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([AP, COPY, OWN])
        claims = {c.text.strip('",'): c for c in ledger.claims()}
        articles = {a.outlet: a for a in ledger.articles()}
    quote = claims[QUOTE]
    assert (quote.n_reports, quote.n_outlets) == (2, 3)  # the AP story and its copy: once
    assert set(quote.outlets) == {"The Associated Press", "Lyon Gazette", "Rhone Daily"}
    assert quote.sources == ("Claire Martin",) and quote.single_sourced
    assert not quote.wire_only  # Rhone Daily reported it itself
    hospital = claims["12 workers had been taken to hospital"]
    assert (hospital.n_reports, hospital.n_outlets, hospital.wire_only) == (1, 2, True)
    assert articles["Lyon Gazette"].original == AP.id and articles["Lyon Gazette"].wire
    assert articles["Rhone Daily"].original == OWN.id


def _toll(text: str, published: str, path: str, figures: tuple, attributions: tuple):
    record = article(text, published=published, path=path, outlet="Valley Post",
                     attributions=attributions, quantities=figures)
    return record


def test_ledger_figures_meet_on_their_as_of_day(tmp_path):
    sunday = "2025-06-08"
    first = _toll("At least 14 people have been killed as of Sunday, the agency said.",
                  "2025-06-10T09:00:00+00:00", "a.txt",
                  (("At least 14", 14, 14, None, "at least", "people have been killed",
                    "people"),),
                  (("the agency", "organization", None, "said",
                    "At least 14 people have been killed as of Sunday", "indirect"),))
    second = _toll("On Sunday, 9 people had been killed, a spokesman said.",
                   "2025-06-11T18:00:00+00:00", "b.txt",
                   (("9", 9, None, None, None, "people had been killed", "people"),),
                   (("a spokesman", "anonymous", None, "said", "9 people had been killed",
                     "indirect"),))
    first = replace(first, quantities=tuple(replace(q, as_of=sunday, as_of_from="text",
                                                    attribution="A1")
                                            for q in first.quantities))
    second = replace(second, quantities=tuple(replace(q, as_of=sunday, as_of_from="text",
                                                      attribution="A1")
                                              for q in second.quantities))
    undated = replace(second, text=second.text + " ", quantities=tuple(
        replace(q, as_of=None, as_of_from=None) for q in second.quantities))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([first, second, undated])
        (series,) = ledger.figures(counted="killed")
    days = {(f.article_id, f.day, f.as_of_from) for f in series.figures}
    assert days == {(first.id, sunday, "text"), (second.id, sunday, "text"),
                    (undated.id, "2025-06-11", "published")}
    (clash,) = series.disagreements  # published two days apart, about the same Sunday
    assert {clash.first.article_id, clash.second.article_id} == {first.id, second.id}
    assert not clash.within_article
    assert {clash.first.source, clash.second.source} == {"the agency", "a spokesman"}


def test_ledger_disagreement_within_one_article_names_both_sources(tmp_path):
    text = ("Three people were killed when the dam gave way, the mayor said. But police said "
            "7 people were killed in the collapse. The mayor later said 3 people were "
            "killed.")
    record = article(
        text, published="2025-06-12T07:00:00+00:00", path="dam.txt",
        attributions=(
            ("the mayor", "person", None, "said", "Three people were killed when the dam gave "
             "way", "indirect"),
            ("police", "group", None, "said", "7 people were killed in the collapse",
             "indirect"),
            ("The mayor", "person", None, "said", "3 people were killed", "indirect")),
        quantities=(("Three", 3, None, None, None, "people were killed", "people"),
                    ("7", 7, None, None, None, "people were killed", "people"),
                    ("3", 3, None, None, None, "people were killed", "people")))
    attributed = replace(record, quantities=tuple(
        replace(q, attribution=a) for q, a in zip(record.quantities, ("A1", "A2", "A3"),
                                                  strict=True)))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([attributed])
        (series,) = ledger.figures()
        (thing,) = ledger.counted_things()
    # the mayor (twice) against police: one disagreement of two sources (merge rules 11;
    # rules 10 listed and counted each clashing pair of figures, two)
    (clash,) = series.disagreements
    assert clash.within_article and {clash.first.text, clash.second.text} == {"Three", "7"}
    assert {clash.first.source, clash.second.source} == {"the mayor", "police"}
    assert sorted(clash.first_sources + clash.second_sources) == ["police", "the mayor"]
    assert thing.n_disagreements == 1


def test_ledger_figures_that_do_not_say_what_they_count_never_disagree(tmp_path):
    """Two bare "N people" of one day may count different things (the dead, the rescued):
    with `counted` empty they share a unit, never a comparison."""
    def bare(text: str, figure: str, value: int, path: str, counted: str = ""):  # noqa: ANN202
        return article(text, published="2025-06-12T07:00:00+00:00", path=path,
                       outlet="Valley Post" if path < "c" else "Hill Times",
                       attributions=(("officials", "group", None, "said", text.split(",")[0],
                                      "indirect"),),
                       quantities=((figure, value, None, None, None, counted, "people"),))

    one = bare("Rescuers reached 40 people, officials said.", "40", 40, "a.txt")
    two = bare("The toll rose to 3 people, officials said.", "3", 3, "b.txt")
    three = bare("It was 12 people, officials said, and 30 more.", "12", 12, "c.txt")
    counted = bare("Eight people were killed, officials said.", "Eight", 8, "d.txt",
                   "people were killed")
    counted_too = bare("Two people were killed, officials said.", "Two", 2, "e.txt",
                       "people were killed")
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([one, two, three, counted, counted_too])
        series = {s.label: s for s in ledger.figures(counted="people")}
        things = {t.label: t for t in ledger.counted_things()}
    bare_series = series["people (what is counted not given)"]
    assert len(bare_series.figures) == 3 and bare_series.disagreements == ()
    assert things["people (what is counted not given)"].n_disagreements == 0
    (clash,) = series["people were killed"].disagreements  # the counted ones still compare
    assert {clash.first.text, clash.second.text} == {"Eight", "Two"}


def test_ledger_merged_by_the_previous_figure_rules_is_brought_up_to_date_in_place(
        tmp_path, monkeypatch):
    """A ledger whose bare figures were compared (merge-rules/1) is migrated on its first
    write, without a rebuild, to what one clean ingest gives today."""
    from according.ledger import derive
    from ledger_records import merge_signature

    records = [article(f"{text}, officials said.", published="2025-06-12T07:00:00+00:00",
                       path=f"{n}.txt", quantities=((figure, value, None, None, None, counted,
                                                     "people"),))
               for n, (text, figure, value, counted) in enumerate([
                   ("Rescuers reached 40 people", "40", 40, ""),
                   ("The toll rose to 3 people", "3", 3, ""),
                   ("Eight people were killed", "Eight", 8, "people were killed"),
                   ("Two people were killed", "Two", 2, "people were killed")])]
    clean = tmp_path / "clean.duckdb"
    with open_ledger(clean) as ledger:
        ledger.add_records(records)
        expected = merge_signature(ledger)
    old = tmp_path / "old.duckdb"
    with monkeypatch.context() as patch:  # the previous rules: every figure compared
        patch.setattr(derive, "comparable", lambda counted, day: True)
        patch.setattr(derive, "series_label", lambda counted, unit: (counted or unit))
        with open_ledger(old) as ledger:
            ledger.add_records(records)
            assert merge_signature(ledger) != expected
            _merged_by(ledger, "merge-rules/1")
    called = _spy_rebuilds(monkeypatch)
    with open_ledger(old) as ledger:
        assert not ledger.merges_current()
        series = {s.label: s for s in ledger.figures(counted="people")}
        assert ledger.merges_current() and merge_signature(ledger) == expected
    assert called == []  # migrated in place, not rebuilt
    assert series["people (what is counted not given)"].disagreements == ()


def _merged_by(ledger, rules: str) -> None:  # noqa: ANN001
    """Mark the ledger's merges as made by the earlier `rules` (same data files)."""
    from according.ledger import rebuild

    ledger.con.execute("UPDATE ledger_meta SET value = ? WHERE key = 'merges'",
                       [rebuild._rules_version(rules)])


def _spy_rebuilds(monkeypatch) -> list:  # noqa: ANN001
    """The full rebuilds asked for from now on (none is run)."""
    from according.ledger import rebuild

    called: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: called.append(a))
    return called


PART = "We will rebuild every school"
WHOLE = "We will rebuild every school that the floods destroyed before the winter"


@pytest.mark.parametrize("kept_first_words", [False, True])
def test_ledger_merged_before_texts_kept_their_holders_words(tmp_path, monkeypatch,
                                                              kept_first_words):
    """merge-rules/2 -> 3: a ledger whose texts all hold what the new rule gives is marked
    current in place; one whose text kept its first member's words (a part quoted before
    the whole, in one article) is rebuilt."""

    record = article(f'"{PART}," the mayor said. Later: "{WHOLE}," the mayor said.',
                     path="school.txt", published="2025-06-12T07:00:00+00:00",
                     attributions=(("the mayor", "person", None, "said", PART, "direct"),
                                   ("the mayor", "person", None, "said", WHOLE, "direct")))
    path = tmp_path / "old.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([record])
        keys = ledger.con.execute("SELECT DISTINCT text_key FROM attributions").fetchall()
        assert len(keys) == 1  # the part counts as the whole's text
        if kept_first_words:  # what merge-rules/2 stored: the first member's words
            ledger.con.execute("UPDATE texts SET words = (SELECT words FROM attributions "
                               "ORDER BY ref LIMIT 1)")
        _merged_by(ledger, "merge-rules/2")
    called = _spy_rebuilds(monkeypatch)
    with open_ledger(path) as ledger:
        assert not ledger.merges_current()
        ledger.quotes()
        assert ledger.merges_current() != kept_first_words
    assert bool(called) == kept_first_words


def test_ledger_pronouns_and_clauses_are_never_sources(tmp_path):
    clause = ("A senior official, who asked not to be named because the talks are "
              "continuing,")
    day_one = article(
        f'"We cannot let ships in," she said. They said divers were checking the wreck, '
        f"which had been carrying timber. {clause} said the owners would pay.",
        path="one.txt",
        attributions=(
            ("she", "person", None, "said", "We cannot let ships in", "direct"),
            ("They", "anonymous", None, "said", "divers were checking the wreck", "indirect"),
            ("which", "unspecified", None, "had", "been carrying timber", "indirect"),
            (clause, "anonymous", None, "said", "the owners would pay", "indirect"),
            (None, "unspecified", None, "were", "divers", "floating")))
    day_two = article(
        '"It was not our fault," he said. A senior official said talks would resume.',
        path="two.txt",
        attributions=(("he", "person", None, "said", "It was not our fault", "direct"),
                      ("A senior official", "anonymous", None, "said",
                       "talks would resume", "indirect")))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([day_one, day_two])
        sources = list(ledger.sources(limit=500))
    names = [s.name for s in sources]
    assert not {"she", "She", "They", "which", "he"} & set(names)
    assert not any(f.lower() in {"she", "they", "which", "he"}
                   for s in sources for f in s.surface_forms)
    (unresolved,) = [s for s in sources if s.name == "(unresolved pronoun)"]
    assert unresolved.n_attributions == 4 and not unresolved.named
    assert names.count("(no source)") == 1
    officials = [s for s in sources if s.name == "A senior official"]
    assert len(officials) == 2  # anonymous in two articles: never one person
    assert all(len(s.name.split()) <= 8 for s in sources)


@pytest.mark.slow
def test_ledger_truth_on_short_articles_through_the_pipeline(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        summary = ledger.ingest([DATA / "wire.jsonl", DATA / "days.jsonl",
                                 DATA / "pronouns.jsonl"])
        assert (summary.added, summary.failed) == (8, 0)
        quote = next(c for c in ledger.claims(limit=500) if "no danger" in c.text)
        series = ledger.figures(counted="killed")
        sources = list(ledger.sources(limit=500))
    # wire copy: the AP story and the paper that ran it are one report of three outlets
    assert (quote.n_reports, quote.n_outlets) == (2, 3)
    # as-of days: "as of Sunday" (published Tuesday) and "On Sunday" (published Wednesday)
    clashes = [d for s in series for d in s.disagreements]
    across = [d for d in clashes if not d.within_article]
    assert any({d.first.day, d.second.day} == {"2025-06-08"} and d.first.outlet
               != d.second.outlet for d in across), [(d.first.text, d.second.text)
                                                      for d in clashes]
    within = [d for d in clashes if d.within_article]
    assert any({d.first.text, d.second.text} == {"Three", "7"} for d in within)
    # pronoun hygiene
    names = {s.name.lower() for s in sources}
    assert not names & {"she", "he", "they", "which", "who"}
    assert "a senior official" in names
    assert not any("asked not to be named" in s.name for s in sources)
