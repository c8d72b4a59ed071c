"""What the attribution tests share: find a text's attributions, checking every span."""

from __future__ import annotations

from according.attribution.find import find_attributions
from according.attribution.raw import RawAttribution


def find_checked(nlp, text: str) -> list[RawAttribution]:  # noqa: ANN001
    """The raw attributions of `text`, after checking every span points into it."""
    raws = find_attributions(nlp(text))
    for r in raws:
        for span in (r.source, r.cue, r.recipient, *r.content):
            if span is not None:
                assert text[span.start:span.end] == span.text
    return raws
