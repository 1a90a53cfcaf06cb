"""Terraform passes every placeholder the policy files and state machines use, with the emulated lab's names."""
from __future__ import annotations

from pathlib import Path

from terraform_hcl import MODULES, REPO, TERRAFORM, Module, root

from emulator.deploy import templates, variables

STATE_MACHINES = REPO / "statemachine"
# ASL files only the emulated lab deploys (over the echo fixture); Terraform deploys experiment.asl.json.
LAB_ONLY_STATE_MACHINES = {"demo-echo.asl.json"}
NOT_FUNCTION_POLICIES = {"state-machine", "node", "scheduler"}


def terraform_template_vars() -> set[str]:
    return set(root().locals["template_vars"])


def terraform_definition_vars(functions: list[str]) -> set[str]:
    """The names root main.tf's definition_vars builds: template_vars + <id>_function_name/_arn per function."""
    definition = root().locals["definition_vars"]
    assert "local.template_vars" in definition, definition
    for suffix, output in (("name", "function_names"), ("arn", "function_arns")):
        expected = (f'for function, {"name" if suffix == "name" else "arn"} in module.functions.{output} : '
                    f'"${{replace(function, "-", "_")}}_function_{suffix}"')
        assert expected in definition, f"definition_vars should contain {expected!r}: {definition}"
    names = terraform_template_vars()
    for function in functions:
        names |= {f"{variables.identifier(function)}_function_name", f"{variables.identifier(function)}_function_arn"}
    return names


def test_terraform_passes_the_same_common_placeholders_as_the_emulated_lab() -> None:
    assert terraform_template_vars() == set(variables.common("123456789012", "us-east-1"))


def test_terraform_deploys_the_experiment_state_machine_and_the_lab_only_ones_are_known() -> None:
    assert root().locals["definition_file"] == "${path.root}/../statemachine/experiment.asl.json"
    unknown = sorted(p.name for p in STATE_MACHINES.glob("*.asl.json")
                     if p.name != "experiment.asl.json" and p.name not in LAB_ONLY_STATE_MACHINES)
    assert not unknown, f"state machines neither Terraform nor this test knows: {unknown}; deploy them in " \
                        "modules/orchestration or list them in LAB_ONLY_STATE_MACHINES"


def test_every_placeholder_in_every_asl_file_is_supplied() -> None:
    """experiment.asl.json by Terraform's templatefile; the lab-only files by the functions they name existing."""
    functions = list(root().locals["functions"])
    supplied = terraform_definition_vars(functions)
    lab_supplied = set(variables.for_state_machine(functions + ["echo"], "123456789012", "us-east-1"))
    files = sorted(STATE_MACHINES.glob("*.asl.json"))
    assert files, "statemachine/ holds no ASL file"
    problems = []
    for path in files:
        used = templates.placeholders(path.read_text())
        available = lab_supplied if path.name in LAB_ONLY_STATE_MACHINES else supplied
        problems += [f"{path.relative_to(REPO)}: ${{{name}}} is not supplied" for name in sorted(used - available)]
        if path.name not in LAB_ONLY_STATE_MACHINES:
            # Terraform's templatefile fails on an unknown name, as the lab's renderer does: render with dummies.
            templates.render(path.read_text(), {name: "x" for name in supplied}, source=str(path))
    assert not problems, "\n".join(problems)


def test_every_policy_placeholder_is_supplied_where_terraform_renders_it() -> None:
    common = terraform_template_vars()
    problems = []
    for path in sorted((TERRAFORM / "policies").glob("*.json")):
        if path.stem == "echo":
            continue  # the echo fixture's policy: the lab deploys it, Terraform does not
        available = common if path.stem in NOT_FUNCTION_POLICIES else common | {"function_name"}
        used = templates.placeholders(path.read_text())
        problems += [f"{path.name}: ${{{name}}}" for name in sorted(used - available)]
    assert not problems, "placeholders Terraform does not pass:\n" + "\n".join(problems)


def test_each_non_function_policy_is_rendered_by_terraform() -> None:
    texts = {name: Module.load(MODULES / name).text for name in ("network", "orchestration")}
    assert 'templatefile("${var.policies_dir}/node.json", var.template_vars)' in texts["network"]
    assert 'templatefile("${var.policies_dir}/state-machine.json", var.template_vars)' in texts["orchestration"]
    assert 'templatefile("${var.policies_dir}/scheduler.json", var.template_vars)' in texts["orchestration"]


def test_the_state_machine_and_its_role_have_the_emulated_labs_names() -> None:
    orchestration = Module.load(MODULES / "orchestration")
    assert orchestration.locals["state_machine_name"] == "${var.name_prefix}-experiment"
    assert orchestration.resources[("aws_iam_role", "states")]["name"] == "${var.name_prefix}-states"
    machine = orchestration.resources[("aws_sfn_state_machine", "experiment")]
    assert machine["definition"] == "${templatefile(var.definition_file, var.definition_vars)}"
    assert machine["type"] == "STANDARD"
    assert machine["logging_configuration"], "the state machine must log"
