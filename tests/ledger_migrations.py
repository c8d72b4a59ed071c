"""Checking a ledger merged by earlier rules migrated in place (the ledger tests' helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.ledger import open_ledger, rebuild
from ledger_records import full_signature
from test_ledger_names_unicode import _rows


def migrated_in_place(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple:
    """(full_signature, _rows) of the ledger at `path` after `Ledger.rebuild()` brought it
    up to date, asserting it was out of date before and migrated in place (no rebuild)."""
    rebuilt: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: rebuilt.append(a))
    with open_ledger(path) as ledger:
        assert not ledger.merges_current()
        ledger.rebuild()
        assert ledger.merges_current() and rebuilt == []
        return full_signature(ledger), _rows(ledger)
