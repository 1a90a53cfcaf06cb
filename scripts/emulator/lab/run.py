"""One experiment in the emulated lab: start the execution, stream progress, report in one JSON object.

Until the lifecycle state machine lands, the experiment is the `demo-echo` state machine over the echo fixture;
the spec is the execution input.
"""
from __future__ import annotations

import json
import secrets
import time
from typing import Any, Callable, TextIO

from ..constants import Lab
from ..deploy.deployment import Deployment
from ..server import Emulator
from . import history, leftovers

POLL_SECONDS = 0.05


def new_experiment_id(stem: str) -> str:
    """Also the execution name: a double start with the same id fails instead of running twice."""
    return f"{stem}-{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}-{secrets.token_hex(2)}"


def full_history(sfn: Any, execution_arn: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    kwargs: dict[str, Any] = {"executionArn": execution_arn, "maxResults": 1000}
    while True:
        page = sfn.get_execution_history(**kwargs)
        events.extend(page["events"])
        if not page.get("nextToken"):
            return events
        kwargs["nextToken"] = page["nextToken"]


def run_experiment(emulator: Emulator, deployment: Deployment, spec: dict[str, Any], *,
                   state_machine: str = "demo-echo", progress: TextIO | None = None,
                   timeout_seconds: float = 600.0) -> dict[str, Any]:
    """Runs one execution to its end and returns the report (the JSON line local-lab prints)."""
    if state_machine not in deployment.state_machines:
        raise ValueError(f"no state machine {state_machine!r} deployed (have {sorted(deployment.state_machines)})")
    sfn = emulator.client("stepfunctions")
    experiment_id = new_experiment_id(state_machine)
    ledger_mark = emulator.lambda_service.ledger.mark()
    say: Callable[[str], None] = (lambda line: (progress.write(line + "\n"), progress.flush())) if progress \
        else (lambda line: None)
    started = time.monotonic()
    execution_arn = sfn.start_execution(stateMachineArn=deployment.state_machines[state_machine],
                                        name=experiment_id, input=json.dumps(spec))["executionArn"]
    say(f"started {experiment_id} ({emulator.time_scale.describe()})")
    reader = history.ProgressReader()
    status = "RUNNING"
    while status == "RUNNING":
        time.sleep(POLL_SECONDS)
        status = sfn.describe_execution(executionArn=execution_arn)["status"]
        for line in reader.new_lines(full_history(sfn, execution_arn), time.monotonic() - started):
            say(line)
        if time.monotonic() - started > timeout_seconds:
            sfn.stop_execution(executionArn=execution_arn, error="LocalLabTimeout",
                               cause=f"still running after {timeout_seconds:.0f} s")
            status = "TIMED_OUT"
    wall = time.monotonic() - started
    events = full_history(sfn, execution_arn)
    for line in reader.new_lines(events, wall):
        say(line)
    left = leftovers.find(emulator.client, experiment_id)
    return {
        "status": status,
        "experimentId": experiment_id,
        "executionArn": execution_arn,
        "stateMachine": state_machine,
        "wallSeconds": round(wall, 3),
        "timeFactor": emulator.time_scale.factor,
        "timeNote": emulator.time_scale.describe() + "; wallSeconds is real time",
        "billedStateTransitions": history.billed_transitions(events),
        "retries": history.retries(events),
        "lambdaGbSeconds": round(emulator.lambda_service.ledger.gb_seconds(ledger_mark), 6),
        "leftoverResources": left,
        "simulated": True,
        "region": Lab.REGION,
    }
