"""Writes a sandbox's output to CloudWatch Logs in the emulator, as Lambda does (/aws/lambda/<function>), with the
function's execution role's permissions.

On AWS, Lambda sends a function's logs with the execution role's credentials: logs:CreateLogStream for each
execution environment's stream, logs:PutLogEvents for the lines, and logs:CreateLogGroup when the group does not
exist yet (Terraform creates the stage functions' groups, so their roles need not create them). When the role
lacks one of these, Lambda drops the logs without failing the invocation; the emulator does the same, logs one
warning per stream and reason, and keeps the reason in `problems` (tests print it when logs are missing).
See https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html
A group deleted while the environment is warm is created again on the next line, as the role allows.
"""
from __future__ import annotations

import threading
import time
from typing import Any, Callable

from .. import jsonlog

Permits = Callable[[str], bool]  # IAM action -> whether the function's role may perform it (recorded)


class LogStream:
    def __init__(self, logs_backend: Any, function_name: str, stream_name: str, permits: Permits,
                 problems: dict[str, str] | None = None) -> None:
        self._backend = logs_backend
        self._permits = permits
        self.function_name = function_name
        self.group = f"/aws/lambda/{function_name}"
        self.stream = stream_name
        self._lock = threading.Lock()
        self._created = False
        self._warned: set[str] = set()
        self.problems = problems if problems is not None else {}

    def write(self, line: str) -> None:
        with self._lock:
            if self.group not in self._backend.groups:
                self._created = False
                if not self._allowed("logs:CreateLogGroup", "the log group does not exist and the role may not "
                                                            "create it"):
                    return
                self._backend.ensure_log_group(self.group)
            if not self._created:
                if not self._allowed("logs:CreateLogStream", "the role may not create the stream"):
                    return
                self._backend.ensure_log_stream(self.group, self.stream)
                self._created = True
            if not self._allowed("logs:PutLogEvents", "the role may not put log events"):
                return
            self._backend.put_log_events(self.group, self.stream,
                                         [{"timestamp": int(time.time() * 1000), "message": line}])

    def _allowed(self, action: str, why: str) -> bool:
        if self._permits(action):
            return True
        reason = f"{why} ({action} denied): Lambda drops the function's logs"
        self.problems[self.function_name] = reason
        if action not in self._warned:
            self._warned.add(action)
            jsonlog.warning("function logs dropped", component="lambda", function=self.function_name,
                            group=self.group, stream=self.stream, reason=reason)
        return False
