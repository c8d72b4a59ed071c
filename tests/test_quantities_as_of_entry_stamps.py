"""A live blog's timeline entries ("22:40 CET — … We'll be back early on Tuesday.") under
a day heading ("Monday 23 November"): the entry's day is its heading's, not a day its text
tells of, and a figure in the entry's first sentence takes the entry's time, not its stamp
read as a time of the publication day (the flood trial dated Monday's 37 dead and 18,000
displaced to Tuesday, and they clashed with Tuesday's 52 and 22,000)."""

from __future__ import annotations

from test_quantities_as_of_entries import _days, _record

ENTRIES = """\
The Harbour Post — Live

Varn floods live: toll rises as river stays high

Last updated: 14 May 2024, 11:20 CEST

Tuesday 14 May

11:20 CEST — The regional governor says 31 people have died. More from Varn shortly.

09:05 CEST — The Red Cross says 4,000 people have now been displaced, up from 2,500 yesterday.

Monday 13 May

22:30 CEST — The death toll stands at 19, according to the health ministry. \
We'll be back early on Tuesday.

16:10 CEST — The Red Cross estimates 2,500 people have been forced from their homes.

15:00 CEST — The governor says 12 people have died. Army boats are operating in the valley.
"""


def test_as_of_entry_day_is_its_headings_not_its_texts(tmp_path, nlp):  # noqa: ANN001
    days = {text: day for text, (day, _, _) in _days(_record(tmp_path, ENTRIES)).items()}
    assert days["31"] == "2024-05-14"
    assert days["4,000"] == "2024-05-14"
    assert days["19"] == "2024-05-13"  # not Tuesday: "back early on Tuesday" is a plan
    assert days["2,500"] == "2024-05-13"  # its stamp "16:10 CEST" is Monday's
    assert days["12"] == "2024-05-13"
