"""`lab compare ID|FILE…` against the emulated lab: experiments' workloads read from their result files in S3, side
by side with files, judged with the nightly rule (a seeded regression exits 3 with --fail-on-regression); several
workloads per experiment compare per workload name; what cannot be compared is said in one line."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from results_experiments import assert_one_line_error, finished, fixed, stored, summary
from local_lab import LocalLab


@pytest.fixture(scope="module")
def experiments(local_lab: LocalLab) -> dict[str, Any]:
    return finished(local_lab)


def _row(markdown: str, metric: str) -> list[str]:
    [line] = [line for line in markdown.splitlines() if line.startswith(f"| {metric} |")]
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_two_experiments_side_by_side(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    result = local_lab.lab("compare", "res-short-a", "res-short-b")
    assert result.returncode == 0, result
    assert result.stdout.startswith("# Comparison: res-short-b against 1 earlier run\n"), result.stdout
    assert "| run 1: res-short-a | judged: res-short-b |" in result.stdout, result.stdout
    a, b = summary(local_lab, "res-short-a", "0-short"), summary(local_lab, "res-short-b", "0-short")
    row = _row(result.stdout, "publish rate")
    assert row[2:4] == [f"{fixed(a['publishRate'], 1)} msg/s", f"{fixed(b['publishRate'], 1)} msg/s"], row
    assert "**Verdict: insufficient history**" in result.stdout


def test_experiments_and_a_file_with_a_seeded_regression(local_lab: LocalLab, experiments: dict[str, Any],
                                                         tmp_path: Path) -> None:
    result_key = "experiments/res-short-c/workloads/0-short/result.json"
    slower = json.loads(stored(local_lab, result_key))
    slower["aggregatedPublishLatency99pct"] *= 3
    candidate = tmp_path / "candidate.json"
    candidate.write_text(json.dumps(slower))
    runs = ("res-short-a", "res-short-b", "res-short-c", str(candidate))
    result = local_lab.lab("compare", *runs)
    assert result.returncode == 0, result
    assert f"| run 3: res-short-c | judged: {candidate} |" in result.stdout, result.stdout
    assert "**Verdict: REGRESSED**: publish latency p99 +200.0 %" in result.stdout, result.stdout
    assert _row(result.stdout, "publish latency p99")[-1] == "REGRESSED", result.stdout
    failing = local_lab.lab("compare", "--fail-on-regression", *runs)
    assert failing.returncode == 3, failing
    assert failing.stderr.splitlines() == [f"error: {candidate} regressed (publish latency p99) against 3 earlier runs"], failing.stderr


def test_several_workloads_compare_per_workload(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    result = local_lab.lab("compare", "res-multi-a", "res-multi-b")
    assert result.returncode == 0, result
    headings = [line for line in result.stdout.splitlines() if line.startswith("#")]
    assert headings == ["# Workload alpha", "## Comparison: res-multi-b against 1 earlier run",
                        "# Workload beta", "## Comparison: res-multi-b against 1 earlier run"], result.stdout
    beta = summary(local_lab, "res-multi-b", "1-beta")
    assert f"{fixed(beta['publishRate'], 1)} msg/s" in result.stdout.split("# Workload beta")[1]
    one = local_lab.lab("compare", "res-multi-a", "res-multi-b", "--workload", "beta")
    assert one.returncode == 0, one
    assert one.stdout.startswith("# Comparison: res-multi-b against 1 earlier run\n") and "alpha" not in one.stdout, one.stdout


def test_what_cannot_be_compared_is_one_line(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    assert_one_line_error(local_lab.lab("compare", "res-short-a", "res-multi-a"), 64,
                          "no workload is in two of the runs (res-short-a has short; res-multi-a has alpha, beta)",
                          "--workload NAME")
    assert_one_line_error(local_lab.lab("compare", "res-multi-a", "res-multi-b", "--workload", "gamma"), 64,
                          "experiment res-multi-a has no results for workload gamma; it has alpha, beta")
    assert_one_line_error(local_lab.lab("compare", "res-short-a", "no-such-experiment"), 1, "no experiment no-such-experiment")
