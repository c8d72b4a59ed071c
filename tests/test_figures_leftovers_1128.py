"""Figure-reading leftovers of the rules review and stranger trial 6 (2026-11-28):

- a value given before the report in words, with no "from" ("The ministry had earlier put
  the toll at 12", "an earlier toll of 12", "a previously reported 210") is a previous
  value: it took the publication day and clashed with the same day's new toll;
- "rose from 2,000 in 2024 to 5,000 in 2025" was read as a range "2024 to 5,000" (3,512):
  a year after "in" is a time, never a range's first end;
- a dateline joined what a figure counts ("Dorvania - Unemployment"), and the capital after
  its dash made a name of the story's first figure ("Lusavia - Between 20 and 30");
- a figure set against the one before it leaves out what it counts ("won 412,308 votes
  against 398,771 for Okafor-Bello", "49.1% of the vote and Okafor-Bello 47.8%");
- turnout is what a share of voters measures, also as "it" and "the estimate of turnout";
  "while Yiaga Africa put it at 38.9% on the same day" dates the sentence's other figure;
- a person's name the text gives as one ("who gave only her first name, Kemi") places
  nothing (merge rules 27);
- "the two leading candidates" picks from a known set and counts nothing; "had given first
  aid to 85 people" counts people given first aid; "a sample of 500 polling units" names
  no poll.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import according
from according.ledger import open_ledger
from according.ledger.figures import named_as_person
from ledger_records import article

HEAD = "Lusavia Courier\nNews\nPublished 9:00 a.m. Wednesday, March 11, 2026\n\n"


def _figures(body: str) -> list:
    return list(according.extract(HEAD + "TARSO, Lusavia - " + body).quantities)


def _figure(body: str, text: str):  # noqa: ANN202
    found = [q for q in _figures(body) if q.span.text.endswith(text)]
    assert found, [q.span.text for q in _figures(body)]
    return found[0]


# --- previous values in words ---------------------------------------------------------

@pytest.mark.parametrize(("body", "figure"), [
    ("Nine people died in the collapse, police said. Police had earlier put the toll at 6.",
     "6"),
    ("Nine people died, police said. Police had previously reported 6 deaths.", "6"),
    ("Officials initially said 6 people had died. The toll is now nine.", "6"),
    ("Nine people died, up on an earlier toll of 6, police said.", "6"),
    ("Police said 340 pupils had flu, compared with a previously reported 210.", "210"),
    ("The ministry had said earlier that 6 people had died.", "6"),
])
def test_a_value_given_earlier_in_words_is_previous(body, figure):  # noqa: ANN001
    q = _figure(body, figure)
    assert q.previous and q.as_of is None


@pytest.mark.parametrize(("body", "figure"), [
    ("The virus, first reported in Tarso, has infected 8,000 people.", "8,000"),
    ("Previously reported cases rose to 400 on Monday.", "400"),
    ("Police had earlier said the toll would rise, but now 15 are dead.", "15"),
    ("Police said 12 people died on Tuesday.", "12"),
])
def test_a_new_value_is_not_previous(body, figure):  # noqa: ANN001
    assert not _figure(body, figure).previous


def _ingest(tmp_path: Path, **texts: str):  # noqa: ANN202
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text)
        paths.append(path)
    ledger = open_ledger(tmp_path / "l.duckdb")
    summary = ledger.ingest(paths)
    assert (summary.added, summary.failed) == (len(paths), 0)
    return ledger


def test_a_toll_given_earlier_is_no_disagreement(tmp_path):
    """The same day's 9 and the 6 police had given before are no clash, in the story or
    with another outlet's 9."""
    first = (HEAD + "TARSO, Lusavia - At least nine people died when a bridge collapsed in "
             "Tarso, police said on Wednesday. Police had earlier put the toll at 6.\n")
    second = ("Tarso Evening Post\nBridge toll rises\nPublished 6:00 p.m. Wednesday, March 11, "
              "2026\n\nTARSO, Lusavia - Nine people died in the bridge collapse in Tarso, "
              "police said on Wednesday.\n")
    with _ingest(tmp_path, courier=first, post=second) as ledger:
        assert ledger.disagreements(limit=50).total == 0


# --- a change with the years between its values ----------------------------------------

def test_a_change_with_years_between_is_two_figures_each_of_its_year():
    qs = _figures("The number of asylum claims rose from 1,800 in 2023 to 4,100 in 2024, "
                  "the interior ministry said.")
    assert [(q.span.text, q.value) for q in qs] == [("1,800", 1800), ("4,100", 4100)]
    assert (qs[0].as_of, qs[0].previous) == ("2023", True)
    assert (qs[1].as_of, qs[1].previous) == ("2024", False)


def test_two_years_stay_no_figure():
    assert _figures("Spending rose between 2003 and 2012.") == []


# --- a dateline is never counted, nor a name -------------------------------------------

def test_a_range_opening_the_story_after_its_dateline_is_read():
    """"TARSO, Lusavia - Between 20 and 30": the capital after the dateline's dash opens
    the story (the tagger's name "Lusavia - Between 20" held the figure: none was read)."""
    assert [(q.value, q.low, q.high) for q in _figures(
        "Between 20 and 30 people were hurt in 2024.")] == [(25, 20, 30)]


def test_a_dateline_is_not_part_of_what_is_counted():
    q = _figure("Inflation stood at 6.1% in February, the central bank said.", "6.1%")
    assert q.counted == "Inflation"


# --- a figure set against another leaves out what it counts ----------------------------

@pytest.mark.parametrize(("body", "figure", "counted", "unit"), [
    ("Varga won 412,308 votes against 398,771 for Ilse Brandt-Kovac.", "398,771", "votes",
     "vote"),
    ("He says Varga polled 412,308 votes to Brandt-Kovac's 398,771.", "398,771", "votes",
     "vote"),
    ("The governor polled 412,308 votes, while Ilse Brandt-Kovac got 398,771.", "398,771",
     "votes", "vote"),
    ("Observers estimated that Varga received 49.1% of the vote and Ilse Brandt-Kovac "
     "47.8%.", "47.8%", "vote", "percent"),
    ("The index rose 5 points to 45 on Monday.", "45", None, None),
    ("Police killed 5 protesters and arrested 12.", "12", None, None),
])
def test_a_figure_set_against_another_counts_what_it_counts(body, figure, counted, unit):  # noqa: ANN001
    q = _figure(body, figure)
    assert (q.counted, q.unit) == (counted, unit)


# --- turnout and "on the same day" -----------------------------------------------------

TURNOUT = ("The commission stood by its own figure on Tuesday. The commission put turnout at "
           "41.2%, a spokesperson said, while observers put it at 38.9% on the same day.")


def test_turnout_is_counted_and_the_same_day_dates_the_sentence():
    qs = _figures(TURNOUT + " Their director said the group's estimate of turnout was 39%.")
    assert [(q.span.text, q.counted, q.as_of) for q in qs] == [
        ("41.2%", "turnout", "2026-03-10"), ("38.9%", "turnout", "2026-03-10"),
        ("39%", "turnout", "2026-03-11")]


def test_two_turnouts_of_the_same_day_disagree(tmp_path):
    with _ingest(tmp_path, courier=HEAD + "ABUJA - " + TURNOUT + "\n") as ledger:
        (row,) = ledger.disagreements(limit=50).items
    assert {row.first.text, row.second.text} == {"41.2%", "38.9%"}
    assert row.first.day == row.second.day == "2026-03-10"


# --- a person's name is no place -------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("A trader, who gave only her first name, Kemi, said", "Kemi", True),
    ("a resident identified only as Ayo said", "Ayo", True),
    ("a woman who gave her name as Tunde said", "Tunde", True),
    ("The market in Idoro was shut", "Idoro", False),
    ("a village called Moraz was cut off", "Moraz", False),
])
def test_a_name_given_as_a_persons_is_named_as_person(text, name, expected):  # noqa: ANN001
    assert named_as_person(text, text.index(name)) is expected


TRADER = ("Clashes in Ode left three people dead, police said. A trader at the Oja market, who "
          "gave only her first name, Kemi, said she had seen five bodies on the road.")


def _trader_records() -> list:
    return [article(TRADER, outlet="Chronicle", published="2026-11-15T08:00:00+00:00",
                    entities=(("Kemi", "place", None),),
                    quantities=(("three", 3, 3, 3, None, "people dead", "people"),
                                ("five", 5, 5, 5, None, "bodies", "body")))]


def test_a_persons_first_name_places_no_figure(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_trader_records())
        places = {p for (p,) in ledger.con.execute("SELECT place FROM quantities").fetchall()}
    assert "kemi" not in places


def test_ledger_merged_by_rules_28_places_no_figure_in_a_persons_name(tmp_path, monkeypatch):
    """merge-rules/28 -> 29: a ledger that placed a story's figures in a trader's first
    name is brought, without a rebuild, to what one clean ingest gives today."""
    from according.ledger import derive
    from ledger_records import assert_migrated_in_place

    found: list = []
    assert_migrated_in_place(
        tmp_path, monkeypatch, _trader_records(),
        [(derive, "named_as_person", lambda *a: False)], "merge-rules/28",
        lambda ledger: found.append((ledger.disagreements(limit=50).total, {
            p for (p,) in ledger.con.execute("SELECT place FROM quantities").fetchall()})))
    assert "kemi" not in found[0][1]


# --- noise figures ---------------------------------------------------------------------

def test_the_two_leading_candidates_count_nothing():
    assert _figures("Supporters of the two leading candidates clashed on Sunday.") == []
    assert [q.value for q in _figures("Two leading candidates withdrew on Sunday.")] == [2]


def test_first_aid_given_to_people_counts_people_given_first_aid():
    q = _figure("The Red Cross said its volunteers had given first aid to 85 people.", "85")
    assert (q.counted, q.unit) == ("people given first aid", "people")


def test_an_elections_polling_units_name_no_poll():
    """A share in a sentence naming polling units is the vote's, not a poll's share of the
    name before it."""
    q = _figure("Observers sent to a sample of 500 polling units estimated that Governor "
                "Ivo Varga received 49.1% of the vote.", "49.1%")
    assert q.counted == "vote"


def test_a_poll_share_of_a_hyphenated_name_counts_the_whole_name():
    q = _figure("A poll by the Tarso Institute put Ilse Brandt-Kovac at 34%.", "34%")
    assert q.counted == "Ilse Brandt-Kovac"


def test_a_lead_verbs_pair_of_shares_is_its_subjects_and_objects():
    """"Varga is leading Kovac 47.1 percent to 41.7 percent": the first share was Kovac's
    (the name right before it), and a share set against it must not take that name."""
    qs = _figures("The poll showed that as of Friday, Varga is leading Kovac 47.1 percent to "
                  "41.7 percent.")
    assert [(q.span.text, q.counted) for q in qs] == [("47.1 percent", "Varga"),
                                                       ("41.7 percent", "Kovac")]
