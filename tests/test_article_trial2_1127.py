"""Article layout: what a stranger's second end-to-end trial (2026-11-27) found wrong in a
broadcast transcript, a regional copy, a wire update and an archive capture. Each is pinned
on a short text of its own (none of the trial's sentences)."""

from __future__ import annotations

from tests.test_article import sound_layout

TURNS = (
    "HOST: Ferry crossings on the lake were cancelled for a second day as storms moved in. "
    "Our reporter Lena Strom is at the harbour.",
    "LENA STROM: The operator says all six boats will stay in port until Thursday at least.",
    "HOST: And the passengers?",
    "LENA STROM: Most of them have been put up in hotels in town, the operator said.",
)


def _transcript(*head: str) -> str:
    return "\n\n".join([*head, *TURNS])


def test_layout_speaker_label_is_never_dateline() -> None:
    layout = sound_layout(_transcript("Lakeside Radio Noon News, transcript, Tuesday 3 March 2026"))
    assert layout.metadata.dateline is None


def test_layout_programme_line_day_dates_transcript() -> None:
    layout = sound_layout(_transcript("Lakeside Radio Noon News, transcript, Tuesday 3 March 2026"))
    assert layout.metadata.published == "2026-03-03T00:00:00+00:00"


def test_layout_day_first_air_line_gives_time() -> None:
    layout = sound_layout(_transcript("Ferry crossings cancelled again",
                                      "Aired Tuesday 3 March 2026, 12:00 CET"))
    assert layout.metadata.published == "2026-03-03T11:00:00+00:00"
    assert layout.metadata.headline == "Ferry crossings cancelled again"


def test_layout_air_line_and_transcript_label_are_no_headline_nor_byline() -> None:
    text = _transcript("Lakeside Radio Noon News", "Aired Tuesday 3 March 2026, 12:00 CET",
                       "ROUGH TRANSCRIPT")
    layout = sound_layout(text)
    assert layout.metadata.headline is None or not layout.metadata.headline.startswith("Aired")
    assert not layout.metadata.byline
    assert layout.metadata.published == "2026-03-03T11:00:00+00:00"
    first_turn = next(r for r in layout.regions if text[r.start:r.end].startswith("HOST:"))
    assert first_turn.kind == "body"


def test_layout_unknown_masthead_over_desk_credit_names_outlet() -> None:
    # a paper the outlet table lacks, over its headline, a desk's credit and the stamp
    text = "\n\n".join([
        "The Eastfield Herald", "Storm closes ferry crossings on the lake", "Staff and agencies",
        "Tuesday 3 March 2026 09:15 GMT",
        "Ferry crossings on the lake were cancelled for a second day on Tuesday, the operator "
        "said, as storms moved across the region.",
        "\"All six boats will stay in port until Thursday,\" said Ann Berg, a spokeswoman."])
    layout = sound_layout(text)
    assert layout.metadata.outlet == "The Eastfield Herald"
    assert layout.metadata.headline == "Storm closes ferry crossings on the lake"


def test_layout_wire_update_notes_furniture_correction_stays_story() -> None:
    # a guard (round 29 already reads these): "UPDATE 2-" off the headline, the wire's
    # "(Adds …)" note furniture, a correction stating what was wrong the story's
    correction = ("Correction: An earlier version of this story misspelled the name of the "
                  "harbour master.")
    text = "\n\n".join([
        "UPDATE 2-Lake ferries stay in port for third day", "By Lena Strom",
        "EASTFIELD, March 3 (Reuters) - Ferry crossings on the lake were cancelled for a third "
        "day on Tuesday, the operator said, as storms moved across the region.",
        "\"All six boats will stay in port until Thursday,\" said Ann Berg, a spokeswoman.",
        "(Adds operator's comment, paragraphs 1-2)", correction])
    layout = sound_layout(text)
    assert layout.metadata.headline == "Lake ferries stay in port for third day"
    kinds = {text[r.start:r.end]: r.kind for r in layout.regions}
    assert kinds["(Adds operator's comment, paragraphs 1-2)"] != "body"
    assert kinds[correction] == "body"
