"""The Packer template parses, is documented, and builds the image the lab looks for, over SSM only."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import hcl2
import pytest

PACKER = Path(__file__).resolve().parents[1]
TEMPLATE = PACKER / "pulsar-base.pkr.hcl"
NODE_BIN = PACKER / "files" / "opt" / "pulsar-lab" / "bin"
UNITS = PACKER / "files" / "etc" / "systemd" / "system"


def unquote(value):
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def plain(value):
    if isinstance(value, dict):
        return {unquote(k): plain(v) for k, v in value.items() if k != "__is_block__"}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return unquote(value)


@pytest.fixture(scope="module")
def template() -> dict:
    with TEMPLATE.open() as handle:
        return plain(hcl2.load(handle))


def source(template: dict) -> dict:
    return template["source"][0]["amazon-ebs"]["pulsar_base"]


def test_every_variable_has_a_description_and_the_pins_have_defaults(template: dict) -> None:
    variables = {name: body for block in template["variable"] for name, body in block.items()}
    assert {"pulsar_version", "omb_commit", "region", "instance_type"} <= set(variables)
    assert not [name for name, body in variables.items() if not body.get("description")]
    assert re.fullmatch(r"[0-9a-f]{40}", variables["omb_commit"]["default"])
    assert re.fullmatch(r"\d+\.\d+\.\d+", variables["pulsar_version"]["default"])


def test_the_ami_is_named_and_tagged_as_validate_ami_looks_for_it(template: dict) -> None:
    locals_ = {k: v for block in template["locals"] for k, v in block.items()}
    assert locals_["ami_name"] == "pulsar-base-${var.pulsar_version}-${local.timestamp}"
    ebs = source(template)
    assert ebs["ami_name"] == "${local.ami_name}"
    assert ebs["tags"]["PulsarVersion"] == "${var.pulsar_version}"
    assert ebs["tags"]["Project"] == "pulsar-aws-lab"


def test_packer_reaches_the_builder_over_ssm_with_no_ssh_ingress(template: dict) -> None:
    ebs = source(template)
    assert ebs["communicator"] == "ssh" and ebs["ssh_interface"] == "session_manager"
    assert ebs["temporary_iam_instance_profile_policy_document"], "the builder needs a temporary SSM profile"
    for opening in ("temporary_security_group_source_cidrs", "temporary_security_group_source_public_ip",
                    "ssh_keypair_name", "ssh_private_key_file"):
        assert opening not in ebs, f"{opening} would open or use SSH directly"
    assert ebs["metadata_options"][0]["http_tokens"] == "required", "IMDSv2 only (node scripts use a token)"
    assert ebs["source_ami_filter"][0]["owners"] == ["amazon"]
    assert "al2023-ami-2023" in ebs["source_ami_filter"][0]["filters"]["name"]


def test_every_provisioned_file_exists_and_every_install_script_is_strict(template: dict) -> None:
    build = template["build"][0]
    referenced = [p["file"]["source"] for p in build["provisioner"] if "file" in p]
    referenced += [script for p in build["provisioner"] if "shell" in p for script in p["shell"]["scripts"]]
    assert referenced
    for path in referenced:
        local = PACKER / path.replace("${path.root}/", "")
        assert local.exists(), f"{path} does not exist"
        if local.is_file():
            assert "set -euo pipefail" in local.read_text(), f"{path} must stop at the first error"
    text = "".join((PACKER / "scripts" / name).read_text() for name in os.listdir(PACKER / "scripts"))
    assert "systemctl enable" not in text, "units are enabled by node-bootstrap per role, not in the image"
    assert "verify_apache_download" in (PACKER / "scripts/install-pulsar.sh").read_text()
    assert "verify_apache_download" in (PACKER / "scripts/install-omb.sh").read_text()


def test_the_release_checksum_is_read_in_both_apache_formats(tmp_path: Path) -> None:
    digest = "ab" * 64
    gpg_style = "apache-pulsar-4.0.4-bin.tar.gz: " + " ".join(digest[i:i + 8].upper() for i in range(0, 128, 8))
    for name, content in (("sum", f"{digest}  apache-pulsar-4.0.4-bin.tar.gz\n"),
                          ("gpg", gpg_style[:60] + "\n " + gpg_style[60:] + "\n"), ("bad", "not a digest\n")):
        (tmp_path / name).write_text(content)
    script = f"source {PACKER / 'scripts/verify-download.sh'}; sha512_from_file \"$1\""
    for name in ("sum", "gpg"):
        done = subprocess.run(["bash", "-c", script, "-", str(tmp_path / name)], capture_output=True, text=True)
        assert done.returncode == 0 and done.stdout.strip() == digest, (name, done.stdout, done.stderr)
    done = subprocess.run(["bash", "-c", script, "-", str(tmp_path / "bad")], capture_output=True, text=True)
    assert done.returncode != 0 and "holds no SHA-512 digest" in done.stderr


def test_the_node_scripts_are_executable_strict_bash() -> None:
    scripts = sorted(NODE_BIN.iterdir())
    assert {p.name for p in scripts} >= {"node-bootstrap", "health-check", "run-benchmark", "prepare-disks"}
    for script in scripts:
        assert os.access(script, os.X_OK), f"{script.name} is not executable"
        text = script.read_text()
        assert text.startswith("#!/usr/bin/env bash\n") and "set -euo pipefail" in text, script.name


def test_the_three_units_exist_and_are_installable_but_not_wanted_at_boot_by_the_image() -> None:
    units = {p.stem: p.read_text() for p in UNITS.glob("*.service")}
    assert set(units) == {"zookeeper", "bookkeeper", "pulsar-broker"}
    for name, text in units.items():
        assert "ExecStart=/opt/pulsar/bin/pulsar " in text and "User=pulsar" in text, name
        assert "WantedBy=multi-user.target" in text, f"{name}: node-bootstrap's systemctl enable needs [Install]"
        assert "Restart=on-failure" in text, name


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed (Debian package systemd)")
def test_systemd_analyze_verify_passes_and_catches_a_broken_unit(tmp_path: Path) -> None:
    tool = PACKER / "tools" / "verify-units"
    done = subprocess.run([str(tool)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    broken = tmp_path / "units"
    broken.mkdir()
    text = (UNITS / "bookkeeper.service").read_text().replace("RestartSec=10", "RestartSec=ten")
    (broken / "bookkeeper.service").write_text(text)
    done = subprocess.run([str(tool), str(broken)], capture_output=True, text=True)
    assert done.returncode == 1 and "Failed to parse sec value, ignoring: ten" in done.stderr, done.stderr
