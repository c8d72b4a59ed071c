"""A README walk (2026-11-28): `according extract nope.txt` printed "[]" on stdout and
"extracted 0, failed 1" on stderr, where a file that exists and fails (an empty one, a JSON
document that is no article) prints only its one error line. A path naming nothing is one
file that failed; a glob matching nothing is still a batch (an empty array)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from according.cli import app

runner = CliRunner()


def test_cli_extract_missing_file_is_one_line_like_a_failed_file(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "gone.txt"
    for path in (empty, missing):
        result = runner.invoke(app, ["extract", str(path)])
        assert result.exit_code == 1
        assert result.stdout == ""
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"according: {path}: ")


def test_cli_extract_glob_matching_nothing_is_an_empty_batch(tmp_path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "*.html")])
    assert json.loads(result.stdout) == []
