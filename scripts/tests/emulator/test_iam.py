"""IAM is enforced: each function calls AWS as its role's principal, and a missing action is AccessDenied."""
from __future__ import annotations

import json
import time

import boto3
import pytest
from botocore.exceptions import ClientError

from emulator_lab import Lab, python_bootstrap, zip_with
from emulator.deploy import variables
from emulator_lambda import deploy_variant, invoke


def _echo_policy_without(action: str) -> str:
    """terraform/policies/echo.json as the lab renders it for the probe, minus one action."""
    rendered = _render_echo_policy("pulsar-aws-lab-probe-iam")
    assert action in rendered, f"{action} is not in echo.json: this test no longer removes anything"
    document = json.loads(rendered)
    for statement in document["Statement"]:
        actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
        statement["Action"] = [a for a in actions if a != action] or ["logs:DescribeLogStreams"]
    return json.dumps(document)


def _render_echo_policy(function_name: str) -> str:
    from emulator.constants import Paths
    from emulator.deploy import templates
    values = dict(variables.for_policy("echo", "123456789012", "us-east-1"), function_name=function_name)
    return templates.render((Paths.POLICIES / "echo.json").read_text(), values, source="echo.json")


def _probe(lab: Lab, name: str, policy: str) -> str:
    return deploy_variant(lab, name, policy=policy,
                          zip_bytes=zip_with({"bootstrap": (python_bootstrap("probe_bootstrap.py"), 0o755)}))


@pytest.mark.iam_proves("echo:logs:*")
def test_echo_writes_its_logs_with_its_role_creating_its_own_log_group(lab: Lab) -> None:
    """Lambda writes a function's output to /aws/lambda/<function> with the execution role: echo's role creates
    the group (nobody else does: Terraform does not deploy echo), its stream, and puts the lines. Remove
    logs:CreateLogGroup, logs:CreateLogStream or logs:PutLogEvents from terraform/policies/echo.json and the logs
    are dropped (as on AWS) and this test fails naming the missing action."""
    group = "/aws/lambda/pulsar-aws-lab-echo"
    logs = lab.client("logs")
    if logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"]:
        logs.delete_log_group(logGroupName=group)
    lab.emulator.lambda_service.reclaim_idle("pulsar-aws-lab-echo")  # a new environment: a new stream
    since = int(time.time() * 1000) - 1000
    response, payload, _ = invoke(lab, lab.deployment.functions["echo"], {"echo": "to the log group"})
    assert "FunctionError" not in response, payload
    problem = lab.emulator.lambda_service.log_problems.get("pulsar-aws-lab-echo", "no reason recorded")
    assert logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"], f"no log group {group}: {problem}"
    lines = [event["message"] for event in logs.filter_log_events(logGroupName=group, startTime=since)["events"]]
    assert any(line.startswith("START RequestId:") for line in lines) and \
        any(line.startswith("REPORT RequestId:") for line in lines), f"echo's output is not in {group}: {problem}"


def test_a_function_calls_aws_as_its_role_and_the_policy_allows_it(lab: Lab) -> None:
    arn = _probe(lab, "probe-iam", _render_echo_policy("pulsar-aws-lab-probe-iam"))
    group = "/aws/lambda/pulsar-aws-lab-probe-iam"
    invoke(lab, arn, {"env": True})  # the first invocation creates the function's log group, as Lambda does
    lab.client("logs").create_log_stream(logGroupName=group, logStreamName="unused")
    response, payload, _ = invoke(lab, arn, {"call": {"service": "logs", "operation": "create_log_stream",
                                                      "params": {"logGroupName": group, "logStreamName": "mine"}}})
    assert "FunctionError" not in response, payload
    response, payload, _ = invoke(lab, arn, {"call": {"service": "logs", "operation": "put_log_events", "params": {
        "logGroupName": group, "logStreamName": "mine",
        "logEvents": [{"timestamp": int(time.time() * 1000), "message": "hello"}]}}})
    assert "FunctionError" not in response, payload


def test_removing_an_action_from_the_policy_makes_the_call_access_denied(lab: Lab) -> None:
    arn = _probe(lab, "probe-iam", _echo_policy_without("logs:PutLogEvents"))
    group = "/aws/lambda/pulsar-aws-lab-probe-iam"
    invoke(lab, arn, {"env": True})
    lab.client("logs").create_log_stream(logGroupName=group, logStreamName="denied")
    response, payload, _ = invoke(lab, arn, {"call": {"service": "logs", "operation": "put_log_events", "params": {
        "logGroupName": group, "logStreamName": "denied",
        "logEvents": [{"timestamp": int(time.time() * 1000), "message": "hello"}]}}})
    assert response.get("FunctionError"), payload
    assert payload["errorType"] == "AccessDeniedException", payload
    assert "logs:PutLogEvents" in payload["errorMessage"]
    # Put the real policy back: the next invocation's principal has it again, without a redeploy of code.
    _probe(lab, "probe-iam", _render_echo_policy("pulsar-aws-lab-probe-iam"))
    response, payload, _ = invoke(lab, arn, {"call": {"service": "logs", "operation": "put_log_events", "params": {
        "logGroupName": group, "logStreamName": "denied",
        "logEvents": [{"timestamp": int(time.time() * 1000), "message": "hello"}]}}})
    assert "FunctionError" not in response, payload


def test_a_service_the_policy_never_mentions_is_denied(lab: Lab) -> None:
    arn = _probe(lab, "probe-iam-ec2", _render_echo_policy("pulsar-aws-lab-probe-iam-ec2"))
    response, payload, _ = invoke(lab, arn, {"call": {"service": "ec2", "operation": "describe_instances"}})
    assert response.get("FunctionError"), payload
    assert "ec2:DescribeInstances" in payload["errorMessage"], payload


def test_unknown_access_keys_are_rejected(lab: Lab) -> None:
    client = boto3.client("sts", endpoint_url=lab.emulator.endpoint_url, region_name="us-east-1",
                          aws_access_key_id="AKIANOTAREALKEY00000", aws_secret_access_key="nope")
    with pytest.raises(ClientError) as raised:
        client.get_caller_identity()
    assert raised.value.response["Error"]["Code"] == "InvalidClientTokenId"


def test_step_functions_invokes_lambda_as_the_state_machine_role(lab: Lab) -> None:
    sfn_role = lab.deployment.roles["state-machine"].rsplit("/", 1)[-1]
    iam = lab.client("iam")
    original = iam.get_role_policy(RoleName=sfn_role, PolicyName="state-machine")["PolicyDocument"]
    iam.put_role_policy(RoleName=sfn_role, PolicyName="state-machine", PolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "lambda:GetFunction", "Resource": "*"}]}))
    try:
        from emulator.lab.run import full_history, run_experiment
        report = run_experiment(lab.emulator, lab.deployment, {"experiment": "iam", "readiness": {"answers": [None]}})
        events = full_history(lab.client("stepfunctions"), report["executionArn"])
        errors = [e["taskFailedEventDetails"]["error"] for e in events if e["type"] == "TaskFailed"]
        assert report["status"] == "FAILED" and errors and errors[0].startswith("Lambda."), (report, errors)
    finally:
        iam.put_role_policy(RoleName=sfn_role, PolicyName="state-machine",
                            PolicyDocument=original if isinstance(original, str) else json.dumps(original))


def test_bucket_encryption_is_checked_as_iam_names_it(lab: Lab) -> None:
    """GetBucketEncryption (the SSM agent asks it before uploading a command's output) needs
    s3:GetEncryptionConfiguration, not s3:ListBucket as moto's action map had it."""
    iam = lab.client("iam")
    name = "pulsar-aws-lab-probe-encryption"
    try:
        arn = iam.get_role(RoleName=name)["Role"]["Arn"]
    except iam.exceptions.NoSuchEntityException:
        arn = iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
                                                    "Action": "sts:AssumeRole"}]}))["Role"]["Arn"]
    bucket = lab.deployment.results_bucket
    for actions, allowed in ((["s3:ListBucket"], False), (["s3:GetEncryptionConfiguration"], True)):
        iam.put_role_policy(RoleName=name, PolicyName="probe", PolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]}))
        s3 = lab.client("s3", lab.emulator.principals.for_role(arn))
        if allowed:
            rules = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"]
            assert rules[0]["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256", rules
        else:
            with pytest.raises(ClientError) as raised:
                s3.get_bucket_encryption(Bucket=bucket)
            assert raised.value.response["Error"]["Code"] == "AccessDenied", raised.value.response
