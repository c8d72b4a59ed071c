"""Tests for according.coreference: one-word names, bare surnames and pronouns linked to
the people named in one article."""

from __future__ import annotations

from entity_helpers import clusters_of as _clusters
from entity_helpers import mention_texts as _texts
from entity_helpers import named as _named


def test_coreference_surname_joins_full_name(nlp):
    text = ("President Joe Biden spoke in Delaware on Monday. Later, Biden said the aid "
            "would continue. President Biden has grown frustrated.")
    clusters = _clusters(nlp, text)
    c = _named(clusters, "Joe Biden")
    assert [t for t in _texts(c) if t == "Biden"] == ["Biden", "Biden"]
    assert [x.name for x in clusters if x.type == "person"] == ["Joe Biden"]


def test_coreference_shared_surname_not_merged_goes_to_most_recent(nlp):
    text = ("Joe Biden spoke at the White House on Monday. His son Hunter Biden appeared in court "
            "in Delaware on Tuesday. Biden said he was grateful for the support of his family.")
    clusters = _clusters(nlp, text)
    joe, hunter = _named(clusters, "Joe Biden"), _named(clusters, "Hunter Biden")
    assert joe is not hunter
    last = text.rindex("Biden said")
    assert any(m.span.start == last for m in hunter.mentions)
    assert not any(m.span.start == last for m in joe.mentions)


def test_coreference_shared_surname_far_back_goes_to_most_mentioned(nlp):
    text = ("Hillary Clinton spoke in Ohio on Monday. Clinton said the plan would work. "
            "Clinton then flew to Iowa, where she met farmers and union leaders for an hour.\n\n"
            "The crime bill was signed in 1994 by President Bill Clinton, who later regretted "
            "parts of it. Years went by, and the party moved on from the debates of that "
            "decade, with new leaders, new voters and new fights over policy and money. Polls "
            "in the state have tightened since the summer, and turnout is expected to be high. "
            "Both parties have spent heavily on television advertising in the closing weeks.\n\n"
            "On Tuesday, Clinton told voters in Des Moines that the plan would go ahead.")
    clusters = _clusters(nlp, text)
    last = text.rindex("Clinton told")
    hillary = _named(clusters, "Hillary Clinton")
    assert any(m.span.start == last for m in hillary.mentions)


def test_coreference_honorific_gender_picks_between_shared_surnames(nlp):
    text = ("Bill Clinton recruited John Podesta to lead his climate efforts. Hillary Clinton "
            "later hired him. Bill Clinton praised the choice. Mrs. Clinton has embraced the plan.")
    clusters = _clusters(nlp, text)
    mrs = text.index("Clinton has")
    assert any(m.span.start == mrs for m in _named(clusters, "Hillary Clinton").mentions)


def test_coreference_honorific_elsewhere_keeps_surname_off_other_gender(nlp):
    text = ("President Obama is rolling out a new campaign message. Michelle Obama has made "
            "the same case. Mr. Obama said on Saturday that the election mattered.")
    clusters = _clusters(nlp, text)
    michelle = _named(clusters, "Michelle Obama")
    assert [m.span.text for m in michelle.mentions] == ["Michelle Obama"]
    assert _named(clusters, "Obama").title == "President"


def test_coreference_pronoun_joins_recent_person_skipping_quoted_names(nlp):
    text = ("President Joe Biden told CNN last week that aid would be cut.\n\n"
            "“Benjamin Netanyahu knows where we stand,” he said.")
    clusters = _clusters(nlp, text)
    he = text.rindex("he said")
    assert any(m.span.start == he and m.kind == "pronoun"
               for m in _named(clusters, "Joe Biden").mentions)
    assert "he" not in _named(clusters, "Joe Biden").aliases


def test_coreference_pronoun_respects_known_gender(nlp):
    text = ("Nancy Pelosi met Joe Biden at the White House on Monday. Biden spoke first.\n\n"
            "Later she told reporters the meeting had gone well.")
    clusters = _clusters(nlp, text)
    she = text.index("she told")
    assert any(m.span.start == she for m in _named(clusters, "Nancy Pelosi").mentions)
    assert not any(m.span.start == she for m in _named(clusters, "Joe Biden").mentions)


def test_coreference_honorific_gives_gender_not_title(nlp):
    text = ("Ms. Lynch worked at a law firm in North Carolina. Mr. Holder met Ms. Lynch later. "
            "She said the job was hard.")
    clusters = _clusters(nlp, text)
    lynch = _named(clusters, "Lynch")
    assert lynch.title is None
    assert any(m.span.text == "She" for m in lynch.mentions)


def test_coreference_bare_surname_tagged_as_noun_joins_person(nlp):
    text = ("Donald Trump spoke in Ohio on Monday. Clinton now says she opposes the deal. "
            "Trump charges that countries are taking advantage of the US.")
    c = _named(_clusters(nlp, text), "Donald Trump")
    assert text.rindex("Trump charges") in {m.span.start for m in c.mentions}
