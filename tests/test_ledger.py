"""The ledger store and its cross-article views, on hand-made records in a real DuckDB file."""

from __future__ import annotations

import json
from dataclasses import replace

import duckdb
import pyarrow.parquet as pq
import pytest

from according.ledger import open_ledger
from according.records import Record, iter_spans
from ledger_records import CNN, INDEPENDENT, RAFAH_QUOTE, WAPO_LATER, article


@pytest.fixture
def ledger(tmp_path):
    with open_ledger(tmp_path / "ledger.duckdb") as opened:
        opened.add_records([INDEPENDENT, CNN, WAPO_LATER])
        yield opened


def test_ledger_add_records_is_idempotent(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        assert ledger.add_records([INDEPENDENT, CNN]) == 2
        assert ledger.add_records([CNN, INDEPENDENT, WAPO_LATER]) == 1
        assert ledger.count("articles") == 3
        assert ledger.count("attributions") == 2 + 3 + 2


def test_ledger_article_rerenders_exactly(ledger):
    for record in (INDEPENDENT, CNN, WAPO_LATER):
        assert ledger.article(record.id) == record
        assert ledger.article(record.id[7:20]) == record  # a unique hex prefix
        assert json.loads(ledger.article_json(record.id)) == record.to_dict()
    with pytest.raises(KeyError):
        ledger.article("sha256:0000")


def test_ledger_rows_point_into_text(ledger):
    rows = ledger.con.execute(
        "SELECT a.text, s.start, s.\"end\", s.text FROM spans s "
        "JOIN (SELECT id, json_extract_string(record_json, '$.text') AS text FROM articles) a "
        "ON a.id = s.article_id"
    ).fetchall()
    assert len(rows) > 20
    assert all(text[start:end] == piece for text, start, end, piece in rows)
    published = ledger.con.execute(
        "SELECT strftime(published, '%Y-%m-%d %H:%M') FROM articles WHERE id = ?",
        [INDEPENDENT.id],
    ).fetchone()[0]
    assert published == "2024-05-14 02:50"


def test_ledger_sources_merges_outlet_variants_and_keeps_forms(ledger):
    by_name = {c.name: c for c in ledger.sources()}
    post = by_name["The Washington Post"]
    assert {"the Post", "WaPo"} <= set(post.surface_forms)
    assert len({a for a, _ in post.mentions}) == 2


def test_ledger_sources_merges_titled_surname_but_not_other_first_names(ledger):
    clusters = ledger.sources()
    joe = next(c for c in clusters if c.name == "Joe Biden")
    assert {"President Joe Biden", "President Biden"} <= set(joe.surface_forms)
    assert "Hunter Biden" not in joe.surface_forms
    assert any(c.name == "Hunter Biden" for c in clusters)
    # "Mr. Biden" has no first name and no real title, but repeats Joe Biden's quote
    assert "Mr. Biden" in joe.surface_forms


def test_ledger_quotes_clusters_repeats_with_first_appearance(ledger):
    clusters = ledger.quotes()
    top = clusters[0]
    assert top.text.lower().startswith(RAFAH_QUOTE[:20])
    assert top.first.outlet == "The Independent"
    assert [r.outlet for r in top.repeats] == ["CNN"]
    assert [q.first.outlet for q in ledger.quotes(by="Hunter")] == []  # indirect only
    assert len(ledger.quotes(by="Joe Biden")) == 1


def test_ledger_quotes_first_appearance_by_published_time(tmp_path):
    early = replace(CNN, metadata=replace(CNN.metadata, published="2024-05-13T00:00:00+00:00"))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([INDEPENDENT, early])
        top = ledger.quotes()[0]
    assert top.first.outlet == "CNN"
    assert top.repeats[0].outlet == "The Independent"


def test_ledger_figures_series_and_same_day_disagreement(ledger):
    series = ledger.figures(counted="died", place="Gaza")
    assert len(series) == 1
    texts = [f.text for f in series[0].figures]
    assert texts == ["More than 35,000", "Nearly 30,000", "36,000"]
    assert [f.day for f in series[0].figures] == ["2024-05-14", "2024-05-14", "2024-05-20"]
    assert len(series[0].disagreements) == 1
    clash = series[0].disagreements[0]
    assert {clash.first.text, clash.second.text} == {"More than 35,000", "Nearly 30,000"}
    assert ledger.figures(counted="died", place="Kyiv") == []
    assert ledger.figures(counted="injured") == []


def test_ledger_figures_agreeing_bounds_are_not_flagged(tmp_path):
    text = "At least 34,000 people have died in Gaza, the ministry said."
    agreeing = article(
        text, outlet="Reuters", published="2024-05-14T12:00:00+00:00",
        entities=(("Gaza", "place", None),),
        quantities=(("At least 34,000", 34000, 34000, None, "at least", "people have died",
                     "people"),),
    )
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([INDEPENDENT, agreeing])
        (series,) = ledger.figures(counted="deaths")
    assert len(series.figures) == 2
    assert series.disagreements == ()


def test_ledger_claims_counts_sources_and_flags(ledger):
    claims = ledger.claims()
    rafah = next(c for c in claims if RAFAH_QUOTE[:20] in c.text.lower())
    assert rafah.n_outlets == 2  # The Independent and CNN
    assert not rafah.anonymous_only
    toll = next(c for c in claims if c.text.startswith("More than 35,000"))
    assert toll.anonymous_only and toll.single_sourced
    hunter = next(c for c in claims if "spoken to his father" in c.text)
    assert hunter.single_sourced and not hunter.anonymous_only


def test_ledger_export_writes_every_format(ledger, tmp_path):
    files = ledger.export(tmp_path / "pq", format="parquet")
    articles = pq.read_table(tmp_path / "pq" / "articles.parquet")
    assert articles.num_rows == 3
    assert len(files) == 9  # articles, errors and seven child tables with appearances
    ledger.export(tmp_path / "csv", format="csv")
    assert (tmp_path / "csv" / "quantities.csv").read_text().count("\n") == 4
    (out,) = ledger.export(tmp_path / "records.jsonl", format="jsonl")
    records = [Record.from_dict(json.loads(line)) for line in out.read_text().splitlines()]
    assert records == [INDEPENDENT, CNN, WAPO_LATER]
    with pytest.raises(ValueError, match="unknown export format"):
        ledger.export(tmp_path / "x", format="xml")


def test_ledger_batch_is_all_or_nothing(tmp_path):
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([INDEPENDENT])
        with pytest.raises(duckdb.Error):  # the second article repeats a stored id
            ledger.write_batch([(CNN, CNN.id), (INDEPENDENT, INDEPENDENT.id)], [])
        assert ledger.count("articles") == 1
        assert ledger.con.execute(
            "SELECT count(*) FROM attributions WHERE article_id = ?", [CNN.id]
        ).fetchone()[0] == 0


TRAPPED = "We are doing everything we can to reach those trapped"
FULL_NAME = article(
    f'"{TRAPPED}," Interior Minister Ali Yerlikaya told reporters.', path="a.txt",
    published="2025-02-03T10:00:00+00:00",
    entities=(("Ali Yerlikaya", "person", "Interior Minister"),),
    attributions=(("Interior Minister Ali Yerlikaya", "person", "E1", "told", TRAPPED,
                   "direct"),),
)


@pytest.mark.parametrize(("later", "same"), [
    # another article repeats his quote under his surname alone: the same story
    (article(f'Yerlikaya said "{TRAPPED.lower()}" as teams worked.', path="c.txt",
             entities=(("Yerlikaya", "person", None),),
             attributions=(("Yerlikaya", "person", "E1", "said", TRAPPED.lower(), "mixed"),)),
     True),
    # unlinked surname in an article that names exactly one full-name Yerlikaya
    (article("Ali Yerlikaya visited Kahramanmaras. Yerlikaya said 300 buildings fell.",
             path="d.txt", entities=(("Ali Yerlikaya", "person", None),),
             attributions=(("Yerlikaya", "person", None, "said", "300 buildings fell",
                            "indirect"),)),
     True),
    # a surname alone, other words, no title: maybe another Yerlikaya
    (article("Yerlikaya said the bridge would reopen.", path="e.txt",
             entities=(("Yerlikaya", "person", None),),
             attributions=(("Yerlikaya", "person", "E1", "said", "the bridge would reopen",
                            "indirect"),)),
     False),
])
def test_ledger_sources_surname_joins_full_name_only_on_evidence(tmp_path, later, same):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([FULL_NAME, later])
        clusters = ledger.sources()
        people = [c for c in clusters if c.type == "person"]
    ali = next(c for c in people if c.name == "Ali Yerlikaya")
    assert ((later.id, "A1") in ali.mentions) is same
    assert len(people) == (1 if same else 2)


def test_ledger_claims_surname_repeat_is_one_source_and_unknown_outlets_no_outlet(tmp_path):
    later = article(f'Yerlikaya said "{TRAPPED.lower()}" as teams worked.', path="c.txt",
                    entities=(("Yerlikaya", "person", None),),
                    attributions=(("Yerlikaya", "person", "E1", "said", TRAPPED.lower(),
                                   "mixed"),))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([FULL_NAME, later])
        (claim,) = ledger.claims()
    assert claim.sources == ("Ali Yerlikaya",)
    assert (claim.n_sources, claim.single_sourced) == (1, True)
    assert (claim.outlets, claim.n_outlets) == ((), 0)


def test_ledger_claims_count_known_outlets_only(tmp_path):
    cnn = replace(FULL_NAME, text=FULL_NAME.text + " ", metadata=replace(
        FULL_NAME.metadata, outlet="CNN"))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([FULL_NAME, cnn])
        (claim,) = ledger.claims()
    assert len(claim.appearances) == 2
    assert (claim.outlets, claim.n_outlets) == (("CNN",), 1)


def test_ledger_views_read_the_stored_merges_and_writes_update_them(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([INDEPENDENT, CNN])
        ledger.con.execute("UPDATE source_stats SET name = 'Cached Name' "
                           "WHERE name = 'Joe Biden'")
        assert "Cached Name" in {c.name for c in ledger.sources()}  # read, not recomputed
        ledger.add_records([WAPO_LATER])  # "President Biden" joins him: his summary is redone
        names = {c.name for c in ledger.sources()}
    assert "Joe Biden" in names and "Cached Name" not in names


def test_ledger_hand_made_records_are_valid():
    for record in (INDEPENDENT, CNN, WAPO_LATER):
        assert Record.from_dict(record.to_dict()) == record
        assert all(record.text[s.start:s.end] == s.text for _, s in iter_spans(record))
