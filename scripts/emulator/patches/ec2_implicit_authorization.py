"""EC2 calls that tag at creation or pass a role need the caller's ec2:CreateTags and iam:PassRole, as on AWS.

EC2 authorizes more than the called action: a create call with TagSpecifications also needs ec2:CreateTags
("Grant permission to tag Amazon EC2 resources during creation",
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/supported-iam-actions-tagging.html), and RunInstances with an
IamInstanceProfile needs iam:PassRole on the profile's role ("Using an IAM role to grant permissions to
applications running on Amazon EC2 instances",
https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html). moto checks only the called
action, so apply-infra's ec2:CreateTags and iam:PassRole were never needed in the lab. Here those two are checked
too, for the same principal, by moto's enforcement (recorded and logged like any decision). As everywhere in the
lab, the action is checked, not the Resource or the Condition (ec2:CreateAction, iam:PassedToService).
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from ..context import LabContext
from .patching import replace

WHY = ("create calls with TagSpecifications and RunInstances with a role needed only their own action -> also "
       "ec2:CreateTags / iam:PassRole, as EC2 authorizes them")


def apply(lab: LabContext) -> None:
    from moto import settings
    from moto.core.authorization import ActionAuthenticatorMixin
    from moto.core.responses import BaseResponse
    from moto.ec2.responses import EC2Response
    from moto.iam.access_control import IAMRequest

    def also_permitted(response: Any, operation: str, iam_action: str) -> None:
        query = urlparse(response.uri).query
        request = IAMRequest(account_id=response.current_account, method=response.method,
                             path=response.raw_path + (f"?{query}" if query else ""), data=response.data,
                             body=response.raw_body, headers=response.headers, action=operation)
        request._action = iam_action  # the same principal and signature, judged for the implied action
        request.check_action_permitted("*")

    def _authenticate_and_authorize_normal_action(self: Any, resource: str = "*") -> None:
        # BaseResponse's method as patched now (iam_error_format), looked up at call time.
        BaseResponse._authenticate_and_authorize_normal_action(self, resource)
        if ActionAuthenticatorMixin.request_count < settings.INITIAL_NO_AUTH_ACTION_COUNT:
            return  # enforcement not on yet
        action = self._get_action()
        keys = self.querystring.keys()
        if (action.startswith("Create") or action == "RunInstances") and action != "CreateTags" \
                and any(key.startswith("TagSpecification") for key in keys):
            also_permitted(self, "CreateTags", "ec2:CreateTags")
        if action == "RunInstances" and any(key.startswith("IamInstanceProfile.") for key in keys):
            also_permitted(self, "PassRole", "iam:PassRole")

    replace(EC2Response, "_authenticate_and_authorize_normal_action", _authenticate_and_authorize_normal_action)
