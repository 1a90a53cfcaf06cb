"""Finished experiments for the `lab results/report/compare/cost` tests, started with boto3 (not `lab run`, which
another module tests): the real state machine over the real stage zips in the session's `scripts/local-lab serve`.

All of them start together on first use and are shared by every module of the session (one LocalLab), so the
session waits for them once: about 40 s at time factor 20.
"""
from __future__ import annotations

import json
import os
import subprocess
import time
from typing import Any

from local_lab import LocalLab, lab_binary

SHORT = {"workloads": [{"name": "short", "testDurationMinutes": 1, "warmupDurationMinutes": 0}]}
TWO = {"workloads": [{"name": "alpha", "testDurationMinutes": 1, "warmupDurationMinutes": 0},
                     {"name": "beta", "testDurationMinutes": 1, "warmupDurationMinutes": 0, "producerRate": 20000}]}

# Oldest first: the compare tests judge the last against the others.
EXPERIMENTS = {"res-short-a": SHORT, "res-short-b": SHORT, "res-short-c": SHORT, "res-multi-a": TWO, "res-multi-b": TWO}

_started: dict[tuple[int, str], str] = {}


def lab_config(lab: LocalLab) -> dict[str, Any]:
    return json.loads(lab.lab_config.read_text())


def start(lab: LocalLab, name: str, spec: dict[str, Any]) -> str:
    """Starts `name` once per LocalLab; returns its execution ARN."""
    key = (id(lab), name)
    if key not in _started:
        started = lab.client("stepfunctions").start_execution(
            stateMachineArn=lab_config(lab)["stateMachineArn"], name=name, input=json.dumps(spec))
        _started[key] = started["executionArn"]
    return _started[key]


def wait(lab: LocalLab, arns: dict[str, str], timeout: float = 600) -> dict[str, dict[str, Any]]:
    """Polls until every execution has ended; fails naming any that did not succeed."""
    sfn = lab.client("stepfunctions")
    deadline = time.monotonic() + timeout
    ended: dict[str, dict[str, Any]] = {}
    while len(ended) < len(arns):
        for name, arn in arns.items():
            if name not in ended:
                execution = sfn.describe_execution(executionArn=arn)
                if execution["status"] != "RUNNING":
                    ended[name] = execution
        if len(ended) < len(arns):
            assert time.monotonic() < deadline, f"still running after {timeout} s: {sorted(set(arns) - set(ended))}"
            time.sleep(1)
    failed = {name: (e["status"], e.get("error"), e.get("cause")) for name, e in ended.items() if e["status"] != "SUCCEEDED"}
    assert not failed, f"experiments did not succeed: {failed}; serve log {lab.log_path}:\n{lab.log_tail()}"
    return ended


def finished(lab: LocalLab) -> dict[str, dict[str, Any]]:
    """Every experiment of EXPERIMENTS, finished (started together on first use)."""
    return wait(lab, {name: start(lab, name, spec) for name, spec in EXPERIMENTS.items()})


def record(lab: LocalLab, experiment_id: str) -> dict[str, Any] | None:
    """The experiment's record, plain (numbers as Decimal)."""
    from boto3.dynamodb.types import TypeDeserializer

    item = lab.client("dynamodb").get_item(TableName=lab_config(lab)["experimentsTable"],
                                           Key={"experimentId": {"S": experiment_id}}, ConsistentRead=True).get("Item")
    return None if item is None else {key: TypeDeserializer().deserialize(value) for key, value in item.items()}


def stored(lab: LocalLab, key: str) -> bytes:
    """An object of the results bucket, read as the admin."""
    return lab.client("s3").get_object(Bucket=lab_config(lab)["resultsBucket"], Key=key)["Body"].read()


def summary(lab: LocalLab, experiment_id: str, folder: str) -> dict[str, Any]:
    return json.loads(stored(lab, f"experiments/{experiment_id}/workloads/{folder}/summary.json"))


def lab_bytes(lab: LocalLab, *arguments: str) -> subprocess.CompletedProcess[bytes]:
    """`lab arguments…` as LocalLab.lab runs it, but stdout as bytes (text mode would turn CSV's CRLF into LF)."""
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(lab.log_path.parent), **lab.environment}
    return subprocess.run([str(lab_binary()), *arguments], env=environment, cwd=lab.log_path.parent, capture_output=True,
                          timeout=120)


def no_credentials() -> dict[str, Any]:
    """`lab` arguments for a caller with no AWS credentials at all (no keys, no profile, no instance metadata)."""
    return {"unset": ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"),
            "env": {"AWS_EC2_METADATA_DISABLED": "true"}}


def fixed(value: float, places: int, grouped: bool = True) -> str:
    """A number as the lab's tables print it (LabCore NumberText: half away from zero, thousands with commas)."""
    from decimal import ROUND_HALF_UP, Decimal

    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{rounded:,}" if grouped else f"{rounded}"


def assert_one_line_error(result: Any, status: int, *fragments: str) -> None:
    assert result.returncode == status, f"exit {result.returncode}, wanted {status}\n{result.stdout}\n{result.stderr}"
    assert result.stdout == "", result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], f"{fragment!r} not in: {lines[0]}"
