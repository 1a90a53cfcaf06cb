"""DescribeInstanceInformation answers from the simulated SSM agents (moto answers HTTP 500: not implemented).

A node appears once its simulated agent registered (nodes/fleet.py) with PingStatus Online, and ConnectionLost
after it stops. Filters: InstanceIds, PingStatus, PlatformTypes, ResourceType, tag:<key>, tag-key (in either
the Filters or the older InstanceInformationFilterList form).
See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstanceInformation.html
"""
from __future__ import annotations

import datetime
from typing import Any

from moto.core.exceptions import ServiceException

from ..context import LabContext
from ..nodes.fleet import SimulatedNode
from .patching import replace

WHY = "DescribeInstanceInformation was not implemented -> answered from the simulated SSM agents"


class InvalidInstanceInformationFilterValue(ServiceException):
    code = "InvalidInstanceInformationFilterValue"


def _filters(params: dict[str, Any]) -> dict[str, list[str]]:
    wanted: dict[str, list[str]] = {}
    for item in params.get("Filters") or []:
        wanted[item["Key"]] = list(item.get("Values") or [])
    for item in params.get("InstanceInformationFilterList") or []:
        wanted[item["key"]] = list(item.get("valueSet") or [])
    return wanted


def _matches(node: SimulatedNode, status: str, wanted: dict[str, list[str]]) -> bool:
    tags = node.tags()
    for key, values in wanted.items():
        if key == "InstanceIds":
            ok = node.instance_id in values
        elif key == "PingStatus":
            ok = status in values
        elif key == "PlatformTypes":
            ok = "Linux" in values
        elif key == "ResourceType":
            ok = "EC2Instance" in values
        elif key.startswith("tag:"):
            ok = tags.get(key[4:]) in values
        elif key == "tag-key":
            ok = any(value in tags for value in values)
        else:
            raise InvalidInstanceInformationFilterValue(
                f"filter key {key} is not simulated (use InstanceIds, PingStatus, PlatformTypes, ResourceType, "
                "tag:<key> or tag-key)")
        if not ok:
            return False
    return True


def _information(node: SimulatedNode, status: str) -> dict[str, Any]:
    instance = node.instance
    return {
        "InstanceId": node.instance_id, "PingStatus": status,
        "LastPingDateTime": datetime.datetime.now(datetime.timezone.utc),
        "AgentVersion": "3.3.1957.0", "IsLatestVersion": True,
        "PlatformType": "Linux", "PlatformName": "Amazon Linux", "PlatformVersion": "2023",
        "ResourceType": "EC2Instance", "IPAddress": instance.private_ip or "",
        "ComputerName": getattr(instance, "private_dns_name", None) or node.instance_id,
        "SourceId": node.instance_id, "SourceType": "AWS::EC2::Instance",
    }


def apply(lab: LabContext) -> None:
    from moto.core.responses import ActionResult
    from moto.ssm.responses import SimpleSystemManagerResponse

    def describe_instance_information(self: Any) -> ActionResult:
        wanted = _filters(self.params if isinstance(getattr(self, "params", None), dict) else {
            "Filters": self._get_param("Filters"),
            "InstanceInformationFilterList": self._get_param("InstanceInformationFilterList")})
        listed = []
        for node in lab.fleet.nodes(self.current_account, self.region):
            status = node.ping_status
            if status is not None and _matches(node, status, wanted):
                listed.append(_information(node, status))
        return ActionResult({"InstanceInformationList": listed})

    replace(SimpleSystemManagerResponse, "describe_instance_information", describe_instance_information)
