"""Experiments the `lab run/status/list/logs/cleanup` tests share or make (the `lab results/report/compare/cost`
tests have theirs in results_experiments.py).

`finished_experiment(lab)` is ONE real `lab run --wait` of `{}` per served lab, run by whichever test needs it
first and kept for the others, so the folder pays for a whole experiment once."""
from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from local_lab import LocalLab

# A workload of one measured minute and no warm-up: ~3 s of simulated benchmark at the serve's time factor 20.
SHORT = {"workloads": [{"name": "short", "testDurationMinutes": 1, "warmupDurationMinutes": 0}]}


def unique(prefix: str) -> str:
    """An experiment id that follows the id rule and no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@dataclass
class FinishedRun:
    id: str
    result: subprocess.CompletedProcess[str]
    wall_seconds: float

    def describe(self) -> str:
        return (f"lab run --wait --name {self.id} exited {self.result.returncode} after {self.wall_seconds:.1f} s\n"
                f"--- stdout ---\n{self.result.stdout}\n--- stderr ---\n{self.result.stderr}")


_finished: dict[int, FinishedRun] = {}


def finished_experiment(lab: LocalLab) -> FinishedRun:
    """`lab run --wait` of `{}` (no spec file: the CLI's default), once per served lab."""
    if id(lab) not in _finished:
        name = unique("cli-done")
        started = time.monotonic()
        result = lab.lab("run", "--wait", "--name", name, "--poll-interval", "1", timeout=600)
        _finished[id(lab)] = FinishedRun(name, result, time.monotonic() - started)
        print(f"\n[lab cli] lab run --wait of {{}} to {('SUCCEEDED' if result.returncode == 0 else f'exit {result.returncode}')} "
              f"in {_finished[id(lab)].wall_seconds:.1f} s wall (serve time factor 20)")
    return _finished[id(lab)]


def write_spec(directory: Path, spec: dict[str, Any], name: str = "spec.json") -> Path:
    path = directory / name
    path.write_text(json.dumps(spec))
    return path


def state_machine_arn(lab: LocalLab) -> str:
    return json.loads(lab.lab_config.read_text())["stateMachineArn"]


def execution_arn(lab: LocalLab, experiment: str) -> str:
    return state_machine_arn(lab).replace(":stateMachine:", ":execution:") + ":" + experiment


def execution_status(lab: LocalLab, experiment: str) -> str:
    return lab.client("stepfunctions").describe_execution(executionArn=execution_arn(lab, experiment))["status"]


def execution_names(lab: LocalLab) -> list[str]:
    executions = lab.client("stepfunctions").list_executions(stateMachineArn=state_machine_arn(lab), maxResults=1000)
    return [e["name"] for e in executions["executions"]]


def wait_for_status(lab: LocalLab, experiment: str, done: tuple[str, ...] = ("SUCCEEDED", "FAILED", "ABORTED", "TIMED_OUT"),
                    timeout: float = 180) -> str:
    deadline = time.monotonic() + timeout
    status = execution_status(lab, experiment)
    while status not in done and time.monotonic() < deadline:
        time.sleep(0.25)
        status = execution_status(lab, experiment)
    assert status in done, f"{experiment} is still {status} after {timeout} s"
    return status


def states_entered(lab: LocalLab, experiment: str) -> list[str]:
    events = lab.client("stepfunctions").get_execution_history(executionArn=execution_arn(lab, experiment),
                                                               maxResults=1000)["events"]
    return [e["stateEnteredEventDetails"]["name"] for e in events if e["type"].endswith("StateEntered")]


class LineReader:
    """Collects a process's stderr lines on a thread, so a test can wait for one with a deadline."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        assert process.stderr is not None
        self._thread = threading.Thread(target=self._read, args=(process.stderr,), daemon=True)
        self._thread.start()

    def _read(self, stream: Any) -> None:
        for line in stream:
            self._queue.put(line)
        self._queue.put(None)

    def wait_for(self, needle: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(needle in line for line in self.lines):
                return True
            try:
                line = self._queue.get(timeout=0.1)
            except queue.Empty:
                continue
            if line is None:
                return any(needle in line for line in self.lines)
            self.lines.append(line)
        return False

    def rest(self, timeout: float = 10) -> str:
        """Everything, once the process closed its stderr."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=0.1)
            except queue.Empty:
                continue
            if line is None:
                break
            self.lines.append(line)
        return "".join(self.lines)
