"""`scripts/local-lab` with no arguments: the real experiment with the spec `{}`, end to end, as a user runs it."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

LOCAL_LAB = Path(__file__).resolve().parents[2] / "local-lab"
WALL_SECONDS_LIMIT = 60  # at the default time factor (10)
TRANSITIONS_LIMIT = 60
GB_SECONDS_GOAL = 20
READINESS_DETECTION_LIMIT = 10  # seconds, scaled back to real time


def test_local_lab_runs_the_experiment_with_the_empty_spec_to_a_report_and_leaves_nothing(stage_zips: None) -> None:
    environment = dict(os.environ, LOCAL_LAB_SKIP_BUILD="1")  # test the zips as built, do not rebuild them here
    done = subprocess.run([str(LOCAL_LAB)], capture_output=True, text=True, timeout=600, env=environment)
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, f"stdout must be ONE JSON line, got:\n{done.stdout}\nstderr:\n{done.stderr[-4000:]}"
    report = json.loads(lines[0])
    progress = done.stderr
    print(f"\nlocal-lab {{}}: {report['status']} in {report['wallSeconds']} s wall (time factor "
          f"{report['timeFactor']:g}), {report['billedStateTransitions']} billed transitions "
          f"({report['retries']} retries), {report['lambdaGbSeconds']} Lambda GB-s, readiness detected "
          f"{report['readinessDetectionSeconds']} s after the cluster was healthy (scaled back; upper bound "
          f"{report['readinessDetectionUpperBoundSeconds']} s; {report['readinessDetectionWallSeconds']} s wall), "
          f"report {report['report']}")
    assert report["stateMachine"] == "experiment" and "demo" not in report, report
    assert (report["status"], done.returncode) == ("SUCCEEDED", 0), progress[-4000:]
    assert report["report"] and report["report"].startswith("s3://") and "NOT in S3" not in report["report"], report
    assert report["leftoverResources"] == [], report
    assert report["wallSeconds"] <= WALL_SECONDS_LIMIT and report["timeFactor"] == 10, report
    assert report["billedStateTransitions"] <= TRANSITIONS_LIMIT, report
    assert report["lambdaGbSeconds"] <= GB_SECONDS_GOAL, report
    assert report["readinessDetectionSeconds"] is not None, "the readiness delay could not be measured"
    assert report["readinessDetectionSeconds"] <= READINESS_DETECTION_LIMIT, (
        f"readiness noticed {report['readinessDetectionSeconds']} s (scaled back) after the simulated cluster "
        f"became healthy: {report['readinessNote']}")
    for line in ("Validate: entered", "PollReadiness: entered", "StartBenchmark: entered", "Report: entered",
                 "Teardown: entered", "execution: ExecutionSucceeded"):
        assert line in progress, f"progress lacks {line!r}:\n{progress[-3000:]}"
    assert "left behind: nothing tagged with the experiment" in progress
