"""Records every IAM authorization decision the emulator makes, per pytest test, when asked to.

Opt-in: with `PULSAR_LAB_IAM_RECORD=<folder>` set, each process that runs an emulator writes
`<folder>/decisions-<pid>.json` when its emulator stops (and at exit): one entry per (test, principal, action,
allowed) with a count; the pytest process also writes `<folder>/tests-<pid>.json` (each test's outcome and
seconds). Without the variable nothing is kept (one attribute test per decision).

Which test: the pytest process names the running test with `set_test` (scripts/tests/conftest.py, before the
test's fixtures are set up) and also puts it in `PULSAR_LAB_IAM_RECORD_TEST`, so an emulator started by a test in
a child process (`scripts/local-lab`) attributes its decisions to that test. Every call reaching the in-process
server during a test (from the test, a Lambda sandbox, the Step Functions interpreter, a simulated node) is
attributed to it; a call still running when the next test starts counts for the next one.

Which policy: a decision is made for the IAM user that mirrors a role (principals.py: `lab-role-<role>`); the
role `pulsar-aws-lab-<name>` runs under `terraform/policies/<name>.json` (the state machine role
`pulsar-aws-lab-states` under `state-machine.json`). Other principals (the admin, test variants) are recorded
with no policy. scripts/prove-least-privilege reads these files.
"""
from __future__ import annotations

import atexit
import json
import os
import threading
from collections import Counter
from pathlib import Path

from .constants import Lab, Paths

RECORD_ENV = "PULSAR_LAB_IAM_RECORD"
TEST_ENV = "PULSAR_LAB_IAM_RECORD_TEST"
MIRROR_PREFIX = "lab-role-"
ROLE_POLICIES = {f"{Lab.NAME_PREFIX}-states": "state-machine"}  # roles not named after their policy file


def policy_for_role(role_name: str) -> str | None:
    """`pulsar-aws-lab-validate-ami` -> `validate-ami` (when terraform/policies/validate-ami.json exists)."""
    if role_name in ROLE_POLICIES:
        return ROLE_POLICIES[role_name]
    prefix = f"{Lab.NAME_PREFIX}-"
    if role_name.startswith(prefix) and (Paths.POLICIES / f"{role_name[len(prefix):]}.json").is_file():
        return role_name[len(prefix):]
    return None


def policy_for_principal(principal_arn: str) -> str | None:
    """The policy file a principal (`arn:aws:iam::<account>:user/lab-role-<role>`) runs under, if any."""
    user = principal_arn.rsplit("/", 1)[-1]
    return policy_for_role(user[len(MIRROR_PREFIX):]) if user.startswith(MIRROR_PREFIX) else None


class DecisionRecorder:
    def __init__(self) -> None:
        folder = os.environ.get(RECORD_ENV)
        self.folder = Path(folder) if folder else None
        self.enabled = self.folder is not None
        self._lock = threading.Lock()
        self._test: str | None = None
        self._counts: Counter[tuple[str, str, str, bool]] = Counter()
        self._policies: dict[str, str | None] = {}
        self._tests: dict[str, dict[str, object]] = {}
        if self.enabled:
            atexit.register(self.flush)

    def set_test(self, test_id: str | None) -> None:
        self._test = test_id

    def current_test(self) -> str:
        return self._test or os.environ.get(TEST_ENV, "")

    def record(self, principal_arn: str, action: str, allowed: bool) -> None:
        """Decisions for role principals only (the admin's calls are the tests' and the deployer's own)."""
        if not self.enabled or f"/{MIRROR_PREFIX}" not in principal_arn:
            return
        with self._lock:
            self._counts[(self.current_test(), principal_arn, action, allowed)] += 1

    def test_phase(self, test_id: str, phase: str, outcome: str, seconds: float) -> None:
        """A pytest test's setup/call/teardown result: a failed phase fails the test, times add up."""
        if not self.enabled:
            return
        with self._lock:
            entry = self._tests.setdefault(test_id, {"outcome": "passed", "seconds": 0.0})
            entry["seconds"] = round(float(entry["seconds"]) + seconds, 3)  # type: ignore[arg-type]
            if outcome == "failed":
                entry["outcome"] = "failed" if phase == "call" else "error"
            elif outcome == "skipped" and entry["outcome"] == "passed":
                entry["outcome"] = "skipped"

    def test_targets(self, test_id: str, patterns: list[str]) -> None:
        """The `<policy>:<action>` patterns a test declares it proves (pytest mark `iam_proves`)."""
        if not self.enabled:
            return
        with self._lock:
            entry = self._tests.setdefault(test_id, {"outcome": "passed", "seconds": 0.0})
            entry["proves"] = sorted(set(patterns))

    def policy(self, principal_arn: str) -> str | None:
        if principal_arn not in self._policies:
            self._policies[principal_arn] = policy_for_principal(principal_arn)
        return self._policies[principal_arn]

    def flush(self) -> Path | None:
        """Writes what was recorded so far (replacing this process's earlier file); None when not recording."""
        if self.folder is None:
            return None
        with self._lock:
            tests = dict(self._tests)
            entries = [{"test": test, "principal": principal, "policy": self.policy(principal), "action": action,
                        "allowed": allowed, "count": count}
                       for (test, principal, action, allowed), count in sorted(self._counts.items())]
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"decisions-{os.getpid()}.json"
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(entries, indent=0) + "\n")
        temporary.replace(path)
        if tests:
            (self.folder / f"tests-{os.getpid()}.json").write_text(json.dumps(tests, indent=1, sort_keys=True) + "\n")
        return path


RECORDER = DecisionRecorder()
