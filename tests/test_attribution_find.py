"""find_attributions on short real sentences (the Independent's Rafah article, PolNeAR texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.attribution.find import find_attributions
from according.attribution.raw import RawAttribution
from according.quotations import find_quotes

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLE = SHARED / "examples" / "independent-2024-05-14-rafah.txt"


def _find(nlp, text: str) -> list[RawAttribution]:
    return find_attributions(nlp(text))


def _by_cue(raws: list[RawAttribution], cue: str) -> RawAttribution:
    found = [r for r in raws if r.cue is not None and cue in r.cue.text]
    assert found, f"no attribution with cue {cue!r} in {[r.cue and r.cue.text for r in raws]}"
    return found[0]


def _assert_spans_point_into(text: str, raws: list[RawAttribution]) -> None:
    for r in raws:
        for span in (r.source, r.cue, r.recipient, *r.content):
            if span is not None:
                assert text[span.start:span.end] == span.text


# (text, cue, kind, source, content pieces, recipient)
FORMS = [
    pytest.param(
        "“We’re going to continue to make sure Israel is secure,” he said. “But it’s, it’s just "
        "wrong.”",
        "said", "direct", "he",
        ["“We’re going to continue to make sure Israel is secure,”",
         "“But it’s, it’s just wrong.”"],
        None, id="direct-split-around-cue"),
    pytest.param(
        "\"It's a very sad development,\" Cruz told reporters outside a restaurant in Milwaukee.",
        "told", "direct", "Cruz", ["\"It's a very sad development,\""], "reporters",
        id="direct-straight-marks"),
    pytest.param(
        "One unnamed official told the Post: “We have serious concerns about how Israel has "
        "prosecuted this campaign.”",
        "told", "direct", "One unnamed official",
        ["“We have serious concerns about how Israel has prosecuted this campaign.”"], "the Post",
        id="direct-colon"),
    pytest.param(
        "President Joe Biden told CNN last week that he would cut off specific types of military "
        "aid to Israel.",
        "told", "indirect", "President Joe Biden",
        ["that he would cut off specific types of military aid to Israel"], "CNN",
        id="indirect-told-that"),
    pytest.param(
        "A State Department official noted to The Independent that the agency does not comment "
        "on private diplomatic talks.",
        "noted", "indirect", "A State Department official",
        ["that the agency does not comment on private diplomatic talks"], "The Independent",
        id="indirect-noted-to"),
    pytest.param(
        "Friends, lobbyists and former foes say that Trump is picking the right man for the job.",
        "say", "indirect", "Friends, lobbyists and former foes",
        ["that Trump is picking the right man for the job"], None, id="indirect-say-that"),
    pytest.param(
        "The agency spokesperson added that State Department officials “continue discussions "
        "with Israel to address humanitarian concerns.”",
        "added", "mixed", "The agency spokesperson",
        ["that State Department officials “continue discussions with Israel to address "
         "humanitarian concerns.”"], None, id="mixed-quoted-fragment"),
    pytest.param(
        "Some 300,000 civilians have fled following evacuation orders from Israel, which says it "
        "must invade to dismantle Hamas.",
        "says", "indirect", "which", ["it must invade to dismantle Hamas"], None,
        id="indirect-relative-which-says"),
    pytest.param(
        "Chris Cox, who runs the NRA’s lobbying arm, says the actions wouldn’t have prevented "
        "any of the mass shootings.",
        "says", "indirect", "Chris Cox, who runs the NRA’s lobbying arm,",
        ["the actions wouldn’t have prevented any of the mass shootings"], None,
        id="indirect-appositive-source-keeps-comma"),
    pytest.param(
        "On Sunday, the Washington Post reported new details of the administration’s steps.",
        "reported", "indirect", "the Washington Post",
        ["new details of the administration’s steps"], None, id="outlet-reported"),
    pytest.param(
        "For weeks, Israeli officials have warned of imminent invasion in the southern city Rafah.",
        "have warned of", "indirect", "Israeli officials",
        ["imminent invasion in the southern city Rafah"], None, id="cue-with-preposition"),
]


@pytest.mark.parametrize(("text", "cue", "kind", "source", "content", "recipient"), FORMS)
def test_find_attributions_reads_each_form(nlp, text, cue, kind, source, content, recipient):
    raws = _find(nlp, text)
    _assert_spans_point_into(text, raws)
    r = _by_cue(raws, cue)
    assert r.kind == kind
    assert r.source is not None and r.source.text == source
    assert [c.text for c in r.content] == content
    assert (r.recipient.text if r.recipient else None) == recipient


ACCORDING_TO = [
    pytest.param(
        "The Biden administration is sharing intelligence with Israel, according toThe "
        "Washington Post.",
        "The Washington Post", ["The Biden administration is sharing intelligence with Israel"],
        id="scraping-damage-toThe"),
    pytest.param(
        "According to Rep. Trey Gowdy, Congressional probing of the Benghazi scandal was at least "
        "partly responsible.",
        "Rep. Trey Gowdy",
        ["Congressional probing of the Benghazi scandal was at least partly responsible"],
        id="sentence-initial"),
    pytest.param(
        "Now, according to the recent 50-state poll, some are swinging.",
        "the recent 50-state poll", ["Now", "some are swinging"], id="mid-sentence"),
]


@pytest.mark.parametrize(("text", "source", "content"), ACCORDING_TO)
def test_find_attributions_according_to(nlp, text, source, content):
    raws = _find(nlp, text)
    _assert_spans_point_into(text, raws)
    r = _by_cue(raws, "ccording to")
    assert r.kind == "according_to"
    assert r.cue.text.lower() == "according to"
    assert r.source.text == source
    assert [c.text for c in r.content] == content


SOURCELESS = [
    pytest.param("The US intelligence community is reportedly sharing information with Israel.",
                 "reportedly", id="adverb-reportedly"),
    pytest.param("More than 100 of the 251 hostages taken from Israel that day are believed to be "
                 "in the territory.", "believed", id="passive-are-believed-to"),
    pytest.param("The group’s purported tunnel system alleged to exist throughout Gaza was "
                 "targeted.", "alleged", id="participle-alleged-to"),
]


@pytest.mark.parametrize(("text", "cue"), SOURCELESS)
def test_find_attributions_sourceless_cues_are_unspecified(nlp, text, cue):
    raws = _find(nlp, text)
    _assert_spans_point_into(text, raws)
    r = _by_cue(raws, cue)
    assert r.source is None
    assert r.source_hint == "unspecified"
    assert r.content and all(cue not in c.text for c in r.content)


def test_find_attributions_floating_quote_continues_previous_speaker(nlp):
    text = ("“You’re down to the number of people you can count and meet,” Buchanan said.\n\n"
            "“If you’re not tough, you will lose. To suggest he’s tough is saying he’s "
            "competent.”\n\nSince then, Manafort has been a bit of a mystery.")
    raws = _find(nlp, text)
    _assert_spans_point_into(text, raws)
    floating = [r for r in raws if r.kind == "floating"]
    assert len(floating) == 1
    assert floating[0].source.text == "Buchanan" and floating[0].cue is None
    assert floating[0].content[0].text.startswith("“If you’re not tough")


def test_find_attributions_ignores_scare_quotes(nlp):
    text = "US officials increasingly describe an assault on Rafah as a “red line”."
    raws = _find(nlp, text)
    assert all(c.text != "“red line”" for r in raws for c in r.content)


def test_find_attributions_headline_colon(nlp):
    text = "Lynch: No outside influence on FBI probe into Clinton emails.\n\nWASHINGTON (AP) — The"
    raws = _find(nlp, text)
    r = _by_cue(raws, ":")
    assert r.source.text == "Lynch"
    assert r.content[0].text == "No outside influence on FBI probe into Clinton emails"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("He said “yes.” Then “no,” she said.", ["“yes.”", "“no,”"], id="curly"),
    pytest.param("''It's hard,'' he said.", ["''It's hard,''"], id="doubled-apostrophes"),
    pytest.param("“First paragraph runs on\n\n“and closes here.”", ["“First paragraph runs on",
                                                                  "“and closes here.”"],
                 id="unclosed-at-paragraph-end"),
    pytest.param("Trump’s ‘soft’ NFL and the nation’s mood", ["‘soft’"],
                 id="single-not-apostrophe"),
])
def test_find_quotes_pairs_marks(text, expected):
    assert [text[s:e] for s, e in find_quotes(text)] == expected


# what a careful reader of the example article sees: (cue contains, source, recipient)
EXAMPLE_EXPECTED = [
    ("according to", "The Washington Post", None),
    ("reported", "the Washington Post", None),
    ("reported", "the Post", None),
    ("told", "One unnamed official", "the Post"),
    ("told", "President Joe Biden", "CNN"),
    ("said", "he", None),
    ("noted", "A State Department official", "The Independent"),
    ("added", "The agency spokesperson", None),
    ("according to", "estimates from the health authority there", None),
    ("said", "the military", None),
    ("says", "which", None),
    ("stating", "The White House, State Department, and a number of Democrats", None),
    ("have warned of", "Israeli officials", None),
    ("reportedly", None, None),
    ("alleged", None, None),
    ("believed", None, None),
]


@pytest.mark.shared
def test_find_attributions_example_article(nlp):
    if not EXAMPLE.exists():
        pytest.skip(f"example article absent: {EXAMPLE} (needs ../shared)")
    text = EXAMPLE.read_text(encoding="utf-8")
    raws = _find(nlp, text)
    _assert_spans_point_into(text, raws)
    seen = [(r.cue.text if r.cue else "", r.source.text if r.source else None,
             r.recipient.text if r.recipient else None) for r in raws]
    for cue, source, recipient in EXAMPLE_EXPECTED:
        assert any(cue in c and s == source and rc == recipient for c, s, rc in seen), (
            f"missing {cue!r} by {source!r} to {recipient!r}; found {seen}")
    biden = next(r for r in raws if r.cue and r.cue.text == "said" and r.source
                 and r.source.text == "he")
    assert biden.kind == "direct" and len(biden.content) == 2
    spokesperson = next(r for r in raws if r.cue and r.cue.text == "added")
    assert spokesperson.kind == "mixed"


@pytest.mark.shared
def test_find_attributions_spans_point_into_polnear_texts(nlp):
    import json

    dev = SHARED / "data" / "polnear" / "dev"
    if not dev.exists():
        pytest.skip(f"PolNeAR absent: {dev} (needs ../shared)")
    for path in sorted(dev.glob("*.json"))[:8]:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        raws = _find(nlp, text)
        assert raws, f"nothing found in {path.name}"
        _assert_spans_point_into(text, raws)
        assert all(r.content for r in raws)


def test_component_sets_attributions_and_entities():
    from according.nlp import new_pipeline
    from according.records import Attribution, Entity

    nlp = new_pipeline()
    nlp.add_pipe("according")
    text = ("President Joe Biden told CNN last week that he would cut off some military aid. "
            "“It’s just wrong,” he said.")
    doc = nlp(text)
    atts = doc._.attributions
    assert len(atts) == 2 and all(isinstance(a, Attribution) for a in atts)
    assert [a.id for a in atts] == ["A1", "A2"]
    assert atts[0].recipient is not None and atts[0].recipient.span.text == "CNN"
    assert all(isinstance(e, Entity) for e in doc._.entities)
    assert "according" in nlp.pipe_names and nlp.get_pipe_meta("according").assigns == [
        "doc._.attributions", "doc._.entities"]


def test_find_attributions_quote_over_paragraphs_goes_to_its_closing_cue(nlp):
    text = ("“We will fight,” Jones said.\n\n“This is a long fight about everything we care for\n\n"
            "“And we will win it,” Smith said.")
    raws = _find(nlp, text)
    smith = next(r for r in raws if r.source is not None and r.source.text == "Smith")
    assert [c.text for c in smith.content] == [
        "“This is a long fight about everything we care for", "“And we will win it,”"]
    assert smith.kind == "direct"


def test_find_attributions_refuses_an_unparsed_doc():
    import spacy

    doc = spacy.blank("en")("He said that it rained, according to the Post.")
    with pytest.raises(ValueError, match="parsed Doc"):
        find_attributions(doc)


@pytest.mark.parametrize("text", ["", "  \n\n ", "“", "According to", "He said: “", "Smith: "])
def test_find_attributions_degenerate_texts_give_nothing(nlp, text):
    assert find_attributions(nlp(text)) == []


def _by_source(raws: list[RawAttribution], source: str) -> RawAttribution:
    found = [r for r in raws if r.source is not None and r.source.text == source]
    assert found, f"no attribution by {source!r} in {[r.source and r.source.text for r in raws]}"
    return found[0]


@pytest.mark.parametrize(("text", "not_cue", "source", "pieces"), [
    pytest.param(
        "\"This is not a partisan issue,\" said Sen. Maria Alvarez, D-Ore., who wrote the bill. "
        "\"These are families who lost everything.\"",
        "wrote", "Sen. Maria Alvarez, D-Ore., who wrote the bill", 2, id="who-wrote-the-bill"),
    pytest.param(
        "A senior official, who asked not to be named because the talks are continuing, said "
        "ministers were unlikely to agree.",
        "asked", "A senior official, who asked not to be named because the talks are continuing,",
        1, id="who-asked-not-to-be-named"),
])
def test_find_attributions_relative_clause_in_source_is_not_a_cue(nlp, text, not_cue, source,
                                                                   pieces):
    raws = _find(nlp, text)
    assert all(r.cue is None or not_cue not in r.cue.text for r in raws)
    assert len(_by_source(raws, source).content) == pieces


def test_find_attributions_interrupted_quote_gives_one_attribution(nlp):
    text = "\"I think,\" said Jane Doe, the agency's director, \"that we will get there.\""
    raws = _find(nlp, text)
    assert len(raws) == 1
    r = raws[0]
    assert r.kind == "direct" and r.source.text == "Jane Doe, the agency's director"
    assert [c.text for c in r.content] == ["\"I think,\"", "\"that we will get there.\""]


@pytest.mark.parametrize(("text", "speaker", "quote"), [
    pytest.param("Smith wrote on X that he was \"disappointed.\" Asked whether he would resign, "
                 "Smith said: \"No.\"", "Smith", "\"No.\"", id="asked-whether"),
    pytest.param("Asked about job losses, a Treasury source said: \"Nobody wants that.\"",
                 "a Treasury source", "\"Nobody wants that.\"", id="asked-about"),
])
def test_find_attributions_fronted_asked_is_not_the_speakers_cue(nlp, text, speaker, quote):
    raws = _find(nlp, text)
    said = _by_cue(raws, "said")
    assert said.source.text == speaker and [c.text for c in said.content] == [quote]
    assert all(r.source is None for r in raws if r.cue and r.cue.text.startswith("Asked"))


@pytest.mark.parametrize(("text", "not_cue"), [
    pytest.param("Two aides, who spoke on condition of anonymity because they were not "
                 "authorized to discuss private negotiations, said the bill would pass.",
                 "discuss", id="authorized-to-discuss"),
    pytest.param("The Senate voted 51-49 on Thursday to approve the bill.", "approve",
                 id="voted-to-approve"),
    pytest.param("Council leader David Okafor told The Chronicle that the authority had asked the "
                 "Environment Agency for emergency funding last October.", "asked",
                 id="asked-for-funding"),
])
def test_find_attributions_ordinary_verbs_are_not_cues(nlp, text, not_cue):
    raws = _find(nlp, text)
    assert raws, "the real cue of the sentence should still be found"
    assert all(r.cue is None or not_cue not in r.cue.text for r in raws)


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param("Critics argue the bill goes too far, while supporters insist it is necessary.",
                 "argue", ["the bill goes too far"], id="while-supporters-insist"),
    pytest.param("Yerlikaya said \"more than 300 people have been rescued\" as teams worked "
                 "through the night.", "said", ["\"more than 300 people have been rescued\""],
                 id="narration-after-quote"),
    pytest.param("He said he was not worried because he doubted any court would act.", "said",
                 ["he was not worried because he doubted any court would act"],
                 id="because-clause-stays"),
])
def test_find_attributions_content_ends_before_another_attribution(nlp, text, cue, content):
    assert [c.text for c in _by_cue(_find(nlp, text), cue).content] == content


@pytest.mark.parametrize(("text", "source"), [
    pytest.param("Unemployment fell to 3.9% last month, the data shows.", "the data",
                 id="the-data-shows"),
    pytest.param("Prices rose sharply in the spring, new figures suggest.", "new figures",
                 id="figures-suggest"),
])
def test_find_attributions_trailing_document_source(nlp, text, source):
    r = _find(nlp, text)[0]
    assert r.source is not None and r.source.text == source
    assert r.content[0].text == text.split(",")[0]


def test_find_attributions_quote_over_paragraphs_stays_with_its_first_cue(nlp):
    text = ("The minister said: \"We had no choice. The money had run out.\n\n"
            "\"Every department has had to make savings.\"")
    r = _by_cue(_find(nlp, text), "said")
    assert [c.text for c in r.content] == ["\"We had no choice. The money had run out.",
                                           "\"Every department has had to make savings.\""]
