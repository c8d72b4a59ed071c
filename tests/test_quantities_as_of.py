"""The day a figure is about: a time of its own clause, else the one its attribution's
clause gives, else the publication day; never a time bounding a span or telling of
something else."""

from __future__ import annotations

import json

import pytest

from according.extract import extract_inputs
from according.read import read_inputs

PUBLISHED = "2024-05-16T10:00:00Z"  # a Thursday
# a stated headline, so that the one-sentence text is the body (no attribution is read from
# a headline)
HEADLINE = "Floods and storms across the region"


@pytest.mark.parametrize(("text", "figure", "as_of", "origin"), [
    ("As of Sunday, 35,000 people had died in Gaza, the health ministry said.", "35,000",
     "2024-05-12", "text"),
    ("On Tuesday, officials said 5 people had died in the flooding.", "5", "2024-05-14",
     "text"),
    ("Officials said on Monday that 12 workers were taken to hospital.", "12", "2024-05-13",
     "text"),
    ("Five people died on Tuesday when the bridge collapsed, police said.", "Five",
     "2024-05-14", "text"),
    # a span, not a moment: the publication day
    ("More than 35,000 people have died in Gaza since October, health officials said.",
     "More than 35,000", "2024-05-16", "published"),
    # the time tells when the quake struck, not when the toll was given
    ("At least 1,200 people were killed when an earthquake struck on Monday, the ministry "
     "said.", "At least 1,200", "2024-05-16", "published"),
    ("The mayor said 40 families had been moved. On Monday the river rose again.", "40",
     "2024-05-16", "published"),
])
def test_as_of_day_of_a_figure(tmp_path, nlp, text, figure, as_of, origin):
    path = tmp_path / "one.jsonl"
    line = {"headline": HEADLINE, "text": text, "published": PUBLISHED}
    path.write_text(json.dumps(line) + "\n", "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    found = {q.span.text: (q.as_of, q.as_of_from) for q in record.quantities}
    assert found[figure] == (as_of, origin)
    assert record.to_dict()["quantities"][0]["as_of_from"] in ("text", "published")


def test_as_of_absent_without_any_time(tmp_path, nlp):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"headline": HEADLINE,
                                     "text": "Officials said 40 families had been moved."}) + "\n",
                    "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    (q,) = record.quantities
    assert (q.as_of, q.as_of_from) == (None, None)
    assert "as_of" not in record.to_dict()["quantities"][0]  # optional: absent, not null


def test_as_of_time_of_a_noun_is_not_the_figures(tmp_path, nlp):
    text = ("About 900 people were killed in Monday's earthquake, the governor told reporters "
            "on Tuesday.")
    path = tmp_path / "one.jsonl"
    line = {"headline": HEADLINE, "text": text, "published": PUBLISHED}
    path.write_text(json.dumps(line) + "\n", "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    (q,) = record.quantities
    assert (q.as_of, q.as_of_from) == ("2024-05-14", "text")  # when the toll was given


def test_clause_head_is_the_clause_verb_or_the_sentence_root(nlp):
    from according.quantities.as_of import CLAUSE_DEPS, clause_head

    doc = nlp("Five dead in Karsa on Monday. Officials said 5 people died when it struck.")
    for token in doc:
        head = clause_head(token)
        assert head.sent == token.sent
        assert head.i == token.sent.root.i or (head.pos_ in ("VERB", "AUX")
                                                and head.dep_ in CLAUSE_DEPS)
    verbless, said = doc.sents
    assert {clause_head(t).i for t in verbless} == {verbless.root.i}
    five = next(t for t in said if t.text == "5")
    assert clause_head(five).text == "died"
