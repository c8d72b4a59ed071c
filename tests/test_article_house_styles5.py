"""Article layout: the families a fifth round of fresh house styles (tests/data/styles_fresh5)
found wrong, each pinned on a short text of its own."""

from __future__ import annotations

import pytest

from according.records import Metadata
from tests.test_article import kinds_of, sound_layout
from tests.test_article_house_styles3 import HEAD, LEDE, STORY

# Datelines as wires and press offices print them.


@pytest.mark.parametrize(("opening", "place", "credit"), [
    ("New Delhi, June 4 (IANS) ", "New Delhi", "Indo-Asian News Service"),
    ("Bogotá, Jun 4 (EFE).- ", "Bogotá", "Agencia EFE"),
    ("Port Sudan (Sudan) (AFP) – ", "Port Sudan", "Agence France-Presse"),
    ("Kuala Lumpur/Geneva, 27 June 2025 – ", "Kuala Lumpur/Geneva", None),
])
def test_layout_wire_and_press_release_dateline_forms(opening: str, place: str,
                                                      credit: str | None) -> None:
    text = f"{HEAD}{opening}{STORY}"
    layout = sound_layout(text)
    assert layout.metadata.dateline == place
    assert layout.metadata.credits == ((credit,) if credit else ())


@pytest.mark.parametrize(("opening", "place", "credit"), [
    ("Mumbai (Maharashtra) [India], June 5 (ANI): ", "Mumbai", "Asian News International"),
    ("Sefwi Wiawso, June 10, GNA - ", "Sefwi Wiawso", "Ghana News Agency"),
    ("Dodoma. ", "Dodoma", None),
])
def test_layout_agency_and_east_african_dateline_forms(opening: str, place: str,
                                                       credit: str | None) -> None:
    text = f"{HEAD}{opening}{STORY}"
    layout = sound_layout(text)
    assert layout.metadata.dateline == place
    assert layout.metadata.credits == ((credit,) if credit else ())


@pytest.mark.parametrize("opening", ["Springfield, June 4 (WXYZ) ", "Kaya. ",
                                     "Sefwi Wiawso, June 10, XYZQ - "])
def test_layout_unknown_place_or_code_is_no_dateline(opening: str) -> None:
    text = f"{HEAD}{opening}{STORY}"
    assert sound_layout(text).metadata.dateline is None


def test_layout_caps_place_and_country_under_the_stamp_is_the_dateline() -> None:
    text = (f"Aid cuts leave displaced without food\n\n16 June 2025\n\nKAYA, Burkina Faso\n\n"
            f"{STORY}")
    layout = sound_layout(text)
    assert layout.metadata.dateline == "KAYA, Burkina Faso"
    assert kinds_of(text, layout)["KAYA, Burkina Faso"] == "dateline"


def test_layout_staff_correspondent_byline_names_no_one() -> None:
    text = (f"Heatwave sweeps 30 districts\n\nStaff Correspondent\n\nMon Jun 9, 2025 06:30 PM"
            f"\n\n{STORY}")
    layout = sound_layout(text)
    assert layout.metadata.byline == ()
    assert kinds_of(text, layout)["Staff Correspondent"] == "byline"


def test_layout_published_date_label_is_read() -> None:
    text = (f"Israeli strikes kill four\n\nMEE staff\n\nPublished date: 7 June 2025 14:05 BST"
            f"\n\n{STORY}")
    assert sound_layout(text).metadata.published == "2025-06-07T13:05:00+00:00"


def test_layout_place_and_day_line_under_the_headline_is_the_dateline() -> None:
    text = ("Press Release\n\nGaza: teams treat dozens wounded near food site\n\n"
            f"Jerusalem, 3 June 2025\n\nPalestinian Territories\n\n{STORY}")
    layout = sound_layout(text)
    assert layout.metadata.dateline == "Jerusalem"
    assert layout.metadata.published == "2025-06-03T00:00:00+00:00"
    assert layout.metadata.byline == ()
    assert kinds_of(text, layout)["Palestinian Territories"] == "boilerplate"


# Bylines with "with".


def test_layout_byline_with_a_second_writer_elsewhere() -> None:
    line = "By Abdelmoneim ABU IDRIS ALI with Menna FAROUK in Cairo"
    text = f"Sudan army says it retook key town\n\nAFP\n\nJune 4, 2025\n\n{line}\n\n{STORY}"
    layout = sound_layout(text)
    assert layout.metadata.byline == ("Abdelmoneim ABU IDRIS ALI", "Menna FAROUK")
    assert layout.metadata.dateline is None  # Cairo is where the second writer was
    assert kinds_of(text, layout)[line] == "byline"


def test_layout_outlet_byline_with_its_wires_names_no_one() -> None:
    line = "By Euronews with AP, AFP"
    text = f"Greece battles wildfire near Athens\n\n{line}\n\n06/06/2025 - 14:12\n\n{STORY}"
    layout = sound_layout(text)
    assert layout.metadata.byline == () and layout.metadata.standfirst is None
    assert set(layout.metadata.credits) == {"The Associated Press", "Agence France-Presse"}
    assert kinds_of(text, layout)[line] == "byline"


# Stamps.


@pytest.mark.parametrize("line", ["Publish : 01 Jun 2025, 09:45 PM",
                                  "Updated / Wednesday, 11 Jun 2025 18:42"])
def test_layout_stamp_label_forms(line: str) -> None:
    text = f"Flash floods strand 200,000 in Sylhet\n\nTribune Desk\n\n{line}\n\n{STORY}"
    layout = sound_layout(text)
    assert kinds_of(text, layout)[line] == "date"
    assert layout.metadata.published is not None and layout.metadata.standfirst is None


# Sign-offs, contacts and furniture under the story.


@pytest.mark.parametrize("line", ["--IANS", "sps/dan", "abu-mf/sbk/dcp", "EFE", "(photo)(video)",
                                  "AS"])
def test_layout_wire_signoff_lines_are_not_story(line: str) -> None:
    text = f"{HEAD}{STORY}\n{line}\n"
    assert kinds_of(text, sound_layout(text))[line] == "boilerplate"


def test_layout_initials_as_a_subheading_inside_the_story_stay_body() -> None:
    text = f"{HEAD}{LEDE}\n\nGPU\n\nFor the GPU, we ran the usual benchmark again.\n"
    assert kinds_of(text, sound_layout(text))["GPU"] == "body"


def test_layout_wire_name_opening_a_sentence_stays_body() -> None:
    line = "EFE reported on Tuesday that the talks had stalled."
    text = f"{HEAD}{STORY}\n{line}\n"
    assert kinds_of(text, sound_layout(text))[line] == "body"


def test_layout_marked_list_item_of_a_story_stays_body() -> None:
    item = "- Sign up for a Hulu ad-free account for $11.99 a month"
    text = f"{HEAD}{LEDE}\n\n{item}\n\nThe mayor said the work would start in June.\n"
    assert kinds_of(text, sound_layout(text))[item] == "body"


def test_layout_contacts_heading_asking_to_arrange_interviews() -> None:
    heading = "For more information or to arrange an interview, contact:"
    item = "In Geneva: Tommaso Della Longa, +41 79 708 43 67, tommaso@example.org"
    text = f"{HEAD}{STORY}\n{heading}\n\n{item}\n"
    kinds = kinds_of(text, sound_layout(text))
    assert kinds[heading] == kinds[item] == "boilerplate"


@pytest.mark.parametrize("line", [
    "Latest updates", "2 min", "- Share",
    "Daily newsletter Receive essential international news every morning",
    "Get the latest news from the Belfast Telegraph in your inbox", "This field is required",
    "Find out more about our work in Palestine",
    "For the latest news, follow us on X and Instagram",
    "Middle East Eye delivers independent coverage of the region. To learn more about "
    "republishing this content and the associated fees, please fill out this form.",
])
def test_layout_furniture_forms(line: str) -> None:
    text = f"{HEAD}{LEDE}\n\n{line}\n\nThe mayor said the work would start in June.\n"
    assert kinds_of(text, sound_layout(text))[line] == "boilerplate"


def test_layout_related_topic_heading_and_its_tags() -> None:
    text = f"{HEAD}{STORY}\nRelated topic\n\nweather\n\nheatwave\n"
    kinds = kinds_of(text, sound_layout(text))
    assert kinds["Related topic"] == kinds["weather"] == kinds["heatwave"] == "boilerplate"


def test_layout_author_note_names_the_writer_the_page_gave() -> None:
    note = ("Prithvi Man Shrestha is the senior economic reporter for The Kathmandu Post, "
            "covering fiscal policy.")
    text = f"Government unveils budget\n\nMay 29, 2025\n\n{STORY}\n{note}\n"
    layout = sound_layout(text, hints=Metadata(byline=("Prithvi Man Shrestha",)))
    assert kinds_of(text, layout)[note] != "body"


# Captions.


@pytest.mark.parametrize(("caption", "credit"), [
    ("Flood-hit residents wade through water in Companiganj, Sylhet on Sunday, June 1, 2025 "
     "Dhaka Tribune", "Dhaka Tribune"),
    ("Firefighters battle a wildfire in Keratea, southeast of Athens, Friday, June 6, 2025 "
     "AP Photo/Petros Giannakouris", "AP Photo/Petros Giannakouris"),
])
def test_layout_caption_credit_run_on_after_its_day(caption: str, credit: str) -> None:
    text = f"{HEAD}{caption}\n\n{STORY}"
    layout = sound_layout(text)
    [region] = [r for r in layout.regions if text[r.start:r.end] == caption]
    assert (region.kind, region.credit) == ("caption", credit)


# What is reported: never a source begun in the dateline.


def test_extract_source_run_on_from_a_title_case_dateline_starts_after_it() -> None:
    from according.extract import extract_text

    text = ("EEP says power rationing to end\n\nJune 12, 2025\n\nAddis Abeba – Ethiopian Electric "
            "Power (EEP) said power rationing in the capital would end next week.\n\n"
            "Businesses have complained of outages of up to six hours since March.\n")
    record = extract_text(text)
    assert record.metadata.dateline == "Addis Abeba"
    sources = [a.source.span.text for a in record.attributions if a.source.span is not None]
    assert sources and all(not s.startswith(("Abeba", "Addis")) for s in sources), sources
