"""Round 35: the headline printed again under the story.

A comment box or share card after the story titles itself with the story's headline, often
in quotation marks (Trinidad and Tobago Newsday's comments: "Comments" / '"WASA: Water
restored to 80% of Central by Friday"'). Such a line repeats the page's title, not the story:
it is furniture, as a headline is never a story paragraph.
"""

from __future__ import annotations

from according.article.lines import _Line, _norm, _Reading

_QUOTES = "\"“”‘’'«» "


def label_headline_repeats(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """Lines after the story's first that are the headline whole (its quotation marks
    aside) are boilerplate. A finished sentence read as the headline (a text opening with its
    lede, printed again) is no page title: its repeats stay."""
    if not reading.headline or reading.headline.rstrip(_QUOTES).endswith((".", "!", "?")):
        return
    want = _norm(reading.headline)
    for i in range(body_from + 1, len(lines)):
        if reading.kinds.get(i, ("body", None))[0] != "body":
            continue
        text = lines[i].text.strip(_QUOTES)
        if _norm(text) == want:
            reading.kinds[i] = ("boilerplate", None)
