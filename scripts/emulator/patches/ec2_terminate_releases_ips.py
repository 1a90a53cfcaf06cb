"""A terminated instance gives its private addresses back to its subnet, as on EC2.

moto frees them only when the Python object is garbage-collected, which never happens while the terminated
instance stays listed, so a /24 lab subnet (251 usable addresses, as Terraform makes them) runs out after ~250
launches in one emulator (every later RunInstances answers HTTP 500 StopIteration). Long lab sessions and the
test suite launch more than that; on AWS terminated instances release their addresses.
"""
from __future__ import annotations

from typing import Any

from ..context import LabContext
from .patching import original, replace

WHY = "terminated instances kept their private IPs until garbage collection (subnet exhaustion) -> released"


def apply(lab: LabContext) -> None:
    from moto.ec2.models.instances import Instance

    moto_terminate = original(Instance, "terminate")

    def terminate(self: Any, *args: Any, **kwargs: Any) -> Any:
        previous = moto_terminate(self, *args, **kwargs)
        subnet_id = self.subnet_id
        if subnet_id:
            try:
                subnet = self.ec2_backend.get_subnet(subnet_id)
            except Exception:  # noqa: BLE001 - the subnet is gone: nothing to give back
                return previous
            for address in list(self._private_ips):
                subnet.del_subnet_ip(address)
        return previous

    replace(Instance, "terminate", terminate)
