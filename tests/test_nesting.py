"""Tests for according.attribution.nesting: which attribution each one is reported inside."""

from __future__ import annotations

from according.attribution.raw import RawAttribution
from source_helpers import raw, resolve, span


def test_nesting_within_content_of_other(nlp):
    text = "Mr Smith said: “The minister told me that he would resign on Friday.”"
    outer = raw(text, "Mr Smith", "said", "“The minister told me that he would resign on Friday.”",
                kind="direct")
    inner = raw(text, "The minister", "told", "he would resign on Friday")
    _, atts = resolve(nlp, text, [inner, outer])
    by_source = {a.source.span.text: a for a in atts}
    assert by_source["The minister"].within == by_source["Mr Smith"].id
    assert by_source["Mr Smith"].within is None


def test_nesting_within_outlet_report_via_recipient(nlp):
    text = ("On Sunday, the Washington Post reported new details of the plan. Officials hope "
            "to limit the operation, the Post reported.\n\n"
            "One unnamed official told the Post: “We have serious concerns.”\n\n"
            "A State Department official noted to The Independent that talks go on.")
    raws = [
        raw(text, "the Washington Post", "reported", "new details of the plan"),
        raw(text, "the Post", "reported", "Officials hope to limit the operation",
            after=text.index("Officials hope")),
        raw(text, "One unnamed official", "told", "“We have serious concerns.”",
            recipient="the Post", after=text.index("One unnamed"), kind="direct"),
        raw(text, "A State Department official", "noted", "talks go on",
            recipient="The Independent"),
    ]
    _, atts = resolve(nlp, text, raws)
    assert [a.id for a in atts] == ["A1", "A2", "A3", "A4"]
    assert atts[2].source.type == "anonymous"
    assert atts[2].within == "A2"
    assert atts[3].within is None  # nobody in the article reports as The Independent
    assert atts[1].within is None and atts[0].within is None


def test_nesting_within_reportedly_after_outlet_report(nlp):
    text = ("On Sunday, the Washington Post reported new details of the plan. The US intelligence "
            "community is reportedly sharing information with its counterparts.\n\n"
            "Rafah is reportedly the last stronghold.")
    raws = [
        raw(text, "the Washington Post", "reported", "new details of the plan"),
        RawAttribution("indirect", None, span(text, "reportedly"),
                       (span(text, "The US intelligence community is"),), None, 0.6,
                       "unspecified"),
        RawAttribution("indirect", None, span(text, "reportedly", text.index("Rafah")),
                       (span(text, "Rafah is"),), None, 0.6, "unspecified"),
    ]
    _, atts = resolve(nlp, text, raws)
    assert [a.within for a in atts] == [None, "A1", None]
