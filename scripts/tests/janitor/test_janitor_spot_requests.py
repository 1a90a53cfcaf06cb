"""The sweep cancels the spot requests an expired experiment left (terraform/policies/janitor.json,
CancelOnlyExperimentSpotRequests): a spot node's request would otherwise relaunch or linger after its node is gone."""
from __future__ import annotations

import pytest

from janitor_lab import JanitorLab, experiment_tags, past, summary_resources, unique


@pytest.mark.iam_proves("janitor:ec2:CancelSpotInstanceRequests")
def test_an_expired_experiments_spot_request_is_cancelled(lab: JanitorLab) -> None:
    experiment = unique("spot")
    tags = [{"Key": k, "Value": v} for k, v in experiment_tags(experiment, expires_at=past()).items()]
    ec2 = lab.client("ec2")
    request_id = ec2.request_spot_instances(
        InstanceCount=1, Type="one-time", LaunchSpecification={
            "ImageId": lab.deployment.ami_id, "InstanceType": "t3.micro", "SubnetId": lab.deployment.subnet_id},
        TagSpecifications=[{"ResourceType": "spot-instances-request", "Tags": tags}],
    )["SpotInstanceRequests"][0]["SpotInstanceRequestId"]
    # moto fulfils the request at once with an untagged instance: not the lab's, so the sweep leaves it (as EC2
    # leaves a spot node running when its request is cancelled); the test removes it afterwards.
    instance = ec2.describe_spot_instance_requests(
        SpotInstanceRequestIds=[request_id])["SpotInstanceRequests"][0].get("InstanceId")
    try:
        summary = lab.sweep()
        assert ("spot-instance-request", request_id) in summary_resources(summary, "deleted"), summary["resources"]
        left = ec2.describe_spot_instance_requests(
            Filters=[{"Name": "tag:ExperimentID", "Values": [experiment]}])["SpotInstanceRequests"]
        assert all(r["State"] in ("cancelled", "closed") for r in left), left
    finally:
        if instance:
            ec2.terminate_instances(InstanceIds=[instance])
