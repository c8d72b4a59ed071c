"""Layout rules by family, each with lines written the way real sites print them: given
fields kept, stamps, datelines, bylines, kickers, standfirsts, captions, credits, furniture."""

from __future__ import annotations

import pytest

from according.article import line_kind, read_layout
from according.records import Metadata
from tests.test_article import assert_regions_sound, kinds_of

LEDE = "The council voted 9-4 on Tuesday to close the pool, officials said."
SECOND = "The pool will shut in June after the council failed to find a buyer."


def story(*top: str) -> str:
    return "\n\n".join([*top, LEDE, SECOND]) + "\n"


# Given fields are kept: what a JSON line, feed entry or page states is never replaced.


@pytest.mark.parametrize("top", [
    ("Listen · 3 min\nShare\nComments 42",),
    ("Firefighters at the scene in Leeds on Monday (PA)",),
    ("Photo: File",),
    ("Share\nSave",),
])
def test_layout_given_headline_kept_when_text_opens_with_furniture(top: tuple[str, ...]) -> None:
    text = story(*top)
    hints = Metadata(headline="Council shuts pool", published="2025-03-04T10:00:00+00:00",
                     outlet="The Ledger")
    layout = read_layout(text, hints=hints, url="https://www.bbc.co.uk/news/x")
    assert_regions_sound(text, layout)
    kinds = kinds_of(text, layout)
    assert layout.metadata.headline == "Council shuts pool"
    assert "headline" not in kinds.values()
    assert kinds[LEDE] == "body"
    assert (layout.metadata.published, layout.metadata.outlet) == (
        "2025-03-04T10:00:00+00:00", "The Ledger")


def test_layout_given_time_and_outlet_beat_the_text() -> None:
    text = story("Council shuts pool", "By Jane Doe\nMarch 3, 2025 9:40 AM EST",
                 "Source: Al Jazeera and news agencies")
    hints = Metadata(published="2025-03-05T12:00:00+00:00", published_text="5 March 2025 12:00",
                     outlet="The Ledger")
    meta = read_layout(text, hints=hints).metadata
    assert (meta.published, meta.published_text, meta.outlet) == (
        "2025-03-05T12:00:00+00:00", "5 March 2025 12:00", "The Ledger")
    assert meta.byline == ("Jane Doe",)


def test_layout_given_headline_found_under_a_kicker() -> None:
    text = story("Politics", "Council shuts pool | The Ledger")
    layout = read_layout(text, hints=Metadata(headline="Council shuts pool"))
    kinds = kinds_of(text, layout)
    assert kinds["Politics"] == "boilerplate"
    assert kinds["Council shuts pool | The Ledger"] == "headline"


# Outlet: a publisher line, a byline, a dateline's wire, the outlet speaking of itself.


@pytest.mark.parametrize(("lines", "outlet"), [
    (("Source: Al Jazeera and news agencies",), "Al Jazeera"),
    (("Published in Dawn, March 3rd, 2025",), "Dawn"),
    (("© 2025 United Press International, Inc. All Rights Reserved.",), "UPI"),
    (("Why you can trust Sky News",), "Sky News"),
    (("By Nora Castillo | ncastillo@denverpost.com | The Denver Post",), "The Denver Post"),
    (("Hazel Wyatt\nEducation correspondent, BBC News",), "BBC"),
    (("ARAB NEWS",), "Arab News"),
    (("LONDON, March 3 (Reuters) - Oil prices rose on Monday, traders said.",), "Reuters"),
    (("Plain story with no publisher named anywhere in its lines",), None),
])
def test_layout_outlet_from_the_text(lines: tuple[str, ...], outlet: str | None) -> None:
    text = "\n\n".join(["Oil prices climb as supply tightens", *lines[:1], LEDE, *lines[1:]])
    assert read_layout(text).metadata.outlet == outlet


def test_layout_outlet_understood_by_itself() -> None:
    text = story("Chancellor to cut welfare",
                 "The chancellor will cut welfare, Sky News understands.")
    assert read_layout(text).metadata.outlet == "Sky News"


# Publication time lines in the forms sites print.


@pytest.mark.parametrize(("stamps", "utc"), [
    ("March 3, 2025 9:40 AM GMT+1 Updated 2 hours ago", "2025-03-03T08:40:00+00:00"),
    ("Published On 4 Feb 2025\n4 Feb 2025 08:15 GMT", "2025-02-04T08:15:00+00:00"),
    ("Updated 6:05 PM EST, January 9, 2024", "2024-01-09T23:05:00+00:00"),
    ("Last modified on Wed 2 Oct 2024 10.41 BST", "2024-10-02T09:41:00+00:00"),
    ("Wed 2 Oct 2024 06.00 BST\nLast modified on Wed 2 Oct 2024 10.41 BST",
     "2024-10-02T05:00:00+00:00"),
    ("Posted: 15 Mar 2025\nOriginally published: 14 Mar 2025", "2025-03-14T00:00:00+00:00"),
    ("PUBLISHED: March 3, 2025 at 6:00 AM MST | UPDATED: March 3, 2025 at 9:12 AM MST",
     "2025-03-03T13:00:00+00:00"),
    ("09:18, 6 Mar 2025Updated 10:02, 6 Mar 2025", "2025-03-06T09:18"),  # no zone: TIMEX3
    ("Monday 17 March 2025 10:15, UK", "2025-03-17T10:15:00+00:00"),
    ("Monday 16 June 2025 10:15, UK", "2025-06-16T09:15:00+00:00"),
    ("4 March 2025 14:00 UTC+3", "2025-03-04T11:00:00+00:00"),
    ("4 March 2025 14:00 +0300", "2025-03-04T11:00:00+00:00"),
    ("March 7, 2025 3 min read", "2025-03-07T00:00:00+00:00"),
    ("Updated - March 12, 2025 08:12 pm IST - CHENNAI", "2025-03-12T14:42:00+00:00"),
    ("Briefing notes | 11 March 2025", "2025-03-11T00:00:00+00:00"),
    ("March 19, 2025\nUpdated 4:47 p.m. ET", "2025-03-19T00:00:00+00:00"),
])
def test_layout_stamp_lines(stamps: str, utc: str) -> None:
    text = story("Council shuts pool", f"By Jane Doe\n{stamps}")
    layout = read_layout(text)
    kinds = kinds_of(text, layout)
    assert all(kinds[line] == "date" for line in stamps.split("\n"))
    # a clock in no zone is kept beside its day (published_timex3), not claimed as UTC
    zoned = utc.endswith("+00:00")
    assert (layout.metadata.published if zoned else layout.metadata.published_timex3) == utc


def test_layout_stamp_day_first_on_a_day_first_country() -> None:
    text = story("Bus station to close", "By Jane Doe\nPublished: 04/02/2025 16:30")
    uk = read_layout(text, url="https://www.thenorthernecho.co.uk/news/1/").metadata
    us = read_layout(text, url="https://www.denverpost.com/2025/x/").metadata
    # (the Denver Post prints its own Mountain time: R.DOMAIN_ZONES)
    assert (uk.published, us.published) == (
        "2025-02-04T16:30:00+00:00", "2025-04-02T22:30:00+00:00")


@pytest.mark.parametrize("line", ["Updated 11.42 GMT", "3 hours ago", "Updated about 2 hours ago",
                                  "11.42 GMT"])
def test_layout_time_without_day_is_a_date_line_never_the_publication(line: str) -> None:
    text = story("Council shuts pool", f"By Jane Doe\n{line}")
    layout = read_layout(text)
    assert kinds_of(text, layout)[line] == "date"
    assert layout.metadata.published is None


# Datelines, in any dash form; a dateline's city is never a headline or a source.


@pytest.mark.parametrize(("first", "dateline", "region"), [
    ("DENVER -- The board voted 11-4 on Monday night to make rides free, officials said.",
     "DENVER", "DENVER --"),
    ("Atlanta (CNN) — A winter storm spread heavy snow across the region on Tuesday.",
     "Atlanta", "Atlanta (CNN) —"),
    ("Lusaka, Zambia – Zambia has reached a deal with the IMF on a loan, the ministry said.",
     "Lusaka, Zambia", "Lusaka, Zambia –"),
    ("LONDON, March 3 (Reuters) - Oil prices rose on Monday as supply tightened, traders said.",
     "LONDON", "LONDON, March 3 (Reuters) -"),
    ("GAZA CITY (AP) — Israeli strikes killed at least 12 people overnight, officials said.",
     "GAZA CITY", "GAZA CITY (AP) —"),
    ("RIYADH: Saudi Arabia has launched a $1 billion fund for small technology firms.",
     "RIYADH", "RIYADH:"),
    ("NEW YORK/PORT SUDAN, 7 March 2025 – Cholera cases among children have tripled, it said.",
     "NEW YORK/PORT SUDAN", "NEW YORK/PORT SUDAN, 7 March 2025 –"),
    ("March 4 (UPI) -- Traffic entering the congestion zone fell by 7.5%, the agency said.",
     None, "March 4 (UPI) --"),
])
def test_layout_dateline_forms(first: str, dateline: str | None, region: str) -> None:
    text = story("Storm brings snow to the Northeast", first)
    layout = read_layout(text)
    assert_regions_sound(text, layout)
    assert layout.metadata.dateline == dateline
    assert kinds_of(text, layout)[region] == "dateline"


@pytest.mark.parametrize("first", [
    "UPDATE: The council has now voted on the budget, officials said on Tuesday.",
    "Meanwhile – the council voted on the budget on Tuesday, officials said.",
    "WATCH: The moment the council voted to close the pool on Tuesday night.",
    # a wire flash's prefix: its word is no place
    "URGENT: The council voted to close the pool on Tuesday night, officials said.",
    "FLASH: The council voted to close the pool on Tuesday night, officials said.",
    "DEVELOPING: The council is voting on the pool's closure, officials said on Tuesday.",
    "ALERT: The council voted to close the pool on Tuesday night, officials said.",
])
def test_layout_labels_and_dashes_are_no_dateline(first: str) -> None:
    text = story("Council shuts pool", first)
    layout = read_layout(text)
    assert layout.metadata.dateline is None
    assert "dateline" not in kinds_of(text, layout).values()


def test_wire_flash_prefix_is_neither_dateline_nor_source() -> None:
    """"URGENT: Hamas says …": the flash label is no dateline (layout) and, cut from the
    source like a dateline, no part of the source (attribution.spans.DATELINE_CUT_RE)."""
    from according import extract

    text = story("Hostage exchange to continue",
                 "URGENT: Hamas says it will free two more hostages on Friday, a day after"
                 " the first exchange.")
    record = extract(text)
    assert record.metadata.dateline is None
    sources = [a.source.span.text for a in record.attributions if a.source.span is not None]
    assert "Hamas" in sources and not any("URGENT" in s for s in sources)


# Bylines without "By", several names, agencies.


@pytest.mark.parametrize(("lines", "names", "dateline"), [
    ("Hazel Wyatt\nEducation correspondent, BBC News, Yorkshire", ("Hazel Wyatt",), None),
    ("Sam Coates\nDeputy political editor @SamCoatesSky", ("Sam Coates",), None),
    ("Amina Wanjiru in Nairobi", ("Amina Wanjiru",), "Nairobi"),
    ("By Jeanna Smialek and Colby Smith\nReporting from Washington",
     ("Jeanna Smialek", "Colby Smith"), "Washington"),
    ("By Jane Doe, John Roe and Ann Poe", ("Jane Doe", "John Roe", "Ann Poe"), None),
    ("Helen Sullivan and Tom Ambrose (now)", ("Helen Sullivan", "Tom Ambrose"), None),
    ("ByDaniel Ashworth\nLocal Democracy Reporter", ("Daniel Ashworth",), None),
    ("By Agency Report", (), None),
    ("Al Jazeera Staff", (), None),
    ("TOI News Desk / TIMESOFINDIA.COM", (), None),
    ("QNA/Doha", (), "Doha"),
])
def test_layout_byline_forms(lines: str, names: tuple[str, ...], dateline: str | None) -> None:
    text = story("Council shuts pool", lines, "Tue 4 Mar 2025 06.00 GMT")
    layout = read_layout(text)
    kinds = kinds_of(text, layout)
    assert all(kinds[line] == "byline" for line in lines.split("\n"))
    assert (layout.metadata.byline, layout.metadata.dateline) == (names, dateline)
    assert layout.metadata.published == "2025-03-04T06:00:00+00:00"


# Kickers are not headlines; a standfirst is only the sub-heading.


@pytest.mark.parametrize("kicker", ["Global development", "Politics", "News|Sudan war", "Live",
                                    "Top News"])
def test_layout_kicker_above_headline_is_not_the_headline(kicker: str) -> None:
    text = story(kicker, "Kenyan health workers strike over unpaid wages", "By Jane Doe")
    layout = read_layout(text)
    assert layout.metadata.headline == "Kenyan health workers strike over unpaid wages"
    assert kinds_of(text, layout)[kicker] == "boilerplate"


def test_layout_short_headline_over_a_byline_stays_the_headline() -> None:
    text = story("Biden drops out", "By Jane Doe", "Sun 21 Jul 2024 18.46 BST")
    assert read_layout(text).metadata.headline == "Biden drops out"


@pytest.mark.parametrize("doc_type", ["Situation Report", "PRESS RELEASE", "Flash Update",
                                      "Briefing notes"])
def test_layout_document_type_line_is_not_a_standfirst(doc_type: str) -> None:
    text = story("Sudan: Humanitarian Update - Darfur", doc_type)
    layout = read_layout(text)
    assert layout.metadata.standfirst is None
    assert kinds_of(text, layout)[doc_type] == "boilerplate"
    assert kinds_of(text, layout)[LEDE] == "body"


def test_layout_lead_paragraphs_never_standfirst() -> None:
    text = story("Council shuts pool")
    layout = read_layout(text, hints=Metadata(standfirst=None, headline="Council shuts pool"))
    assert layout.metadata.standfirst is None
    assert kinds_of(text, layout)[LEDE] == kinds_of(text, layout)[SECOND] == "body"


def test_layout_long_lead_under_headline_is_body_not_standfirst() -> None:
    lead = ("Black Friday is going to be huge for all sorts of products this year, from "
            "televisions and robot vacuums to laptops and headphones, and several retailers have "
            "already cut prices on the devices shoppers ask for most, days before the sales "
            "officially begin on Friday morning.")
    text = story("The 10 best early Black Friday deals", lead, "Jane Doe")
    layout = read_layout(text)
    assert kinds_of(text, layout)[lead] == "body"
    assert layout.metadata.standfirst is None


def test_layout_given_standfirst_is_the_only_standfirst() -> None:
    dek = "The pool's repair bill has been argued over for two years."
    lead = "Below, we look at what the council decided and what happens to the staff."
    text = story("Council shuts pool", dek, lead, "Jane Doe")
    layout = read_layout(text, hints=Metadata(headline="Council shuts pool", standfirst=dek))
    assert kinds_of(text, layout)[dek] == "standfirst"
    assert kinds_of(text, layout)[lead] == "body"


# Captions and credits, one line among story paragraphs.


@pytest.mark.parametrize(("line", "kind", "credit"), [
    ("President Biden speaks in Washington, Jan. 5, 2024. (AP Photo/Evan Vucci)", "caption",
     "AP Photo/Evan Vucci"),
    ("A protester outside the court on Monday. (Jane Roe/AP)", "caption", "Jane Roe/AP"),
    ("Oil pump jacks in Texas, February 17, 2025. REUTERS/Eli Hartman/File Photo Purchase "
     "Licensing Rights, opens new tab", "caption", "REUTERS/Eli Hartman/File Photo"),
    ("Crews clear snow in Des Moines on Tuesday. Charlie Neibergall/AP", "caption",
     "Charlie Neibergall/AP"),
    ("Jerome Powell at a news conference on Wednesday.Credit...Kenny Holston/The New York Times",
     "caption", "Kenny Holston/The New York Times"),
    ("Riders wait at Union Station in Denver. (Photo by Hyoung Chang/The Denver Post)",
     "caption", "Hyoung Chang/The Denver Post"),
    ("Trucks queue at the Rafah crossing on the Egyptian side [File: Reuters]", "caption",
     "Reuters"),
    ("Mourners gather in Khan Younis on Tuesday [Mohammed Salem/Reuters]", "caption",
     "Mohammed Salem/Reuters"),
    ("“We have nothing left,” one resident told reporters in Gaza. [CNN]", "body", None),
    ("Trump extends his lead over Ted Cruz in the national primary race. [IBD/TIPP]", "body",
     None),
    ("Displaced families shelter in a school in Port-au-Prince. © IOM/Antoine Lemonnier",
     "caption", "IOM/Antoine Lemonnier"),
    ("Teachers at a past demonstration in Nairobi. /FILE", "caption", "FILE"),
    ("Image source, Getty Images", "caption", "Getty Images"),
    ("Associated Press writers Kevin Freking and Mary Clare Jalonick contributed to this report.",
     "credit", None),
    ("Reporting by Ahmad Ghaddar in London; Editing by Jan Harvey", "credit", None),
    ("Additional reporting by Maha El Dahan in Dubai", "credit", None),
    ("— With assistance from Jack Ryan", "credit", None),
    ("CNN’s Elisa Raffa contributed to this report.", "credit", None),
    ("NLC President Joe Ajaero said the union would watch closely. (NAN)", "body", None),
    ("The talks ended without a deal. (AP)", "body", None),
])
def test_layout_caption_and_credit_lines(line: str, kind: str, credit: str | None) -> None:
    text = story("Council shuts pool", "By Jane Doe").replace(SECOND, f"{line}\n\n{SECOND}")
    layout = read_layout(text)
    [region] = [r for r in layout.regions if text[r.start:r.end] == line]
    assert (region.kind, region.credit) == (kind, credit)


@pytest.mark.parametrize(("line", "credits"), [
    ("Associated Press writers Kevin Freking and Mary Clare Jalonick contributed to this report.",
     ("Kevin Freking", "Mary Clare Jalonick")),
    ("Reporting by Ahmad Ghaddar in London and Olesya Astakhova in Moscow; Additional reporting "
     "by Maha El Dahan in Dubai; Editing by Jan Harvey",
     ("Ahmad Ghaddar", "Olesya Astakhova", "Maha El Dahan")),
    ("With reporting from The Associated Press", ("The Associated Press",)),
    ("NLC President Joe Ajaero said the union would watch closely. (NAN)",
     ("News Agency of Nigeria",)),
    ("Rugaber reported from Washington.", ()),
])
def test_layout_credits_name_who_reported(line: str, credits: tuple[str, ...]) -> None:
    text = story("Council shuts pool", "By Jane Doe") + f"\n{line}\n"
    assert read_layout(text).metadata.credits == credits


# Page furniture as data, family by family; a story sentence that opens the same way stays.


@pytest.mark.parametrize(("line", "kind"), [
    # newsletters and their privacy notices
    ("Sign up for Global Dispatch, our free newsletter", "boilerplate"),
    ("Privacy Notice: Newsletters may contain info about charities, online ads, and content "
     "funded by outside parties.", "boilerplate"),
    ("after newsletter promotion", "boilerplate"),
    ("Get the latest Manchester Evening News breaking news updates by signing up to our "
     "newsletters here", "boilerplate"),
    # most viewed / more on this story
    ("Most viewed", "related"),
    ("More on this story", "related"),
    # topics and tags
    ("Explore more on these topics", "boilerplate"),
    ("Topics: Saudi Arabia, Technology, Start-ups", "boilerplate"),
    # reuse and licensing
    ("Reuse this content", "boilerplate"),
    ("Our Standards: The Thomson Reuters Trust Principles., opens new tab", "boilerplate"),
    ("This article is republished from The Conversation under a Creative Commons license.",
     "boilerplate"),
    # save / gift / share / listen / comment rows
    ("Gift this article", "boilerplate"),
    ("Share full article", "boilerplate"),
    ("Listen to this article", "boilerplate"),
    ("Comments 42", "boilerplate"),
    ("Save articles to read later and create your own reading list.", "boilerplate"),
    # app prompts
    ("Download the UN News app for your iOS or Android devices.", "boilerplate"),
    ("Get the BBC app", "boilerplate"),
    # paywall notices
    ("Subscribe to News24 to read the full story.", "boilerplate"),
    ("Already a subscriber? Sign in", "boilerplate"),
    # bracketed related links
    ("[Read more: York residents still waiting for flood grants a year on]", "related"),
    ("READ MORE: Metrolink services suspended after power failure", "related"),
    # advertisement labels
    ("Advertisement", "boilerplate"),
    ("Ad Feedback", "boilerplate"),
    ("SKIP ADVERTISEMENT", "boilerplate"),
    # sign-up widgets' messages, share and comment prompts, subscription pitches
    ("Thanks for signing up!", "boilerplate"),
    ("Keep an eye on your inbox for the latest sports news.", "boilerplate"),
    ("There was an error processing your subscription.", "boilerplate"),
    ("Get the day’s top headlines delivered to your inbox every morning by subscribing to our "
     "newsletter.", "boilerplate"),
    ("Like this story? Share it with a friend!", "boilerplate"),
    ("Tell us what YOU think...", "boilerplate"),
    ("If you enjoyed this article, we have a proposition for you: join our members' club.",
     "boilerplate"),
    # contact lines under a story, bare links, reuse notices, widget errors
    ("Write to Jane Roe at jane.roe@ledger-news.com", "boilerplate"),
    ("Have a tip? Sam Diaz may be reached at sdiaz@ledger-news.com.", "boilerplate"),
    ("sdiaz@ledger-news.com", "boilerplate"),
    ("Follow our full coverage of the election at https://ledger-news.com/election",
     "boilerplate"),
    ("https://ledger-news.com/2025/03/04/council-pool", "boilerplate"),
    ("This copy is for your personal, non-commercial use only.", "boilerplate"),
    ("An error has occurred, please try again later.", "boilerplate"),
    ("© 2024, Ledger-News.com. This article is the copyrighted property of Ledger News.",
     "boilerplate"),
    ("To view the full story, please subscribe to The Ledger. You can choose a weekly pass.",
     "boilerplate"),
    ("If you’re seeing this message but you’re already a subscriber, you can log in.",
     "boilerplate"),
    ("For the latest stories and breaking news updates download the Ledger apps for iOS and "
     "Android.", "boilerplate"),
    ("Never miss the latest news by signing up to our newsletter today!", "boilerplate"),
    ("Ledger Sport Newsletter", "boilerplate"),
    ("We want to hear what you think about this article. Submit a letter to the editor.",
     "boilerplate"),
    ("This post contains references to products from one or more of our advertisers.",
     "boilerplate"),
    ("LEDGER-NEWS.COM", "boilerplate"),
    ("Category : Press Releases", "boilerplate"),
    # links to other stories written out in a line
    ("Also on ledger-news.com Storm closes coastal roads for a second day", "related"),
    ("SEE MORE: Storm closes coastal roads", "related"),
    ("Most read in world news", "related"),
    ("You may also like...", "related"),
    # story sentences that begin with the same words
    ("Sign up to the scheme was voluntary, the union said.", "body"),
    ("Email was the council's main channel, the report found.", "body"),
    ("The council wrote to residents at the weekend.", "body"),
    ("The newsletter was sent to 4,000 readers, she said.", "body"),
    ("Never mind the cost, the mayor said, the pool must reopen.", "body"),
    ("Advertisement spending rose by 4% last year as firms returned to television.", "body"),
    ("Most viewed programmes were news bulletins, the regulator said.", "body"),
])
def test_layout_furniture_families(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_layout_list_under_a_related_heading() -> None:
    text = story("Council shuts pool", "By Jane Doe").rstrip() + (
        "\n\nMost viewed\n\nMan arrested after woman dies in dog attack\n"
        "Why are free school meals so hard to get?\n\nThe pool opened in 1974.\n")
    kinds = kinds_of(text, read_layout(text))
    assert kinds["Man arrested after woman dies in dog attack"] == "related"
    assert kinds["Why are free school meals so hard to get?"] == "related"
    assert kinds["The pool opened in 1974."] == "body"


def test_layout_everything_after_a_release_end_mark_is_boilerplate() -> None:
    text = story("Cholera cases triple", "PRESS RELEASE").rstrip() + (
        "\n\n###\n\nAbout UNICEF\n\nUNICEF works in some of the world’s toughest places, to "
        "reach the world’s most disadvantaged children.\n")
    kinds = kinds_of(text, read_layout(text))
    assert kinds["About UNICEF"] == kinds["###"] == "boilerplate"
    assert kinds[text.strip().split("\n\n")[-1]] == "boilerplate"
