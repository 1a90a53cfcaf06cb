"""RunInstances honours ClientToken: the same token with the same parameters returns the first reservation.

moto launches again on every call (its response even defaults a missing token to "ABCDE"). On EC2 a repeated
token is the idempotency guarantee our apply-infra stage relies on when Step Functions runs a task twice;
a repeated token with different parameters is IdempotentParameterMismatch.
See: https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html
"""
from __future__ import annotations

import threading
from typing import Any

from moto.core.exceptions import ServiceException

from ..context import LabContext
from .patching import original, replace

WHY = "RunInstances ignored ClientToken -> same token + same params returns the same reservation"


class IdempotentParameterMismatch(ServiceException):
    code = "IdempotentParameterMismatch"


def _fingerprint(querystring: dict[str, Any]) -> str:
    return repr(sorted((key, value) for key, value in querystring.items() if key != "ClientToken"))


def apply(lab: LabContext) -> None:
    from moto.core.responses import ActionResult
    from moto.ec2.responses.instances import InstanceResponse

    moto_run_instances = original(InstanceResponse, "run_instances")
    lock = threading.Lock()
    # (account, region, token) -> (parameter fingerprint, reservation id)
    launches: dict[tuple[str, str, str], tuple[str, str]] = {}

    def run_instances(self: Any) -> Any:
        token = self._get_param("ClientToken")
        if not token:
            return moto_run_instances(self)
        key = (self.current_account, self.region, token)
        fingerprint = _fingerprint(self.querystring)
        with lock:  # one launch per token even when two calls race
            known = launches.get(key)
            if known is not None:
                if known[0] != fingerprint:
                    raise IdempotentParameterMismatch(
                        "Arguments on this idempotent request are inconsistent with arguments used in previous "
                        f"request(s) (ClientToken {token}).")
                return ActionResult(self.ec2_backend.reservations[known[1]])
            result = moto_run_instances(self)
            reservation = result.result if isinstance(result, ActionResult) else None
            if reservation is not None and hasattr(reservation, "id"):
                launches[key] = (fingerprint, reservation.id)
            return result

    replace(InstanceResponse, "run_instances", run_instances)
