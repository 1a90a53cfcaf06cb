"""Fires an EventBridge Scheduler schedule now, as Scheduler invokes its target: signed as the schedule's role.

moto stores schedules and never runs them. `fire` does what Scheduler does at a scheduled time, once, for the two
kinds of target the lab deploys (terraform/modules/orchestration):
- a Lambda function ARN (templated target): Invoke with InvocationType=Event and the target's Input as payload
  (Scheduler invokes Lambda asynchronously; the emulator runs the invocation before Invoke answers 202);
- a universal target `arn:aws:scheduler:::aws-sdk:<service>:<apiAction>`: that API call with the Input's JSON as
  its request parameters (https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-targets-universal.html).
  The Input's keys are matched to the API's parameter names without regard to case (Terraform writes
  `StateMachineArn` for Step Functions' `stateMachineArn`); whether AWS accepts that spelling is not checked here.
Before the call, the context attributes `<aws.scheduler.schedule-arn>`, `<aws.scheduler.scheduled-time>`,
`<aws.scheduler.execution-id>` and `<aws.scheduler.attempt-number>` in the Input are replaced
(https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-context-attributes.html).
Not emulated: the schedule expression (nothing fires by itself), flexible windows, retries (an error is raised
to the caller after one attempt), dead-letter queues. A DISABLED schedule never fires, so `fire` refuses it.
"""
from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from typing import Any

from botocore import xform_name

UNIVERSAL_PREFIX = "arn:aws:scheduler:::aws-sdk:"
SDK_SERVICES = {"sfn": "stepfunctions"}  # Scheduler's service identifier -> boto3's, where they differ


class ScheduleError(RuntimeError):
    pass


@dataclass
class Fired:
    schedule_arn: str
    execution_id: str
    target_arn: str
    request: dict[str, Any]  # what was sent: the Invoke payload or the API parameters
    response: dict[str, Any]


def _with_context(text: str, schedule_arn: str, execution_id: str) -> str:
    scheduled = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    for key, value in (("schedule-arn", schedule_arn), ("scheduled-time", scheduled),
                       ("execution-id", execution_id), ("attempt-number", "1")):
        text = text.replace(f"<aws.scheduler.{key}>", value)
    return text


def _parameters(client: Any, operation: str, given: dict[str, Any]) -> dict[str, Any]:
    members = client.meta.service_model.operation_model(operation).input_shape.members
    by_lower = {name.lower(): name for name in members}
    unknown = [key for key in given if key.lower() not in by_lower]
    if unknown:
        raise ScheduleError(f"the target Input names {unknown}, which {operation} does not take "
                            f"(its parameters: {sorted(members)})")
    return {by_lower[key.lower()]: value for key, value in given.items()}


def fire(emulator: Any, name: str, group: str = "default") -> Fired:
    """Invokes the schedule's target once, now, with the schedule role's credentials; AWS errors (AccessDenied
    when the role may not call the target) are raised as botocore ClientError."""
    schedule = emulator.client("scheduler").get_schedule(Name=name, GroupName=group)
    if schedule.get("State") == "DISABLED":
        raise ScheduleError(f"schedule {name} is DISABLED: Scheduler never fires it (enable it first; the nightly "
                            "plan's Terraform switch is nightly_plan_enabled)")
    target = schedule["Target"]
    execution_id = secrets.token_hex(8)  # like d32c5kddcf5bb8c3
    text = _with_context(target.get("Input", ""), schedule["Arn"], execution_id)
    credentials = emulator.principals.for_role(target["RoleArn"])
    arn = target["Arn"]
    if arn.startswith(UNIVERSAL_PREFIX):
        service, _, action = arn[len(UNIVERSAL_PREFIX):].partition(":")
        client = emulator.client(SDK_SERVICES.get(service, service), credentials)
        operation = action[:1].upper() + action[1:]
        request = _parameters(client, operation, json.loads(text) if text else {})
        response = getattr(client, xform_name(operation))(**request)
    elif arn.startswith("arn:aws:lambda:"):
        request = {"FunctionName": arn, "InvocationType": "Event", "Payload": text}
        response = emulator.client("lambda", credentials).invoke(**request)
    else:
        raise ScheduleError(f"schedule {name}: target {arn} is neither a Lambda function nor a universal target; "
                            "the emulated lab fires only those")
    response.pop("ResponseMetadata", None)
    return Fired(schedule["Arn"], execution_id, arn, request, response)
