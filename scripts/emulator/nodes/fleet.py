"""Simulated node lifecycle: pending -> running after a boot delay; SSM agent Online a delay after that.

moto makes instances `running` at once and has no SSM agent. Real nodes take tens of seconds to boot and
longer to register with SSM, and the state machine's readiness polling (Retry with backoff) exists for that
gap, so the lab reproduces it. Delays are emulated seconds, divided by the time factor. Injected faults can
keep a node from ever coming online.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from .. import jsonlog
from ..faults import FaultSet
from ..timescale import TimeScale
from . import user_data
from .service_model import ServiceDelays
from .user_data import BootstrapCall


class NodeDelays:
    """Emulated seconds (before the time factor), typical of an m5/r5 instance booting Amazon Linux 2023."""

    BOOT = 20.0  # RunInstances -> running
    AGENT = 30.0  # running -> SSM agent registered (PingStatus Online)


@dataclass
class SimulatedNode:
    instance: Any  # moto's ec2 Instance: state lives there, so DescribeInstances shows it
    account_id: str
    region: str
    launched_at: float = field(default_factory=time.time)
    booted_at: float | None = None
    online_since: float | None = None
    instance_profile: str | None = None  # name or ARN given to RunInstances (moto links only the first instance)
    bootstrap_call: BootstrapCall | None = None  # what the user data asks node-bootstrap to do
    bootstrap_problem: str | None = None  # why node-bootstrap would not run, when it would not
    # node-bootstrap's first peer lookup (aws ec2 describe-instances, as the node role): None until it ran, "" when
    # it answered, else why it failed (no credentials, AccessDenied): then no peer ever appears to this node
    peer_lookup_problem: str | None = None
    time_factor: float | None = None  # the factor in force at launch: the node's simulated delays keep it

    def launch_order_key(self) -> str:
        """Launch time to the second, as DescribeInstances shows it: node-bootstrap orders peers by it."""
        return self.instance.launch_time.strftime("%Y-%m-%dT%H:%M:%S")

    @property
    def instance_id(self) -> str:
        return str(self.instance.id)

    @property
    def state(self) -> str:
        return str(self.instance._state.name)

    def tags(self) -> dict[str, str]:
        return {tag["key"]: tag["value"] for tag in self.instance.get_tags()}

    @property
    def ping_status(self) -> str | None:
        """SSM's PingStatus: None before the agent first registered, ConnectionLost once the node stops."""
        if self.online_since is None:
            return None
        return "Online" if self.state == "running" else "ConnectionLost"


class NodeFleet:
    def __init__(self, time_scale: TimeScale, faults: FaultSet) -> None:
        self._time_scale = time_scale
        self._faults = faults
        self._lock = threading.Lock()
        self._nodes: dict[str, SimulatedNode] = {}
        self._timers: set[threading.Timer] = set()
        # Called when node-bootstrap starts on a node (NodeSimulation.look_up_peers: its AWS call as the node role).
        self.bootstrap_started: Callable[[SimulatedNode], None] | None = None

    def launched(self, instance: Any, account_id: str, region: str, instance_profile: str | None = None) -> None:
        """Called for each instance RunInstances created: hold it in pending, read its user data, schedule its boot."""
        reading = user_data.read(user_data.decode(getattr(instance, "user_data", None)))
        node = SimulatedNode(instance, account_id, region, instance_profile=instance_profile,
                             bootstrap_call=reading.call, bootstrap_problem=reading.problem,
                             time_factor=self._time_scale.factor)
        instance._state.name, instance._state.code = "pending", 0
        with self._lock:
            self._nodes[node.instance_id] = node
        jsonlog.info("node launched: pending", component="node", simulated=True, instanceId=node.instance_id,
                     bootInSeconds=round(self._time_scale.scaled(NodeDelays.BOOT), 3),
                     nodeComponent=node.tags().get("Component"), experimentId=node.tags().get("ExperimentID"))
        if reading.problem is not None and node.tags().get("Project") == "pulsar-aws-lab":
            jsonlog.warning("node-bootstrap will not run on this node", component="node", simulated=True,
                            instanceId=node.instance_id, reason=reading.problem)
        self._after(NodeDelays.BOOT, self._boot, node)

    def node(self, instance_id: str) -> SimulatedNode | None:
        with self._lock:
            return self._nodes.get(instance_id)

    def nodes(self, account_id: str, region: str) -> list[SimulatedNode]:
        with self._lock:
            return [n for n in self._nodes.values() if n.account_id == account_id and n.region == region]

    def experiment(self, experiment_id: str, account_id: str | None = None, region: str | None = None
                   ) -> list[SimulatedNode]:
        """Every node tagged with this experiment (any state), in launch order."""
        with self._lock:
            nodes = [n for n in self._nodes.values() if (account_id is None or n.account_id == account_id)
                     and (region is None or n.region == region)]
        tagged = [n for n in nodes if n.tags().get("ExperimentID") == experiment_id]
        return sorted(tagged, key=lambda n: (n.launched_at, n.instance_id))

    def stop(self) -> None:
        with self._lock:
            timers, self._timers = self._timers, set()
        for timer in timers:
            timer.cancel()

    def _after(self, emulated_seconds: float, action: Any, node: SimulatedNode) -> None:
        timer = threading.Timer(self._time_scale.scaled(emulated_seconds), self._fire, (action, node))
        timer.daemon = True
        with self._lock:
            self._timers.add(timer)
        timer.start()

    def _fire(self, action: Any, node: SimulatedNode) -> None:
        with self._lock:
            self._timers = {t for t in self._timers if t.is_alive() and t is not threading.current_thread()}
        action(node)

    def _boot(self, node: SimulatedNode) -> None:
        if node.state != "pending":
            return  # terminated or stopped while booting
        node.instance._state.name, node.instance._state.code = "running", 16
        node.booted_at = time.time()
        jsonlog.info("node booted: running", component="node", simulated=True, instanceId=node.instance_id)
        self._after(NodeDelays.AGENT, self._register_agent, node)
        if node.bootstrap_call is not None:
            self._after(ServiceDelays.CLOUD_INIT, self._start_bootstrap, node)

    def _start_bootstrap(self, node: SimulatedNode) -> None:
        if node.state == "running" and self.bootstrap_started is not None:
            self.bootstrap_started(node)

    def _register_agent(self, node: SimulatedNode) -> None:
        if node.state != "running":
            return
        if self._faults.node_never_online(node.tags()):
            jsonlog.warning("injected fault: SSM agent never registers", component="node", simulated=True,
                            instanceId=node.instance_id)
            return
        node.online_since = time.time()
        jsonlog.info("SSM agent registered: Online", component="node", simulated=True, instanceId=node.instance_id)
