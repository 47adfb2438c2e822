"""The HTML report in a real browser: headless Chromium (Debian's ``chromium``) driven by
Playwright opens the seed's report and the multi-source gallery's, checks that every claim is
highlighted, that clicking a flagged claim shows its finding, that the keyboard works, that the
page fetches nothing and fits a phone, and saves screenshots at desktop and phone width.

Screenshots go to ``artifacts/html-report/`` (git-ignored; ``FACTCHECK_ARTIFACTS`` names another
folder). Where Chromium or Playwright is missing the module is skipped with the reason; with
``CI=true`` that is a failure instead. ``FACTCHECK_CHROMIUM`` names another Chromium binary.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.html_report import render_html

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "claims"
LODESTAR = ROOT / "docs" / "gallery" / "operation-lodestar-2025-06"
CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("FACTCHECK_ARTIFACTS", ROOT / "artifacts")) / "html-report"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    _unavailable("Playwright for Python is not installed (pip install -e '.[test]')")
if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):  # pragma: no cover
    _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set FACTCHECK_CHROMIUM)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the module."""
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, tuple[Path, factcheck.Report]]:
    """The seed's and Lodestar's reports, written as files."""
    folder = tmp_path_factory.mktemp("html")
    out: dict[str, tuple[Path, factcheck.Report]] = {}
    for name, where in (("seed", SEED), ("lodestar", LODESTAR)):
        loaded = factcheck.load(where)
        report = factcheck.check(loaded)
        path = folder / f"{name}.html"
        path.write_text(render_html(loaded, report), encoding="utf-8")
        out[name] = (path, report)
    return out


class Opened:
    """A report open in a tab, with what it tried to fetch and the errors it raised."""

    def __init__(self, browser: Browser, path: Path, viewport: dict[str, int]) -> None:
        self.page: Page = browser.new_page(viewport=viewport)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", self._console)
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.data: dict[str, Any] = self.page.evaluate(
            "JSON.parse(document.getElementById('factcheck-data').textContent)"
        )

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def panel_text(self) -> str:
        return self.page.locator("#panel .panel-body").inner_text()

    def first_with(self, status: str) -> tuple[str, dict[str, Any]]:
        return next((n, c) for n, c in self.data["claims"].items() if c["status"] == status)

    def close(self) -> None:
        assert not self.errors, self.errors
        assert not self.dialogs, self.dialogs
        self.page.close()


@pytest.fixture
def open_report(browser, reports) -> Iterator[Any]:
    opened: list[Opened] = []

    def open_(name: str, viewport: dict[str, int] = DESKTOP) -> Opened:
        tab = Opened(browser, reports[name][0], viewport)
        opened.append(tab)
        return tab

    yield open_
    for tab in opened:
        tab.close()


def _visible_claims(tab: Opened) -> set[str]:
    """The claim numbers some visible highlight covers."""
    found: list[str] = tab.page.evaluate(
        """() => Array.from(document.querySelectorAll('.seg[data-u]'))
             .filter(el => el.getClientRects().length > 0)
             .flatMap(el => el.getAttribute('data-u').split(' '))"""
    )
    return set(found)


@pytest.mark.parametrize("name", ["seed", "lodestar"])
def test_every_claim_is_highlighted(open_report, name):
    tab = open_report(name)
    claims = tab.data["claims"]
    assert set(claims) <= _visible_claims(tab)
    # Each claim's own tab stop is there and visible.
    assert all(claim["at"] for claim in claims.values())
    hidden = tab.page.evaluate(
        """ids => ids.filter(id => { const el = document.getElementById(id);
                                    return !el || el.getClientRects().length === 0; })""",
        [claim["at"] for claim in claims.values()],
    )
    assert not hidden


@pytest.mark.parametrize("name", ["seed", "lodestar"])
def test_fetches_nothing_and_fits_a_phone(open_report, name):
    tab = open_report(name, PHONE)
    assert all(url.startswith(("file:", "data:", "about:")) for url in tab.requests), tab.requests
    width = tab.page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width}px wide on a {PHONE['width']}px phone"


def test_clicking_a_suspect_claim_shows_its_finding(open_report, reports):
    tab = open_report("lodestar")
    report = reports["lodestar"][1]
    _, claim = tab.first_with("suspect")
    tab.page.locator(f"#{claim['at']}").click()
    shown = tab.panel_text()
    assert claim["id"] in shown
    findings = [f for f in report.contradictions if any(s.id == claim["id"] for s in f.suspects)]
    assert findings
    for finding in findings:
        assert finding.rule in shown
        assert finding.message in shown
        assert finding.gap is not None and f"gap {finding.gap.describe()}" in shown
    assert "AT FAULT" in shown.upper()
    # The explanation of the claim's own finding is open.
    assert tab.page.locator("#panel details[data-expl][open]").count() >= 1
    first_line = next(line for line in findings[0].explanation.splitlines() if line.strip())
    assert first_line.removeprefix("- ")[:40] in tab.panel_text()


@pytest.mark.parametrize(
    ("claim_id", "words"),
    [
        ("countries-eight-named", "7 of 8 countries are named"),
        ("arrests-more-than-double-previous", "150 arrests"),
    ],
)
def test_the_seed_says_why_its_two_figures_are_flagged(open_report, claim_id, words):
    """A newcomer clicks "eight countries" or "more than double" and reads why it is flagged."""
    tab = open_report("seed")
    claim = next(c for c in tab.data["claims"].values() if c["id"] == claim_id)
    assert claim["status"] == "acknowledged"
    tab.page.locator(f"#{claim['at']}").click()
    shown = tab.panel_text()
    assert "Why it is flagged" in shown
    assert words in shown
    assert "Acknowledged" in shown


def test_the_findings_list_jumps_to_the_text(open_report):
    tab = open_report("lodestar", PHONE)
    link = tab.page.locator("#findings a.jump").first
    target = (link.get_attribute("href") or "")[1:]
    link.click()
    focused = tab.page.evaluate("document.activeElement && document.activeElement.id")
    assert focused in (target, "panel")
    assert tab.page.locator(f"#{target}").evaluate("el => el.classList.contains('active')")
    assert tab.page.locator("#panel").is_visible()


def test_keyboard(open_report):
    tab = open_report("lodestar", PHONE)
    page = tab.page
    # Tab to the first highlight of the first article.
    for _ in range(400):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.seg[data-u]')"):
            break
    else:
        pytest.fail("Tab never reaches a highlighted figure")
    focused = page.evaluate("document.activeElement.id")
    assert not page.locator("#panel").is_visible()
    page.keyboard.press("Enter")
    assert page.locator("#panel").is_visible()
    assert "claim" in page.locator("#panel-title").inner_text().lower()
    page.keyboard.press("Escape")
    assert not page.locator("#panel").is_visible()
    assert page.evaluate("document.activeElement.id") == focused  # focus goes back
    page.keyboard.press("Space")
    assert page.locator("#panel").is_visible()
    page.keyboard.press("Escape")
    # n goes to the next flagged figure, p back.
    page.keyboard.press("n")
    first = page.evaluate("document.activeElement.id")
    assert first == tab.data["flagged"][0]
    assert page.locator("#panel").is_visible()
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.id") == tab.data["flagged"][1]
    page.keyboard.press("p")
    assert page.evaluate("document.activeElement.id") == first
    flagged_status = {c["at"]: c["status"] for c in tab.data["claims"].values()}
    assert flagged_status[first] in ("suspect", "disputed", "warning", "minor", "acknowledged")


def test_a_planted_script_does_not_run(browser, write_claims, tmp_path):
    article = 'Police said <script>alert("text")</script> 281 arrests were made.\n'
    path = write_claims(
        """
        [[claim]]
        id = "arrests"
        kind = "value"
        quote = '<script>alert("text")</script> 281 arrests'
        measure = "op.arrests"
        value = 281
        unit = "arrests"
        note = '</script><script>alert("note")</script><img src=x onerror=alert(1)>'
        """,
        article=article,
    )
    loaded = factcheck.load(path)
    page_file = tmp_path / "planted.html"
    page_file.write_text(render_html(loaded, factcheck.check(loaded)), encoding="utf-8")
    tab = Opened(browser, page_file, DESKTOP)
    tab.page.locator(f"#{tab.data['claims']['0']['at']}").click()
    assert '</script><script>alert("note")' in tab.panel_text()
    assert '<script>alert("text")</script>' in tab.page.locator(".article .text").inner_text()
    tab.close()  # asserts no dialog opened and no script error


@pytest.mark.parametrize("name", ["seed", "lodestar"])
@pytest.mark.parametrize(("size", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_screenshots(open_report, name, size, viewport):
    """Screenshots for people to look at: the whole page, and the panel of the first flagged
    claim."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab = open_report(name, viewport)
    tab.page.screenshot(path=ARTIFACTS / f"{name}-{size}-page.png", full_page=True)
    if name == "lodestar":
        tab.page.locator("#measures").screenshot(path=ARTIFACTS / f"{name}-{size}-table.png")
    first = tab.data["flagged"][0]
    tab.page.locator(f"#{first}").click()
    tab.page.screenshot(path=ARTIFACTS / f"{name}-{size}-panel.png")
    for png in ARTIFACTS.glob(f"{name}-{size}-*.png"):
        assert re.match(rb"\x89PNG", png.read_bytes()[:4])


def test_printed_the_findings_are_listed_whole(open_report):
    """On paper there is no panel: the findings are printed with every claim and explanation."""
    tab = open_report("lodestar")
    tab.page.emulate_media(media="print")
    assert not tab.page.locator("#panel").is_visible()
    folded = tab.page.locator("#findings details.rest .fclaims")
    assert folded.count() > 0
    assert all(folded.nth(i).is_visible() for i in range(folded.count()))
    assert tab.page.locator("#findings .expl").first.is_visible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.page.locator("#findings").screenshot(path=ARTIFACTS / "lodestar-print-findings.png")
