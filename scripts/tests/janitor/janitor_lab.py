"""Helpers for the janitor's tests: experiment-like resources made as the admin, executions in known states, and
the janitor invoked as EventBridge, the Scheduler or an operator would (a uniquely named module: several test
folders have a conftest)."""
from __future__ import annotations

import json
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parents[2]
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from botocore.exceptions import ClientError  # noqa: E402

from emulator.constants import Lab  # noqa: E402
from emulator.deploy.deployer import Deployer  # noqa: E402
from emulator.deploy.deployment import Deployment  # noqa: E402
from emulator.server import Emulator  # noqa: E402

PROJECT = Lab.PROJECT_TAG
JANITOR = "janitor"
HOLD_MACHINE = f"{Lab.NAME_PREFIX}-janitor-test-hold"
FAIL_MACHINE = f"{Lab.NAME_PREFIX}-janitor-test-fail"


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def past(hours: float = 1) -> str:
    return rfc3339(datetime.now(timezone.utc) - timedelta(hours=hours))


def future(hours: float = 6) -> str:
    return rfc3339(datetime.now(timezone.utc) + timedelta(hours=hours))


def experiment_tags(experiment: str, *, expires_at: str, execution_arn: str | None = None, project: str = PROJECT,
                    component: str = "broker") -> dict[str, str]:
    """The tags apply-infra puts on an experiment's resources (Sources/LabCore/Tags/ResourceTags.swift)."""
    tags = {"Project": project, "ExperimentID": experiment, "Component": component, "ManagedBy": project,
            "ExpiresAt": expires_at, "Name": f"{experiment}-{component}"}
    if execution_arn:
        tags["ExecutionArn"] = execution_arn
    return tags


def unique(prefix: str) -> str:
    """An experiment id that follows the id rule and no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@dataclass
class Resources:
    """What one experiment-like group of resources holds, by kind (ids; placement groups by name)."""
    experiment: str
    instances: list[str] = field(default_factory=list)
    volumes: list[str] = field(default_factory=list)
    interfaces: list[str] = field(default_factory=list)
    placement_groups: list[str] = field(default_factory=list)
    security_groups: list[str] = field(default_factory=list)

    def keyed(self) -> set[tuple[str, str]]:
        """(kind, id) as the janitor's summary names them."""
        return ({("instance", i) for i in self.instances} | {("volume", v) for v in self.volumes}
                | {("network-interface", e) for e in self.interfaces}
                | {("placement-group", p) for p in self.placement_groups}
                | {("security-group", s) for s in self.security_groups})


@dataclass
class JanitorLab:
    emulator: Emulator
    deployment: Deployment
    deployer: Deployer

    def client(self, service: str) -> Any:
        return self.emulator.client(service)

    # --- invoking ----------------------------------------------------------------------------------------

    def invoke(self, event: dict[str, Any]) -> dict[str, Any]:
        """The janitor's summary; fails the test (with the error and the log tail) when the function failed."""
        response = self.client("lambda").invoke(
            FunctionName=self.deployment.functions[JANITOR], Payload=json.dumps(event).encode(), LogType="Tail")
        payload = json.loads(response["Payload"].read())
        assert "FunctionError" not in response, f"the janitor failed: {payload}"
        return payload

    def invoke_failing(self, event: dict[str, Any]) -> dict[str, Any]:
        response = self.client("lambda").invoke(
            FunctionName=self.deployment.functions[JANITOR], Payload=json.dumps(event).encode())
        payload = json.loads(response["Payload"].read())
        assert "FunctionError" in response, f"the janitor accepted {event}: {payload}"
        return payload

    def sweep(self, **options: Any) -> dict[str, Any]:
        return self.invoke({"action": "sweep", **options})

    def status_change(self, execution_arn: str, status: str) -> dict[str, Any]:
        """The event EventBridge delivers for the rule `execution_ended_badly` (docs/janitor.md)."""
        name = execution_arn.rsplit(":", 1)[-1]
        machine = execution_arn.split(":execution:", 1)[1].rsplit(":", 1)[0]
        return self.invoke({
            "version": "0", "id": str(uuid.uuid4()), "detail-type": "Step Functions Execution Status Change",
            "source": "aws.states", "account": Lab.ACCOUNT_ID, "time": rfc3339(datetime.now(timezone.utc)),
            "region": Lab.REGION, "resources": [execution_arn],
            "detail": {"executionArn": execution_arn, "name": name, "status": status,
                       "stateMachineArn": f"arn:aws:states:{Lab.REGION}:{Lab.ACCOUNT_ID}:stateMachine:{machine}",
                       "startDate": int(time.time() * 1000), "stopDate": int(time.time() * 1000),
                       "input": "{}", "output": None}})

    # --- executions --------------------------------------------------------------------------------------

    def _machine(self, name: str, definition: dict[str, Any]) -> str:
        sfn = self.client("stepfunctions")
        for machine in sfn.list_state_machines()["stateMachines"]:
            if machine["name"] == name:
                return machine["stateMachineArn"]
        return sfn.create_state_machine(name=name, definition=json.dumps(definition),
                                        roleArn=self.deployment.roles["state-machine"], type="STANDARD")["stateMachineArn"]

    def running_execution(self, name: str) -> str:
        """An execution that stays RUNNING (a long Wait) until stopped."""
        machine = self._machine(HOLD_MACHINE, {"StartAt": "Hold", "States": {
            "Hold": {"Type": "Wait", "Seconds": 100000, "End": True}}})
        arn = self.client("stepfunctions").start_execution(stateMachineArn=machine, name=name)["executionArn"]
        self.wait_for_status(arn, "RUNNING")
        return arn

    def failed_execution(self, name: str) -> str:
        machine = self._machine(FAIL_MACHINE, {"StartAt": "Boom", "States": {
            "Boom": {"Type": "Fail", "Error": "JanitorTest", "Cause": "a failed experiment for the janitor's tests"}}})
        arn = self.client("stepfunctions").start_execution(stateMachineArn=machine, name=name)["executionArn"]
        self.wait_for_status(arn, "FAILED")
        return arn

    def stop(self, execution_arn: str) -> None:
        self.client("stepfunctions").stop_execution(executionArn=execution_arn, error="JanitorTest", cause="stopped")
        self.wait_for_status(execution_arn, "ABORTED")

    def wait_for_status(self, execution_arn: str, status: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        seen = None
        while time.monotonic() < deadline:
            seen = self.client("stepfunctions").describe_execution(executionArn=execution_arn)["status"]
            if seen == status:
                return
            time.sleep(0.05)
        raise AssertionError(f"{execution_arn} is {seen}, not {status}, after {timeout} s")

    # --- resources ---------------------------------------------------------------------------------------

    def launch(self, tags: dict[str, str] | None, count: int = 1, *, data_volume: bool = True,
               subnet_id: str | None = None) -> tuple[list[str], list[str]]:
        """Instances (and, with `data_volume`, one tagged data volume each that survives termination, as a
        BookKeeper journal would); returns (instance ids, data volume ids)."""
        ec2 = self.client("ec2")
        arguments: dict[str, Any] = dict(ImageId=self.deployment.ami_id, InstanceType="t3.micro", MinCount=count,
                                         MaxCount=count, SubnetId=subnet_id or self.deployment.subnet_id)
        if tags is not None:
            tag_list = [{"Key": k, "Value": v} for k, v in tags.items()]
            arguments["TagSpecifications"] = [{"ResourceType": "instance", "Tags": tag_list},
                                              {"ResourceType": "volume", "Tags": tag_list}]
        if data_volume:
            arguments["BlockDeviceMappings"] = [{"DeviceName": "/dev/sdf",
                                                 "Ebs": {"VolumeSize": 10, "DeleteOnTermination": False}}]
        instances = [i["InstanceId"] for i in ec2.run_instances(**arguments)["Instances"]]
        volumes: list[str] = []
        if data_volume:
            for volume in ec2.describe_volumes(Filters=[{"Name": "attachment.instance-id", "Values": instances}])["Volumes"]:
                if any(a["Device"] == "/dev/sdf" for a in volume["Attachments"]):
                    volumes.append(volume["VolumeId"])
        return instances, sorted(volumes)

    def large_subnet(self) -> str:
        """A /20 in the lab VPC: the lab's /24 holds 251 addresses, fewer than the scale test launches."""
        ec2 = self.client("ec2")
        cidr = "10.42.16.0/20"
        for subnet in ec2.describe_subnets(Filters=[{"Name": "cidr-block", "Values": [cidr]}])["Subnets"]:
            return subnet["SubnetId"]
        return ec2.create_subnet(VpcId=self.deployment.vpc_id, CidrBlock=cidr,
                                 AvailabilityZone=f"{Lab.REGION}a")["Subnet"]["SubnetId"]

    def volume(self, tags: dict[str, str] | None) -> str:
        arguments: dict[str, Any] = dict(AvailabilityZone=f"{Lab.REGION}a", Size=1)
        if tags is not None:
            arguments["TagSpecifications"] = [{"ResourceType": "volume", "Tags": [{"Key": k, "Value": v} for k, v in tags.items()]}]
        return self.client("ec2").create_volume(**arguments)["VolumeId"]

    def interface(self, tags: dict[str, str] | None) -> str:
        arguments: dict[str, Any] = dict(SubnetId=self.deployment.subnet_id)
        if tags is not None:
            arguments["TagSpecifications"] = [{"ResourceType": "network-interface",
                                               "Tags": [{"Key": k, "Value": v} for k, v in tags.items()]}]
        return self.client("ec2").create_network_interface(**arguments)["NetworkInterface"]["NetworkInterfaceId"]

    def placement_group(self, name: str, tags: dict[str, str] | None) -> str:
        arguments: dict[str, Any] = dict(GroupName=name, Strategy="cluster")
        if tags is not None:
            arguments["TagSpecifications"] = [{"ResourceType": "placement-group",
                                               "Tags": [{"Key": k, "Value": v} for k, v in tags.items()]}]
        self.client("ec2").create_placement_group(**arguments)
        return name

    def security_group(self, name: str, tags: dict[str, str] | None) -> str:
        arguments: dict[str, Any] = dict(GroupName=name, Description="janitor test", VpcId=self.deployment.vpc_id)
        if tags is not None:
            arguments["TagSpecifications"] = [{"ResourceType": "security-group",
                                               "Tags": [{"Key": k, "Value": v} for k, v in tags.items()]}]
        return self.client("ec2").create_security_group(**arguments)["GroupId"]

    def experiment(self, experiment: str, tags: dict[str, str] | None, *, instances: int = 2) -> Resources:
        """A small cluster's worth: instances with data volumes, a spare volume, a detached interface, a placement
        group and a security group, all with `tags` (None: untagged)."""
        resources = Resources(experiment)
        resources.instances, resources.volumes = self.launch(tags, instances)
        resources.volumes.append(self.volume(tags))
        resources.interfaces.append(self.interface(tags))
        resources.placement_groups.append(self.placement_group(f"{Lab.NAME_PREFIX}-{experiment}", tags))
        resources.security_groups.append(self.security_group(f"{experiment}-nodes", tags))
        return resources

    # --- what is left ------------------------------------------------------------------------------------

    def instance_state(self, instance_id: str) -> str:
        reservations = self.client("ec2").describe_instances(InstanceIds=[instance_id])["Reservations"]
        return reservations[0]["Instances"][0]["State"]["Name"]

    def exists(self, kind: str, identifier: str) -> bool:
        """Whether the resource is still there (an instance counts until `terminated`)."""
        ec2 = self.client("ec2")
        try:
            if kind == "instance":
                return self.instance_state(identifier) != "terminated"
            if kind == "volume":
                return bool(ec2.describe_volumes(VolumeIds=[identifier])["Volumes"])
            if kind == "network-interface":
                return bool(ec2.describe_network_interfaces(NetworkInterfaceIds=[identifier])["NetworkInterfaces"])
            if kind == "placement-group":
                return any(g["GroupName"] == identifier for g in ec2.describe_placement_groups()["PlacementGroups"])
            if kind == "security-group":
                return bool(ec2.describe_security_groups(GroupIds=[identifier])["SecurityGroups"])
        except ClientError as error:
            if "NotFound" in error.response["Error"]["Code"] or "Unknown" in error.response["Error"]["Code"]:
                return False
            raise
        raise ValueError(kind)

    def left(self, resources: Resources) -> set[tuple[str, str]]:
        return {(kind, identifier) for kind, identifier in resources.keyed() if self.exists(kind, identifier)}

    def log_lines(self, message: str, since_ms: int) -> list[dict[str, Any]]:
        """The janitor's JSON log lines with `message` written since `since_ms` (CloudWatch Logs in the emulator)."""
        logs = self.client("logs")
        group = f"/aws/lambda/{Lab.NAME_PREFIX}-{JANITOR}"
        lines: list[dict[str, Any]] = []
        token = None
        while True:
            arguments: dict[str, Any] = dict(logGroupName=group, startTime=since_ms)
            if token:
                arguments["nextToken"] = token
            page = logs.filter_log_events(**arguments)
            for event in page["events"]:
                text = event["message"].strip()
                if text.startswith("{"):
                    try:
                        line = json.loads(text)
                    except ValueError:
                        continue
                    if line.get("message") == message:
                        lines.append(line)
            token = page.get("nextToken")
            if not token:
                return lines


def summary_resources(summary: dict[str, Any], *results: str) -> set[tuple[str, str]]:
    """(kind, id) of the summary's resources whose result is one of `results`."""
    return {(r["kind"], r["id"]) for r in summary["resources"] if r["result"] in results}
