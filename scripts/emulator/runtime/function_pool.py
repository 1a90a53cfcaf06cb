"""Warm sandboxes of one function: reuse an idle one, start another when all are busy (Lambda's scale-out)."""
from __future__ import annotations

import threading
from typing import Callable

from .. import jsonlog
from .function_config import FunctionConfig
from .sandbox import Sandbox


class FunctionPool:
    """All sandboxes of one function name; a changed configuration retires the old ones."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.Lock()
        self._idle: list[Sandbox] = []
        self._busy: set[Sandbox] = set()
        self._signature: str | None = None

    def acquire(self, config: FunctionConfig, make: Callable[[FunctionConfig], Sandbox]) -> Sandbox:
        retired: list[Sandbox] = []
        with self._lock:
            if self._signature != config.signature:
                retired, self._idle = self._idle, []
                self._signature = config.signature
            while self._idle:
                sandbox = self._idle.pop()
                if sandbox.dead:
                    retired.append(sandbox)
                    continue
                self._busy.add(sandbox)
                break
            else:
                sandbox = None
        for old in retired:
            old.stop()
        if sandbox is not None:
            return sandbox
        sandbox = make(config)
        sandbox.start()
        jsonlog.info("cold start: new execution environment", component="lambda", function=self.name,
                     pid=sandbox.pid)
        with self._lock:
            self._busy.add(sandbox)
        return sandbox

    def release(self, sandbox: Sandbox) -> None:
        with self._lock:
            self._busy.discard(sandbox)
            if not sandbox.dead and sandbox.config.signature == self._signature:
                self._idle.append(sandbox)
                return
        sandbox.stop()

    def pids(self) -> list[int]:
        """Live bootstrap processes, busy or idle (tests check reuse and scale-out with these)."""
        with self._lock:
            return [s.pid for s in [*self._idle, *self._busy] if s.pid is not None and not s.dead]

    def reclaim_idle(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for sandbox in idle:
            sandbox.stop()

    def stop(self) -> None:
        with self._lock:
            sandboxes, self._idle = [*self._idle, *self._busy], []
            self._busy.clear()
        for sandbox in sandboxes:
            sandbox.stop()
