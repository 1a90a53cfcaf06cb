"""`/opt/pulsar-lab/bin/run-benchmark` on a simulated client node: the REAL runner, with a simulated OMB.

packer/files/opt/pulsar-lab/bin/run-benchmark runs as on a node: it downloads the workload and driver files with
`aws s3 cp` (the fake CLI, against the emulator, as the node's role), runs `/opt/benchmark/bin/benchmark` (the fake
OMB, nodes/fakes/omb_benchmark.py), uploads the result and the log, prints its JSON summary line and exits with
OMB's status. Before it starts, the simulation tells the fake OMB what it would find (.sim/benchmark.json): the
experiment's brokers and whether they serve, the cluster name they initialised, the bookie count, the time factor
and any injected benchmark fault. The command is killed at its executionTimeout (scaled), as SSM kills it.
"""
from __future__ import annotations

import json
from typing import Any, Callable

from .. import jsonlog
from .node_command import BIN_DIR, CommandOutcome, NodeContext
from .node_simulation import NodeSimulation

SCRIPT = f"{BIN_DIR}/run-benchmark"
OMB_STARTUP_SECONDS = 8.0  # emulated: JVM start, topic, producer and consumer creation before the warm-up
# Real seconds beyond the scaled timeout before the kill: the fake AWS CLI's start-up (~1 s per call on a busy
# machine) is not scaled, and the runner may call it six times (three attempts each way).
GRACE_SECONDS = 15.0


def cluster_view(sim: NodeSimulation, node: Any) -> dict[str, Any]:
    """What OMB on this node would find: the experiment's brokers (serving or not), bookies, cluster name."""
    nodes = sim.cluster(node)
    health = sim.cluster_health(node.tags().get("ExperimentID", "")) if node.tags().get("ExperimentID") else {}
    brokers, bookies, cluster_name = [], 0, None
    for peer in nodes:
        if peer.state not in ("pending", "running"):
            continue
        component = peer.tags().get("Component")
        state = health.get(peer.instance_id)
        if component == "broker":
            brokers.append({"instanceId": peer.instance_id, "ip": str(peer.instance.private_ip or ""),
                            "serving": bool(state and state.broker_health_code == "200")})
            if peer.bootstrap_call is not None:
                cluster_name = cluster_name or peer.bootstrap_call.cluster_name
        elif component == "bookkeeper" and state is not None and "3181" in state.open_ports:
            bookies += 1
    return {"brokers": brokers, "bookies": bookies, "clusterName": cluster_name}


def interpreter(simulation: Callable[[], NodeSimulation]) -> Callable[[list[str], NodeContext], CommandOutcome]:
    def interpret(arguments: list[str], context: NodeContext) -> CommandOutcome:
        sim = simulation()
        node = sim.node(context.instance_id)
        exit_code, writes_result = sim.faults.benchmark_fault(node.tags())
        root = sim.root(node)
        view = cluster_view(sim, node)
        (root.sim / "benchmark.json").write_text(json.dumps({
            "timeFactor": sim.time_scale.factor, "startupSeconds": OMB_STARTUP_SECONDS,
            "seed": f"{node.tags().get('ExperimentID', '')} {' '.join(arguments)}", "cluster": view,
            "exitCode": exit_code, "writesResult": writes_result}))
        jsonlog.info("run-benchmark starting", component="node", simulated=True, instanceId=node.instance_id,
                     brokers=[b["ip"] for b in view["brokers"]], bookies=view["bookies"],
                     executionTimeoutSeconds=context.execution_timeout_seconds)
        run = sim.sandbox.run(SCRIPT, arguments, root=root.path, environment=sim.environment(node),
                              timeout_seconds=sim.time_scale.scaled(context.execution_timeout_seconds) + GRACE_SECONDS)
        jsonlog.info("run-benchmark ended", component="node", simulated=True, instanceId=node.instance_id,
                     exitCode=run.exit_code, timedOut=run.timed_out, summary=run.stdout.strip()[-400:],
                     stderrTail=run.stderr.strip()[-600:] if run.exit_code else "")
        return CommandOutcome(run.exit_code, run.stdout, run.stderr, timed_out=run.timed_out)

    return interpret
