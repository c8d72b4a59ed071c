"""spaCy's attribute ruler and rule lemmatizer, with the same output for less time.

Both are per-token table work done in Python for every token of every article: the ruler
runs a Matcher of 179 patterns and sets each match's attributes one token at a time, the
lemmatizer reads the token's part of speech and morphology and walks the suffix rules
(caching only some answers). Together they took a sixth of the parse.
`speed_up_annotators(nlp)` gives the pipeline's own two components a cache:

- the ruler's single-token patterns see only one token's attributes, so the attributes it
  ends with depend only on what it starts with (ORTH, TAG, DEP, POS, MORPH, LEMMA): those
  are worked out once per distinct start (the real matcher run on that one token) and set
  for a whole Doc at once; the few multi-token patterns ("gon na", "there is") and the
  patterns that change TAG or DEP (whitespace tokens) still run the spaCy way;
- the lemmatizer's answer depends only on (ORTH, POS, MORPH) and is cached for all of them.

The components keep their names, tables and patterns (their class is swapped for a subclass
that adds the cache), so a pipeline's annotations are identical token for token; tests
check that on real text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MAX_CACHED = 500_000  # distinct token states kept; past it the cache starts again
_STATE = [ORTH, TAG, DEP, POS, MORPH, LEMMA]
_SET = [POS, MORPH, LEMMA]
# what a pattern token may test for the multi-token matches to be looked for only from
# the tokens that can start one: the token's own state, no operator ("OP")
_TOKEN_KEYS = frozenset({"ORTH", "TEXT", "LOWER", "TAG", "DEP", "POS", "MORPH", "LEMMA"})
_SETTABLE = frozenset(_SET)  # the attributes a cached outcome may set (ids, as rules hold them)


class CachedAttributeRuler(AttributeRuler):
    """AttributeRuler that sets what its single-token patterns decide from a cache."""

    def __call__(self, doc: Doc) -> Doc:
        try:
            self._annotate(doc)
            return doc
        except Exception as err:
            return self.get_error_handler()(self.name, self, [doc], err)

    def _prepare(self) -> None:
        self._single = Matcher(self.vocab, validate=False)
        self._multi = Matcher(self.vocab, validate=False)
        multi: list[list[dict]] = []
        for key in self.matcher._patterns:  # noqa: SLF001 -- the ruler's own key order
            name = self.vocab.strings[key]
            patterns = self.matcher.get(name)[1]
            target = self._single if all(len(p) == 1 for p in patterns) else self._multi
            target.add(name, patterns)
            if target is self._multi:
                multi.extend(patterns)
        # the multi-token patterns ("gon na", "there is") are all of one fixed length (no
        # operators): a match needs its first token to fit, so only the tokens whose state
        # fits a pattern's first token are looked at, each with the next ones
        lengths = {len(p) for p in multi}
        self._window = lengths.pop() if len(lengths) == 1 and all(
            set(t) <= _TOKEN_KEYS for p in multi for t in p) else 0
        self._firsts = Matcher(self.vocab, validate=False)
        if self._window:
            self._firsts.add("first", [p[:1] for p in multi])
        # token state -> (its single-token matches, the (POS, MORPH, LEMMA) they set)
        self._outcomes: dict[tuple[int, ...],
                             tuple[list[tuple[int, int]], tuple[int, ...] | None]] = {}
        self._starts_multi: dict[tuple[int, ...], bool] = {}

    def _annotate(self, doc: Doc) -> None:
        if not hasattr(self, "_outcomes"):
            self._prepare()
        strings = self.vocab.strings
        outcomes = self._outcomes
        if len(outcomes) > MAX_CACHED:
            outcomes.clear()
            self._starts_multi.clear()
        state = doc.to_array(_STATE)
        keys = [tuple(row) for row in state.tolist()]
        unseen = list(dict.fromkeys(k for k in keys if k not in outcomes))
        if unseen:
            self._work_out(unseen)
        # (attr id, match id) of each multi-token match, by the token it sets
        by_token: dict[int, list[tuple[int, int]]] = {}
        for m_id, start, end in self._multi_matches(doc, keys):
            attr_id = int(strings[m_id])
            by_token.setdefault(doc[start:end][self.indices[attr_id]].i, []).append(
                (attr_id, m_id))
        values = state[:, 3:6].copy()
        sequential: list[tuple[int, list[tuple[int, int]]]] = []
        for i, key in enumerate(keys):
            matched, outcome = outcomes[key]
            if outcome is None or i in by_token:
                sequential.append((i, sorted(matched + by_token.get(i, []))))
            else:
                values[i] = outcome
        doc.from_array(_SET, values)
        for i, matched in sequential:  # the spaCy way, in the ruler's order (attribute id)
            for attr_id, _ in matched:
                set_token_attrs(doc[i], self.attrs[attr_id])

    def _multi_matches(self, doc: Doc, keys: list[tuple[int, ...]]) -> list[tuple[int, int, int]]:
        """The multi-token patterns' matches in `doc` (match id, start, end), as the ruler's
        matcher finds them: looked for only from the tokens that can start one."""
        if not self._window:
            return self._multi(doc, allow_missing=True)
        starts, width, n = self._starts_multi, self._window, len(doc)
        return [(m_id, i + start, i + end) for i, key in enumerate(keys)
                if starts[key] and i + width <= n
                for m_id, start, end in self._multi(doc[i:i + width], allow_missing=True)]

    def _work_out(self, states: list[tuple[int, ...]]) -> None:
        """Cache, for each token state, the single-token matches and the (POS, MORPH,
        LEMMA) they leave it with (None when they change its TAG or DEP), found by the real
        matcher on a scratch Doc of one token per state."""
        from spacy.tokens import Doc

        strings = self.vocab.strings
        scratch = Doc(self.vocab, words=[strings[s[0]] for s in states],
                      spaces=[False] * len(states))
        scratch.from_array(_STATE[1:], numpy.array([s[1:] for s in states], dtype="uint64"))
        # (before any pattern sets anything, as the ruler matches the Doc it is given)
        firsts = {start for _, start, _ in self._firsts(scratch, allow_missing=True)}
        matched: list[list[tuple[int, int]]] = [[] for _ in states]
        for m_id, start, _ in self._single(scratch, allow_missing=True):
            matched[start].append((int(strings[m_id]), m_id))
        for i, found in enumerate(matched):
            found.sort()
            for attr_id, _ in found:
                set_token_attrs(scratch[i], self.attrs[attr_id])
        after = scratch.to_array(_SET).tolist()
        for i, state in enumerate(states):
            self._starts_multi[state] = i in firsts
            changes_more = any(set(self.attrs[a]) - _SETTABLE for a, _ in matched[i])
            self._outcomes[state] = (matched[i], None if changes_more else tuple(after[i]))


class CachedLemmatizer(EnglishLemmatizer):
    """The rule lemmatizer with every answer cached by (ORTH, POS, MORPH)."""

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite or self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            super().__call__(doc[:0].as_doc())  # validates the tables as spaCy does
        try:
            self._annotate(doc)
            return doc
        except Exception as err:
            return self.get_error_handler()(self.name, self, [doc], err)

    def _annotate(self, doc: Doc) -> None:
        if "_lemmas" not in self.__dict__:
            self._index_as_sets()
        cache: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_lemmas", {})
        if len(cache) > MAX_CACHED:
            cache.clear()
        state = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = state[:, 3:4].copy()
        add = self.vocab.strings.add
        for i, (orth, pos, morph, lemma) in enumerate(state.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = cache[key] = add(self.lemmatize(doc[i])[0])
            lemmas[i, 0] = found
        doc.from_array([LEMMA], lemmas)


    def _index_as_sets(self) -> None:
        """The lemma index (known lemmas by part of speech) as sets: spaCy only asks
        whether a form is in it, and as a list each question read 10,000s of words."""
        from spacy.lookups import Table

        index = self.lookups.get_table("lemma_index", None)
        if index is None:
            return
        as_sets = Table(name="lemma_index")
        for key, words in index.items():
            as_sets[key] = frozenset(words)
        self.lookups.set_table("lemma_index", as_sets)


def speed_up_annotators(nlp: Language) -> Language:
    """Give `nlp`'s attribute ruler and English rule lemmatizer their caches (in place)."""
    for _, pipe in nlp.pipeline:
        if type(pipe) is AttributeRuler:
            pipe.__class__ = CachedAttributeRuler
        elif type(pipe) is EnglishLemmatizer:
            pipe.__class__ = CachedLemmatizer
    return nlp


def annotations(doc: Doc) -> list[list[int]]:
    """Every token's attributes the two components set or read, for comparing pipelines."""
    return doc.to_array(_STATE).tolist()
