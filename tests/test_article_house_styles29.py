"""Article layout: the families a twenty-ninth round of fresh house styles (tests/data/
styles_fresh29: corrected, updated and republished stories - wire version prefixes and update
lines, correction and amendment notes, editor's and update notes, a developing story, and
stories republished under licence from ProPublica, KFF Health News, Project Syndicate, Global
Voices and The Conversation) found wrong, each pinned on a short page or line of its own."""

from __future__ import annotations

import pytest

from tests.pool_story import LEDE, PARAGRAPHS
from tests.pool_story import kind_in_story as _kind_in_story
from tests.pool_story import kind_of as _kind_of
from tests.pool_story import story_with as _story_with
from tests.test_article import sound_layout

# A story's changes: notes on what changed are furniture, never the story.


@pytest.mark.parametrize("line", [
    "(Updates with mining ministry comment in paragraphs 5-6, analyst in paragraph 8)",
    "(Corrects day of Bank of Canada decision in paragraph 4 to Wednesday from Tuesday)",
    "(Refiles to fix typo in headline)",
    "Correction appended",
    "This article was amended on 5 March 2025.",
    "Editor’s note: This story was updated at 4:15 p.m. March 4, 2025, to include comment "
    "from the Colorado Department of Transportation on how toll rates will be set.",
    "Update, March 6, 2025: This story has been updated to include a statement from the "
    "Arizona Department of Water Resources received after publication.",
    "This is a developing story and will be updated.",
])
def test_line_kind_revision_notes_are_furniture(line: str) -> None:
    assert _kind_in_story(line) == "boilerplate", line


@pytest.mark.parametrize("line", [
    "This is a developing situation and we will respond as it changes, the governor said.",
    "An earlier version of this report, released in 2019, found the bridge was safe for "
    "another decade.",
    "(The council later corrected the figure in a statement on Tuesday.)",
    # a note stating what was wrong is the story's corrected report (rounds 19 and 22)
    "Correction: An earlier version of this article misstated the value of the contract. It "
    "is $48 million, not $84 million.",
    "This article was amended on 5 March 2025. An earlier version said the tunnel was 11km "
    "long; it is 9km.",
    "Editor’s note: An earlier version of this story incorrectly said the vote was 9-4.",
])
def test_line_kind_story_sentences_about_changes_stay_story(line: str) -> None:
    assert _kind_in_story(line) == "body", line


def test_layout_wire_update_line_is_not_the_standfirst() -> None:
    text = ("Reuters\nSkip to main content\nMarkets\nCommodities\n"
            "UPDATE 2-Chile's copper output falls 4% in January on Escondida maintenance\n"
            "By Tomas Rivas\n"
            "March 4, 2025 4:12 PM GMT\n"
            "Updated 3 hours ago\n"
            "(Updates with mining ministry comment in paragraphs 5-6)\n"
            "SANTIAGO, March 4 (Reuters) - Copper production in Chile fell 4.1% in January "
            "from a year earlier, the statistics agency said on Tuesday.\n"
            "The mining ministry said the dip was expected and that output would rise.\n")
    layout = sound_layout(text)
    assert layout.metadata.standfirst is None
    assert layout.metadata.dateline == "SANTIAGO"
    assert layout.metadata.headline == ("Chile's copper output falls 4% in January on Escondida "
                                        "maintenance")


@pytest.mark.parametrize(("headline", "want"), [
    ("UPDATE 2-Chile's copper output falls 4% in January",
     "Chile's copper output falls 4% in January"),
    ("CORRECTED-Canadian dollar posts weekly gain as tariff fears ease",
     "Canadian dollar posts weekly gain as tariff fears ease"),
    ("REFILE-UPDATE 1-Port strike enters third day", "Port strike enters third day"),
    ("[Project Syndicate] The real cost of a tariff truce", "The real cost of a tariff truce"),
    # a headline's own words stay
    ("Update on the strike: talks resume in Ottawa", "Update on the strike: talks resume in "
     "Ottawa"),
])
def test_layout_headline_without_wire_version_prefix(headline: str, want: str) -> None:
    assert sound_layout(_story_with("Share", headline=headline)).metadata.headline == want


# Republished stories: the carrying site is the outlet, where the story first ran is credited.


@pytest.mark.parametrize(("line", "first"), [
    ("This article first appeared on KFF Health News and is republished here under a "
     "Creative Commons license.", "KFF Health News"),
    ("This article is republished from The Conversation under a Creative Commons license. "
     "Read the original article.", "The Conversation"),
    ("This article was originally published by Himal Southasian. An edited version is "
     "republished on Global Voices as part of a content-sharing agreement.",
     "Himal Southasian"),
    ("Copyright: Project Syndicate, 2025.", "Project Syndicate"),
])
def test_layout_republishing_note_credits_first_publisher(line: str, first: str) -> None:
    text = _story_with(line)
    layout = sound_layout(text, url="https://www.fastcompany.com/91290001/story")
    assert first in layout.metadata.credits
    assert _kind_of(text, line, url="https://www.fastcompany.com/91290001/story") != "body"


def test_layout_republishing_note_naming_own_outlet_credits_no_one() -> None:
    line = ("This article is republished from The Conversation under a Creative Commons "
            "license. Read the original article.")
    layout = sound_layout(_story_with(line), url="https://theconversation.com/story-12345")
    assert layout.metadata.outlet == "The Conversation"
    assert layout.metadata.credits == ()


@pytest.mark.parametrize("line", [
    "Louisiana Illuminator is part of States Newsroom, a nonprofit news network supported by "
    "grants and a coalition of donors as a 501c(3) public charity.",
    "Our stories may be republished online or in print under Creative Commons license CC "
    "BY-NC-ND 4.0.",
    "KFF Health News is a national newsroom that produces in-depth journalism about health "
    "issues and is one of the core operating programs at KFF.",
    "www.project-syndicate.org",
])
def test_line_kind_republishing_networks_lines_are_furniture(line: str) -> None:
    assert _kind_in_story(line) == "boilerplate", line


def test_layout_guest_writer_note_is_not_story() -> None:
    text = ("The real cost of a tariff truce\nBy Miriam Adeyemi\n\n" + LEDE + "\n\n"
            + PARAGRAPHS[0] + "\n\nMiriam Adeyemi, a former chief economist at the African "
            "Development Bank, is a professor of international economics at the London "
            "School of Economics.\n")
    assert _kind_of(text, "Miriam Adeyemi, a former") != "body"


@pytest.mark.parametrize("caption", [
    "Traffic backs up on westbound Interstate 70 near Idaho Springs on a Saturday in January. "
    "(Owen Ruiz, The Colorado Sun)",
    "Center-pivot sprinklers water alfalfa near Vicksburg, Arizona. (Lena Ortiz for "
    "ProPublica)",
])
def test_line_kind_caption_credited_to_photographer_of_known_paper(caption: str) -> None:
    # (a figcaption is kept under an HTML page's story only when it reads as a caption)
    from according.article import line_kind

    assert line_kind(caption) == "caption"


def test_layout_bracketed_photo_credit_alone_is_caption() -> None:
    line = "[Photo: Mikhail Voronin/Unsplash]"
    layout = sound_layout(_story_with(line))
    assert [r.credit for r in layout.regions if r.credit] == ["Mikhail Voronin/Unsplash"]


def test_layout_outlet_masthead_with_state_code_address() -> None:
    text = "Louisiana Illuminator\nHealth\n" + _story_with("Share")
    layout = sound_layout(text, url="https://lailluminator.com/2025/03/07/story/")
    assert layout.metadata.outlet == "Louisiana Illuminator"


def test_layout_site_label_yields_to_table_name_when_address_given_beside() -> None:
    from according.records import Metadata

    layout = sound_layout(_story_with("Share"), hints=Metadata(outlet="Koreatimes"),
                          url="https://www.koreatimes.co.kr/opinion/20250306/story")
    assert layout.metadata.outlet == "The Korea Times"
