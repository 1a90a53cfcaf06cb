"""One experiment in the emulated lab: start the execution, stream progress, report in one JSON object.

The experiment is `statemachine/experiment.asl.json` over the real stage zips once lambda/dist holds all six (the
spec is the execution input, `{}` by default); until then the `demo-echo` state machine over the echo fixture.
Besides the execution's own figures, the report measures what only the lab can see: how long after the simulated
cluster became healthy poll-readiness noticed (scaled back to real time).
"""
from __future__ import annotations

import datetime
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Callable, TextIO

from ..constants import Lab
from ..deploy.deployment import Deployment
from ..server import Emulator
from . import history, leftovers

POLL_SECONDS = 0.05
READINESS_STATE = "PollReadiness"


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


def _epoch(moment: Any) -> float:
    if isinstance(moment, datetime.datetime):
        return (moment if moment.tzinfo else moment.replace(tzinfo=datetime.timezone.utc)).timestamp()
    return float(moment)


def readiness_succeeded_at(events: list[dict[str, Any]]) -> float | None:
    """When the PollReadiness task succeeded (the event's wall-clock time), or None."""
    state = None
    for event in events:
        if event["type"].endswith("StateEntered"):
            state = event["stateEnteredEventDetails"]["name"]
        elif state == READINESS_STATE and event["type"] in ("TaskSucceeded", "LambdaFunctionSucceeded"):
            return _epoch(event["timestamp"])
    return None


def _failure(events: list[dict[str, Any]]) -> dict[str, str] | None:
    for event in reversed(events):
        details = event.get("executionFailedEventDetails") or event.get("executionAbortedEventDetails")
        if details is not None:
            return {"error": str(details.get("error", "")), "cause": str(details.get("cause", ""))}
    return None


@dataclass
class ExperimentRun:
    """One started execution, followed until it ends (several may run at once: see `follow_all`)."""

    emulator: Emulator
    deployment: Deployment
    state_machine: str
    experiment_id: str
    execution_arn: str
    started: float
    ledger_mark: int
    say: Callable[[str], None]
    reader: history.ProgressReader = field(default_factory=history.ProgressReader)
    status: str = "RUNNING"
    ended: float | None = None
    cluster_healthy_at: float | None = None
    readiness_at: float | None = None

    def poll(self, sfn: Any, timeout_seconds: float) -> bool:
        """One look at the execution; True once it has ended."""
        if self.status != "RUNNING":
            return True
        self.status = sfn.describe_execution(executionArn=self.execution_arn)["status"]
        events = full_history(sfn, self.execution_arn)
        for line in self.reader.new_lines(events, time.monotonic() - self.started):
            self.say(line)
        self._note_readiness(events)
        if self.status == "RUNNING" and time.monotonic() - self.started > timeout_seconds:
            sfn.stop_execution(executionArn=self.execution_arn, error="LocalLabTimeout",
                               cause=f"still running after {timeout_seconds:.0f} s")
            self.status = "TIMED_OUT"
        if self.status != "RUNNING":
            self.ended = time.monotonic()
        return self.status != "RUNNING"

    def _note_readiness(self, events: list[dict[str, Any]]) -> None:
        if self.readiness_at is None:
            self.readiness_at = readiness_succeeded_at(events)
        if self.cluster_healthy_at is None and self.readiness_at is not None:
            # While the nodes still run: the model's time at which every node was Online and healthy.
            self.cluster_healthy_at = self.emulator.node_simulation.cluster_healthy_at(self.experiment_id)

    def report(self, sfn: Any) -> dict[str, Any]:
        events = full_history(sfn, self.execution_arn)
        for line in self.reader.new_lines(events, (self.ended or time.monotonic()) - self.started):
            self.say(line)
        self._note_readiness(events)
        wall = (self.ended or time.monotonic()) - self.started
        description = sfn.describe_execution(executionArn=self.execution_arn)
        output = json.loads(description.get("output") or "null")
        factor = self.emulator.time_scale.factor
        detection = busy = None
        if self.readiness_at is not None and self.cluster_healthy_at is not None:
            detection = self.readiness_at - self.cluster_healthy_at
            busy = self.emulator.lambda_service.ledger.busy_seconds(
                "-poll-readiness", self.cluster_healthy_at, self.readiness_at)
        report_location = self._report_location(output)
        left = leftovers.find(self.emulator.client, self.experiment_id)
        result: dict[str, Any] = {
            "status": self.status,
            "experimentId": self.experiment_id,
            "executionArn": self.execution_arn,
            "stateMachine": self.state_machine,
            "wallSeconds": round(wall, 3),
            "timeFactor": factor,
            "timeNote": self.emulator.time_scale.describe() + "; wallSeconds is real time",
            "billedStateTransitions": history.billed_transitions(events),
            "retries": history.retries(events),
            "lambdaGbSeconds": round(self.emulator.lambda_service.ledger.gb_seconds(self.ledger_mark), 6),
            "leftoverResources": left,
            "readinessDetectionSeconds": None if detection is None or busy is None
            else round((detection - busy) * factor + busy, 3),
            "readinessDetectionUpperBoundSeconds": None if detection is None else round(detection * factor, 3),
            "readinessDetectionWallSeconds": None if detection is None else round(detection, 3),
            "readinessNote": "from the moment the simulated cluster was Online and healthy to PollReadiness "
                             "succeeding, scaled back to real time: waits x time factor, poll-readiness's own run "
                             "time at real speed (the upper bound multiplies everything by the factor)",
            "report": report_location,
            "simulated": True,
            "region": Lab.REGION,
        }
        failure = _failure(events)
        if failure is not None:
            result["error"], result["cause"] = failure["error"], failure["cause"]
        if isinstance(output, dict) and self.state_machine == "experiment":
            result["output"] = output
        return result

    def _report_location(self, output: Any) -> str | None:
        """s3://bucket/key of the HTML report the execution's output names, when the object exists."""
        report = output.get("report") if isinstance(output, dict) else None
        key = report.get("reportKey") if isinstance(report, dict) else None
        if not isinstance(key, str):
            return None
        try:
            self.emulator.client("s3").head_object(Bucket=self.deployment.results_bucket, Key=key)
        except Exception:  # noqa: BLE001 - a report the output names but S3 lacks is reported as missing
            return f"s3://{self.deployment.results_bucket}/{key} (named by the execution output, but NOT in S3)"
        return f"s3://{self.deployment.results_bucket}/{key}"


def start_experiment(emulator: Emulator, deployment: Deployment, spec: dict[str, Any], *,
                     state_machine: str = "demo-echo", progress: TextIO | None = None,
                     name: str | None = None, label: str = "") -> ExperimentRun:
    if state_machine not in deployment.state_machines:
        reason = deployment.skipped_state_machines.get(state_machine, "no such file under statemachine/")
        raise ValueError(f"state machine {state_machine!r} is not deployed: {reason}")
    sfn = emulator.client("stepfunctions")
    experiment_id = name or new_experiment_id(state_machine)
    prefix = f"{label} " if label else ""
    say: Callable[[str], None] = (lambda line: (progress.write(prefix + line + "\n"), progress.flush())) \
        if progress else (lambda line: None)
    ledger_mark = emulator.lambda_service.ledger.mark()
    started = time.monotonic()
    execution_arn = sfn.start_execution(stateMachineArn=deployment.state_machines[state_machine],
                                        name=experiment_id, input=json.dumps(spec))["executionArn"]
    say(f"started {experiment_id} ({emulator.time_scale.describe()})")
    return ExperimentRun(emulator, deployment, state_machine, experiment_id, execution_arn, started, ledger_mark, say)


def follow_all(runs: list[ExperimentRun], *, timeout_seconds: float = 600.0) -> list[dict[str, Any]]:
    """Follows executions until every one has ended; their reports, in order.

    GB-seconds of runs that overlap include each other's invocations (the ledger is shared): compare them only
    for runs that ran alone."""
    if not runs:
        return []
    sfn = runs[0].emulator.client("stepfunctions")
    pending = list(runs)
    while pending:
        time.sleep(POLL_SECONDS)
        pending = [run for run in pending if not run.poll(sfn, timeout_seconds)]
    return [run.report(sfn) for run in runs]


def run_experiment(emulator: Emulator, deployment: Deployment, spec: dict[str, Any], *,
                   state_machine: str = "demo-echo", progress: TextIO | None = None,
                   timeout_seconds: float = 600.0, name: str | None = None) -> dict[str, Any]:
    """Runs one execution to its end and returns the report (the JSON line local-lab prints)."""
    run = start_experiment(emulator, deployment, spec, state_machine=state_machine, progress=progress, name=name)
    return follow_all([run], timeout_seconds=timeout_seconds)[0]
