"""One invocation as it travels through a sandbox: the event in, then exactly one outcome out."""
from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field


@dataclass
class Invocation:
    """The event handed to the runtime at /next, and what the runtime posted back.

    `done` is set once, by /response, /error or by the sandbox (timeout, exit); the first outcome wins,
    as on Lambda, where a late response after a timeout is refused.
    """

    payload: bytes
    function_arn: str
    timeout_seconds: float
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    trace_id: str = field(default_factory=lambda: (
        f"Root=1-{int(time.time()):08x}-{uuid.uuid4().hex[:24]};Parent={uuid.uuid4().hex[:16]};Sampled=0"))
    delivered_at: float | None = None  # monotonic time the runtime received the event
    deadline_ms: int | None = None  # wall-clock deadline sent in Lambda-Runtime-Deadline-Ms
    completed_at: float | None = None
    body: bytes = b""
    function_error: bool = False
    delivered: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def deliver(self) -> None:
        self.delivered_at = time.monotonic()
        self.deadline_ms = int(time.time() * 1000 + self.timeout_seconds * 1000)
        self.delivered.set()

    def complete(self, body: bytes, function_error: bool) -> bool:
        """Records the outcome; False when one was recorded already (the caller then refuses the post)."""
        with self._lock:
            if self.done.is_set():
                return False
            self.body = body
            self.function_error = function_error
            self.completed_at = time.monotonic()
            self.done.set()
            return True


@dataclass
class InvocationResult:
    """What the Lambda API returns to its caller, plus the figures billing and tests need."""

    request_id: str
    payload: bytes
    function_error: bool
    log_tail: str
    duration_ms: float
    init_duration_ms: float | None
    memory_size_mb: int
    max_memory_used_mb: int
    pid: int | None
    cold_start: bool

    @property
    def billed_ms(self) -> int:
        """Lambda bills each invocation's duration (and a cold start's INIT phase) rounded up to 1 ms."""
        total = self.duration_ms + (self.init_duration_ms or 0.0)
        return max(1, int(-(-total // 1)))

    @property
    def gb_seconds(self) -> float:
        return self.billed_ms / 1000.0 * self.memory_size_mb / 1024.0
