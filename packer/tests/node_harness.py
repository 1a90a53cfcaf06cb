"""Runs the real node-side scripts (packer/files/opt/pulsar-lab) against a fake node: a temporary root folder
(PULSAR_LAB_ROOT) with Pulsar's configuration files, and fake system commands first on PATH (fake_commands.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKER = HERE.parent
SCRIPTS = PACKER / "files" / "opt" / "pulsar-lab" / "bin"
FAKES = ["aws", "systemctl", "curl", "nc", "pulsar", "benchmark", "blkid", "mkfs.xfs", "mountpoint", "mount",
         "chown", "sleep", "bookkeeper"]
EXPERIMENT = "exp-20261126-142501-k3x9qa"
BUCKET = "pulsar-aws-lab-results-123456789012"

# What the AMI keeps as Pulsar's shipped configuration (conf/<file>.dist): a few of the real keys.
DIST_CONFIGS = {
    "zookeeper.conf": "tickTime=2000\ndataDir=data/zookeeper\nclientPort=2181\nadmin.enableServer=true\n"
                      "admin.serverPort=9990\nserver.1=localhost:2888:3888\n",
    "bookkeeper.conf": "bookiePort=3181\nadvertisedAddress=\nzkServers=localhost:2181\n"
                       "journalDirectory=data/bookkeeper/journal\nledgerDirectories=data/bookkeeper/ledgers\n",
    "broker.conf": "metadataStoreUrl=\nconfigurationMetadataStoreUrl=\nzookeeperServers=\nclusterName=\n"
                   "brokerServicePort=6650\nwebServicePort=8080\nmanagedLedgerDefaultEnsembleSize=2\n",
}


def instance(instance_id: str, component: str, ip: str, launch: str, *, experiment: str = EXPERIMENT,
             state: str = "running", volumes: dict[str, str] | None = None) -> dict:
    return {
        "InstanceId": instance_id, "PrivateIpAddress": ip, "LaunchTime": launch, "State": {"Name": state},
        "Tags": [{"Key": "Project", "Value": "pulsar-aws-lab"}, {"Key": "ExperimentID", "Value": experiment},
                 {"Key": "Component", "Value": component}],
        "BlockDeviceMappings": [{"DeviceName": name, "Ebs": {"VolumeId": volume}}
                                for name, volume in (volumes or {}).items()],
    }


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self) -> dict:
        return json.loads(self.stdout)


class FakeNode:
    def __init__(self, tmp: Path, state: dict) -> None:
        self.tmp = tmp
        self.root = tmp / "root"
        self.bin = tmp / "fake-bin"
        self.calls_dir = tmp / "calls"
        self.s3 = tmp / "s3"
        self.state_file = tmp / "state.json"
        for folder in (self.root / "opt/pulsar/conf", self.root / "opt/benchmark/bin", self.root / "proc",
                       self.root / "etc", self.bin, self.s3):
            folder.mkdir(parents=True, exist_ok=True)
        for name, text in DIST_CONFIGS.items():
            (self.root / "opt/pulsar/conf" / f"{name}.dist").write_text(text)
        (self.root / "proc/meminfo").write_text("MemTotal:        8000000 kB\nMemFree:         7000000 kB\n")
        (self.root / "etc/fstab").write_text("")
        benchmark = self.root / "opt/benchmark/bin/benchmark"
        benchmark.write_text("#!/bin/sh\nexit 99\n")  # never run: the fake on PATH comes first
        benchmark.chmod(0o755)
        for name in FAKES:
            fake = self.bin / name
            fake.write_text(f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(HERE)!r})\n"
                            f"import fake_commands\nsys.exit(fake_commands.main({name!r}))\n")
            fake.chmod(0o755)
        self.state_file.write_text(json.dumps(state))

    @property
    def state(self) -> dict:
        return json.loads(self.state_file.read_text())

    def update(self, **changes) -> None:
        self.state_file.write_text(json.dumps(dict(self.state, **changes)))

    def run(self, script: str, *args: str, **env: str) -> Result:
        environment = {
            "PATH": f"{self.bin}:{os.environ['PATH']}", "PULSAR_LAB_ROOT": str(self.root),
            "STUB_STATE": str(self.state_file), "STUB_CALLS": str(self.calls_dir), "STUB_S3": str(self.s3),
            "PULSAR_LAB_WAIT_ATTEMPTS": "3", "PULSAR_LAB_DISK_WAIT_ATTEMPTS": "2", "PULSAR_LAB_WAIT_SECONDS": "0",
            "HOME": str(self.tmp), "LANG": "C.UTF-8", **env,
        }
        done = subprocess.run([str(SCRIPTS / script), *args], env=environment, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=60)
        return Result(done.returncode, done.stdout, done.stderr)

    def calls(self, command: str) -> list[dict]:
        path = self.calls_dir / f"{command}.jsonl"
        return [json.loads(line) for line in path.read_text().splitlines()] if path.is_file() else []

    def argvs(self, command: str) -> list[list[str]]:
        return [call["argv"] for call in self.calls(command)]

    def conf(self, name: str) -> dict[str, str]:
        pairs = {}
        for line in (self.root / "opt/pulsar/conf" / name).read_text().splitlines():
            if "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                pairs.setdefault(key, value)
        return pairs

    def bootstrap(self, role: str, *extra: str, **env: str) -> Result:
        return self.run("node-bootstrap", "--role", role, "--experiment-id", EXPERIMENT, "--region", "us-east-1",
                        "--bucket", BUCKET, "--cluster-name", "pulsar-lab", *extra, **env)
