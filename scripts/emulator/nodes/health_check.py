"""`/opt/pulsar-lab/bin/health-check` on a simulated node: the REAL script, run against the node's state now.

The simulation writes what the node would show at this moment (nodes/service_model.py: bootstrap status, unit
states, ZooKeeper's answers, the bookie port, the broker's health endpoint) into the node's root folder, then runs
packer/files/opt/pulsar-lab/bin/health-check there with the fake system commands (nodes/node_sandbox.py). Its
JSON line, stderr and exit status are the command's, exactly as the script produced them.
"""
from __future__ import annotations

from typing import Callable

from .. import jsonlog
from .node_command import BIN_DIR, CommandOutcome, NodeContext
from .node_simulation import NodeSimulation

SCRIPT = f"{BIN_DIR}/health-check"
REAL_TIMEOUT_CAP = 60.0  # real seconds: the script checks with short timeouts of its own


def interpreter(simulation: Callable[[], NodeSimulation]) -> Callable[[list[str], NodeContext], CommandOutcome]:
    def interpret(arguments: list[str], context: NodeContext) -> CommandOutcome:
        sim = simulation()
        node = sim.node(context.instance_id)
        with sim.root_lock(node):
            root = sim.root(node)
            health = sim.health(node)
            root.materialise(health)
            run = sim.sandbox.run(SCRIPT, arguments, root=root.path, environment=sim.environment(node),
                                  timeout_seconds=min(REAL_TIMEOUT_CAP,
                                                      sim.time_scale.scaled(context.execution_timeout_seconds)))
        jsonlog.info("health-check ran", component="node", simulated=True, instanceId=node.instance_id,
                     exitCode=run.exit_code, bootstrap=health.bootstrap, output=run.stdout.strip()[:300])
        return CommandOutcome(run.exit_code, run.stdout, run.stderr, timed_out=run.timed_out)

    return interpret
