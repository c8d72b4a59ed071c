"""The pure merging rules of the ledger: source names, quote clusters, figure bounds."""

from __future__ import annotations

import pytest

from according.ledger.figures import Figure, contradicts, counted_key
from according.ledger.names import SourceMention, merge_sources, normalise_org, split_person
from according.ledger.quotes import cluster_texts


def mention(article: str, name: str, type_: str = "person", title: str | None = None,
            names: tuple[str, ...] = ()) -> SourceMention:
    return SourceMention(article, f"A-{name}", name, name, type_, title, names)


def keys_by_name(mentions: list[SourceMention]) -> dict[tuple[str, str], str]:
    """(article, name) -> the key of the cluster merge_sources put that mention in."""
    key_of = {ref: c.key for c in merge_sources(mentions) for ref in c.mentions}
    return {(m.article_id, m.name): key_of[(m.article_id, m.attribution_id)] for m in mentions}


@pytest.mark.parametrize(("name", "first", "surname"), [
    ("Joe Biden", "joseph", "biden"),
    ("President Joseph R. Biden Jr.", "joseph", "biden"),
    ("Sen. Bernie Sanders", "bernie", "sanders"),
    ("Secretary of State Antony Blinken's", "antony", "blinken"),
    ("Mr. Trump", None, "trump"),
])
def test_ledger_split_person_strips_titles_and_nicknames(name, first, surname):
    got_first, got_surname, _ = split_person(name)
    assert (got_first, got_surname) == (first, surname)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Joe Biden", "Joseph R. Biden Jr.", True),
    ("Joe Biden", "Hunter Biden", False),
    ("Jill Biden", "Joe Biden", False),
])
def test_ledger_merge_sources_full_names(a, b, same):
    keys = keys_by_name([mention("x", a), mention("y", b)])
    assert (keys[("x", a)] == keys[("y", b)]) is same


def test_ledger_merge_sources_surname_needs_a_shared_title():
    mentions = [
        mention("a1", "Joe Biden", title="President"),
        mention("a2", "Hunter Biden"),
        mention("a3", "President Biden"),
        mention("a4", "Mr. Biden"),
        mention("a5", "Biden"),
    ]
    keys = keys_by_name(mentions)
    assert keys[("a3", "President Biden")] == keys[("a1", "Joe Biden")]
    assert keys[("a4", "Mr. Biden")] not in {keys[("a1", "Joe Biden")],
                                             keys[("a2", "Hunter Biden")]}
    assert keys[("a5", "Biden")] != keys[("a4", "Mr. Biden")]  # different articles


def test_ledger_merge_sources_shared_title_but_two_people_stays_apart():
    mentions = [mention("a1", "Sen. Ted Cruz"), mention("a2", "Sen. Rafael Cruz"),
                mention("a3", "Sen. Cruz")]
    keys = keys_by_name(mentions)
    assert keys[("a3", "Sen. Cruz")] not in {keys[("a1", "Sen. Ted Cruz")],
                                             keys[("a2", "Sen. Rafael Cruz")]}


@pytest.mark.parametrize(("name", "names", "expected"), [
    ("The Washington Post", (), "washington post"),
    ("WaPo", (), "washington post"),
    ("the Post", ("The Washington Post",), "washington post"),
    ("the Post", ("The New York Post",), "new york post"),
    ("the Post", (), "post"),
    ("IDF", ("Israel Defense Forces",), "israel defense forces"),
])
def test_ledger_merge_sources_outlet_variants(name, names, expected):
    mentions = [mention("x", name, "outlet", names=names)]
    if names:
        mentions.append(mention("y", names[0], "organization"))
    key = keys_by_name(mentions)[("x", name)]
    assert key == "org:" + expected


def test_ledger_merge_sources_never_merges_anonymous_across_articles():
    clusters = merge_sources([mention("a", "officials", "anonymous"),
                              mention("b", "officials", "anonymous")])
    assert len(clusters) == 2


def test_ledger_normalise_org_drops_article_and_possessive():
    assert normalise_org("The Washington Post's") == "washington post"


def test_ledger_cluster_texts_joins_repeats_and_truncations_only():
    quote = ("We will not supply the weapons and artillery shells that have been used "
             "to go into Rafah")
    texts = [
        quote,
        "“We will not supply the weapons and artillery shells that have been used to go "
        "into Rafah,”",
        "we will not supply the weapons and artillery shells",  # a truncation
        "We will supply the weapons the army needs to defend the border",
        "Thirty people died on Monday in the strike",
        "Forty people died on Monday in the strike",  # same words, another number
        "No comment",
        "no comment.",
    ]
    labels = cluster_texts(texts)
    assert labels[0] == labels[1] == labels[2]
    assert labels[3] != labels[0]
    assert labels[6] == labels[7]
    texts_with_numbers = ["35,000 people have died in Gaza since October",
                          "30,000 people have died in Gaza since October"]
    a, b = cluster_texts(texts_with_numbers)
    assert a != b


def figure(text: str, value: float, low: float | None, high: float | None,
           hedge: str | None) -> Figure:
    return Figure("a", "Q1", text, value, low, high, hedge, "people died", "people",
                  counted_key("people died", "people"), "2024-05-14", None, None, None)


@pytest.mark.parametrize(("a", "b", "clash"), [
    (figure("more than 35,000", 35000, 35000, None, "more than"),
     figure("nearly 30,000", 30000, None, 30000, "nearly"), True),
    (figure("more than 35,000", 35000, 35000, None, "more than"),
     figure("at least 34,000", 34000, 34000, None, "at least"), False),
    (figure("about 35,000", 35000, 31500, 38500, "about"),
     figure("36,000", 36000, None, None, None), False),
    (figure("35,000", 35000, None, None, None),
     figure("36,000", 36000, None, None, None), True),
    (figure("up to 35,000", 35000, None, 35000, "up to"),
     figure("more than 35,000", 35000, 35000, None, "more than"), True),
])
def test_ledger_contradicts_by_bounds(a, b, clash):
    assert contradicts(a, b) is clash
    assert contradicts(b, a) is clash


@pytest.mark.parametrize(("a", "b"), [
    ("people have died", "people killed"),
    ("deaths", "dead"),
    ("Palestinians killed", "Palestinians have been killed"),
])
def test_ledger_counted_key_normalises_wording(a, b):
    assert counted_key(a, "people") == counted_key(b, "people")


def test_ledger_counted_key_keeps_different_things_apart():
    assert counted_key("people injured", "people") != counted_key("people killed", "people")


def test_ledger_merge_rules_import_without_duckdb():
    import subprocess
    import sys

    code = ("import sys; import according.ledger.rows, according.ledger.derive, "
            "according.ledger.names, according.ledger.quotes, according.ledger.duplicates, "
            "according.ledger.figures, according.ledger.model; "
            "assert 'duckdb' not in sys.modules, 'duckdb imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
