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

    def gb_seconds(self, since: int = 0) -> float:
        with self._lock:
            return sum(entry.gb_seconds for entry in self._entries[since:])
