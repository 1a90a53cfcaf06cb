"""`lab cleanup` against the emulated lab: the real janitor, invoked by the CLI, on an experiment whose execution
was stopped after apply-infra (so teardown never ran and its tagged resources stayed behind)."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cli_experiments import SHORT, execution_arn, states_entered, unique, wait_for_status, write_spec
from local_lab import LocalLab


@dataclass
class Cleaned:
    experiment: str
    left_before: set[str]          # instances and volumes tagged with the experiment, not terminated / deleted
    sweep_dry: Any                 # lab cleanup --dry-run
    left_after_sweep_dry: set[str]
    dry: Any                       # lab cleanup --experiment X --dry-run
    left_after_dry: set[str]
    real: Any                      # lab cleanup --experiment X
    left_after_real: set[str]
    real_json: dict[str, Any]      # the janitor's summary of a second run, as JSON


def _left(lab: LocalLab, experiment: str) -> set[str]:
    """The experiment's instances that are not terminated and its volumes, by id."""
    ec2 = lab.client("ec2")
    tag = [{"Name": "tag:ExperimentID", "Values": [experiment]}]
    instances = {i["InstanceId"] for r in ec2.describe_instances(Filters=tag)["Reservations"] for i in r["Instances"]
                 if i["State"]["Name"] != "terminated"}
    volumes = {v["VolumeId"] for v in ec2.describe_volumes(Filters=tag)["Volumes"]}
    return instances | volumes


@pytest.fixture(scope="module")
def cleaned(local_lab: LocalLab, tmp_path_factory: pytest.TempPathFactory) -> Cleaned:
    experiment = unique("cli-left")
    spec = write_spec(tmp_path_factory.mktemp("left"), SHORT)
    started = local_lab.lab("run", str(spec), "--name", experiment)
    assert started.returncode == 0, started
    deadline = time.monotonic() + 120
    while "PollReadiness" not in states_entered(local_lab, experiment) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "PollReadiness" in states_entered(local_lab, experiment), "apply-infra did not finish within 120 s"
    # Stopped from the console: teardown never runs, the cluster stays (in AWS the janitor's event rule would act;
    # the emulated lab has no EventBridge, so nothing cleans it but what the test runs).
    local_lab.client("stepfunctions").stop_execution(executionArn=execution_arn(local_lab, experiment),
                                                     error="CliTest", cause="stopped after apply-infra")
    wait_for_status(local_lab, experiment, timeout=30)
    before = _left(local_lab, experiment)
    assert before, "nothing was left behind: the cleanup tests would prove nothing"
    sweep_dry = local_lab.lab("cleanup", "--dry-run", timeout=300)
    after_sweep_dry = _left(local_lab, experiment)
    dry = local_lab.lab("cleanup", "--experiment", experiment, "--dry-run", timeout=300)
    after_dry = _left(local_lab, experiment)
    real = local_lab.lab("cleanup", "--experiment", experiment, timeout=300)
    after_real = _left(local_lab, experiment)
    again = local_lab.lab("cleanup", "--experiment", experiment, "--json", timeout=300)
    assert again.returncode == 0, again
    return Cleaned(experiment, before, sweep_dry, after_sweep_dry, dry, after_dry, real, after_real, json.loads(again.stdout))


def _listed(stdout: str, result: str) -> set[str]:
    """Resource ids on the summary's resource lines with `result` (`  kind  id  experiment  result …`)."""
    ids = set()
    for line in stdout.splitlines():
        cells = line.split()
        if line.startswith("  ") and len(cells) >= 4 and cells[3] == result:
            ids.add(cells[1])
    return ids


def test_a_dry_run_sweep_lists_the_left_behind_experiment_and_deletes_nothing(cleaned: Cleaned) -> None:
    result = cleaned.sweep_dry
    assert result.returncode == 0, result
    assert result.stdout.startswith("janitor sweep (dry run: nothing deleted): "), result.stdout
    assert cleaned.left_after_sweep_dry == cleaned.left_before, "the dry run deleted something"
    line = next((l for l in result.stdout.splitlines() if l.startswith(f"  {cleaned.experiment} ")), "")
    assert " clean " in line, f"the sweep does not clean the stopped experiment:\n{result.stdout}"
    assert cleaned.left_before <= _listed(result.stdout, "would-delete"), result.stdout
    assert "running the janitor pulsar-aws-lab-janitor (sweep, dry run)" in result.stderr, result.stderr


def test_a_dry_run_of_one_experiment_lists_exactly_what_the_real_run_then_deletes(cleaned: Cleaned) -> None:
    assert cleaned.dry.returncode == 0 and cleaned.real.returncode == 0, (cleaned.dry, cleaned.real)
    assert cleaned.dry.stdout.startswith("janitor manual (dry run: nothing deleted): 1 experiment judged"), cleaned.dry.stdout
    assert cleaned.left_after_dry == cleaned.left_before, "the dry run deleted something"
    would = _listed(cleaned.dry.stdout, "would-delete")
    acted = _listed(cleaned.real.stdout, "deleted") | _listed(cleaned.real.stdout, "pending")
    assert cleaned.left_before <= would, f"not listed: {sorted(cleaned.left_before - would)}\n{cleaned.dry.stdout}"
    assert would == acted, f"listed, not acted on: {sorted(would - acted)}; acted on, not listed: {sorted(acted - would)}"


def test_a_real_cleanup_removes_what_the_experiment_left(local_lab: LocalLab, cleaned: Cleaned) -> None:
    assert cleaned.real.stdout.startswith("janitor manual: 1 experiment judged"), cleaned.real.stdout
    assert cleaned.left_after_real == set(), f"left after the cleanup: {sorted(cleaned.left_after_real)}\n{cleaned.real.stdout}"
    assert "counts: 0 would-delete, " in cleaned.real.stdout and "summary: s3://pulsar-aws-lab-results-123456789012/janitor/" in cleaned.real.stdout
    # A second run finds nothing, and --json is the janitor's own summary.
    assert cleaned.real_json["trigger"] == "manual" and cleaned.real_json["dryRun"] is False
    assert cleaned.real_json["counts"]["deleted"] == 0 and cleaned.real_json["experiments"][0]["experimentId"] == cleaned.experiment
    print(f"\n[lab cli] cleanup: {len(cleaned.left_before)} instances and volumes left by a stopped experiment, "
          f"listed by the dry run, removed by lab cleanup --experiment")


def test_without_a_janitor_in_the_configuration_one_line_and_exit_78(local_lab: LocalLab, tmp_path: Path) -> None:
    config = json.loads(local_lab.lab_config.read_text())
    config.pop("janitorFunctionName")
    path = tmp_path / "lab-config.json"
    path.write_text(json.dumps(config))
    result = local_lab.lab("cleanup", "--dry-run", env={"LAB_CONFIG": str(path)})
    assert result.returncode == 78 and result.stdout == "" and result.stderr.count("\n") == 1, result
    assert result.stderr.startswith(f"error: the lab configuration ({path}) names no janitor function"), result.stderr
    assert "LAB_JANITOR_FUNCTION" in result.stderr


def test_an_experiment_id_outside_the_rule_is_refused(local_lab: LocalLab) -> None:
    result = local_lab.lab("cleanup", "--experiment", "../etc")
    assert result.returncode == 64 and result.stderr.startswith('error: "../etc" is not an experiment id'), result
