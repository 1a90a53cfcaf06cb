"""Writes a sandbox's output to CloudWatch Logs in the emulator, as Lambda does (/aws/lambda/<function>)."""
from __future__ import annotations

import threading
import time
from typing import Any


class LogStream:
    def __init__(self, logs_backend: Any, function_name: str, stream_name: str) -> None:
        self._backend = logs_backend
        self.group = f"/aws/lambda/{function_name}"
        self.stream = stream_name
        self._lock = threading.Lock()
        self._created = False

    def write(self, line: str) -> None:
        with self._lock:
            if not self._created:
                self._backend.ensure_log_group(self.group)
                self._backend.create_log_stream(self.group, self.stream)
                self._created = True
            self._backend.put_log_events(self.group, self.stream,
                                         [{"timestamp": int(time.time() * 1000), "message": line}])
