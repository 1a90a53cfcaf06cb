"""Invocations run echo's real bootstrap through the local Runtime API and fail the way Lambda fails them."""
from __future__ import annotations

import threading
import time

from emulator_lab import Lab, python_bootstrap, zip_with
from emulator_lambda import deploy_variant, invoke, ledger_for


def test_echo_answers_its_input_plus_the_request_id(lab: Lab) -> None:
    response, payload, _ = invoke(lab, lab.deployment.functions["echo"], {"hello": "lab"})
    assert "FunctionError" not in response, payload
    assert payload["hello"] == "lab"
    assert payload["requestId"] == ledger_for(lab, lab.deployment.functions["echo"])[-1].request_id


def test_named_error_reaches_the_caller_with_its_error_type(lab: Lab) -> None:
    response, payload, _ = invoke(lab, lab.deployment.functions["echo"],
                                  {"throw": "ClusterNotReady", "message": "broker 2 not healthy"})
    assert response.get("FunctionError"), payload
    assert payload["errorType"] == "ClusterNotReady"
    assert payload["errorMessage"] == "broker 2 not healthy"


def test_a_warm_process_serves_the_next_invocation(lab: Lab) -> None:
    arn = deploy_variant(lab, "echo-warm")
    invoke(lab, arn, {"n": 1})
    invoke(lab, arn, {"n": 2})
    first, second = ledger_for(lab, arn)[-2:]
    assert first.pid == second.pid, f"a second process served a sequential invocation: {first} {second}"
    assert (first.cold_start, second.cold_start) == (True, False)


def test_concurrent_invocations_get_processes_of_their_own(lab: Lab) -> None:
    arn = deploy_variant(lab, "echo-concurrent")
    results: list[float] = []

    def call() -> None:
        results.append(invoke(lab, arn, {"sleepMs": 1000})[2])

    started = time.monotonic()
    threads = [threading.Thread(target=call) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    pids = {entry.pid for entry in ledger_for(lab, arn)[-2:]}
    assert len(pids) == 2, f"two concurrent invocations shared one process: {pids}"
    assert elapsed < 1.9, f"the two 1 s invocations ran one after the other ({elapsed:.2f} s)"


def test_timeout_fails_as_sandbox_timedout_and_the_next_invocation_gets_a_new_process(lab: Lab) -> None:
    arn = deploy_variant(lab, "echo-timeout", timeout_seconds=1)
    response, payload, seconds = invoke(lab, arn, {"sleepMs": 5000})
    assert response.get("FunctionError"), payload
    assert payload["errorType"] == "Sandbox.Timedout"
    assert "Task timed out after 1.00 seconds" in payload["errorMessage"]
    assert seconds < 3, f"the timeout took {seconds:.2f} s to report"
    response, payload, _ = invoke(lab, arn, {"after": "timeout"})
    assert "FunctionError" not in response, payload
    timed_out, fresh = ledger_for(lab, arn)[-2:]
    assert timed_out.pid != fresh.pid and fresh.cold_start


def test_crash_fails_as_runtime_exit_error(lab: Lab) -> None:
    arn = deploy_variant(lab, "echo-crash")
    response, payload, _ = invoke(lab, arn, {"crash": True})
    assert response.get("FunctionError"), payload
    assert payload["errorType"] == "Runtime.ExitError"
    assert "Runtime exited with error: signal: aborted" in payload["errorMessage"], payload
    response, payload, _ = invoke(lab, arn, {"after": "crash"})
    assert "FunctionError" not in response, payload


def test_zip_without_bootstrap_fails_at_once_with_a_clear_message(lab: Lab) -> None:
    arn = deploy_variant(lab, "no-bootstrap", zip_bytes=zip_with({"main": (b"#!/bin/sh\n", 0o755)}))
    response, payload, seconds = invoke(lab, arn, {})
    assert response.get("FunctionError"), payload
    assert payload["errorType"] == "Runtime.InvalidEntrypoint"
    assert "Couldn't find valid bootstrap(s): [/var/task/bootstrap /opt/bootstrap]" in payload["errorMessage"]
    assert seconds < 2, f"a bad zip took {seconds:.2f} s to fail"


def test_bootstrap_that_is_not_executable_fails_at_once_with_a_clear_message(lab: Lab, echo_zip) -> None:
    import zipfile
    binary = zipfile.ZipFile(echo_zip).read("bootstrap")
    arn = deploy_variant(lab, "not-executable", zip_bytes=zip_with({"bootstrap": (binary, 0o644)}))
    response, payload, seconds = invoke(lab, arn, {})
    assert payload["errorType"] == "Runtime.InvalidEntrypoint", payload
    assert "permission denied" in payload["errorMessage"] and "not executable" in payload["errorMessage"]
    assert seconds < 2


def test_bootstrap_the_kernel_cannot_run_fails_with_exec_format_error(lab: Lab) -> None:
    arn = deploy_variant(lab, "exec-format", zip_bytes=zip_with({"bootstrap": (b"echo no shebang\n", 0o755)}))
    response, payload, seconds = invoke(lab, arn, {})
    assert payload["errorType"] == "Runtime.InvalidEntrypoint", payload
    assert "exec format error" in payload["errorMessage"]
    assert seconds < 2


def test_init_error_is_served_to_the_invocation(lab: Lab) -> None:
    arn = deploy_variant(lab, "echo-init-error", environment={"ECHO_FAIL_INIT": "on purpose"})
    response, payload, seconds = invoke(lab, arn, {})
    assert response.get("FunctionError"), payload
    assert payload["errorType"] == "EchoInitFailed", payload
    assert seconds < 3


def test_bootstrap_gets_lambdas_environment_and_headers(lab: Lab) -> None:
    arn = deploy_variant(lab, "probe-env", zip_bytes=zip_with({"bootstrap": (python_bootstrap("probe_bootstrap.py"), 0o755)}),
                         timeout_seconds=7)
    started_ms = time.time() * 1000
    response, payload, _ = invoke(lab, arn, {"env": True})
    assert "FunctionError" not in response, payload
    env, headers = payload["environment"], payload["headers"]
    assert env["AWS_LAMBDA_FUNCTION_NAME"] == "pulsar-aws-lab-probe-env"
    assert env["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] == "128"
    assert env["AWS_LAMBDA_FUNCTION_TIMEOUT"] == "7"
    assert env["AWS_ENDPOINT_URL"] == lab.emulator.endpoint_url
    assert env["AWS_REGION"] == "us-east-1" and env["AWS_ACCESS_KEY_ID"].startswith("AKIA")
    assert env["PULSAR_LAB_RESULTS_BUCKET"] == lab.deployment.results_bucket
    assert env["AWS_LAMBDA_RUNTIME_API"].startswith("127.0.0.1:")
    assert "HOME" not in env and "VIRTUAL_ENV" not in env, "the host environment leaked into the sandbox"
    assert headers["Lambda-Runtime-Invoked-Function-Arn"] == arn
    deadline = int(headers["Lambda-Runtime-Deadline-Ms"])
    assert started_ms + 6000 < deadline < started_ms + 8000 + 2000, (started_ms, deadline)


def test_each_invocation_is_recorded_for_gb_seconds(lab: Lab) -> None:
    arn = lab.deployment.functions["echo"]
    invoke(lab, arn, {"sleepMs": 200})
    entry = ledger_for(lab, arn)[-1]
    assert entry.memory_size_mb == 128 and entry.billed_ms >= 200
    assert abs(entry.gb_seconds - entry.billed_ms / 1000 * 128 / 1024) < 1e-9
    assert entry.max_memory_used_mb > 0, "peak memory of the bootstrap was not read"
