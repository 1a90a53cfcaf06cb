"""Every IAM decision of moto's enforcement is logged when it denies, and recorded when asked (iam_record.py).

moto answers a denied call with AccessDenied and keeps no trace of it; a denied call deep inside a Lambda
function, a Step Functions task or a simulated node then surfaces only as that component's own error. Here each
denial logs one warning naming the principal and the action, and with PULSAR_LAB_IAM_RECORD set every decision
(allowed or denied) is counted per test, which is how scripts/prove-least-privilege learns which test uses which
action of which policy.
"""
from __future__ import annotations

from typing import Any

from .. import jsonlog
from ..context import LabContext
from ..iam_record import RECORDER
from .patching import original, replace

WHY = ("denials left no trace -> each denial logs principal and action; with PULSAR_LAB_IAM_RECORD every decision "
       "is recorded per test")


def note(principal_arn: str, action: str, allowed: bool) -> None:
    """One decision, wherever the emulator made it (moto's enforcement or an emulated service-side check)."""
    RECORDER.record(principal_arn, action, allowed)
    if not allowed:
        jsonlog.warning("access denied", component="iam", principal=principal_arn, action=action,
                        policy=RECORDER.policy(principal_arn))


def apply(lab: LabContext) -> None:
    from moto.iam.access_control import IAMRequestBase

    moto_check = original(IAMRequestBase, "check_action_permitted")

    def check_action_permitted(self: Any, resource: str) -> None:
        try:
            moto_check(self, resource)
        except Exception:
            note(self._access_key.arn, self._action, False)
            raise
        note(self._access_key.arn, self._action, True)

    replace(IAMRequestBase, "check_action_permitted", check_action_permitted)
