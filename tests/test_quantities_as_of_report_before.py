"""A figure's as-of day from the sentence before: the day that sentence gives its report
("INEC said on Tuesday that ...") carries to a figure whose sentence goes on with the same
report ("It added ...", "He said ...", a sentence no one else speaks) and has no time of its
own; never to a sentence of another source, nor to a new paragraph of no source."""

from __future__ import annotations

import json

import pytest

from according.extract import extract_inputs
from according.read import read_inputs

PUBLISHED = "2024-05-16T10:00:00Z"  # a Thursday
HEADLINE = "Governorship election results declared in the state"


def _as_of(tmp_path, text):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"headline": HEADLINE, "text": text, "published": PUBLISHED})
                    + "\n", "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    return {q.span.text: (q.as_of, q.as_of_from) for q in record.quantities}


@pytest.mark.parametrize(("text", "figure", "as_of"), [
    # no one else speaks the figure's sentence: the report goes on
    ("The Independent National Electoral Commission said on Tuesday that voting had ended "
     "peacefully in all local government areas. Olatunji polled 49.1% of the vote, ahead of "
     "Bello with 38.2%.", "49.1%", "2024-05-14"),
    ("The Independent National Electoral Commission said on Tuesday that voting had ended "
     "peacefully in all local government areas. Olatunji polled 49.1% of the vote, ahead of "
     "Bello with 38.2%.", "38.2%", "2024-05-14"),
    # "He said" after a dated declaration
    ("The returning officer, Professor Adamu Kaita, on Monday declared Olatunji the winner. "
     "He said Olatunji polled 412,308 votes, while Bello got 301,442.", "412,308",
     "2024-05-13"),
    # "It added", "They added"
    ("INEC said on Tuesday that voting ended peacefully. It added that turnout was 41.2%.",
     "41.2%", "2024-05-14"),
    ("The police said on Tuesday that 14 people had been arrested. They added that 3 "
     "officers were injured.", "3", "2024-05-14"),
    # a new paragraph that goes on with the same source (one sentence a paragraph)
    ("Police said on Tuesday that 14 people had been arrested in the city.\n\nThey added "
     "that 3 officers were injured.", "3", "2024-05-14"),
    # the same person named again, in the next paragraph
    ("At least 27 people died, Governor Jean Malonga said on Sunday.\n\nThe ferry was "
     "carrying more than 200 passengers when it overturned, Malonga told reporters.",
     "more than 200", "2024-05-12"),
    # the same source named again
    ("The commission said on Monday that collation had finished. The commission added that "
     "turnout was 38.6%.", "38.6%", "2024-05-13"),
])
def test_figure_takes_the_day_of_the_report_it_continues(tmp_path, nlp, text, figure, as_of):
    assert _as_of(tmp_path, text)[figure] == (as_of, "text")


@pytest.mark.parametrize(("text", "figure"), [
    # a new paragraph with a new source starts a new report
    ("The governor said on Tuesday that the roads would reopen.\n\nThe Red Cross said 300 "
     "families were still without shelter.", "300"),
    # a new paragraph, even with no source of its own
    ("INEC said on Tuesday that voting ended peacefully.\n\nOlatunji polled 49.1% of the "
     "vote.", "49.1%"),
    # another source in the next sentence
    ("The governor said on Tuesday that the roads would reopen. The Red Cross said 300 "
     "families were still without shelter.", "300"),
    # a description the story's name was linked to may be someone else ("the mayor" of
    # another town)
    ("Eastfield Mayor Anna Roth said on Wednesday that the main road was flooded.\nIn "
     "nearby Westbury, the mayor said 200 people had been moved to a school.", "200"),
    # a time in the figure's own sentence, even one that does not count, is its own
    ("INEC said on Tuesday that voting ended peacefully. It added that 120 polling units "
     "had been open since March.", "120"),
])
def test_figure_keeps_the_publication_day_outside_the_report(tmp_path, nlp, text, figure):
    assert _as_of(tmp_path, text)[figure] == ("2024-05-16", "published")
