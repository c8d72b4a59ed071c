"""Lines of an article and what the readers have found in them so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from according.data import article_rules as R

HEADLINE_MAX_WORDS = 40
HEADER_SCAN = 12  # lines after the headline searched for byline, dateline and date
META_MAX_WORDS = 12
CAPTION_MAX_WORDS = 70
CREDIT_MAX_WORDS = 25
LEDE_MIN_WORDS = 15


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character (before the newline)
    text: str
    block: int  # index of the blank-line separated block it sits in


@dataclass
class _Reading:
    """What the readers have found so far (mutable while reading, frozen into a Layout)."""

    kinds: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    headline: str | None = None
    standfirst: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline: str | None = None
    published_text: str | None = None
    credits: list[str] = field(default_factory=list)
    wire: str | None = None  # the outlet a wire dateline "(AP)" or the byline names
    dateline_cut: tuple[int, int] | None = None  # (line index, offset where body resumes)


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    block, pos = 0, 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            block += 1 if out and out[-1].block == block else 0
        else:
            lead = len(content) - len(content.lstrip())
            start = pos + lead
            out.append(_Line(start, start + len(stripped), stripped, block))
        pos += len(raw)
    return out


def _words(text: str) -> int:
    return len(R.WORD.findall(text))


def _is_speech(text: str) -> bool:
    return bool(R.QUOTE_MARK.search(text) and R.SPEECH_VERB.search(text))


def _is_prose(text: str) -> bool:
    """A body-like line: a finished sentence of some length, or reported speech."""
    return _is_speech(text) or (bool(R.SENTENCE_END.search(text)) and _words(text) >= 8)
