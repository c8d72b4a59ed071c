"""Synthetic ledgers for bench_ledger_scale.py: many articles made from a few real records.

Each synthetic article is a real extracted record (a template) rewritten so that merging
has real work to do, without running the NLP again:

* names: every word of a person's name is replaced by a name of the same length from a
  pool (the same template person becomes one of NAME_VARIANTS people, so a person appears
  in several articles and surnames are shared by different first names);
* wording: about SWAP_SHARE of the other lower-case words are replaced by other words of
  the same length, chosen per article, so articles and quotes are not near-duplicates of
  their template; inside direct quotes the choice is shared by QUOTE_SHARE copies of the
  template, so the same quote recurs in that many different articles;
* every WIRE_EVERY-th article is a wire copy of the one before it (one word changed,
  another outlet, credited to a wire service);
* outlets, publication times (over three years) and paths vary; words that figures count
  and capitalised words other than names are kept, so series and places stay meaningful.

Replacements keep every word's length, so all offsets stay valid: each span's text is
re-read from the new text, and the record passes the contract's span check.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from according.records import (
    Attribution,
    InputInfo,
    Recipient,
    Record,
    Source,
    Span,
    TimeExpression,
)

NAME_VARIANTS = 400
SWAP_SHARE = 0.45
QUOTE_SHARE = 4
WIRE_EVERY = 20
EPOCH = datetime(2022, 1, 1, tzinfo=UTC)
_WORD = re.compile(r"[A-Za-z]+")
_SYLLABLES = ("ka", "lo", "mi", "ra", "to", "ve", "an", "el", "or", "us", "bi", "da", "ne",
              "si", "po", "gu", "ar", "en", "il", "ta", "mo", "re", "li", "sa")
WIRES = ("The Associated Press", "Reuters", "Agence France-Presse")


def _h(*parts: object) -> int:
    """A cheap deterministic hash (the same in every process, unlike `hash`)."""
    return zlib.crc32("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass"))


def _name_pool() -> dict[int, list[str]]:
    """Made-up capitalised names by length (3 to 14 letters)."""
    pool: dict[int, list[str]] = defaultdict(list)
    syll = _SYLLABLES
    for a in syll:
        for b in syll:
            for c in ("", *syll[:12]):
                for end in ("", "n", "s", "r", "k", "ski", "son", "ez"):
                    name = (a + b + c + end).capitalize()
                    pool[len(name)].append(name)
    return pool


@dataclass
class Template:
    """A real record prepared for rewriting."""

    record: Record
    tokens: list[tuple[int, int, str, str]]  # (start, end, word, kind: name|quote|word|keep)


def load_templates(path: Path) -> list[Record]:
    return [Record.from_dict(json.loads(line)) for line in path.read_text("utf-8").splitlines()]


def prepare(record: Record) -> Template:
    """Classify every word of a template: person-name words, words inside direct quotes,
    swappable words, and words to keep (capitalised non-names, counted words)."""
    name_words = {w for e in record.entities if e.type == "person"
                  for m in e.mentions for w in _WORD.findall(m.text) if w[:1].isupper()}
    name_words |= {w for e in record.entities if e.type == "person"
                   for w in _WORD.findall(e.name) if w[:1].isupper()}
    keep = {w.lower() for q in record.quantities for w in _WORD.findall(
        f"{q.counted or ''} {q.unit or ''}")}
    quoted = [(c.start, c.end) for a in record.attributions if a.kind in ("direct", "mixed")
              for c in a.content]
    tokens = []
    for m in _WORD.finditer(record.text):
        word = m.group()
        if word in name_words:
            kind = "name"
        elif word[:1].isupper() or len(word) < 4 or word.lower() in keep:
            kind = "keep"
        elif any(s <= m.start() < e for s, e in quoted):
            kind = "quote"
        else:
            kind = "word"
        tokens.append((m.start(), m.end(), word, kind))
    return Template(record, tokens)


class Rewriter:
    """Makes synthetic articles from templates (module doc)."""

    def __init__(self, templates: Sequence[Record], outlets: Sequence[str]) -> None:
        self.templates = [prepare(r) for r in templates]
        self.outlets = list(outlets)
        self.names = _name_pool()
        vocab: dict[int, set[str]] = defaultdict(set)
        for t in self.templates:
            for _, _, word, kind in t.tokens:
                if kind in ("word", "quote"):
                    vocab[len(word)].add(word.lower())
        self.vocab = {n: sorted(words) for n, words in vocab.items()}

    def article(self, i: int) -> Record:
        """The i-th synthetic article (deterministic)."""
        if i % WIRE_EVERY == WIRE_EVERY - 1 and i > 0:
            return self._wire_copy(self.article(i - 1), i)
        t = self.templates[i % len(self.templates)]
        copy = i // len(self.templates)
        text = self._rewrite(t, i, copy) + f"\n(ref {i})\n"
        published = EPOCH + timedelta(minutes=_h("when", i) % (3 * 365 * 24 * 60))
        outlet = self.outlets[_h("outlet", i) % len(self.outlets)]
        return self._retext(t.record, text, i, copy, outlet, published.isoformat(), ())

    def _name(self, word: str, copy: int) -> str:
        choices = self.names.get(len(word))
        if not choices:
            return word
        variant = _h("variant", word, copy) % NAME_VARIANTS
        return choices[_h("name", word, variant) % len(choices)]

    def _word(self, word: str, seed: object) -> str:
        if _h("swap", word, seed) % 1000 >= SWAP_SHARE * 1000:
            return word
        choices = self.vocab.get(len(word))
        if not choices:
            return word
        new = choices[_h("word", word, seed) % len(choices)]
        return new.capitalize() if word[:1].isupper() else new

    def _rewrite(self, t: Template, i: int, copy: int) -> str:
        text = t.record.text
        out, last = [], 0
        for start, end, word, kind in t.tokens:
            out.append(text[last:start])
            if kind == "name":
                out.append(self._name(word, copy))
            elif kind == "quote":
                out.append(self._word(word, ("quote", i % len(self.templates),
                                             copy // QUOTE_SHARE)))
            elif kind == "word":
                out.append(self._word(word, i))
            else:
                out.append(word)
            last = end
        out.append(text[last:])
        return "".join(out)

    def _map_name(self, name: str | None, copy: int, names: set[str]) -> str | None:
        if name is None:
            return None
        return _WORD.sub(lambda m: self._name(m.group(), copy) if m.group() in names
                         else m.group(), name)

    def _retext(self, r: Record, text: str, i: int, copy: int, outlet: str, published: str,
                credits: tuple[str, ...]) -> Record:
        def sp(s: Span) -> Span:
            return Span(s.start, s.end, text[s.start:s.end])

        names = {w for _, _, w, kind in self.templates[i % len(self.templates)].tokens
                 if kind == "name"}
        entities = tuple(replace(
            e, name=self._map_name(e.name, copy, names) if e.type == "person" else e.name,
            mentions=tuple(sp(m) for m in e.mentions),
            aliases=tuple(self._map_name(a, copy, names) for a in e.aliases)
            if e.type == "person" else e.aliases) for e in r.entities)
        attributions = tuple(Attribution(
            a.id, a.kind, Source(sp(a.source.span) if a.source.span else None, a.source.type,
                                 a.source.entity),
            sp(a.cue) if a.cue else None, tuple(sp(c) for c in a.content),
            Recipient(sp(a.recipient.span), a.recipient.entity) if a.recipient else None,
            a.within, a.confidence) for a in r.attributions)
        quantities = tuple(replace(q, span=sp(q.span)) for q in r.quantities)
        times = tuple(TimeExpression(sp(x.span), x.value, x.granularity, x.relative, x.reason)
                      for x in r.times)
        headline = r.metadata.headline and self._map_name(r.metadata.headline, copy, names)
        meta = replace(r.metadata, outlet=outlet, published=published, credits=credits,
                       headline=headline or text[:80].split("\n")[0])
        return Record(text, InputInfo(f"synthetic/{i:08d}.txt", None, "text"), meta,
                      r.regions, entities, attributions, quantities, times, r.warnings)

    def _wire_copy(self, original: Record, i: int) -> Record:
        """A wire service's copy of `original`: one word changed, another outlet."""
        text = original.text.replace("(ref", "(REF", 1)
        wire = WIRES[_h("wire", i) % len(WIRES)]
        published = datetime.fromisoformat(original.metadata.published) + timedelta(hours=3)
        meta = replace(original.metadata, outlet=self.outlets[_h("outlet", i) % len(
            self.outlets)], published=published.isoformat(), credits=(wire,))
        retexted = _respan(original, text)
        return replace(retexted, input=InputInfo(f"synthetic/{i:08d}.txt", None, "text"),
                       metadata=meta)


def _respan(r: Record, text: str) -> Record:
    def sp(s: Span) -> Span:
        return Span(s.start, s.end, text[s.start:s.end])

    return replace(
        r, text=text,
        entities=tuple(replace(e, mentions=tuple(sp(m) for m in e.mentions))
                       for e in r.entities),
        attributions=tuple(replace(
            a, source=replace(a.source, span=sp(a.source.span) if a.source.span else None),
            cue=sp(a.cue) if a.cue else None, content=tuple(sp(c) for c in a.content),
            recipient=replace(a.recipient, span=sp(a.recipient.span)) if a.recipient
            else None) for a in r.attributions),
        quantities=tuple(replace(q, span=sp(q.span)) for q in r.quantities),
        times=tuple(replace(x, span=sp(x.span)) for x in r.times))


def outlet_pool(n: int = 300) -> list[str]:
    """Known outlets first (from the outlet table), then made-up regional papers."""
    from according.outlets import OUTLETS

    made = [f"The {a.capitalize()}{b} {kind}" for a in _SYLLABLES for b in ("ton", "ford", "by")
            for kind in ("Herald", "Courier")]
    return [o.name for o in OUTLETS] + made[: max(0, n - len(OUTLETS))]


def synthetic_records(templates: Sequence[Record], start: int, stop: int) -> Iterator[Record]:
    rewriter = Rewriter(templates, outlet_pool())
    for i in range(start, stop):
        yield rewriter.article(i)


def spans_hold(record: Record) -> bool:
    """Whether every span of the record is its text's characters (the contract's rule)."""
    from according.records import iter_spans

    return all(record.text[s.start:s.end] == s.text for _, s in iter_spans(record))
