"""Article layout: the families a fourth round of fresh house styles (tests/data/styles_fresh4)
found wrong, each pinned on a short text of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.article import read_layout
from according.read import read_inputs
from tests.test_article import kinds_of, sound_layout
from tests.test_article_house_styles3 import HEAD, LEDE, STORY

# Headers: stacked kickers, sections, desks, outlet lines, stamps in the forms sites print.


def test_layout_two_stacked_kickers_are_not_the_headline() -> None:
    text = ("Finance\n\nEconomy\n\nRBA tipped to cut rates again as inflation cools\n\n"
            "Alex Druce\n\nNCA NewsWire\n\nJune 25, 2025 - 12:14PM\n\n" + STORY)
    layout = sound_layout(text)
    assert layout.metadata.headline == "RBA tipped to cut rates again as inflation cools"
    assert layout.metadata.byline == ("Alex Druce",)
    assert kinds_of(text, layout)["NCA NewsWire"] == "byline"


@pytest.mark.parametrize(("line", "published", "clock"), [
    # no zone: the clock as written (UTC), and beside it
    ("On June 3, 2025 4:52 pm", "2025-06-03T16:52:00+00:00", "2025-06-03T16:52"),
    ("(Published 03 June 2025, 18:40 IST)", "2025-06-03T13:10:00+00:00", None),
])
def test_layout_stamp_forms_on_their_own_line(line: str, published: str,
                                              clock: str | None) -> None:
    text = f"Lagos begins demolition of illegal structures\n\n{line}\n\nBy Jane Doe\n\n{STORY}"
    layout = sound_layout(text)
    assert kinds_of(text, layout)[line] == "date"
    assert (layout.metadata.published, layout.metadata.published_timex3) == (published, clock)


def test_layout_outlet_stamp_and_sections_line_is_a_date_naming_no_one() -> None:
    line = "KYODO NEWS - Jun 3, 2025 - 19:42 | Business, All"
    text = f"Japan to raise minimum wage by record 6% in fiscal 2025\n\n{line}\n\n{STORY}"
    layout = sound_layout(text)
    assert kinds_of(text, layout)[line] == "date"
    assert (layout.metadata.published, layout.metadata.published_timex3) == (  # no zone
        "2025-06-03T19:42:00+00:00", "2025-06-03T19:42")
    assert layout.metadata.dateline is None and layout.metadata.byline == ()


def test_layout_section_line_and_repeated_byline_in_the_header() -> None:
    text = ("Lagos begins demolition of illegal structures\n\nOn June 3, 2025 4:52 pm\n\n"
            "In News\n\nby Olasunkanmi Akoni\n\nKindly Share This Story:\n\n"
            "Lagos State Commissioner for the Environment, Tokunbo Wahab\n\n"
            f"By Olasunkanmi Akoni\n\n{STORY}")
    layout = sound_layout(text)
    kinds = kinds_of(text, layout)
    assert layout.metadata.byline == ("Olasunkanmi Akoni",)
    assert kinds["In News"] == kinds["Kindly Share This Story:"] == "boilerplate"
    assert kinds["By Olasunkanmi Akoni"] == "byline"
    assert kinds["Lagos State Commissioner for the Environment, Tokunbo Wahab"] == "caption"


@pytest.mark.parametrize("desk", ["DHNS", "The Peninsula Online", "Online Reporters"])
def test_layout_desk_bylines_name_no_one(desk: str) -> None:
    text = f"Bengaluru to get 50 more electric buses\n\n{desk}\n\n14 May 2025\n\n{STORY}"
    layout = sound_layout(text)
    assert layout.metadata.byline == ()
    assert kinds_of(text, layout)[desk] == "byline"


@pytest.mark.parametrize("wire", ["PTI", "By PTI"])
def test_layout_wire_code_byline_stays_the_wires_credit(wire: str) -> None:
    text = f"Bengaluru to get 50 more electric buses\n\n{wire}\n\n14 May 2025\n\n{STORY}"
    layout = sound_layout(text)
    assert layout.metadata.byline == ()
    assert layout.metadata.credits == ("Press Trust of India",)


def test_layout_handle_under_the_byline_is_part_of_it_and_code_stays_body() -> None:
    text = ("Oil prices jump 3% after U.S. inventories fall\n\nSpencer Kimball\n@SPKimball\n\n"
            f"14 May 2025\n\n{STORY}\n@classmethod\n\n{LEDE}\n")
    layout = sound_layout(text)
    kinds = kinds_of(text, layout)
    assert layout.metadata.byline == ("Spencer Kimball",)
    assert kinds["@SPKimball"] == "byline" and kinds["@classmethod"] == "body"


@pytest.mark.parametrize("line", ["Written by: Charnele Henry", "Posted by Charnele Henry"])
def test_layout_byline_opening_with_a_verb_over_a_photo_credit(line: str) -> None:
    text = (f"Wide range of investment opportunities at the fair\n\nApril 26, 2022\n\n{line}\n\n"
            f"Photo: Yhomo Hutchinson\n\n{STORY}")
    layout = sound_layout(text)
    assert layout.metadata.byline == ("Charnele Henry",)
    assert kinds_of(text, layout)[line] == "byline"


def test_layout_paper_name_under_the_byline_is_no_dateline() -> None:
    text = ("Minneapolis council votes to study rent stabilization\n\nBy Deena Walsh\n\n"
            "The Minnesota Star Tribune\n\nJune 2, 2025 at 7:45PM\n\n" + STORY)
    layout = sound_layout(text)
    assert layout.metadata.dateline is None
    assert kinds_of(text, layout)["The Minnesota Star Tribune"] == "byline"


def test_layout_dek_quoting_speech_over_the_byline_is_the_standfirst() -> None:
    dek = "The council says 'difficult choices' lie ahead as demand for care keeps climbing"
    text = (f"Council tax could rise again as city faces £34m gap\n\n{dek}\n\nKate Mercer\n\n"
            f"Local Democracy Reporter\n\n16:41, 3 Jun 2025Updated 17:02, 3 Jun 2025\n\n{STORY}")
    assert sound_layout(text).metadata.standfirst == dek


def test_layout_lead_quoting_speech_under_the_byline_stays_body() -> None:
    lead = "The council says 'difficult choices' lie ahead as demand for care keeps climbing"
    text = (f"Council tax could rise again as city faces £34m gap\n\nKate Mercer\n\n"
            f"3 Jun 2025\n\n{lead}\n\n{STORY}")
    layout = sound_layout(text)
    assert layout.metadata.standfirst is None
    assert kinds_of(text, layout)[lead] == "body"


# Datelines.


@pytest.mark.parametrize(("opening", "place"), [
    ("(Bangkok) – ", "Bangkok"),
    ("Doha, Qatar: ", "Doha, Qatar"),
    ("Bengaluru, DHNS: ", "Bengaluru"),
])
def test_layout_dateline_forms(opening: str, place: str) -> None:
    text = f"{HEAD}{opening}{STORY}"
    layout = sound_layout(text)
    assert layout.metadata.dateline == place
    assert layout.metadata.credits == ()  # a paper's own desk is no wire


@pytest.mark.parametrize(("opening", "credit"), [
    ("(Reuters) - ", "Reuters"), ("(AP) — ", "The Associated Press"), ("(Update) – ", None),
])
def test_layout_bracketed_wire_or_label_opening_is_no_place(opening: str,
                                                            credit: str | None) -> None:
    text = f"{HEAD}{opening}{STORY}"
    layout = sound_layout(text)
    assert layout.metadata.dateline is None
    assert layout.metadata.credits == ((credit,) if credit else ())


# Captions and credits.


@pytest.mark.parametrize(("caption", "credit"), [
    ("Treasurer Jim Chalmers says the figures show inflation is moderating. Picture: NCA "
     "NewsWire / Martin Ollman", "NCA NewsWire / Martin Ollman"),
    ("Pumpjacks operate in the Permian Basin near Midland, Texas. Bloomberg | Bloomberg | "
     "Getty Images", "Bloomberg | Bloomberg | Getty Images"),
    ("Commuters queue for buses outside Waterloo station on Tuesday morning (Jeremy Selwyn)",
     "Jeremy Selwyn"),
    ("A TTC subway train pulls into Union Station in Toronto on May 28, 2025. Global News",
     "Global News"),
    ("Prime Minister Shigeru Ishiba speaks at a meeting in Tokyo on June 3, 2025. (Kyodo)",
     "Kyodo"),
    ("Damage to a school in Sagaing Region after an airstrike on May 12, 2025. © 2025 Private",
     "Private"),
])
def test_layout_caption_credit_forms(caption: str, credit: str) -> None:
    text = f"{HEAD}{STORY}\n{caption}\n\n{LEDE}\n"
    layout = sound_layout(text)
    found = [(text[r.start:r.end], r.credit) for r in layout.regions if r.kind == "caption"]
    assert found == [(caption, credit)]


@pytest.mark.parametrize("line", [
    "The Controller Is Only Necessary For Playing On A TV, But It's Very Comfortable",
    "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre)",
])
def test_layout_title_cased_lines_that_are_no_captions_stay_body(line: str) -> None:
    text = f"{HEAD}{STORY}\n{line}\n\n{LEDE}\n"
    assert kinds_of(text, sound_layout(text))[line] == "body"


def test_layout_caption_over_its_credit_line_in_the_header() -> None:
    text = ("Bengaluru to get 50 more electric buses\n\nDHNS\n\n03 June 2025\n\n"
            "Representative image of a BMTC electric bus.\n\nCredit: DH Photo/Pushkar V\n\n"
            f"Bengaluru, DHNS: {STORY}")
    layout = sound_layout(text)
    kinds = kinds_of(text, layout)
    assert kinds["Representative image of a BMTC electric bus."] == "caption"
    assert [r.credit for r in layout.regions if r.kind == "caption"] == [None,
                                                                         "DH Photo/Pushkar V"]
    assert layout.metadata.dateline == "Bengaluru"


@pytest.mark.parametrize("line", [
    "The talks ended without a deal on Tuesday. (AP)",
    "The talks will resume next week. — Reuters",
    "The talks will resume next week. Reuters",
    "The talks will resume next week. - Bernama",
])
def test_layout_story_paragraph_signed_by_its_wire_is_no_caption(line: str) -> None:
    text = f"{HEAD}{STORY}\n{line}\n"
    assert kinds_of(text, sound_layout(text))[line] == "body"


def test_layout_courtesy_line_over_the_byline_is_a_credit() -> None:
    text = ("Indigenous forest management key to protecting climate\n\nCourtesy of Forests News\n\n"
            f"Written by: Julie Mollins\n\n{STORY}")
    layout = sound_layout(text)
    assert layout.metadata.credits == ("Forests News",)
    assert layout.metadata.standfirst is None
    assert layout.metadata.byline == ("Julie Mollins",)


def test_layout_copyright_holder_description_is_no_credit() -> None:
    text = (f"{HEAD}{STORY}\n— With files from The Canadian Press\n\n"
            "© 2025 Global News, a division of Corus Entertainment Inc.\n")
    assert sorted(sound_layout(text).metadata.credits) == ["Canadian Press", "Global News"]


# Furniture, related links, summary boxes, live-blog posts, author notes.


@pytest.mark.parametrize("line", [
    "Follow Us :", "Follow Us", "Kindly Share This Story:", "Click to expand Image",
    "Get the latest news sent to your inbox", "Please enter an email address",
    "Join the Liverpool ECHO's WhatsApp community here for the latest news, views and updates",
    "Get WhatsApp alerts from CNA and stay updated on the latest news.",
    "Key Points", "Licensing & Reprints", "Disclaimer",
    "Comments expressed here do not reflect the opinions of the paper or any employee thereof.",
    "Originally published as RBA tipped to cut rates again as inflation cools",
    "For more Human Rights Watch reporting on Myanmar, please visit:",
    "Your tax deductible gift can help stop human rights violations and save lives.",
    "Donate Now", "Note to editors",
    "Join us at TechCrunch Sessions: AI. Secure your spot for our leading AI industry event.",
])
def test_layout_furniture_forms(line: str) -> None:
    text = f"{HEAD}{STORY}\n{line}\n"
    assert kinds_of(text, sound_layout(text))[line] == "boilerplate"


def test_layout_topic_headings_and_their_items_are_furniture() -> None:
    text = f"{HEAD}{STORY}\nRegion / Country\n\nAsia\n\nMyanmar\n\nTopic\n\nChildren's Rights\n"
    kinds = kinds_of(text, sound_layout(text))
    assert {kinds[k] for k in ("Region / Country", "Asia", "Myanmar", "Topic",
                               "Children's Rights")} == {"boilerplate"}


def test_layout_after_notes_to_editors_is_the_senders_boilerplate() -> None:
    note = "Oral cholera vaccines are provided through the coordinating group on vaccines."
    text = f"{HEAD}{STORY}\nNote to editors\n\n{note}\n"
    assert kinds_of(text, sound_layout(text))[note] == "boilerplate"


def test_layout_promotion_heading_heads_related_links() -> None:
    text = (f"{HEAD}{STORY}\nDon't miss these insights from CNBC PRO\n\n"
            "Goldman says these stocks can ride the energy rebound\n")
    kinds = kinds_of(text, sound_layout(text))
    assert kinds["Goldman says these stocks can ride the energy rebound"] == "related"


def test_layout_summary_box_points_are_not_the_story() -> None:
    text = (f"{HEAD}{STORY}\nIn Summary\n\n• The strike was set to begin on Monday\n\n"
            f"• The deal covers 350,000 teachers\n\n{LEDE}\n")
    kinds = kinds_of(text, sound_layout(text))
    assert kinds["• The strike was set to begin on Monday"] == "boilerplate"
    assert kinds["• The deal covers 350,000 teachers"] == "boilerplate"


def test_layout_live_post_heading_of_time_and_writer_is_a_stamp() -> None:
    text = f"{HEAD}{STORY}\n10:05 , Ross Lydall\n\n{LEDE}\n"
    assert kinds_of(text, sound_layout(text))["10:05 , Ross Lydall"] == "date"


def test_layout_author_beat_note_under_the_story_is_furniture() -> None:
    note = "Jane Doe covers Minneapolis City Hall for the Minnesota Star Tribune."
    text = f"{HEAD}{STORY}\n{note}\n"
    assert kinds_of(text, sound_layout(text))[note] == "boilerplate"


# HTML: a publisher's company name, an unmarked sub-heading under the h1.

PAGE = """<html><head><meta property="og:site_name" content="Example Post">
<meta name="description" content="Hundreds of homes inundated after days of heavy rain">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Flash floods hit \
three provinces", "publisher": {{"@type": "Organization", "name": "{publisher}"}}}}</script>
</head><body><div class="article-headline"><h1>Flash floods hit three provinces</h1>
<h2>Hundreds of homes inundated after days of heavy rain</h2></div>
<div class="article-content"><p>Flash floods and mudslides have swept through parts of three
provinces after three days of torrential rain, inundating hundreds of homes and cutting
several roads, officials said.</p>
<p>Water levels should start falling by Saturday if the rain eases as forecast, the governor
said on Thursday at a briefing in the provincial capital.</p></div></body></html>"""


def test_read_html_publisher_company_form_is_cut_from_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(publisher="Example Post Public Company Limited"), "utf-8")
    [article] = read_inputs([str(path)])
    assert article.hints.outlet == "Example Post"


def test_read_html_subheading_saying_the_description_is_the_standfirst(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(publisher="Example Post"), "utf-8")
    [article] = read_inputs([str(path)])
    layout = read_layout(article.text, hints=article.hints)
    assert layout.metadata.standfirst == "Hundreds of homes inundated after days of heavy rain"


def test_layout_promotion_box_under_footer_furniture_is_furniture() -> None:
    text = (f"{HEAD}{STORY}\nSign up for Axios Pro Climate Deals\nSubscribe\n\n"
            "Axios Tech\nCatch up on the biggest tech stories\n")
    kinds = kinds_of(text, sound_layout(text))
    assert kinds["Axios Tech"] == kinds["Catch up on the biggest tech stories"] == "boilerplate"


def test_layout_short_list_ending_the_story_over_furniture_stays_body() -> None:
    text = f"{HEAD}{STORY}\nDrink plenty of water\n\nStay indoors at midday\n\nShare\n"
    kinds = kinds_of(text, sound_layout(text))
    assert kinds["Drink plenty of water"] == kinds["Stay indoors at midday"] == "body"
