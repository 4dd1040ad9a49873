"""Two pages of the built site, rendered in headless Chromium: Chinese text, drawn in a CJK font.

CI's Chromium has no font but those of the machine, and the site loads none from outside
(``theme.font: false``; ``docs/stylesheets/cjk.css`` names the local CJK fonts). Without a CJK
font the Chinese would be drawn as boxes. The test builds the site as CI does, opens the
getting-started page and a calculator's page from disk, and asks Chromium which platform font
drew their Chinese text (DevTools ``CSS.getPlatformFontsForNode``), how wide a Chinese glyph is,
and keeps a screenshot of each.
"""

import functools
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from ..chromium import headless_chromium
from ..system_packages import needs_browser, needs_cjk_font
from ._pages import ROOT, load_docs_module, load_sitegen

PAGES = ["index.html", "calculators/roads.unpermitted_excavation_fine/index.html"]
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built as CI builds it: both languages, strict."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]
    built = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert 0 == built.returncode, built.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    driver = headless_chromium(tmp_path_factory.mktemp("chromium"), "--window-size=1280,1000")
    try:
        yield driver
    finally:
        driver.quit()


def _platform_fonts(driver: WebDriver, selector: str) -> list[dict[str, Any]]:
    """The fonts Chromium used to draw the text of the first node matching ``selector``."""
    driver.execute_cdp_cmd("DOM.enable", {})
    driver.execute_cdp_cmd("CSS.enable", {})
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    assert node, selector
    fonts: list[dict[str, Any]] = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return fonts


#: A Chinese line in the page's own text font, measured: each CJK glyph is one em wide.
MEASURE = """
const probe = document.createElement("span");
probe.textContent = arguments[0];
probe.style.whiteSpace = "nowrap";
document.querySelector("article").appendChild(probe);
const width = probe.getBoundingClientRect().width;
const size = parseFloat(getComputedStyle(probe).fontSize);
probe.remove();
return [width, size];
"""


@needs_browser()
@pytest.mark.parametrize("page", PAGES)
def test_the_page_is_chinese_and_drawn_in_a_cjk_font(page: str, site: Path, browser: WebDriver, tmp_path: Path) -> None:
    browser.get((site / page).as_uri())

    assert "zh" == browser.execute_script("return document.documentElement.lang")
    text: str = browser.execute_script("return document.querySelector('article').innerText")
    assert len(HAN.findall(text)) > 100
    assert HAN.search(browser.execute_script("return document.querySelector('article h1').textContent"))

    family: str = browser.execute_script("return getComputedStyle(document.querySelector('article')).fontFamily")
    assert family.startswith('"Noto Sans CJK SC"'), family
    assert browser.execute_script("return document.fonts.check('16px \"Noto Sans CJK SC\"', '钦州')")

    fonts = _platform_fonts(browser, "article p")
    assert HAN.search(browser.execute_script("return document.querySelector('article p').textContent"))
    assert [font["familyName"] for font in fonts if font["glyphCount"]] == ["Noto Sans CJK SC"], fonts

    width, size = browser.execute_script(MEASURE, "钦州市人民政府办公室")
    assert 10 * size == pytest.approx(width, rel=0.02)  # a box or a half-width fallback would not be

    shot = tmp_path / (page.replace("/", "_") + ".png")
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


@needs_cjk_font()
def test_the_site_loads_no_font_from_outside(site: Path) -> None:
    """Offline legibility: no page links a web-font service; the CJK stylesheet is linked from each."""
    for page in [*PAGES, "en/index.html"]:
        html = (site / page).read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in html
        assert "fonts.gstatic.com" not in html
        assert "stylesheets/cjk.css" in html


@needs_browser()
def test_a_notebook_page_shows_its_figure(site: Path, browser: WebDriver) -> None:
    """The bank-scoring notebook, executed at build time: its chart is an image the browser loaded."""
    browser.get((site / "examples/bank_scoring/index.html").as_uri())
    loaded = browser.execute_script(
        "return [...document.querySelectorAll('article img')].map(img => img.complete && img.naturalWidth)"
    )
    assert loaded
    assert all(width > 300 for width in loaded)
    assert browser.execute_script("return document.querySelector('table.qinzhou-calc-result') !== null")


#: For each table of the article: how far its visible part (clipped by the boxes it scrolls in: its
#: own, Material's wrapper of a markdown table) reaches past the column's right edge, and how much
#: of it is hidden there, to scroll to.
SCROLL_BOXES = """
const column = document.querySelector("article").getBoundingClientRect();
return [...document.querySelectorAll("article table")].map(table => {
  let right = table.getBoundingClientRect().right, hidden = 0;
  for (let box = table; box.tagName !== "ARTICLE"; box = box.parentElement) {
    if (getComputedStyle(box).overflowX === "visible") continue;
    right = Math.min(right, box.getBoundingClientRect().right);
    hidden = Math.max(hidden, box.scrollWidth - box.clientWidth);
  }
  return [right - column.right, hidden];
});
"""


@needs_browser()
def test_a_notebook_pages_tables_scroll_inside_the_column(site: Path, browser: WebDriver) -> None:
    """The bank-scoring page's wide tables stay inside the article, clear of the table of contents;
    the widest scrolls sideways in its own box."""
    browser.get((site / "examples/bank_scoring/index.html").as_uri())
    tables: list[list[float]] = browser.execute_script(SCROLL_BOXES)
    assert tables
    assert [] == [right for right, _ in tables if right > 1]
    assert any(hidden > 0 for _, hidden in tables)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No access log on the test's output."""


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    """The built site over HTTP on a free local port (search needs it: a browser runs no worker from disk)."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@needs_cjk_font()
def test_the_search_index_holds_chinese_cut_into_words(site: Path) -> None:
    """jieba cut the Chinese into words joined by zero-width spaces; the separator splits on them."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert "\\u200b" in index["config"]["separator"]
    assert ["en"] == index["config"]["lang"]
    assert any("\u200b罚款\u200b" in doc["text"] for doc in index["docs"])


@needs_browser()
def test_searching_a_chinese_word_finds_the_pages_about_it(served: str, browser: WebDriver) -> None:
    """Typing 罚款 (fine) in the Chinese site's search box lists pages, the roads fines among them."""
    browser.get(f"{served}/")
    box = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")  # in the header of a wide window
    box.click()
    box.send_keys("罚款")
    WebDriverWait(browser, 30).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item"))
    links = [a.get_attribute("href") or "" for a in browser.find_elements(By.CSS_SELECTOR, ".md-search-result__link")]
    assert any("/roads/" in link or "roads." in link for link in links), links


@pytest.fixture(scope="module")
def service() -> Iterator[str]:
    """The web service under uvicorn on a free loopback port, in a thread."""
    import uvicorn  # noqa: PLC0415 - the web extra, installed with the tests

    from qinzhou_calc.web import create_app  # noqa: PLC0415

    config = uvicorn.Config(create_app(), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the web service did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@needs_browser()
def test_every_calculators_form_is_photographed_for_its_page(service: str, browser: WebDriver) -> None:
    """The form of each calculator, filled with its first worked example (``?example=1``), in the CJK font.

    The screenshots go to build/screenshots/forms/<name>.png, where docs/gen_pages.py finds them
    when the site is built next (CI builds it after the tests).
    """
    sitegen = load_sitegen()
    names = sorted(load_docs_module("site_common").all_calculators())
    try:
        urllib.request.urlopen(f"{service}/form/{names[0]}", timeout=30).close()
    except urllib.error.HTTPError as error:
        if error.code == 404:
            pytest.skip("the web service serves no forms yet")
        raise
    folder: Path = sitegen.SCREENSHOTS
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        browser.set_window_size(1280, 900)
        browser.get(f"{service}/form/{name}?example=1")  # the form filled with the first worked example
        assert HAN.search(browser.execute_script("return document.body.innerText")), name
        height = browser.execute_script("return document.body.scrollHeight")
        browser.set_window_size(1280, min(int(height) + 40, 4000))
        assert browser.save_screenshot(str(folder / f"{name}.png")), name
    browser.set_window_size(1280, 1000)
    assert browser.execute_script("return document.fonts.check('16px \"Noto Sans CJK SC\"', '钦州')")
    assert {f"{name}.png" for name in names} <= {path.name for path in folder.iterdir()}
