"""A source's attributions page (views.source_attributions), sought first in a window of
articles from the source's first one, is the page of a plain sort of all its attributions
by ref: for every source, page size and offset, whether the window holds the page or it
grows or gives way to every attribution; on ledgers ingested a few articles at a time,
with surname-only sources re-resolved as later articles come (attributions moving)."""

from __future__ import annotations

import pytest

from according.ledger import open_ledger, views
from test_ledger_waiting_names import _corpus
from test_ledger_words import RECORDS


@pytest.fixture(scope="module", params=["words", "waiting_names"])
def ledger_path(request, tmp_path_factory):
    records = RECORDS if request.param == "words" else _corpus(40, seed=7)
    path = tmp_path_factory.mktemp("source-pages") / "ledger.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, len(records), 3):
            ledger.add_records(records[start:start + 3])
    return path


def _plain(con, key: str, limit: int, offset: int) -> list[tuple]:  # noqa: ANN001
    return [tuple(r) for r in con.execute(
        "SELECT a.article_id, a.attribution_id FROM attributions a JOIN source_stats s "
        "USING (source_id) WHERE s.key = ? ORDER BY a.ref LIMIT ? OFFSET ?",
        [key, limit, offset]).fetchall()]


@pytest.mark.parametrize("windows", [views._REF_WINDOWS, (0, 1), (1, 3)])
def test_ledger_source_page_is_the_plain_sorts_page(ledger_path, monkeypatch, windows):
    monkeypatch.setattr(views, "_REF_WINDOWS", windows)
    with open_ledger(ledger_path, read_only=True) as ledger:
        con = ledger.con
        # the window starts at the source's first ref: it must be the least of its refs
        assert con.execute("SELECT count(*) FROM source_stats s WHERE first_ref IS DISTINCT "
                           "FROM (SELECT min(ref) FROM attributions a "
                           "WHERE a.source_id = s.source_id)").fetchall()[0][0] == 0
        keys = [r[0] for r in con.execute("SELECT key FROM source_stats ORDER BY key").fetchall()]
        assert len(keys) > 5
        many = 0
        for key in keys:
            for limit, offset in ((1, 0), (2, 1), (5, 0), (3, 4)):
                page = ledger.source_attributions(key, limit=limit, offset=offset)
                plain = _plain(con, key, limit, offset)
                assert [(a.article_id, a.attribution_id) for a in page] == plain, \
                    (key, limit, offset)
                many += len(plain) == limit and offset > 0
        assert many > 2  # pages past the first, full
