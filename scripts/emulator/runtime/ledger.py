"""Every invocation's duration and memory, for Lambda GB-seconds in reports (duration x memory, as billed)."""
from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class LedgerEntry:
    function: str
    request_id: str
    billed_ms: int
    memory_size_mb: int
    max_memory_used_mb: int
    gb_seconds: float
    cold_start: bool
    error: bool
    pid: int | None  # the bootstrap process that served it (warm reuse and scale-out are visible here)
    ended_at: float = 0.0  # wall clock (time.time()) when the answer came back; started = ended - billed


class InvocationLedger:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[LedgerEntry] = []

    def record(self, entry: LedgerEntry) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[LedgerEntry]:
        with self._lock:
            return list(self._entries)

    def mark(self) -> int:
        """A position to total from, so one run's figures exclude earlier runs'."""
        with self._lock:
            return len(self._entries)

    def busy_seconds(self, function_suffix: str, start: float, end: float) -> float:
        """Real seconds a function's invocations spent inside [start, end] (wall clock): time the emulator did
        not scale, so a delay measured across it must not multiply it by the time factor."""
        with self._lock:
            entries = [e for e in self._entries if e.function.endswith(function_suffix)]
        busy = 0.0
        for entry in entries:
            began = entry.ended_at - entry.billed_ms / 1000.0
            busy += max(0.0, min(end, entry.ended_at) - max(start, began))
        return busy

    def gb_seconds(self, since: int = 0) -> float:
        with self._lock:
            return sum(entry.gb_seconds for entry in self._entries[since:])
