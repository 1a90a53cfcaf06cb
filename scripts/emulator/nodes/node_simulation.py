"""Ties the simulated nodes together: their cluster model, file systems, credentials and the real scripts.

The interpreters of the project's node-side commands (health_check.py, run_benchmark.py) ask this object for a
node's state now, its root folder with that state written into it, and the environment its scripts run with:
the emulator's endpoint and the credentials of the node's instance profile role (as IMDS would hand them out),
so the node policy (terraform/policies/node.json) is what IAM enforces on the node's own AWS calls. Two calls a
node makes outside those scripts are made here with the same credentials: node-bootstrap's peer lookup
(`aws ec2 describe-instances`, the service model reads its outcome) and the SSM agent's upload of a command's
output to S3 (GetBucketEncryption, then PutObject).
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
        self._clients: dict[tuple[str, str, str], Any] = {}
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

    def _client(self, service: str, region: str, credentials: tuple[str, str]) -> Any:
        """A boto3 client signed as the node's role (cached: building one costs 50-200 ms)."""
        import boto3
        from botocore.config import Config

        key = (service, region, credentials[0])
        with self._lock:
            if key not in self._clients:
                self._clients[key] = boto3.session.Session().client(
                    service, region_name=region, endpoint_url=self._endpoint_url(),
                    aws_access_key_id=credentials[0], aws_secret_access_key=credentials[1],
                    config=Config(retries={"mode": "standard", "max_attempts": 3}))
            return self._clients[key]

    def look_up_peers(self, node: SimulatedNode) -> None:
        """node-bootstrap's first `aws ec2 describe-instances` (its `peers` function), as the node role: the
        instances of the node's experiment and component that are pending or running. A failure leaves the node
        waiting for peers that never appear (the service model turns it into `failed` after the peer wait)."""
        from botocore.exceptions import BotoCoreError, ClientError

        call = node.bootstrap_call
        if call is None:
            return
        credentials = self.credentials(node)
        if credentials is None:
            problem = "Unable to locate credentials: the instance has no instance profile"
        else:
            try:
                self._client("ec2", call.region or node.region, credentials).describe_instances(Filters=[
                    {"Name": "tag:ExperimentID", "Values": [call.experiment_id]},
                    {"Name": "tag:Component", "Values": ["zookeeper" if call.role != "client" else call.role]},
                    {"Name": "instance-state-name", "Values": ["pending", "running"]}])
                problem = ""
            except ClientError as error:
                details = error.response.get("Error", {})
                problem = f"{details.get('Code')}: {details.get('Message')}"
            except BotoCoreError as error:
                problem = str(error)
        node.peer_lookup_problem = problem
        if problem:
            jsonlog.warning("node-bootstrap's peer lookup failed: the node will never see its peers", component="node",
                            simulated=True, instanceId=node.instance_id, problem=problem)

    def upload_command_output(self, node: SimulatedNode, bucket: str, key: str, body: bytes,
                              put_object: Callable[[str, str, str, bytes], None]) -> None:
        """What the SSM agent does with a command's stdout/stderr when OutputS3BucketName is set, with the
        instance profile's credentials: GetBucketEncryption (a failure only means "upload without an encryption
        header"), then PutObject with the bucket's algorithm and the bucket-owner-full-control ACL
        (amazon-ssm-agent, agent/s3util/s3util.go, S3Upload and getSSEAlgorithm). Raises when the upload fails.
        A node without an instance profile could not run an agent at all on AWS; the simulation's agent writes
        its output as before (`put_object`, no IAM check) so commands on such nodes still report."""
        from botocore.exceptions import ClientError

        credentials = self.credentials(node)
        if credentials is None:
            put_object(node.account_id, bucket, key, body)
            return
        s3 = self._client("s3", node.region, credentials)
        extra: dict[str, str] = {}
        try:
            rules = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"]
            algorithm = rules[0]["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"]
            if algorithm in ("AES256", "aws:kms"):
                extra["ServerSideEncryption"] = algorithm
        except ClientError:
            pass  # the agent logs "Bucket is not encrypted" and uploads without the header
        s3.put_object(Bucket=bucket, Key=key, Body=body, ContentType="text/plain", ACL="bucket-owner-full-control",
                      **extra)
