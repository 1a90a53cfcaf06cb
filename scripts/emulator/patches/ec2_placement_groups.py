"""Placement groups: CreatePlacementGroup, DescribePlacementGroups and DeletePlacementGroup, tagged at creation.

moto 5.2.5 implements none of the three (NotImplementedError). apply-infra creates one per experiment when the spec
asks for it, and teardown and the janitor find it by its tags and delete it, so the lab needs them. Stored per
account and region on moto's EC2 backend; names are unique there as on AWS (InvalidPlacementGroup.Duplicate), an
unknown name is InvalidPlacementGroup.Unknown; filters group-name, group-id, state, strategy, tag:<key>, tag-key,
tag-value; the Resource Groups Tagging API lists them (`ec2:placement-group`).
Known gap: moto does not keep RunInstances' Placement.GroupName, so DeletePlacementGroup does not refuse a group
that still has instances (AWS answers InvalidPlacementGroup.InUse); callers must order deletion themselves.
See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreatePlacementGroup.html
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Iterator

from moto.core.exceptions import ServiceException

from ..context import LabContext
from .patching import original, replace

WHY = "Create/Describe/DeletePlacementGroup were not implemented -> stored per account and region, tagged, filtered"

STRATEGIES = ("cluster", "spread", "partition")
_lock = threading.Lock()


class InvalidPlacementGroupDuplicate(ServiceException):
    code = "InvalidPlacementGroup.Duplicate"


class InvalidPlacementGroupUnknown(ServiceException):
    code = "InvalidPlacementGroup.Unknown"


class InvalidParameterValue(ServiceException):
    code = "InvalidParameterValue"


@dataclass
class PlacementGroup:
    name: str
    group_id: str
    strategy: str
    arn: str
    partition_count: int | None = None
    state: str = "available"
    tags: dict[str, str] = field(default_factory=dict)

    def shape(self) -> dict[str, Any]:
        """The botocore `PlacementGroup` shape moto serialises."""
        result: dict[str, Any] = {"GroupName": self.name, "State": self.state, "Strategy": self.strategy,
                                  "GroupId": self.group_id, "GroupArn": self.arn,
                                  "Tags": [{"Key": k, "Value": v} for k, v in self.tags.items()]}
        if self.partition_count is not None:
            result["PartitionCount"] = self.partition_count
        return result

    def matches(self, filters: dict[str, list[str]]) -> bool:
        for name, values in filters.items():
            if name == "group-name":
                ok = self.name in values
            elif name == "group-id":
                ok = self.group_id in values
            elif name == "state":
                ok = self.state in values
            elif name == "strategy":
                ok = self.strategy in values
            elif name == "tag-key":
                ok = any(key in values for key in self.tags)
            elif name == "tag-value":
                ok = any(value in values for value in self.tags.values())
            elif name.startswith("tag:"):
                ok = self.tags.get(name[4:]) in values
            else:
                raise InvalidParameterValue(f"The filter '{name}' is invalid")
            if not ok:
                return False
        return True


def groups_of(backend: Any) -> dict[str, PlacementGroup]:
    """The placement groups of one EC2 backend (one account and region), by name."""
    store = backend.__dict__.get("lab_placement_groups")
    if store is None:
        store = backend.__dict__.setdefault("lab_placement_groups", {})
    return store


def apply(lab: LabContext) -> None:
    from moto.core.resource_tagging import TaggedResource
    from moto.core.responses import ActionResult
    from moto.ec2.models import EC2Backend
    from moto.ec2.responses import EC2Response
    from moto.moto_api._internal import mock_random

    def create_placement_group(self: Any) -> Any:
        name = self._get_param("GroupName")
        strategy = self._get_param("Strategy") or "cluster"
        if not name:
            raise InvalidParameterValue("GroupName is required")
        if strategy not in STRATEGIES:
            raise InvalidParameterValue(f"Strategy '{strategy}' is not one of {', '.join(STRATEGIES)}")
        tags = self._parse_tag_specification("placement-group").get("placement-group", {})
        self.error_on_dryrun()
        backend = self.ec2_backend
        with _lock:
            groups = groups_of(backend)
            if name in groups:
                raise InvalidPlacementGroupDuplicate(f"The Placement Group '{name}' already exists.")
            group_id = "pg-" + mock_random.get_random_hex(17)
            group = PlacementGroup(
                name=name, group_id=group_id, strategy=strategy, tags=dict(tags),
                partition_count=self._get_int_param("PartitionCount") if strategy == "partition" else None,
                arn=f"arn:{backend.partition}:ec2:{backend.region_name}:{backend.account_id}:placement-group/{name}")
            groups[name] = group
        return ActionResult({"PlacementGroup": group.shape()})

    def describe_placement_groups(self: Any) -> Any:
        names = self._get_param("GroupNames", []) or []
        ids = self._get_param("GroupIds", []) or []
        filters = self._filters_from_querystring()
        with _lock:
            groups = list(groups_of(self.ec2_backend).values())
        for name in names:
            if not any(group.name == name for group in groups):
                raise InvalidPlacementGroupUnknown(f"The Placement Group '{name}' is unknown.")
        selected = [group for group in groups
                    if (not names or group.name in names) and (not ids or group.group_id in ids)
                    and group.matches(filters)]
        return ActionResult({"PlacementGroups": [group.shape() for group in selected]})

    def delete_placement_group(self: Any) -> Any:
        name = self._get_param("GroupName")
        self.error_on_dryrun()
        with _lock:
            if groups_of(self.ec2_backend).pop(name, None) is None:
                raise InvalidPlacementGroupUnknown(f"The Placement Group '{name}' is unknown.")
        return ActionResult({})

    replace(EC2Response, "create_placement_group", create_placement_group)
    replace(EC2Response, "describe_placement_groups", describe_placement_groups)
    replace(EC2Response, "delete_placement_group", delete_placement_group)

    moto_iter_tagged_resources = original(EC2Backend, "iter_tagged_resources")

    def iter_tagged_resources(self: Any) -> Iterator[Any]:
        yield from moto_iter_tagged_resources(self)
        with _lock:
            groups = list(groups_of(self).values())
        for group in groups:
            yield TaggedResource(arn=group.arn, tags=dict(group.tags), resource_type="ec2:placement-group")

    replace(EC2Backend, "iter_tagged_resources", iter_tagged_resources)
