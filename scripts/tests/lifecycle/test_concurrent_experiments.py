"""Ten experiments started at once all succeed, and each cluster holds only its own nodes."""
from __future__ import annotations

import json
import time

from lifecycle_lab import SHORT, LifecycleLab, describe

EXPERIMENTS = 10


def test_ten_experiments_at_once_all_succeed_with_clusters_of_their_own(lifecycle: LifecycleLab) -> None:
    started = time.monotonic()
    runs = [lifecycle.start(SHORT, label=f"[{n}]") for n in range(EXPERIMENTS)]
    reports = lifecycle.follow(runs, timeout_seconds=900)
    wall = time.monotonic() - started
    print(f"\n{EXPERIMENTS} experiments at once: {wall:.1f} s wall (time factor "
          f"{lifecycle.emulator.time_scale.factor:g}); each: "
          + ", ".join(f"{r['status']} {r['wallSeconds']:.0f} s" for r in reports))
    failed = [describe(r) for r in reports if r["status"] != "SUCCEEDED" or r["leftoverResources"]]
    assert not failed, "\n".join(failed)
    bucket = lifecycle.deployment.results_bucket
    every_node: dict[str, str] = {}
    for report in reports:
        experiment = report["experimentId"]
        manifest = json.loads(lifecycle.client("s3").get_object(
            Bucket=bucket, Key=f"experiments/{experiment}/cluster.json")["Body"].read())
        tagged = {i["InstanceId"] for i in lifecycle.instances(experiment)}
        listed = {node["instanceId"] for node in manifest["nodes"]}
        assert listed == tagged and len(listed) == 9, (experiment, sorted(listed), sorted(tagged))
        for instance_id in listed:
            assert instance_id not in every_node, f"{instance_id} is in {every_node.get(instance_id)} and {experiment}"
            every_node[instance_id] = experiment
        # Peer discovery on the nodes: each node-bootstrap call names its own experiment, and OMB reached only
        # this experiment's brokers (the simulated OMB refuses any other address, so SUCCEEDED proves it).
        for instance_id in listed:
            call = lifecycle.emulator.node_simulation.node(instance_id).bootstrap_call
            assert call is not None and call.experiment_id == experiment, (instance_id, call)
