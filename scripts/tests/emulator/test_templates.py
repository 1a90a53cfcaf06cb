"""Placeholders render as Terraform's templatefile renders them, and every shipped file renders."""
from __future__ import annotations

import json

import pytest

from emulator.constants import Paths
from emulator.deploy import templates, variables


def test_plain_interpolation_and_the_escape() -> None:
    assert templates.render("a ${x} $${y} ${ x }", {"x": "1"}, source="t") == "a 1 ${y} 1"


def test_an_unknown_placeholder_names_the_file_and_the_variable() -> None:
    with pytest.raises(templates.TemplateError, match=r"policy.json: unknown placeholder \$\{bucket\}"):
        templates.render('{"r": "${bucket}"}', {"x": "1"}, source="policy.json")


def test_directives_are_refused_so_terraform_and_the_lab_cannot_differ() -> None:
    with pytest.raises(templates.TemplateError, match="directives"):
        templates.render("%{ if x }y%{ endif }", {"x": "1"}, source="t")


def test_every_policy_file_renders_to_valid_json_with_the_documented_variables() -> None:
    for path in sorted(Paths.POLICIES.glob("*.json")):
        values = (variables.common("123456789012", "us-east-1") if path.stem == "state-machine"
                  else variables.for_policy(path.stem, "123456789012", "us-east-1"))
        document = json.loads(templates.render(path.read_text(), values, source=str(path)))
        assert document["Version"] == "2012-10-17", path


def test_every_state_machine_renders_with_the_function_arns() -> None:
    functions = ["echo", "validate-ami", "apply-infra", "poll-readiness", "run-benchmark", "collect-results",
                 "teardown", "janitor"]
    values = variables.for_state_machine(functions, "123456789012", "us-east-1")
    assert values["validate_ami_function_arn"].endswith(":function:pulsar-aws-lab-validate-ami")
    for path in sorted(Paths.STATE_MACHINES.glob("*.asl.json")):
        json.loads(templates.render(path.read_text(), values, source=str(path)))


def test_a_state_machine_whose_functions_are_not_built_is_skipped_with_the_reason() -> None:
    from emulator.deploy.deployer import _functions_not_built

    text = '{"A": "${validate_ami_function_arn}", "B": "${teardown_function_arn}", "C": "${region}"}'
    values = variables.for_state_machine(["validate-ami"], "123456789012", "us-east-1")
    assert _functions_not_built(text, values) == ["teardown"]
