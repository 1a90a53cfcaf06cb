"""A simulated node's file system: the folder its real scripts see as `/` (PULSAR_LAB_ROOT).

Laid out as the pulsar-base AMI lays out a node (docs/node-contract.md, "What is on the image"): OMB under
opt/benchmark (its `bin/benchmark` is the simulation's fake, its payload files have their real sizes),
/proc/meminfo for the instance type. Before each command the simulation writes the node's state of that moment
(`materialise`): what node-bootstrap would have left (etc/pulsar-lab/node.env, var/lib/pulsar-lab/bootstrap.json)
and, under .sim/ (PULSAR_LAB_SIM), what the fake systemctl, nc and curl answer.
"""
from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path

from .service_model import NodeHealth

PAYLOADS = {"payload-100b.data": 100, "payload-200b.data": 200, "payload-400b.data": 400,
            "payload-1Kb.data": 1024, "payload-2Kb.data": 2048, "payload-4Kb.data": 4096}
# MemTotal (GiB) by instance size, for the scripts' JVM sizing; anything else counts as 8 GiB.
MEMORY_GIB = {"nano": 0.5, "micro": 1, "small": 2, "medium": 4, "large": 8, "xlarge": 16, "2xlarge": 32,
              "4xlarge": 64, "8xlarge": 128, "12xlarge": 192, "16xlarge": 256}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{threading.get_ident()}")
    temporary.write_text(text)
    os.replace(temporary, path)


class NodeRoot:
    def __init__(self, base: Path, instance_id: str, instance_type: str, omb_benchmark: Path) -> None:
        self.path = base / instance_id
        self.sim = self.path / ".sim"
        if (self.path / "opt").is_dir():
            return
        for folder in ("opt/benchmark/bin", "opt/benchmark/payload", "opt/pulsar/bin", "etc/pulsar-lab",
                       "var/lib/pulsar-lab", "proc", "root", "tmp", ".sim"):
            (self.path / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(omb_benchmark, self.path / "opt/benchmark/bin/benchmark")
        (self.path / "opt/benchmark/bin/benchmark").chmod(0o755)
        for name, size in PAYLOADS.items():
            (self.path / "opt/benchmark/payload" / name).write_bytes(b"p" * size)
        gib = MEMORY_GIB.get(instance_type.rsplit(".", 1)[-1], 8)
        (self.path / "proc/meminfo").write_text(f"MemTotal:       {int(gib * 1024 * 1024)} kB\n")
        (self.sim / "instance-id").write_text(instance_id + "\n")

    def materialise(self, health: NodeHealth) -> None:
        """Writes the node's state of this moment where its scripts and the fakes read it."""
        env_file = self.path / "etc/pulsar-lab/node.env"
        if health.node_env:
            _write(env_file, "".join(f"{key}={value}\n" for key, value in health.node_env.items()))
        elif env_file.exists():
            env_file.unlink()
        status_file = self.path / "var/lib/pulsar-lab/bootstrap.json"
        if health.bootstrap == "missing":
            if status_file.exists():
                status_file.unlink()
        else:
            _write(status_file, json.dumps({"status": health.bootstrap, "role": health.role or "",
                                            "message": health.bootstrap_message,
                                            "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
                                           separators=(",", ":")) + "\n")
        for folder in ("units", "ports", "zookeeper", "http"):
            target = self.sim / folder
            if target.is_dir():
                shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True, exist_ok=True)
        for unit, state in health.units.items():
            _write(self.sim / "units" / unit, state + "\n")
        for port in health.open_ports:
            _write(self.sim / "ports" / port, "open\n")
        if health.zookeeper_ruok:
            _write(self.sim / "zookeeper/ruok", "imok")
            serving = f"Mode: {health.zookeeper_mode}" if health.zookeeper_mode else \
                "This ZooKeeper instance is not currently serving requests"
            _write(self.sim / "zookeeper/srvr", "Zookeeper version: 3.9.3 (simulated)\nLatency min/avg/max: 0/0.1/3\n"
                                                f"{serving}\nNode count: 5\n" if health.zookeeper_mode else serving + "\n")
        if health.role == "broker":
            _write(self.sim / "http/admin_v2_brokers_health", health.broker_health_code + "\n")
