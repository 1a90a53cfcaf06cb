"""`lab run` against the emulated lab: a real experiment of `{}` followed to SUCCEEDED, a failed one followed to
its error, local validation that starts nothing, names that are refused, no credentials, and Ctrl-C (or SIGTERM)
while waiting leaving the experiment running."""
from __future__ import annotations

import re
import signal
import time
from pathlib import Path

import pytest
from cli_experiments import (SHORT, LineReader, execution_names, execution_status, finished_experiment, states_entered,
                             unique, wait_for_status, write_spec)
from invalid_spec import FIVE_PATHS, FIVE_PROBLEMS
from local_lab import LocalLab


def test_run_wait_of_the_empty_spec_follows_it_to_succeeded(local_lab: LocalLab) -> None:
    run = finished_experiment(local_lab)
    assert run.result.returncode == 0, run.describe()
    assert run.result.stdout == run.id + "\n", "stdout holds the experiment id and nothing else:\n" + run.describe()
    stderr = run.result.stderr
    assert f"started experiment {run.id}" in stderr and "console: https://us-east-1.console.aws.amazon.com/states/" in stderr, stderr
    # Every state the execution entered has its line, in order, with the clock.
    shown = re.findall(r"^\[\d+:\d\d\] (\w+): (?:entered|waiting)$", stderr, re.MULTILINE)
    assert shown == states_entered(local_lab, run.id), stderr
    # The benchmark's WaitForBenchmark lasts ~20 s here: a status line with its time left must show up, counted in
    # the lab's time (the serve runs 20x faster, and LAB_CONFIG says so).
    assert re.search(r"^\[\d+:\d\d\] (WaitForBenchmark|CheckBenchmark) · .*workload 0-1-topic-16-partitions-1kb: .* left of "
                     r"6 min 30 s \(lab time: the emulated lab runs 20× faster\)$", stderr, re.MULTILINE), stderr
    assert f"experiment {run.id} SUCCEEDED in " in stderr, stderr
    assert f"report: s3://pulsar-aws-lab-results-123456789012/experiments/{run.id}/report/index.html" in stderr, stderr
    assert execution_status(local_lab, run.id) == "SUCCEEDED"
    print(f"\n[lab cli] lab run --wait of {{}}: SUCCEEDED, {run.wall_seconds:.1f} s wall")


def test_a_failing_experiment_exits_2_with_its_error_and_cause(local_lab: LocalLab, tmp_path: Path) -> None:
    name = unique("cli-noami")
    spec = write_spec(tmp_path, {"amiNamePattern": "no-such-image-*"})
    result = local_lab.lab("run", str(spec), "--name", name, "--wait", "--poll-interval", "0.5", timeout=180)
    assert result.returncode == 2, result
    assert result.stdout == name + "\n", result
    last = result.stderr.rstrip("\n").splitlines()[-1]
    assert last.startswith(f"error: experiment {name} FAILED after "), result.stderr
    assert "AmiNotFound" in last and "packer build" in last and f"lab logs {name}" in last, last


def test_an_invalid_spec_lists_every_problem_and_starts_nothing(local_lab: LocalLab, tmp_path: Path) -> None:
    before = execution_names(local_lab)
    spec = write_spec(tmp_path, FIVE_PROBLEMS)
    result = local_lab.lab("run", str(spec), "--wait")
    assert result.returncode == 1 and result.stdout == "", result
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: The experiment spec has 5 problems") and "nothing was started" in lines[0], result.stderr
    problems = [line for line in lines[1:] if line.startswith("  - ")]
    assert len(problems) == 5 == len(lines) - 1, result.stderr
    for path in FIVE_PATHS:
        assert any(line.startswith(f"  - {path}:") for line in problems), f"{path} not listed:\n{result.stderr}"
    assert execution_names(local_lab) == before, "an invalid spec started an execution"


def test_a_spec_for_another_region_is_refused_before_starting(local_lab: LocalLab, tmp_path: Path) -> None:
    before = execution_names(local_lab)
    result = local_lab.lab("run", str(write_spec(tmp_path, {"region": "eu-west-1"})))
    assert result.returncode == 1 and result.stdout == "", result
    assert "region: eu-west-1 is not the lab's region us-east-1" in result.stderr, result.stderr
    assert execution_names(local_lab) == before


def test_the_same_name_twice_is_one_clear_line_and_starts_nothing(local_lab: LocalLab) -> None:
    run = finished_experiment(local_lab)
    assert run.result.returncode == 0, run.describe()
    before = execution_names(local_lab)
    result = local_lab.lab("run", "--name", run.id)
    assert result.returncode == 64 and result.stdout == "", result
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"error: experiment {run.id} already exists (its execution is SUCCEEDED"), result.stderr
    assert f"`lab status {run.id}`" in result.stderr, result.stderr
    assert execution_names(local_lab) == before


def test_a_name_outside_the_id_rule_is_refused(local_lab: LocalLab) -> None:
    result = local_lab.lab("run", "--name", "Not_An_Id")
    assert result.returncode == 64 and result.stdout == "", result
    assert result.stderr.startswith('error: --name: "Not_An_Id" is not an experiment id') and result.stderr.count("\n") == 1, result.stderr


def test_without_credentials_one_line_and_exit_77(local_lab: LocalLab) -> None:
    before = execution_names(local_lab)
    for arguments in (("run", "--name", unique("cli-nocreds")), ("status", "cli-anything"), ("list",)):
        result = local_lab.lab(*arguments, unset=("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"),
                               env={"AWS_EC2_METADATA_DISABLED": "true"})
        assert result.returncode == 77, (arguments, result)
        assert result.stdout == "" and result.stderr.count("\n") == 1, (arguments, result)
        assert result.stderr.startswith("error: no AWS credentials for "), (arguments, result.stderr)
        assert "AWS_PROFILE" in result.stderr and "AWS_ACCESS_KEY_ID" in result.stderr, result.stderr
    assert execution_names(local_lab) == before


@pytest.mark.parametrize("stop, said", [(signal.SIGINT, "Ctrl-C"), (signal.SIGTERM, "SIGTERM")], ids=["SIGINT", "SIGTERM"])
def test_ctrl_c_while_waiting_leaves_the_experiment_running_and_says_how_to_follow_it(
        local_lab: LocalLab, tmp_path: Path, stop: signal.Signals, said: str) -> None:
    """Ctrl-C, and the SIGTERM a supervisor or `timeout` sends, stop only the waiting."""
    name = unique("cli-ctrlc")
    process = local_lab.popen("run", str(write_spec(tmp_path, SHORT)), "--name", name, "--wait", "--poll-interval", "0.5")
    reader = LineReader(process)
    try:
        assert reader.wait_for("ApplyInfra: entered", timeout=60), f"no progress within 60 s:\n{''.join(reader.lines)}"
        sent = time.monotonic()
        process.send_signal(stop)
        returncode = process.wait(timeout=15)
        reacted = time.monotonic() - sent
    finally:
        if process.poll() is None:
            process.kill()
    stderr = reader.rest()
    assert returncode == 130, f"exit {returncode}:\n{stderr}"
    status = execution_status(local_lab, name)
    assert status == "RUNNING", f"the experiment is {status} after {said}:\n{stderr}"
    assert f"interrupted ({said}): experiment {name} keeps running" in stderr, stderr
    for follow in (f"lab status {name}", f"lab logs {name}", "console: https://"):
        assert follow in stderr, f"{follow!r} missing:\n{stderr}"
    assert process.stdout is not None and process.stdout.read() == name + "\n"
    print(f"\n[lab cli] {said}: exit 130 {reacted:.2f} s after {stop.name}; {name} still RUNNING")
    # It goes on by itself to the end (and tears down), as if nobody had waited.
    assert wait_for_status(local_lab, name) == "SUCCEEDED"
