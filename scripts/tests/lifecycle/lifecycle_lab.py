"""Helpers for the lifecycle tests (a uniquely named module: several test folders have a conftest)."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parents[2]
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from emulator.__main__ import STAGES, missing_stage_zips  # noqa: E402,F401
from emulator.deploy.deployment import Deployment  # noqa: E402
from emulator.lab import leftovers  # noqa: E402
from emulator.lab.run import follow_all, full_history, run_experiment, start_experiment  # noqa: E402
from emulator.server import Emulator  # noqa: E402

# One short workload: warm-up 0, one measured minute (6 s at the default time factor), so a failure path costs
# seconds; the default-spec check runs `{}` itself.
SHORT = {"workloads": [{"name": "short", "testDurationMinutes": 1, "warmupDurationMinutes": 0}]}


@dataclass
class LifecycleLab:
    emulator: Emulator
    deployment: Deployment

    def client(self, service: str) -> Any:
        return self.emulator.client(service)

    def run(self, spec: dict[str, Any], *faults: str, timeout_seconds: float = 300) -> dict[str, Any]:
        for fault in faults:
            self.emulator.faults.add(fault)
        return run_experiment(self.emulator, self.deployment, spec, state_machine="experiment",
                              timeout_seconds=timeout_seconds)

    def start(self, spec: dict[str, Any], label: str = "") -> Any:
        return start_experiment(self.emulator, self.deployment, spec, state_machine="experiment", label=label)

    def follow(self, runs: list[Any], timeout_seconds: float = 600) -> list[dict[str, Any]]:
        return follow_all(runs, timeout_seconds=timeout_seconds)

    def history(self, report: dict[str, Any]) -> list[dict[str, Any]]:
        return full_history(self.client("stepfunctions"), report["executionArn"])

    def states_entered(self, report: dict[str, Any]) -> list[str]:
        return [event["stateEnteredEventDetails"]["name"] for event in self.history(report)
                if event["type"].endswith("StateEntered")]

    def leftovers(self, experiment_id: str) -> list[str]:
        return leftovers.find(self.emulator.client, experiment_id)

    def instances(self, experiment_id: str) -> list[dict[str, Any]]:
        reservations = self.client("ec2").describe_instances(
            Filters=[{"Name": "tag:ExperimentID", "Values": [experiment_id]}])["Reservations"]
        return [instance for reservation in reservations for instance in reservation["Instances"]]

    def objects(self, experiment_id: str) -> list[str]:
        listed = self.client("s3").list_objects_v2(Bucket=self.deployment.results_bucket,
                                                   Prefix=f"experiments/{experiment_id}/")
        return sorted(item["Key"] for item in listed.get("Contents", []))

    def record(self, experiment_id: str) -> dict[str, Any] | None:
        item = self.client("dynamodb").get_item(TableName=self.deployment.experiments_table,
                                                Key={"experimentId": {"S": experiment_id}}, ConsistentRead=True)
        return item.get("Item")


def describe(report: dict[str, Any]) -> str:
    """What a failing assertion prints: the report without the bulky output."""
    return json.dumps({k: v for k, v in report.items() if k != "output"}, indent=1)[:4000]
