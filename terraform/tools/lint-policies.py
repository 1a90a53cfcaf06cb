"""Lints every IAM policy document in terraform/policies with parliament, rendered with example values.

parliament (pinned in scripts/static-check-requirements.txt) checks each action and resource ARN against AWS's
catalogue of actions, resource types and condition keys: an unknown action, a resource of the wrong type for an
action (e.g. ssm:SendCommand needs the document as well as the instances), a condition key the action does not
support, or `Resource: "*"` where the action could be scoped are findings. Any finding fails the run, except the
few listed in ACCEPTED with the reason each is needed; an accepted finding that no longer occurs fails too (so the
list cannot go stale).

Rendering uses the emulated lab's template rules and variable names (scripts/emulator/deploy/templates.py and
variables.py), so the documents checked are the ones Terraform and the lab deploy.
Run: .venv-checkov/bin/python terraform/tools/lint-policies.py   (scripts/test does)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from emulator.deploy import templates, variables  # noqa: E402  (after the path is set)
from parliament import analyze_policy_string  # noqa: E402

POLICIES = ROOT / "terraform" / "policies"
EXAMPLE_ACCOUNT, EXAMPLE_REGION = "123456789012", "us-east-1"
# Documents that are not a Lambda function's policy, and the variables they get (as in test_templates.py).
NOT_FUNCTIONS = {"state-machine", "node", "scheduler"}

# (file stem, parliament issue) -> why the permission is needed and how it is bounded.
ACCEPTED = {
    ("apply-infra", "PERMISSIONS_MANAGEMENT_ACTIONS"):
        "iam:PassRole is how RunInstances gives nodes their instance profile; it is limited to the one role "
        "pulsar-aws-lab-node and to iam:PassedToService = ec2.amazonaws.com",
    ("apply-infra", "PRIVILEGE_ESCALATION"):
        "PassRole + RunInstances can only start instances with pulsar-aws-lab-node, whose policy (node.json + "
        "AmazonSSMManagedInstanceCore) is narrower than apply-infra's own; instances must carry the lab's tags",
    ("state-machine", "PERMISSIONS_MANAGEMENT_ACTIONS"):
        "logs:PutResourcePolicy is one of the log-delivery permissions Step Functions requires to send execution "
        "logs to CloudWatch Logs (https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html); AWS does "
        "not scope these by resource",
}


def rendered(path: Path) -> str:
    if path.stem in NOT_FUNCTIONS:
        values = variables.common(EXAMPLE_ACCOUNT, EXAMPLE_REGION)
    else:
        values = variables.for_policy(path.stem, EXAMPLE_ACCOUNT, EXAMPLE_REGION)
    return templates.render(path.read_text(), values, source=str(path))


def main() -> int:
    paths = sorted(POLICIES.glob("*.json"))
    if not paths:
        print(f"lint-policies: no policy documents in {POLICIES}", file=sys.stderr)
        return 1
    unexpected, accepted_seen = 0, set()
    for path in paths:
        text = rendered(path)
        json.loads(text)  # a syntax error names the file through the traceback
        policy = analyze_policy_string(text, filepath=str(path.relative_to(ROOT)), include_community_auditors=True)
        for finding in policy.findings:
            key = (path.stem, finding.issue)
            if key in ACCEPTED:
                accepted_seen.add(key)
                print(f"accepted: {path.relative_to(ROOT)}: {finding.issue} ({ACCEPTED[key]})", file=sys.stderr)
                continue
            unexpected += 1
            print(f"{path.relative_to(ROOT)}: {finding.severity} {finding.issue}: {finding.detail} {finding.location}")
    stale = sorted(set(ACCEPTED) - accepted_seen)
    for stem, issue in stale:
        print(f"terraform/tools/lint-policies.py: accepted finding {issue} for {stem}.json no longer occurs; "
              "remove it from ACCEPTED", file=sys.stderr)
    print(f"parliament: {len(paths)} policy documents, {unexpected} findings, {len(accepted_seen)} accepted "
          "with reasons", file=sys.stderr)
    return 1 if unexpected or stale else 0


if __name__ == "__main__":
    sys.exit(main())
