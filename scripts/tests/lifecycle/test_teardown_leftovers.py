"""Teardown removes everything tagged with its experiment, not only the instances: a detached volume (a journal
disk kept by DeleteOnTermination=false), a network interface, the placement group and a spot request
(terraform/policies/teardown.json grants exactly these deletes, on the experiment's tags)."""
from __future__ import annotations

import datetime
import json
import time
from typing import Any

import pytest

from lifecycle_lab import SHORT, LifecycleLab

from emulator.constants import Lab


def _invoke(lab: LifecycleLab, function: str, payload: dict[str, Any]) -> tuple[bool, Any]:
    answer = lab.client("lambda").invoke(FunctionName=lab.deployment.functions[function],
                                         Payload=json.dumps(payload).encode())
    return bool(answer.get("FunctionError")), json.loads(answer["Payload"].read() or b"null")


@pytest.mark.iam_proves("teardown:ec2:Delete*", "teardown:ec2:CancelSpotInstanceRequests")
def test_teardown_removes_the_volumes_interfaces_placement_group_and_spot_requests_it_left(
        lifecycle: LifecycleLab) -> None:
    lab = lifecycle
    experiment_id = f"leftovers-{time.strftime('%H%M%S', time.gmtime())}-{int(time.time() * 1000) % 1000:03d}"
    now = datetime.datetime.now(datetime.timezone.utc)
    execution = {"name": experiment_id, "startTime": now.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                 "arn": f"arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:{experiment_id}"}
    failed, experiment = _invoke(lab, "validate-ami", {"spec": SHORT, "execution": execution})
    assert not failed, experiment
    expires = (now + datetime.timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ")
    tags = [{"Key": k, "Value": v} for k, v in {
        "Project": Lab.PROJECT_TAG, "ManagedBy": Lab.PROJECT_TAG, "ExperimentID": experiment_id,
        "Component": "bookkeeper", "ExpiresAt": expires}.items()]
    ec2 = lab.client("ec2")
    volume = ec2.create_volume(AvailabilityZone=f"{Lab.REGION}a", Size=1, TagSpecifications=[
        {"ResourceType": "volume", "Tags": tags}])["VolumeId"]
    interface = ec2.create_network_interface(SubnetId=lab.deployment.subnet_id, TagSpecifications=[
        {"ResourceType": "network-interface", "Tags": tags}])["NetworkInterface"]["NetworkInterfaceId"]
    group = f"{Lab.NAME_PREFIX}-{experiment_id}"
    ec2.create_placement_group(GroupName=group, Strategy="cluster", TagSpecifications=[
        {"ResourceType": "placement-group", "Tags": tags}])
    spot = ec2.request_spot_instances(InstanceCount=1, Type="one-time", LaunchSpecification={
        "ImageId": lab.deployment.ami_id, "InstanceType": "t3.micro", "SubnetId": lab.deployment.subnet_id},
        TagSpecifications=[{"ResourceType": "spot-instances-request", "Tags": tags}])["SpotInstanceRequests"][0]
    # moto fulfils the request at once with an untagged instance (not the experiment's): removed afterwards.
    spot_instance = ec2.describe_spot_instance_requests(
        SpotInstanceRequestIds=[spot["SpotInstanceRequestId"]])["SpotInstanceRequests"][0].get("InstanceId")
    try:
        failed, result = _invoke(lab, "teardown", {"experiment": experiment, "outcome": "FAILED"})
    finally:
        if spot_instance:
            ec2.terminate_instances(InstanceIds=[spot_instance])
    assert not failed, f"teardown did not finish: {result}"
    left = []
    if ec2.describe_volumes(Filters=[{"Name": "volume-id", "Values": [volume]}])["Volumes"]:
        left.append(volume)
    if ec2.describe_network_interfaces(
            Filters=[{"Name": "network-interface-id", "Values": [interface]}])["NetworkInterfaces"]:
        left.append(interface)
    if any(g["GroupName"] == group for g in ec2.describe_placement_groups()["PlacementGroups"]):
        left.append(group)
    requests = ec2.describe_spot_instance_requests(
        Filters=[{"Name": "tag:ExperimentID", "Values": [experiment_id]}])["SpotInstanceRequests"]
    left += [r["SpotInstanceRequestId"] for r in requests if r["State"] not in ("cancelled", "closed")]
    assert not left, f"teardown left {left}; it answered {result}"
