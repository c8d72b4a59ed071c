"""The learned cue classifier: the shipped weights on small hand-made sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from according.attribution.cue_model import (
    MODEL_PATH,
    cue_features,
    cue_probability,
    load_cue_model,
)


def _token(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def test_cue_model_shipped_weights_are_small_and_load() -> None:
    model = load_cue_model()
    assert MODEL_PATH.stat().st_size < 5_000_000
    assert len(model.weights) > 1000
    assert "l=say" in model.weights


@pytest.mark.parametrize(("text", "word"), [
    ('"We will win," he said.', "said"),
    ("Voters want lower taxes, the senator said.", "said"),
    ("The spokesman declined to comment.", "declined"),
    ("Officials believe the attack was planned.", "believe"),
])
def test_cue_probability_high_for_reporting_verbs(nlp: Language, text: str, word: str) -> None:
    assert cue_probability(_token(nlp, text, word)) >= 0.7


@pytest.mark.parametrize(("text", "word"), [
    ("He walked to the store.", "walked"),
    ("Voters want lower taxes, the senator said.", "want"),
])
def test_cue_probability_low_for_narration_and_reported_content(
        nlp: Language, text: str, word: str) -> None:
    assert cue_probability(_token(nlp, text, word)) < 0.2


def test_cue_probability_stance_verb_depends_on_context(nlp: Language) -> None:
    alone = cue_probability(_token(nlp, "Trump wants to build a wall.", "wants"))
    reported = cue_probability(_token(nlp, "Voters want lower taxes, the senator said.", "want"))
    assert alone > reported + 0.3


def test_cue_probability_zero_for_non_verbs(nlp: Language) -> None:
    assert cue_probability(_token(nlp, "The senator said so.", "senator")) == 0.0


def test_cue_features_deterministic(nlp: Language) -> None:
    text = 'Democrats want a vote on the bill, "now," the aide told reporters.'
    first = [cue_features(t) for t in nlp(text)]
    second = [cue_features(t) for t in nlp(text)]
    assert first == second
    told = next(t for t in nlp(text) if t.text == "told")
    assert {"l=tell", "sk=NOUN", "sw=aide"} <= set(cue_features(told))
