"""Finds what an experiment left behind: anything still tagged with its id that is not gone.

Teardown's promise (DESIGN.md) is that nothing tagged with the experiment remains; the lab checks it after
every run the way the janitor would, by tag.
"""
from __future__ import annotations

from typing import Any, Callable

TAG = "ExperimentID"


def find(client: Callable[[str], Any], experiment_id: str) -> list[str]:
    ec2 = client("ec2")
    tagged = [{"Name": f"tag:{TAG}", "Values": [experiment_id]}]
    left: list[str] = []
    for reservation in ec2.describe_instances(Filters=tagged)["Reservations"]:
        for instance in reservation["Instances"]:
            if instance["State"]["Name"] != "terminated":
                left.append(f"instance {instance['InstanceId']} ({instance['State']['Name']})")
    for volume in ec2.describe_volumes(Filters=tagged)["Volumes"]:
        left.append(f"volume {volume['VolumeId']} ({volume['State']})")
    # Placement groups: moto 5.2.5 does not implement DescribePlacementGroups; the tagging API below lists them.
    tagging = client("resourcegroupstaggingapi")
    listed = tagging.get_resources(TagFilters=[{"Key": TAG, "Values": [experiment_id]}])
    for item in listed["ResourceTagMappingList"]:
        arn = item["ResourceARN"]
        if ":instance/" in arn or ":volume/" in arn:
            continue  # judged above by state: a terminated instance stays listed for a while, as on AWS
        left.append(arn)
    return left
