"""Records as TimeML documents: TIMEX3 tags in the text, the DCT from the publication time."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from typer.testing import CliRunner

from according.cli import app
from according.records import InputInfo, Metadata, Record, Span, TimeExpression
from according.times.timeml import to_timeml
from tests.conftest import DEMO

runner = CliRunner()
TEXT = "On Sunday, 5 <b> & co. met for two hours; they meet weekly."


def _record() -> Record:
    def span(piece: str) -> Span:
        start = TEXT.index(piece)
        return Span(start, start + len(piece), piece)

    times = (
        TimeExpression(span("Sunday"), "2024-05-12", "day", True, None, "date", "2024-05-12"),
        TimeExpression(span("two hours"), "PT2H", None, False, None, "duration", "PT2H",
                       "APPROX"),
        TimeExpression(span("weekly"), "P1W", None, False, None, "set", "P1W"),
    )
    return Record(TEXT, InputInfo("a.txt", "timeml:doc-7", "jsonl"),
                  Metadata(headline="Crews <meet>", published="2024-05-14T00:00:00+00:00"),
                  times=times)


def test_to_timeml_tags_times_and_keeps_the_text():
    root = ET.fromstring(to_timeml(_record()))
    assert root.findtext("DOCID") == "doc-7"
    dct = root.find("DCT/TIMEX3")
    assert (dct.get("value"), dct.get("functionInDocument")) == ("2024-05-14", "CREATION_TIME")
    text = root.find("TEXT")
    assert "".join(text.itertext()) == TEXT  # escaping and tags lose no character
    tags = [(t.text, t.get("type"), t.get("value"), t.get("mod"), t.get("anchorTimeID"))
            for t in text.iter("TIMEX3")]
    assert tags == [("Sunday", "DATE", "2024-05-12", None, "t0"),
                    ("two hours", "DURATION", "PT2H", "APPROX", None),
                    ("weekly", "SET", "P1W", None, None)]


def test_to_timeml_without_publication_has_no_dct_and_no_anchor():
    record = _record()
    record = Record(record.text, record.input, Metadata(), times=record.times)
    root = ET.fromstring(to_timeml(record))
    assert root.find("DCT") is None
    assert all(t.get("anchorTimeID") is None for t in root.iter("TIMEX3"))


def test_cli_extract_timeml_prints_a_document():
    result = runner.invoke(app, ["extract", str(DEMO), "--format", "timeml"])
    assert result.exit_code == 0, result.stderr
    root = ET.fromstring(result.stdout)
    assert root.find("DCT/TIMEX3").get("value") == "2024-03-07T18:30"
    assert "".join(root.find("TEXT").itertext()) == DEMO.read_text(encoding="utf-8")
    values = {t.text: t.get("value") for t in root.iter("TIMEX3")}
    assert values["Monday"] == "2024-03-04"


def test_cli_extract_timeml_writes_one_file_per_article(tmp_path):
    lines = [json.dumps({"text": f"Talks resumed on Monday in round {n}.",
                         "published": "2024-05-14", "url": f"timeml:doc{n}"}) for n in (1, 2)]
    source = tmp_path / "docs.jsonl"
    source.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "tml"
    result = runner.invoke(app, ["extract", str(source), "-f", "timeml", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["doc1.tml", "doc2.tml"]
    doc = (out / "doc2.tml").read_text(encoding="utf-8")
    assert re.search(r'<TIMEX3 [^>]*value="2024-05-13"[^>]*>Monday</TIMEX3>', doc)
