"""The demo state machine runs over echo: Retry on a named error, Catch, scaled intervals, honest accounting."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from emulator_lab import Lab
from emulator.deploy.deployer import Deployer, DeployError
from emulator.lab import history
from emulator.lab.run import full_history, run_experiment

DEMO_INPUT = json.loads((Path(__file__).resolve().parents[3] / "statemachine" / "demo-echo.input.json").read_text())


def _spec(*answers: str | None) -> dict:
    return dict(DEMO_INPUT, readiness={"answers": list(answers)})


def test_named_error_is_retried_then_the_execution_succeeds(lab: Lab) -> None:
    report = run_experiment(lab.emulator, lab.deployment, _spec("ClusterNotReady", "ClusterNotReady", None, None))
    assert report["status"] == "SUCCEEDED", report
    assert report["retries"] == 2
    # Validate, PollReadiness, Teardown, Done entered + 2 retries.
    assert report["billedStateTransitions"] == 6
    assert report["leftoverResources"] == []
    assert report["lambdaGbSeconds"] > 0


def test_exhausted_retries_are_caught_and_teardown_still_runs(lab: Lab) -> None:
    report = run_experiment(lab.emulator, lab.deployment, _spec(*["ClusterNotReady"] * 4))
    assert report["status"] == "FAILED", report
    events = full_history(lab.client("stepfunctions"), report["executionArn"])
    failures = [e["taskFailedEventDetails"]["error"] for e in events if e["type"] == "TaskFailed"]
    assert failures == ["ClusterNotReady"] * 4, "echo's errorType must reach Step Functions on every attempt"
    entered = [e["stateEnteredEventDetails"]["name"] for e in events if e["type"].endswith("StateEntered")]
    assert entered == ["Validate", "PollReadiness", "TeardownAfterFailure", "ExperimentFailed"]
    assert events[-1]["executionFailedEventDetails"]["error"] == "ExperimentFailed"
    assert report["billedStateTransitions"] == 4 + 3


def test_an_error_the_retrier_does_not_name_goes_straight_to_the_catch(lab: Lab) -> None:
    report = run_experiment(lab.emulator, lab.deployment, _spec("ClusterFailed", None, None, None))
    assert report["status"] == "FAILED" and report["retries"] == 0, report


def test_three_retries_of_one_two_four_seconds_finish_within_two_seconds_at_the_default_factor(lab: Lab) -> None:
    assert lab.emulator.time_scale.factor == 10
    report = run_experiment(lab.emulator, lab.deployment, _spec(*["ClusterNotReady"] * 4))
    print(f"3-retry execution (1+2+4 s of intervals) at time factor 10: {report['wallSeconds']:.3f} s")
    assert report["retries"] == 3
    assert 0.7 <= report["wallSeconds"] <= 2.0, f"intervals of 7 s scaled by 10 should take 0.7..2 s: {report}"


def test_a_higher_time_factor_shortens_the_same_retries(lab: Lab) -> None:
    lab.emulator.time_scale.factor = 10
    at_ten = run_experiment(lab.emulator, lab.deployment, _spec(*["ClusterNotReady"] * 4))["wallSeconds"]
    lab.emulator.time_scale.factor = 1000
    at_thousand = run_experiment(lab.emulator, lab.deployment, _spec(*["ClusterNotReady"] * 4))["wallSeconds"]
    assert at_thousand < at_ten - 0.5, f"factor 1000 took {at_thousand:.2f} s, factor 10 took {at_ten:.2f} s"


def _create(lab: Lab, name: str, definition: dict) -> str:
    return lab.client("stepfunctions").create_state_machine(
        name=name, definition=json.dumps(definition), roleArn=lab.deployment.roles["state-machine"])["stateMachineArn"]


def _run_to_end(lab: Lab, arn: str) -> tuple[dict, float]:
    sfn = lab.client("stepfunctions")
    started = time.monotonic()
    execution = sfn.start_execution(stateMachineArn=arn, input="{}")["executionArn"]
    while (described := sfn.describe_execution(executionArn=execution))["status"] == "RUNNING":
        time.sleep(0.02)
    return described, time.monotonic() - started


def test_wait_state_waits_the_scaled_time(lab: Lab) -> None:
    arn = _create(lab, "wait-five-seconds", {"StartAt": "Wait", "States": {
        "Wait": {"Type": "Wait", "Seconds": 5, "Next": "Done"}, "Done": {"Type": "Succeed"}}})
    described, seconds = _run_to_end(lab, arn)
    assert described["status"] == "SUCCEEDED"
    assert 0.45 <= seconds < 1.5, f"a 5 s Wait at factor 10 took {seconds:.2f} s"


def test_jsonata_state_fails_loudly_naming_the_cause(lab: Lab) -> None:
    arn = _create(lab, "jsonata-state", {"QueryLanguage": "JSONata", "StartAt": "Add", "States": {
        "Add": {"Type": "Pass", "Output": "{% 1 + 1 %}", "End": True}}})
    described, _ = _run_to_end(lab, arn)
    assert described["status"] == "FAILED"
    events = full_history(lab.client("stepfunctions"), described["executionArn"])
    cause = json.dumps(events[-1], default=str)
    assert "JSONata is not emulated" in cause, cause


def test_deployer_refuses_a_jsonata_definition(lab: Lab, tmp_path: Path) -> None:
    (tmp_path / "jsonata.asl.json").write_text(json.dumps({"QueryLanguage": "JSONata", "StartAt": "P",
                                                           "States": {"P": {"Type": "Pass", "End": True}}}))
    deployer = Deployer(lab.emulator.client, dist=lab.deployer.dist, state_machines=tmp_path)
    with pytest.raises(DeployError, match="JSONata is not emulated"):
        deployer.deploy()


def test_billed_transitions_count_states_and_retries() -> None:
    events = [{"type": "ExecutionStarted"}, {"type": "TaskStateEntered"}, {"type": "TaskScheduled"},
              {"type": "TaskFailed"}, {"type": "TaskScheduled"}, {"type": "TaskSucceeded"},
              {"type": "TaskStateExited"}, {"type": "SucceedStateEntered"}, {"type": "ExecutionSucceeded"}]
    assert history.billed_transitions(events) == 3
    assert history.retries(events) == 1
