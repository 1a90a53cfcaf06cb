"""What a deploy created: the names and ARNs a run, a test or the CLI needs."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Deployment:
    results_bucket: str
    experiments_table: str
    functions: dict[str, str] = field(default_factory=dict)  # binary name -> function ARN
    roles: dict[str, str] = field(default_factory=dict)  # binary name, "state-machine", "node", "scheduler" -> role
    state_machines: dict[str, str] = field(default_factory=dict)  # file stem -> state machine ARN
    skipped_state_machines: dict[str, str] = field(default_factory=dict)  # file stem -> why it was not deployed
    schedules: dict[str, str] = field(default_factory=dict)  # schedule name -> schedule ARN
    skipped_schedules: str = ""  # why the schedules were not deployed (empty when they were)
    vpc_id: str = ""
    subnet_id: str = ""
    security_group_id: str = ""
    node_instance_profile: str = ""
    ami_id: str = ""

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)

    def lab_config(self, *, region: str, account_id: str, name_prefix: str,
                   time_factor: float = 1.0) -> dict[str, object]:
        """The document Terraform's `lab_config` output holds (terraform/outputs.tf), for the `lab` CLI, plus
        `emulatedTimeFactor`: how much faster than real time this lab runs waits and simulated delays, so
        `lab run --wait` can say how much benchmark time is left (AWS's document has no such field: 1)."""
        function_names = {name: arn.rsplit(":", 1)[-1] for name, arn in self.functions.items()}
        return {
            "schemaVersion": 1,
            "emulatedTimeFactor": time_factor,
            "region": region,
            "accountId": account_id,
            "namePrefix": name_prefix,
            "stateMachineArn": self.state_machines.get("experiment", ""),
            "consoleUrl": None,  # the emulated lab has no console
            "resultsBucket": self.results_bucket,
            "experimentsTable": self.experiments_table,
            "janitorFunctionName": function_names.get("janitor"),
            "functions": function_names,
            "logGroups": {name: f"/aws/lambda/{function}" for name, function in function_names.items()},
            "notificationsTopicArn": None,
            "network": {"vpcId": self.vpc_id, "subnetIds": [self.subnet_id] if self.subnet_id else [],
                        "defaultSubnetId": self.subnet_id, "securityGroupId": self.security_group_id,
                        "nodeInstanceProfile": self.node_instance_profile, "nodeConnectivity": "emulated"},
        }
