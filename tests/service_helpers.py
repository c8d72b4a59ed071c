"""What the service tests share: a ledger made by `according ingest`, the app served by
uvicorn on a free loopback port in a thread, and headless Chromium driven by selenium."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
CHROMEDRIVER_NAMES = ("chromedriver",)


def ingest(db: Path, *paths: Path) -> None:
    """Make a ledger at `db` from `paths` with the real `according ingest` command."""
    from typer.testing import CliRunner

    from according.cli import app

    result = CliRunner().invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--quiet"])
    assert result.exit_code in (0, 1), result.output  # 1: some input failed, still a ledger


def ledger_fixture(*paths: Path, name: str) -> object:
    """A module-scoped fixture `name`: a ledger made by `according ingest` of `paths` in a
    new temp folder (`kassel_ledger = ledger_fixture(KASSEL, name="kassel_ledger")`)."""

    @pytest.fixture(scope="module", name=name)
    def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
        db = tmp_path_factory.mktemp(paths[0].stem) / "ledger.duckdb"
        ingest(db, *paths)
        return db

    return made


def client_fixture(ledger: str) -> object:
    """A module-scoped fixture `client`: fastapi's TestClient of the app serving the ledger
    of fixture `ledger`, started and stopped."""

    @pytest.fixture(scope="module", name="client")
    def made(request: pytest.FixtureRequest) -> Iterator[object]:
        with warnings.catch_warnings():  # starlette's note about httpx2; httpx is chosen
            warnings.simplefilter("ignore")
            from fastapi.testclient import TestClient

        from according.service import create_app

        with TestClient(create_app(request.getfixturevalue(ledger))) as client:
            yield client

    return made


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(app: object) -> Iterator[str]:
    """Serve `app` with uvicorn on 127.0.0.1 in a thread; yields its base URL."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def find_browser() -> tuple[str, str] | None:
    """(chromium, chromedriver) paths: $CHROME_BIN / $CHROMEDRIVER, else on the PATH."""
    chrome = os.environ.get("CHROME_BIN") or next(
        (p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)
    driver = os.environ.get("CHROMEDRIVER") or next(
        (p for p in map(shutil.which, CHROMEDRIVER_NAMES) if p), None)
    return (chrome, driver) if chrome and driver else None


@contextmanager
def chromium(width: int = 1400, height: int = 1000) -> Iterator[object]:
    """A headless Chromium session; skips the test, saying why, when none can be found."""
    found = find_browser()
    if found is None:
        pytest.skip("no Chromium and chromedriver on this machine (install Debian's chromium "
                    "and chromium-driver, or set CHROME_BIN and CHROMEDRIVER)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--hide-scrollbars",
                "--disable-extensions", "--no-first-run", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=found[1]), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


DATA = Path(__file__).resolve().parent / "data" / "service"
HOSTILE = DATA / "hostile.txt"
QUAKE = DATA / "karsa-quake.jsonl"  # four reports of one death toll, two disagreeing


@pytest.fixture(scope="session")
def service_ledger(tmp_path_factory: pytest.TempPathFactory, demo_text: str) -> Path:
    """A ledger made by `according ingest` of the demo article, the hostile article and the
    four earthquake reports (one session-wide file, made once)."""
    from conftest import DEMO

    folder = tmp_path_factory.getbasetemp() / "service-ledger"
    db = folder / "ledger.duckdb"
    if not db.exists():
        folder.mkdir(exist_ok=True)
        ingest(db, DEMO, HOSTILE, QUAKE)
    return db
