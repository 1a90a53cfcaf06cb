"""One JSON object per line on stderr, the project's log format (DESIGN.md, Conventions).

Anything the emulator invents rather than emulates (node boot, SSM agent, command output) logs with
`"simulated": true`, so nobody mistakes a simulated node's behaviour for AWS's.
"""
from __future__ import annotations

import json
import sys
import threading
import time
from typing import Any, TextIO

_lock = threading.Lock()
_stream: TextIO = sys.stderr
_quiet = False
_LEVELS = {"debug": 0, "info": 1, "warning": 2, "error": 3}
_minimum = 0


def configure(stream: TextIO | None = None, quiet: bool = False, minimum: str = "debug") -> None:
    """Redirects, filters (`minimum` level) or silences the log (tests keep it quiet unless asked)."""
    global _stream, _quiet, _minimum
    if stream is not None:
        _stream = stream
    _quiet = quiet
    _minimum = _LEVELS[minimum]


def log(level: str, message: str, *, component: str, simulated: bool = False, **fields: Any) -> None:
    """Writes one log line; `component` says which part of the emulator speaks."""
    if _quiet or _LEVELS.get(level, 3) < _minimum:
        return
    record: dict[str, Any] = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "level": level,
        "component": component,
        "message": message,
    }
    if simulated:
        record["simulated"] = True
    record.update(fields)
    line = json.dumps(record, default=str, separators=(",", ":"))
    with _lock:
        _stream.write(line + "\n")
        _stream.flush()


def info(message: str, *, component: str, simulated: bool = False, **fields: Any) -> None:
    log("info", message, component=component, simulated=simulated, **fields)


def warning(message: str, *, component: str, simulated: bool = False, **fields: Any) -> None:
    log("warning", message, component=component, simulated=simulated, **fields)


def error(message: str, *, component: str, simulated: bool = False, **fields: Any) -> None:
    log("error", message, component=component, simulated=simulated, **fields)
