"""Attributions and sources as the fifth stranger's trial (a budget vote and its polls,
2026-11-27) found them wrong: a figure estimated by a body ("put growth at 2.1%") left
unattributed, figures and denials read as speakers, a quotation signed under a fact-check's
CLAIM label left unsigned, a whole sentence taken for the source of a trailing "X said",
block labels ("RESULT:") and the outlet's own correspondent read as people, a pollster's
short name made a person, a byline's reporter made an organization. Attributions are found
by the real finder, as in the ledger."""

from __future__ import annotations

import pytest

from according.entities.find import find_entities
from attribution_helpers import find_checked
from test_sources_trial_1127 import _sources  # (source words, type, entity name)


def _attributions(nlp, text: str) -> list[tuple[str | None, list[str]]]:  # noqa: ANN001
    """(source words, content pieces) of each attribution found in `text`."""
    return [(r.source.text if r.source else None, [c.text for c in r.content])
            for r in find_checked(nlp, text)]


@pytest.mark.parametrize(("text", "source", "figure"), [
    ("The International Monetary Fund estimated debt at 74% of GDP in its October review.",
     "The International Monetary Fund", "74%"),
    ("The national statistics office puts growth in 2025 at 2.1%.",
     "The national statistics office", "2.1%"),
    ("A second survey, by Halvard Polling for the Courier, put the Green League at 31%.",
     "Halvard Polling", "31%"),
    ("The central bank projects inflation at 4.2 percent next year.",
     "The central bank", "4.2 percent"),
])
def test_attribution_figure_estimated_by_a_body(nlp, text: str, source: str,  # noqa: ANN001
                                                figure: str) -> None:
    found = _attributions(nlp, text)
    assert any(s is not None and source in s and any(figure in c for c in content)
               for s, content in found), found


@pytest.mark.parametrize("text", [
    "Prime Minister Jonas Holm said debt had fallen to 65%. The figures do not support this.",
    "The budget passed on November 24 sets spending at 412 billion crowns.",
    "Debt stood at 71%, the ministry said. Neither source has shown debt at 65% since 2016.",
])
def test_attribution_figures_and_denials_are_no_source(nlp, text: str) -> None:  # noqa: ANN001
    found = _attributions(nlp, text)
    assert not any(s is not None and s.split()[-1] in ("figures", "budget", "source")
                   for s, _ in found), found


def test_attribution_trailing_source_after_a_clause_the_parser_made_a_subject(nlp) -> None:  # noqa: ANN001
    text = ("The 2027 budget caps spending at 412 billion valdors and aims to cut the deficit "
            "to 3.1 percent of GDP, Finance Minister Ana Petrova said during the debate.")
    found = _attributions(nlp, text)
    assert any(s == "Finance Minister Ana Petrova" for s, _ in found), found
    assert all(s is None or len(s.split()) < 6 for s, _ in found), found


FACT_CHECK = """Fact check: Did the mayor cut bus fares?

CLAIM: "We have cut bus fares for every family in the city this year." — Mayor Lena Brandt, \
in a radio interview on March 3, 2026.

RATING: FALSE

"Nobody will pay more for the bus while I am in office."
— Councillor Tom Reyes
"""


def test_attribution_quotation_signed_under_a_label_or_on_the_next_line(nlp) -> None:  # noqa: ANN001
    found = _attributions(nlp, FACT_CHECK)
    assert ("Mayor Lena Brandt",
            ['"We have cut bus fares for every family in the city this year."']) in found
    assert ("Councillor Tom Reyes",
            ['"Nobody will pay more for the bus while I am in office."']) in found
    assert not any(s in ("CLAIM", "RATING") for s, _ in found), found


LIVE_BLOG = """Budget night: as it happened

22:41 — RESULT: The budget is approved, 78 votes in favour, 75 against, two abstentions.

22:30 — Voting has begun. Our correspondent says three members of the coalition are still \
undecided.
"""


def test_sources_live_blog_label_and_own_correspondent(nlp) -> None:  # noqa: ANN001
    found = _sources(nlp, LIVE_BLOG)
    assert not any(words == "RESULT" for words, _, _ in found), found
    assert all(t == "anonymous" for words, t, _ in found if words == "Our correspondent"), found


def test_sources_pollster_short_form_is_the_organization(nlp) -> None:  # noqa: ANN001
    text = ("A survey by Meridian Research for the Courier put the Green League at 31% and the "
            "ruling party at 30%. Meridian questioned 1,200 adults between Nov. 20 and Nov. 23.")
    found = _sources(nlp, text)
    assert ("Meridian", "organization", "Meridian Research") in found, found


def test_sources_a_body_is_no_person(nlp) -> None:  # noqa: ANN001
    text = ("BRANO, Nov 24 (Reuters) - Norland's parliament on Tuesday approved the 2027 budget "
            "by 78 votes to 75, handing Prime Minister Jonas Holm a narrow win.")
    found = _sources(nlp, text)
    assert all(t != "person" for words, t, _ in found if "parliament" in words), found


def test_entities_byline_name_is_a_person(nlp) -> None:  # noqa: ANN001
    text = ("Harbour tax vote passes by two votes\n\nBy Marta Kowal\n\nBRANO, Nov 24 (Reuters) - "
            "Norland's parliament approved a harbour tax on Tuesday, the speaker said.\n\n"
            "(Reporting by Marta Kowal; Editing by Tom Hale)\n")
    types = [(c.name, c.type) for c in find_entities(nlp(text)) if c.name == "Marta Kowal"]
    assert types == [("Marta Kowal", "person")], types
    assert all(words != "Marta Kowal" for words, _, _ in _sources(nlp, text))


# a group noun the tagger calls a proper noun, capitalised as the story's first word
AFTER_DATELINES = ("KESSARIN, Dorvania — Police said on Tuesday that 12 people were hurt.",
                   "LONDON (Reuters) - Police said two men had been arrested after the match.",
                   "KESSARIN, Dorvania — Rebels said on Tuesday that 12 soldiers were killed.")


@pytest.mark.parametrize("text", AFTER_DATELINES)
def test_sources_capitalised_group_noun_after_a_dateline_is_a_group(nlp, text: str) -> None:  # noqa: ANN001
    found = _sources(nlp, text)
    assert found and found[0][1] == "group" and found[0][2] is None, found
