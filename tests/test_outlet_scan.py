"""The outlet scan tries its long alternation only where a name can begin: the same
matches as running the regex over the whole text."""

from __future__ import annotations

import random

from according.entities.find import _FULL_SPELLINGS, OUTLET_FULL_RE, _full_outlets

TEXTS = [
    "The Washington Post reported on Monday that the talks had stalled, the Post said.",
    "According to the\u00a0New York Times, the deal was done; CNN's anchor disagreed.",
    "Scraped damage:toThe Guardian said AP and REUTERS had it first.",
    "Theory, then: The  \n Associated Press, the BBC and the Beeb (not the bbc).",
    "NPR9 and 9NPR are not outlets; NPR is. THE HILL, The Hill, the hill.",
    "",
    "t",
    "The",
    "The ",
]


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in matches]


def test_outlet_scan_matches_the_whole_text_regex_on_written_sentences():
    for text in TEXTS:
        assert _spans(_full_outlets(text)) == _spans(OUTLET_FULL_RE.finditer(text)), text
    assert _spans(_full_outlets(TEXTS[0]))[0] == ((0, 19), "The Washington Post")


def test_outlet_scan_matches_the_whole_text_regex_on_glued_and_spaced_names():
    rng = random.Random(7)
    glue = ["", "The ", "the ", "the\u00a0", "The\u2009", "toThe ", "X", "a", "9", " ", "The"]
    after = ["", "'s", " ", ".", "X", "\n", "\u00a0", "9"]
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 6)):
            name = rng.choice(_FULL_SPELLINGS)
            if rng.random() < 0.3:
                name = name.replace(" ", rng.choice(["\u00a0", "  ", "\n"]))
            parts.append(rng.choice(glue) + name + rng.choice(after))
        text = "".join(parts)
        assert _spans(_full_outlets(text)) == _spans(OUTLET_FULL_RE.finditer(text)), text
