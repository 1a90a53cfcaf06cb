"""Every failure path of the experiment ends FAILED with the original error, tears down what was created and leaves
nothing tagged with the experiment; a throttled first teardown call is retried and the experiment still succeeds."""
from __future__ import annotations

import pytest

from invalid_spec import FIVE_PATHS, FIVE_PROBLEMS
from lifecycle_lab import SHORT, LifecycleLab, describe


def _failed_with(lab: LifecycleLab, report: dict, error: str) -> None:
    assert report["status"] == "FAILED", describe(report)
    assert report.get("error") == error, describe(report)
    assert report["leftoverResources"] == [], f"left behind: {report['leftoverResources']}\n{describe(report)}"
    assert lab.leftovers(report["experimentId"]) == []


def _nothing_created(lab: LifecycleLab, report: dict) -> None:
    experiment = report["experimentId"]
    assert lab.instances(experiment) == [], "validation failed, yet instances were launched"
    assert lab.objects(experiment) == [], f"validation failed, yet S3 holds {lab.objects(experiment)}"
    assert "ApplyInfra" not in lab.states_entered(report)


def _torn_down(lab: LifecycleLab, report: dict) -> None:
    states = lab.states_entered(report)
    assert "TeardownAfterFailure" in states, f"no teardown after the failure: {states}"
    assert all(i["State"]["Name"] == "terminated" for i in lab.instances(report["experimentId"]))


def test_an_invalid_spec_fails_listing_all_five_problems_and_creates_nothing(lifecycle: LifecycleLab) -> None:
    report = lifecycle.run(FIVE_PROBLEMS)
    _failed_with(lifecycle, report, "InvalidExperimentSpec")
    missing = [path for path in FIVE_PATHS if path not in report["cause"]]
    assert not missing, f"the cause does not name {missing}:\n{report['cause']}"
    _nothing_created(lifecycle, report)


def test_no_matching_ami_fails_saying_how_to_build_one_and_creates_nothing(lifecycle: LifecycleLab) -> None:
    report = lifecycle.run({"amiNamePattern": "no-such-image-*"})
    _failed_with(lifecycle, report, "AmiNotFound")
    assert "packer build" in report["cause"], report["cause"]
    _nothing_created(lifecycle, report)


def test_a_capacity_error_at_launch_fails_with_it_and_tears_down(lifecycle: LifecycleLab) -> None:
    report = lifecycle.run(SHORT, "run-instances-capacity")
    _failed_with(lifecycle, report, "CapacityUnavailable")
    assert "InsufficientInstanceCapacity" in report["cause"], report["cause"]
    _torn_down(lifecycle, report)


def test_a_node_that_never_comes_online_exhausts_the_readiness_budget_and_tears_down(
        lifecycle: LifecycleLab) -> None:
    # The budget is counted by poll-readiness with the Lambda's real clock: one minute is one real minute.
    report = lifecycle.run(dict(SHORT, readinessBudgetMinutes=1), "node-never-online:broker")
    print(f"\nnode never online: {report['status']} {report.get('error')} after {report['wallSeconds']} s wall, "
          f"{report['billedStateTransitions']} billed transitions")
    _failed_with(lifecycle, report, "ReadinessTimedOut")
    assert "broker" in report["cause"] and "SSM" in report["cause"], report["cause"]
    _torn_down(lifecycle, report)


def test_a_benchmark_that_exits_1_fails_the_experiment_and_tears_down(lifecycle: LifecycleLab) -> None:
    report = lifecycle.run(SHORT, "benchmark-fails")
    _failed_with(lifecycle, report, "BenchmarkFailed")
    _torn_down(lifecycle, report)


@pytest.mark.iam_proves("collect-results:s3:ListBucket")
def test_a_missing_result_file_fails_the_experiment_and_tears_down(lifecycle: LifecycleLab) -> None:
    report = lifecycle.run(SHORT, "result-missing")
    _failed_with(lifecycle, report, "ResultsMissing")
    # Told from a denied read: S3 says NoSuchKey only to a role that may list the bucket (collect-results.json).
    assert "no OMB result at" in report["cause"], report["cause"]
    _torn_down(lifecycle, report)


def test_a_throttled_first_teardown_call_is_retried_and_the_experiment_succeeds(lifecycle: LifecycleLab) -> None:
    report = lifecycle.run(SHORT, "terminate-throttled-once")
    faults = lifecycle.emulator.faults.calls
    assert report["status"] == "SUCCEEDED" and report["leftoverResources"] == [], describe(report)
    throttled = next(f for f in faults if f.action == "ec2:TerminateInstances")
    assert throttled.fired == 1, "the injected throttling never fired: teardown did not call TerminateInstances"
    assert throttled.seen >= 2, "TerminateInstances was not called again after the throttled call"
    print(f"\nthrottled teardown: TerminateInstances called {throttled.seen} times, 1 throttled; "
          f"{report['retries']} state machine retries")
