"""Which language a text is in: py3langid's model (shipped in its wheel), names from Babel.

Short texts are judged too ("Der Minister sagte nein." is German), but only a confident
verdict rejects one: a headline of names ("Biden wins", "Angela Merkel") gives the model
little to go on, and it then spreads its belief over many languages.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

SAMPLE_CHARS = 5000
# A text is refused when the model gives another language at least this probability and
# English less than NOT_ENGLISH_BELOW.
MIN_CONFIDENCE = 0.5
NOT_ENGLISH_BELOW = 0.1
# "zxx" is the model's "no linguistic content" (numbers, symbols): not a language to refuse.
NEVER_REFUSED = frozenset({"en", "zxx"})


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_name(code: str) -> str:
    """The English name of a language code ("de" -> "German"), else the code itself."""
    try:
        from babel import Locale

        return Locale("en").languages.get(code) or code
    except ImportError:  # Babel comes with trafilatura; without it the code still says it
        return code


def language_probabilities(text: str) -> dict[str, float]:
    """The model's probability of each language for the first SAMPLE_CHARS of `text`."""
    return dict(_identifier().rank(text[:SAMPLE_CHARS]))


def foreign_language(text: str) -> str | None:
    """The name of the language `text` is confidently in when that is not English, else None
    (English, no words to judge, or no confident verdict)."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    probabilities = language_probabilities(sample)
    best = max(probabilities, key=probabilities.__getitem__)
    if best in NEVER_REFUSED or probabilities[best] < MIN_CONFIDENCE:
        return None
    if probabilities.get("en", 0.0) >= NOT_ENGLISH_BELOW:
        return None
    return language_name(best)
