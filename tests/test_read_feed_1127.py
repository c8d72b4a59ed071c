"""Feeds: a short description that holds a brief whole is the article, a teaser is not
(stranger trial 2026-11-27: a two-paragraph story in an RSS <description> was refused as
"only a summary")."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.read import ArticleInput, InputError, read_inputs

BRIEF = ("&lt;p&gt;RIVERTON - The county opened a second cooling centre on Wednesday as the "
         "heat wave entered its fifth day.&lt;/p&gt;&lt;p&gt;\"We had people queueing at the "
         "door by nine,\" said Ana Ruiz, the county's health officer. She said 120 people had "
         "used the first centre on Tuesday.&lt;/p&gt;")
TEASERS = [
    "&lt;p&gt;The county opened a second cooling centre on Wednesday as the heat wave "
    "entered its fifth day, officials said.&lt;/p&gt;",
    "&lt;p&gt;The county opened a second cooling centre on Wednesday as the heat wave "
    "entered its fifth day and officials said more [&amp;#8230;]&lt;/p&gt;&lt;p&gt;The post "
    "Cooling centre opens appeared first on Riverton Today.&lt;/p&gt;",
]


def _rss(description: str) -> str:
    return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Riverton Today"
            "</title><item><title>Second cooling centre opens</title>"
            "<link>https://riverton.example/cooling</link>"
            "<pubDate>Wed, 15 Jul 2026 18:00:00 +0000</pubDate>"
            f"<description>{description}</description></item></channel></rss>")


def _only_entry(tmp_path: Path, description: str) -> ArticleInput | InputError:
    path = tmp_path / "feed.rss"
    path.write_text(_rss(description), encoding="utf-8")
    (entry,) = read_inputs([str(path)])
    return entry


def test_feed_description_holding_whole_brief_is_the_article(tmp_path: Path) -> None:
    entry = _only_entry(tmp_path, BRIEF)
    assert isinstance(entry, ArticleInput), str(entry)
    paragraphs = entry.text.split("\n\n")
    assert paragraphs[0] == "Second cooling centre opens"
    assert paragraphs[1].startswith("RIVERTON - The county opened")
    assert paragraphs[2].startswith("\"We had people queueing")


@pytest.mark.parametrize("teaser", TEASERS)
def test_feed_description_teaser_is_still_refused(tmp_path: Path, teaser: str) -> None:
    entry = _only_entry(tmp_path, teaser)
    assert isinstance(entry, InputError)
    assert "only a summary" in entry.reason
