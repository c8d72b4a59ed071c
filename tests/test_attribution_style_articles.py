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
    ('cdc-measles', "no attribution at 'had issued a similar'"):
        "wrong: cue 'had issued'",
    ('football-fa', "no attribution at 'was expected to reach'"):
        "wrong: cue 'was expected'",
    ('kenya-highway', "no attribution at 'had issued a notice'"):
        "wrong: cue 'had issued a notice on'",
    ('qatar-talks', "no attribution at 'was expected to be announced'"):
        "wrong: cue 'was expected'",
    ('uk-school-closure', 'saying leadership'):
        'wrong: type person',
    ('uk-school-closure', "no attribution at 'Parents say they were given'"):
        "wrong: cue 'say'",
    ('us-court', "no attribution at 'had issued a gag'"):
        "wrong: cue 'had issued'",
    ('us-wildfire', 'Cal Fire said'):
        'wrong: type person',
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
