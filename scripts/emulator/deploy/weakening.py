"""Deploying a policy without one of its actions, on purpose, to prove the action is needed.

`PULSAR_LAB_IAM_WITHOUT=<policy>:<action>[,<policy>:<action>...]` (e.g. `validate-ami:ec2:DescribeImages`): when
the deployer renders `terraform/policies/<policy>.json` it removes `<action>` from every statement (a statement
left with no action is dropped). Every weakened render logs a warning, and stderr says so once per process even
when the emulator's log is quiet, so a weakened lab is never mistaken for the real one. An entry naming a policy
file or an action that does not exist is refused: a typo would otherwise remove nothing and prove nothing.
scripts/prove-least-privilege sets it; nobody else should.
"""
from __future__ import annotations

import json
import os
import re
import sys
from typing import Any

from .. import jsonlog
from ..constants import Paths

ENV = "PULSAR_LAB_IAM_WITHOUT"
_announced: set[tuple[str, str]] = set()


class WeakeningError(ValueError):
    pass


def actions_of(document: dict[str, Any]) -> set[str]:
    return {action for statement in document["Statement"] for action in _as_list(statement.get("Action", []))}


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def requested(environment: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The (policy, action) pairs the environment asks to remove, checked against the policy files."""
    text = (environment if environment is not None else os.environ).get(ENV, "")
    pairs = []
    for entry in (part for part in re.split(r"[,\s]+", text) if part):
        policy, _, action = entry.partition(":")
        path = Paths.POLICIES / f"{policy}.json"
        if not action or ":" not in action:
            raise WeakeningError(f"{ENV}: '{entry}' is not <policy>:<service>:<Action> "
                                 "(e.g. validate-ami:ec2:DescribeImages)")
        if not path.is_file():
            raise WeakeningError(f"{ENV}: '{entry}' names {path}, which does not exist")
        # The placeholders do not touch action names, so the template's own JSON lists them.
        if action not in actions_of(json.loads(re.sub(r"\$\{[^}]*\}", "x", path.read_text()))):
            raise WeakeningError(f"{ENV}: '{entry}': {path.name} has no action {action}")
        pairs.append((policy, action))
    return pairs


def weaken(policy: str, rendered: str) -> str:
    """The rendered policy without the actions the environment removes from it (unchanged when none)."""
    removed = {action for name, action in requested() if name == policy}
    if not removed:
        return rendered
    document = json.loads(rendered)
    statements = []
    for statement in document["Statement"]:
        kept = [action for action in _as_list(statement["Action"]) if action not in removed]
        if kept:
            statements.append(dict(statement, Action=kept[0] if isinstance(statement["Action"], str) else kept))
    document["Statement"] = statements
    for action in sorted(removed):
        jsonlog.warning("IAM policy weakened on purpose: an action was removed before deploying", component="deploy",
                        policy=f"terraform/policies/{policy}.json", action=action, variable=ENV)
        if (policy, action) not in _announced:
            _announced.add((policy, action))
            print(f"emulated lab: WARNING: terraform/policies/{policy}.json deployed WITHOUT {action} "
                  f"({ENV}): this lab is weakened on purpose", file=sys.stderr)
    return json.dumps(document)
