"""Scale: a sweep over 500 tagged instances in 50 experiments completes within one invocation, paginating, and
its time is printed (run with -s)."""
from __future__ import annotations

import time

from janitor_lab import JanitorLab, experiment_tags, past, unique

EXPERIMENTS = 50
INSTANCES_PER_EXPERIMENT = 10


def test_sweep_over_500_instances_in_50_experiments(lab: JanitorLab) -> None:
    subnet = lab.large_subnet()
    started = time.monotonic()
    launched: dict[str, list[str]] = {}
    for _ in range(EXPERIMENTS):
        experiment = unique("scale")
        tags = experiment_tags(experiment, expires_at=past())
        # One RunInstances per instance: moto pages DescribeInstances by reservation (AWS by instance), so 500
        # one-instance reservations give the page count AWS gives 500 instances.
        launched[experiment] = [lab.launch(tags, 1, data_volume=False, subnet_id=subnet)[0][0]
                                for _ in range(INSTANCES_PER_EXPERIMENT)]
    setup_seconds = time.monotonic() - started
    instances = {i for ids in launched.values() for i in ids}
    assert len(instances) == EXPERIMENTS * INSTANCES_PER_EXPERIMENT

    started = time.monotonic()
    summary = lab.sweep()
    sweep_seconds = time.monotonic() - started

    terminated = {r["id"] for r in summary["resources"] if r["kind"] == "instance" and r["result"] == "deleted"}
    assert instances <= terminated, f"{len(instances - terminated)} instances not terminated"
    assert set(launched) <= set(summary["cleaned"]), "some experiments were not cleaned"
    assert summary["deferred"] == [] and summary["complete"] is True, {k: summary[k] for k in ("deferred", "complete", "counts")}
    # 500 instances at 200 a page: the listing had to follow nextToken.
    assert summary["pagesRead"]["instance"] >= 3, summary["pagesRead"]
    ec2 = lab.client("ec2")
    still = [i["InstanceId"] for r in ec2.describe_instances(InstanceIds=sorted(instances))["Reservations"]
             for i in r["Instances"] if i["State"]["Name"] != "terminated"]
    assert still == [], f"{len(still)} instances still not terminated"
    print(f"\n[janitor] scale: {len(instances)} instances in {EXPERIMENTS} experiments swept in {sweep_seconds:.2f} s "
          f"(janitor's own time {summary['seconds']} s, {summary['pagesRead']['instance']} instance pages); "
          f"creating them in moto took {setup_seconds:.2f} s")
