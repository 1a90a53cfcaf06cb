"""SSM commands sent to simulated nodes are interpreted (nodes/command_runner.py) instead of answered empty.

moto records SendCommand and reports every invocation `Success` with no output, at once, executing nothing.
For an instance the fleet knows, the command now runs the registered node-side interpreters and reports their
exit code, output and S3 objects after their (scaled) duration. A command to a node whose agent is not Online
fails as SSM fails it: InvalidInstanceId.

moto also resolves an empty `Targets` list as "every instance in the region" (its EC2 filter is then empty), so
a command sent by InstanceIds alone reached every node of every experiment; with no Targets, only the named
instances receive it, as on SSM.
"""
from __future__ import annotations

from typing import Any

from moto.core.exceptions import ServiceException

from ..context import LabContext
from .patching import original, replace

WHY = ("SendCommand executed nothing and, without Targets, addressed every instance -> the named instances run the "
       "node-side commands, interpreted on simulated nodes")


class InvalidInstanceId(ServiceException):
    code = "InvalidInstanceId"


def apply(lab: LabContext) -> None:
    from moto.ssm.models import Command, SimpleSystemManagerBackend

    moto_targets = original(Command, "_get_instance_ids_from_targets")

    def _get_instance_ids_from_targets(self: Any) -> list[str]:
        return moto_targets(self) if self.targets else []

    replace(Command, "_get_instance_ids_from_targets", _get_instance_ids_from_targets)
    moto_send_command = original(SimpleSystemManagerBackend, "send_command")

    def send_command(self: Any, *args: Any, **kwargs: Any) -> Any:
        for instance_id in kwargs.get("instance_ids") or []:
            node = lab.fleet.node(instance_id)
            if node is not None and node.ping_status != "Online":
                raise InvalidInstanceId(f"Instances [[{instance_id}]] not in a valid state for account "
                                        f"{self.account_id} (simulated SSM agent is not Online)")
        command = moto_send_command(self, *args, **kwargs)
        for instance_id in command.instance_ids:
            node = lab.fleet.node(instance_id)
            if node is not None:
                lab.command_runner.start(command, node)
        return command

    replace(SimpleSystemManagerBackend, "send_command", send_command)
