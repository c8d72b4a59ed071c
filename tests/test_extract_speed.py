"""Extract's speed-ups leave the process as they found it and the records as they were."""

from __future__ import annotations

import gc
import importlib

import pytest

from according.read import ArticleInput
from according.records import InputInfo

extract_module = importlib.import_module("according.extract")

TEXT = ("The election board said the incumbent led by 12 points on Tuesday.\n\n"
        "\u201cWe will appeal,\u201d said Dana Ruiz, a spokeswoman for the campaign.")


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        records = list(extract_module.extract_inputs([ArticleInput(TEXT, InputInfo("a.txt"))]))
        assert gc.isenabled() is enabled
        assert records[0].attributions
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_collector_paused_or_not_gives_the_same_record() -> None:
    article = ArticleInput(TEXT, InputInfo("a.txt"))
    paused = extract_module._extract_batch([article], None)[0].to_dict()
    as_is = extract_module._extract_batch_now([article], None)[0].to_dict()
    assert paused == as_is
