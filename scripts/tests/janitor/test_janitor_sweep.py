"""The scheduled sweep: removes what expired or whose execution ended, touches nothing else (resource by resource),
lists in a dry run exactly what it then deletes, and finds nothing the second time."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import pytest

from janitor_lab import (JanitorLab, Resources, experiment_tags, future, past, summary_resources, unique)


@dataclass
class Swept:
    expired_running: Resources   # ExpiresAt passed, its execution still RUNNING: the TTL wins
    expired_untracked: Resources  # ExpiresAt passed, no ExecutionArn tag
    ended: Resources              # ExpiresAt ahead, its execution FAILED
    running: Resources            # ExpiresAt ahead, its execution RUNNING: protected
    untagged: Resources           # no tags at all
    foreign: Resources            # Project=another-project, ExpiresAt passed
    shared_network: str           # the lab's own security group (Project only, no ExperimentID)
    dry: dict[str, Any]
    after_dry: set[tuple[str, str]]
    real: dict[str, Any]
    second: dict[str, Any]
    started_ms: int
    running_arn: str

    @property
    def removable(self) -> list[Resources]:
        return [self.expired_running, self.expired_untracked, self.ended]

    @property
    def protected(self) -> list[Resources]:
        return [self.running, self.untagged, self.foreign]


@pytest.fixture(scope="module")
def swept(lab: JanitorLab) -> Any:
    running_arn = lab.running_execution(unique("hold"))
    failed_arn = lab.failed_execution(unique("boom"))
    ids = {name: unique(name) for name in ("expired-running", "expired-untracked", "ended", "running", "untagged", "foreign")}
    expired_running = lab.experiment(ids["expired-running"], experiment_tags(
        ids["expired-running"], expires_at=past(), execution_arn=running_arn))
    expired_untracked = lab.experiment(ids["expired-untracked"], experiment_tags(ids["expired-untracked"], expires_at=past(2)))
    ended = lab.experiment(ids["ended"], experiment_tags(ids["ended"], expires_at=future(), execution_arn=failed_arn))
    running = lab.experiment(ids["running"], experiment_tags(ids["running"], expires_at=future(), execution_arn=running_arn))
    untagged = lab.experiment(ids["untagged"], None)
    foreign = lab.experiment(ids["foreign"], experiment_tags(ids["foreign"], expires_at=past(), project="another-project"))
    # The record validate-ami would have written for one of them, to be marked by the janitor.
    lab.client("dynamodb").put_item(TableName=lab.deployment.experiments_table, Item={
        "experimentId": {"S": ids["expired-running"]}, "executionArn": {"S": running_arn}, "status": {"S": "RUNNING"}})

    everything = [expired_running, expired_untracked, ended, running, untagged, foreign]
    started_ms = int(time.time() * 1000) - 1000
    dry = lab.sweep(dryRun=True)
    after_dry = set().union(*(lab.left(r) for r in everything))
    real = lab.sweep()
    second = lab.sweep()
    yield Swept(expired_running, expired_untracked, ended, running, untagged, foreign,
                lab.deployment.security_group_id, dry, after_dry, real, second, started_ms, running_arn)
    lab.stop(running_arn)


def test_dry_run_deletes_nothing_and_lists_exactly_what_the_real_sweep_then_deletes(swept: Swept) -> None:
    every = set().union(*(r.keyed() for r in swept.removable + swept.protected))
    assert swept.after_dry == every, f"the dry run deleted {sorted(every - swept.after_dry)}"
    listed = summary_resources(swept.dry, "would-delete")
    acted = summary_resources(swept.real, "deleted", "pending", "failed")
    assert swept.dry["dryRun"] is True and summary_resources(swept.dry, "deleted") == set()
    assert listed == acted, (f"listed but not deleted: {sorted(listed - acted)}; "
                             f"deleted but not listed: {sorted(acted - listed)}")
    ours = set().union(*(r.keyed() for r in swept.removable))
    assert ours <= listed, f"the dry run did not list {sorted(ours - listed)}"
    print(f"\n[janitor] dry-run parity: {len(listed)} listed = {len(acted)} acted on by the real sweep")


def test_expired_and_ended_experiments_are_removed_resource_by_resource(lab: JanitorLab, swept: Swept) -> None:
    for resources in swept.removable:
        left = lab.left(resources)
        assert not left, f"{resources.experiment}: still there after the sweep: {sorted(left)}"
        for instance in resources.instances:
            assert lab.instance_state(instance) == "terminated", instance
    assert swept.real["complete"] is True, swept.real
    reasons = {e["experimentId"]: e["reason"] for e in swept.real["experiments"]}
    assert reasons[swept.expired_running.experiment].startswith("ttl-expired"), reasons
    assert reasons[swept.expired_untracked.experiment].startswith("ttl-expired"), reasons
    assert reasons[swept.ended.experiment] == "execution-ended: FAILED", reasons
    removed = sum(len(r.keyed()) for r in swept.removable)
    print(f"\n[janitor] sweep removed {removed} resources of {len(swept.removable)} experiments "
          f"({swept.real['counts']['deleted']} deleted in all) in {swept.real['seconds']} s")


def test_running_untagged_and_foreign_resources_are_untouched(lab: JanitorLab, swept: Swept) -> None:
    for resources in swept.protected:
        expected = resources.keyed()
        left = lab.left(resources)
        assert left == expected, f"{resources.experiment}: the sweep removed {sorted(expected - left)}"
        for instance in resources.instances:
            assert lab.instance_state(instance) in ("pending", "running"), instance
    assert lab.exists("security-group", swept.shared_network), "the lab's shared node security group was deleted"
    touched = {r["id"] for r in swept.real["resources"]}
    for resources in swept.protected:
        assert not ({i for _, i in resources.keyed()} & touched), f"{resources.experiment} appears in the summary"
    kept = {e["experimentId"]: e["reason"] for e in swept.real["experiments"] if e["verdict"] == "keep"}
    assert "RUNNING" in kept[swept.running.experiment], kept
    untouched = sum(len(r.keyed()) for r in swept.protected)
    print(f"\n[janitor] untouched: {untouched} resources (running experiment, untagged, another Project) "
          f"+ the shared security group")


def test_second_sweep_finds_nothing(swept: Swept) -> None:
    counts = swept.second["counts"]
    assert swept.second["cleaned"] == [] and counts["deleted"] == counts["pending"] == counts["failed"] == 0, swept.second
    assert swept.second["resources"] == [], swept.second["resources"]


@pytest.mark.iam_proves("janitor:dynamodb:UpdateItem")
def test_cleaned_record_is_marked_and_the_summary_is_in_s3(lab: JanitorLab, swept: Swept) -> None:
    item = lab.client("dynamodb").get_item(TableName=lab.deployment.experiments_table, ConsistentRead=True,
                                           Key={"experimentId": {"S": swept.expired_running.experiment}})["Item"]
    assert item.get("cleanedBy") == {"S": "janitor"}, f"the janitor did not mark the record cleaned: {item}"
    janitor = item["janitor"]["M"]
    assert janitor["trigger"] == {"S": "sweep"} and janitor["reason"]["S"].startswith("ttl-expired"), janitor
    assert janitor["complete"] == {"BOOL": True}, janitor
    assert int(janitor["deleted"]["N"]) == len(swept.expired_running.keyed()), janitor
    key = swept.real["reportKey"]
    assert key.startswith("janitor/") and key == janitor["report"]["S"], (key, janitor)
    stored = json.loads(lab.client("s3").get_object(Bucket=lab.deployment.results_bucket, Key=key)["Body"].read())
    assert stored == {k: v for k, v in swept.real.items() if k != "reportKey"}
    # Results stay: the janitor may write only under janitor/ and deletes nothing in S3.
    assert lab.client("s3").list_objects_v2(Bucket=lab.deployment.results_bucket, Prefix="janitor/")["KeyCount"] >= 3


def test_one_json_log_line_per_resource(lab: JanitorLab, swept: Swept) -> None:
    lines = lab.log_lines("cleanup", swept.started_ms)
    logged = {(line["kind"], line["id"], line["experimentId"], line["action"], line["result"]) for line in lines}
    for outcome in swept.real["resources"]:
        entry = (outcome["kind"], outcome["id"], outcome["experimentId"], outcome["action"], outcome["result"])
        assert entry in logged, f"no log line for {entry}; {len(lines)} cleanup lines logged"


def test_an_orphan_waits_for_the_grace_period(lab: JanitorLab) -> None:
    """No ExecutionArn tag, no record, TTL ahead: kept while younger than graceMinutes, cleaned after."""
    experiment = unique("orphan")
    orphan = lab.experiment(experiment, experiment_tags(experiment, expires_at=future()), instances=1)
    first = lab.sweep()
    kept = {e["experimentId"]: e["reason"] for e in first["experiments"] if e["verdict"] == "keep"}
    assert "grace 120 min" in kept.get(experiment, ""), first["experiments"]
    assert lab.left(orphan) == orphan.keyed()
    second = lab.sweep(graceMinutes=0)
    reasons = {e["experimentId"]: e["reason"] for e in second["experiments"]}
    assert reasons[experiment].startswith("orphaned"), reasons
    assert not lab.left(orphan)


def test_a_failed_delete_does_not_stop_the_rest_and_the_next_sweep_finishes_it(lab: JanitorLab) -> None:
    experiment = unique("faulty")
    resources = lab.experiment(experiment, experiment_tags(experiment, expires_at=past()), instances=2)
    # The first of its three volumes fails, the other two are deleted (calls 2 and 3), and the janitor's three
    # re-checks of the first fail too (calls 4-6): the invocation ends with one failure.
    fault = {"action": "ec2:DeleteVolume", "errorCode": "UnauthorizedOperation", "message": "injected by the janitor test",
             "httpStatus": 403}
    lab.emulator.faults.add_document({"calls": [dict(fault, times=1), dict(fault, skip=2, times=3)]})
    first = lab.sweep()
    mine = [r for r in first["resources"] if r["experimentId"] == experiment]
    failed = [r for r in mine if r["result"] == "failed"]
    assert len(failed) == 1 and failed[0]["kind"] == "volume" and failed[0]["errorCode"] == "UnauthorizedOperation", mine
    left = lab.left(resources)
    assert left == {("volume", failed[0]["id"])}, f"one failure stopped the rest: {sorted(left)}"
    assert first["complete"] is False
    second = lab.sweep()
    assert not lab.left(resources), second
    assert ("volume", failed[0]["id"]) in summary_resources(second, "deleted")
