"""A figure's as-of day in a live blog (the day of the entry heading or stamp it sits
under, not the publication day) and of a previous value ("up from 27", "raised its toll to
31, from 27": the day named for it, else none, never the publication day), through the
real pipeline on short articles written for this (issue 11)."""

from __future__ import annotations

from according.extract import extract_inputs
from according.ledger import open_ledger
from according.read import read_inputs

LIVE_BLOG = """\
Kessarin floods: death toll rises as rescuers reach cut-off villages – live

By Maya Olsen

Thu 16 May 2024 10.05 BST

Thursday 16 May

The civil defence agency said 23 people had died and 2,000 homes were under water.

Updated 09:12 BST Thursday

Rescue teams said 41 people had been pulled from flooded cars.

Wednesday 15 May

The ministry said 19 people had died, and 40 were in hospital.

Tuesday 14 May

The regional health ministry said 12 people had died after the river burst its banks.

Rescuers said about 300 families had been moved to schools on higher ground.
"""

# headings with no date: a weekday, "Key events: …", "…'s developments", a bare time
LIVE_BLOG_WEEKDAYS = """\
Kessarin floods live: toll rises as rescuers reach cut-off villages

By Maya Olsen

Thu 16 May 2024 10.05 BST

Thursday

09:40 BST

The civil defence agency said 23 people had died.

Key events: Wednesday

The ministry said 19 people had died.

Wednesday's developments

Officials said 40 people were in hospital.

Tuesday

The regional health ministry said 12 people had died after the river burst its banks.
"""

STORY_WITH_A_DATE_LINE = """\
Kessarin clean-up begins as river falls

By Maya Olsen

Thu 16 May 2024 10.05 BST

The regional health ministry said 31 people had died in the floods.

Tuesday 14 May

That was the day the river burst its banks. Officials said 4,500 people were displaced.
"""

FOLLOW_UP = """\
Kessarin flood toll rises to 31 as rescuers search villages

By Maya Olsen

Thursday 16 May 2024 10:05 BST

KESSARIN — The regional health ministry raised its death toll to 31, from 27 on Monday, \
as rescuers reached villages cut off by the floods.

The civil defence agency said 4,500 people had been displaced, up from 3,200.

The governor's office revised down the number of missing from 40 to 22 after several \
people were found alive.

A hospital official said 60 people were being treated, raising its count from 45.

Police said 200 people from 3 villages were moved to schools.

The governor said water rations will rise to 20 litres a day, from 15 litres.
"""


def _record(tmp_path, text: str, name: str = "story.txt"):  # noqa: ANN202
    path = tmp_path / name
    path.write_text(text, "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    return record


def _days(record) -> dict[str, tuple]:  # noqa: ANN001
    # getattr: the heading and the previous mark are optional fields added by issue 11
    return {q.span.text: (q.as_of, q.as_of_from, getattr(
        getattr(q, "as_of_heading", None), "span", None) and q.as_of_heading.span.text)
            for q in record.quantities}


def test_as_of_live_blog_figures_take_their_entry_day(tmp_path, nlp):
    record = _record(tmp_path, LIVE_BLOG)
    days = _days(record)
    assert days["23"] == ("2024-05-16", "text", "Thursday 16 May")
    assert days["41"] == ("2024-05-16", "text", "Updated 09:12 BST Thursday")
    assert days["19"] == ("2024-05-15", "text", "Wednesday 15 May")
    assert days["40"] == ("2024-05-15", "text", "Wednesday 15 May")
    assert days["12"] == ("2024-05-14", "text", "Tuesday 14 May")
    assert days["about 300"] == ("2024-05-14", "text", "Tuesday 14 May")
    (stamped,) = [q for q in record.quantities if q.span.text == "41"]
    assert stamped.as_of_heading.value == "2024-05-16T09:12"  # the entry's time too
    for q in record.quantities:  # every heading is a span of the text
        h = q.as_of_heading
        assert record.text[h.span.start:h.span.end] == h.span.text
    assert record.to_dict()["quantities"][0]["as_of_heading"]["text"] == "Thursday 16 May"
    # one date line in a story is no live blog: it heads nothing
    story = _days(_record(tmp_path, STORY_WITH_A_DATE_LINE, "story2.txt"))
    assert story["4,500"] == ("2024-05-16", "published", None)


def test_as_of_live_blog_weekday_headings_point_back(tmp_path, nlp):
    record = _record(tmp_path, LIVE_BLOG_WEEKDAYS)
    days = {k: v[:2] for k, v in _days(record).items()}
    assert days == {"23": ("2024-05-16", "text"), "19": ("2024-05-15", "text"),
                    "40": ("2024-05-15", "text"), "12": ("2024-05-14", "text")}
    # a weekday heading is a day gone, not the coming one (a schedule)
    assert {t.span.text: t.value for t in record.times} == {
        "Thursday": "2024-05-16", "Wednesday": "2024-05-15", "Tuesday": "2024-05-14"}
    (bare_time,) = [q for q in record.quantities if q.span.text == "23"]
    assert (bare_time.as_of_heading.span.text, bare_time.as_of_heading.value) == (
        "09:40 BST", "2024-05-16T09:40")


LIVE_BLOG_DAYS = """\
Dockers' strike live: talks resume as ships queue off Port Halden

By Maya Olsen

Thu 16 May 2024 18.20 BST

Day 3 of the strike

Union officials said 1,200 workers had joined the picket lines.

Day 2 of the strike

The port authority said 40 ships were waiting to dock.
"""


def test_as_of_live_blog_numbered_days_count_back(tmp_path, nlp):
    days = _days(_record(tmp_path, LIVE_BLOG_DAYS))
    assert days["1,200"] == ("2024-05-16", "text", "Day 3 of the strike")
    assert days["40"] == ("2024-05-15", "text", "Day 2 of the strike")


def test_as_of_previous_value_is_no_figure_of_the_publication_day(tmp_path, nlp):
    record = _record(tmp_path, FOLLOW_UP)
    found = {q.span.text: (q.as_of, getattr(q, "previous", False)) for q in record.quantities}
    assert found["27"] == ("2024-05-13", True)  # "from 27 on Monday"
    assert found["31"][1] is False and found["31"][0] != "2024-05-13"  # Monday is the 27's
    assert found["3,200"] == (None, True)  # "up from 3,200": before the report
    assert found["40"] == (None, True)  # "revised down … from 40 to 22"
    assert found["22"] == ("2024-05-16", False)
    assert found["45"] == (None, True)  # "raising its count from 45"
    assert found["3"] == ("2024-05-16", False)  # "200 people from 3 villages": no value replaced
    assert found["15 litres"] == ("2024-05-16", False)  # "will rise … from 15": the value now
    dumped = {q["span"]["text"]: q for q in record.to_dict()["quantities"]}
    assert dumped["45"]["previous"] is True and "as_of" not in dumped["45"]
    assert "previous" not in dumped["22"]  # optional: absent unless true


OTHER_REPORT = """\
Kessarin flood deaths reach 31

By Dana Reyes

Thursday 16 May 2024 08:30 BST

KESSARIN — The regional health ministry said on Thursday that 31 people had died in the \
floods.
"""

RAISED = """\
Kessarin toll raised as villages are reached

By Maya Olsen

Thursday 16 May 2024 10:05 BST

KESSARIN — Officials said 31 people had died in the floods, up from 27.
"""


def test_ledger_previous_value_forms_no_same_day_disagreement(tmp_path, nlp):
    records = [_record(tmp_path, OTHER_REPORT, "other.txt"), _record(tmp_path, RAISED, "up.txt")]
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(records)
        series = ledger.figures()
    # the 27 is what the toll was before, not a second toll for Thursday against the 31s
    assert not [(d.first.text, d.second.text) for s in series for d in s.disagreements]
    figures = {f.text: f for s in series for f in s.figures}
    assert figures["27"].day is None  # no day of its own: compared with none
    (old,) = [q for q in records[1].quantities if q.span.text == "27"]
    assert old.as_of is None and getattr(old, "previous", False)


def test_ledger_merged_by_rules_13_is_brought_current_in_place(tmp_path, monkeypatch):
    """merge-rules/13 -> 14 (a previous value has no day of its own): records stored
    before carry no `previous` mark, so the step derives nothing again and never rebuilds."""
    from dataclasses import replace

    from according.ledger import rebuild
    from ledger_records import article, merge_signature

    record = article("Officials said 31 people had died, up from 27.",
                     published="2024-05-16T09:05:00+00:00", path="up.txt",
                     quantities=(("31", 31, 31, 31, None, "people had died", "people"),
                                 ("27", 27, 27, 27, None, "people had died", "people")))
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([record])
        expected = merge_signature(ledger)
        ledger.con.execute("UPDATE ledger_meta SET value = ? WHERE key = 'merges'",
                           [rebuild._rules_version("merge-rules/13")])
    called: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: called.append(a))
    with open_ledger(path) as ledger:
        assert not ledger.merges_current()
        ledger.figures()
        assert ledger.merges_current() and merge_signature(ledger) == expected
        # a record extracted today marks its 27 as previous: no day, no clash
        marked = replace(record, text=record.text + " ", quantities=tuple(
            replace(q, previous=q.span.text == "27") for q in record.quantities))
        ledger.add_records([marked])
        days = {(f.article_id, f.text): f.day for s in ledger.figures() for f in s.figures}
    assert called == []
    assert days[(marked.id, "27")] is None and days[(record.id, "27")] == "2024-05-16"
