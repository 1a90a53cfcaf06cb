"""Ties the simulated nodes together: their cluster model, file systems, credentials and the real scripts.

The interpreters of the project's node-side commands (health_check.py, run_benchmark.py) ask this object for a
node's state now, its root folder with that state written into it, and the environment its scripts run with:
the emulator's endpoint and the credentials of the node's instance profile role (as IMDS would hand them out),
so the node policy (terraform/policies/node.json) is what IAM enforces on the node's own AWS calls.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Callable

from .. import jsonlog
from ..faults import FaultSet
from ..timescale import TimeScale
from .fleet import NodeFleet, SimulatedNode
from .node_root import NodeRoot
from .node_sandbox import NodeSandbox
from .service_model import ClusterModel, NodeHealth

RoleCredentials = Callable[[str], tuple[str, str]]  # role ARN -> (access key, secret)


class NodeSimulation:
    def __init__(self, *, work_dir: Path, time_scale: TimeScale, faults: FaultSet, fleet: Callable[[], NodeFleet],
                 endpoint_url: Callable[[], str], role_credentials: RoleCredentials,
                 instance_profile_roles: Callable[[str, str], list[str]]) -> None:
        """`instance_profile_roles(account, name or ARN)` lists the role ARNs of an instance profile."""
        self.time_scale = time_scale
        self.faults = faults
        self._fleet = fleet
        self._endpoint_url = endpoint_url
        self._role_credentials = role_credentials
        self._instance_profile_roles = instance_profile_roles
        self.sandbox = NodeSandbox(work_dir)
        self._roots_dir = work_dir / "nodes"
        self._lock = threading.Lock()
        self._root_locks: dict[str, threading.Lock] = {}
        self.model = ClusterModel(time_scale.scaled)

    @property
    def fleet(self) -> NodeFleet:
        return self._fleet()

    def node(self, instance_id: str) -> SimulatedNode:
        node = self.fleet.node(instance_id)
        if node is None:
            raise LookupError(f"{instance_id} is not a simulated node")
        return node

    def cluster(self, node: SimulatedNode) -> list[SimulatedNode]:
        """The node's experiment: every node with its ExperimentID tag (itself alone when untagged)."""
        experiment = node.tags().get("ExperimentID")
        if not experiment:
            return [node]
        return self.fleet.experiment(experiment, node.account_id, node.region)

    def health(self, node: SimulatedNode, now: float | None = None) -> NodeHealth:
        times = self.model.times(self.cluster(node))
        return self.model.health(node, times[node.instance_id], time.time() if now is None else now)

    def cluster_health(self, experiment_id: str) -> dict[str, NodeHealth]:
        nodes = self.fleet.experiment(experiment_id)
        times = self.model.times(nodes)
        now = time.time()
        return {n.instance_id: self.model.health(n, times[n.instance_id], now) for n in nodes}

    def cluster_healthy_at(self, experiment_id: str) -> float | None:
        """When every live node of the experiment was (or will be) both SSM Online and healthy: the moment a
        perfect poller could declare the cluster ready. None when some node never gets there."""
        nodes = [n for n in self.fleet.experiment(experiment_id) if n.state in ("pending", "running")]
        if not nodes:
            return None
        times = self.model.times(nodes)
        moments = []
        for node in nodes:
            healthy = self.model.health(node, times[node.instance_id], float("inf")).healthy_at
            if healthy is None or node.online_since is None:
                return None
            moments.append(max(healthy, node.online_since))
        return max(moments)

    def root(self, node: SimulatedNode) -> NodeRoot:
        self.sandbox.install()
        with self._lock:
            return NodeRoot(self._roots_dir, node.instance_id, str(node.instance.instance_type),
                            self.sandbox.omb_benchmark)

    def root_lock(self, node: SimulatedNode) -> threading.Lock:
        with self._lock:
            return self._root_locks.setdefault(node.instance_id, threading.Lock())

    def environment(self, node: SimulatedNode) -> dict[str, str]:
        """What the node's scripts run with: the endpoint, the region, the role's credentials, the time factor."""
        env = {"AWS_ENDPOINT_URL": self._endpoint_url(), "AWS_REGION": node.region,
               "AWS_DEFAULT_REGION": node.region, "PULSAR_LAB_SIM_TIME_FACTOR": f"{self.time_scale.factor:g}"}
        credentials = self.credentials(node)
        if credentials is not None:
            env["AWS_ACCESS_KEY_ID"], env["AWS_SECRET_ACCESS_KEY"] = credentials
        return env

    def credentials(self, node: SimulatedNode) -> tuple[str, str] | None:
        if not node.instance_profile:
            return None
        try:
            roles = self._instance_profile_roles(node.account_id, node.instance_profile)
        except Exception as problem:  # noqa: BLE001 - moto raises its own NotFound types
            jsonlog.warning("instance profile not found: the node has no credentials", component="node",
                            simulated=True, instanceId=node.instance_id, profile=node.instance_profile,
                            problem=str(problem))
            return None
        if not roles:
            return None
        return self._role_credentials(roles[0])
