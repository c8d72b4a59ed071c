"""Merge rules 32: an uncredited rewrite of a wire story is the wire story's report
(duplicates.rewritten_story: prose outside quotation marks sharing its content words, its
quotes the original's), and independent reports of one statement, next-day follow-ups and
two stories from one press release stay apart; on the labelled pairs of
tests/data/rewrites, in the ledger, and migrated in place from rules 31."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from according.ledger import duplicates, open_ledger
from according.ledger.duplicates import (
    body_words,
    prose_and_quoted,
    rewrite_signatures,
    same_story,
    story_signatures,
)
from according.ledger.rows import create_indexes, drop_indexes
from ledger_records import article

REWRITES = Path(__file__).parent / "data" / "rewrites"
PAIRS = json.loads((REWRITES / "pairs.json").read_text("utf-8"))["pairs"]
LENZ = ("We are still receiving calls from people trapped under buildings, and we expect "
        "the toll to rise")


def _story(name: str) -> tuple[str, str, str]:
    """(outlet, day, body) of a dev-set file: its outlet line, its date line's day, the text
    under its four head lines."""
    lines = (REWRITES / name).read_text("utf-8").split("\n")
    return lines[0], lines[3], "\n".join(lines[5:]).strip()


def _key(body: str) -> duplicates.StoryKey:
    regions = [(0, len(body), "body")]
    sigs, sizes = story_signatures([body_words(body, regions)])
    prose, prose_n, quoted, quoted_n = rewrite_signatures([prose_and_quoted(body, regions)])
    return duplicates.StoryKey(sigs[0], int(sizes[0]), frozenset(), frozenset(), None,
                               prose[0], int(prose_n[0]), quoted[0], int(quoted_n[0]))


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p['a'][:2]}-{p['b'][:2]}" for p in PAIRS])
def test_same_story_joins_rewrites_and_keeps_independent_reports_apart(pair):
    a, b = _key(_story(pair["a"])[2]), _key(_story(pair["b"])[2])
    assert same_story(a, b) == (pair["label"] == "same")
    assert same_story(b, a) == same_story(a, b)


def test_prose_and_quoted_split_at_quotation_marks_a_long_quote_closing_at_its_paragraph():
    text = ('The minister said "we will act now" on Monday.\n'
            '"The first paragraph of a long quote\n'
            '"and its second," she added.')
    prose, quoted = prose_and_quoted(text, [(0, len(text), "body")])
    assert prose == ("minister",)  # "said", "on Monday", "she added": function words
    assert quoted == ("we", "will", "act", "now", "the", "first", "paragraph", "of", "a",
                      "long", "quote", "and", "its", "second")


def _records() -> list:
    """The quake family: AFP's story, a light and a heavy uncredited rewrite, a
    broadcaster's own report of the same briefing; each with the civil protection chief's
    quote as an attribution."""
    out = []
    for name in ("01_afp_quake.txt", "02_portal_quake_light.txt", "03_portal_quake_heavy.txt",
                 "04_broadcaster_quake_own.txt"):
        outlet, _, body = _story(name)
        out.append(article(body, outlet=outlet, published="2026-03-04T10:00:00+00:00",
                           path=name, entities=(("Darko Lenz", "person", None),),
                           attributions=(("Darko Lenz", "person", "E1", "said", LENZ,
                                          "direct"),)))
    return out


def _groups(ledger) -> set[frozenset[str]]:  # noqa: ANN001
    out: dict[int, set[str]] = {}
    for path, group in ledger.con.execute("SELECT path, group_seq FROM articles").fetchall():
        out.setdefault(group, set()).add(path)
    return {frozenset(g) for g in out.values()}


def test_ledger_groups_a_wire_story_with_its_rewrites_and_counts_the_quote_twice(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_records())
        assert _groups(ledger) == {
            frozenset({"01_afp_quake.txt", "02_portal_quake_light.txt",
                       "03_portal_quake_heavy.txt"}),
            frozenset({"04_broadcaster_quake_own.txt"})}
        reports = ledger.con.execute("SELECT n_reports, n_articles FROM cluster_stats "
                                     "WHERE n_articles > 1").fetchall()
        assert reports == [(2, 4)]


def test_ledger_of_rules_31_migrated_in_place_equals_a_clean_ingest(tmp_path, monkeypatch):
    """A ledger merged under rules 31 (no prose or quoted columns, no quoted bands, the
    rewrites their own reports) is brought in place to what one clean ingest gives."""
    from ledger_records import assert_migrated_in_place

    def without_rewrite_columns_then_rebuilt(ledger) -> None:  # noqa: ANN001
        drop_indexes(ledger.con)
        for column in ("prose_sig", "prose_n", "quoted_sig", "quoted_n"):
            ledger.con.execute(f"ALTER TABLE articles DROP COLUMN {column}")
        create_indexes(ledger.con)
        ledger.rebuild()
        counted.append(ledger.con.execute(
            "SELECT count(*), count(DISTINCT bucket) FROM story_buckets").fetchall())

    counted: list = []
    records = _records()
    assert_migrated_in_place(
        tmp_path, monkeypatch, records,
        [(duplicates, "rewritten_story", lambda a, b: False),
         (duplicates, "MIN_QUOTED", 10 ** 9)], "merge-rules/31",
        without_rewrite_columns_then_rebuilt)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:  # the quoted bands stored too
        assert ledger.con.execute("SELECT count(*), count(DISTINCT bucket) FROM story_buckets"
                                  ).fetchall() == counted[0]
