"""`lab results ID [--json|--csv]` against the emulated lab: the figures collect-results stored for each workload,
as a table, as JSON equal to each summary.json, and as the stored results.csv; an unknown, a running and an
invalid id, and a caller without credentials, each in one line."""
from __future__ import annotations

import json
import time
from typing import Any

import pytest

from results_experiments import (SHORT, assert_one_line_error, finished, fixed, lab_bytes, no_credentials, record, start,
                                 stored, summary, wait)
from local_lab import LocalLab

SHORT_FOLDER = "0-short"


@pytest.fixture(scope="module")
def experiments(local_lab: LocalLab) -> dict[str, Any]:
    return finished(local_lab)


def test_json_holds_each_workloads_summary_json(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    result = local_lab.lab("results", "res-short-a", "--json")
    assert result.returncode == 0, result
    document = json.loads(result.stdout)
    assert document["experimentId"] == "res-short-a" and document["status"] == "SUCCEEDED"
    assert document["simulated"] is True, "the emulated lab's results are simulated"
    [workload] = document["workloads"]
    assert workload.pop("folder") == SHORT_FOLDER
    assert workload.pop("summaryKey") == f"experiments/res-short-a/workloads/{SHORT_FOLDER}/summary.json"
    assert workload == summary(local_lab, "res-short-a", SHORT_FOLDER)


def test_table_shows_the_summary_figures(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    result = local_lab.lab("results", "res-short-a")
    assert result.returncode == 0, result
    figures = summary(local_lab, "res-short-a", SHORT_FOLDER)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("experiment res-short-a: SUCCEEDED, started "), result.stdout
    assert "SIMULATED" in lines[1], result.stdout
    [row] = [line for line in lines if line.startswith("short ")]
    expected = [fixed(figures["targetRate"], 1), fixed(figures["publishRate"], 1), fixed(figures["achievedFraction"] * 100, 1) + " %",
                fixed(figures["consumeRate"], 1)]
    expected += [fixed(figures[kind][p], 3, grouped=False) for kind in ("publishLatencyMs", "endToEndLatencyMs")
                 for p in ("p50", "p99", "p999")]
    expected += [fixed(figures["finalBacklog"], 0)]
    position = 0
    for cell in expected:  # in column order
        found = row.find(cell, position)
        assert found >= 0, f"{cell!r} not after column {position} of: {row}"
        position = found + len(cell)
    assert ("SATURATED" in row) == figures["saturated"], row
    assert result.stderr == "", result.stderr


def test_csv_is_the_stored_results_csv(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    result = lab_bytes(local_lab, "results", "res-short-a", "--csv")
    assert result.returncode == 0, result
    assert result.stdout == stored(local_lab, "experiments/res-short-a/report/results.csv")
    assert result.stdout.startswith(b"workload,metric,statistic,unit,value,simulated\r\n"), "RFC 4180: CRLF"


def test_several_workloads_are_one_row_each_in_order(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    result = local_lab.lab("results", "res-multi-a", "--json")
    assert result.returncode == 0, result
    workloads = json.loads(result.stdout)["workloads"]
    assert [w["folder"] for w in workloads] == ["0-alpha", "1-beta"]
    assert [w["targetRate"] for w in workloads] == [summary(local_lab, "res-multi-a", f)["targetRate"] for f in ("0-alpha", "1-beta")]
    table = local_lab.lab("results", "res-multi-a").stdout
    rows = [line.split()[0] for line in table.splitlines() if line.startswith(("alpha ", "beta "))]
    assert rows == ["alpha", "beta"], table


def test_a_running_experiment_says_it_has_no_results_yet(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    # Ten simulated minutes of benchmark (30 s at time factor 20): long enough to ask while it runs.
    spec = {"workloads": [dict(SHORT["workloads"][0], testDurationMinutes=10)]}
    arn = start(local_lab, "res-running", spec)
    deadline = time.monotonic() + 60
    while (current := record(local_lab, "res-running")) is None:
        assert time.monotonic() < deadline, "validate-ami did not record res-running within 60 s"
        time.sleep(0.5)
    assert current["status"] == "RUNNING" and "summary" not in str(current.get("workloadRuns", {})), current
    result = local_lab.lab("results", "res-running")
    assert_one_line_error(result, 1, "experiment res-running has no results yet: it is RUNNING (",
                          "lab status res-running follows it")
    report = local_lab.lab("report", "res-running")
    assert_one_line_error(report, 1, "experiment res-running has no report yet: it is RUNNING")
    wait(local_lab, {"res-running": arn})  # leave the lab as we found it: torn down
    assert local_lab.lab("results", "res-running", "--json").returncode == 0


def test_unknown_and_invalid_ids_are_one_line(local_lab: LocalLab) -> None:
    assert_one_line_error(local_lab.lab("results", "no-such-experiment"), 1,
                          "no experiment no-such-experiment: the table ", "`lab list` shows the experiments")
    assert_one_line_error(local_lab.lab("results", "Not_An_Id"), 64, '"Not_An_Id" is not an experiment id')
    assert_one_line_error(local_lab.lab("results", "res-short-a", "--json", "--csv"), 64, "--json and --csv")


def test_without_credentials_exit_77_in_one_line(local_lab: LocalLab) -> None:
    result = local_lab.lab("results", "res-short-a", **no_credentials())
    assert_one_line_error(result, 77, "no AWS credentials", "AWS_PROFILE")
