"""Helpers for simulated-node tests: launch a tagged node and wait for a condition with a deadline."""
from __future__ import annotations

import time
from typing import Any, Callable

from emulator.server import Emulator


def launch(emulator: Emulator, component: str = "broker", **extra: Any) -> str:
    ec2 = emulator.client("ec2")
    tags = [{"Key": "Project", "Value": "pulsar-aws-lab"}, {"Key": "Component", "Value": component},
            {"Key": "ExperimentID", "Value": "node-tests"}]
    reservation = ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, InstanceType="m5.large",
                                    TagSpecifications=[{"ResourceType": "instance", "Tags": tags}], **extra)
    return reservation["Instances"][0]["InstanceId"]


def wait_for(what: str, condition: Callable[[], Any], seconds: float = 5.0) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"{what} did not happen within {seconds} s")


def state(emulator: Emulator, instance_id: str) -> str:
    reservations = emulator.client("ec2").describe_instances(InstanceIds=[instance_id])["Reservations"]
    return reservations[0]["Instances"][0]["State"]["Name"]


def online(emulator: Emulator, instance_id: str) -> bool:
    listed = emulator.client("ssm").describe_instance_information(
        Filters=[{"Key": "InstanceIds", "Values": [instance_id]}])["InstanceInformationList"]
    return bool(listed) and listed[0]["PingStatus"] == "Online"


def run_command(emulator: Emulator, instance_id: str, *lines: str, **extra: Any) -> dict[str, Any]:
    ssm = emulator.client("ssm")
    command_id = ssm.send_command(InstanceIds=[instance_id], DocumentName="AWS-RunShellScript",
                                  Parameters={"commands": list(lines)}, **extra)["Command"]["CommandId"]

    def finished() -> dict[str, Any] | None:
        invocation = ssm.get_command_invocation(CommandId=command_id, InstanceId=instance_id)
        return invocation if invocation["Status"] not in ("Pending", "InProgress") else None

    return wait_for(f"command {lines}", finished)


def user_data(role: str, experiment: str, bucket: str, *, zookeeper_count: int = 3, cluster_name: str = "pulsar-lab",
              role_argument: str | None = None) -> str:
    """User data as apply-infra renders it (Sources/LabCore/UserData/NodeUserData.swift): one node-bootstrap call."""
    words = ["/opt/pulsar-lab/bin/node-bootstrap", "--role", role_argument or role, "--experiment-id", experiment,
             "--region", "us-east-1", "--bucket", bucket, "--cluster-name", cluster_name]
    if role != "client":
        words += ["--zookeeper-count", str(zookeeper_count)]
    quoted = " ".join("'" + word.replace("'", "'\\''") + "'" for word in words)
    return f"#!/bin/bash\n# Pulsar AWS Lab node (test)\nset -euo pipefail\nexec {quoted}\n"


def launch_cluster(emulator: Emulator, deployment: Any, experiment: str, *,
                   counts: tuple[tuple[str, int], ...] = (("zookeeper", 3), ("bookkeeper", 3), ("broker", 2),
                                                          ("client", 1)),
                   profile: bool = True, user_data_for: Callable[[str], str] | None = None) -> dict[str, list[str]]:
    """Launches a cluster the way apply-infra does (one tagged RunInstances per component, user data, the node
    instance profile); returns instance ids per component."""
    ec2 = emulator.client("ec2")
    ids: dict[str, list[str]] = {}
    for role, count in counts:
        tags = [{"Key": "Project", "Value": "pulsar-aws-lab"}, {"Key": "ManagedBy", "Value": "pulsar-aws-lab"},
                {"Key": "ExperimentID", "Value": experiment}, {"Key": "Component", "Value": role}]
        extra: dict[str, Any] = {"IamInstanceProfile": {"Name": deployment.node_instance_profile}} if profile else {}
        reservation = ec2.run_instances(
            ImageId=deployment.ami_id, MinCount=count, MaxCount=count, InstanceType="m6i.large",
            SubnetId=deployment.subnet_id,
            UserData=(user_data_for or (lambda r: user_data(r, experiment, deployment.results_bucket)))(role),
            TagSpecifications=[{"ResourceType": "instance", "Tags": tags}], **extra)
        ids[role] = [instance["InstanceId"] for instance in reservation["Instances"]]
    return ids


def run_everywhere(emulator: Emulator, instance_ids: list[str], line: str, *, seconds: float = 10.0,
                   **extra: Any) -> dict[str, dict[str, Any]]:
    """One SendCommand to several nodes; every invocation once it has ended."""
    ssm = emulator.client("ssm")
    command_id = ssm.send_command(InstanceIds=instance_ids, DocumentName="AWS-RunShellScript",
                                  Parameters={"commands": [line], **extra})["Command"]["CommandId"]
    ended: dict[str, dict[str, Any]] = {}

    def all_ended() -> bool:
        for instance_id in instance_ids:
            if instance_id not in ended:
                invocation = ssm.get_command_invocation(CommandId=command_id, InstanceId=instance_id)
                if invocation["Status"] not in ("Pending", "InProgress"):
                    ended[instance_id] = invocation
        return len(ended) == len(instance_ids)

    wait_for(f"{line} on {len(instance_ids)} nodes", all_ended, seconds)
    return ended
