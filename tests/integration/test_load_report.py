"""`cognito-grpc load --html`: the report opens in a real headless Chromium (Debian's, through
Selenium and chromedriver), offline, and its charts are drawn from the run's figures."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from tests.conftest import require_tool
from tests.support import SleepyServer

# the series colours the report draws with (html.py)
P50_BLUE, P99_RED, DISTRIBUTION_PURPLE = (0x1f, 0x77, 0xb4), (0xd6, 0x27, 0x28), (0x94, 0x67, 0xbd)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    with SleepyServer(0.02) as server:
        result = subprocess.run(
            [sys.executable, "-m", "cognito_grpc", "load", server.address, "AdminGetUser",
             "-d", '{"UserPoolId": "us-east-1_abc", "Username": "alice"}', "-c", "4",
             "-z", "2", "--interval", "0.25", "--json", "--html", str(path)],
            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return path, json.loads(result.stdout)


@pytest.fixture(scope="module")
def browser():
    chromium = require_tool("chromium", "/usr/bin/chromium")
    driver_path = require_tool("chromedriver", "/usr/bin/chromedriver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1200,1600",
                     # offline: a page that reached for a CDN would fail to draw
                     "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    yield driver
    driver.quit()


def coloured_pixels(png: bytes, colour: tuple[int, int, int], tolerance: int = 40) -> int:
    from PIL import Image

    data = Image.open(io.BytesIO(png)).convert("RGB").tobytes()
    return sum(1 for i in range(0, len(data), 3)
               if all(abs(data[i + c] - colour[c]) <= tolerance for c in range(3)))


def test_the_report_is_self_contained(report):
    path, _ = report
    text = path.read_text()
    assert "<script src" not in text and "<link" not in text and "http://" not in text.lower() \
        .replace("http://www.w3.org", "")  # uPlot names SVG's namespace, a name, not a load


def test_the_charts_render_with_the_runs_data(report, browser):
    path, doc = report
    browser.get(path.as_uri())
    assert browser.execute_script("return window.chartsDrawn === true")
    assert not [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    # the page's data is the run's, and every chart holds its points
    page = browser.execute_script("return window.REPORT")
    assert page["calls"] == doc["calls"] and page["latency_ms"] == doc["latency_ms"]
    series = browser.execute_script(
        "return Object.fromEntries(Object.entries(window.charts).map(([k, c]) => [k, c.data]))")
    assert series["latency"][0] == [point["t"] for point in doc["timeline"]]
    assert series["latency"][1] == [point["p50_ms"] for point in doc["timeline"]]
    assert len(series["latency"][0]) >= 7  # 2 s at 0.25 s intervals
    assert series["rate"][1] == [point["calls_per_second"] for point in doc["timeline"]]
    assert len(series["distribution"][1]) >= 10
    assert series["distribution"][1] == [point["latency_ms"] for point in doc["distribution"]
                                         if point["percentile"] < 100]  # 100 %: no place on x
    # the lines are on screen: each chart's canvas shows its series' colour
    for chart, colour in (("latency", P50_BLUE), ("latency", P99_RED),
                          ("distribution", DISTRIBUTION_PURPLE)):
        element = browser.find_element("id", chart)
        browser.execute_script("arguments[0].scrollIntoView()", element)
        assert coloured_pixels(element.screenshot_as_png, colour) >= 200, (chart, colour)
    # and an empty chart area would not pass: the title block has none of those colours
    title = browser.find_element("tag name", "h1")
    assert coloured_pixels(title.screenshot_as_png, P99_RED) == 0
