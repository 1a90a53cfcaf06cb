"""`lab ami list|build|validate|copy|delete` against the emulated lab (`scripts/local-lab serve`), as a user runs it.

The served lab registers a stand-in pulsar-base image; the tests register more with boto3 (moto gives each image one
15 GiB snapshot, as EC2 gives an EBS-backed image its root snapshot). Node boot, the SSM agent and the services are
simulated by the emulator (docs/emulated-lab.md); `health-check` is the real script run against the simulated node.
Packer is not installed here: the build tests use a missing packer, and a stand-in `packer` that prints what Packer's
machine-readable UI prints (hashicorp/packer, packer/ui.go and command/build.go).
"""
from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import boto3
import pytest

from emulator.constants import Lab, Paths
from local_lab import LocalLab, lab_binary

OTHER_REGION = "us-west-2"
FAULTS_FOR_FAILURE = ("command-fails",)


def ec2(lab: LocalLab, region: str = Lab.REGION) -> Any:
    return boto3.session.Session().client(
        "ec2", region_name=region, endpoint_url=lab.environment["AWS_ENDPOINT_URL"],
        aws_access_key_id=lab.environment["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=lab.environment["AWS_SECRET_ACCESS_KEY"])


def register(lab: LocalLab, name: str, tags: dict[str, str], region: str = Lab.REGION) -> str:
    client = ec2(lab, region)
    image_id = client.register_image(Name=name, Description=f"test image {name}", Architecture="x86_64",
                                      RootDeviceName="/dev/xvda")["ImageId"]
    if tags:
        client.create_tags(Resources=[image_id], Tags=[{"Key": k, "Value": v} for k, v in tags.items()])
    return image_id


def lab_image(lab: LocalLab, version: str = "4.0.4", extra: dict[str, str] | None = None) -> tuple[str, str]:
    """Registers an image named and tagged as packer/pulsar-base.pkr.hcl names and tags one: (id, name)."""
    name = f"pulsar-base-{version}-{time.strftime('%Y%m%d%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:6]}"
    tags = {"Project": "pulsar-aws-lab", "ManagedBy": "pulsar-aws-lab", "PulsarVersion": version, "Name": name}
    return register(lab, name, {**tags, **(extra or {})}), name


def image(lab: LocalLab, image_id: str, region: str = Lab.REGION) -> dict[str, Any] | None:
    images = ec2(lab, region).describe_images(Owners=["self"], Filters=[{"Name": "image-id", "Values": [image_id]}])["Images"]
    return images[0] if images else None


def instance(lab: LocalLab, instance_id: str) -> dict[str, Any]:
    return ec2(lab).describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip("\n").split("\n")
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1, result
    return errors[0]


def age_text(seconds: int) -> str:
    """AgeText's rule, restated: s below a minute, min below an hour, h below two days, then d."""
    seconds = max(0, seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 48 * 3600:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


def assert_tagged_at_launch(lab: LocalLab, instance_id: str, validation_id: str) -> None:
    """The emulator logs `node launched: pending` with the instance's tags while it handles RunInstances, before any
    later call could tag it: the ExperimentID and Component there prove the tags came with the launch."""
    for _ in range(20):
        lines = [json.loads(line) for line in lab.log_tail(100_000).splitlines() if line.startswith("{")]
        launched = [line for line in lines if line.get("message") == "node launched: pending" and line.get("instanceId") == instance_id]
        if launched:
            break
        time.sleep(0.1)
    assert launched, f"no launch line for {instance_id} in {lab.log_path}"
    assert launched[0]["experimentId"] == validation_id and launched[0]["nodeComponent"] == "client", launched[0]


@pytest.fixture(scope="module")
def faulted_lab(local_lab: LocalLab) -> Iterator[LocalLab]:
    """A second served lab whose node-side commands exit 1 (the `command-fails` fault): a health check that fails."""
    lab = LocalLab(faults=FAULTS_FOR_FAILURE)
    yield lab
    lab.stop()


# --- list --------------------------------------------------------------------------------------------------------

def test_list_shows_lab_images_newest_first_with_versions_ages_and_snapshots(local_lab: LocalLab) -> None:
    older, older_name = lab_image(local_lab, "3.3.2")
    time.sleep(1.1)  # EC2 creation dates have whole seconds
    newer, newer_name = lab_image(local_lab, "4.0.4", {"OMBCommit": "85599891321cafa2fb7065a63f009b4bb5374288"})
    foreign = register(local_lab, f"ubuntu-noble-{uuid.uuid4().hex[:6]}", {"Project": "someone-else"})

    listed_at = datetime.now(timezone.utc)
    result = local_lab.lab("ami", "list", "--json")
    assert result.returncode == 0, result
    entries = json.loads(result.stdout)
    ids = [entry["imageId"] for entry in entries]
    assert older in ids and newer in ids, result.stdout
    assert foreign not in ids, "an image neither named pulsar-base-* nor tagged Project=pulsar-aws-lab is not the lab's"
    assert ids.index(newer) < ids.index(older), f"newest first: {ids}"
    created = [datetime.fromisoformat(entry["created"].replace("Z", "+00:00")) for entry in entries]
    assert created == sorted(created, reverse=True), f"the whole list is newest first: {created}"

    by_id = {entry["imageId"]: entry for entry in entries}
    assert by_id[newer]["name"] == newer_name and by_id[newer]["pulsarVersion"] == "4.0.4"
    assert by_id[older]["name"] == older_name and by_id[older]["pulsarVersion"] == "3.3.2"
    assert by_id[newer]["ombCommit"] == "85599891321cafa2fb7065a63f009b4bb5374288"
    assert by_id[newer]["state"] == "available" and by_id[newer]["region"] == Lab.REGION
    moto_image = image(local_lab, newer)
    device = moto_image["BlockDeviceMappings"][0]
    snapshot = device["Ebs"]
    assert by_id[newer]["snapshots"] == [{"snapshotId": snapshot["SnapshotId"], "deviceName": device["DeviceName"],
                                          "sizeGiB": snapshot["VolumeSize"]}]
    assert by_id[newer]["snapshotGiB"] == snapshot["VolumeSize"]
    for entry in entries:
        expected = (listed_at - datetime.fromisoformat(entry["created"].replace("Z", "+00:00"))).total_seconds()
        assert abs(entry["ageSeconds"] - expected) <= 5, entry
        assert entry["age"] == age_text(entry["ageSeconds"]), entry
    stand_in = [entry for entry in entries if entry["simulated"]]
    assert stand_in, "the served lab's stand-in image carries Simulated=true"

    table = local_lab.lab("ami", "list")
    assert table.returncode == 0, table
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["IMAGE", "NAME", "PULSAR", "STATE", "CREATED", "AGE", "SNAPSHOTS"], table.stdout
    row = next(line for line in lines if line.startswith(newer))
    assert re.search(rf"{re.escape(newer_name)}\s+4\.0\.4\s+available\s+\d{{4}}-\d\d-\d\d \d\d:\d\d UTC\s+\d+ (s|min)\s+15 GiB$", row), row
    assert [line.split()[0] for line in lines[1:]] == ids, "the table has the JSON's order"
    assert any(line.endswith("simulated") for line in lines), table.stdout


# --- validate ----------------------------------------------------------------------------------------------------

def test_validate_newest_image_passes_on_a_tagged_instance_that_is_terminated(local_lab: LocalLab) -> None:
    newest, name = lab_image(local_lab)
    started = time.monotonic()
    result = local_lab.lab("ami", "validate", "--json")
    wall = time.monotonic() - started
    assert result.returncode == 0, result
    verdict = json.loads(result.stdout)
    assert verdict["imageId"] == newest, "without an id, the newest lab image is validated"
    assert verdict["passed"] is True, verdict
    assert "health-check --role client healthy: benchmark-installed present, java on PATH" in verdict["detail"], verdict
    assert verdict["instanceType"] == "t3.small"
    assert re.fullmatch(r"ami-validate-[0-9a-f]{8}", verdict["validationId"]), verdict
    for progress in ("launched ", "running", "SSM agent Online", "health-check: healthy", f"terminated {verdict['instanceId']}"):
        assert progress in result.stderr, f"missing progress {progress!r}:\n{result.stderr}"

    node = instance(local_lab, verdict["instanceId"])
    assert node["State"]["Name"] in ("shutting-down", "terminated"), node["State"]
    assert node["ImageId"] == newest
    tags = {tag["Key"]: tag["Value"] for tag in node["Tags"]}
    assert {k: tags.get(k) for k in ("Project", "ManagedBy", "Purpose", "ExperimentID", "Component", "ValidatedImage")} == {
        "Project": "pulsar-aws-lab", "ManagedBy": "pulsar-aws-lab", "Purpose": "ami-validation",
        "ExperimentID": verdict["validationId"], "Component": "client", "ValidatedImage": newest}, tags
    expires = datetime.fromisoformat(tags["ExpiresAt"].replace("Z", "+00:00"))
    minutes = (expires - datetime.now(timezone.utc)).total_seconds() / 60
    assert 25 < minutes <= 31, f"ExpiresAt = launch + 15 min timeout + 15 min margin, found {tags['ExpiresAt']}"
    assert node["SubnetId"] == json.loads(local_lab.lab_config.read_text())["network"]["defaultSubnetId"]
    assert_tagged_at_launch(local_lab, verdict["instanceId"], verdict["validationId"])
    print(f"\nlab ami validate (simulated node, time factor 20): {wall:.1f} s wall, verdict after {verdict['seconds']} s")


def test_validate_text_verdict_names_image_and_instance(local_lab: LocalLab) -> None:
    image_id, name = lab_image(local_lab)
    result = local_lab.lab("ami", "validate", image_id)
    assert result.returncode == 0, result
    assert result.stdout.startswith(f"PASSED {image_id} ({name}, Pulsar 4.0.4) on i-"), result.stdout
    assert result.stdout.count("\n") == 1, result.stdout


def test_validate_with_failing_health_check_fails_and_still_terminates(faulted_lab: LocalLab) -> None:
    image_id, _ = lab_image(faulted_lab)
    result = faulted_lab.lab("ami", "validate", image_id, "--json")
    assert result.returncode == 2, result
    verdict = json.loads(result.stdout)
    assert verdict["passed"] is False and verdict["imageId"] == image_id, verdict
    assert verdict["detail"].startswith("/opt/pulsar-lab/bin/health-check exited 1"), verdict
    error = one_error_line(result)
    assert error.startswith(f"error: {image_id} failed validation: /opt/pulsar-lab/bin/health-check exited 1"), error
    assert result.stderr.rstrip("\n").endswith(error), "the error is the last line"
    node = instance(faulted_lab, verdict["instanceId"])
    assert node["State"]["Name"] in ("shutting-down", "terminated"), node["State"]
    tags = {tag["Key"]: tag["Value"] for tag in node["Tags"]}
    assert tags.get("Purpose") == "ami-validation" and tags.get("ExperimentID") == verdict["validationId"], tags
    assert_tagged_at_launch(faulted_lab, verdict["instanceId"], verdict["validationId"])


def test_ctrl_c_during_validation_terminates_the_instance(local_lab: LocalLab) -> None:
    image_id, _ = lab_image(local_lab)
    process = local_lab.popen("ami", "validate", image_id)
    assert process.stderr is not None
    launched = None
    seen = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        seen.append(line)
        match = re.match(r"launched (i-[0-9a-f]+)", line)
        if match:
            launched = match.group(1)
            break
    assert launched, "".join(seen)
    process.send_signal(signal.SIGINT)
    stdout, rest = process.communicate(timeout=60)
    stderr = "".join(seen) + rest
    assert process.returncode == 130, stderr
    assert stdout == "", stdout
    assert f"terminated {launched}" in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith("error: interrupted (Ctrl-C)"), stderr
    assert instance(local_lab, launched)["State"]["Name"] in ("shutting-down", "terminated")


# --- copy --------------------------------------------------------------------------------------------------------

def test_copy_to_another_region_keeps_name_and_tags(local_lab: LocalLab) -> None:
    source, name = lab_image(local_lab, "4.0.4", {"OMBCommit": "85599891321cafa2fb7065a63f009b4bb5374288"})
    result = local_lab.lab("ami", "copy", source, "--to-region", OTHER_REGION)
    assert result.returncode == 0, result
    copy_id = result.stdout.strip()
    assert re.fullmatch(r"ami-[0-9a-f]{17}", copy_id) and copy_id != source, result.stdout
    copied = image(local_lab, copy_id, OTHER_REGION)
    assert copied is not None, f"{copy_id} is not in {OTHER_REGION}"
    assert copied["Name"] == name
    source_tags = {tag["Key"]: tag["Value"] for tag in image(local_lab, source)["Tags"]}
    copy_tags = {tag["Key"]: tag["Value"] for tag in copied["Tags"]}
    assert copy_tags == {**source_tags, "CopiedFrom": f"{Lab.REGION}:{source}"}, copy_tags
    assert image(local_lab, copy_id) is None, "the copy is in the destination region only"

    listed = json.loads(local_lab.lab("ami", "list", "--json", "--region", OTHER_REGION).stdout)
    assert [entry["imageId"] for entry in listed if entry["name"] == name] == [copy_id]

    same = local_lab.lab("ami", "copy", source, "--to-region", Lab.REGION)
    assert same.returncode == 64, same
    assert one_error_line(same).startswith(f"error: {source} is already in {Lab.REGION}")


# --- delete ------------------------------------------------------------------------------------------------------

def test_delete_dry_run_then_no_terminal_then_yes_removes_image_and_snapshots(local_lab: LocalLab) -> None:
    image_id, name = lab_image(local_lab)
    snapshot_id = image(local_lab, image_id)["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"]

    dry = local_lab.lab("ami", "delete", image_id, "--dry-run")
    assert dry.returncode == 0, dry
    assert dry.stdout.splitlines() == [f"would delete image {image_id}  {name}  ({Lab.REGION})",
                                       f"would delete snapshot {snapshot_id}  15 GiB"], dry.stdout
    assert image(local_lab, image_id) is not None, "a dry run deletes nothing"

    no_terminal = local_lab.lab("ami", "delete", image_id, input="y\n")
    assert no_terminal.returncode == 64, no_terminal
    assert "there is no terminal to ask on; pass --yes" in one_error_line(no_terminal)
    assert image(local_lab, image_id) is not None

    deleted = local_lab.lab("ami", "delete", image_id, "--yes")
    assert deleted.returncode == 0, deleted
    assert deleted.stdout.splitlines() == [f"deregistered {image_id}  {name}", f"deleted {snapshot_id}  15 GiB"], deleted.stdout
    assert image(local_lab, image_id) is None
    with pytest.raises(ec2(local_lab).exceptions.ClientError) as gone:
        ec2(local_lab).describe_snapshots(SnapshotIds=[snapshot_id])
    assert gone.value.response["Error"]["Code"] == "InvalidSnapshot.NotFound"


def run_on_terminal(lab: LocalLab, answer: str, *arguments: str) -> tuple[int, str, str]:
    """Runs lab with a pseudo-terminal as stdin and types `answer`."""
    master, slave = pty.openpty()
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(lab.log_path.parent), **lab.environment}
    process = subprocess.Popen([str(lab_binary()), *arguments], stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=environment, text=True)
    os.close(slave)
    os.write(master, answer.encode())
    stdout, stderr = process.communicate(timeout=60)
    os.close(master)
    return process.returncode, stdout, stderr


def test_delete_asks_on_a_terminal(local_lab: LocalLab) -> None:
    image_id, _ = lab_image(local_lab)
    status, stdout, stderr = run_on_terminal(local_lab, "n\n", "ami", "delete", image_id)
    assert status == 64 and "Delete these? [y/N]" in stderr and "not confirmed: nothing deleted" in stderr, stderr
    assert image(local_lab, image_id) is not None
    status, stdout, stderr = run_on_terminal(local_lab, "y\n", "ami", "delete", image_id)
    assert status == 0, stderr
    assert stdout.startswith(f"deregistered {image_id}"), stdout
    assert image(local_lab, image_id) is None


@pytest.mark.parametrize("kind", ["foreign name and no tag", "pulsar-base name without the Project tag"])
def test_delete_refuses_an_image_that_is_not_the_labs(local_lab: LocalLab, kind: str) -> None:
    if kind.startswith("foreign"):
        image_id = register(local_lab, f"golden-ubuntu-{uuid.uuid4().hex[:6]}", {})
        reason = "is not pulsar-base-* and it is not tagged Project=pulsar-aws-lab"
    else:
        image_id = register(local_lab, f"pulsar-base-4.0.4-{uuid.uuid4().hex[:6]}", {"PulsarVersion": "4.0.4"})
        reason = "it is not tagged Project=pulsar-aws-lab"
    result = local_lab.lab("ami", "delete", image_id, "--yes")
    assert result.returncode == 64, result
    error = one_error_line(result)
    assert error.startswith(f"error: refusing to delete {image_id}") and reason in error, error
    assert image(local_lab, image_id) is not None, "refused means nothing deleted"


# --- errors ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("arguments", [("validate",), ("delete", "--yes"), ("copy", "--to-region", OTHER_REGION)])
def test_unknown_ami_is_not_found_in_one_line(local_lab: LocalLab, arguments: tuple[str, ...]) -> None:
    unknown = "ami-0123456789abcdef0"
    result = local_lab.lab("ami", arguments[0], unknown, *arguments[1:])
    assert result.returncode == 1, result
    assert result.stdout == ""
    assert result.stderr == f"error: no AMI {unknown} in {Lab.REGION}: lab ami list shows the lab's images there (another region: --region)\n"


def test_malformed_ami_id_is_a_usage_error(local_lab: LocalLab) -> None:
    result = local_lab.lab("ami", "validate", "ami-xyz")
    assert result.returncode == 64, result
    assert one_error_line(result).startswith("error: ami-xyz is not an AMI id")


def test_no_credentials_exit_77_in_one_line(local_lab: LocalLab) -> None:
    result = local_lab.lab("ami", "list", unset=("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"),
                           env={"AWS_EC2_METADATA_DISABLED": "true"})
    assert result.returncode == 77, result
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: no AWS credentials"), result.stderr


# --- build -------------------------------------------------------------------------------------------------------

def path_without(*programs: str) -> str:
    directories = [d for d in os.environ.get("PATH", "/usr/bin:/bin").split(":")
                   if d and not any((Path(d) / program).exists() for program in programs)]
    return ":".join(directories)


def test_build_without_packer_says_where_to_get_it(local_lab: LocalLab) -> None:
    result = local_lab.lab("ami", "build", env={"PATH": path_without("packer")})
    assert result.returncode == 69, result
    assert result.stdout == ""
    assert result.stderr == ("error: packer is not installed (no packer on PATH): install Packer 1.9 or later from "
                             "https://developer.hashicorp.com/packer/install, then run lab ami build again\n")


STAND_IN_PACKER = r"""#!/usr/bin/env python3
# A stand-in for packer: records its arguments; `build` prints what Packer's machine-readable UI prints
# (packer/ui.go MachineReadableUi, command/build.go artifact lines) for one amazon-ebs build.
import json, os, sys, time
with open(os.environ["FAKE_PACKER_LOG"], "a") as log:
    log.write(json.dumps(sys.argv[1:]) + "\n")
if sys.argv[1] == "init":
    print("Installed plugin github.com/hashicorp/amazon v1.3.3")
    sys.exit(0)
region = next(a.split("=", 1)[1] for a in sys.argv if a.startswith("region="))
t = int(time.time())
def machine(target, kind, *data):
    fields = [d.replace(",", "%!(PACKER_COMMA)").replace("\r", "\\r").replace("\n", "\\n") for d in data]
    print(",".join([str(t), target, kind, *fields]), flush=True)
b = "amazon-ebs.pulsar_base"
machine(b, "ui", "say", f"==> {b}: Prevalidating AMI Name: pulsar-base-4.0.4-20261127000000")
machine(b, "ui", "message", f"    {b}: Found Image ID: ami-0b5eea76982371e91")
if os.environ.get("FAKE_PACKER_FAIL"):
    machine("", "ui", "error", f"Build '{b}' errored after 1 minute 2 seconds: Timeout waiting for SSM, giving up")
    machine("", "error-count", "1")
    machine("", "ui", "error", "\n==> Some builds didn't complete successfully and had errors:")
    machine(b, "error", "Timeout waiting for SSM, giving up")
    machine("", "ui", "error", f"--> {b}: Timeout waiting for SSM, giving up")
    machine("", "ui", "say", "\n==> Builds finished but no artifacts were created.")
    sys.exit(1)
machine(b, "ui", "say", f"==> {b}: AMIs were created:\n{region}: ami-0a1b2c3d4e5f60718\n")
machine("", "ui", "say", "\n==> Builds finished. The artifacts of successful builds are:")
machine(b, "artifact-count", "1")
machine(b, "artifact", "0", "builder-id", "mitchellh.amazonebs")
machine(b, "artifact", "0", "id", f"{region}:ami-0a1b2c3d4e5f60718")
machine(b, "artifact", "0", "end")
"""


@pytest.fixture
def stand_in_packer(tmp_path: Path) -> tuple[dict[str, str], Path]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "packer").write_text(STAND_IN_PACKER)
    (bin_dir / "session-manager-plugin").write_text("#!/bin/sh\nexit 0\n")
    for program in bin_dir.iterdir():
        program.chmod(0o755)
    log = tmp_path / "packer-calls.jsonl"
    return {"PATH": f"{bin_dir}:{path_without('packer', 'session-manager-plugin')}", "FAKE_PACKER_LOG": str(log)}, log


def test_build_runs_init_and_build_with_the_variables_and_prints_the_ami(local_lab: LocalLab, stand_in_packer) -> None:
    environment, log = stand_in_packer
    commit = "85599891321cafa2fb7065a63f009b4bb5374288"
    result = local_lab.lab("ami", "build", "--pulsar-version", "3.3.2", "--omb-commit", commit, "--instance-type", "c6i.xlarge",
                           env=environment, cwd=Paths.REPO_ROOT / "docs")
    assert result.returncode == 0, result
    assert result.stdout == "ami-0a1b2c3d4e5f60718\n", "only the new AMI id on stdout"
    packer_dir = str(Paths.REPO_ROOT / "packer")
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    assert calls == [
        ["init", packer_dir],
        ["build", "-machine-readable", "-var", f"region={Lab.REGION}", "-var", "pulsar_version=3.3.2", "-var",
         f"omb_commit={commit}", "-var", "instance_type=c6i.xlarge", f"{packer_dir}/pulsar-base.pkr.hcl"],
    ], calls
    assert "Installed plugin github.com/hashicorp/amazon" in result.stderr, "packer init's output is streamed"
    assert "==> amazon-ebs.pulsar_base: AMIs were created:\nus-east-1: ami-0a1b2c3d4e5f60718" in result.stderr
    assert "mitchellh.amazonebs" not in result.stderr, "machine data is read, not shown"


def test_build_failure_names_packers_error(local_lab: LocalLab, stand_in_packer) -> None:
    environment, _ = stand_in_packer
    result = local_lab.lab("ami", "build", env={**environment, "FAKE_PACKER_FAIL": "1"}, cwd=Paths.REPO_ROOT)
    assert result.returncode == 1, result
    assert result.stdout == ""
    error = one_error_line(result)
    assert error == "error: packer build failed (exit 1): amazon-ebs.pulsar_base: Timeout waiting for SSM, giving up; see its output above", error
    assert "Timeout waiting for SSM, giving up" in result.stderr


def test_build_checks_the_templates_rules_first(local_lab: LocalLab) -> None:
    result = local_lab.lab("ami", "build", "--pulsar-version", "4.0")
    assert result.returncode == 64, result
    assert result.stderr == "error: --pulsar-version 4.0 must look like 4.0.4\n"
