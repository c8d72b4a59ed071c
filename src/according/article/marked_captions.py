"""Captions a page marks as captions (its figcaptions) whose words alone read as a story
paragraph: "FILE - Somali soldiers patrol a street in Mogadishu, Somalia, Feb. 17, 2025.",
"Senate President, Godswill Akpabio", "Residents clear rubble … on March 31. (Frontier)". The
HTML reader puts them after the story and names them in the hints (issue 9: trafilatura drops
a figure's caption, and the text alone cannot tell it from the story's sentences).
"""

from __future__ import annotations

from according.article.lines import _Line, _Reading
from according.data import article_rules as R

# kinds a marked caption's line may have been given from its words alone: none (the story's),
# or the sender's boilerplate when it follows the story's end mark or copyright line
_RELABELLED = (None, "body", "boilerplate")


def label_marked_captions(lines: list[_Line], reading: _Reading, body_from: int,
                          captions: tuple[str, ...]) -> None:
    """Label as captions the lines the page marked as captions, each with the credit its
    closing brackets name ("(Frontier)")."""
    if not captions:
        return
    marked = {" ".join(c.split()) for c in captions}
    for i in range(body_from, len(lines)):
        text = " ".join(lines[i].text.split())
        if text not in marked or reading.kinds.get(i, (None, None))[0] not in _RELABELLED:
            continue
        bracket = R.CAPTION_BRACKET.search(text)
        credit = bracket.group("credit").strip() if bracket and text[: bracket.start()].rstrip(
            ).endswith((".", "!", "?")) else None
        # a comma between two names lists a source note ("(Gallup, Pew)"), not a credit,
        # and a bracket that ends a sentence otherwise ("(D-N.Y.)", "(VIDEO)") credits no one
        if credit and ("," in R.COMPANY_NAME_TAIL.sub("", credit)
                       or R.NOT_A_CREDIT.match(credit)):
            credit = None
        reading.kinds[i] = ("caption", credit)
