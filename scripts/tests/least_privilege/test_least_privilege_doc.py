"""docs/least-privilege.md (written by scripts/prove-least-privilege) lists exactly the actions of the current
policy files: a policy edited without re-running the proof fails here, saying what to run."""
from __future__ import annotations

import re

from prove_least_privilege import DOC, policy_actions

ROW = re.compile(r"^\| `([^`]+)` \| `([^`]+)` \|")


def test_the_least_privilege_proof_covers_exactly_the_actions_of_the_policy_files() -> None:
    assert DOC.is_file(), f"{DOC} is missing: run scripts/prove-least-privilege"
    documented = [match.groups() for line in DOC.read_text().splitlines() if (match := ROW.match(line))]
    current = {(policy, action) for policy, actions in policy_actions().items() for action in actions}
    missing = sorted(current - set(documented))
    stale = sorted(set(documented) - current)
    assert not missing and not stale, (
        f"{DOC.name} is out of date with terraform/policies: run scripts/prove-least-privilege to prove the "
        f"policies again.\nnot in the proof: {missing}\nno longer in the policies: {stale}")
    assert len(documented) == len(set(documented)), "an action is listed twice"
