"""Tried as a user would: the exported network page opened in headless Chromium, offline.

Chromium (Debian's package; ``.ci/run`` installs it) opens the page from a file with every
host name unresolvable, so anything the page tried to fetch would fail. The screenshot must
show a drawn graph, and an edge's evidence panel must list the edge's sentence and article.
Without Chromium the tests are skipped on a developer machine, never in CI (``CI`` set).

The fixture folder ``tests/fixtures/outlets/`` holds two invented news items (people, quotes and
events made up), named ``<outlet>_<date>_<slug>.txt`` so that the reader takes the outlet and
the date from the file name.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from helpers import config, network_view

FIXTURES = config.PROJ_ROOT / "tests" / "fixtures" / "outlets"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("chromium is not installed (apt-get install chromium); CI installs it", allow_module_level=True)

WIDTH, HEIGHT = 1400, 900


def _chromium(url: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    assert CHROMIUM, "chromium is missing: .ci/run installs it (apt-get install -y chromium)"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND",
           f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}",
           "--virtual-time-budget=8000", *args, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """The page exported from two analysed fixture articles, and the data it holds."""
    from helpers import analyze

    corpus = analyze(FIXTURES, cache=False, progress=False)
    data = network_view.view_data(corpus)
    assert data["evidence"], "the fixture articles gave no stance to draw"
    folder = tmp_path_factory.mktemp("browser")
    return network_view.export(data, folder / "network.html"), data


def _panel(dom: str):
    from bs4 import BeautifulSoup

    panel = BeautifulSoup(dom, "html.parser").find(id="evidence")
    assert panel is not None, "no evidence panel in the page"
    return panel


def _panel_text(dom: str) -> str:
    return " ".join(_panel(dom).get_text(" ").split())


def test_the_page_draws_a_graph_offline(page, tmp_path):
    import matplotlib.image as mpimg

    path, data = page
    shot = tmp_path / "network.png"
    run = _chromium(path.as_uri(), tmp_path / "profile", f"--screenshot={shot}")
    assert shot.is_file(), run.stderr[-2000:]
    pixels = mpimg.imread(shot)[..., :3]
    assert pixels.shape[:2] == (HEIGHT, WIDTH)
    # the graph area: left of the 380-px evidence panel, below the header with the filters
    graph = pixels[140:HEIGHT - 60, 20:WIDTH - 400]
    drawn = (np.abs(graph - 1.0).max(axis=2) > 0.08).mean()
    assert drawn > 0.003, f"only {drawn:.2%} of the graph area is drawn"
    # criticism edges in the palette's red (#B2182B): an edge was drawn, not only labels
    red = (np.abs(graph - np.array([0xB2, 0x18, 0x2B]) / 255).max(axis=2) < 0.12).sum()
    assert red > 50, f"{red} red pixels: no criticism edge drawn"
    # a node in its actor type's colour (persons: #0072B2)
    blue = (np.abs(graph - np.array([0x00, 0x72, 0xB2]) / 255).max(axis=2) < 0.12).sum()
    assert blue > 50, f"{blue} person-blue pixels: no person node drawn"
    if os.environ.get("HELPERS_SCREENSHOT_DIR"):  # keep the picture to look at
        shutil.copy(shot, Path(os.environ["HELPERS_SCREENSHOT_DIR"]) / "network.png")


def test_an_edge_opened_from_the_address_shows_its_evidence(page, tmp_path):
    path, data = page
    ev = next(e for e in data["evidence"] if e["p"] == -1)
    article = data["articles"][ev["a"]]
    # before: the panel only explains what to do
    idle = _chromium(path.as_uri(), tmp_path / "p1", "--dump-dom")
    assert ev["text"][:40] not in _panel_text(idle.stdout)
    opened = _chromium(f"{path.as_uri()}#edge={ev['s']}|{ev['t']}", tmp_path / "p2", "--dump-dom")
    panel = _panel_text(opened.stdout)
    assert " ".join(ev["text"].split())[:60] in panel
    assert article["id"] in panel and article["title"] in panel
    n = sum(1 for e in data["evidence"] if (e["s"], e["t"], e["p"]) == (ev["s"], ev["t"], -1))
    assert len(_panel(opened.stdout).find_all("li")) == n  # every sentence of the edge, no other


def test_the_filters_in_the_address_change_what_is_drawn(page, tmp_path):
    path, data = page
    dom = _chromium(f"{path.as_uri()}#polarity=all", tmp_path / "p3", "--dump-dom").stdout
    from bs4 import BeautifulSoup

    note = BeautifulSoup(dom, "html.parser").find(id="note").get_text()
    assert f"Shown: {len(data['evidence'])} statements" in note
    dom = _chromium(f"{path.as_uri()}#polarity=all&from=2099-01-01&undated=0", tmp_path / "p4",
                    "--dump-dom").stdout
    note = BeautifulSoup(dom, "html.parser").find(id="note").get_text()
    assert "Shown: 0 statements" in note


class _DevTools:
    """Chromium driven over ``--remote-debugging-pipe`` (the DevTools protocol on fds 3 and 4:
    JSON messages ended by a NUL byte), so a test can move the mouse like a reader. No port
    is opened and no package is needed."""

    def __init__(self, url: str, profile: Path):
        import fcntl

        to_chrome_r, self._w = os.pipe()
        self._r, from_chrome_w = os.pipe()
        # copies above 9, so that placing them on 3 and 4 in the child cannot clobber each other
        hi_r, hi_w = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10), fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)

        def child():
            os.dup2(hi_r, 3)
            os.dup2(hi_w, 4)

        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND",
               f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}",
               "--remote-debugging-pipe", url]
        self.proc = subprocess.Popen(cmd, pass_fds=(3, 4), preexec_fn=child, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fd in (to_chrome_r, from_chrome_w, hi_r, hi_w):
            os.close(fd)
        self._buffer, self._id, self.session = b"", 0, None

    def _read(self, timeout: float) -> dict:
        import select
        import time

        end = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = end - time.monotonic()
            if left <= 0 or not select.select([self._r], [], [], left)[0]:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self._r, 1 << 16)
            if not chunk:
                raise EOFError("chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, timeout: float = 30, **params) -> dict:
        self._id += 1
        message = {"id": self._id, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self.session
        os.write(self._w, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read(timeout)
            if answer.get("id") == self._id:
                assert "error" not in answer, answer["error"]
                return answer.get("result", {})

    def attach(self) -> None:
        pages = [t for t in self.send("Target.getTargets")["targetInfos"] if t["type"] == "page"]
        self.session = self.send("Target.attachToTarget", targetId=pages[0]["targetId"], flatten=True)["sessionId"]

    def js(self, expression: str):
        return self.send("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def mouse(self, kind: str, x: float, y: float) -> None:
        extra = {"button": "left", "clickCount": 1} if kind != "mouseMoved" else {}
        self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, **extra)

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (TimeoutError, EOFError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._r)
        os.close(self._w)


def _wait_for(check, timeout: float = 15.0):
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    return check()


def test_hovering_and_clicking_an_edge_shows_its_evidence(page, tmp_path):
    path, data = page
    ev = next(e for e in data["evidence"] if e["p"] == -1)
    edge = f"{ev['s']}|{ev['t']}|-1"
    sentence = " ".join(ev["text"].split())[:60]
    browser = _DevTools(path.as_uri(), tmp_path / "profile")
    try:
        browser.attach()
        assert _wait_for(lambda: browser.js("document.body && document.body.getAttribute('data-drawn')"))
        middle = browser.js(f"JSON.stringify(window.networkView.edgeMiddle({json.dumps(edge)}))")
        point = json.loads(middle)
        panel = "document.getElementById('evidence').innerText.replace(/\\s+/g, ' ')"
        # a corner of the graph area, away from every node and edge
        away = json.loads(browser.js("var b = document.getElementById('graph').getBoundingClientRect();"
                                     "JSON.stringify([b.left + 4, b.bottom - 4])"))
        assert sentence not in browser.js(panel)
        browser.mouse("mouseMoved", point["x"], point["y"])  # hover: the panel shows the edge
        assert _wait_for(lambda: sentence in browser.js(panel)), browser.js(panel)
        browser.mouse("mouseMoved", *away)  # away from every edge: back to the hint
        assert _wait_for(lambda: sentence not in browser.js(panel))
        browser.mouse("mousePressed", point["x"], point["y"])  # click: the panel stays
        browser.mouse("mouseReleased", point["x"], point["y"])
        assert _wait_for(lambda: sentence in browser.js(panel))
        browser.mouse("mouseMoved", *away)
        assert sentence in browser.js(panel) and data["articles"][ev["a"]]["id"] in browser.js(panel)
    finally:
        browser.close()
