"""The `according` command as a user runs it: outputs, errors and exit codes."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from according.cli import app
from tests.conftest import DEMO, POLNEAR, needs_shared

runner = CliRunner()


def test_cli_extract_prints_one_json_record() -> None:
    result = runner.invoke(app, ["extract", str(DEMO), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema"] == "according/1"
    assert record["input"] == {"path": str(DEMO), "url": None, "format": "text"}


def test_cli_extract_jsonl_prints_a_line_per_article(tmp_path) -> None:
    second = tmp_path / "second.txt"
    second.write_text(DEMO.read_text(encoding="utf-8").replace("Aldermoor", "Westbridge"),
                      encoding="utf-8")
    result = runner.invoke(app, ["extract", str(DEMO), str(second), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["input"]["path"] for line in lines] == [str(DEMO), str(second)]


def test_cli_extract_reads_standard_input() -> None:
    result = runner.invoke(app, ["extract", "-"], input=DEMO.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["text"] == DEMO.read_text(encoding="utf-8")


def test_cli_extract_writes_output_file(tmp_path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(DEMO), "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["metadata"]["byline"] == ["Sarah Whitfield"]


def test_cli_extract_bad_inputs_fail_alone_with_one_line_each(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    result = runner.invoke(app, ["extract", str(empty), str(DEMO), str(binary), "-f", "jsonl"])
    assert result.exit_code == 1
    *errors, summary = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert summary == "according: extracted 1, failed 2 (each named above)"
    assert "empty.txt" in errors[0] and "empty" in errors[0].split("empty.txt", 1)[1]
    assert "photo.jpg" in errors[1] and "binary" in errors[1]
    [line] = result.stdout.splitlines()
    assert json.loads(line)["input"]["path"] == str(DEMO)


def test_cli_extract_size_limit_names_the_input(tmp_path) -> None:
    result = runner.invoke(app, ["extract", str(DEMO), "--max-bytes", "100"])
    assert result.exit_code == 1
    assert str(DEMO) in result.stderr and "size" in result.stderr
    assert result.stdout == ""


def test_cli_extract_unknown_model_is_a_clear_error() -> None:
    result = runner.invoke(app, ["extract", str(DEMO), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 2
    assert "no_such_pipeline_xyz" in result.stderr and "not installed" in result.stderr


def test_cli_eval_scores_predictions(tmp_path) -> None:
    needs_shared(POLNEAR / "dev")
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in sorted((POLNEAR / "dev").glob("*.json"))[:3]:
        (gold / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    preds = tmp_path / "pred"
    result = runner.invoke(app, ["eval", str(gold), "--write-predictions", str(preds)])
    assert result.exit_code == 0, result.stderr
    assert len(list(preds.glob("*.json"))) == 3
    for role in ("cue", "source", "content", "all"):
        assert f"| {role} |" in result.stdout
    again = runner.invoke(app, ["eval", str(gold), "--predictions", str(preds), "--json"])
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout)["counts"]["docs"] == 3


def _commands(group: typer.Typer) -> list[str]:
    return [c.name or c.callback.__name__ for c in group.registered_commands]


@pytest.mark.parametrize("command", _commands(app))
def test_cli_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) > 3


def test_cli_extract_json_is_an_array_for_several_paths_even_if_one_fails(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(DEMO), str(empty)])
    assert result.exit_code == 1
    [record] = json.loads(result.stdout)
    assert record["input"]["path"] == str(DEMO)


def test_cli_extract_json_all_failed_prints_an_empty_array(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(empty), str(empty)])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


def test_cli_extract_unwritable_output_is_one_line(tmp_path) -> None:
    result = runner.invoke(app, ["extract", str(DEMO), "-o", str(tmp_path / "no" / "out.json")])
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "cannot write" in line and "out.json" in line


def test_cli_extract_refuses_a_nonpositive_size_limit() -> None:
    result = runner.invoke(app, ["extract", str(DEMO), "--max-bytes", "-5"])
    assert result.exit_code == 2


def test_cli_eval_refuses_a_directory_without_gold(tmp_path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "no gold files" in result.stderr
