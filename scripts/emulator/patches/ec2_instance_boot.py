"""New instances start `pending` and boot after a (scaled) delay, as simulated nodes (nodes/fleet.py).

moto marks every instance `running` the moment RunInstances returns, which hides the readiness polling our
state machine does on AWS. The fleet also keeps each instance's user data reading and instance profile (the
simulated node's identity and credentials).
"""
from __future__ import annotations

from typing import Any

from ..context import LabContext
from .patching import original, replace

WHY = "instances were running at once -> pending, then running after a simulated boot delay"


def apply(lab: LabContext) -> None:
    from moto.ec2.models.instances import InstanceBackend

    moto_run_instances = original(InstanceBackend, "run_instances")

    def run_instances(self: Any, *args: Any, **kwargs: Any) -> Any:
        reservation = moto_run_instances(self, *args, **kwargs)
        # moto associates the instance profile with the first instance only; the fleet remembers it for all.
        profile = kwargs.get("iam_instance_profile_arn") or kwargs.get("iam_instance_profile_name")
        for instance in reservation.instances:
            lab.fleet.launched(instance, self.account_id, self.region_name, instance_profile=profile)
        return reservation

    replace(InstanceBackend, "run_instances", run_instances)
