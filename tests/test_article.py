"""Article layout: regions and metadata of scraped news text (according.article)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from according.article import Layout, published_utc, read_layout
from according.records import REGION_KINDS, Metadata
from tests.conftest import DEMO, EXAMPLE, POLNEAR, needs_shared

GUARDIAN_STYLE = """\
Ministers accused of ‘betraying’ renters as eviction ban is delayed again

Campaigners say the government has broken its promise to end no-fault evictions before the election

Jane Doe Housing correspondent
Wed 6 Mar 2024 17.45 GMT

Ministers have delayed the ban on no-fault evictions for a third time, leaving millions of \
renters exposed to sudden moves, campaigners said on Wednesday.

“This is a betrayal of every renter who was promised security,” said Polly Neate, the chief \
executive of Shelter.

Protesters outside parliament in London last year. Photograph: Guy Smallman/Getty Images

The housing minister, Jacob Young, told MPs the courts needed more time to prepare.

Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST

Read more: Landlords warn of exodus as tax changes bite

Copyright 2024 Guardian News & Media Limited. All rights reserved.
"""

AP_STYLE = """\
Biden signs bill to avert government shutdown hours before deadline

By JOSH BOAK and SEUNG MIN PARK

WASHINGTON (AP) — President Joe Biden signed a stopgap spending bill on Saturday, hours \
before a midnight deadline, the White House said.

“We averted a crisis,” Biden said in a statement. “But this is no way to govern.”

The measure keeps the government open until Jan. 19, according to the Congressional \
Budget Office, which estimated its cost at about $2 billion.

Associated Press writer Lisa Mascaro contributed to this report.

Copyright 2024 The Associated Press. All rights reserved. This material may not be \
published, broadcast, rewritten or redistributed without permission.
"""

US_SITE_STYLE = """\
We use cookies to improve your experience. By continuing, you agree to our cookie policy.

City council approves $1.2 billion transit plan after marathon session

By Maria Lopez and Tom Reed
Updated March 5, 2024 at 3:15 p.m. EST

Share this article

The city council voted 9-4 early Tuesday to approve a $1.2 billion plan to expand bus \
and light-rail service, ending a debate that lasted more than 11 hours.

Advertisement

Mayor Karen Bass hailed the vote. “This is the most important transit decision in a \
generation,” she told reporters at City Hall.

A light-rail train pulls into Union Station on Monday (Mario Tama/Getty Images)

Opponents said the plan would raise fares.
"""


def kinds_of(text: str, layout: Layout) -> dict[str, str]:
    """Each region's text -> its kind."""
    return {text[r.start:r.end]: r.kind for r in layout.regions}


def assert_regions_sound(text: str, layout: Layout) -> None:
    """Offsets in order, inside the text, trimmed, and every non-blank character covered."""
    covered = [False] * len(text)
    last_end = 0
    for region in layout.regions:
        assert region.kind in REGION_KINDS
        assert last_end <= region.start < region.end <= len(text)
        piece = text[region.start:region.end]
        assert piece == piece.strip(), f"untrimmed region {piece!r}"
        assert region.credit is None or region.kind == "caption"
        for i in range(region.start, region.end):
            covered[i] = True
        last_end = region.end
    missed = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not missed, f"uncovered text at {missed[:5]}: {text[missed[0]:missed[0] + 40]!r}"


def sound_layout(text: str, **kwargs):  # type: ignore[no-untyped-def]
    """read_layout's layout of `text`, its regions checked (assert_regions_sound)."""
    layout = read_layout(text, **kwargs)
    assert_regions_sound(text, layout)
    return layout


# The example article (../shared).


def test_layout_example_metadata() -> None:
    needs_shared(EXAMPLE)
    text = EXAMPLE.read_text(encoding="utf-8")
    meta = read_layout(text).metadata
    assert meta.headline == text.splitlines()[0]
    assert meta.standfirst and meta.standfirst.startswith("For weeks, Israeli officials")
    assert meta.byline == ("John Bowden",)
    assert meta.dateline == "Washington DC"
    assert meta.published == "2024-05-14T02:50:00+00:00"
    assert meta.published_text == "Tuesday 14 May 2024 03:50 BST"
    assert meta.outlet == "The Independent"
    assert meta.credits == ("The Associated Press",)


def test_layout_example_regions() -> None:
    needs_shared(EXAMPLE)
    text = EXAMPLE.read_text(encoding="utf-8")
    layout = read_layout(text)
    assert_regions_sound(text, layout)
    kinds = kinds_of(text, layout)
    assert kinds["Palestinian death toll nears 35,000 as Israel ramps up strikes"] == "related"
    assert kinds["With reporting from The Associated Press"] == "credit"
    captions = {text[r.start:r.end][-30:]: r.credit for r in layout.regions if r.kind == "caption"}
    assert sorted(captions.values()) == ["POOL/AFP via Getty Images", "REUTERS"]
    furniture = [r for r in layout.regions if r.kind == "boilerplate"]
    assert [text[r.start:r.end][:20] for r in furniture] == [
        "Join our commenting ", "Join thought-provoki", "Thank you for regist",
        "Please refresh the p",
    ]
    # Every paragraph that ends as a sentence is story text, labelled body.
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if para.endswith((".", "”")) and len(para.split()) > 12:
            assert kinds.get(para) == "body", para[:60]


def test_layout_demo_article() -> None:
    if not DEMO.exists():
        pytest.skip(f"{DEMO} is absent")
    text = DEMO.read_text(encoding="utf-8")
    layout = read_layout(text)
    assert_regions_sound(text, layout)
    kinds = [r.kind for r in layout.regions]
    assert kinds[:6] == ["headline", "standfirst", "byline", "dateline", "date", "related"]
    assert layout.metadata.published is not None
    assert "caption" in kinds and kinds[-1] == "boilerplate"


# Short articles written in the shape of other outlets' pages.


def test_layout_guardian_style() -> None:
    layout = read_layout(GUARDIAN_STYLE)
    assert_regions_sound(GUARDIAN_STYLE, layout)
    kinds = kinds_of(GUARDIAN_STYLE, layout)
    caption = GUARDIAN_STYLE.split("\n\n")[5]
    assert caption.startswith("Protesters") and kinds[caption] == "caption"
    credits = [r.credit for r in layout.regions if r.kind == "caption"]
    assert credits == ["Guy Smallman/Getty Images"]
    assert kinds["Read more: Landlords warn of exodus as tax changes bite"] == "related"
    assert kinds[GUARDIAN_STYLE.splitlines()[-1]] == "boilerplate"
    assert kinds[GUARDIAN_STYLE.splitlines()[2]] == "standfirst"
    assert layout.metadata.byline == ("Jane Doe",)
    assert layout.metadata.published == "2024-03-06T17:45:00+00:00"
    assert sum(k == "body" for k in kinds.values()) == 3


def test_layout_ap_style() -> None:
    layout = read_layout(AP_STYLE)
    assert_regions_sound(AP_STYLE, layout)
    kinds = kinds_of(AP_STYLE, layout)
    meta = layout.metadata
    assert meta.byline == ("JOSH BOAK", "SEUNG MIN PARK")
    assert meta.dateline == "WASHINGTON"
    assert kinds["WASHINGTON (AP) —"] == "dateline"
    assert meta.outlet == "The Associated Press"
    assert kinds["Associated Press writer Lisa Mascaro contributed to this report."] == "credit"
    assert kinds[AP_STYLE.strip().split("\n\n")[-1]] == "boilerplate"
    assert "The Associated Press" in meta.credits
    assert kinds[AP_STYLE.split("\n\n")[3]] == "body"


def test_layout_us_site_style_with_url() -> None:
    layout = read_layout(US_SITE_STYLE, url="https://www.washingtonpost.com/dc-md-va/2024/03/05/x/")
    assert_regions_sound(US_SITE_STYLE, layout)
    kinds = kinds_of(US_SITE_STYLE, layout)
    meta = layout.metadata
    assert meta.headline == "City council approves $1.2 billion transit plan after marathon session"
    assert kinds[US_SITE_STYLE.splitlines()[0]] == "boilerplate"
    assert meta.byline == ("Maria Lopez", "Tom Reed")
    assert meta.published == "2024-03-05T20:15:00+00:00"
    assert meta.outlet == "The Washington Post"
    assert kinds["Share this article"] == kinds["Advertisement"] == "boilerplate"
    assert [r.credit for r in layout.regions if r.kind == "caption"] == ["Mario Tama/Getty Images"]
    assert kinds["Opponents said the plan would raise fares."] == "body"


def test_layout_hints_fill_what_text_lacks() -> None:
    text = "Senate passes bill\n\nThe Senate passed the bill on Tuesday after a long debate."
    hints = Metadata(headline="Senate passes bill", byline=("Jane Smith",), outlet="The Ledger",
                     published="2024-03-05T19:20:00+00:00")
    meta = read_layout(text, hints=hints).metadata
    assert (meta.byline, meta.outlet, meta.published) == (
        ("Jane Smith",), "The Ledger", "2024-03-05T19:20:00+00:00")
    assert meta.published_text is None  # the text never showed a stamp; no ISO string made up


# One line among story paragraphs, and the kind it gets.

LEDE = "The council voted on the budget on Tuesday after a long debate."
STORY = f"Council votes on budget\n\n{LEDE}\n\n"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("A man walks past the flooded station on Monday (AFP via Getty Images)", "caption"),
        ("Firefighters at the scene in Leeds (PA)", "caption"),
        ("Currently there are two: Cory Booker (D-N.J.) and Tim Scott (R-S.C.)", "body"),
        ("He was shot after he approached the car. (WARNING: Video contains graphic images.)",
         "body"),
        ("“We will not back down,” she said, according to a statement (AP)", "body"),
        ("Sign up to our free Breaking News emails", "boilerplate"),
        ("Share this article", "boilerplate"),
        ("Watch the full interview below:", "boilerplate"),
        ("Read more: Council tax to rise by 5 per cent", "related"),
        ("Additional reporting by Reuters", "credit"),
        ("Reporting by Jane Doe in London; Editing by Mark Heinrich", "credit"),
        ("The mayor said the budget would be balanced by 2026.", "body"),
        ("(Reporting by Jane Doe; Editing by Mark Heinrich)", "credit"),
        ("This article originally appeared on The Conversation.", "credit"),
        ("Image source, Reuters", "caption"),
        ("Image caption, Firefighters at the scene in Leeds on Monday", "caption"),
        ("Story continues below advertisement", "boilerplate"),
        ("Continue reading the main story", "boilerplate"),
        ("Sign up to the scheme was voluntary, the union said.", "body"),
        ("Sign up to the scheme was voluntary.", "body"),
        ("Subscribe now for free, and the bill is paid by the council.", "body"),
        ("Read more than 300 letters from staff and you will see the anger, said one editor.",
         "body"),
        ("Most read: Two dead after crash on M5 on Sunday", "related"),
        ("More on this story", "related"),
        ("Photograph: Getty Images", "caption"),
        ("Image credit: www.example-phones.com/in/", "caption"),
    ],
)
def test_layout_body_line_kind(line: str, kind: str) -> None:
    text = STORY + line + "\n\nThe vote was 7-2, officials said.\n"
    layout = read_layout(text)
    assert kinds_of(text, layout)[line] == kind


@pytest.mark.parametrize(
    ("stamp", "utc"),
    [
        ("Tuesday 14 May 2024 03:50 BST", "2024-05-14T02:50:00+00:00"),
        ("Thursday 7 March 2024 18:30 GMT", "2024-03-07T18:30:00+00:00"),
        ("Updated March 5, 2024 at 3:15 p.m. EST", "2024-03-05T20:15:00+00:00"),
        ("July 4, 2024 10:00 a.m. EDT", "2024-07-04T14:00:00+00:00"),
        ("Wed 6 Mar 2024 17.45 GMT", "2024-03-06T17:45:00+00:00"),
        ("2024-05-14T03:50:00+01:00", "2024-05-14T02:50:00+00:00"),
        ("2024-05-14T03:50:00Z", "2024-05-14T03:50:00+00:00"),
        ("14 May 2024", "2024-05-14T00:00:00+00:00"),
        ("Nov. 19, 2015", "2015-11-19T00:00:00+00:00"),
        ("Mon, 03 Feb 2025 16:30:00 +0300", "2025-02-03T13:30:00+00:00"),
        ("Mon, 03 Feb 2025 16:30:00 -0500", "2025-02-03T21:30:00+00:00"),
        ("Updated 4:30 PM EST, March 14, 2025", "2025-03-14T21:30:00+00:00"),
        ("14/03/2025 16:30 +0300", "2025-03-14T13:30:00+00:00"),
        ("March 14, 2025 at 4:30 p.m. ET", "2025-03-14T20:30:00+00:00"),  # EDT by then
        ("January 14, 2025 at 4:30 p.m. ET", "2025-01-14T21:30:00+00:00"),  # EST
        ("10 June 2025 07:30 (GMT+1)", "2025-06-10T06:30:00+00:00"),
        ("not a date at all", None),
        ("", None),
    ],
)
def test_published_utc_converts_zones(stamp: str, utc: str | None) -> None:
    assert published_utc(stamp) == utc


@pytest.mark.parametrize(
    ("stamp", "utc"),
    [
        ("Updated 4:30 PM EST, March 14, 2025", "2025-03-14T21:30:00+00:00"),
        ("Published: 14/03/2025 16:30 +0300", "2025-03-14T13:30:00+00:00"),
        ("2025-03-14T16:30:00+03:00", "2025-03-14T13:30:00+00:00"),
        ("March 14, 2025 at 4:30 p.m. ET", "2025-03-14T20:30:00+00:00"),
        ("Fri 14 Mar 2025 16.30 GMT", "2025-03-14T16:30:00+00:00"),
    ],
)
def test_layout_date_line_forms(stamp: str, utc: str) -> None:
    text = f"Senators weigh aid package\n\nBy Tom Ellis\n{stamp}\n\n{LEDE}\n"
    layout = read_layout(text)
    assert kinds_of(text, layout)[stamp] == "date"
    assert layout.metadata.published == utc


@pytest.mark.parametrize(
    ("stamp", "utc"),
    [
        ("Last Updated: March 15, 2025 1:15 AM GMT | First Published: March 14, 2025 4:30 PM GMT",
         "2025-03-14T16:30:00+00:00"),
        ("Updated 6:05 PM EST, March 15, 2025 · Published 4:30 PM EST, March 14, 2025",
         "2025-03-14T21:30:00+00:00"),
    ],
)
def test_layout_date_line_of_two_labelled_stamps_takes_the_publication(stamp: str,
                                                                        utc: str) -> None:
    # each stamp of the line by its own label: the first publication, not the update
    text = f"Senators weigh aid package\n\nBy Tom Ellis\n{stamp}\n\n{LEDE}\n"
    layout = read_layout(text)
    assert kinds_of(text, layout)[stamp] == "date"
    assert layout.metadata.published == utc


@pytest.mark.parametrize("meta", ["By Ann Roe on March 5, 2024",
                                  "Posted on March 5, 2024 by Ann Roe"])
@pytest.mark.parametrize("headline", ["Storm hits coast",
                                      "Storm knocks out power to thousands along the coast"])
def test_layout_byline_around_a_stamp_gives_both(meta: str, headline: str) -> None:
    # a blog's meta line in plain text, as the HTML reader takes it: the name and the day
    text = f"{headline}\n\n{meta}\n\n{LEDE}\n"
    layout = read_layout(text)
    assert layout.metadata.headline == headline
    assert layout.metadata.byline == ("Ann Roe",)
    assert layout.metadata.published == "2024-03-05T00:00:00+00:00"
    assert kinds_of(text, layout)[meta] == "byline"


def test_layout_list_of_durations_is_no_reading_time() -> None:
    # "4 minutes", "5 minutes" items of a settings list under the lead are the story, not a
    # reading time ("2 min", "3 min read") that would make the lead a standfirst
    items = "\n\n".join(f"{n} minutes" for n in (4, 5, 6, 7))
    text = f"Game settings\n\n{LEDE}\n\nChoose how long each half lasts.\n\n{items}\n"
    kinds = kinds_of(text, read_layout(text))
    assert kinds[LEDE] == kinds["4 minutes"] == kinds["7 minutes"] == "body"


@pytest.mark.parametrize(
    ("header", "dateline", "utc"),
    [
        ("Sarah Pemberton\nSocial Affairs Correspondent\n\nBristol\n\n"
         "Wednesday 12 March 2025 09:15 GMT\n\nSign up to our free Politics Explained newsletter",
         "Bristol", "2025-03-12T09:15:00+00:00"),
        ("Tom Ellis\nTransport Correspondent\nTuesday 14 May 2024 03:50 BST", None,
         "2024-05-14T02:50:00+00:00"),
        ("Tom Ellis\nin Washington\nTuesday 14 May 2024 03:50 BST", "Washington",
         "2024-05-14T02:50:00+00:00"),
        ("By Tom Ellis\nPolitical Editor\n\nShare this article\n\nTuesday 14 May 2024 03:50 BST",
         None, "2024-05-14T02:50:00+00:00"),
    ],
)
def test_layout_role_line_under_byline(header: str, dateline: str | None, utc: str) -> None:
    text = f"Council backs harbourside homes\n\n{header}\n\n{LEDE}\n"
    layout = read_layout(text)
    kinds = kinds_of(text, layout)
    role = header.split("\n")[1]
    assert kinds[role] == "byline"
    assert (layout.metadata.dateline, layout.metadata.published) == (dateline, utc)
    assert [line for line, kind in kinds.items() if kind == "body"] == [LEDE]


@pytest.mark.parametrize(
    ("byline", "names", "outlet"),
    [
        ("By JAMES CORTEZ Associated Press", ("JAMES CORTEZ",), "The Associated Press"),
        ("By JAMES CORTEZ\nAssociated Press", ("JAMES CORTEZ",), "The Associated Press"),
        ("By Jane Doe, Reuters", ("Jane Doe",), "Reuters"),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), None),
    ],
)
def test_layout_byline_names_its_outlet(byline: str, names: tuple, outlet: str | None) -> None:
    text = f"Senators weigh aid package\n\n{byline}\n\n{LEDE}\n"
    meta = read_layout(text).metadata
    assert (meta.byline, meta.outlet) == (names, outlet)
    assert (outlet in meta.credits) if outlet else meta.credits == ()


@pytest.mark.parametrize(
    ("first", "headline"),
    [
        ("WASHINGTON (AP) — The Senate voted 51-49 on Thursday to approve the bill, which the "
         "White House said it would sign.", None),
        ("LONDON — Ministers have delayed the ban on no-fault evictions for a third time, "
         "leaving millions of renters exposed, campaigners said.", None),
        ("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines.", "EXCLUSIVE"),
    ],
)
def test_layout_wire_lede_first_is_not_a_headline(first: str, headline: str | None) -> None:
    text = f"{first}\n\n“It is a good day,” said Sen. Ann Roe, D-Mass.\n"
    layout = read_layout(text)
    assert_regions_sound(text, layout)
    meta = layout.metadata
    if headline is None:
        assert [r.kind for r in layout.regions] == ["dateline", "body", "body"]
        assert meta.headline is None and meta.dateline == first.split(" ")[0].rstrip(",")
        assert meta.outlet == ("The Associated Press" if "(AP)" in first else None)
    else:
        assert meta.headline == first and layout.regions[0].kind == "headline"


@pytest.mark.parametrize("text", ["", "\n\n  \n", "One line only", GUARDIAN_STYLE + "\r\n\r\nEnd."])
def test_layout_regions_sound_on_odd_texts(text: str) -> None:
    assert_regions_sound(text, read_layout(text))


# PolNeAR (../shared): headline found, reported speech never taken for furniture.


def polnear_texts(split: str) -> list[str]:
    folder = POLNEAR / split
    needs_shared(folder)
    paths = sorted(folder.glob("*.json"))
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in paths]


def test_layout_polnear_dev_speech_stays_body() -> None:
    texts = polnear_texts("dev")
    assert len(texts) > 50
    wrong = []
    for text in texts:
        layout = read_layout(text)
        assert layout.regions[0].kind == "headline"
        assert text[: layout.regions[0].end] == text.split("\n")[0].rstrip()
        for region in layout.regions:
            piece = text[region.start:region.end]
            if region.kind != "body" and re.search(r"[\"“”]", piece) and "said" in piece:
                wrong.append((region.kind, piece[:80]))
    assert wrong == []


# Every offset points into the text, and metadata read from a region is that region's text.


@pytest.mark.parametrize("text", [GUARDIAN_STYLE, AP_STYLE, US_SITE_STYLE])
def test_layout_metadata_matches_region_text(text: str) -> None:
    layout = read_layout(text)
    meta = layout.metadata
    by_kind: dict[str, list[str]] = {}
    for region in layout.regions:
        by_kind.setdefault(region.kind, []).append(text[region.start:region.end])
    assert by_kind["headline"] == [meta.headline]
    if "standfirst" in by_kind:
        assert meta.standfirst == by_kind["standfirst"][0]
    if "dateline" in by_kind:
        assert meta.dateline and by_kind["dateline"][0].startswith(meta.dateline)
    if "date" in by_kind:
        assert meta.published_text and by_kind["date"][0].endswith(meta.published_text)
    for line in by_kind.get("byline", []):
        assert all(name in line for name in meta.byline)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "Headline here", "", "By Jane Doe", "Washington DC", "Tuesday 14 May 2024 03:50 BST",
    "A boy looks on (REUTERS)", "Share this article", "  ", "\t", "“Quote,” he said.",
    "NEW YORK (AP) — Something happened on Tuesday in the city.", "With reporting from AP",
    "The council voted on the budget on Tuesday after a long debate.", "\r", "x",
]), max_size=25), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_layout_regions_sound_on_any_arrangement(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    assert_regions_sound(text, read_layout(text))


@pytest.mark.parametrize(
    ("site_name", "url", "outlet"),
    [
        ("The Daily Ledger", "https://www.independent.co.uk/news/x", "The Daily Ledger"),
        ("independent.co.uk", None, "The Independent"),
        ("www.unknown-paper.example", None, "www.unknown-paper.example"),
        ("AP", None, "AP"),  # a name the input gave is kept as written
        ("BBC News", "https://www.bbc.co.uk/news/x", "BBC News"),
        ("UNICEF - Press releases", None, "UNICEF"),  # a titled site name -> its outlet
        (None, "https://edition.cnn.com/2024/05/14/politics/x", "CNN"),
        (None, "https://www.bbc.co.uk/news/world-123", "BBC"),
        (None, "https://example.org/story", "example.org"),  # unknown: its registered domain
        (None, "https://news.bristolpost.co.uk/x", "Bristol Post"),
        (None, "https://www.lusakatimes.com/2025/03/05/x/", "Lusaka Times"),
        ("Gulf News: Latest UAE news, Dubai news", None, "Gulf News"),
        (None, "http://localhost:8000/story", None),
    ],
)
def test_layout_outlet_from_site_name_or_url(
    site_name: str | None, url: str | None, outlet: str | None
) -> None:
    text = "Council votes on budget\n\nThe council voted on the budget on Tuesday after a debate."
    layout = read_layout(text, hints=Metadata(outlet=site_name), url=url)
    assert layout.metadata.outlet == outlet


def test_layout_given_host_publishes_the_page_not_the_wire_of_its_dateline() -> None:
    text = ("Council votes on budget\n\nWASHINGTON (Reuters) - The council voted on the budget "
            "on Tuesday after a long debate, officials said.")
    meta = read_layout(text, hints=Metadata(outlet="ledger-news.example")).metadata
    assert meta.outlet == "ledger-news.example"
    assert "Reuters" in meta.credits


def test_layout_no_headline_when_text_opens_with_a_story_paragraph() -> None:
    text = " ".join(["The council voted on the budget on Tuesday after a long debate."] * 5)
    layout = read_layout(text)
    assert [r.kind for r in layout.regions] == ["body"]
    assert layout.metadata.headline is None


@pytest.mark.parametrize(
    ("second", "kinds"),
    [
        ("Residents say they were given only hours of warning before the river burst its banks",
         {"standfirst"}),
        ("WASHINGTON (AP) — The Latest on the 2016 presidential campaign (all times EST):",
         {"dateline", "body"}),
        ("Your daily look at late-breaking news, upcoming events and the stories of today:",
         {"body"}),
        ("The council voted on the budget on Tuesday after a long debate over the cuts.",
         {"body"}),
    ],
)
def test_layout_standfirst_without_byline(second: str, kinds: set[str]) -> None:
    text = f"Flood barrier will not survive winter\n\n{second}\n\nThe agency said it would pay.\n"
    start = text.index(second)
    layout = read_layout(text)
    inside = {r.kind for r in layout.regions if start <= r.start < start + len(second)}
    assert inside == kinds


@pytest.mark.parametrize("heading", ["What Happened", "How It Works", "The Bottom Line",
                                     "About The Author"])
def test_layout_section_heading_after_the_lead_is_not_a_byline(heading: str) -> None:
    # a blog post: the lead paragraph, then a section heading of capitalised words; the
    # heading is no byline, so the lead is not taken for a standfirst above one
    lead = ("I gave a talk on testing last week and my demo broke in front of everyone. Worse, "
            "it was a failing test in a talk about tests. Can anything be saved from that?")
    text = (f"A post mortem of a broken demo\n\n{lead}\n\n{heading}\n\n"
            "It was my second talk and I used the same slides as the first one.\n")
    layout = read_layout(text)
    kinds = kinds_of(text, layout)
    assert layout.metadata.byline == ()
    assert kinds[lead] == "body" and kinds[heading] != "byline"


def test_layout_unpunctuated_lead_over_unpunctuated_story_is_body() -> None:
    # a site that ends no paragraph with a full stop: its first paragraph is the lead, not an
    # unpunctuated summary line (one over punctuated paragraphs stays a standfirst)
    lead = "United have paid the £60m fee this morning to sign the goalkeeper from Porto"
    text = (f"BREAKING: United trigger keeper's release clause\n\n{lead}\n\n"
            "The deal frees the £30m move of their current number one to Madrid\n\n"
            "The 24-year-old will have a medical at the club's training ground today\n")
    kinds = kinds_of(text, read_layout(text))
    assert kinds[lead] == "body"
    punctuated = text.replace("to Madrid\n", "to Madrid.\n")
    assert kinds_of(punctuated, read_layout(punctuated))[lead] == "standfirst"


@pytest.mark.parametrize(("line", "names"), [
    ("Jane Doe, The Daily Star", ("Jane Doe",)),
    ("Jane Doe, Our Correspondent in Nairobi", ("Jane Doe",)),
])
def test_layout_byline_without_by_keeps_its_name_before_a_paper_or_desk(line, names) -> None:
    # a later piece opening with "The"/"Our" is no name, but the name before it is one
    lede = ("The city council voted on Tuesday to raise the budget for road repairs by a "
            "fifth, ending a months-long dispute.")
    text = f"Council raises road budget\n\n{line}\n\n{lede}\n\nThe vote was 7-2.\n"
    assert read_layout(text).metadata.byline == names


@pytest.mark.parametrize("between", [
    "Image caption, Firefighters were called to the flooded village just after two in the morning",
    "What we know so far about the floods in the three villages",
])
def test_layout_unpunctuated_summary_over_a_caption_or_subhead_stays_standfirst(between) -> None:
    # the line under the summary is a caption or a sub-heading, not a sign that the site
    # leaves its paragraphs unpunctuated: the story below ends its paragraphs
    summary = ("Residents in three villages have been told to leave their homes as the river "
               "keeps rising")
    text = (f"Villagers told to leave as river rises\n\n{summary}\n\n{between}\n\n"
            "The Environment Agency issued a severe flood warning on Tuesday morning.\n\n"
            "Crews worked through the night to shore up the banks, the council said.\n")
    assert kinds_of(text, read_layout(text))[summary] == "standfirst"


@pytest.mark.parametrize("first", [
    # a sponsored post's disclosure: sentences, the last without its full stop
    "This post is sponsored by Harbour Outdoor Co. and its retail partners. All opinions are "
    "my own. #TrailReady #ad",
    # a review's fact box printed as one line of labelled fields
    "Reviewed by: Sam Okafor Price: £89 (€99) Website: www.ridgeline-gear.example",
])
def test_layout_unpunctuated_sentences_or_fields_under_the_headline_are_body(first) -> None:
    # an unpunctuated line under the headline is a summary only when it is one phrase; a
    # paragraph of sentences missing its last stop, or a row of fields, is the story's own
    text = (f"Three days on the ridge trail with a toddler\n\n{first}\n\n"
            "We set off from the car park at dawn with two litres of water each.\n\n"
            "By noon the path had climbed above the tree line and the wind picked up.\n")
    kinds = kinds_of(text, read_layout(text))
    assert kinds[first] == "body"
    summary = "What we packed for three days above the tree line with a two-year-old"
    phrase = text.replace(first, summary)
    assert kinds_of(phrase, read_layout(phrase))[summary] == "standfirst"


def test_layout_given_standfirst_run_on_with_its_stamp_stays_standfirst() -> None:
    # a page's dek of two sentences, the extraction running the stamp on after it: the
    # standfirst the page gave, not a paragraph of sentences missing its last stop
    dek = ("The marsh was drained for farmland a century ago. Can beavers bring it back "
           "within a decade?")
    text = (f"The beavers are back, and the marsh is coming with them\n\n{dek}Tuesday, "
            "14 January 2025\n\nIt takes an hour to walk the length of the new dams.\n\n"
            "The first pair was released here in the spring of 2021.\n")
    layout = read_layout(text, hints=Metadata(standfirst=dek))
    assert kinds_of(text, layout)[f"{dek}Tuesday, 14 January 2025"] == "standfirst"


def test_layout_headline_repeated_under_a_sectioned_title_keeps_the_standfirst_under_it() -> None:
    # a page's title with its section before it, the page's h1 under it, then the dek the
    # page gave: the h1 is the headline printed again (no story text), the dek the
    # standfirst, the story body
    title = "Analysis | Can the City Afford Free Buses?"
    dek = "Fares bring in a tenth of the budget. Dropping them would cost more than that."
    text = (f"{title}\n\nCan the City Afford Free Buses?\n\n{dek}\n\n"
            "When the mayor promised free buses last spring, the transit board had not "
            "yet seen the numbers.\n\nThey arrived in a 40-page report on Tuesday.\n")
    layout = read_layout(text, hints=Metadata(headline=title, standfirst=dek))
    kinds = kinds_of(text, layout)
    assert kinds["Can the City Afford Free Buses?"] == "boilerplate"
    assert kinds[dek] == "standfirst" and layout.metadata.headline == title
