"""Each stage invoked twice with the same input (as Step Functions may do) creates nothing twice and returns the
same result. The stages are driven one by one with the payloads the state machine builds (its Parameters), each
invocation repeated a little over a second later; between the two, the experiment's footprint must not change."""
from __future__ import annotations

import datetime
import json
import time
from dataclasses import dataclass, field
from typing import Any

import pytest

from lifecycle_lab import SHORT, LifecycleLab

# A repeat comes seconds later on AWS (a Lambda retry, a redriven task), so anything derived from the clock at
# one-second resolution (timestamps, presigned URLs) shows up as a difference every time, not by chance.
REPEAT_AFTER_SECONDS = 1.1
STAGE_STEPS = ("validate-ami", "apply-infra", "poll-readiness", "run-benchmark start", "run-benchmark check",
               "collect-results workload", "collect-results report", "teardown")


@dataclass
class Step:
    first: Any = None
    second: Any = None
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


@dataclass
class Journey:
    experiment_id: str
    steps: dict[str, Step] = field(default_factory=dict)
    stopped: str | None = None  # why the journey ended early


def _invoke(lab: LifecycleLab, function: str, payload: dict[str, Any]) -> dict[str, Any]:
    answer = lab.client("lambda").invoke(FunctionName=lab.deployment.functions[function],
                                         Payload=json.dumps(payload).encode())
    body = json.loads(answer["Payload"].read() or b"null")
    if answer.get("FunctionError"):
        return {"__error__": body.get("errorType") if isinstance(body, dict) else str(body), "detail": body}
    return body


def _footprint(lab: LifecycleLab, experiment_id: str, client: str | None) -> dict[str, Any]:
    instances = sorted(i["InstanceId"] for i in lab.instances(experiment_id) if i["State"]["Name"] != "terminated")
    commands = 0
    if client:  # every SSM command the client node received (a repeated start must not send another)
        commands = len(lab.client("ssm").list_command_invocations(InstanceId=client)["CommandInvocations"])
    return {"instances": instances, "objects": lab.objects(experiment_id), "clientCommands": commands}


def _twice(lab: LifecycleLab, journey: Journey, name: str, function: str, payload: dict[str, Any],
           client: str | None = None) -> Any:
    step = Step()
    step.first = _invoke(lab, function, payload)
    step.before = _footprint(lab, journey.experiment_id, client)
    time.sleep(REPEAT_AFTER_SECONDS)
    step.second = _invoke(lab, function, payload)
    step.after = _footprint(lab, journey.experiment_id, client)
    journey.steps[name] = step
    if isinstance(step.first, dict) and "__error__" in step.first:
        journey.stopped = f"{name} failed: {json.dumps(step.first)[:1500]}"
        return None
    return step.first


def _until(lab: LifecycleLab, function: str, payload: dict[str, Any], retried: str, seconds: float) -> dict[str, Any]:
    """Invokes as the state machine's Retry would until the stage stops throwing `retried`."""
    deadline = time.monotonic() + seconds
    while True:
        answer = _invoke(lab, function, payload)
        if not (isinstance(answer, dict) and answer.get("__error__") == retried) or time.monotonic() > deadline:
            return answer
        time.sleep(0.3)


@pytest.fixture(scope="module")
def journey(lifecycle: LifecycleLab) -> Journey:
    lab = lifecycle
    experiment_id = f"idem-{time.strftime('%H%M%S', time.gmtime())}-{int(time.time() * 1000) % 1000:03d}"
    journey = Journey(experiment_id)
    execution = {"name": experiment_id,
                 "arn": f"arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:{experiment_id}",
                 "startTime": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"}
    experiment = _twice(lab, journey, "validate-ami", "validate-ami", {"spec": SHORT, "execution": execution})
    if experiment is None:
        return journey
    cluster_result = _twice(lab, journey, "apply-infra", "apply-infra", {"experiment": experiment})
    if cluster_result is None:
        return journey
    cluster = {"result": cluster_result}
    client = cluster_result.get("clientInstanceId")
    poll = {"experiment": experiment, "cluster": cluster, "attempt": 0}
    ready = _until(lab, "poll-readiness", poll, "ClusterNotReady", 120)
    if "__error__" in ready:
        journey.stopped = f"poll-readiness never succeeded: {json.dumps(ready)[:1500]}"
        return journey
    if _twice(lab, journey, "poll-readiness", "poll-readiness", poll) is None:
        return journey
    workload = experiment["workloads"][0]
    start = {"mode": "start", "experiment": experiment, "cluster": cluster, "workload": workload}
    run = _twice(lab, journey, "run-benchmark start", "run-benchmark", start, client)
    if run is None:
        return journey
    time.sleep(lab.emulator.time_scale.scaled(run["expectedSeconds"]))
    check = {"mode": "check", "experiment": experiment, "cluster": cluster, "workload": workload, "run": run}
    done = _until(lab, "run-benchmark", check, "BenchmarkRunning", 120)
    if "__error__" in done:
        journey.stopped = f"the benchmark did not end well: {json.dumps(done)[:1500]}"
        return journey
    if _twice(lab, journey, "run-benchmark check", "run-benchmark", check, client) is None:
        return journey
    collect = {"mode": "workload", "experiment": experiment, "workload": workload, "run": run}
    headline = _twice(lab, journey, "collect-results workload", "collect-results", collect)
    if headline is None:
        return journey
    report = {"mode": "report", "experiment": experiment, "workloads": [headline]}
    if _twice(lab, journey, "collect-results report", "collect-results", report) is None:
        return journey
    _twice(lab, journey, "teardown", "teardown", {"experiment": experiment, "outcome": "SUCCEEDED"})
    return journey


def _differences(first: Any, second: Any, path: str = "$") -> list[str]:
    if isinstance(first, dict) and isinstance(second, dict):
        found = []
        for key in sorted(set(first) | set(second)):
            found += _differences(first.get(key), second.get(key), f"{path}.{key}")
        return found
    if isinstance(first, list) and isinstance(second, list) and len(first) == len(second):
        return [d for index, (a, b) in enumerate(zip(first, second)) for d in _differences(a, b, f"{path}[{index}]")]
    if first == second:
        return []
    if isinstance(first, str) and isinstance(second, str):
        at = next((i for i, (a, b) in enumerate(zip(first, second)) if a != b), min(len(first), len(second)))
        return [f"{path} differs from character {at}: ...{first[max(0, at - 30):at + 50]!r} then "
                f"...{second[max(0, at - 30):at + 50]!r}"]
    return [f"{path}: {json.dumps(first)[:200]} then {json.dumps(second)[:200]}"]


@pytest.mark.parametrize("name", STAGE_STEPS)
def test_a_stage_invoked_twice_creates_nothing_twice_and_returns_the_same_result(journey: Journey,
                                                                                 name: str) -> None:
    step = journey.steps.get(name)
    assert step is not None, f"{name} was not reached: {journey.stopped}"
    assert step.after == step.before, f"{name}: the second invocation changed the experiment's footprint:\n" \
                                      f"before {json.dumps(step.before)}\nafter  {json.dumps(step.after)}"
    differences = _differences(step.first, step.second)
    assert not differences, f"{name}: the same input gave another result:\n" + "\n".join(differences)
    if name == "teardown":
        assert not step.after["instances"], f"teardown left {step.after['instances']}"
