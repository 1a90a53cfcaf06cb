"""The wiring contract (docs/janitor.md) holds between Terraform and the janitor: the sweep schedule's input is
recognised as a sweep, the failure rule's statuses are exactly those the janitor cleans after, and the function
runs under terraform/policies/janitor.json."""
from __future__ import annotations

import json
import re
from pathlib import Path

from janitor_lab import JANITOR, JanitorLab

from emulator.constants import Lab, Paths
from emulator.deploy import templates, variables

TERRAFORM = Paths.REPO_ROOT / "terraform"


def _block(path: Path, header: str) -> str:
    """The text of the block that starts with `header` (braces balanced)."""
    text = path.read_text()
    start = text.index(header)
    depth = 0
    for index in range(text.index("{", start), len(text)):
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        if depth == 0:
            return text[start:index + 1]
    raise AssertionError(f"unbalanced block {header} in {path}")


def test_terraforms_sweep_input_is_a_sweep_for_the_janitor(lab: JanitorLab) -> None:
    block = _block(TERRAFORM / "variables.tf", 'variable "janitor_sweep_input"')
    match = re.search(r'default\s*=\s*"((?:[^"\\]|\\.)*)"', block)
    assert match, f"no default in {block}"
    sweep_input = json.loads(match.group(1).replace('\\"', '"'))
    assert sweep_input == {"action": "sweep"}, sweep_input
    summary = lab.invoke(sweep_input)
    assert summary["trigger"] == "sweep" and summary["dryRun"] is False, summary


def test_the_failure_rule_sends_exactly_the_statuses_the_janitor_cleans_after(lab: JanitorLab) -> None:
    rule = _block(TERRAFORM / "modules" / "orchestration" / "main.tf",
                  'resource "aws_cloudwatch_event_rule" "execution_ended_badly"')
    statuses = json.loads(re.search(r"status\s*=\s*(\[[^\]]*\])", rule).group(1))
    assert 'source        = ["aws.states"]' in rule and '"Step Functions Execution Status Change"' in rule, rule
    arn = f"arn:aws:states:{Lab.REGION}:{Lab.ACCOUNT_ID}:execution:{Lab.NAME_PREFIX}-experiment:wiring-check"
    for status in ("FAILED", "TIMED_OUT", "ABORTED", "SUCCEEDED", "RUNNING"):
        summary = lab.status_change(arn, status)
        handled = "ignored" not in summary
        assert handled == (status in statuses), f"{status}: rule sends {statuses}, janitor handled={handled}: {summary}"


def test_the_janitor_runs_under_its_terraform_policy(lab: JanitorLab) -> None:
    role = lab.deployment.roles[JANITOR].rsplit("/", 1)[-1]
    iam = lab.client("iam")
    deployed = iam.get_role_policy(RoleName=role, PolicyName=JANITOR)["PolicyDocument"]
    if isinstance(deployed, str):
        deployed = json.loads(deployed)
    path = TERRAFORM / "policies" / "janitor.json"
    rendered = templates.render(path.read_text(), variables.for_policy(JANITOR, Lab.ACCOUNT_ID, Lab.REGION), source=str(path))
    assert deployed == json.loads(rendered)
    actions = {a for s in deployed["Statement"] for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])}
    # What the janitor calls, and nothing it does not (least privilege): AMIs, snapshots and S3 deletes are absent.
    assert actions == {
        "ec2:TerminateInstances", "ec2:CancelSpotInstanceRequests", "ec2:DeleteVolume", "ec2:DeleteNetworkInterface",
        "ec2:DeletePlacementGroup", "ec2:DeleteSecurityGroup", "ec2:DescribeInstances", "ec2:DescribeNetworkInterfaces",
        "ec2:DescribePlacementGroups", "ec2:DescribeSecurityGroups", "ec2:DescribeSpotInstanceRequests",
        "ec2:DescribeVolumes", "states:DescribeExecution", "s3:PutObject", "dynamodb:GetItem", "dynamodb:UpdateItem",
        "logs:CreateLogStream", "logs:PutLogEvents"}, sorted(actions)
