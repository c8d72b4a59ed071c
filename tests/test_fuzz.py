"""Fuzzing every reader and the extractor with generated hostile inputs (tests/fuzz_inputs.py).

Two profiles over the same families of inputs (text, HTML, feeds, JSON Lines, WARC, a
directory mixing them, strings given to `according.extract`):

- fast, in every test run: a few hundred inputs, derandomized so a run is repeatable;
- long, `pytest -m fuzz`: at least 10,000 inputs, random, each input also held to the
  per-article budget (CPU seconds, so a busy shared machine does not fail it, and peak
  memory over the loaded pipeline), with a summary of counts at the end.

Each case asserts: no exception escapes, every result is a record or one error line, every
record keeps the contract (spans, offsets, JSON form, UTF-8), and every file gives at
least one result (one bad input never costs the batch).
"""

from __future__ import annotations

import json
import os
import resource
import signal
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from types import FrameType

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import according
from according.extract import extract_inputs
from according.read import InputError, read_inputs
from tests.fuzz_inputs import FAMILIES, FAST, LONG, Case, contract_breaks

# cases per family (a case is a batch of 1 to 6 inputs: files, or strings for the API)
FAST_CASES = {"text": 40, "html": 25, "feed": 25, "jsonl": 20, "warc": 25, "mixed": 15, "api": 35}
LONG_CASES = {"text": 1200, "html": 800, "feed": 700, "jsonl": 700, "warc": 600, "mixed": 400,
              "api": 1500}
# ACCORDING_FUZZ_SCALE=0.1 runs a tenth of the long profile (a quick look before the real run)
LONG_SCALE = float(os.environ.get("ACCORDING_FUZZ_SCALE", "1"))
# the per-article budget the long profile holds every input to (README, Errors)
BUDGET_CPU_S = 30.0
BUDGET_MEMORY_MB = 1536
HANG_WALL_S = 300  # per input, wall clock: a case still running after this is a hang
# ACCORDING_FUZZ_LOG=FILE appends one JSON line per case (family, inputs, outcome, CPU):
# progress to watch during a long run, and the counts should the run be stopped
PROGRESS_LOG = os.environ.get("ACCORDING_FUZZ_LOG")

STATS: dict[str, Counter[str]] = {}


class Hang(Exception):
    """A case ran past HANG_WALL_S per input."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang(f"still running after {HANG_WALL_S} s per input")


def _write(case: Case, folder: str) -> None:
    root = os.fsencode(folder)
    for name, data in case.files:
        with open(os.path.join(root, name), "wb") as out:
            out.write(data)


def _results(case: Case) -> Iterator[tuple[str, list[str]]]:
    """(kind, problems) for every result of the case: "record" or "error"."""
    if case.strings:
        for text in case.strings:
            try:
                record = according.extract(text)
            except ValueError as err:  # the API's way of saying "not an article"
                yield "error", contract_breaks(InputError("<string>", str(err)))
            else:
                yield "record", contract_breaks(record)
        return
    with tempfile.TemporaryDirectory() as folder:
        _write(case, folder)
        results = list(extract_inputs(read_inputs([folder])))
    assert len(results) >= len(case.files), "a file gave no result at all"
    for result in results:
        yield ("error" if isinstance(result, InputError) else "record"), contract_breaks(result)


def _run(family: str, case: Case, *, budget: bool) -> None:
    stats = STATS.setdefault(family, Counter())
    inputs = len(case.files) or len(case.strings)
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu, wall = time.process_time(), time.perf_counter()
    if budget:
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, HANG_WALL_S * inputs)
    try:
        outcomes = list(_results(case))
    except Hang:
        stats["hangs"] += 1
        _log(family, inputs, "hang", cpu)
        raise
    except Exception as err:
        stats["crashes"] += 1
        _log(family, inputs, f"crash: {err!r}"[:500], cpu)
        raise
    finally:
        if budget:
            signal.setitimer(signal.ITIMER_REAL, 0)
    _log(family, inputs, "ok" if not any(p for _, p in outcomes) else "contract break", cpu,
         records=sum(kind == "record" for kind, _ in outcomes))
    spent = time.process_time() - cpu
    stats["cpu_ms"] += int(1000 * spent)
    stats["wall_ms"] += int(1000 * (time.perf_counter() - wall))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - baseline_kb) / 1024
    stats.update(cases=1, inputs=inputs)
    stats.update(kind for kind, _ in outcomes)
    stats["max_cpu_ms_per_input"] = max(stats["max_cpu_ms_per_input"], int(1000 * spent / inputs))
    broken = [p for _, problems in outcomes for p in problems]
    stats["contract_breaks"] += bool(broken)
    assert not broken, broken[:5]
    if budget:
        assert spent <= BUDGET_CPU_S * inputs, f"{spent:.1f} s of CPU for {inputs} input(s)"
        assert grown_mb <= BUDGET_MEMORY_MB, f"peak memory grew by {grown_mb:.0f} MB"


def _log(family: str, inputs: int, outcome: str, cpu_start: float, **counts: int) -> None:
    if PROGRESS_LOG:
        with open(PROGRESS_LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps({"family": family, "inputs": inputs, "outcome": outcome,
                                  "cpu_s": round(time.process_time() - cpu_start, 3),
                                  **counts}) + "\n")


def _fuzz(family: str, examples: int, *, long: bool) -> None:
    # the long profile does not shrink a failing case (minutes per step on big inputs): it
    # prints the case as drawn, to be kept as a reproducer
    phases = [p for p in Phase if p is not Phase.shrink] if long else list(Phase)
    @settings(max_examples=examples, deadline=None, derandomize=not long, database=None,
              suppress_health_check=list(HealthCheck), print_blob=True, phases=phases)
    @given(case=FAMILIES[family](LONG if long else FAST))
    def check(case: Case) -> None:
        _run(family, case, budget=long)

    check()


class _Summary:
    """A plugin printing what the fuzzing did, per family, at the end of the session (output
    written during a test is captured)."""

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not STATS:
            return
        total: Counter[str] = Counter()
        terminalreporter.section("fuzz")
        for family, stats in sorted(STATS.items()):
            total.update({k: v for k, v in stats.items() if k != "max_cpu_ms_per_input"})
            terminalreporter.write_line(f"{family:6}: " + ", ".join(
                f"{k} {v}" for k, v in sorted(stats.items())))
        terminalreporter.write_line(
            f"total : {total['inputs']} inputs in {total['cases']} cases, {total['record']} "
            f"records, {total['error']} error lines, {total['crashes']} crashes, "
            f"{total['hangs']} hangs, {total['contract_breaks']} contract breaks, "
            f"{total['cpu_ms'] / 1000:.0f} s of CPU, {total['wall_ms'] / 1000:.0f} s wall")


@pytest.fixture(scope="module", autouse=True)
def fuzz_summary(request: pytest.FixtureRequest) -> None:
    """Loads the pipeline before the first case, and reports the counts at the end."""
    STATS.clear()
    request.config.pluginmanager.register(_Summary(), "according-fuzz-summary")
    according.extract("The minister said the bridge would open, officials said on Monday.")


@pytest.mark.parametrize("family", sorted(FAST_CASES))
def test_fuzz_fast_profile_reader_family_breaks_nothing(family: str) -> None:
    _fuzz(family, FAST_CASES[family], long=False)


@pytest.mark.fuzz
@pytest.mark.parametrize("family", sorted(LONG_CASES))
def test_fuzz_long_profile_reader_family_within_budget(family: str) -> None:
    _fuzz(family, max(1, round(LONG_CASES[family] * LONG_SCALE)), long=True)


@pytest.mark.fuzz
def test_fuzz_long_profile_counted_ten_thousand_inputs() -> None:
    """Runs after the families above (file order): the long profile's inputs, as counted."""
    if set(STATS) != set(LONG_CASES) or LONG_SCALE < 1:
        pytest.skip("only part of the long profile ran (-k or ACCORDING_FUZZ_SCALE)")
    assert sum(stats["inputs"] for stats in STATS.values()) >= 10_000


@given(st.lists(st.one_of(st.text(max_size=10), st.sampled_from(["\ud800", "\n", "\r\n"]))))
@settings(max_examples=50, deadline=None, derandomize=True)
def test_fuzz_error_lines_are_one_printable_line(parts: list[str]) -> None:
    line = str(InputError("caf\udce9\ud800.txt", "".join(parts)))
    assert "\n" not in line and "\r" not in line
    assert line.encode("utf-8").startswith(b"according: caf\\xe9\xef\xbf\xbd.txt: ")
