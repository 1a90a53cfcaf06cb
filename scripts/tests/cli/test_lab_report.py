"""`lab report ID` against the emulated lab: the stored report downloaded byte for byte (-o DIR: all three files;
-o FILE: the format its extension names), or a presigned link signed with the caller's credentials that a plain
HTTP GET opens and that fails once its signature is changed; --open with and without an opener; failures in one
line."""
from __future__ import annotations

import os
import stat
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from results_experiments import assert_one_line_error, finished, no_credentials, stored
from local_lab import LocalLab

REPORT = "experiments/res-short-a/report/"


@pytest.fixture(scope="module")
def experiments(local_lab: LocalLab) -> dict[str, Any]:
    return finished(local_lab)


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_output_directory_gets_the_three_stored_files(local_lab: LocalLab, experiments: dict[str, Any],
                                                      tmp_path: Path) -> None:
    target = tmp_path / "reports"
    result = local_lab.lab("report", "res-short-a", "-o", f"{target}/")
    assert result.returncode == 0, result
    assert result.stdout == ""
    assert sorted(p.name for p in target.iterdir()) == ["res-short-a.csv", "res-short-a.html", "res-short-a.md"]
    assert (target / "res-short-a.html").read_bytes() == stored(local_lab, REPORT + "index.html")
    assert (target / "res-short-a.md").read_bytes() == stored(local_lab, REPORT + "summary.md")
    assert (target / "res-short-a.csv").read_bytes() == stored(local_lab, REPORT + "results.csv")
    assert result.stderr.count("wrote ") == 3 and "SIMULATED" in result.stderr, result.stderr


def test_output_file_gets_the_format_its_extension_names(local_lab: LocalLab, experiments: dict[str, Any],
                                                         tmp_path: Path) -> None:
    result = local_lab.lab("report", "res-short-a", "-o", str(tmp_path / "summary.markdown"))
    assert result.returncode == 0, result
    assert [p.name for p in tmp_path.iterdir()] == ["summary.markdown"]
    assert (tmp_path / "summary.markdown").read_bytes() == stored(local_lab, REPORT + "summary.md")
    unknown = local_lab.lab("report", "res-short-a", "-o", str(tmp_path / "r.pdf"))
    assert_one_line_error(unknown, 64, "end the name in .html, .md or .csv")


def test_the_link_opens_with_a_plain_get_and_not_once_tampered(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    result = local_lab.lab("report", "res-short-a")
    assert result.returncode == 0, result
    [url] = result.stdout.splitlines()
    assert url.startswith(local_lab.environment["AWS_ENDPOINT_URL"] + "/"), url
    assert "X-Amz-Expires=3600" in url and f"X-Amz-Credential={local_lab.environment['AWS_ACCESS_KEY_ID']}" in url, url
    assert "valid for 1 hour (until " in result.stderr and "signed with your credentials" in result.stderr, result.stderr
    assert f"s3://{'pulsar-aws-lab-results-123456789012'}/{REPORT}index.html itself stays private" in result.stderr
    status, body = _get(url)
    assert status == 200 and body == stored(local_lab, REPORT + "index.html"), (status, body[:300])
    tampered = url[:-1] + ("0" if url[-1] != "0" else "1")
    status, body = _get(tampered)
    assert status == 403 and b"SignatureDoesNotMatch" in body, (status, body[:300])
    unsigned = url.split("?")[0]
    status, body = _get(unsigned)
    assert status == 403, (status, body[:300])


def _fake_opener(directory: Path) -> Path:
    """An `xdg-open` that records what it was asked to open."""
    opened = directory / "opened.txt"
    script = directory / "xdg-open"
    script.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{opened}'\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return opened


def test_open_hands_the_html_or_the_link_to_xdg_open(local_lab: LocalLab, experiments: dict[str, Any],
                                                    tmp_path: Path) -> None:
    opened = _fake_opener(tmp_path)
    path = f"{tmp_path}:{os.environ.get('PATH', '/usr/bin:/bin')}"
    written = local_lab.lab("report", "res-short-a", "-o", f"{tmp_path}/out/", "--open", env={"PATH": path})
    assert written.returncode == 0, written
    linked = local_lab.lab("report", "res-short-a", "--open", env={"PATH": path})
    assert linked.returncode == 0, linked
    assert opened.read_text().splitlines() == [f"{tmp_path}/out/res-short-a.html", linked.stdout.strip()]
    assert "opened " in linked.stderr, linked.stderr


def test_open_without_an_opener_says_what_to_open(local_lab: LocalLab, experiments: dict[str, Any],
                                                  tmp_path: Path) -> None:
    result = local_lab.lab("report", "res-short-a", "-o", f"{tmp_path}/", "--open", env={"PATH": str(tmp_path)})
    assert result.returncode == 0, result
    assert f"no xdg-open on PATH; open {tmp_path}/res-short-a.html yourself" in result.stderr, result.stderr


def test_failures_are_one_line(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    assert_one_line_error(local_lab.lab("report", "no-such-experiment"), 1, "no experiment no-such-experiment",
                          "`lab list` shows the experiments")
    assert_one_line_error(local_lab.lab("report", "res-short-a", **no_credentials()), 77, "no AWS credentials")
    assert_one_line_error(local_lab.lab("report", "res-short-a", "--input", "x.json"), 64, "not both")
