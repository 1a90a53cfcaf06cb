"""One execution environment: a `bootstrap` process, its own Runtime API endpoint, one invocation at a time.

Lifecycle as on Lambda: spawn → INIT (until the runtime first calls /next, at most INIT_TIMEOUT seconds) →
invoke → idle (warm, reused) → ... → dead on timeout, crash or init error (the next invocation gets a fresh
environment). Failures are turned into Lambda's own error payloads (lambda_errors).
"""
from __future__ import annotations

import collections
import os
import signal
import subprocess
import threading
import time
from typing import Callable

from .. import jsonlog
from . import lambda_errors
from .function_config import FunctionConfig
from .invocation import Invocation, InvocationResult
from .runtime_api_server import RuntimeAPIServer

INIT_TIMEOUT_SECONDS = 10.0  # Lambda's INIT phase limit for on-demand functions
LOG_TAIL_BYTES = 4096  # X-Amz-Log-Result carries the last 4 KB


class Sandbox:
    """Owns the process; the pool decides which invocation it serves (see function_pool)."""

    def __init__(self, config: FunctionConfig, environment: dict[str, str],
                 log_line: Callable[[str], None], crash_fault: Callable[[str], bool]) -> None:
        self.config = config
        self._environment = environment
        self._log_line = log_line
        self._crash_fault = crash_fault
        self._lock = threading.Lock()
        self._cv = threading.Condition(self._lock)
        self._pending: Invocation | None = None
        self._current: Invocation | None = None
        self._init_error: bytes | None = None
        self._initialised_at: float | None = None
        self._spawned_at: float | None = None
        self._closing = False
        self._lines: collections.deque[str] = collections.deque(maxlen=400)
        self._line_count = 0
        self.dead = False
        self.invocations = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._server = RuntimeAPIServer(self)

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    # --- Runtime API side (called on server threads) ---------------------------------------------------

    def next_invocation(self) -> Invocation | None:
        with self._cv:
            if self._initialised_at is None:
                self._initialised_at = time.monotonic()
            self._current = None
            while self._pending is None and not self._closing:
                self._cv.wait()
            if self._closing:
                return None
            invocation, self._pending = self._pending, None
            self._current = invocation
            invocation.deliver()
            return invocation

    def find_invocation(self, request_id: str) -> Invocation | None:
        with self._lock:
            for invocation in (self._current, self._pending):
                if invocation is not None and invocation.request_id == request_id:
                    return invocation
        return None

    def post_init_error(self, body: bytes) -> bool:
        with self._cv:
            if self._initialised_at is not None:
                return False
            self._init_error = body
            self.dead = True
            pending = self._pending
        if pending is not None:
            self._fail_undelivered(pending, body)
        # The spec asks the runtime to exit after reporting; Lambda does not wait for it for long either.
        threading.Timer(1.0, self.kill).start()
        return True

    # --- Pool side ---------------------------------------------------------------------------------------

    def start(self) -> None:
        """Spawns the bootstrap; a spawn failure leaves the sandbox dead with Lambda's reason recorded."""
        self._server.start()
        environment = dict(self._environment, AWS_LAMBDA_RUNTIME_API=self._server.address)
        self._spawned_at = time.monotonic()
        try:
            self.process = subprocess.Popen(
                [str(self.config.code.bootstrap)], cwd=self.config.code.task_root, env=environment,
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                start_new_session=True)
        except OSError as problem:
            self.dead = True
            reason = "exec format error" if problem.errno == 8 else (problem.strerror or str(problem)).lower()
            self._init_error = lambda_errors.invalid_entrypoint("{request_id}", f"fork/exec /var/task/bootstrap: {reason}")
            self._server.stop()
            return
        threading.Thread(target=self._pump_output, name=f"{self.config.name}-output", daemon=True).start()

    def run(self, invocation: Invocation) -> InvocationResult:
        """Hands the event to the runtime and waits for one outcome, enforcing the INIT limit and the timeout."""
        cold = self.invocations == 0
        self.invocations += 1
        first_line = self._line_count
        if self.process is None:  # spawn failed: answer at once, never hang
            body = (self._init_error or b"").replace(b"{request_id}", invocation.request_id.encode())
            invocation.complete(body, function_error=True)
            return self._result(invocation, cold, first_line)
        with self._cv:
            failed_init = self.dead and self._init_error is not None
            if not failed_init:
                self._pending = invocation
                self._cv.notify_all()
        if failed_init:
            self._fail_undelivered(invocation, self._init_error or b"")
        limit = INIT_TIMEOUT_SECONDS if cold else invocation.timeout_seconds
        if not invocation.delivered.wait(limit) and not invocation.done.is_set():
            self._fail_undelivered(invocation, lambda_errors.init_timed_out(invocation.request_id, limit))
            self.kill()
        if invocation.delivered_at is not None:
            if self._crash_fault(self.config.name):
                self.kill()
            remaining = invocation.delivered_at + invocation.timeout_seconds - time.monotonic()
            if not invocation.done.wait(max(0.0, remaining)):
                if invocation.complete(lambda_errors.timed_out(invocation.request_id, invocation.timeout_seconds),
                                       function_error=True):
                    self.kill()
        return self._result(invocation, cold, first_line)

    def kill(self) -> None:
        """Ends the environment (process group included), as Lambda does after a timeout or crash."""
        with self._cv:
            self.dead = True
            self._closing = True
            self._cv.notify_all()
        if self.process is not None and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def stop(self) -> None:
        self.kill()
        if self.process is not None:
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                jsonlog.warning("bootstrap did not exit after SIGKILL", component="lambda",
                                function=self.config.name, pid=self.pid)
        self._server.stop()

    # --- internals ---------------------------------------------------------------------------------------

    def _fail_undelivered(self, invocation: Invocation, body: bytes) -> None:
        invocation.complete(body.replace(b"{request_id}", invocation.request_id.encode()), function_error=True)
        invocation.delivered.set()

    def _pump_output(self) -> None:
        """Forwards the runtime's stdout/stderr to its log stream, then reports the exit (crash detection)."""
        assert self.process is not None and self.process.stdout is not None
        for raw in self.process.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            self._lines.append(line)
            self._line_count += 1
            self._log_line(line)
        returncode = self.process.wait()
        with self._cv:
            self.dead = True
            invocation = self._current or self._pending
            self._pending = None
            init_error = self._init_error
            self._closing = True
            self._cv.notify_all()
        if invocation is not None and not invocation.done.is_set():
            if init_error is not None and invocation.delivered_at is None:
                self._fail_undelivered(invocation, init_error)
            else:
                self._fail_undelivered(invocation, lambda_errors.runtime_exited(invocation.request_id, returncode))
        jsonlog.info("bootstrap exited", component="lambda", function=self.config.name, pid=self.pid,
                     exit=lambda_errors.exit_status(returncode))
        self._server.stop()

    def _max_memory_mb(self) -> int:
        """Peak resident memory so far (VmHWM), as Lambda's REPORT line shows it."""
        if self.process is None:
            return 0
        try:
            with open(f"/proc/{self.process.pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return max(1, int(line.split()[1]) // 1024)
        except OSError:
            pass  # the process is gone (crash, timeout): its peak is no longer readable
        return 0

    def _result(self, invocation: Invocation, cold: bool, first_line: int) -> InvocationResult:
        delivered, completed = invocation.delivered_at, invocation.completed_at or time.monotonic()
        duration_ms = (completed - delivered) * 1000 if delivered is not None else 0.0
        init_ms = None
        if cold and self._spawned_at is not None:
            init_end = self._initialised_at or completed
            init_ms = (init_end - self._spawned_at) * 1000
        time.sleep(0.005)  # let the output pump catch up with lines printed just before the answer
        new_lines = list(self._lines)[-(self._line_count - first_line):] if self._line_count > first_line else []
        tail = "\n".join(new_lines)[-LOG_TAIL_BYTES:]
        return InvocationResult(
            request_id=invocation.request_id, payload=invocation.body, function_error=invocation.function_error,
            log_tail=tail, duration_ms=duration_ms, init_duration_ms=init_ms, memory_size_mb=self.config.memory_mb,
            max_memory_used_mb=self._max_memory_mb(), pid=self.pid, cold_start=cold)
