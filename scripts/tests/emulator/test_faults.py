"""Each fault makes its call or behaviour fail, and only while it is active."""
from __future__ import annotations

import json
import time
from pathlib import Path

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from emulator_lab import Lab
from emulator.faults import PRESETS, FaultError, FaultSet
from emulator.lab.run import run_experiment
from emulator.server import Emulator
from emulator_lambda import deploy_variant, invoke
from emulator_nodes import launch, online, run_command, wait_for


def _no_retry_client(emulator: Emulator, service: str):
    """Standard boto3 retries would hide a single throttle; tests want to see every answer."""
    key, secret = emulator.admin_credentials
    return boto3.client(service, endpoint_url=emulator.endpoint_url, region_name="us-east-1",
                        aws_access_key_id=key, aws_secret_access_key=secret,
                        config=Config(retries={"total_max_attempts": 1}))


def test_fault_names_are_presets_calls_functions_or_files(tmp_path: Path) -> None:
    faults = FaultSet()
    for name in PRESETS:
        faults.add(name)
    faults.add("dynamodb:PutItem=ProvisionedThroughputExceededException")
    faults.add("bootstrap-crash:validate-ami")
    document = tmp_path / "faults.json"
    document.write_text(json.dumps({"calls": [{"action": "ssm:SendCommand", "errorCode": "ThrottlingException",
                                               "times": 2, "skip": 1}]}))
    faults.add(str(document))
    assert [f.action for f in faults.calls][-2:] == ["dynamodb:PutItem", "ssm:SendCommand"]
    assert [f.function for f in faults.functions] == ["*", "validate-ami"]
    with pytest.raises(FaultError, match="run-instances-capacity"):
        faults.add("no-such-fault")


def test_skip_and_times_bound_a_call_fault() -> None:
    faults = FaultSet()
    faults.add_document({"calls": [{"action": "ec2:RunInstances", "errorCode": "X", "skip": 1, "times": 2}]})
    fired = [faults.take_call_fault("ec2:RunInstances") is not None for _ in range(5)]
    assert fired == [False, True, True, False, False]


def test_run_instances_capacity_fault(emulator: Emulator) -> None:
    emulator.faults.add("run-instances-capacity")
    with pytest.raises(ClientError) as raised:
        _no_retry_client(emulator, "ec2").run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1)
    assert raised.value.response["Error"]["Code"] == "InsufficientInstanceCapacity"
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 500
    emulator.faults.clear()
    _no_retry_client(emulator, "ec2").run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1)


def test_first_terminate_instances_is_throttled_then_it_works(emulator: Emulator) -> None:
    instance_id = launch(emulator)
    emulator.faults.add("terminate-throttled-once")
    ec2 = _no_retry_client(emulator, "ec2")
    with pytest.raises(ClientError) as raised:
        ec2.terminate_instances(InstanceIds=[instance_id])
    assert raised.value.response["Error"]["Code"] == "RequestLimitExceeded"
    assert ec2.terminate_instances(InstanceIds=[instance_id])["TerminatingInstances"][0]["InstanceId"] == instance_id


def test_node_never_online_fault(emulator: Emulator) -> None:
    emulator.time_scale.factor = 1000
    emulator.faults.add("node-never-online")
    instance_id = launch(emulator)
    wait_for("running", lambda: emulator.client("ec2").describe_instances(InstanceIds=[instance_id])
             ["Reservations"][0]["Instances"][0]["State"]["Name"] == "running")
    time.sleep(0.3)  # ten times the scaled agent delay
    assert not online(emulator, instance_id)


def test_command_fails_fault(emulator: Emulator) -> None:
    emulator.time_scale.factor = 1000
    instance_id = launch(emulator)
    wait_for("SSM Online", lambda: online(emulator, instance_id))
    emulator.faults.add("command-fails")
    invocation = run_command(emulator, instance_id, "/opt/pulsar-lab/bin/echo would succeed")
    assert (invocation["Status"], invocation["ResponseCode"]) == ("Failed", 1)
    assert "injected fault" in invocation["StandardErrorContent"]


def test_bootstrap_crash_fault_fails_the_invocation_as_runtime_exit_error(lab: Lab) -> None:
    arn = deploy_variant(lab, "echo-fault-crash")
    lab.emulator.faults.add_document({"functions": [{"function": "echo-fault-crash", "times": 1}]})
    response, payload, _ = invoke(lab, arn, {"hello": 1})
    assert payload.get("errorType") == "Runtime.ExitError", payload
    assert "signal: killed" in payload["errorMessage"]
    response, payload, _ = invoke(lab, arn, {"hello": 2})
    assert "FunctionError" not in response, payload


def test_bootstrap_crash_fault_reaches_the_state_machines_catch(lab: Lab) -> None:
    lab.emulator.faults.add("bootstrap-crash:echo")
    report = run_experiment(lab.emulator, lab.deployment, {"experiment": "crash", "readiness": {"answers": [None]}})
    assert report["status"] == "FAILED", report
