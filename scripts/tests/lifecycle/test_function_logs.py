"""Every function's output reaches its log group, /aws/lambda/<function>, written as Lambda writes it: with the
function's execution role (logs:CreateLogStream for a new execution environment's stream, logs:PutLogEvents for
the lines; terraform/policies/<function>.json). Without them Lambda drops the logs and nobody notices until an
incident: this test notices."""
from __future__ import annotations

import json
import time

import pytest

from lifecycle_lab import LifecycleLab

from emulator.deploy import function_settings, orchestration

# Not an input any function accepts: each answers with its own validation error, fast and without side effects,
# and Lambda logs START, the function's lines, END and REPORT whatever the outcome.
EVENT = {"logCheck": "a function's output reaches CloudWatch Logs"}


def _lines(lab: LifecycleLab, group: str, since_ms: int) -> list[str]:
    events = lab.client("logs").filter_log_events(logGroupName=group, startTime=since_ms)["events"]
    return [event["message"] for event in events]


@pytest.mark.iam_proves("*:logs:CreateLogStream", "*:logs:PutLogEvents")
def test_every_functions_output_reaches_its_log_group_written_with_its_role(lifecycle: LifecycleLab) -> None:
    lab = lifecycle
    functions = {name: arn for name, arn in lab.deployment.functions.items()
                 if name not in function_settings.TEST_FIXTURES}
    assert "janitor" in functions and "validate-ami" in functions, sorted(functions)
    since = int(time.time() * 1000) - 1000
    groups = {name: orchestration.function_log_group(arn.rsplit(":", 1)[-1]) for name, arn in functions.items()}
    existing = {group["logGroupName"] for group in lab.client("logs").describe_log_groups(
        logGroupNamePrefix="/aws/lambda/")["logGroups"]}
    assert not set(groups.values()) - existing, "the deploy creates every function's log group, as Terraform does"
    lambda_service = lab.emulator.lambda_service
    for name, arn in functions.items():
        # A new execution environment, so its stream is created now (as after Lambda reclaimed idle ones).
        lambda_service.reclaim_idle(arn.rsplit(":", 1)[-1])
        answer = lab.client("lambda").invoke(FunctionName=arn, Payload=json.dumps(EVENT).encode())
        answer["Payload"].read()
    missing = {}
    deadline = time.monotonic() + 5
    while True:
        missing = {}
        for name, group in groups.items():
            lines = _lines(lab, group, since)
            if not (any(line.startswith("START RequestId:") for line in lines)
                    and any(line.startswith("REPORT RequestId:") for line in lines)):
                missing[name] = lambda_service.log_problems.get(group.rsplit("/", 1)[-1], "no reason recorded")
        if not missing or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert not missing, "these functions' output did not reach their log groups:\n" + "\n".join(
        f"{name}: {reason}" for name, reason in sorted(missing.items()))
