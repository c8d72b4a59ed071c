"""Twenty short articles written here in other house styles (wire, UK and US papers,
broadcasters, Gulf and African outlets, UN and NGO updates, a live blog): every attribution
a reader expects of them, and the lines that must give none (headlines, related links,
newsletter prompts, "who asked not to be named", "was expected"). One test per expectation;
the ones still wrong are strict xfails that say why."""

from __future__ import annotations

from functools import cache

import pytest

from according.records import Record
from attribution_style_cases import EXPECTED, article_text, check_article

# expectations still wrong, by article and the words they are found at: why
STILL_WRONG: dict[tuple[str, str], str] = {
    ("cdc-measles", "no attribution at 'had issued a similar'"):
        "'issue' + object: PolNeAR train marks it a cue 60% of the time; telling a warning "
        "from a permit needs word meaning the small pipeline lacks",
    ("kenya-highway", "no attribution at 'had issued a notice'"):
        "'issue' + object: as above ('notice' is a cue object 2 times in 7 in train)",
    ("us-court", "no attribution at 'had issued a gag'"):
        "'issue' + object: as above",
    ("football-fa", "no attribution at 'was expected to reach'"):
        "'is expected to' + verb is a sourceless cue 63 times in 78 in PolNeAR train; "
        "dropping it would cost dev points",
    ("qatar-talks", "no attribution at 'was expected to be announced'"):
        "'is expected to' + verb: as above",
    ("uk-school-closure", "no attribution at 'Parents say they were given'"):
        "the layout (issue 9, article/) reads the standfirst as body, so it is attributed",
}


@cache
def _record(name: str) -> Record:
    from according.extract import extract_text

    return extract_text(article_text(name))


def _cases() -> list[pytest.param]:
    cases = []
    for name, spec in sorted(EXPECTED.items()):
        keys = [e["at"] for e in spec["expect"]] + [f"entity {e['name']!r}"
                                                    for e in spec.get("entities", [])]
        keys += [f"no attribution at {e['at']!r}" for e in spec.get("absent", [])]
        for i, key in enumerate(keys):
            why = STILL_WRONG.get((name, key))
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            cases.append(pytest.param(name, i, id=f"{name}-{i}", marks=marks))
    return cases


@pytest.mark.parametrize(("name", "index"), _cases())
def test_attribution_style_article_expectation(name: str, index: int) -> None:
    record = _record(name)
    for a in record.attributions:
        for span in (a.source.span, a.cue, *a.content):
            if span is not None:
                assert record.text[span.start:span.end] == span.text
    outcome = check_article(name, record)[index]
    assert outcome.status == "right", f"{outcome.what} [{' '.join(outcome.classes)}]: " \
                                      f"{outcome.status} {outcome.why}"
