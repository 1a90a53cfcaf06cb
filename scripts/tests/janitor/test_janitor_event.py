"""The event-driven path: EventBridge's "Step Functions Execution Status Change" for an execution that FAILED, TIMED
OUT or was ABORTED → the janitor leaves 0 resources of that experiment, at once (TTL ahead or not)."""
from __future__ import annotations

import json
import shutil
import time
from typing import Any

import pytest

from janitor_lab import JanitorLab, experiment_tags, future, unique

from emulator.constants import Paths
from emulator.deploy.deployer import deploy_into

LIFECYCLE = ["validate-ami", "apply-infra", "poll-readiness", "run-benchmark", "collect-results", "teardown"]


def _left_by_tag(lab: JanitorLab, key: str, value: str) -> list[str]:
    """Everything still there with tag `key=value`: instances not terminated, volumes, interfaces, groups."""
    ec2 = lab.client("ec2")
    tagged = [{"Name": f"tag:{key}", "Values": [value]}]
    left = [f"instance {i['InstanceId']} ({i['State']['Name']})"
            for r in ec2.describe_instances(Filters=tagged)["Reservations"] for i in r["Instances"]
            if i["State"]["Name"] != "terminated"]
    left += [f"volume {v['VolumeId']}" for v in ec2.describe_volumes(Filters=tagged)["Volumes"]]
    left += [f"network-interface {e['NetworkInterfaceId']}" for e in ec2.describe_network_interfaces(Filters=tagged)["NetworkInterfaces"]]
    left += [f"placement-group {g['GroupName']}" for g in ec2.describe_placement_groups(Filters=tagged)["PlacementGroups"]]
    left += [f"security-group {g['GroupId']}" for g in ec2.describe_security_groups(Filters=tagged)["SecurityGroups"]]
    left += [f"spot-instance-request {s['SpotInstanceRequestId']}"
             for s in ec2.describe_spot_instance_requests(Filters=tagged)["SpotInstanceRequests"]
             if s["State"] in ("open", "active")]
    return left


@pytest.mark.parametrize("status", ["ABORTED", "FAILED"])
def test_execution_that_ended_badly_leaves_zero_resources(lab: JanitorLab, status: str) -> None:
    name = unique(status.lower())
    arn = lab.running_execution(name) if status == "ABORTED" else lab.failed_execution(name)
    tags = experiment_tags(name, expires_at=future(), execution_arn=arn)
    resources = lab.experiment(name, tags)
    # A second experiment id tagged with the same execution (validate-ami generates an id when the execution's name
    # does not follow the id rule): found by the ExecutionArn tag.
    other = unique("generated")
    resources_other = lab.experiment(other, experiment_tags(other, expires_at=future(), execution_arn=arn), instances=1)
    bystander_name = unique("bystander")
    bystander_arn = lab.running_execution(bystander_name)
    bystander = lab.experiment(bystander_name, experiment_tags(bystander_name, expires_at=future(), execution_arn=bystander_arn),
                               instances=1)
    if status == "ABORTED":
        lab.stop(arn)  # as from the console: the state machine cannot catch it, so teardown never runs

    summary = lab.status_change(arn, status)

    assert summary["trigger"] == "execution-ended" and summary["execution"]["status"] == status, summary
    assert sorted(summary["cleaned"]) == sorted([name, other]), summary["experiments"]
    for experiment in (name, other):
        left = _left_by_tag(lab, "ExperimentID", experiment)
        assert left == [], f"{experiment}: {len(left)} resources left after the {status} event: {left}"
    assert _left_by_tag(lab, "ExecutionArn", arn) == []
    assert not lab.left(resources) and not lab.left(resources_other)
    assert lab.left(bystander) == bystander.keyed(), "another experiment's resources were touched"
    assert summary["complete"] is True
    reasons = {e["experimentId"]: e["reason"] for e in summary["experiments"]}
    assert reasons[name] == f"execution-ended: {status}", reasons
    print(f"\n[janitor] {status} event: {summary['counts']['deleted']} resources deleted, 0 left, in {summary['seconds']} s")
    lab.stop(bystander_arn)


def test_event_for_a_failed_execution_uses_the_execution_name_as_the_experiment(lab: JanitorLab) -> None:
    """Resources that lack the ExecutionArn tag are still found through the experiment id = execution name."""
    name = unique("named")
    arn = lab.failed_execution(name)
    resources = lab.experiment(name, experiment_tags(name, expires_at=future()), instances=1)
    summary = lab.status_change(arn, "FAILED")
    assert summary["cleaned"] == [name], summary
    assert not lab.left(resources)


def test_event_for_a_succeeded_or_running_execution_is_ignored(lab: JanitorLab) -> None:
    name = unique("fine")
    arn = lab.running_execution(name)
    resources = lab.experiment(name, experiment_tags(name, expires_at=future(), execution_arn=arn), instances=1)
    for status in ("SUCCEEDED", "RUNNING"):
        summary = lab.status_change(arn, status)
        assert "ignored" in summary and "resources" not in summary, summary
    assert lab.left(resources) == resources.keyed()
    lab.stop(arn)


def test_unrecognised_input_fails_saying_what_the_janitor_takes(lab: JanitorLab) -> None:
    payload = lab.invoke_failing({"sweep": True})
    assert payload["errorType"] == "ConfigurationError", payload
    assert "docs/janitor.md" in payload["errorMessage"], payload


def test_manual_clean_is_a_dry_run_unless_told_and_never_takes_a_running_experiment(lab: JanitorLab) -> None:
    running_name, ended_name = unique("manual-running"), unique("manual-ended")
    running_arn = lab.running_execution(running_name)
    ended_arn = lab.failed_execution(ended_name)
    running = lab.experiment(running_name, experiment_tags(running_name, expires_at=future(), execution_arn=running_arn), instances=1)
    ended = lab.experiment(ended_name, experiment_tags(ended_name, expires_at=future(), execution_arn=ended_arn), instances=1)

    listed = lab.invoke({"action": "clean", "experiments": [running_name, ended_name]})
    assert listed["dryRun"] is True
    assert {(r["kind"], r["id"]) for r in listed["resources"] if r["result"] == "would-delete"} == ended.keyed()
    assert lab.left(ended) == ended.keyed(), "a manual call without dryRun: false deleted something"

    done = lab.invoke({"action": "clean", "experiments": [running_name, ended_name], "dryRun": False})
    verdicts = {e["experimentId"]: e["verdict"] for e in done["experiments"]}
    assert verdicts == {running_name: "keep", ended_name: "clean"}, done["experiments"]
    assert not lab.left(ended)
    assert lab.left(running) == running.keyed(), "a manual call cleaned an experiment whose execution is RUNNING"
    lab.stop(running_arn)


def _lifecycle_built() -> list[str]:
    return [f for f in LIFECYCLE if not (Paths.DIST / f"{f}.zip").is_file()]


@pytest.mark.skipif(bool(_lifecycle_built()),
                    reason="needs the lifecycle stages' zips in lambda/dist (missing: "
                           + ", ".join(_lifecycle_built()) + "): run lambda/build once they exist")
def test_execution_stopped_after_apply_infra_leaves_zero_resources(lab: JanitorLab, tmp_path: Any) -> None:
    """The issue's check: StopExecution once apply-infra has launched the cluster (teardown never runs), then the
    ABORTED status-change event → the janitor leaves 0 resources of the experiment."""
    dist = tmp_path / "dist"
    dist.mkdir()
    for function in LIFECYCLE + ["janitor"]:
        shutil.copy(Paths.DIST / f"{function}.zip", dist / f"{function}.zip")
    _, deployment = deploy_into(lab.emulator, dist=dist)
    assert "experiment" in deployment.state_machines, deployment.skipped_state_machines
    sfn = lab.client("stepfunctions")
    name = unique("stopped")
    spec = json.loads((Paths.REPO_ROOT / "docs" / "examples" / "minimal.json").read_text())
    arn = sfn.start_execution(stateMachineArn=deployment.state_machines["experiment"], name=name,
                              input=json.dumps(spec))["executionArn"]
    deadline = time.monotonic() + 120
    entered: list[str] = []
    while time.monotonic() < deadline:
        history = sfn.get_execution_history(executionArn=arn, maxResults=1000)["events"]
        entered = [e["stateEnteredEventDetails"]["name"] for e in history if e["type"].endswith("StateEntered")]
        status = sfn.describe_execution(executionArn=arn)["status"]
        if "PollReadiness" in entered or status != "RUNNING":
            break
        time.sleep(0.2)
    assert "PollReadiness" in entered, f"apply-infra did not finish within 120 s (states entered: {entered})"
    launched = _left_by_tag(lab, "ExecutionArn", arn)
    assert launched, "apply-infra launched nothing tagged with the execution"
    sfn.stop_execution(executionArn=arn, error="JanitorTest", cause="stopped after apply-infra")
    deadline = time.monotonic() + 20
    execution = sfn.describe_execution(executionArn=arn)
    while execution["status"] == "RUNNING" and time.monotonic() < deadline:
        time.sleep(0.1)
        execution = sfn.describe_execution(executionArn=arn)
    status = execution["status"]
    # moto's interpreter ends an execution stopped while a task is failing (poll-readiness's ClusterNotReady) as
    # FAILED with that error instead of ABORTED; either way no teardown ran, and EventBridge would say which.
    history = sfn.get_execution_history(executionArn=arn, maxResults=1000)["events"]
    entered = [e["stateEnteredEventDetails"]["name"] for e in history if e["type"].endswith("StateEntered")]
    assert status in ("ABORTED", "FAILED") and not [s for s in entered if s.startswith("Teardown")], (
        f"the execution ended {status} after {entered} ({execution.get('error')}: {str(execution.get('cause'))[:300]})")
    before = _left_by_tag(lab, "ExecutionArn", arn)
    assert before, "nothing was left for the janitor: the test proves nothing"

    summary = lab.status_change(arn, status)

    left = _left_by_tag(lab, "ExecutionArn", arn)
    assert left == [], f"{len(left)} of {len(before)} resources left after the {status} event: {left}"
    print(f"\n[janitor] stopped after apply-infra ({status}): {len(before)} resources left by the execution, "
          f"{summary['counts']['deleted']} deleted by the janitor, 0 left, in {summary['seconds']} s")
