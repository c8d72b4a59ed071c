"""Attributions and sources as the eighth stranger's trial (a cholera outbreak after floods,
2026-11-28) found them wrong: a descriptor before a name ("the charity CareBridge
International, which runs …, said") gave the descriptor alone as the source, linked to the
body named before; the outlet's own reporter ("…, our reporter says") stood as an
anonymous source; a section's label ("Gaps: Funding remains …") spoke; an order ("has
ordered all schools to close"), a stance against another's figure ("rejected the charity's
figure") and latrines shared ("families share a handful of latrines") were claims; a cue
ran on into a day ("repeated on Tuesday that"); and a quotation given after a colon kept
the words naming it ("repeated her message of yesterday: “…”"). Attributions are found by
the real finder, as in the ledger; the outlet's own staff and section labels through the
whole extraction (extract_text), where they are dropped."""

from __future__ import annotations

import pytest

from according.extract import extract_text
from attribution_helpers import find_checked
from test_sources_trial_1127 import _sources as _named  # (source words, type, entity name)


def _found(nlp, text: str) -> list[tuple[str | None, str | None, list[str]]]:  # noqa: ANN001
    """(source words, cue words, content pieces) of each attribution found in `text`."""
    return [(r.source.text if r.source else None, r.cue.text if r.cue else None,
             [c.text for c in r.content]) for r in find_checked(nlp, text)]


@pytest.mark.parametrize(("text", "source", "name"), [
    ("Officials in Karsa said 14 people had died. But the charity CareBridge International, "
     "which runs a treatment centre in the camp, said 21 people had died.",
     "the charity CareBridge International", "CareBridge International"),
    ("The army said the town was calm. The rights group Vigil Watch, which has staff in the "
     "town, said 30 people had been detained.",
     "The rights group Vigil Watch", "Vigil Watch"),
])
def test_sources_descriptor_before_a_name_is_the_named_body(nlp, text: str, source: str,  # noqa: ANN001
                                                            name: str) -> None:
    words, kind, entity = _named(nlp, text)[-1]
    assert words.startswith(source) and (kind, entity) == ("organization", name), words


def test_sources_descriptor_before_a_day_stays_the_descriptor(nlp) -> None:  # noqa: ANN001
    text = "Vigil Watch said 30 people were held. The group Tuesday said it would appeal."
    named = _named(nlp, text)
    assert named[-1][0] == "The group", named


def _extracted(text: str) -> list[tuple[str | None, str, list[str]]]:
    """(source words, cue words, content pieces) of each attribution extract_text keeps."""
    record = extract_text(text)
    out = []
    for a in record.attributions:
        span = a.source.span if a.source is not None else None
        assert span is None or text[span.start:span.end] == span.text
        out.append((span.text if span else None, a.cue.text, [c.text for c in a.content]))
    return out


def test_attribution_the_outlets_own_reporter_is_no_source() -> None:
    text = ("Live: floods in the delta\n\n"
            "The health ministry said on Tuesday that 14 people had died.\n\n"
            "Water trucks are queuing at the camp gate this morning, our reporter says.\n\n"
            "Our correspondent in Karsa says the main road north is still under water.\n")
    found = _extracted(text)
    assert [s for s, _, _ in found] == ["The health ministry"], found


def test_attribution_a_section_label_is_no_speaker() -> None:
    text = ("FLOODS: Situation report No. 3\n\n"
            "Gaps: Funding remains the main constraint. The appeal is 18 per cent funded.\n\n"
            "Outlook: Rain is forecast to continue for another three days in the hills.\n\n"
            "Residents: \"We have had no clean water since the river burst its banks.\"\n")
    found = _extracted(text)
    sources = [s for s, _, _ in found]
    assert "Gaps" not in sources and "Outlook" not in sources, found
    assert "Residents" in sources, found


@pytest.mark.parametrize(("text", "word"), [
    # an order to someone to act is an act of authority
    ("Regional governor Ilse Varga has ordered all schools in Karsa district to close until "
     "further notice.", "Varga"),
    ("The interior minister ordered police to clear the square by midnight.", "minister"),
    # a stance against another's figure names the figure, claims nothing
    ("Ministry spokeswoman Anika Roshel rejected the charity's figure.", "Roshel"),
    ("The army disputed the monitor's tally.", "army"),
    # sharing counted things is no sharing of news
    ("At the camp, where the outbreak began, families share a handful of latrines.",
     "families"),
    ("In the old town, six households share two taps.", "households"),
])
def test_attribution_orders_stances_and_sharing_are_no_claims(nlp, text: str,  # noqa: ANN001
                                                              word: str) -> None:
    found = _found(nlp, text)
    assert not any(s is not None and word in s for s, _, _ in found), found


@pytest.mark.parametrize(("text", "source", "content"), [
    # with a clause of its own each still reports
    ("The governor ordered that the market close at noon.", "The governor",
     "that the market close at noon"),
    ("The mayor shared his fears about the water supply with reporters.", "The mayor",
     "his fears about the water supply"),
    # a figure dismissed as something is characterized: that is reported
    ("The Front's political office dismissed the army's account as \"a lie to cover a "
     "massacre\".", "The Front's political office", "a lie to cover a massacre"),
])
def test_attribution_orders_sharing_and_stances_with_more_still_report(
        nlp, text: str, source: str, content: str) -> None:  # noqa: ANN001
    found = _found(nlp, text)
    assert any(s == source and any(content in c for c in cs) for s, _, cs in found), found


@pytest.mark.parametrize(("text", "cue"), [
    ("Ministry spokeswoman Anika Roshel repeated on Tuesday that the outbreak was contained.",
     "repeated"),
    ("The mayor insisted on Monday that the water was safe to drink.", "insisted"),
])
def test_attribution_cue_stops_before_a_day(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    found = _found(nlp, text)
    assert [c for _, c, _ in found] == [cue], found


def test_attribution_quotation_after_a_colon_is_the_content(nlp) -> None:  # noqa: ANN001
    text = ("Spokeswoman Anika Roshel, speaking at the morning briefing, repeated her message "
            "of yesterday: \"The situation is under control, but we need clean water now.\"")
    found = _found(nlp, text)
    assert found[0][2] == ["\"The situation is under control, but we need clean water now.\""], \
        found
