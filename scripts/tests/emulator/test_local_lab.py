"""scripts/local-lab end to end, as a user runs it: one experiment, one JSON line; and `serve`."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from emulator_lab import Lab

LOCAL_LAB = Path(__file__).resolve().parents[2] / "local-lab"


def _run(*arguments: str) -> tuple[int, dict, str]:
    environment = dict(os.environ, LOCAL_LAB_SKIP_BUILD="1")  # the session already has the zip it needs
    result = subprocess.run([str(LOCAL_LAB), *arguments], capture_output=True, text=True, timeout=180,
                            env=environment)
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, f"stdout must be ONE JSON line, got:\n{result.stdout}\nstderr:\n{result.stderr[-3000:]}"
    return result.returncode, json.loads(lines[0]), result.stderr


def test_the_demo_run_succeeds_and_reports_in_one_json_line(lab: Lab) -> None:
    # The default run is the experiment once the stage zips exist (scripts/tests/lifecycle); the demo stays.
    code, report, progress = _run("--state-machine", "demo-echo")
    assert code == 0, progress[-3000:]
    assert report["status"] == "SUCCEEDED"
    assert report["leftoverResources"] == []
    assert report["billedStateTransitions"] == 6 and report["retries"] == 2
    assert report["lambdaGbSeconds"] > 0 and report["timeFactor"] == 10
    assert report["emulatorStartupSeconds"] <= 10, report
    assert "PollReadiness: retry 1" in progress
    print(f"local-lab: emulator start {report['emulatorStartupSeconds']} s, run {report['wallSeconds']} s, "
          f"{report['billedStateTransitions']} transitions, {report['lambdaGbSeconds']} GB-s")


def test_a_fault_makes_the_run_fail_and_exit_non_zero(lab: Lab) -> None:
    code, report, _ = _run("--state-machine", "demo-echo", "--fault", "bootstrap-crash:echo", "--time-factor", "100")
    assert code == 1 and report["status"] == "FAILED" and report["faults"] == ["bootstrap-crash:echo"]
    assert report["timeFactor"] == 100


def test_serve_prints_the_endpoint_and_environment_then_stops_on_sigint(lab: Lab) -> None:
    process = subprocess.Popen([str(LOCAL_LAB), "serve"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=dict(os.environ, LOCAL_LAB_SKIP_BUILD="1"))
    try:
        exports: dict[str, str] = {}
        deadline = time.monotonic() + 60
        assert process.stdout is not None
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if line.startswith("export "):
                key, _, value = line[len("export "):].strip().partition("=")
                exports[key] = value
            if "Ctrl-C" in line or not line:
                break
        assert exports["AWS_ENDPOINT_URL"].startswith("http://127.0.0.1:"), exports
        import boto3
        sfn = boto3.client("stepfunctions", endpoint_url=exports["AWS_ENDPOINT_URL"], region_name=exports["AWS_REGION"],
                           aws_access_key_id=exports["AWS_ACCESS_KEY_ID"],
                           aws_secret_access_key=exports["AWS_SECRET_ACCESS_KEY"])
        names = [m["name"] for m in sfn.list_state_machines()["stateMachines"]]
        assert "pulsar-aws-lab-demo-echo" in names
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
