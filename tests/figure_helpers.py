"""What the figure tests share: a sentence's figures with every span checked, one by text."""

from __future__ import annotations

from according.quantities import find_quantities


def figures_checked(nlp, sentence: str):  # noqa: ANN001, ANN201
    """The figures of `sentence`, after checking every span points into it."""
    found = find_quantities(nlp(sentence))
    for q in found:
        assert sentence[q.span.start : q.span.end] == q.span.text
    return found


def figure_named(nlp, sentence: str, span: str):  # noqa: ANN001, ANN201
    """The figure of `sentence` whose text is `span` (failing, with what was found, if none)."""
    found = figures_checked(nlp, sentence)
    match = [q for q in found if q.span.text == span]
    assert match, f"no figure {span!r} in {[q.span.text for q in found]}"
    return match[0]
