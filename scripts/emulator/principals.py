"""IAM principals the emulator signs with, so moto's IAM enforcement judges every call by the right policy.

On AWS a Lambda function's calls carry its execution role's temporary credentials. moto cannot hand out role
sessions that its enforcement then checks against the role, so each role is mirrored by an IAM user,
`lab-role-<role>`, holding exactly the role's inline and attached policies (re-copied at every use, so an
edited policy takes effect at the next invocation) with one access key. Functions run with their role's key;
the Step Functions interpreter runs with the state machine role's key; deployers, tests and the CLI use the
admin user (Allow */*), as a person with administrator rights would on AWS.
"""
from __future__ import annotations

import json
import threading
from typing import Any, Callable

from . import jsonlog

ADMIN_USER = "pulsar-lab-admin"
ADMIN_POLICY = json.dumps({"Version": "2012-10-17",
                           "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})


class Principals:
    def __init__(self, iam_backend: Callable[[], Any]) -> None:
        self._iam = iam_backend
        self._lock = threading.Lock()
        self._keys: dict[str, tuple[str, str]] = {}
        self.state_machine_role_arn: str | None = None

    def admin_credentials(self) -> tuple[str, str]:
        with self._lock:
            if ADMIN_USER not in self._keys:
                backend = self._iam()
                backend.create_user(region_name="us-east-1", user_name=ADMIN_USER)
                backend.put_user_policy(ADMIN_USER, "administrator", ADMIN_POLICY)
                self._keys[ADMIN_USER] = self._new_key(ADMIN_USER)
            return self._keys[ADMIN_USER]

    def for_role(self, role_arn: str) -> tuple[str, str]:
        """The access key of the user mirroring this role, its policies synchronised now."""
        backend = self._iam()
        role_name = role_arn.rsplit("/", 1)[-1]
        user_name = f"lab-role-{role_name}"[:64]
        with self._lock:
            if user_name not in self._keys:
                backend.create_user(region_name="us-east-1", user_name=user_name)
                self._keys[user_name] = self._new_key(user_name)
            user = backend.get_user(user_name)
            try:
                role = backend.get_role_by_arn(role_arn)
            except Exception:  # noqa: BLE001 - moto raises its own NotFound types
                jsonlog.warning("function role does not exist: its calls will be denied", component="iam",
                                roleArn=role_arn)
                user.policies, user.managed_policies = {}, {}
            else:
                user.policies = dict(role.policies)
                user.managed_policies = dict(role.managed_policies)
            return self._keys[user_name]

    def for_function(self, function: Any) -> tuple[str, str]:
        return self.for_role(function.role)

    def permits(self, role_arn: str, action: str) -> bool:
        """Whether the role may perform `action`, judged as moto's enforcement judges its mirror user's calls
        (same policies, same action-only matching: patches/iam_actions.py), and recorded like them.

        For what AWS services do with a role's permissions outside any API call the emulator receives: Lambda
        writing a function's logs, Step Functions checking its role may deliver execution logs.
        """
        from moto.iam.access_control import IAMPolicy, PermissionResult

        from .patches.iam_decisions import note

        self.for_role(role_arn)
        user_name = f"lab-role-{role_arn.rsplit('/', 1)[-1]}"[:64]
        user = self._iam().get_user(user_name)
        documents = list(user.policies.values()) + list(user.managed_policies.values())
        results = [IAMPolicy(document).is_action_permitted(action) for document in documents]
        allowed = PermissionResult.DENIED not in results and PermissionResult.PERMITTED in results
        note(user.arn, action, allowed)
        return allowed

    def state_machine_credentials(self) -> tuple[str, str]:
        if self.state_machine_role_arn is None:
            return self.admin_credentials()
        return self.for_role(self.state_machine_role_arn)

    def _new_key(self, user_name: str) -> tuple[str, str]:
        key = self._iam().create_access_key(user_name)
        return key.access_key_id, key.secret_access_key
