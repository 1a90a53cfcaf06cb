"""The two EventBridge Scheduler schedules Terraform creates work when they fire, as the scheduler role
(terraform/policies/scheduler.json): the janitor sweep invokes the janitor with its sweep input, the nightly plan
starts the experiment state machine with the plan's spec under the name nightly-<Scheduler's invocation id>.
The emulator fires a schedule on demand (emulator/schedules.py); nothing fires by itself. A nightly plan has a
plan name (collect-results compares the run with the plan's earlier runs, read through the table's plan index)
and, as the perf profile, a cluster placement group (apply-infra creates it, teardown deletes it)."""
from __future__ import annotations

import json
import time
from typing import Any

import pytest

from lifecycle_lab import SHORT, LifecycleLab, describe

from emulator.deploy import orchestration
from emulator.lab.run import ExperimentRun, follow_all

NIGHTLY_SPEC = dict(SHORT, plan="lab-nightly", placementGroup=True)


def _janitor_reports(lab: LifecycleLab) -> set[str]:
    listed = lab.client("s3").list_objects_v2(Bucket=lab.deployment.results_bucket, Prefix="janitor/")
    return {item["Key"] for item in listed.get("Contents", [])}


@pytest.mark.iam_proves("scheduler:lambda:InvokeFunction")
def test_the_janitor_sweep_schedule_invokes_the_janitor_with_the_sweep_input(lifecycle: LifecycleLab) -> None:
    lab = lifecycle
    assert orchestration.JANITOR_SWEEP in lab.deployment.schedules, lab.deployment.skipped_schedules
    before = _janitor_reports(lab)
    fired = lab.emulator.fire_schedule(orchestration.JANITOR_SWEEP)
    assert fired.response["StatusCode"] == 202 and "FunctionError" not in fired.response, fired.response
    assert fired.target_arn == lab.deployment.functions["janitor"]
    new = sorted(_janitor_reports(lab) - before)
    assert new, "the janitor wrote no report under janitor/: it did not run, or not as a sweep"
    summary = json.loads(lab.client("s3").get_object(Bucket=lab.deployment.results_bucket,
                                                     Key=new[-1])["Body"].read())
    assert (summary["trigger"], summary["dryRun"]) == ("sweep", False), summary


def _schedule_update(schedule: dict[str, Any], **changes: Any) -> dict[str, Any]:
    keys = ("Name", "GroupName", "Description", "ScheduleExpression", "ScheduleExpressionTimezone",
            "FlexibleTimeWindow", "Target", "State")
    return {**{key: schedule[key] for key in keys if schedule.get(key) is not None}, **changes}


@pytest.mark.iam_proves("scheduler:states:StartExecution", "collect-results:dynamodb:Query",
                        "apply-infra:ec2:CreatePlacementGroup", "teardown:ec2:DeletePlacementGroup")
def test_the_nightly_plan_schedule_starts_the_experiment_named_after_the_invocation(lifecycle: LifecycleLab) -> None:
    lab = lifecycle
    scheduler = lab.client("scheduler")
    schedule = scheduler.get_schedule(Name=orchestration.NIGHTLY_PLAN)
    assert schedule["State"] == "DISABLED", "Terraform creates the nightly plan disabled (nightly_plan_enabled)"
    # As a user enables it with a plan of their own (nightly_plan_enabled, nightly_plan_input_file): a short one.
    target = dict(schedule["Target"], Input=orchestration.nightly_plan_target_input(
        lab.deployment.state_machines["experiment"], json.dumps(NIGHTLY_SPEC)))
    scheduler.update_schedule(**_schedule_update(schedule, State="ENABLED", Target=target))
    try:
        fired = lab.emulator.fire_schedule(orchestration.NIGHTLY_PLAN)
    finally:
        scheduler.update_schedule(**_schedule_update(schedule))
    name = f"nightly-{fired.execution_id}"
    assert fired.request["name"] == name and json.loads(fired.request["input"]) == NIGHTLY_SPEC, fired.request
    execution_arn = fired.response["executionArn"]
    assert execution_arn.endswith(f":{name}") and ":pulsar-aws-lab-experiment:" in execution_arn, execution_arn
    run = ExperimentRun(lab.emulator, lab.deployment, "experiment", name, execution_arn, time.monotonic(),
                        lab.emulator.lambda_service.ledger.mark(), lambda line: None)
    report = follow_all([run], timeout_seconds=300)[0]
    assert report["status"] == "SUCCEEDED" and report["leftoverResources"] == [], describe(report)
    location = report["output"]["report"]
    assert location.get("verdict") and not location.get("baselineNote"), \
        f"no nightly verdict: the plan's earlier runs could not be read: {location}"
