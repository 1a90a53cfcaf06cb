"""Simulated nodes: boot and SSM registration delays, idempotent launches, interpreted node-side commands."""
from __future__ import annotations

import time

import pytest
from botocore.exceptions import ClientError

from emulator.nodes.fleet import NodeDelays
from emulator.server import Emulator
from emulator_nodes import launch, online, run_command, state, wait_for


@pytest.fixture
def fast(emulator: Emulator) -> Emulator:
    emulator.time_scale.factor = 1000  # boot 20 ms, agent 30 ms later
    return emulator


def test_a_node_is_pending_then_running_after_the_scaled_boot_delay(emulator: Emulator) -> None:
    emulator.time_scale.factor = 10  # 2 s of boot: long enough to see pending on a loaded machine
    instance_id = launch(emulator)
    launched = time.monotonic()
    assert state(emulator, instance_id) == "pending"
    wait_for("running", lambda: state(emulator, instance_id) == "running")
    elapsed = time.monotonic() - launched
    assert elapsed < NodeDelays.BOOT / 10 + 1.0, f"boot took {elapsed:.2f} s after RunInstances returned"


def test_ssm_reports_the_node_online_only_after_its_agent_registered(fast: Emulator) -> None:
    fast.time_scale.factor = 100  # 0.2 s boot + 0.3 s agent: long enough to look before
    instance_id = launch(fast)
    assert not online(fast, instance_id), "a pending node must not be Online yet"
    wait_for("SSM Online", lambda: online(fast, instance_id))
    listed = fast.client("ssm").describe_instance_information(
        Filters=[{"Key": "tag:Component", "Values": ["broker"]}, {"Key": "PingStatus", "Values": ["Online"]}])
    assert instance_id in [item["InstanceId"] for item in listed["InstanceInformationList"]]


def test_a_terminated_node_reports_connection_lost(fast: Emulator) -> None:
    instance_id = launch(fast)
    wait_for("SSM Online", lambda: online(fast, instance_id))
    fast.client("ec2").terminate_instances(InstanceIds=[instance_id])
    listed = fast.client("ssm").describe_instance_information(
        InstanceInformationFilterList=[{"key": "InstanceIds", "valueSet": [instance_id]}])["InstanceInformationList"]
    assert listed[0]["PingStatus"] == "ConnectionLost"


def test_run_instances_with_the_same_client_token_returns_the_same_reservation(fast: Emulator) -> None:
    ec2 = fast.client("ec2")
    first = ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, ClientToken="exp-1-broker")
    again = ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, ClientToken="exp-1-broker")
    assert again["ReservationId"] == first["ReservationId"]
    assert [i["InstanceId"] for i in again["Instances"]] == [i["InstanceId"] for i in first["Instances"]]
    with pytest.raises(ClientError) as raised:
        ec2.run_instances(ImageId="ami-12c6146b", MinCount=2, MaxCount=2, ClientToken="exp-1-broker")
    assert raised.value.response["Error"]["Code"] == "IdempotentParameterMismatch"


def test_a_command_to_a_node_that_is_not_online_is_rejected(emulator: Emulator) -> None:
    emulator.time_scale.factor = 1  # stays pending for the whole test
    instance_id = launch(emulator)
    with pytest.raises(ClientError) as raised:
        emulator.client("ssm").send_command(InstanceIds=[instance_id], DocumentName="AWS-RunShellScript",
                                            Parameters={"commands": ["/opt/pulsar-lab/bin/echo hi"]})
    assert raised.value.response["Error"]["Code"] == "InvalidInstanceId"


def test_echo_command_reports_output_exit_code_and_writes_its_s3_object(fast: Emulator) -> None:
    fast.client("s3").create_bucket(Bucket="node-command-results")
    instance_id = launch(fast)
    wait_for("SSM Online", lambda: online(fast, instance_id))
    invocation = run_command(fast, instance_id,
                             "/opt/pulsar-lab/bin/echo --upload s3://node-command-results/a/out.txt benchmark done")
    assert (invocation["Status"], invocation["ResponseCode"]) == ("Success", 0)
    assert invocation["StandardOutputContent"] == "benchmark done\n"
    body = fast.client("s3").get_object(Bucket="node-command-results", Key="a/out.txt")["Body"].read()
    assert body == b"benchmark done\n"


def test_a_failing_line_makes_the_command_fail_with_its_exit_code(fast: Emulator) -> None:
    instance_id = launch(fast)
    wait_for("SSM Online", lambda: online(fast, instance_id))
    invocation = run_command(fast, instance_id, "/opt/pulsar-lab/bin/echo --exit-code 3 checking")
    assert (invocation["Status"], invocation["ResponseCode"]) == ("Failed", 3)


def test_an_unknown_command_exits_127_like_bash(fast: Emulator) -> None:
    instance_id = launch(fast)
    wait_for("SSM Online", lambda: online(fast, instance_id))
    invocation = run_command(fast, instance_id, "/opt/pulsar-lab/bin/not-installed --now")
    assert invocation["ResponseCode"] == 127
    assert "/opt/pulsar-lab/bin/not-installed: command not found" in invocation["StandardErrorContent"]


def test_command_output_goes_to_s3_when_the_command_asks(fast: Emulator) -> None:
    fast.client("s3").create_bucket(Bucket="ssm-output")
    instance_id = launch(fast)
    wait_for("SSM Online", lambda: online(fast, instance_id))
    invocation = run_command(fast, instance_id, "/opt/pulsar-lab/bin/echo logged", OutputS3BucketName="ssm-output",
                             OutputS3KeyPrefix="runs")
    key = f"runs/{invocation['CommandId']}/{instance_id}/awsrunShellScript/0.awsrunShellScript/stdout"
    assert fast.client("s3").get_object(Bucket="ssm-output", Key=key)["Body"].read() == b"logged\n"


def test_a_command_takes_its_emulated_duration_divided_by_the_time_factor(emulator: Emulator) -> None:
    emulator.time_scale.factor = 1000
    instance_id = launch(emulator)
    wait_for("SSM Online", lambda: online(emulator, instance_id))
    emulator.time_scale.factor = 10
    started = time.monotonic()
    run_command(emulator, instance_id, "/opt/pulsar-lab/bin/echo --seconds 5 slow")
    elapsed = time.monotonic() - started
    assert 0.45 <= elapsed < 2.0, f"5 emulated seconds at factor 10 took {elapsed:.2f} s"


def test_terminated_instances_give_their_addresses_back_so_a_24_outlasts_250_launches(fast: Emulator) -> None:
    ec2 = fast.client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.77.0.0/16")["Vpc"]["VpcId"]
    subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.77.1.0/24")["Subnet"]["SubnetId"]
    launched = 0
    while launched < 300:  # a /24 holds 251 usable addresses
        ids = [i["InstanceId"] for i in ec2.run_instances(ImageId="ami-12c6146b", MinCount=10, MaxCount=10,
                                                          SubnetId=subnet)["Instances"]]
        launched += len(ids)
        ec2.terminate_instances(InstanceIds=ids)
    assert launched == 300
