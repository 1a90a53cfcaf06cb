"""The removal that scripts/prove-least-privilege relies on really bites: with PULSAR_LAB_IAM_WITHOUT naming one
action, the deployer renders that policy without it, and the function that needs it fails with AccessDenied
naming the action. (The full proof, every action of every policy, is too long for CI: docs/least-privilege.md.)"""
from __future__ import annotations

import datetime
import json

import pytest

from lifecycle_lab import SHORT, LifecycleLab

from emulator.deploy import weakening
from emulator.deploy.deployer import Deployer


def _validate(lab: LifecycleLab, name: str) -> tuple[bool, dict]:
    execution = {"name": name,
                 "arn": f"arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:{name}",
                 "startTime": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")}
    answer = lab.client("lambda").invoke(FunctionName=lab.deployment.functions["validate-ami"],
                                         Payload=json.dumps({"spec": SHORT, "execution": execution}).encode())
    return bool(answer.get("FunctionError")), json.loads(answer["Payload"].read())


def _deployed_actions(lab: LifecycleLab) -> set[str]:
    role = lab.deployment.roles["validate-ami"].rsplit("/", 1)[-1]
    document = lab.client("iam").get_role_policy(RoleName=role, PolicyName="validate-ami")["PolicyDocument"]
    return weakening.actions_of(json.loads(document) if isinstance(document, str) else document)


def test_validate_ami_deployed_without_ec2_describe_images_fails_with_access_denied(
        lifecycle: LifecycleLab, monkeypatch: pytest.MonkeyPatch) -> None:
    deployer = Deployer(lifecycle.emulator.client)
    monkeypatch.setenv(weakening.ENV, "validate-ami:ec2:DescribeImages")
    try:
        deployer.deploy_function("validate-ami", lifecycle.deployment)
        assert "ec2:DescribeImages" not in _deployed_actions(lifecycle)
        failed, error = _validate(lifecycle, "weakened-validate-ami")
    finally:
        monkeypatch.delenv(weakening.ENV)
        deployer.deploy_function("validate-ami", lifecycle.deployment)
    assert "ec2:DescribeImages" in _deployed_actions(lifecycle), "the real policy was not put back"
    assert failed, f"validate-ami succeeded without ec2:DescribeImages: {error}"
    message = json.dumps(error)
    assert "AccessDenied" in message or "UnauthorizedOperation" in message, message
    assert "ec2:DescribeImages" in message, message
    failed, answer = _validate(lifecycle, "restored-validate-ami")
    assert not failed, f"validate-ami still fails once its policy is back: {answer}"


def test_a_removal_naming_no_action_of_the_policy_is_refused() -> None:
    with pytest.raises(weakening.WeakeningError, match="has no action ec2:DescribeImagez"):
        weakening.requested({weakening.ENV: "validate-ami:ec2:DescribeImagez"})
    with pytest.raises(weakening.WeakeningError, match="does not exist"):
        weakening.requested({weakening.ENV: "no-such-policy:ec2:DescribeImages"})
    assert weakening.requested({weakening.ENV: "echo:logs:CreateLogGroup, node:ec2:DescribeInstances"}) == [
        ("echo", "logs:CreateLogGroup"), ("node", "ec2:DescribeInstances")]
