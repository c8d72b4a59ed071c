"""Wire copy read off the lines that say whose copy an article is (merge rules 6): a
printed byline line or a copyright notice outside the body naming a wire service makes
an article wire copy even under a reporter's name; a staff story that credits a wire for
additional reporting, or quotes one, is not."""

from __future__ import annotations

import pytest

from according.ledger.duplicates import wire_services

AP_COPY = ("Altiplano Times\nBy PAOLA ARCE Associated Press\nCOCHABAMBA, Bolivia — The race "
           "was too close to call.\nCopyright 2025 The Associated Press. All rights reserved.")


def _region(text: str, line: str, kind: str) -> tuple[int, int, str]:
    start = text.index(line)
    return start, start + len(line), kind


@pytest.mark.parametrize(("line", "kind", "credits", "expected"), [
    ("By PAOLA ARCE Associated Press", "byline", (), {"The Associated Press"}),
    ("By PAOLA ARCE Associated Press", "byline", ("The Associated Press",),
     {"The Associated Press"}),
    ("Copyright 2025 The Associated Press. All rights reserved.", "boilerplate",
     ("The Associated Press",), {"The Associated Press"}),
])
def test_duplicates_wire_services_byline_line_or_copyright_names_the_wire(
        line, kind, credits, expected):
    regions = [_region(AP_COPY, line, kind)]
    found = wire_services("Altiplano Times", credits, ["PAOLA ARCE"], AP_COPY, regions)
    assert found == expected


STAFF = ("By Rui Tembe\nNAMPULA - The toll rose to 41, a Red Cross official told Reuters on "
         "Tuesday.\nAdditional reporting by Reuters\n© 2025 Indian Ocean Post")


@pytest.mark.parametrize(("line", "kind"), [
    ("By Rui Tembe", "byline"),
    ("Additional reporting by Reuters", "credit"),
    ("© 2025 Indian Ocean Post", "boilerplate"),
])
def test_duplicates_wire_services_staff_story_crediting_or_quoting_a_wire_is_not_wire(
        line, kind):
    regions = [_region(STAFF, line, kind), (STAFF.index("NAMPULA"), STAFF.index("\nAdd"), "body")]
    assert wire_services("Indian Ocean Post", ["Reuters"], ["Rui Tembe"], STAFF, regions) \
        == frozenset()


def test_duplicates_wire_services_one_word_wire_at_a_byline_end_only_as_written():
    text = "By Jo Pa\nBy Ana Lee AP"
    assert wire_services(None, (), ["Jo Pa"], text, [(0, 8, "byline")]) == frozenset()
    assert wire_services(None, (), ["Ana Lee"], text, [(9, 22, "byline")]) == {
        "The Associated Press"}
