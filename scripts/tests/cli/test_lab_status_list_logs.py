"""`lab status`, `lab list` and `lab logs` against the emulated lab: the shared finished experiment, one of a plan
caught while running and then finished, and unknown ids."""
from __future__ import annotations

import json
import re
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest

from cli_experiments import (SHORT, FinishedRun, execution_arn, execution_status, finished_experiment, unique,
                             wait_for_status, write_spec)
from local_lab import LocalLab

BUCKET = "pulsar-aws-lab-results-123456789012"


@pytest.fixture(scope="module")
def planned(local_lab: LocalLab, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """An experiment of its own plan, started (not waited for) before the module's tests: (id, plan)."""
    plan = unique("cli-plan")
    name = unique("cli-planned")
    spec = write_spec(tmp_path_factory.mktemp("planned"), {"plan": plan, **SHORT})
    result = local_lab.lab("run", str(spec), "--name", name)
    assert result.returncode == 0 and result.stdout == name + "\n", result
    assert f"follow it with `lab status {name}` and `lab logs {name}`" in result.stderr, result.stderr
    yield name, plan


@pytest.fixture(scope="module")
def finished(local_lab: LocalLab) -> FinishedRun:
    run = finished_experiment(local_lab)
    assert run.result.returncode == 0, run.describe()
    return run


def _rows(stdout: str) -> dict[str, list[str]]:
    """`lab list`'s table by id (columns split on two or more spaces)."""
    lines = stdout.splitlines()
    assert lines and lines[0].split() == ["ID", "STATUS", "STARTED", "DURATION", "PLAN"], stdout
    return {cells[0]: cells for cells in (re.split(r"\s{2,}", line) for line in lines[1:])}


# --- while the planned experiment runs (first in the module: it finishes within seconds) -------------------------

def test_a_running_experiment_is_listed_running_and_its_status_says_where_it_is(local_lab: LocalLab, planned: tuple[str, str]) -> None:
    name, plan = planned
    assert execution_status(local_lab, name) == "RUNNING", "the planned experiment ended before the test could list it"
    # At once: its plan comes from the record, or from the execution's input while there is no record yet.
    running = local_lab.lab("list", "--status", "running")
    by_plan = local_lab.lab("list", "--plan", plan)
    # Once validate-ami has recorded it, status shows the stages so far.
    deadline = time.monotonic() + 30
    while "stages" not in _record(local_lab, name) and time.monotonic() < deadline:
        time.sleep(0.1)
    status = local_lab.lab("status", name)
    still = execution_status(local_lab, name)
    assert running.returncode == 0 and by_plan.returncode == 0 and status.returncode == 0, (running, by_plan, status)
    if still != "RUNNING":
        pytest.fail(f"{name} ended ({still}) while the test listed it; the machine is too slow for this check")
    rows = _rows(running.stdout)
    assert name in rows and rows[name][1] == "RUNNING" and rows[name][3].endswith("so far") and rows[name][4] == plan, running.stdout
    assert all(row[1] == "RUNNING" for row in rows.values()), running.stdout
    assert list(_rows(by_plan.stdout)) == [name], f"--plan while running lists it from the executions:\n{by_plan.stdout}"
    assert re.search(r"^status\s+RUNNING$", status.stdout, re.MULTILINE) and re.search(r"^elapsed\s+\d", status.stdout, re.MULTILINE), status.stdout
    assert re.search(r"^plan\s+" + re.escape(plan) + "$", status.stdout, re.MULTILINE), status.stdout
    assert re.search(r"^  validate-ami\s+done\s+20\d\d-", status.stdout, re.MULTILINE), status.stdout


def test_status_before_the_record_exists_says_so_and_takes_the_plan_from_the_input(local_lab: LocalLab, tmp_path: Path) -> None:
    # validate-ami fails this one before it writes a record (no such AMI): the execution is all there is.
    name = unique("cli-norecord")
    plan = unique("cli-plan")
    started = local_lab.lab("run", str(write_spec(tmp_path, {"plan": plan, "amiNamePattern": "no-such-image-*"})), "--name", name)
    assert started.returncode == 0, started
    assert wait_for_status(local_lab, name, timeout=60) == "FAILED"
    assert _record(local_lab, name) == {}, "validate-ami recorded an experiment it refused"
    status = local_lab.lab("status", name)
    assert status.returncode == 0, status
    assert re.search(r"^status\s+FAILED$", status.stdout, re.MULTILINE), status.stdout
    assert re.search(r"^plan\s+" + re.escape(plan) + "$", status.stdout, re.MULTILINE), status.stdout
    assert re.search(r"^record\s+none: the execution ended before validate-ami recorded the experiment$", status.stdout, re.MULTILINE), status.stdout
    assert re.search(r"^failure\s+AmiNotFound — .*packer build", status.stdout, re.MULTILINE), status.stdout
    listed = local_lab.lab("list", "--limit", "0")
    assert _rows(listed.stdout)[name][4] == plan, f"list takes the plan from the input too:\n{listed.stdout}"
    results = local_lab.lab("results", name)
    assert results.returncode == 1 and results.stdout == "", results
    assert results.stderr == f"error: experiment {name} has no record: its execution ended FAILED before validate-ami recorded it; `lab logs {name}` tells why\n", results.stderr


def _record(lab: LocalLab, experiment: str) -> dict:
    return lab.client("dynamodb").get_item(TableName="pulsar-aws-lab-experiments", Key={"experimentId": {"S": experiment}},
                                           ConsistentRead=True).get("Item", {})


# --- the finished experiment -------------------------------------------------------------------------------------

def test_status_of_a_finished_experiment_shows_stages_timings_workloads_and_the_report(local_lab: LocalLab, finished: FinishedRun) -> None:
    result = local_lab.lab("status", finished.id)
    assert result.returncode == 0 and result.stderr == "", result
    text = result.stdout
    assert re.search(r"^status\s+SUCCEEDED$", text, re.MULTILINE), text
    assert re.search(r"^finished\s+20\d\d-\S+, after \d+ s$", text, re.MULTILINE), text
    assert re.search(r"^cluster\s+9 instances: 3 zookeeper, 3 bookkeeper, 2 broker, 1 client$", text, re.MULTILINE), text
    assert re.search(r"^readiness\s+9 nodes ready \d+(\.\d)? s after launch", text, re.MULTILINE), text
    for stage in ("validate-ami", "apply-infra", "poll-readiness", "run-benchmark", "collect-results", "teardown"):
        assert re.search(rf"^  {stage}\s+done\s+20\d\d-", text, re.MULTILINE), f"{stage} not done:\n{text}"
    record = local_lab.client("dynamodb").get_item(TableName="pulsar-aws-lab-experiments", Key={"experimentId": {"S": finished.id}})["Item"]
    summary = record["workloadRuns"]["M"]["0-1-topic-16-partitions-1kb"]["M"]["summary"]["M"]
    p99 = float(summary["publishLatencyMs"]["M"]["p99"]["N"])
    line = next((l for l in text.splitlines() if l.startswith("  0-1-topic-16-partitions-1kb ")), "")
    assert re.search(r"  (ok|saturated) · [\d,.]+ of 10,000 msg/s · publish p99 [\d.]+ ms · end-to-end p99 [\d.]+ ms", line), text
    assert f"publish p99 {p99:.2f} ms" in line or f"publish p99 {p99:.3f} ms" in line, f"p99 {p99} not in: {line}"
    key = f"experiments/{finished.id}/report/index.html"
    assert f"report      s3://{BUCKET}/{key}" in text, text
    local_lab.client("s3").head_object(Bucket=BUCKET, Key=key)  # the location printed holds the report
    assert re.search(r"^teardown\s+9 instances terminated, 0 resources left$", text, re.MULTILINE), text


def test_status_json_is_the_execution_and_the_raw_record(local_lab: LocalLab, finished: FinishedRun) -> None:
    result = local_lab.lab("status", finished.id, "--json")
    assert result.returncode == 0, result
    document = json.loads(result.stdout)
    assert document["experimentId"] == finished.id
    assert document["execution"]["status"] == "SUCCEEDED" and document["execution"]["executionArn"] == execution_arn(local_lab, finished.id)
    record = document["record"]
    assert record["status"] == "SUCCEEDED" and record["experimentId"] == finished.id
    assert set(record["stages"]) == {"validate-ami", "apply-infra", "poll-readiness", "run-benchmark", "collect-results", "teardown"}
    assert record["readiness"]["nodes"] == 9


def test_logs_tell_the_finished_execution_event_by_event(local_lab: LocalLab, finished: FinishedRun) -> None:
    result = local_lab.lab("logs", finished.id)
    assert result.returncode == 0 and result.stderr == "", result
    lines = result.stdout.splitlines()
    stamp = re.compile(r"^20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z  \+\d\d:\d\d\.\d{3}  \S")
    assert all(stamp.match(line) for line in lines), "\n".join(l for l in lines if not stamp.match(l))
    texts = [line.split("  ", 2)[2] for line in lines]
    assert texts[0] == "execution started with input {}" and texts[-1] == "execution SUCCEEDED", result.stdout
    # One line per state entered and per retry, as the history has them.
    events = local_lab.client("stepfunctions").get_execution_history(executionArn=execution_arn(local_lab, finished.id),
                                                                      maxResults=1000)["events"]
    entered = [e["stateEnteredEventDetails"]["name"] for e in events if e["type"].endswith("StateEntered")]
    shown = [re.sub(r": (entered|waiting)$", "", t) for t in texts if re.search(r": (entered|waiting)$", t)]
    assert shown == entered, f"states entered {entered}, logged {shown}"
    scheduled = sum(1 for e in events if e["type"] == "TaskScheduled")
    retries = [t for t in texts if re.match(r"\w+: retry \d+ \(\w+\), attempt \d+ after ", t)]
    task_states = sum(1 for e in events if e["type"] == "TaskStateEntered")
    assert len(retries) == scheduled - task_states > 0, f"{scheduled} tasks scheduled in {task_states} task states, retry lines:\n" + "\n".join(retries)
    assert any(t.startswith("PollReadiness: failed (attempt 1): ClusterNotReady — poll-readiness (experiment ") for t in texts), result.stdout
    assert any(re.fullmatch(r"WaitForBenchmark: waited \d+ s", t) for t in texts), result.stdout


def test_list_shows_the_finished_experiment_and_filters_by_status_and_since(local_lab: LocalLab, finished: FinishedRun) -> None:
    everything = local_lab.lab("list", "--limit", "0")
    assert everything.returncode == 0, everything
    row = _rows(everything.stdout)[finished.id]
    assert row[1] == "SUCCEEDED" and re.fullmatch(r"\d+ s|\d+ min( \d+ s)?", row[3]) and row[4] == "-", row
    succeeded = _rows(local_lab.lab("list", "--status", "SUCCEEDED", "--limit", "0").stdout)
    assert finished.id in succeeded and all(r[1] == "SUCCEEDED" for r in succeeded.values())
    failed = local_lab.lab("list", "--status", "FAILED", "--limit", "0")
    assert failed.returncode == 0 and finished.id not in failed.stdout, failed
    assert finished.id in local_lab.lab("list", "--since", "1h").stdout
    future = (datetime.now(timezone.utc) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    none = local_lab.lab("list", "--since", future)
    assert none.returncode == 0 and none.stdout == "" and none.stderr.startswith("no experiments since "), none
    one = local_lab.lab("list", "--limit", "1")
    assert len(_rows(one.stdout)) == 1 and "showing the newest 1; --limit 0 lists all" in one.stderr, one


def test_list_refuses_a_status_or_time_it_does_not_know(local_lab: LocalLab) -> None:
    for arguments, needle in ((("--status", "DONE"), "--status DONE is not an execution status"),
                              (("--since", "yesterday"), "--since yesterday is neither a duration nor a time")):
        result = local_lab.lab("list", *arguments)
        assert result.returncode == 64 and result.stdout == "" and result.stderr.count("\n") == 1, result
        assert result.stderr.startswith("error: " + needle), result.stderr


def test_list_by_plan_once_finished_comes_from_the_plan_index(local_lab: LocalLab, planned: tuple[str, str]) -> None:
    name, plan = planned
    assert wait_for_status(local_lab, name) == "SUCCEEDED"
    result = local_lab.lab("list", "--plan", plan)
    assert result.returncode == 0, result
    rows = _rows(result.stdout)
    assert list(rows) == [name] and rows[name][1] == "SUCCEEDED" and rows[name][4] == plan, result.stdout
    other = local_lab.lab("list", "--plan", unique("cli-noplan"))
    assert other.returncode == 0 and other.stdout == "" and "no experiments of plan" in other.stderr, other


# --- unknown ids ---------------------------------------------------------------------------------------------------

def test_an_unknown_experiment_is_the_same_one_line_for_every_command(local_lab: LocalLab) -> None:
    name = unique("cli-nosuch")
    errors: dict[str, str] = {}
    for command in (["status", name], ["logs", name], ["results", name], ["report", name], ["cost", name], ["compare", name, name]):
        result = local_lab.lab(*command)
        assert result.returncode == 1 and result.stdout == "", (command, result)
        errors[command[0]] = result.stderr
    error = errors["status"]
    assert error.count("\n") == 1 and error.startswith(f"error: no experiment {name}: "), error
    assert "`lab list`" in error, error
    assert all(other == error for other in errors.values()), errors


def test_an_id_outside_the_rule_is_refused_before_asking_aws(local_lab: LocalLab) -> None:
    errors: dict[str, str] = {}
    for command in (["status"], ["logs"], ["results"], ["report"], ["cost"], ["cleanup", "--experiment"]):
        result = local_lab.lab(*command, "Not/An/Id")
        assert result.returncode == 64 and result.stdout == "", (command, result)
        errors[command[0]] = result.stderr
    error = errors["status"]
    assert error.startswith('error: "Not/An/Id" is not an experiment id'), error
    assert all(other == error for other in errors.values()), errors
