"""Proves by execution that every action in every IAM policy (terraform/policies/*.json) is needed.

scripts/prove-least-privilege runs this with the project's venv. Steps:
1. Record: the Python test suites (default scripts/tests: the emulated lab's lifecycle, janitor, emulator and
   report tests) run once with PULSAR_LAB_IAM_RECORD set, so the emulator records every IAM decision per test
   (scripts/emulator/iam_record.py). That gives, for each policy action, the passing tests that used it. An action
   no passing test used is unproven.
2. Remove: for each (policy, action), the cheapest passing test that used it runs again in a fresh pytest process
   with PULSAR_LAB_IAM_WITHOUT=<policy>:<action> (the deployer renders the policy without it;
   scripts/emulator/deploy/weakening.py). The action is proven needed when that run fails, the emulator recorded
   the action denied to that policy's role in a failing test, and the output names the action or the denial. When
   the cheapest test still passes (or fails for something else), the next cheapest is tried, up to
   --max-candidates. At most --jobs runs at once (default 2: a 2-core machine).
3. Report: docs/least-privilege.md, a table policy | action | test that fails without it | the failure line, with
   the date, the counts and the time taken. Exit status 0 only when every action is proven.

An action named in several statements of one policy (ec2:RunInstances, ssm:SendCommand: one statement for the
instances, one for the document) is removed from all of them: the emulator checks actions, not resources, so
resource scoping is checked statically (parliament, terraform/tools/lint-policies.py), not here.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLICIES = ROOT / "terraform" / "policies"
DOC = ROOT / "docs" / "least-privilege.md"
DEFAULT_SUITES = ("scripts/tests",)
ATTEMPT_TIMEOUT_SECONDS = 900
DENIAL_WORDS = ("AccessDenied", "UnauthorizedOperation", "not authorized", "denied")


def policy_actions() -> dict[str, list[str]]:
    """policy name -> its actions (sorted), read from the templates (placeholders never touch action names)."""
    found = {}
    for path in sorted(POLICIES.glob("*.json")):
        document = json.loads(re.sub(r"\$\{[^}]*\}", "x", path.read_text()))
        actions = {action for statement in document["Statement"]
                   for action in ([statement["Action"]] if isinstance(statement["Action"], str)
                                  else statement["Action"])}
        found[path.stem] = sorted(actions)
    return found


@dataclass
class Recording:
    tests: dict[str, dict]  # nodeid -> {"outcome", "seconds"}
    decisions: list[dict]  # {"test", "principal", "policy", "action", "allowed", "count"}

    @staticmethod
    def read(folder: Path) -> "Recording":
        tests: dict[str, dict] = {}
        decisions: list[dict] = []
        for path in sorted(folder.glob("tests-*.json")):
            tests.update(json.loads(path.read_text()))
        for path in sorted(folder.glob("decisions-*.json")):
            decisions += json.loads(path.read_text())
        return Recording(tests, decisions)

    def users(self, policy: str, action: str) -> list[tuple[str, float]]:
        """The passing tests to try for `action` under `policy`, as (nodeid, seconds): first those that declare
        they prove it (mark `iam_proves`), then those that were allowed it, cheapest first. A declared test counts
        even when the recording gave its calls to another test: a module fixture's calls (the janitor's sweep)
        count for the first test that set it up, yet any test using the fixture makes them when run alone."""
        used = {d["test"] for d in self.decisions
                if d["policy"] == policy and d["action"] == action and d["allowed"] and d["test"]}
        declared = {test for test, entry in self.tests.items()
                    if any(fnmatch.fnmatchcase(f"{policy}:{action}", pattern) for pattern in entry.get("proves", []))}
        if not used:
            return []  # no passing test makes the call at all: nothing to remove it from
        passing = [(t, float(self.tests[t]["seconds"])) for t in used | declared
                   if self.tests.get(t, {}).get("outcome") == "passed"]
        return sorted(passing, key=lambda item: (item[0] not in declared, item[1], item[0]))

    def denied(self, policy: str, action: str) -> set[str]:
        return {d["test"] for d in self.decisions
                if d["policy"] == policy and d["action"] == action and not d["allowed"]}


@dataclass
class Attempt:
    test: str
    seconds: float
    exit_code: int
    failed_tests: list[str]
    denied_in_failed: bool
    named: bool
    line: str
    log: Path

    @property
    def proves(self) -> bool:
        return self.exit_code == 1 and bool(self.failed_tests) and self.denied_in_failed and self.named


@dataclass
class Verdict:
    policy: str
    action: str
    candidates: list[tuple[str, float]]
    attempts: list[Attempt] = field(default_factory=list)
    reason: str = ""

    @property
    def proof(self) -> Attempt | None:
        return next((attempt for attempt in self.attempts if attempt.proves), None)


def run_pytest(targets: list[str], environment: dict[str, str], log: Path, timeout: float) -> tuple[int, float]:
    started = time.monotonic()
    with log.open("w") as out:
        try:
            done = subprocess.run([str(ROOT / ".venv" / "bin" / "pytest"), *targets, "-p", "no:cacheprovider",
                                   "-q", "-rfE", "--tb=short"], cwd=ROOT, env=environment, stdout=out,
                                  stderr=subprocess.STDOUT, timeout=timeout)
            code = done.returncode
        except subprocess.TimeoutExpired:
            out.write(f"\nprove-least-privilege: pytest killed after {timeout:.0f} s\n")
            code = -1
    return code, time.monotonic() - started


# Lines that name the removed action whatever happens: the weakening warnings and the patches' start-up notes.
NOT_EVIDENCE = ("weakened on purpose", "IAM policy weakened", "PULSAR_LAB_IAM_WITHOUT", "moto patched")


def evidence_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if not any(marker in line for marker in NOT_EVIDENCE)]


def names_the_denial(output: str, action: str) -> bool:
    """Whether the failing run's output shows the denial: the action, or AccessDenied/UnauthorizedOperation."""
    return any(action in line or any(word in line for word in DENIAL_WORDS[:2]) for line in evidence_lines(output))


def failure_line(output: str, action: str) -> str:
    """The failure line that shows why the test failed: one naming the action, else one naming a denial, else the
    assertion's most telling line followed by the emulator's log of the denial it followed from."""
    lines = evidence_lines(output)
    failure = []
    for line in lines:
        if line.startswith("E "):
            failure.append(line.strip())
        elif line.startswith(("FAILED ", "ERROR ")) and " - " in line:
            failure.append(line.split(" - ", 1)[1].strip())  # the message, not the test's name
    for words in ((action,), DENIAL_WORDS):
        for line in failure:
            found = [line.find(word) for word in words if word in line]
            if found:
                return excerpt(line, min(found))
    first = next((line for line in failure if "Error:" in line and len(line) > 30), None) \
        or next((line for line in failure if '"error"' in line), None) \
        or next((line for line in failure if len(line) > 30), failure[0] if failure else "(no failure line)")
    note = ""
    for line in lines:
        if '"access denied"' in line and f'"{action}"' in line:
            try:
                principal = json.loads(line[line.index("{"):]).get("principal", "")
            except ValueError:
                principal = ""
            note = f" [emulator log: access denied, {action}, {principal.rsplit('/', 1)[-1]}]"
            break
    return excerpt(first, 0, 0, 200) + note


def excerpt(line: str, at: int, before: int = 90, after: int = 150) -> str:
    """The part of a long line around position `at` (where the action or the denial is named)."""
    if len(line) <= before + after:
        return line
    start = max(0, min(at, len(line)) - before)
    end = start + before + after
    return ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")


def attempt(policy: str, action: str, test: str, work: Path, base_env: dict[str, str]) -> Attempt:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{policy}-{action}-{test.rsplit('::', 1)[-1]}")[:120]
    record = work / "attempts" / slug
    shutil.rmtree(record, ignore_errors=True)
    record.mkdir(parents=True)
    log = work / "attempts" / f"{slug}.log"
    environment = dict(base_env, PULSAR_LAB_IAM_WITHOUT=f"{policy}:{action}", PULSAR_LAB_IAM_RECORD=str(record),
                       EMULATOR_TEST_LOGS="1")
    code, seconds = run_pytest([test], environment, log, ATTEMPT_TIMEOUT_SECONDS)
    recording = Recording.read(record)
    failed = sorted(t for t, entry in recording.tests.items() if entry["outcome"] in ("failed", "error"))
    output = log.read_text(errors="replace")
    denied = bool(recording.denied(policy, action) & set(failed))
    named = names_the_denial(output, action)
    return Attempt(test, seconds, code, failed, denied, named, failure_line(output, action), log)


def prove(verdict: Verdict, work: Path, base_env: dict[str, str], max_candidates: int) -> Verdict:
    if not verdict.candidates:
        verdict.reason = verdict.reason or "no passing test used it"
        return verdict
    for test, _ in verdict.candidates[:max_candidates]:
        result = attempt(verdict.policy, verdict.action, test, work, base_env)
        verdict.attempts.append(result)
        if result.proves:
            return verdict
    tried = "; ".join(f"{Path(a.test.split('::')[0]).name}::{a.test.split('::')[-1]}: "
                      + ("still passes" if a.exit_code == 0 else
                         f"fails without the denial showing (exit {a.exit_code}): {a.line[:160]}")
                      for a in verdict.attempts)
    verdict.reason = f"removing it broke none of the {len(verdict.attempts)} cheapest tests that use it ({tried})"
    return verdict


def cell(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("|", "\\|")


def revision() -> str:
    """The commit proven, and whether the working tree differed from it."""
    def git(*arguments: str) -> str:
        done = subprocess.run(["git", *arguments], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD")
    if not commit:
        return "unknown (not a git checkout: pass --revision)"
    changed = git("status", "--porcelain", "--", "scripts", "terraform", "statemachine", "lambda")
    return f"`{commit}`" + (" plus uncommitted changes" if changed else "")


def write_doc(path: Path, verdicts: list[Verdict], *, started: datetime.datetime, seconds: float,
              record_seconds: float, suites: list[str], recording: Recording, actions: dict[str, list[str]],
              code: str, jobs: int, max_candidates: int) -> None:
    proven = [v for v in verdicts if v.proof]
    unproven = [v for v in verdicts if not v.proof]
    runs = sum(len(v.attempts) for v in verdicts)
    lines = [
        "# Least privilege, proven by execution",
        "",
        "Every action in every IAM policy of `terraform/policies/` is needed: removing it makes a test fail with the",
        "denial. Generated by `scripts/prove-least-privilege` (do not edit by hand; re-run it after changing a policy,",
        "CI checks that this table lists exactly the actions of the current policy files).",
        "",
        f"- Run: {started.strftime('%Y-%m-%d %H:%M UTC')}, code: {code}, "
        f"{seconds / 60:.1f} min in all ({record_seconds / 60:.1f} min recording, {runs} removal runs, "
        f"at most {jobs} at once).",
        f"- Policies: {len(actions)}; actions: {len(verdicts)}; **proven needed: {len(proven)}**; "
        f"not proven: {len(unproven)}.",
        f"- Recorded suites: `{' '.join(suites)}` ({len(recording.tests)} tests: "
        + ", ".join(f"{sum(1 for t in recording.tests.values() if t['outcome'] == outcome)} {outcome}"
                    for outcome in ("passed", "skipped", "failed", "error")
                    if any(t["outcome"] == outcome for t in recording.tests.values()))
        + "; only passing tests are tried).",
        "",
        "How: the suites run once with `PULSAR_LAB_IAM_RECORD` (the emulator records each IAM decision per test).",
        "Then, for each (policy, action), the cheapest passing test that used it runs alone with",
        "`PULSAR_LAB_IAM_WITHOUT=<policy>:<action>` (the emulated lab deploys the policy without that action). It",
        "counts as proof when that run fails, the emulator recorded the action denied to the policy's role in the",
        "failing test, and the output names the action or the denial (the failure line below). Otherwise the next",
        f"cheapest test is tried (at most {max_candidates}; a test marked `iam_proves` for the action goes first).",
        "",
        "Limits: an action in several statements of a policy (for instance `ec2:RunInstances`, `ssm:SendCommand`:",
        "one statement scopes the instances, one the document) is removed from all of them. The emulator checks the",
        "action, not the Resource or the Condition (docs/emulated-lab.md, \"IAM enforced\"): resource scoping is",
        "checked statically by parliament (`terraform/tools/lint-policies.py`, run by `scripts/test`), not by",
        "execution. What AWS services do with a role (Lambda writing logs, Step Functions checking log delivery,",
        "Scheduler calling its target, the SSM agent and node-bootstrap on a node, S3 answering 403 for a missing",
        "key without `s3:ListBucket`) is emulated as docs/emulated-lab.md describes.",
        "",
        "The full proof takes long, so CI does not run it; CI runs a quick check that removal bites",
        "(`scripts/tests/lifecycle/test_policy_weakening.py`) and that this table matches the policy files",
        "(`scripts/tests/least_privilege/test_least_privilege_doc.py`).",
        "",
        "| policy | action | test that fails without it | the failure line |",
        "|---|---|---|---|",
    ]
    for verdict in verdicts:
        proof = verdict.proof
        if proof is not None:
            test = f"`{proof.test}`"
            line = f"`{cell(proof.line)}`"
        else:
            test = "**not proven**"
            line = cell(verdict.reason, 600)
        lines.append(f"| `{verdict.policy}` | `{verdict.action}` | {test} | {line} |")
    if unproven:
        lines += ["", "## Not proven", ""]
        lines += [f"- `{v.policy}` `{v.action}`: {cell(v.reason, 2000)}" for v in unproven]
    unexpected = sorted({(d["policy"], d["action"]) for d in recording.decisions
                         if d["policy"] and not d["allowed"] and d["action"] not in actions.get(d["policy"], [])})
    if unexpected:
        lines += ["", "## Calls denied with the real policies", "",
                  "Recorded while the suites ran with the committed policies: calls a role made that its policy does",
                  "not grant (a test probing a denial, or a call the code tolerates). Not needed by any passing test:",
                  ""]
        for policy, action in unexpected:
            tests = sorted({d["test"] for d in recording.decisions
                            if d["policy"] == policy and d["action"] == action and not d["allowed"]})
            lines.append(f"- `{policy}` `{action}`: {', '.join(f'`{t}`' for t in tests[:3])}"
                         + (f" and {len(tests) - 3} more" if len(tests) > 3 else ""))
    path.write_text("\n".join(lines) + "\n")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="prove-least-privilege", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("suites", nargs="*", default=list(DEFAULT_SUITES), help="pytest paths to record")
    parser.add_argument("--jobs", type=int, default=2, help="removal runs at once (default 2)")
    parser.add_argument("--max-candidates", type=int, default=4, help="tests tried per action (default 4)")
    parser.add_argument("--record", type=Path, help="reuse this recording folder instead of recording again")
    parser.add_argument("--only", action="append", default=[], metavar="POLICY:ACTION",
                        help="prove only these (repeatable); the document is not written")
    parser.add_argument("--work", type=Path, help="folder for recordings and logs (default: a new temporary one)")
    parser.add_argument("--doc", type=Path, default=DOC,
                        help=f"the document to write (default {DOC.relative_to(ROOT)})")
    parser.add_argument("--revision", help="what the document names as the code proven (default: from git)")
    options = parser.parse_args(argv)

    began, started_at = time.monotonic(), datetime.datetime.now(datetime.timezone.utc)
    work = options.work or Path(tempfile.mkdtemp(prefix="least-privilege-"))
    work.mkdir(parents=True, exist_ok=True)
    base_env = {key: value for key, value in os.environ.items()
                if key not in ("PULSAR_LAB_IAM_WITHOUT", "PULSAR_LAB_IAM_RECORD", "PULSAR_LAB_IAM_RECORD_TEST")}
    base_env["LOCAL_LAB_SKIP_BUILD"] = "1"  # prove the zips as built; never rebuild them mid-proof
    say = lambda message: print(f"prove-least-privilege: {message}", file=sys.stderr, flush=True)  # noqa: E731
    say(f"work folder {work}")

    actions = policy_actions()
    record_seconds = 0.0
    if options.record:
        record = options.record
    else:
        record = work / "record"
        shutil.rmtree(record, ignore_errors=True)
        say(f"recording: pytest {' '.join(options.suites)} with every IAM decision recorded (several minutes)")
        code, record_seconds = run_pytest(options.suites, dict(base_env, PULSAR_LAB_IAM_RECORD=str(record)),
                                          work / "record.log", 3 * 3600)
        say(f"recording done in {record_seconds / 60:.1f} min (pytest exit {code}; log {work / 'record.log'})")
    recording = Recording.read(record)
    if not recording.tests:
        say(f"no test results in {record}: see {work / 'record.log'}")
        return 2

    wanted = {tuple(item.split(":", 1)) for item in options.only}
    verdicts = [Verdict(policy, action, recording.users(policy, action))
                for policy, names in actions.items() for action in names
                if not wanted or (policy, action) in wanted]
    unused = [f"{v.policy}:{v.action}" for v in verdicts if not v.candidates]
    if unused:
        say(f"{len(unused)} action(s) no passing test used: {', '.join(unused)}")
    say(f"removing each of {len(verdicts)} actions in turn, {options.jobs} at a time")
    done = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        futures = {pool.submit(prove, verdict, work, base_env, options.max_candidates): verdict
                   for verdict in verdicts}
        for future in concurrent.futures.as_completed(futures):
            verdict = future.result()
            done += 1
            proof = verdict.proof
            say(f"[{done}/{len(verdicts)}] {verdict.policy} {verdict.action}: "
                + (f"needed ({proof.test.rsplit('::', 1)[-1]} fails: {proof.line[:140]})" if proof else
                   f"NOT PROVEN: {verdict.reason[:300]}"))

    seconds = time.monotonic() - began
    unproven = [v for v in verdicts if not v.proof]
    (work / "verdicts.json").write_text(json.dumps([{
        "policy": v.policy, "action": v.action, "reason": v.reason,
        "attempts": [{"test": a.test, "seconds": round(a.seconds, 1), "exitCode": a.exit_code, "proves": a.proves,
                      "line": a.line, "log": str(a.log)} for a in v.attempts]} for v in verdicts], indent=1) + "\n")
    if not wanted:
        write_doc(options.doc, verdicts, started=started_at, seconds=seconds, record_seconds=record_seconds,
                  suites=options.suites, recording=recording, actions=actions,
                  code=f"`{options.revision}`" if options.revision else revision(), jobs=options.jobs,
                  max_candidates=options.max_candidates)
        say(f"wrote {options.doc}")
    say(f"{len(verdicts) - len(unproven)} of {len(verdicts)} actions proven needed in {seconds / 60:.1f} min"
        + (f"; NOT proven: {', '.join(f'{v.policy}:{v.action}' for v in unproven)}" if unproven else ""))
    return 0 if not unproven else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
