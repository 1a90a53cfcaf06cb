"""When each simulated node's part of the cluster works: node-bootstrap's steps and the services' start-up.

The model follows node-bootstrap (docs/node-contract.md) step by step, with a stated delay for what takes time on
a real node (ServiceDelays, emulated seconds divided by the time factor):
- the user data starts node-bootstrap CLOUD_INIT after the instance is running;
- ZooKeeper nodes start their service at once; each answers `ruok` ZOOKEEPER_START later; once a majority
  answers, an election of ZOOKEEPER_ELECTION gives a leader (the highest myid) and followers (`srvr` Mode);
- broker 0 (first by launch time, then instance id, among its experiment's pending or running brokers, as
  node-bootstrap orders them) initialises the cluster metadata METADATA_INIT after a ZooKeeper serves and a
  bookie is visible; bookies (after DISK_PREPARE) and the other brokers wait for that metadata;
- a unit is `active` UNIT_ACTIVE after `systemctl enable --now`; a bookie opens port 3181 BOOKIE_START after its
  start; a broker listens on 8080 BROKER_START after its start and answers its health check 200 once
  min(bookies, 2) bookies serve (its default ensemble), 500 before;
- node-bootstrap records `done` when its service is started; the client only checks that OMB is installed.
What node-bootstrap would do wrong is modelled too: no or invalid user data -> no bootstrap at all (health-check
says "missing"); a role that is not the node's Component tag -> `failed` (the node is not in its own peer
list); peers that never appear (another experiment id, a ZooKeeper count that does not match, a peer lookup that
fails because the node role may not ec2:DescribeInstances or the node has no credentials) -> `running`, then
`failed` after its peer wait (PEER_WAIT). The peer lookup itself is a real call (NodeSimulation.look_up_peers).
Times are evaluated when asked (the health check runs), from the nodes as they are then, with the time factor
the experiment's first node was launched with.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .user_data import BootstrapCall


class ServiceDelays:
    """Emulated seconds, typical of Pulsar 4 on m6i.large nodes (a broker's JVM takes the longest)."""

    CLOUD_INIT = 10.0
    UNIT_ACTIVE = 1.0
    ZOOKEEPER_START = 6.0
    ZOOKEEPER_ELECTION = 2.0
    METADATA_INIT = 5.0
    DISK_PREPARE = 3.0
    BOOKIE_START = 10.0
    BROKER_START = 15.0
    CLIENT_CHECK = 1.0
    PEER_WAIT = 600.0  # node-bootstrap: 120 attempts x 5 s


UNITS = {"zookeeper": "zookeeper", "bookkeeper": "bookkeeper", "broker": "pulsar-broker"}
LIVE_STATES = ("pending", "running")


@dataclass
class NodeTimes:
    """Wall-clock times (time.time()) at which things become true on one node; None: never (so far)."""

    bootstrap_started: float | None = None
    bootstrap_done: float | None = None
    bootstrap_failed: float | None = None
    failure: str = ""
    unit_active: float | None = None
    zookeeper_ruok: float | None = None
    zookeeper_mode: float | None = None
    zookeeper_leader: bool = False
    port_open: float | None = None
    http_listening: float | None = None
    broker_healthy: float | None = None


@dataclass
class NodeHealth:
    """A node's state at one moment, as its health check and the fakes will see it."""

    role: str | None
    bootstrap: str  # missing, running, done, failed
    bootstrap_message: str
    node_env: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    zookeeper_ruok: bool = False
    zookeeper_mode: str | None = None
    open_ports: tuple[str, ...] = ()
    broker_health_code: str = "000"
    healthy_at: float | None = None  # when its health check first reports healthy (None: not foreseeable)


def _nth(values: list[float | None], n: int) -> float | None:
    known = sorted(v for v in values if v is not None)
    return known[n - 1] if n >= 1 and len(known) >= n else None


def _latest(*values: float | None) -> float | None:
    return None if any(v is None for v in values) else max(v for v in values if v is not None)


def _after(start: float | None, delay: float) -> float | None:
    return None if start is None else start + delay


class ClusterModel:
    """Evaluates one experiment's nodes. `scaled(seconds)` turns emulated seconds into wall seconds; a cluster
    whose nodes carry the factor they were launched with (`time_factor`) keeps it, so changing the factor later
    does not move what already happened."""

    def __init__(self, scaled: Callable[[float], float]) -> None:
        self._s = scaled

    def times(self, nodes: list[Any]) -> dict[str, NodeTimes]:
        """`nodes`: SimulatedNode objects of one experiment (any state); only pending/running ones take part."""
        live = [n for n in nodes if n.state in LIVE_STATES]
        times = {n.instance_id: NodeTimes() for n in nodes}
        by_role: dict[str, list[Any]] = {role: [] for role in ("zookeeper", "bookkeeper", "broker", "client")}
        for node in live:
            component = node.tags().get("Component", "")
            if component in by_role:
                by_role[component].append(node)
        for group in by_role.values():
            group.sort(key=lambda n: (n.launch_order_key(), n.instance_id))
        launched_factor = next((n.time_factor for n in nodes if getattr(n, "time_factor", None)), None)
        s = self._s if launched_factor is None else (lambda seconds: max(0.0, seconds) / launched_factor)

        def start(node: Any) -> float | None:
            """When node-bootstrap starts on this node, or None (not booted, no valid user data)."""
            call: BootstrapCall | None = node.bootstrap_call
            return None if call is None or node.booted_at is None else node.booted_at + s(ServiceDelays.CLOUD_INIT)

        def stuck(node: Any, began: float, why: str) -> None:
            entry = times[node.instance_id]
            entry.bootstrap_started, entry.bootstrap_failed = began, began + s(ServiceDelays.PEER_WAIT)
            entry.failure = why

        healthy_nodes: dict[str, list[Any]] = {role: [] for role in by_role}
        for node in live:
            began = start(node)
            if began is None:
                continue
            call: BootstrapCall = node.bootstrap_call
            tags = node.tags()
            entry = times[node.instance_id]
            if call.role != tags.get("Component"):
                entry.bootstrap_started, entry.bootstrap_failed = began, began + s(1.0)
                entry.failure = (f"while discovering {call.role} peers: this instance ({node.instance_id}, tagged "
                                 f"Component={tags.get('Component')}) is not in its own component's peer list")
            elif call.experiment_id != tags.get("ExperimentID"):
                stuck(node, began, f"while discovering peers: no instance is tagged ExperimentID="
                                   f"{call.experiment_id} (this one is tagged {tags.get('ExperimentID')})")
            elif getattr(node, "peer_lookup_problem", None):
                first = "ZooKeeper" if call.role != "client" else "client peers"
                stuck(node, began, f"while discovering {first}: aws ec2 describe-instances failed "
                                   f"({node.peer_lookup_problem}), so no peer ever appeared")
            elif call.role != "client" and call.zookeeper_count is not None \
                    and call.zookeeper_count != len(by_role["zookeeper"]):
                stuck(node, began, f"while discovering ZooKeeper: zookeeper peers did not appear (wanted "
                                   f"{call.zookeeper_count}, {len(by_role['zookeeper'])} launched)")
            else:
                healthy_nodes[call.role].append(node)

        zookeepers = healthy_nodes["zookeeper"]
        for node in zookeepers:
            entry = times[node.instance_id]
            entry.bootstrap_started = start(node)
            entry.unit_active = _after(entry.bootstrap_started, s(ServiceDelays.UNIT_ACTIVE))
            entry.bootstrap_done = entry.unit_active
            entry.zookeeper_ruok = _after(entry.bootstrap_started, s(ServiceDelays.ZOOKEEPER_START))
        ensemble = len(by_role["zookeeper"])
        quorum = _after(_nth([times[n.instance_id].zookeeper_ruok for n in zookeepers], ensemble // 2 + 1),
                        s(ServiceDelays.ZOOKEEPER_ELECTION))
        if quorum is not None:
            voters = [n for n in zookeepers if (times[n.instance_id].zookeeper_ruok or 0) <= quorum]
            leader = max(voters, key=lambda n: by_role["zookeeper"].index(n))
            for node in zookeepers:
                entry = times[node.instance_id]
                entry.zookeeper_mode = _latest(entry.zookeeper_ruok, quorum)
                entry.zookeeper_leader = node is leader

        bookie_visible = min((n.launched_at for n in by_role["bookkeeper"]), default=None)
        brokers = by_role["broker"]
        metadata = None
        if brokers and brokers[0] in healthy_nodes["broker"]:
            metadata = _after(_latest(start(brokers[0]), bookie_visible, quorum), s(ServiceDelays.METADATA_INIT))
        for node in healthy_nodes["bookkeeper"]:
            entry = times[node.instance_id]
            entry.bootstrap_started = start(node)
            began = _latest(_after(entry.bootstrap_started, s(ServiceDelays.DISK_PREPARE)), metadata)
            entry.unit_active = _after(began, s(ServiceDelays.UNIT_ACTIVE))
            entry.bootstrap_done = entry.unit_active
            entry.port_open = _after(began, s(ServiceDelays.BOOKIE_START))
        bookie_count = len(by_role["bookkeeper"])
        ensemble_ready = _nth([times[n.instance_id].port_open for n in healthy_nodes["bookkeeper"]],
                              min(bookie_count, 2)) if bookie_count else None
        for node in healthy_nodes["broker"]:
            entry = times[node.instance_id]
            entry.bootstrap_started = start(node)
            began = _latest(entry.bootstrap_started, bookie_visible, metadata)
            entry.unit_active = _after(began, s(ServiceDelays.UNIT_ACTIVE))
            entry.bootstrap_done = entry.unit_active
            entry.http_listening = _after(began, s(ServiceDelays.BROKER_START))
            entry.broker_healthy = _latest(entry.http_listening, ensemble_ready, quorum)
        for node in healthy_nodes["client"]:
            entry = times[node.instance_id]
            entry.bootstrap_started = start(node)
            entry.bootstrap_done = _after(entry.bootstrap_started, s(ServiceDelays.CLIENT_CHECK))
        for node in by_role["bookkeeper"] + brokers:
            entry = times[node.instance_id]
            if entry.bootstrap_started is not None and entry.bootstrap_done is None and entry.bootstrap_failed is None:
                # Waiting for metadata that never comes (broker 0 cannot start): node-bootstrap gives up.
                entry.bootstrap_failed = entry.bootstrap_started + s(ServiceDelays.PEER_WAIT)
                entry.failure = "while waiting for the cluster metadata (broker 0 initialises it)"
        return times

    @staticmethod
    def health(node: Any, entry: NodeTimes, now: float) -> NodeHealth:
        """The node's state at `now` (wall clock)."""
        call: BootstrapCall | None = node.bootstrap_call

        def by(moment: float | None) -> bool:
            return moment is not None and moment <= now

        if call is None or not by(entry.bootstrap_started):
            return NodeHealth(role=None, bootstrap="missing", bootstrap_message="node-bootstrap has not run",
                              healthy_at=None)
        role = call.role
        node_env = {"ROLE": role, "INDEX": "" if call.index is None else str(call.index),
                    "EXPERIMENT_ID": call.experiment_id, "REGION": call.region, "BUCKET": call.bucket,
                    "CLUSTER_NAME": call.cluster_name, "INSTANCE_ID": node.instance_id,
                    "PRIVATE_IP": str(node.instance.private_ip or "")}
        if by(entry.bootstrap_failed):
            return NodeHealth(role=role, bootstrap="failed", node_env=node_env, healthy_at=None,
                              bootstrap_message=f"node-bootstrap failed (exit 1) {entry.failure}; see journalctl -u "
                                                "cloud-final or /var/log/cloud-init-output.log (simulated)")
        unit = UNITS.get(role)
        units = {}
        if unit is not None:
            units[unit] = "active" if by(entry.unit_active) else "inactive"
        status = "done" if by(entry.bootstrap_done) else "running"
        mode = None
        if by(entry.zookeeper_mode):
            mode = "leader" if entry.zookeeper_leader else "follower"
        if role == "zookeeper":
            healthy_at = _latest(entry.bootstrap_done, entry.unit_active, entry.zookeeper_ruok, entry.zookeeper_mode)
        elif role == "bookkeeper":
            healthy_at = _latest(entry.bootstrap_done, entry.unit_active, entry.port_open)
        elif role == "broker":
            healthy_at = _latest(entry.bootstrap_done, entry.unit_active, entry.broker_healthy)
        else:
            healthy_at = entry.bootstrap_done
        code = "000"
        if by(entry.broker_healthy):
            code = "200"
        elif by(entry.http_listening):
            code = "500"
        return NodeHealth(
            role=role, bootstrap=status,
            bootstrap_message=f"{role} started (simulated)" if status == "done" else "started", node_env=node_env,
            units=units, zookeeper_ruok=by(entry.zookeeper_ruok), zookeeper_mode=mode,
            open_ports=("3181",) if by(entry.port_open) else (), broker_health_code=code, healthy_at=healthy_at)
