"""The HTML report as a browser shows it: `lab report --input` on each OMB result, opened in headless Chromium
(Debian's `chromium`). Checks that the screenshot is not blank and that, in the DOM Chromium parsed, every
chart's series has exactly one point per sample, counted independently from the OMB JSON here.

Needs the built `lab` (LAB_BINARY, else .build*/debug/lab from `swift build`), Chromium and Pillow. Locally a
missing one skips with the reason; under CI (CI=true) it fails. REPORT_SCREENSHOT_DIR keeps the screenshots.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
FIXTURES = [
    REPO_ROOT / "Tests/LabCoreTests/Fixtures/omb-results/modern-saturated.json",
    REPO_ROOT / "Tests/LabCoreTests/Fixtures/omb-results/legacy-on-target.json",
    REPO_ROOT / "Tests/LabCoreTests/Fixtures/report/simulated-steady.json",
]
SHARED_RESULTS = REPO_ROOT.parent / "shared/testdata/omb/results"
INPUTS = FIXTURES + (sorted(SHARED_RESULTS.glob("*.json")) if SHARED_RESULTS.is_dir() else [])
WINDOW = (1100, 6000)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required under CI)")
    pytest.skip(reason)


def _lab_binary() -> Path:
    candidates = [Path(os.environ["LAB_BINARY"])] if os.environ.get("LAB_BINARY") else []
    candidates += sorted(REPO_ROOT.glob(".build*/debug/lab"), key=lambda path: path.stat().st_mtime, reverse=True)
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    _unavailable("no built lab binary: run `swift build` (or set LAB_BINARY)")
    raise AssertionError("unreachable")


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    _unavailable("chromium is not installed: apt-get install chromium (scripts/test installs it)")
    raise AssertionError("unreachable")


def _expected_samples(result: dict) -> dict[str, dict[str, int]]:
    """Per chart kind and series key, the samples it must draw, read straight from the OMB JSON."""
    quantiles = {"publish": len(result["aggregatedPublishLatencyQuantiles"]),
                 "end-to-end": len(result["aggregatedEndToEndLatencyQuantiles"])}
    if result.get("aggregatedPublishDelayLatencyQuantiles"):
        quantiles["publish-delay"] = len(result["aggregatedPublishDelayLatencyQuantiles"])
    return {
        "throughput": {"publish-rate": len(result["publishRate"]), "consume-rate": len(result["consumeRate"])},
        "latency": {"publish-p50": len(result["publishLatency50pct"]), "publish-p99": len(result["publishLatency99pct"]),
                    "publish-p99.9": len(result["publishLatency999pct"])},
        "quantiles": quantiles,
    }


class _Charts(HTMLParser):
    """Collects each <svg data-chart>'s polylines (series key, declared samples, points) from a DOM dump."""

    def __init__(self) -> None:
        super().__init__()
        self.charts: list[dict] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "svg" and attributes.get("data-chart"):
            self.charts.append({"kind": attributes["data-chart"], "series": {}})
        if tag == "polyline" and attributes.get("data-series") and self.charts:
            pairs = (attributes.get("points") or "").split()
            points = [tuple(float(value) for value in pair.split(",")) for pair in pairs]
            self.charts[-1]["series"][attributes["data-series"]] = {
                "declared": int(attributes.get("data-samples") or -1), "points": points}


def _count(image, red: tuple[int, int], green: tuple[int, int], blue: tuple[int, int], any_channel: bool = False) -> int:
    """Pixels whose channels fall in the ranges (all three, or any one with any_channel), counted in C by Pillow."""
    from PIL import ImageChops

    masks = [channel.point(lambda value, low=low, high=high: 255 if low <= value <= high else 0)
             for channel, (low, high) in zip(image.split(), (red, green, blue))]
    combine = ImageChops.lighter if any_channel else ImageChops.multiply
    mask = combine(combine(masks[0], masks[1]), masks[2])
    return mask.histogram()[255]


def _run(command: list[str], timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def _chromium_command(chromium: str, profile: Path) -> list[str]:
    # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            f"--user-data-dir={profile}", f"--window-size={WINDOW[0]},{WINDOW[1]}"]


@pytest.mark.parametrize("result_file", INPUTS, ids=[path.name for path in INPUTS])
def test_report_renders_in_chromium(result_file: Path, tmp_path: Path) -> None:
    lab, chromium = _lab_binary(), _chromium()
    try:
        from PIL import Image
    except ImportError:
        _unavailable("Pillow is missing from .venv: scripts/ensure-venv installs it from scripts/requirements.txt")
        raise
    rendered = _run([str(lab), "report", "--input", str(result_file), "-o", f"{tmp_path}/"])
    assert rendered.returncode == 0, f"lab report failed:\n{rendered.stderr}"
    html = tmp_path / (result_file.stem + ".html")
    assert html.is_file(), f"lab report wrote no {html.name}: {rendered.stderr}"

    # What Chromium made of the page: the DOM after parsing (tag soup would be repaired and recounted here).
    dumped = _run(_chromium_command(chromium, tmp_path / "profile-dom") + ["--dump-dom", html.as_uri()])
    assert dumped.returncode == 0 and "<svg" in dumped.stdout, f"chromium --dump-dom failed:\n{dumped.stderr[-2000:]}"
    parser = _Charts()
    parser.feed(dumped.stdout)
    assert parser.scripts == 0, "the report must not contain scripts"
    expected = _expected_samples(json.loads(result_file.read_text()))
    assert sorted(chart["kind"] for chart in parser.charts) == sorted(expected), parser.charts
    for chart in parser.charts:
        want = expected[chart["kind"]]
        assert set(chart["series"]) == set(want), f"{chart['kind']}: series {sorted(chart['series'])}, expected {sorted(want)}"
        for key, series in chart["series"].items():
            count = len(series["points"])
            assert count == want[key] == series["declared"], (
                f"{chart['kind']}/{key}: {count} points, data-samples {series['declared']}, {want[key]} samples in the JSON")
            assert all(0 <= x <= 760 and 0 <= y <= 320 for x, y in series["points"]), f"{chart['kind']}/{key}: point off the chart"

    screenshot = tmp_path / "report.png"
    shot = _run(_chromium_command(chromium, tmp_path / "profile-shot") + [f"--screenshot={screenshot}", html.as_uri()])
    assert shot.returncode == 0 and screenshot.is_file(), f"chromium --screenshot failed:\n{shot.stderr[-2000:]}"
    image = Image.open(screenshot).convert("RGB")
    assert image.size == WINDOW, image.size
    total = image.size[0] * image.size[1]
    ink = _count(image, (0, 199), (0, 199), (0, 199), any_channel=True)
    # Blue (#0072B2) and vermilion (#D55E00) are the first two series' colours: the charts were drawn.
    blue = _count(image, (0, 40), (90, 140), (150, 255))
    vermilion = _count(image, (190, 255), (70, 120), (0, 40))
    assert ink > 0.01 * total, f"screenshot nearly blank: {ink} dark pixels of {total}"
    assert blue > 200 and vermilion > 200, f"chart lines missing from the screenshot: blue {blue}, vermilion {vermilion} pixels"
    keep = os.environ.get("REPORT_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(screenshot, Path(keep) / (result_file.stem + ".png"))
