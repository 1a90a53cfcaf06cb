"""`lab cost ID` against the emulated lab: the estimate the record holds, next to Cost Explorer's figures for the
ExperimentID tag. moto tracks no costs: its Cost Explorer answers nothing until a test hands it a result through
moto's documented API (POST /moto-api/static/ce/cost-and-usage-results); those figures are TEST-PROVIDED, and the
output labels them as not coming from AWS."""
from __future__ import annotations

import json
import urllib.request
from typing import Any

import pytest

from results_experiments import assert_one_line_error, finished, fixed, no_credentials, record
from local_lab import LocalLab

ACTIVATE = "aws ce update-cost-allocation-tags-status --cost-allocation-tags-status TagKey=ExperimentID,Status=Active"


@pytest.fixture(scope="module")
def experiments(local_lab: LocalLab) -> dict[str, Any]:
    return finished(local_lab)


def _estimate_lines(local_lab: LocalLab, experiment_id: str) -> list[str]:
    estimate = record(local_lab, experiment_id)["costEstimate"]
    return [f"estimate: USD {fixed(estimate['hourlyUSD'], 4, grouped=False)} per hour for the cluster's EC2 instances and EBS volumes "
            f"({estimate['priceSource']})",
            f"  planned {estimate['durationMinutes']} min: USD {fixed(estimate['totalUSD'], 4, grouped=False)}"]


def test_without_cost_explorer_data_says_why_and_how_to_activate_the_tag(local_lab: LocalLab,
                                                                         experiments: dict[str, Any]) -> None:
    result = local_lab.lab("cost", "res-short-b")
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    for line in _estimate_lines(local_lab, "res-short-b"):
        assert line in lines, f"{line!r} not in:\n{result.stdout}"
    assert any(line.startswith("  cluster up ") for line in lines), result.stdout
    assert "  NOT AWS: Cost Explorer here is " + local_lab.environment["AWS_ENDPOINT_URL"] in result.stdout, result.stdout
    assert "none: Cost Explorer has no cost for resources tagged ExperimentID=res-short-b" in result.stdout
    assert "lags up to 24 hours" in result.stdout and ACTIVATE in result.stdout, result.stdout
    assert "counts only for costs from its activation on" in result.stdout


def test_with_test_provided_cost_explorer_data_shows_it_per_day_and_service(local_lab: LocalLab,
                                                                            experiments: dict[str, Any]) -> None:
    day = record(local_lab, "res-short-a")["createdAt"][:10]
    # TEST-PROVIDED figures, not costs: moto gives them to the next GetCostAndUsage with a body it has not seen.
    provided = {"results": [{"ResultsByTime": [{
        "TimePeriod": {"Start": day, "End": day}, "Total": {}, "Estimated": True,
        "Groups": [{"Keys": ["test-provided: Amazon Elastic Compute Cloud - Compute"],
                    "Metrics": {"UnblendedCost": {"Amount": "0.0042", "Unit": "USD"}}},
                   {"Keys": ["test-provided: EC2 - Other"], "Metrics": {"UnblendedCost": {"Amount": "0.0008", "Unit": "USD"}}}]}],
        "DimensionValueAttributes": []}]}
    request = urllib.request.Request(local_lab.environment["AWS_ENDPOINT_URL"] + "/moto-api/static/ce/cost-and-usage-results",
                                     data=json.dumps(provided).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 201
    result = local_lab.lab("cost", "res-short-a")
    assert result.returncode == 0, result
    text = result.stdout
    for line in _estimate_lines(local_lab, "res-short-a"):
        assert line in text.splitlines(), f"{line!r} not in:\n{text}"
    assert "  NOT AWS: Cost Explorer here is" in text and "test-provided in the emulated lab" in text, text
    assert (f"  {day}  USD 0.0050 (estimated by AWS: not final yet)\n"
            "    USD 0.0042  test-provided: Amazon Elastic Compute Cloud - Compute\n"
            "    USD 0.0008  test-provided: EC2 - Other\n") in text, text
    assert "  total USD 0.0050 (partly estimated); estimates: planned USD" in text, text
    assert "none:" not in text


def test_failures_are_one_line(local_lab: LocalLab, experiments: dict[str, Any]) -> None:
    assert_one_line_error(local_lab.lab("cost", "no-such-experiment"), 1, "no experiment no-such-experiment")
    assert_one_line_error(local_lab.lab("cost", "res-short-a", **no_credentials()), 77, "no AWS credentials")
