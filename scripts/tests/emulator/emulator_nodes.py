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
