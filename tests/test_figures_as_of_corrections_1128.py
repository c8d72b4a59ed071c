"""Issue 11, figures "as of" (2026-11-28): what the as-of stage still got wrong.

- a correction inside a sentence ("11 schools were destroyed, not 14 as first reported",
  "the toll is 11, not 14", "not 14 but 11") left the corrected-away number a figure of
  the day: it is `previous` with no day now, so the ledger never compares it;
- "the toll had risen to 43 overnight" in a Thursday report took Wednesday (the night's
  date): a toll reached overnight stands on the morning after (stranger trial 7);
- the paragraph right after a story's lead gives the lead's news ("Adebayo Olatunji was
  on Monday declared winner …" then "The governor … polled 412,308 votes"), so a figure
  there whose sentence names no time takes the lead's day, not the next day's
  publication day (stranger trial 6).
Short articles written for these tests, through the real pipeline.
"""

from __future__ import annotations

import pytest

import according
from according.ledger import open_ledger

HEAD = "Lusavia Courier\nNews\nPublished 9:00 a.m. Thursday, March 12, 2026\n\n"


def _figures(body: str) -> list:
    record = according.extract(HEAD + body)
    for q in record.quantities:
        assert record.text[q.span.start:q.span.end] == q.span.text
    return list(record.quantities)


def _figure(body: str, text: str):  # noqa: ANN202
    found = [q for q in _figures(body) if q.span.text == text]
    assert found, [q.span.text for q in _figures(body)]
    return found[0]


# --- a correction inside a sentence -----------------------------------------------------

@pytest.mark.parametrize(("body", "retracted", "kept"), [
    ("Floods destroyed 11 schools, not 14 as first reported, the education ministry said.",
     "14", "11"),
    ("The death toll is 11, not 14, police said.", "14", "11"),
    ("The toll was not 14 but 11, police said on Monday.", "14", "11"),
    ("Police said 11 people died, rather than the 14 first reported.", "14", "11"),
    ("The blast killed 11 civilians, not 14 civilians as first reported, police said.",
     "14", "11"),
    ("The ministry said 11 schools were destroyed (not 14).", "14", "11"),
])
def test_a_figure_a_correction_takes_back_is_previous_with_no_day(body, retracted, kept):  # noqa: ANN001
    gone, now = _figure(body, retracted), _figure(body, kept)
    assert gone.previous and gone.as_of is None and gone.as_of_from is None
    assert not now.previous and now.as_of is not None


@pytest.mark.parametrize(("body", "text"), [
    ("Police said 11 people died and not more than 14 were hurt.", "not more than 14"),
    ("Not 14 people came to the meeting, organisers said.", "14"),
    ("The ministry said 11 schools were destroyed. Not 14 were rebuilt.", "14"),
])
def test_a_not_that_corrects_nothing_leaves_the_figure(body, text):  # noqa: ANN001
    assert not _figure(body, text).previous


CORRECTED = HEAD + ("TARSO, Lusavia - Police said on Wednesday that 11 civilians were killed in "
                    "the blast, not 14 civilians killed as first reported.\n")
AGREEING = ("Tarso Herald\nNews\nPublished 10:00 a.m. Thursday, March 12, 2026\n\n"
            "TARSO - The blast on Wednesday killed 11 civilians, a hospital official said "
            "on Wednesday.\n")


def test_a_retracted_figure_is_compared_with_none(tmp_path):
    """Two reports that both give 11 dead agree; the story's own retracted 14 made its
    bounds 14..11, which another report's 11 'clashed' with."""
    paths = []
    for name, text in {"corrected.txt": CORRECTED, "agreeing.txt": AGREEING}.items():
        (path := tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(path)
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest(paths)
        found = [(d.first.text, d.second.text) for d in ledger.disagreements(limit=20).items]
    assert found == []


# --- a toll reached overnight -----------------------------------------------------------

def test_a_toll_reached_overnight_stands_the_morning_after():
    body = ("The health ministry said the toll had risen to 43 overnight after two of the "
            "wounded died.")
    assert _figure(body, "43").as_of == "2026-03-12"


def test_last_night_keeps_its_own_day():
    assert _figure("Police said 4 people were arrested last night.", "4").as_of == "2026-03-11"


# --- the paragraph after the lead -------------------------------------------------------

LEAD = ("Idoro Star\nOlatunji wins second term\nBy Star Reporter\nTuesday, November 17, 2026\n\n"
        "Adebayo Olatunji was on Monday declared winner of the Kabanu governorship election "
        "by the electoral commission.\n\n"
        "The governor polled 412,308 votes, while his rival got 398,771, returning officer "
        "Musa Garba announced.\n\n"
        "Garba said voting was cancelled at 57 polling units.\n")


def test_the_paragraph_after_the_lead_takes_the_leads_day():
    record = according.extract(LEAD)
    by_text = {q.span.text: q for q in record.quantities}
    assert by_text["412,308"].as_of == "2026-11-16"
    assert by_text["412,308"].as_of_from == "text"
    assert by_text["398,771"].as_of == "2026-11-16"
    # a later paragraph tells news of its own: the publication day, as before
    assert (by_text["57"].as_of, by_text["57"].as_of_from) == ("2026-11-17", "published")


def test_a_time_in_the_second_paragraph_is_its_own():
    text = LEAD.replace("The governor polled 412,308 votes", "On Sunday the governor polled "
                        "412,308 votes")
    by_text = {q.span.text: q for q in according.extract(text).quantities}
    assert by_text["412,308"].as_of == "2026-11-15"


SAMPLE = ("Sahel Standard\nObservers say result too close to call\nBy Halima Yusuf\n"
          "Published 9:15 a.m. Wednesday, November 18, 2026\n\n"
          "An independent observer group said on Tuesday that its own sample count could not "
          "confirm who won the governorship election.\n\n"
          "Yiaga Africa, which deployed observers to polling units, estimated that the "
          "governor received 49.1% of the vote.\n")


def test_a_lead_source_named_in_the_next_paragraph_gives_its_day():
    by_text = {q.span.text: q for q in according.extract(SAMPLE).quantities}
    assert by_text["49.1%"].as_of == "2026-11-17"


@pytest.mark.parametrize("second", [
    "The Red Cross said 300 families were still without shelter.",  # another source
    "In nearby Westbury, the council said 300 families were still without shelter.",
])
def test_a_second_paragraph_of_other_news_keeps_the_publication_day(second):  # noqa: ANN001
    text = SAMPLE.replace(SAMPLE[SAMPLE.index("Yiaga"):], second + "\n")
    by_text = {q.span.text: q for q in according.extract(text).quantities}
    assert (by_text["300"].as_of, by_text["300"].as_of_from) == ("2026-11-18", "published")
