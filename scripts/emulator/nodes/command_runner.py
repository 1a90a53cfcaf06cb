"""Runs one SSM command on one simulated node and writes the result where SSM would show it.

The moto Command keeps one invocation dict per instance, which GetCommandInvocation returns; the runner moves
it Pending -> InProgress -> Success/Failed with the interpreted exit code and output (truncated as SSM does),
writes the S3 objects the command produced, and the stdout/stderr objects when OutputS3BucketName is set.
See: https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html
"""
from __future__ import annotations

import datetime
import threading
from typing import Any, Callable

from .. import jsonlog
from ..faults import FaultSet
from ..timescale import TimeScale
from .command_registry import CommandRegistry
from .fleet import SimulatedNode
from .node_command import CommandOutcome, NodeContext

STDOUT_LIMIT = 24_000  # StandardOutputContent is cut at 24,000 characters
STDERR_LIMIT = 8_000
RUN_SHELL_SCRIPT = "AWS-RunShellScript"

PutObject = Callable[[str, str, str, bytes], None]  # (account, bucket, key, body); raises on failure
UploadOutput = Callable[[SimulatedNode, str, str, bytes], None]  # (node, bucket, key, body): the SSM agent's upload


def _execution_timeout(command: Any) -> float:
    """The document's `executionTimeout` parameter (seconds, a one-element string list), 3600 when absent."""
    values = (command.parameters or {}).get("executionTimeout") or ["3600"]
    try:
        return float(values[0])
    except (TypeError, ValueError):
        return 3600.0


class CommandRunner:
    def __init__(self, registry: CommandRegistry, time_scale: TimeScale, faults: FaultSet,
                 put_object: PutObject, upload_output: UploadOutput | None = None) -> None:
        """`put_object` writes what a simulated command produced; `upload_output` is the agent's upload of the
        command's stdout/stderr (NodeSimulation.upload_command_output: as the node role), `put_object` if None."""
        self._registry = registry
        self._time_scale = time_scale
        self._faults = faults
        self._put_object = put_object
        self._upload_output = upload_output or (lambda node, bucket, key, body:
                                                put_object(node.account_id, bucket, key, body))

    def start(self, command: Any, node: SimulatedNode) -> None:
        invocation = next(i for i in command.invocations if i["InstanceId"] == node.instance_id)
        invocation.update(Status="InProgress", StatusDetails="InProgress", ResponseCode=-1,
                          ExecutionEndDateTime="", ExecutionElapsedTime="")
        command.status = command.status_details = "InProgress"
        threading.Thread(target=self._run, args=(command, node, invocation), daemon=True,
                         name=f"ssm-{command.command_id[:8]}-{node.instance_id}").start()

    def _run(self, command: Any, node: SimulatedNode, invocation: dict[str, Any]) -> None:
        started = datetime.datetime.now(datetime.timezone.utc)
        context = NodeContext(node.instance_id, node.tags(), node.region, node.account_id,
                              execution_timeout_seconds=_execution_timeout(command))
        if command.document_name != RUN_SHELL_SCRIPT:
            ran, outcome = [], CommandOutcome(1, stderr=f"simulated node runs only {RUN_SHELL_SCRIPT} documents "
                                                        f"(got {command.document_name})\n")
        else:
            try:
                ran, outcome = self._registry.run_script(list(command.parameters.get("commands", [])), context)
            except Exception as problem:  # noqa: BLE001 - a simulation bug must end the command, not hang it
                jsonlog.error("the simulation failed to run a node command", component="node", simulated=True,
                              instanceId=node.instance_id, commandId=command.command_id, problem=repr(problem))
                ran, outcome = [], CommandOutcome(1, stderr=f"emulated lab: the simulation failed: {problem!r}\n")
        for script in ran:
            forced = self._faults.command_exit_code(context.tags, script)
            if forced is not None:
                outcome.exit_code = forced
                outcome.stderr += f"injected fault: {script} exits {forced}\n"
                jsonlog.warning("injected fault: command fails", component="node", simulated=True,
                                instanceId=node.instance_id, script=script, exitCode=forced)
        self._time_scale.sleep(outcome.seconds)
        for item in outcome.s3_objects:
            try:
                self._put_object(node.account_id, item.bucket, item.key, item.body)
            except Exception as problem:  # noqa: BLE001 - any S3 failure is the command's failure, as on a node
                outcome.exit_code = outcome.exit_code or 1
                outcome.stderr += f"upload failed: s3://{item.bucket}/{item.key}: {problem}\n"
        status = "Success" if outcome.exit_code == 0 else "Failed"
        details = status
        if outcome.timed_out:
            status, details = "TimedOut", "ExecutionTimedOut"
        ended = datetime.datetime.now(datetime.timezone.utc)
        invocation.update(
            Status=status, StatusDetails=details, ResponseCode=outcome.exit_code,
            StandardOutputContent=outcome.stdout[:STDOUT_LIMIT], StandardErrorContent=outcome.stderr[:STDERR_LIMIT],
            ExecutionStartDateTime=started.isoformat(), ExecutionEndDateTime=ended.isoformat(),
            ExecutionElapsedTime=f"PT{(ended - started).total_seconds():.3f}S")
        self._write_output(command, node, outcome)
        self._finish(command)
        jsonlog.info("node command finished", component="node", simulated=True, instanceId=node.instance_id,
                     commandId=command.command_id, scripts=ran, exitCode=outcome.exit_code,
                     emulatedSeconds=outcome.seconds)

    def _write_output(self, command: Any, node: SimulatedNode, outcome: CommandOutcome) -> None:
        bucket = command.output_s3_bucket_name
        if not bucket:
            return
        prefix = f"{command.output_s3_key_prefix.rstrip('/')}/" if command.output_s3_key_prefix else ""
        base = f"{prefix}{command.command_id}/{node.instance_id}/awsrunShellScript/0.awsrunShellScript"
        for name, text in (("stdout", outcome.stdout), ("stderr", outcome.stderr)):
            if text:
                try:
                    self._upload_output(node, bucket, f"{base}/{name}", text.encode())
                except Exception as problem:  # noqa: BLE001 - SSM too only logs an output upload failure
                    jsonlog.warning("could not write command output to S3", component="node", simulated=True,
                                    bucket=bucket, problem=str(problem))

    @staticmethod
    def _finish(command: Any) -> None:
        statuses = [i["Status"] for i in command.invocations]
        if any(s in ("Pending", "InProgress") for s in statuses):
            return
        command.error_count = sum(1 for s in statuses if s != "Success")
        command.completed_count = len(statuses)
        if command.error_count == 0:
            command.status = command.status_details = "Success"
        elif "TimedOut" in statuses:
            command.status = command.status_details = "TimedOut"
        else:
            command.status = command.status_details = "Failed"
