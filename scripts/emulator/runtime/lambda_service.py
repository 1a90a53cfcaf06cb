"""Runs a moto Lambda function's real bootstrap: the place the `_invoke_lambda` patch hands every invocation to.

Keeps one FunctionPool per function, writes START/END/REPORT lines like Lambda, and records each invocation in
the ledger for GB-seconds.
"""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any, Callable

from .. import jsonlog
from ..faults import FaultSet
from . import code_package, environment, lambda_errors
from .function_config import FunctionConfig
from .function_pool import FunctionPool
from .invocation import Invocation, InvocationResult
from .ledger import InvocationLedger, LedgerEntry
from .log_stream import LogStream
from .sandbox import Sandbox

CredentialsFor = Callable[[Any], tuple[str, str]]  # (moto LambdaFunction) -> (access key id, secret)
PermitsFor = Callable[[Any, str], bool]  # (moto LambdaFunction, IAM action) -> whether its role may


class LambdaService:
    def __init__(self, *, endpoint_url: str, work_dir: Path, faults: FaultSet,
                 credentials_for: CredentialsFor, logs_backend_for: Callable[[str, str], Any],
                 permits_for: PermitsFor) -> None:
        self._endpoint_url = endpoint_url
        self._code_dir = work_dir / "code"
        self._faults = faults
        self._credentials_for = credentials_for
        self._logs_backend_for = logs_backend_for
        self._permits_for = permits_for
        # function name -> why its logs were dropped (the role lacks a logs: action), for tests' messages
        self.log_problems: dict[str, str] = {}
        self._lock = threading.Lock()
        self._pools: dict[str, FunctionPool] = {}
        self.ledger = InvocationLedger()

    def pool(self, function_name: str) -> FunctionPool:
        with self._lock:
            return self._pools.setdefault(function_name, FunctionPool(function_name))

    def invoke(self, function: Any, payload: bytes) -> InvocationResult:
        """Invokes a moto `LambdaFunction` with a JSON payload and returns Lambda's answer."""
        code = code_package.unpack(function.code_bytes, self._code_dir / function.function_name)
        config = FunctionConfig(
            name=function.function_name, arn=function.function_arn, memory_mb=int(function.memory_size),
            timeout_seconds=float(function.timeout), environment=dict(function.environment_vars or {}), code=code)
        invocation = Invocation(payload=payload, function_arn=function.function_arn,
                                timeout_seconds=config.timeout_seconds)
        if code.problem is not None:
            # Fail fast, as Lambda does at init: no process, no wait, a clear message.
            invocation.complete(lambda_errors.invalid_entrypoint(invocation.request_id, code.problem), True)
            result = InvocationResult(invocation.request_id, invocation.body, True, code.problem, 0.0, None,
                                      config.memory_mb, 0, None, True)
            jsonlog.error("invocation failed: bad code package", component="lambda", function=config.name,
                          requestId=invocation.request_id, reason=code.problem)
            return result
        self._credentials_for(function)  # re-syncs the role's policies, so an edited policy applies at once
        pool = self.pool(config.name)
        sandbox = pool.acquire(config, lambda c: self._make_sandbox(function, c))
        try:
            sandbox.log_stream.write(  # type: ignore[attr-defined]
                f"START RequestId: {invocation.request_id} Version: $LATEST")
            result = sandbox.run(invocation)
        finally:
            pool.release(sandbox)
        self._report(function, sandbox, result)
        return result

    def _make_sandbox(self, function: Any, config: FunctionConfig) -> Sandbox:
        access_key, secret = self._credentials_for(function)
        stream = LogStream(self._logs_backend_for(function.account_id, function.region), config.name,
                           environment.log_stream_name(), lambda action: self._permits_for(function, action),
                           self.log_problems)
        env = environment.build(
            function_name=config.name, memory_mb=config.memory_mb, timeout_seconds=config.timeout_seconds,
            region=function.region, endpoint_url=self._endpoint_url, access_key_id=access_key,
            secret_access_key=secret, task_root=str(config.code.task_root), stream_name=stream.stream,
            function_environment=config.environment)
        sandbox = Sandbox(config, env, stream.write, self._faults.take_function_crash)
        sandbox.log_stream = stream  # type: ignore[attr-defined]  # START/END/REPORT go to the same stream
        return sandbox

    def _report(self, function: Any, sandbox: Sandbox, result: InvocationResult) -> None:
        stream: LogStream = sandbox.log_stream  # type: ignore[attr-defined]
        init = f" Init Duration: {result.init_duration_ms:.2f} ms" if result.init_duration_ms is not None else ""
        report = (f"REPORT RequestId: {result.request_id}\tDuration: {result.duration_ms:.2f} ms\t"
                  f"Billed Duration: {result.billed_ms} ms\tMemory Size: {result.memory_size_mb} MB\t"
                  f"Max Memory Used: {result.max_memory_used_mb} MB{init}")
        try:
            stream.write(f"END RequestId: {result.request_id}")
            stream.write(report)
        except Exception as problem:  # noqa: BLE001 - logging must never fail an invocation
            jsonlog.warning("could not write the REPORT line to CloudWatch Logs", component="lambda",
                            function=function.function_name, problem=str(problem))
        self.ledger.record(LedgerEntry(
            function=function.function_name, request_id=result.request_id, billed_ms=result.billed_ms,
            memory_size_mb=result.memory_size_mb, max_memory_used_mb=result.max_memory_used_mb,
            gb_seconds=result.gb_seconds, cold_start=result.cold_start, error=result.function_error,
            pid=result.pid, ended_at=time.time()))
        error_type = None
        if result.function_error:
            try:
                error_type = json.loads(result.payload).get("errorType")
            except (ValueError, AttributeError):
                error_type = "unreadable error payload"
        jsonlog.info("invocation finished", component="lambda", function=function.function_name,
                     requestId=result.request_id, pid=result.pid, cold=result.cold_start,
                     durationMs=round(result.duration_ms, 2), billedMs=result.billed_ms, errorType=error_type)

    def reclaim_idle(self, function_name: str) -> None:
        """Stops the function's idle execution environments, as Lambda reclaims idle ones: the next invocation
        starts cold (new process, new log stream)."""
        self.pool(function_name).reclaim_idle()

    def stop(self) -> None:
        with self._lock:
            pools = list(self._pools.values())
        for pool in pools:
            pool.stop()
