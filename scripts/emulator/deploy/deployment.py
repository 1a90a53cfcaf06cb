"""What a deploy created: the names and ARNs a run, a test or the CLI needs."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Deployment:
    results_bucket: str
    experiments_table: str
    functions: dict[str, str] = field(default_factory=dict)  # binary name -> function ARN
    roles: dict[str, str] = field(default_factory=dict)  # binary name (or "state-machine") -> role ARN
    state_machines: dict[str, str] = field(default_factory=dict)  # file stem -> state machine ARN
    skipped_state_machines: dict[str, str] = field(default_factory=dict)  # file stem -> why it was not deployed
    vpc_id: str = ""
    subnet_id: str = ""
    security_group_id: str = ""
    node_instance_profile: str = ""
    ami_id: str = ""

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)
