"""IAM enforcement checks the action names policies use, and does not deny for want of a resource ARN.

Two gaps in moto's enforcement (moto/iam/access_control.py):
1. The action is `<signing name>:<operation>`, which differs from IAM's name for a few calls: Lambda's Invoke
   operation is the IAM action `lambda:InvokeFunction`, the tagging API signs as `tagging` but its actions are
   `tag:*`, CloudWatch signs as `monitoring` but its actions are `cloudwatch:*`. Without the mapping a correct
   policy is denied.
   S3's bucket encryption calls (GetBucketEncryption, PutBucketEncryption, DeleteBucketEncryption) are missing
   from moto's S3 action map, so they were checked as s3:ListBucket / s3:CreateBucket / s3:DeleteBucket; IAM
   names them s3:GetEncryptionConfiguration and s3:PutEncryptionConfiguration (Service Authorization Reference).
2. Outside S3/SQS/IAM/STS moto does not work out which resource a request touches and checks against "*"; a
   least-privilege statement (`"Resource": "arn:aws:logs:...:log-group:/aws/lambda/x:*"`) then never matches
   and every scoped policy is denied. Here an unknown resource ("*") matches any Resource pattern, so the
   action is enforced exactly and the resource is not (documented as a limit in docs/emulated-lab.md).
"""
from __future__ import annotations

from typing import Any

from ..context import LabContext
from .patching import original, replace

WHY = ("moto names some actions by operation (lambda:Invoke, S3 encryption as ListBucket) and checks Resource '*' "
       "-> IAM names, action-level checks")

SERVICE_PREFIXES = {"tagging": "tag", "monitoring": "cloudwatch"}
ACTIONS = {"lambda:Invoke": "lambda:InvokeFunction", "lambda:InvokeWithResponseStream": "lambda:InvokeFunction"}
# moto's S3 ACTION_MAP["BUCKET"][method][<subresource in the query>] entries it lacks, as IAM names the actions.
S3_BUCKET_ACTIONS = {"GET": {"encryption": "GetEncryptionConfiguration"},
                     "PUT": {"encryption": "PutEncryptionConfiguration"},
                     "DELETE": {"encryption": "PutEncryptionConfiguration"}}


def iam_action(signed_action: str) -> str:
    """`lambda:Invoke` -> `lambda:InvokeFunction`, `tagging:GetResources` -> `tag:GetResources`."""
    service, _, operation = signed_action.partition(":")
    action = f"{SERVICE_PREFIXES.get(service, service)}:{operation}"
    return ACTIONS.get(action, action)


def apply(lab: LabContext) -> None:
    from moto.iam.access_control import IAMPolicyStatement, IAMRequest
    from moto.s3 import responses as s3_responses

    for method, entries in S3_BUCKET_ACTIONS.items():
        s3_responses.ACTION_MAP["BUCKET"][method].update(entries)

    moto_init = original(IAMRequest, "__init__")

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        moto_init(self, *args, **kwargs)
        self._action = iam_action(self._action)

    replace(IAMRequest, "__init__", __init__)

    moto_matches = original(IAMPolicyStatement, "_check_element_matches")

    def _check_element_matches(self: Any, statement_element: str, value: str) -> bool:
        if statement_element == "Resource" and value == "*":
            return True
        return moto_matches(self, statement_element, value)

    replace(IAMPolicyStatement, "_check_element_matches", _check_element_matches)
