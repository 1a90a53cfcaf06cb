"""Fault injection: make a named API call, a simulated node or a function's bootstrap fail on purpose.

Used by tests and by people who want to watch the state machine's failure handling. A fault is named on the
command line (`--fault NAME`, repeatable): a preset below, `service:Action=ErrorCode` (e.g.
`ec2:RunInstances=InsufficientInstanceCapacity`), or a JSON file (format in docs/emulated-lab.md).
Every fault that fires logs a warning saying so, so an injected failure is never mistaken for a real one.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import jsonlog


@dataclass
class CallFault:
    """An AWS API call answers this error instead of running (after `skip` calls, at most `times` times)."""

    action: str  # IAM-style, e.g. "ec2:RunInstances"
    error_code: str
    message: str
    http_status: int = 400
    times: int | None = None  # None: every matching call
    skip: int = 0
    seen: int = 0
    fired: int = 0

    def matches(self, action: str) -> bool:
        return self.action.lower() == action.lower()


NODE_BEHAVIOURS = ("never-online", "command-fails", "benchmark-fails", "result-missing")


@dataclass
class NodeFault:
    """A simulated node misbehaves: `never-online` (SSM agent never registers), `command-fails` (a node-side
    command's exit code is forced afterwards), `benchmark-fails` (OMB itself exits `exitCode`, so the real runner
    passes it on), `result-missing` (OMB exits 0 but writes no result file)."""

    behaviour: str
    tags: dict[str, str] = field(default_factory=dict)  # empty: every node
    command: str | None = None  # for command-fails: only this script path (None: every command)
    exit_code: int = 1

    def matches(self, node_tags: dict[str, str]) -> bool:
        return all(node_tags.get(key) == value for key, value in self.tags.items())


@dataclass
class FunctionFault:
    """A function's bootstrap is killed after it received the event (Lambda then reports Runtime.ExitError)."""

    function: str  # function name, or "*" for every function
    behaviour: str = "crash"
    times: int | None = None
    fired: int = 0

    def matches(self, function_name: str) -> bool:
        return self.function in ("*", function_name) or function_name.endswith("-" + self.function)


PRESETS: dict[str, dict[str, Any]] = {
    "run-instances-capacity": {"calls": [{
        "action": "ec2:RunInstances", "errorCode": "InsufficientInstanceCapacity", "httpStatus": 500,
        "message": "We currently do not have sufficient capacity in the Availability Zone you requested. (injected fault)"}]},
    "terminate-throttled-once": {"calls": [{
        "action": "ec2:TerminateInstances", "errorCode": "RequestLimitExceeded", "httpStatus": 503, "times": 1,
        "message": "Request limit exceeded. (injected fault)"}]},
    "node-never-online": {"nodes": [{"behaviour": "never-online"}]},
    "command-fails": {"nodes": [{"behaviour": "command-fails", "exitCode": 1}]},
    "benchmark-fails": {"nodes": [{"behaviour": "benchmark-fails", "exitCode": 1}]},
    "result-missing": {"nodes": [{"behaviour": "result-missing"}]},
    "bootstrap-crash": {"functions": [{"function": "*", "behaviour": "crash"}]},
}


class FaultError(ValueError):
    """A fault name or file that cannot be understood; the message lists what is accepted."""


class FaultSet:
    """The active faults; thread-safe because moto serves requests on many threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.calls: list[CallFault] = []
        self.nodes: list[NodeFault] = []
        self.functions: list[FunctionFault] = []

    def clear(self) -> None:
        with self._lock:
            self.calls.clear()
            self.nodes.clear()
            self.functions.clear()

    def add(self, name: str) -> None:
        """Adds a preset, `service:Action=ErrorCode`, `bootstrap-crash:<function>` or a JSON file path."""
        if name in PRESETS:
            self.add_document(PRESETS[name])
        elif name.startswith("node-never-online:"):
            self.add_document({"nodes": [{"behaviour": "never-online",
                                          "tags": {"Component": name.split(":", 1)[1]}}]})
        elif name.startswith("bootstrap-crash:"):
            self.add_document({"functions": [{"function": name.split(":", 1)[1]}]})
        elif "=" in name and ":" in name.split("=", 1)[0]:
            action, code = name.split("=", 1)
            self.add_document({"calls": [{"action": action, "errorCode": code,
                                          "message": f"{code} (injected fault)"}]})
        elif name.endswith(".json") or Path(name).is_file():
            path = Path(name)
            if not path.is_file():
                raise FaultError(f"fault file {name} does not exist")
            try:
                self.add_document(json.loads(path.read_text()))
            except json.JSONDecodeError as problem:
                raise FaultError(f"fault file {name} is not JSON: {problem}") from problem
        else:
            raise FaultError(f"unknown fault {name!r}: use one of {', '.join(sorted(PRESETS))}, "
                             "node-never-online:<component>, bootstrap-crash:<function>, service:Action=ErrorCode, "
                             "or a JSON file")

    def add_document(self, document: dict[str, Any]) -> None:
        """Adds faults from the JSON shape documented in docs/emulated-lab.md."""
        unknown = set(document) - {"calls", "nodes", "functions"}
        if unknown:
            raise FaultError(f"fault document has unknown keys {sorted(unknown)}; expected calls, nodes, functions")
        with self._lock:
            for item in document.get("calls", []):
                self.calls.append(CallFault(
                    action=item["action"], error_code=item["errorCode"],
                    message=item.get("message", f"{item['errorCode']} (injected fault)"),
                    http_status=int(item.get("httpStatus", 400)), times=item.get("times"),
                    skip=int(item.get("skip", 0))))
            for item in document.get("nodes", []):
                if item.get("behaviour") not in NODE_BEHAVIOURS:
                    raise FaultError(f"node fault behaviour must be one of {', '.join(NODE_BEHAVIOURS)}: {item}")
                self.nodes.append(NodeFault(behaviour=item["behaviour"], tags=item.get("tags", {}),
                                            command=item.get("command"), exit_code=int(item.get("exitCode", 1))))
            for item in document.get("functions", []):
                self.functions.append(FunctionFault(function=item["function"],
                                                    behaviour=item.get("behaviour", "crash"),
                                                    times=item.get("times")))

    def take_call_fault(self, action: str) -> CallFault | None:
        """The fault this call must answer, if any (counts the call either way)."""
        with self._lock:
            for fault in self.calls:
                if not fault.matches(action):
                    continue
                fault.seen += 1
                if fault.seen <= fault.skip or (fault.times is not None and fault.fired >= fault.times):
                    continue
                fault.fired += 1
                jsonlog.warning("injected fault answers the call", component="faults", action=action,
                                errorCode=fault.error_code, fired=fault.fired)
                return fault
        return None

    def node_never_online(self, node_tags: dict[str, str]) -> bool:
        with self._lock:
            return any(f.behaviour == "never-online" and f.matches(node_tags) for f in self.nodes)

    def command_exit_code(self, node_tags: dict[str, str], script: str) -> int | None:
        """The exit code an injected fault forces on this node-side command, if any."""
        with self._lock:
            for fault in self.nodes:
                if fault.behaviour == "command-fails" and fault.matches(node_tags) \
                        and fault.command in (None, script):
                    return fault.exit_code
        return None

    def benchmark_fault(self, node_tags: dict[str, str]) -> tuple[int, bool]:
        """(OMB's exit code, whether it writes its result file) on this node: (0, True) unless a fault says."""
        with self._lock:
            exit_code, writes = 0, True
            for fault in self.nodes:
                if fault.matches(node_tags) and fault.behaviour == "benchmark-fails":
                    exit_code = fault.exit_code
                elif fault.matches(node_tags) and fault.behaviour == "result-missing":
                    writes = False
        if exit_code or not writes:
            jsonlog.warning("injected fault: the benchmark misbehaves", component="faults", simulated=True,
                            exitCode=exit_code, writesResult=writes)
        return exit_code, writes

    def take_function_crash(self, function_name: str) -> bool:
        with self._lock:
            for fault in self.functions:
                if fault.matches(function_name) and (fault.times is None or fault.fired < fault.times):
                    fault.fired += 1
                    jsonlog.warning("injected fault will kill the bootstrap", component="faults",
                                    function=function_name)
                    return True
        return False
