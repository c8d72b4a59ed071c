"""The attribution cue lexicon and word lists, read once from src/according/data/.

cues.tsv and cue_preps.tsv are learned from PolNeAR train (`python -m
according.attribution.learn_cues`); attribution_lists.json holds the hand-written lists.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Lexicon:
    cue_rates: dict[tuple[str, str], float]      # (lemma, pos) -> share of uses that are cues
    clause_rates: dict[tuple[str, str], float]  # the same, counting only uses with a ccomp
    frame_rates: dict[tuple[str, str], float]    # (lemma, first complement) -> share that are cues
    prep_rates: dict[tuple[str, str], float]     # (verb lemma, preposition) -> share in the cue
    adverbial_cues: frozenset[str]
    sourceless_passive: frozenset[str]
    raising_verbs: frozenset[str]                # "X seems to …": no source, X is content
    recipient_verbs: frozenset[str]
    recipient_preps: frozenset[str]
    speech_verbs: frozenset[str]
    according_to: re.Pattern[str]
    headline_colon: re.Pattern[str]
    in_document: re.Pattern[str]                 # "In a new Fox News poll, Trump leads …"
    cue_left_adverbs: frozenset[str]
    cue_right_words: frozenset[str]
    cue_prep_objects: frozenset[str]
    min_rate_with_clause: float
    min_clause_rate: float
    min_frame_rate: float
    min_rate_with_object: float

    def rate(self, lemma: str, pos: str) -> float:
        return self.cue_rates.get((lemma, pos), 0.0)


def _read_tsv(path: Path, column: int = 4) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        out[(cells[0], cells[1])] = float(cells[column]) if column < len(cells) else 0.0
    return out


FRAME_DEPS = ("ccomp", "xcomp", "dobj", "prep")


def frame_of(tok: Token) -> str:
    """The first complement a cue word has (the order find.py prefers them in), or "none"."""
    deps = {c.dep_ for c in tok.children}
    return next((d for d in FRAME_DEPS if d in deps), "none")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon, read from the package data once per process."""
    lists = json.loads((DATA / "attribution_lists.json").read_text(encoding="utf-8"))
    frames = DATA / "cue_frames.tsv"
    return Lexicon(
        cue_rates=_read_tsv(DATA / "cues.tsv"),
        clause_rates=_read_tsv(DATA / "cues.tsv", 5),
        frame_rates=_read_tsv(frames) if frames.exists() else {},
        prep_rates=_read_tsv(DATA / "cue_preps.tsv"),
        adverbial_cues=frozenset(lists["adverbial_cues"]),
        sourceless_passive=frozenset(lists["sourceless_passive"]),
        raising_verbs=frozenset(lists["raising_verbs"]),
        recipient_verbs=frozenset(lists["recipient_verbs"]),
        recipient_preps=frozenset(lists["recipient_preps"]),
        speech_verbs=frozenset(lists["speech_verbs_for_quotes"]),
        according_to=re.compile(lists["according_to_pattern"]),
        headline_colon=re.compile(lists["headline_colon_pattern"], re.MULTILINE),
        in_document=re.compile(lists["in_document_pattern"], re.DOTALL),
        cue_left_adverbs=frozenset(lists["cue_left_adverbs"]),
        cue_right_words=frozenset(lists["cue_right_words"]),
        cue_prep_objects=frozenset(lists["cue_prep_objects"]),
        min_rate_with_clause=float(lists["min_rate_with_clause"]),
        min_clause_rate=float(lists["min_clause_rate"]),
        min_frame_rate=float(lists["min_frame_rate"]),
        min_rate_with_object=float(lists["min_rate_with_object"]),
    )
