"""The emulator's placement groups (patches/ec2_placement_groups.py) answer as EC2 does for what the lab uses."""
from __future__ import annotations

import pytest
from botocore.exceptions import ClientError

from janitor_lab import JanitorLab, experiment_tags, future, unique


def test_placement_groups_are_created_tagged_filtered_listed_and_deleted(lab: JanitorLab) -> None:
    ec2 = lab.client("ec2")
    experiment = unique("pg")
    name = lab.placement_group(f"pulsar-aws-lab-{experiment}", experiment_tags(experiment, expires_at=future()))
    untagged = lab.placement_group(f"untagged-{experiment}", None)
    with pytest.raises(ClientError) as duplicate:
        lab.placement_group(name, None)
    assert duplicate.value.response["Error"]["Code"] == "InvalidPlacementGroup.Duplicate"

    tagged = ec2.describe_placement_groups(Filters=[{"Name": "tag:ExperimentID", "Values": [experiment]}])["PlacementGroups"]
    assert [g["GroupName"] for g in tagged] == [name]
    assert {t["Key"]: t["Value"] for t in tagged[0]["Tags"]}["Project"] == "pulsar-aws-lab"
    assert tagged[0]["Strategy"] == "cluster" and tagged[0]["State"] == "available" and tagged[0]["GroupId"].startswith("pg-")
    listed = lab.client("resourcegroupstaggingapi").get_resources(
        TagFilters=[{"Key": "ExperimentID", "Values": [experiment]}])["ResourceTagMappingList"]
    assert [r["ResourceARN"].rsplit("/", 1)[-1] for r in listed] == [name]

    ec2.delete_placement_group(GroupName=name)
    ec2.delete_placement_group(GroupName=untagged)
    with pytest.raises(ClientError) as unknown:
        ec2.delete_placement_group(GroupName=name)
    assert unknown.value.response["Error"]["Code"] == "InvalidPlacementGroup.Unknown"
    with pytest.raises(ClientError) as described:
        ec2.describe_placement_groups(GroupNames=[name])
    assert described.value.response["Error"]["Code"] == "InvalidPlacementGroup.Unknown"
