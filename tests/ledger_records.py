"""Small hand-made records for the ledger tests, built with the real dataclasses."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

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


def span(text: str, piece: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of `piece` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span.of(text, start, start + len(piece))


def article(
    text: str,
    *,
    outlet: str | None = None,
    published: str | None = None,
    path: str = "article.txt",
    entities: tuple[tuple[str, str, str | None], ...] = (),
    attributions: tuple[tuple[str | None, str, str | None, str, str, str], ...] = (),
    quantities: tuple[tuple[str, float, float | None, float | None, str | None, str, str], ...]
    = (),
) -> Record:
    """A record of `text`: entities (name, type, title); attributions (source, source type,
    entity id, cue, content, kind); quantities (text, value, low, high, hedge, counted, unit)."""
    ents = tuple(
        Entity(f"E{i}", name, etype, title, (span(text, name),))
        for i, (name, etype, title) in enumerate(entities, 1)
    )
    attrs = tuple(
        Attribution(
            f"A{i}", kind, Source(span(text, src) if src else None, stype, ent),
            span(text, cue), (span(text, content),), confidence=0.9,
        )
        for i, (src, stype, ent, cue, content, kind) in enumerate(attributions, 1)
    )
    qs = tuple(
        Quantity(f"Q{i}", span(text, qtext), value, low, high, hedge, counted, unit, None)
        for i, (qtext, value, low, high, hedge, counted, unit) in enumerate(quantities, 1)
    )
    return Record(
        text=text, input=InputInfo(path), metadata=Metadata(outlet=outlet, published=published),
        regions=(Region(0, len(text), "body"),), entities=ents, attributions=attrs,
        quantities=qs,
    )


RAFAH_QUOTE = "we will not supply the weapons that have been used to go into Rafah"

INDEPENDENT = article(
    f'President Joe Biden said "{RAFAH_QUOTE}" in an interview on Wednesday. More than '
    "35,000 people have died in Gaza since October, health officials said.",
    outlet="The Independent", published="2024-05-14T02:50:00+00:00", path="independent.txt",
    entities=(("Joe Biden", "person", "President"), ("Gaza", "place", None)),
    attributions=(
        ("President Joe Biden", "person", "E1", "said", RAFAH_QUOTE, "direct"),
        ("health officials", "anonymous", None, "said",
         "More than 35,000 people have died in Gaza since October", "indirect"),
    ),
    quantities=(("More than 35,000", 35000, 35000, None, "more than", "people have died",
                 "people"),),
)

CNN = article(
    f'"{RAFAH_QUOTE.capitalize()}," Mr. Biden told CNN. Nearly 30,000 people have been killed '
    "in Gaza, according to the Post. The Washington Post cited hospital records. Hunter "
    "Biden said he had not spoken to his father.",
    outlet="CNN", published="2024-05-14T18:00:00+00:00", path="cnn.txt",
    entities=(("Mr. Biden", "person", None), ("The Washington Post", "outlet", None),
              ("Gaza", "place", None), ("Hunter Biden", "person", None), ("the Post", "outlet",
                                                                          None)),
    attributions=(
        ("Mr. Biden", "person", "E1", "told", RAFAH_QUOTE.capitalize(), "direct"),
        ("the Post", "outlet", "E5", "according to",
         "Nearly 30,000 people have been killed in Gaza", "according_to"),
        ("Hunter Biden", "person", "E4", "said", "he had not spoken to his father", "indirect"),
    ),
    quantities=(("Nearly 30,000", 30000, None, 30000, "nearly", "people have been killed",
                 "people"),),
)

WAPO_LATER = article(
    "President Biden said the weapons that have been used to go into Rafah would not be "
    "supplied. WaPo reported that 36,000 people have died in Gaza.",
    outlet="WaPo", published="2024-05-20T09:00:00+00:00", path="wapo.txt",
    entities=(("President Biden", "person", "President"), ("WaPo", "outlet", None),
              ("Gaza", "place", None)),
    attributions=(
        ("President Biden", "person", "E1", "said",
         "the weapons that have been used to go into Rafah would not be supplied", "indirect"),
        ("WaPo", "outlet", "E2", "reported", "36,000 people have died in Gaza", "indirect"),
    ),
    quantities=(("36,000", 36000, None, None, None, "people have died", "people"),),
)


_SAID = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)*) said (?:that )?([^.]+)\.")
_NUMBER = re.compile(r"\b\d[\d,]*\b")


def placed_by_dateline(record, dateline: str, end: int, as_of: str):  # noqa: ANN001, ANN201
    """`record` opening with the dateline `dateline` (its text up to `end`), the rest body,
    each figure in the attribution of the same order (A1, A2, …) and about the day `as_of`,
    read from the text."""
    from dataclasses import replace

    from according.records import Region

    return replace(
        record, metadata=replace(record.metadata, dateline=dateline),
        regions=(Region(0, end, "dateline"), Region(end, len(record.text), "body")),
        quantities=tuple(replace(q, attribution=f"A{i}", as_of=as_of, as_of_from="text")
                         for i, q in enumerate(record.quantities, 1)))


def toy_extract(items, *, workers=1, delay=0.0, **_):  # noqa: ANN001, ANN201, ANN003
    """A stand-in for `extract_inputs` (same shape: one result per input, in order) that
    needs no model: "Name said X." gives an attribution, a number gives a quantity, and a
    text containing FAIL-EXTRACTION gives an InputError, as a failed extraction does."""
    from according.read import InputError

    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        time.sleep(delay)
        text = item.text
        if "FAIL-EXTRACTION" in text:
            yield InputError(item.info.path or "<input>", "extraction failed: toy failure")
            continue
        ents, attrs, qs = [], [], []
        for i, m in enumerate(_SAID.finditer(text), 1):
            name = Span.of(text, m.start(1), m.end(1))
            ents.append(Entity(f"E{i}", name.text, "person", None, (name,)))
            cue = Span.of(text, m.end(1) + 1, m.end(1) + 5)
            content = Span.of(text, m.start(2), m.end(2))
            attrs.append(Attribution(f"A{i}", "indirect", Source(name, "person", f"E{i}"),
                                     cue, (content,)))
        for i, m in enumerate(_NUMBER.finditer(text), 1):
            value = int(m.group().replace(",", ""))
            qs.append(Quantity(f"Q{i}", Span.of(text, m.start(), m.end()), value, None, None,
                               None, "people", "people", None))
        yield Record(text, item.info, Metadata(), (Region(0, len(text), "body"),),
                     tuple(ents), tuple(attrs), tuple(qs))


def merge_signature(ledger) -> dict[str, object]:  # noqa: ANN001
    """Every merge a ledger holds, named by article ids (not by ingest order): source
    clusters with their names, content clusters, near-duplicate groups, cluster summaries
    and figure disagreements, for comparing two ledgers of the same articles."""
    con = ledger.con

    def groups(sql: str) -> set:
        out: dict = {}
        for key, member in con.execute(sql).fetchall():
            out.setdefault(key, set()).add(member)
        return {frozenset(m) for m in out.values()}

    sources = {
        (name, frozenset(members)) for name, members in con.execute(
            "SELECT s.name, list(a.article_id || '/' || a.attribution_id) FROM attributions a "
            "JOIN source_stats s USING (source_id) GROUP BY s.name, s.source_id").fetchall()
    }
    claims = {
        (members, n_sources, n_named, n_reports, n_outlets, wire)
        for members, n_sources, n_named, n_reports, n_outlets, wire in (
            (frozenset(ms), *rest)
            for ms, *rest in con.execute(
                "SELECT list(a.article_id || '/' || a.attribution_id),"
                " any_value(c.n_sources), any_value(c.n_named), any_value(c.n_reports), "
                "any_value(c.n_outlets), any_value(c.wire_only) FROM attributions a "
                "JOIN cluster_stats c USING (cluster) GROUP BY a.cluster").fetchall())
    }
    figures = con.execute(
        "SELECT q.article_id, q.quantity_id, q.day, q.place, g.n FROM quantities q "
        "JOIN group_stats g USING (group_id)").fetchall()
    return {
        "sources": sources,
        "clusters": groups("SELECT cluster, article_id || '/' || attribution_id "
                           "FROM attributions WHERE cluster IS NOT NULL"),
        "stories": groups("SELECT g.id, a.id FROM articles a JOIN articles g "
                          "ON g.seq = a.group_seq"),
        "claims": claims,
        "figures": set(figures),
        "series": set(con.execute("SELECT key, label, n_figures, n_articles, n_disagreements "
                                  "FROM series_stats").fetchall()),
    }


def add_in_batches(ledger, records, batch: int) -> None:  # noqa: ANN001
    """Add `records` to `ledger` shuffled (seeded by `batch`), `batch` at a time, each
    batch its own transaction: what a run of small ingests in any order does."""
    records = list(records)
    random.Random(batch).shuffle(records)
    for start in range(0, len(records), batch):
        ledger.add_records(records[start:start + batch])


TESTS = Path(__file__).parent
SRC = TESTS.parent / "src"

KILLED_RUN = textwrap.dedent("""
    import sys
    from functools import partial
    sys.path[:0] = [{tests!r}, {src!r}]
    from ledger_records import toy_extract
    from according.ledger import open_ledger
    {setup}

    def report(p):
        print(p.done, flush=True)

    with open_ledger({db!r}) as ledger:
        ledger.ingest([{folder!r}], batch_size={batch}, on_progress=report,
                      extract=partial(toy_extract, delay={delay}))
    print("finished", flush=True)
""")


def kill_during(db: Path, folder: Path, kill_at: int, setup: str = "", batch: int = 2,
                delay: float = 0.02) -> int:
    """Ingest `folder` into `db`, `batch` articles a batch of `delay` seconds' toy
    extraction each, in a child process (after the one line of Python `setup`), kill -9 it
    once it has done `kill_at` articles, and return its exit status."""
    script = KILLED_RUN.format(tests=str(TESTS), src=str(SRC), db=str(db), folder=str(folder),
                               setup=setup, batch=batch, delay=delay)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        if line.strip() == "finished" or int(line) >= kill_at:
            break
    os.kill(proc.pid, signal.SIGKILL)
    return proc.wait(timeout=30)


def full_signature(ledger) -> dict[str, object]:  # noqa: ANN001
    """merge_signature and what the outlet table and the wire rule decide beside it: each
    article's wire services, byline names, outlet keys and story group, each claim's
    outlets, the sources' names."""
    con = ledger.con
    found = merge_signature(ledger)
    found["articles"] = {
        (i, tuple(w), tuple(b), k, g, tuple(ap)) for i, w, b, k, g, ap in con.execute(
            "SELECT a.id, a.wire, a.byline_names, a.outlet_key, g.id, (SELECT list("
            "p.outlet_key ORDER BY p.outlet_key) FROM appearances p WHERE p.article_id = a.id)"
            " FROM articles a JOIN articles g ON g.seq = a.group_seq").fetchall()}
    found["claim_outlets"] = {tuple(o) for (o,) in con.execute(
        "SELECT outlets FROM cluster_stats").fetchall()}
    found["source_names"] = {n for (n,) in con.execute(
        "SELECT name FROM source_stats").fetchall()}
    found["series_order"] = set(con.execute(
        "SELECT q.article_id, q.quantity_id, s.key, o.day, o.shown FROM series_order o "
        "JOIN quantities q USING (ref) JOIN series_stats s ON s.series_id = o.series_id"
    ).fetchall())
    return found


def assert_migrated_in_place(tmp_path, monkeypatch, records, old_rules,  # noqa: ANN001
                             code: str, read) -> None:  # noqa: ANN001
    """A ledger of `records` merged under earlier rules (`old_rules`: (module, name, value)
    patches giving them) and marked `code` is brought by `read(ledger)` (any read that
    opens it for writing) to what one clean ingest gives today, in place, not rebuilt."""
    from according.ledger import open_ledger, rebuild

    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(records)
        expected = merge_signature(ledger)
    old = tmp_path / "old.duckdb"
    with monkeypatch.context() as patch:
        for module, name, value in old_rules:
            patch.setattr(module, name, value)
        with open_ledger(old) as ledger:
            ledger.add_records(records)
            assert merge_signature(ledger) != expected
            ledger.con.execute("UPDATE ledger_meta SET value = ? WHERE key = 'merges'",
                               [rebuild._rules_version(code)])
    called: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: called.append(a))
    with open_ledger(old) as ledger:
        assert not ledger.merges_current()
        read(ledger)
        assert ledger.merges_current() and merge_signature(ledger) == expected
    assert called == []
