"""The error payloads Lambda itself produces when an invocation fails outside the function's code.

Same errorType and message shapes as AWS, because Step Functions' Retry/Catch and our tests match on them.
See: https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html and
https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
"""
from __future__ import annotations

import json
import signal

# Go's names for signals, as Lambda's Go-based init prints them ("signal: killed").
_SIGNAL_NAMES = {
    signal.SIGABRT: "aborted", signal.SIGKILL: "killed", signal.SIGSEGV: "segmentation fault",
    signal.SIGTERM: "terminated", signal.SIGILL: "illegal instruction", signal.SIGTRAP: "trace/breakpoint trap",
    signal.SIGBUS: "bus error", signal.SIGFPE: "floating point exception",
}

MAX_RESPONSE_BYTES = 6_291_556  # synchronous invocation payload limit


def error_payload(error_type: str, message: str) -> bytes:
    return json.dumps({"errorType": error_type, "errorMessage": message}).encode()


def timed_out(request_id: str, timeout_seconds: float) -> bytes:
    return error_payload("Sandbox.Timedout",
                         f"RequestId: {request_id} Error: Task timed out after {timeout_seconds:.2f} seconds")


def exit_status(returncode: int) -> str:
    """`exit status 1` or `signal: aborted`, as Lambda words a runtime's exit."""
    if returncode < 0:
        try:
            name = _SIGNAL_NAMES.get(signal.Signals(-returncode), signal.Signals(-returncode).name)
        except ValueError:
            name = f"signal {-returncode}"
        return f"signal: {name}"
    return f"exit status {returncode}"


def runtime_exited(request_id: str, returncode: int) -> bytes:
    return error_payload("Runtime.ExitError",
                         f"RequestId: {request_id} Error: Runtime exited with error: {exit_status(returncode)}")


def invalid_entrypoint(request_id: str, reason: str) -> bytes:
    return error_payload("Runtime.InvalidEntrypoint", f"RequestId: {request_id} Error: {reason}")


def response_too_large(request_id: str, size: int) -> bytes:
    return error_payload("Function.ResponseSizeTooLarge",
                         f"RequestId: {request_id} Error: Response payload size ({size} bytes) exceeded maximum "
                         f"allowed payload size ({MAX_RESPONSE_BYTES} bytes).")


def init_timed_out(request_id: str, seconds: float) -> bytes:
    return error_payload("Sandbox.Timedout",
                         f"RequestId: {request_id} Error: INIT phase timed out after {seconds:.2f} seconds "
                         "(the bootstrap never asked for its first event)")
