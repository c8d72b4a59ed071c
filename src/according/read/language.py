"""Which language a text is in, from spaCy's own stop-word lists (no new dependency)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

MIN_WORDS = 20  # shorter texts are not judged
SAMPLE_WORDS = 2000
MARGIN = 1.25  # another language must beat English by this factor to reject a text

# spaCy language code -> name, for the Latin-script languages compared by stop words.
STOPWORD_LANGUAGES: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian",
    "pl": "Polish", "tr": "Turkish", "id": "Indonesian", "fi": "Finnish", "ro": "Romanian",
    "cs": "Czech",
}
# Unicode script word (from the character name) -> the language it most likely is.
SCRIPTS: dict[str, str] = {
    "CYRILLIC": "Russian", "ARABIC": "Arabic", "CJK": "Chinese", "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese", "HANGUL": "Korean", "GREEK": "Greek", "HEBREW": "Hebrew",
    "DEVANAGARI": "Hindi", "THAI": "Thai", "BENGALI": "Bengali", "TAMIL": "Tamil",
    "ARMENIAN": "Armenian", "GEORGIAN": "Georgian",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _stop_words() -> dict[str, frozenset[str]]:
    """spaCy's STOP_WORDS per language, read from each `stop_words.py` alone: importing
    `spacy.lang.xx` would build sixteen language classes we never use (seconds, not ms)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("spaCy is needed for its stop-word lists")
    lang_dir = Path(next(iter(spec.submodule_search_locations))) / "lang"
    out: dict[str, frozenset[str]] = {}
    for code in STOPWORD_LANGUAGES:
        path = lang_dir / code / "stop_words.py"
        file_spec = importlib.util.spec_from_file_location(f"_according_stop_words_{code}", path)
        if file_spec is None or file_spec.loader is None:
            raise ModuleNotFoundError(f"spaCy's stop words for {code!r} are missing: {path}")
        module = importlib.util.module_from_spec(file_spec)
        file_spec.loader.exec_module(module)
        out[code] = frozenset(module.STOP_WORDS)
    return out


def _script_language(text: str) -> str | None:
    """The language of a non-Latin script holding most of the letters, if any."""
    scripts: Counter[str] = Counter()
    for ch in text[:20000]:
        if ch.isalpha():
            first = unicodedata.name(ch, "").split(" ")[0]
            scripts[first if first in SCRIPTS else "LATIN"] += 1
    if not scripts:
        return None
    script, count = scripts.most_common(1)[0]
    return SCRIPTS.get(script) if count > sum(scripts.values()) / 2 else None


def foreign_language(text: str) -> str | None:
    """The name of the language `text` looks like when that is not English, else None.

    Texts under MIN_WORDS words are not judged (None).
    """
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[:50000])][:SAMPLE_WORDS]
    if len(words) < MIN_WORDS:
        return None
    script = _script_language(text)
    if script:
        return script
    scores = {
        code: sum(w in stops for w in words) / len(words)
        for code, stops in _stop_words().items()
    }
    best = max(scores, key=scores.__getitem__)
    if best != "en" and scores[best] > scores["en"] * MARGIN:
        return STOPWORD_LANGUAGES[best]
    return None
