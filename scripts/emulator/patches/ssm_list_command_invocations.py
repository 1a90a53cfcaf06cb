"""ListCommandInvocations answers from the commands SendCommand recorded (moto: NotImplementedError, HTTP 500).

The stages' SSM client (Sources/AWSServices/SSM) lists a command's invocations, e.g. to find a benchmark command
that is already running. Supported: CommandId, InstanceId, Details (each invocation's aws:runShellScript plugin
with its status, response code and output cut at 2,500 characters, as SSM does), Filters Status, DocumentName,
InvokedAfter and InvokedBefore, MaxResults/NextToken. Newest first, as SSM lists them.
See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListCommandInvocations.html
"""
from __future__ import annotations

import datetime
from typing import Any

from moto.core.exceptions import ServiceException

from ..context import LabContext
from .patching import replace

WHY = "ListCommandInvocations was not implemented -> answered from the recorded commands and their invocations"

PLUGIN_OUTPUT_LIMIT = 2_500


class InvalidFilterKey(ServiceException):
    code = "InvalidFilterKey"


class InvalidNextToken(ServiceException):
    code = "InvalidNextToken"


def _parse_time(text: str) -> datetime.datetime:
    parsed = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.timezone.utc)


def _requested(command: Any) -> datetime.datetime:
    moment = command.requested_date_time
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.timezone.utc)


def _matches(command: Any, invocation: dict[str, Any], filters: list[dict[str, str]]) -> bool:
    for item in filters:
        key, value = item.get("key"), item.get("value", "")
        if key == "Status":
            ok = invocation.get("Status") == value
        elif key == "DocumentName":
            ok = command.document_name == value
        elif key == "InvokedAfter":
            ok = _requested(command) >= _parse_time(value)
        elif key == "InvokedBefore":
            ok = _requested(command) <= _parse_time(value)
        else:
            raise InvalidFilterKey(f"filter key {key} is not supported by ListCommandInvocations in the emulated "
                                   "lab (use Status, DocumentName, InvokedAfter or InvokedBefore)")
        if not ok:
            return False
    return True


def _item(command: Any, invocation: dict[str, Any], details: bool) -> dict[str, Any]:
    item: dict[str, Any] = {
        "CommandId": command.command_id, "InstanceId": invocation["InstanceId"], "InstanceName": "",
        "Comment": command.comment, "DocumentName": command.document_name, "DocumentVersion": "$DEFAULT",
        "RequestedDateTime": _requested(command), "Status": invocation["Status"],
        "StatusDetails": invocation.get("StatusDetails", invocation["Status"]), "TraceOutput": "",
        "StandardOutputUrl": "", "StandardErrorUrl": "", "CommandPlugins": [], "ServiceRole": "",
    }
    if details:
        plugin: dict[str, Any] = {
            "Name": invocation.get("PluginName", "aws:runShellScript"), "Status": invocation["Status"],
            "StatusDetails": invocation.get("StatusDetails", invocation["Status"]),
            "ResponseCode": invocation.get("ResponseCode", -1),
            "Output": str(invocation.get("StandardOutputContent", ""))[:PLUGIN_OUTPUT_LIMIT],
            "OutputS3BucketName": command.output_s3_bucket_name or "",
            "OutputS3KeyPrefix": command.output_s3_key_prefix or "",
        }
        for field, key in (("ExecutionStartDateTime", "ResponseStartDateTime"),
                           ("ExecutionEndDateTime", "ResponseFinishDateTime")):
            if invocation.get(field):
                plugin[key] = _parse_time(str(invocation[field]))
        item["CommandPlugins"] = [plugin]
    return item


def apply(lab: LabContext) -> None:
    from moto.core.responses import ActionResult
    from moto.ssm.responses import SimpleSystemManagerResponse

    def list_command_invocations(self: Any) -> ActionResult:
        command_id = self._get_param("CommandId")
        instance_id = self._get_param("InstanceId")
        details = bool(self._get_param("Details", False))
        filters = self._get_param("Filters") or []
        max_results = int(self._get_param("MaxResults") or 50)
        token = self._get_param("NextToken")
        commands = [self.ssm_backend.get_command_by_id(command_id)] if command_id else \
            list(self.ssm_backend._commands)
        listed = []
        for command in sorted(commands, key=_requested, reverse=True):
            for invocation in command.invocations:
                if instance_id and invocation["InstanceId"] != instance_id:
                    continue
                if _matches(command, invocation, filters):
                    listed.append(_item(command, invocation, details))
        try:
            start = int(token) if token else 0
        except ValueError as problem:
            raise InvalidNextToken("The specified token is not valid.") from problem
        page = listed[start:start + max_results]
        response: dict[str, Any] = {"CommandInvocations": page}
        if start + max_results < len(listed):
            response["NextToken"] = str(start + max_results)
        return ActionResult(response)

    replace(SimpleSystemManagerResponse, "list_command_invocations", list_command_invocations)
