"""How `lab` finds the deployed lab (LAB_CONFIG, terraform/lab-config.json, LAB_* variables) and says what is
missing in one line."""
from __future__ import annotations

from local_lab import LocalLab


def test_without_configuration_says_how_to_get_one(local_lab: LocalLab) -> None:
    result = local_lab.lab("status", "no-such-experiment", unset=("LAB_CONFIG",))
    assert result.returncode == 78, result
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("error: no lab configuration"), result.stderr
    assert "scripts/deploy" in result.stderr and "LAB_CONFIG" in result.stderr


def test_lab_variables_alone_are_enough_and_a_partial_set_is_named(local_lab: LocalLab) -> None:
    partial = local_lab.lab("status", "no-such-experiment", unset=("LAB_CONFIG",),
                            env={"LAB_RESULTS_BUCKET": "b"})
    assert partial.returncode == 78, partial
    assert "LAB_STATE_MACHINE_ARN" in partial.stderr and "LAB_EXPERIMENTS_TABLE" in partial.stderr, partial.stderr
