"""Injected faults answer a named API call with an AWS error (faults.py), before moto runs it.

Wraps `BaseResponse.call_action`, the one place every query/JSON/REST-JSON service request passes (S3 has its
own dispatch and is not covered). The action is named as IAM names it (`ec2:RunInstances`), taken from the
request's SigV4 credential scope, so a fault reads like a policy line.
"""
from __future__ import annotations

import re
from typing import Any

from moto.core.exceptions import ServiceException

from ..context import LabContext
from .iam_actions import iam_action
from .patching import original, replace

WHY = "no way to make a call fail on demand -> named faults answer the call with the chosen AWS error"



class InjectedFault(ServiceException):
    """Defined here, not in moto: moto looks an exception's service model up from a moto module's name."""


_SCOPE = re.compile(r"Credential=[^/]+/[^/]+/[^/]+/([^/]+)/")


def apply(lab: LabContext) -> None:
    from moto.core.responses import ActionResult, BaseResponse

    moto_call_action = original(BaseResponse, "call_action")

    def call_action(self: Any) -> Any:
        if lab.faults.calls:
            scope = _SCOPE.search(self.headers.get("Authorization", ""))
            service = scope.group(1) if scope else self.service_name
            fault = lab.faults.take_call_fault(iam_action(f"{service}:{self._get_action()}"))
            if fault is not None:
                error = InjectedFault(fault.error_code, fault.message)
                _, headers, body = self.serialized(ActionResult(error))
                headers["status"] = str(fault.http_status)
                return fault.http_status, headers, body
        return moto_call_action(self)

    replace(BaseResponse, "call_action", call_action)
