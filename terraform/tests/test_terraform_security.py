"""Least privilege and tagging: what the policies may do, what the network admits, which tags every resource gets."""
from __future__ import annotations

import json
from pathlib import Path

from terraform_hcl import MODULES, TERRAFORM, Module, all_modules, root

POLICIES = TERRAFORM / "policies"

# Actions granted on "Resource": "*" because AWS does not scope them by resource: each action's row in the
# Service Authorization Reference lists no resource type. Anything else must name its resources.
SAR_EC2 = "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html"
SAR_SSM = "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssystemsmanager.html"
SAR_TAG = "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonresourcegrouptaggingapi.html"
SAR_LOGS = "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html"
UNSCOPED_ACTIONS = {
    "ec2:DescribeImages": SAR_EC2,
    "ec2:DescribeInstances": SAR_EC2,
    "ec2:DescribeNetworkInterfaces": SAR_EC2,
    "ec2:DescribePlacementGroups": SAR_EC2,
    "ec2:DescribeSecurityGroups": SAR_EC2,
    "ec2:DescribeSpotInstanceRequests": SAR_EC2,
    "ec2:DescribeSubnets": SAR_EC2,
    "ec2:DescribeVolumes": SAR_EC2,
    "ssm:DescribeInstanceInformation": SAR_SSM,
    "ssm:GetCommandInvocation": SAR_SSM,
    "tag:GetResources": SAR_TAG,
    # Step Functions' log delivery (https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html):
    "logs:CreateLogDelivery": SAR_LOGS,
    "logs:DeleteLogDelivery": SAR_LOGS,
    "logs:DescribeLogGroups": SAR_LOGS,
    "logs:DescribeResourcePolicies": SAR_LOGS,
    "logs:GetLogDelivery": SAR_LOGS,
    "logs:ListLogDeliveries": SAR_LOGS,
    "logs:PutResourcePolicy": SAR_LOGS,
    "logs:UpdateLogDelivery": SAR_LOGS,
}


def statements() -> list[tuple[str, dict]]:
    found = []
    for path in sorted(POLICIES.glob("*.json")):
        document = json.loads(path.read_text())
        assert document["Version"] == "2012-10-17", path
        found += [(path.name, statement) for statement in document["Statement"]]
    return found


def as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def test_no_policy_allows_every_action_or_a_whole_service() -> None:
    wide = [f"{name}: {statement.get('Sid')}: {action}" for name, statement in statements()
            for action in as_list(statement["Action"]) if action == "*" or action.endswith(":*")]
    assert not wide, "\n".join(wide)


def test_every_statement_allows_and_names_itself() -> None:
    problems = [f"{name}: {statement}" for name, statement in statements()
                if statement.get("Effect") != "Allow" or not statement.get("Sid") or "NotAction" in statement
                or "NotResource" in statement]
    assert not problems, "\n".join(problems)


def test_resource_star_only_for_actions_aws_does_not_scope_by_resource() -> None:
    problems = []
    for name, statement in statements():
        if "*" in as_list(statement["Resource"]):
            problems += [f"{name}: {statement['Sid']}: {action} on \"*\"" for action in as_list(statement["Action"])
                         if action not in UNSCOPED_ACTIONS]
    assert not problems, ("these actions can be scoped to resources (or add them to UNSCOPED_ACTIONS with the "
                          "Service Authorization Reference page that shows they cannot):\n" + "\n".join(problems))


def test_destructive_actions_need_the_lab_tags_on_the_resource() -> None:
    destructive = {"ec2:TerminateInstances", "ec2:DeleteVolume", "ec2:DeletePlacementGroup",
                   "ec2:DeleteNetworkInterface", "ec2:CancelSpotInstanceRequests", "ec2:DeleteSecurityGroup"}
    problems = []
    for name, statement in statements():
        if destructive & set(as_list(statement["Action"])):
            condition = statement.get("Condition", {})
            if condition.get("StringEquals", {}).get("aws:ResourceTag/Project") != "pulsar-aws-lab" or \
                    condition.get("Null", {}).get("aws:ResourceTag/ExperimentID") != "false":
                problems.append(f"{name}: {statement['Sid']}: {condition}")
    assert not problems, "deletes must need Project=pulsar-aws-lab and an ExperimentID tag:\n" + "\n".join(problems)


def test_tags_are_only_written_at_creation_and_the_node_role_is_the_only_one_passed() -> None:
    for name, statement in statements():
        actions = set(as_list(statement["Action"]))
        if "ec2:CreateTags" in actions:
            assert statement["Condition"] == {"StringEquals": {"ec2:CreateAction": ["RunInstances", "CreatePlacementGroup"]}}, name
        if "iam:PassRole" in actions:
            assert statement["Resource"] == "arn:aws:iam::${account_id}:role/${name_prefix}-node", name
            assert statement["Condition"] == {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}, name
        if "ec2:RunInstances" in actions:
            assert statement.get("Condition"), f"{name}: RunInstances without a tag condition"


def test_function_roles_may_write_only_their_own_log_group() -> None:
    for name, statement in statements():
        logs = {action for action in as_list(statement["Action"]) if action in ("logs:CreateLogStream", "logs:PutLogEvents")}
        if logs and name not in ("echo.json",):
            assert statement["Resource"] == \
                "arn:aws:logs:${region}:${account_id}:log-group:/aws/lambda/${function_name}:*", name


def test_the_cluster_group_admits_only_itself_on_the_pulsar_ports() -> None:
    network = Module.load(MODULES / "network")
    ports = set(network.locals["pulsar_ports"].values())
    assert {2181, 2888, 3888, 3181, 6650, 8080} <= ports, ports
    ingress = {name: body for (kind, name), body in network.resources.items()
               if kind == "aws_vpc_security_group_ingress_rule"}
    assert ingress, "no ingress rules found"
    for name, body in ingress.items():
        assert "cidr_ipv4" not in body and "cidr_ipv6" not in body and "prefix_list_id" not in body, name
        assert body.get("referenced_security_group_id"), f"{name} must admit a security group, not addresses"
    assert not [body for (kind, _), body in network.resources.items()
                if kind == "aws_security_group" and ("ingress" in body or "egress" in body)], \
        "inline rules would fight the separate rule resources"
    assert "0.0.0.0/0" not in str(ingress)


def test_project_tags_reach_every_resource_through_default_tags() -> None:
    main = root()
    provider = main.providers[0]["aws"]
    assert provider["default_tags"][0]["tags"] == "${local.project_tags}"
    assert main.locals["project_tags"] == \
        '${merge(var.extra_tags, {Project = local.name_prefix, ManagedBy = local.name_prefix})}', \
        "the lab's tags must come last so extra_tags cannot override them"
    problems = []
    for module_name, module in all_modules().items():
        if module_name != "root" and module.providers:
            problems.append(f"modules/{module_name} declares its own provider, which would drop default_tags")
        for (kind, name), body in module.resources.items():
            tags = body.get("tags")
            if isinstance(tags, dict) and {"Project", "ManagedBy"} & set(tags):
                problems.append(f"{module_name}: {kind}.{name} overrides a project tag")
    assert not problems, "\n".join(problems)


def test_the_results_bucket_and_table_are_protected_as_designed() -> None:
    storage = Module.load(MODULES / "storage")
    block = storage.resources[("aws_s3_bucket_public_access_block", "results")]
    assert all(block[key] is True for key in ("block_public_acls", "block_public_policy", "ignore_public_acls",
                                              "restrict_public_buckets"))
    assert storage.resources[("aws_s3_bucket_server_side_encryption_configuration", "results")]
    assert storage.resources[("aws_s3_bucket_lifecycle_configuration", "results")]["rule"]
    table = storage.resources[("aws_dynamodb_table", "experiments")]
    assert table["billing_mode"] == "PAY_PER_REQUEST" and table["hash_key"] == "experimentId"
    assert table["point_in_time_recovery"][0]["enabled"] is True
    assert storage.resources[("aws_s3_bucket", "results")]["bucket"] == "${var.name_prefix}-results-${var.account_id}"
    assert table["name"] == "${var.name_prefix}-experiments"
