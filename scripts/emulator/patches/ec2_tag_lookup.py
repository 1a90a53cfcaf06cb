"""A resource's own tags by direct lookup, instead of a scan of every tag of every resource.

moto's TaggedEC2Resource.get_tags calls describe_tags(filters={"resource-id": [id]}), which walks all tags of the
account and region with a regular expression per entry; every tag filter of a Describe call does that for every
resource, so a tag-filtered DescribeInstances over N tagged instances costs O(N²). With the janitor's 500-instance
sweep that was 3-5 s per Describe page and ~45 s per sweep, close to the function's 60 s timeout, for cost that AWS
does not have. The replacement returns the same entries (resource_id, key, value, resource_type) from the tag
dictionary moto keeps per resource id; EC2 ids contain no wildcard characters, so an exact lookup is what the
resource-id filter matched.
"""
from __future__ import annotations

from typing import Any

from ..context import LabContext
from .patching import replace

WHY = "get_tags scanned every tag of the region per resource (O(N^2) tag filters) -> direct lookup by resource id"


def apply(lab: LabContext) -> None:
    from moto.ec2.models.core import TaggedEC2Resource
    from moto.ec2.utils import EC2_PREFIX_TO_RESOURCE, get_prefix

    def get_tags(self: Any) -> list[dict[str, str]]:
        resource_id = getattr(self, "id", None)
        if not resource_id:
            return []
        tags = self.ec2_backend.tags.get(resource_id)
        if not tags:
            return []
        resource_type = EC2_PREFIX_TO_RESOURCE.get(get_prefix(resource_id), "")
        return [{"resource_id": resource_id, "key": key, "value": value, "resource_type": resource_type}
                for key, value in dict(tags).items()]

    replace(TaggedEC2Resource, "get_tags", get_tags)
