"""The ledger over real articles with the real pipeline: the Rafah example, PolNeAR texts,
and variants made here (a wire copy re-publishing a quote on a later day under another
outlet; conflicting same-day death tolls; Joe and Hunter Biden)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from according.ledger import open_ledger

SHARED = Path(__file__).parents[2] / "shared"
EXAMPLE = SHARED / "examples" / "independent-2024-05-14-rafah.txt"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.skipif(not EXAMPLE.exists(), reason=f"needs ../shared ({EXAMPLE} is absent)"),
]

IRON_DOME = ("We’re going to continue to make sure Israel is secure in terms of Iron Dome and "
             "their ability to respond to attacks that came out of the Middle East recently")
FILLER = ("Aid groups said fuel shortages were forcing hospitals to ration power, and the "
          "United Nations warned that food supplies in the south would run out within days. ")
VARIANTS = [
    {"outlet": "Reuters", "published": "2024-05-15T09:30:00+00:00",
     "text": f"“{IRON_DOME},” Biden said in an interview with CNN last week. The Washington "
             "Post reported on Sunday that the United States was sharing intelligence with "
             "Israel, and officials told the Post that talks were continuing. " + FILLER * 2},
    {"outlet": "Al Jazeera", "published": "2024-05-14T12:00:00+00:00",
     "text": "More than 35,000 people have been killed in Gaza since October, the Gaza health "
             "ministry said on Tuesday. " + FILLER * 2},
    {"outlet": "Daily Courier", "published": "2024-05-14T16:00:00+00:00",
     "text": "Nearly 30,000 people have been killed in Gaza since October, a spokesman for "
             "the army said on Tuesday. " + FILLER * 2},
    {"outlet": "Capitol Wire", "published": "2024-05-16T10:00:00+00:00",
     "text": "Hunter Biden said on Thursday that he would not testify before the committee "
             "until his lawyers had reviewed the subpoena. " + FILLER * 2},
]


@pytest.fixture(scope="module")
def corpus_ledger(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / EXAMPLE.name).write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    for source in sorted(POLNEAR_DEV.glob("*.json"))[:3]:
        text = json.loads(source.read_text(encoding="utf-8"))["text"]
        (folder / f"{source.stem}.txt").write_text(text, encoding="utf-8")
    with (folder / "variants.jsonl").open("w", encoding="utf-8") as fh:
        for variant in VARIANTS:
            fh.write(json.dumps(variant, ensure_ascii=False) + "\n")
    db = folder.parent / "corpus.duckdb"
    with open_ledger(db) as ledger:
        first = ledger.ingest([folder])
        again = ledger.ingest([folder])
    ledger = open_ledger(db, read_only=True)
    yield ledger, first, again
    ledger.close()


def test_ledger_corpus_ingests_every_article_once(corpus_ledger):
    ledger, first, again = corpus_ledger
    assert (first.added, first.failed) == (1 + 3 + len(VARIANTS), 0)
    assert (again.added, again.skipped) == (0, first.added)
    ids = [row[0] for row in ledger.con.execute("SELECT id FROM articles").fetchall()]
    for article_id in ids:
        assert ledger.article(article_id).id == article_id


def test_ledger_corpus_quote_first_appearance_and_repeat(corpus_ledger):
    ledger, _, _ = corpus_ledger
    cluster = next(q for q in ledger.quotes() if "iron dome" in q.text.lower())
    assert cluster.first.published.startswith("2024-05-14")  # the Independent, a day earlier
    assert [r.outlet for r in cluster.repeats] == ["Reuters"]
    claim = next(c for c in ledger.claims() if "iron dome" in c.text.lower())
    assert claim.n_outlets == 2


def test_ledger_corpus_washington_post_forms_merge(corpus_ledger):
    ledger, _, _ = corpus_ledger
    post = next(c for c in ledger.sources() if c.name == "The Washington Post")
    assert len({a for a, _ in post.mentions}) >= 2  # the example and the Reuters copy
    assert len(set(post.surface_forms)) >= 2


def test_ledger_corpus_biden_family_not_merged(corpus_ledger):
    ledger, _, _ = corpus_ledger
    clusters = ledger.sources()
    hunter = [c for c in clusters if any("Hunter" in f for f in c.surface_forms)]
    assert hunter, "Hunter Biden should be a source"
    assert not any("Joe Biden" in f for c in hunter for f in c.surface_forms)


def test_ledger_corpus_same_day_tolls_disagree(corpus_ledger):
    ledger, _, _ = corpus_ledger
    series = ledger.figures(counted="killed", place="Gaza")
    clashes = [d for s in series for d in s.disagreements]
    assert any({d.first.outlet, d.second.outlet} == {"Al Jazeera", "Daily Courier"}
               for d in clashes), [f.text for s in series for f in s.figures]
