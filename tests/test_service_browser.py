"""The web page in headless Chromium (selenium): highlights, the hover card, the figure
timeline, search, and an article full of markup that must run nothing. Each test saves a
screenshot under its temporary folder; ACCORDING_SCREENSHOTS=DIR copies them there too."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from according.ledger import open_ledger
from according.service import create_app
from conftest import EXAMPLE, needs_shared
from service_helpers import HOSTILE, chromium, ingest, service_ledger, serving  # noqa: F401

pytestmark = pytest.mark.browser


def _shot(driver, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000  # a rendered page, not a blank one
    copy_to = os.environ.get("ACCORDING_SCREENSHOTS")
    if copy_to:
        Path(copy_to).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(copy_to) / path.name)
    return path


def _wait(condition, timeout: float = 10.0):  # noqa: ANN001, ANN202
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


def _hover(driver, element) -> None:  # noqa: ANN001
    from selenium.webdriver.common.action_chains import ActionChains

    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    ActionChains(driver).move_to_element(element).perform()


def _by_path(db: Path, path: Path) -> str:
    with open_ledger(db, read_only=True) as ledger:
        ids = set(ledger.known_ids().values())
        return next(i for i in ids if ledger.article(i).input.path == str(path))


def _csp_violations(driver) -> list[str]:  # noqa: ANN001
    return [e["message"] for e in driver.get_log("browser")
            if "Content Security Policy" in e["message"]]


def _check_highlights(driver, record_count: int) -> None:  # noqa: ANN001
    from selenium.webdriver.common.by import By

    cards = driver.find_elements(By.CSS_SELECTOR, "#cards .card")
    assert len(cards) == record_count
    sources = driver.find_elements(By.CSS_SELECTOR, "#text .m-source")
    cues = driver.find_elements(By.CSS_SELECTOR, "#text .m-cue")
    contents = driver.find_elements(By.CSS_SELECTOR, "#text .m-content")
    assert sources and cues and contents
    colours = {driver.execute_script(
        "return getComputedStyle(arguments[0]).backgroundColor", el[0])
        for el in (sources, cues, contents)}
    assert len(colours) == 3  # three distinct highlight colours


def test_browser_article_page_highlights_and_hover_shows_the_card(service_ledger, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    from conftest import DEMO

    article_id = _by_path(service_ledger, DEMO)
    with open_ledger(service_ledger, read_only=True) as ledger:
        record = ledger.article(article_id)
    with serving(create_app(service_ledger)) as base, chromium() as driver:
        driver.get(f"{base}/articles/{article_id}")
        _check_highlights(driver, len(record.attributions))
        okafor = next(a for a in record.attributions if a.source.span
                      and a.source.span.text == "Council leader David Okafor")
        number = record.attributions.index(okafor) + 1
        span = next(el for el in driver.find_elements(By.CSS_SELECTOR, "#text .m-source")
                    if el.text == "Council leader David Okafor")
        _hover(driver, span)
        card = driver.find_element(By.ID, "hovercard")
        assert _wait(card.is_displayed)
        assert "David Okafor" in card.text and "told" in card.text
        assert "told to Chronicle" in card.text.replace("The Chronicle", "Chronicle")
        marked = driver.find_elements(By.CSS_SELECTOR, "#text .sel")
        assert marked and all(str(number) in el.get_attribute("data-a").split() for el in marked)
        assert "sel" in driver.find_element(By.ID, f"card-{number}").get_attribute("class")
        _shot(driver, tmp_path, "article-demo")
        assert not _csp_violations(driver)


@pytest.mark.shared
def test_browser_example_article_shows_nesting_on_its_card(tmp_path):
    from selenium.webdriver.common.by import By

    needs_shared(EXAMPLE)
    db = tmp_path / "example.duckdb"
    ingest(db, EXAMPLE)
    article_id = _by_path(db, EXAMPLE)
    with serving(create_app(db)) as base, chromium(1400, 900) as driver:
        driver.get(f"{base}/articles/{article_id}")
        with open_ledger(db, read_only=True) as ledger:
            record = ledger.article(article_id)
        _check_highlights(driver, len(record.attributions))
        official = next(el for el in driver.find_elements(By.CSS_SELECTOR, "#text .m-source")
                        if el.text == "One unnamed official")
        _hover(driver, official)
        card = driver.find_element(By.ID, "hovercard")
        assert _wait(card.is_displayed)
        assert "The Washington Post ← One unnamed official" in card.text
        assert "anonymous" in card.text
        driver.execute_script("window.scrollTo(0, 0)")
        first = driver.find_elements(By.CSS_SELECTOR, "#text [data-a]")[2]
        _hover(driver, first)
        _wait(card.is_displayed)
        _shot(driver, tmp_path, "article-example")
        assert not _csp_violations(driver)


def test_browser_figure_timeline_draws_points_and_marks_disagreement(service_ledger,  # noqa: F811
                                                                       tmp_path):
    from selenium.webdriver.common.by import By

    with serving(create_app(service_ledger)) as base, chromium() as driver:
        driver.get(f"{base}/figures?counted=killed")
        chart = driver.find_element(By.CSS_SELECTOR, "svg.chart")
        points = chart.find_elements(By.CSS_SELECTOR, ".pt")
        assert len(points) >= 4
        assert all(p.find_element(By.CSS_SELECTOR, "circle.dot").is_displayed() for p in points)
        rings = chart.find_elements(By.CSS_SELECTOR, ".pt.clash")
        assert len(rings) >= 2 and chart.find_elements(By.CSS_SELECTOR, "line.clash-link")
        # the dots sit where their values say: a higher value is higher on the chart
        ys = {float(p.find_element(By.CSS_SELECTOR, "circle.dot").get_attribute("cy")):
              p.find_element(By.TAG_NAME, "title").get_attribute("textContent")
              for p in points}
        order = [text for _, text in sorted(ys.items())]
        assert "4,000" in order[0] and "900" in order[-1]
        _hover(driver, rings[0].find_element(By.CSS_SELECTOR, "circle.dot"))
        card = driver.find_element(By.ID, "figcard")
        assert _wait(card.is_displayed) and "disagrees" in card.text
        # the legend hides one outlet's points
        box = driver.find_element(By.CSS_SELECTOR, ".legend-groups input[data-group='0']")
        group_points = chart.find_elements(By.CSS_SELECTOR, ".pt[data-group='0']")
        box.click()
        assert not any(p.is_displayed() for p in group_points)
        box.click()
        driver.execute_script("window.scrollTo(0, 0)")
        _hover(driver, rings[0].find_element(By.CSS_SELECTOR, "circle.dot"))
        _shot(driver, tmp_path, "figures")
        assert not _csp_violations(driver)


def test_browser_search_box_finds_a_quote(service_ledger, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    with serving(create_app(service_ledger)) as base, chromium() as driver:
        driver.get(base + "/")
        box = driver.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
        box.send_keys("never seen anything like", Keys.ENTER)
        _wait(lambda: "/search" in driver.current_url)
        quotes = driver.find_element(By.ID, "result-quotes")
        assert "We have never seen anything like this" in quotes.text
        assert "Tomas Bell" in quotes.text
        quotes.find_element(By.PARTIAL_LINK_TEXT, "BBC").click()
        _wait(lambda: "/articles/" in driver.current_url)
        assert "Karsa valley quake" in driver.find_element(By.TAG_NAME, "main").text
        driver.back()
        _shot(driver, tmp_path, "search")


def test_browser_hostile_article_runs_nothing_and_shows_its_text(service_ledger, tmp_path):  # noqa: F811
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    article_id = _by_path(service_ledger, HOSTILE)
    headline = HOSTILE.read_text(encoding="utf-8").splitlines()[0]
    pages = [f"/articles/{article_id}", "/", "/sources?limit=200", "/claims?limit=200",
             "/quotes?limit=200", "/search?q=javascript", "/search?q=%3Cscript%3E"]
    with serving(create_app(service_ledger)) as base, chromium() as driver:
        for path in pages:
            driver.get(base + path)
            time.sleep(0.2)
            assert driver.execute_script("return window.__xss") is None, path
            with pytest.raises(NoAlertPresentException):
                driver.switch_to.alert.text  # noqa: B018
            assert not driver.find_elements(By.CSS_SELECTOR, "main img, main script"), path
            assert not driver.find_elements(By.CSS_SELECTOR, "a[href^='javascript' i]"), path
        driver.get(f"{base}/articles/{article_id}")
        text = driver.find_element(By.ID, "text").text
        assert headline in text  # shown exactly as written
        assert "[/bold] [link=file:///etc/passwd]here[/link]" in text
        sources = [el.text for el in driver.find_elements(By.CSS_SELECTOR, "#text .m-source")]
        assert any("<img" in s or "javascript:" in s for s in sources)
        _hover(driver, driver.find_elements(By.CSS_SELECTOR, "#text .m-source")[0])
        assert driver.execute_script("return window.__xss") is None
        _shot(driver, tmp_path, "hostile")
