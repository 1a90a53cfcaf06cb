"""CreateStateMachine/UpdateStateMachine with execution logging check that the role may deliver the logs, as
Step Functions does (an emulation of AWS's check).

Step Functions delivers execution logs to CloudWatch Logs with the state machine's role, and refuses a logging
configuration the role cannot deliver: "The state machine IAM Role is not authorized to access the Log
Destination" (AccessDeniedException, HTTP 400; seen e.g. in https://github.com/aws/aws-cdk/issues/26432). The
permissions the role needs are listed in "IAM policies for logging to CloudWatch Logs",
https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html . moto stores the configuration and checks
nothing. Here the role must hold every action of that list; AWS does not document which of them its check
calls, so the emulation asks for the documented list, and names what is missing (an emulator addition).
"""
from __future__ import annotations

from typing import Any

from moto.core.exceptions import ServiceException

from ..context import LabContext
from .patching import original, replace

WHY = ("a logging configuration the role cannot deliver was accepted -> AccessDeniedException at create/update, "
       "as Step Functions answers (emulated check of the documented logs: actions)")

LOG_DELIVERY_ACTIONS = ("logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
                        "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                        "logs:DescribeResourcePolicies", "logs:DescribeLogGroups")


class LogDestinationAccessDenied(ServiceException):
    """Defined here, not in moto: moto looks an exception's service model up from a moto module's name."""

    code = "AccessDeniedException"


def _delivers(configuration: dict[str, Any] | None) -> bool:
    return bool(configuration) and configuration.get("level", "OFF") != "OFF" \
        and bool(configuration.get("destinations"))


def apply(lab: LabContext) -> None:
    from moto.stepfunctions.models import StepFunctionBackend

    def check(role_arn: str | None, configuration: dict[str, Any] | None) -> None:
        if not role_arn or not _delivers(configuration):
            return
        missing = [action for action in LOG_DELIVERY_ACTIONS if not lab.principals.permits(role_arn, action)]
        if missing:
            raise LogDestinationAccessDenied(
                "The state machine IAM Role is not authorized to access the Log Destination (emulated check: "
                f"{role_arn} lacks {', '.join(missing)}; see https://docs.aws.amazon.com/step-functions/latest/dg/"
                "cw-logs.html)")

    moto_create = original(StepFunctionBackend, "create_state_machine")

    def create_state_machine(self: Any, name: str, definition: str, roleArn: str, *args: Any, **kwargs: Any) -> Any:
        check(roleArn, kwargs.get("loggingConfiguration"))
        return moto_create(self, name, definition, roleArn, *args, **kwargs)

    moto_update = original(StepFunctionBackend, "update_state_machine")

    def update_state_machine(self: Any, arn: str, definition: Any = None, role_arn: Any = None, *args: Any,
                             **kwargs: Any) -> Any:
        machine = self.describe_state_machine(arn)
        check(role_arn or machine.roleArn, kwargs.get("logging_configuration") or machine.loggingConfiguration)
        return moto_update(self, arn, definition, role_arn, *args, **kwargs)

    replace(StepFunctionBackend, "create_state_machine", create_state_machine)
    replace(StepFunctionBackend, "update_state_machine", update_state_machine)
