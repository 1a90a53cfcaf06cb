"""The local Runtime API speaks the 2018-06-01 protocol: headers on /next, 202/400/403 on posts, init errors."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

from emulator.runtime.invocation import Invocation
from emulator.runtime.runtime_api_server import RuntimeAPIHeaders, RuntimeAPIServer


class FakeSandbox:
    """Hands out one prepared invocation, then reports shutdown; records an init error."""

    def __init__(self, invocation: Invocation) -> None:
        self.invocation: Invocation | None = invocation
        self.init_error: bytes | None = None
        self.initialised = False

    def next_invocation(self) -> Invocation | None:
        self.initialised = True
        invocation, self.invocation = self.invocation, None
        if invocation is not None:
            invocation.deliver()
        return invocation

    def find_invocation(self, request_id: str) -> Invocation | None:
        return self.current if self.current.request_id == request_id else None

    def post_init_error(self, body: bytes) -> bool:
        if self.initialised:
            return False
        self.init_error = body
        return True


def _serve(invocation: Invocation) -> tuple[RuntimeAPIServer, FakeSandbox, str]:
    sandbox = FakeSandbox(invocation)
    sandbox.current = invocation  # type: ignore[attr-defined]
    server = RuntimeAPIServer(sandbox)
    server.start()
    return server, sandbox, f"http://{server.address}/2018-06-01/runtime"


def _post(url: str, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers or {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_next_carries_the_event_and_every_lambda_header() -> None:
    invocation = Invocation(payload=b'{"a": 1}', function_arn="arn:aws:lambda:us-east-1:1:function:f",
                            timeout_seconds=3)
    server, _, api = _serve(invocation)
    try:
        with urllib.request.urlopen(f"{api}/invocation/next") as response:
            body, headers = response.read(), response.headers
        assert body == b'{"a": 1}'
        assert headers[RuntimeAPIHeaders.REQUEST_ID] == invocation.request_id
        assert headers[RuntimeAPIHeaders.FUNCTION_ARN] == invocation.function_arn
        assert headers[RuntimeAPIHeaders.TRACE_ID].startswith("Root=1-")
        deadline = int(headers[RuntimeAPIHeaders.DEADLINE_MS])
        assert deadline == invocation.deadline_ms, "deadline must be delivery time + timeout, in epoch ms"
    finally:
        server.stop()


def test_response_is_accepted_once_then_refused() -> None:
    invocation = Invocation(payload=b"{}", function_arn="arn", timeout_seconds=3)
    server, _, api = _serve(invocation)
    try:
        urllib.request.urlopen(f"{api}/invocation/next").read()
        assert _post(f"{api}/invocation/{invocation.request_id}/response", b'{"ok":true}')[0] == 202
        status, body = _post(f"{api}/invocation/{invocation.request_id}/response", b'{"again":true}')
        assert (status, body["errorType"]) == (403, "InvalidStateTransition")
        assert invocation.body == b'{"ok":true}' and not invocation.function_error
    finally:
        server.stop()


def test_post_for_an_unknown_request_id_is_a_bad_request() -> None:
    server, _, api = _serve(Invocation(payload=b"{}", function_arn="arn", timeout_seconds=3))
    try:
        status, body = _post(f"{api}/invocation/not-a-request/response", b"{}")
        assert (status, body["errorType"]) == (400, "InvalidRequestID")
    finally:
        server.stop()


def test_error_without_readable_body_takes_its_type_from_the_header() -> None:
    invocation = Invocation(payload=b"{}", function_arn="arn", timeout_seconds=3)
    server, _, api = _serve(invocation)
    try:
        urllib.request.urlopen(f"{api}/invocation/next").read()
        status, _ = _post(f"{api}/invocation/{invocation.request_id}/error", b"not json",
                          {RuntimeAPIHeaders.ERROR_TYPE: "Runtime.Custom"})
        assert status == 202
        assert invocation.function_error
        assert json.loads(invocation.body) == {"errorMessage": "not json", "errorType": "Runtime.Custom"}
    finally:
        server.stop()


def test_init_error_is_accepted_before_the_first_next_only() -> None:
    server, sandbox, api = _serve(Invocation(payload=b"{}", function_arn="arn", timeout_seconds=3))
    try:
        status, _ = _post(f"{api}/init/error", b'{"errorType":"BadConfig","errorMessage":"no table"}')
        assert status == 202 and json.loads(sandbox.init_error or b"{}")["errorType"] == "BadConfig"
        threading.Thread(target=lambda: urllib.request.urlopen(f"{api}/invocation/next").read()).start()
        for _ in range(100):
            if sandbox.initialised:
                break
            threading.Event().wait(0.01)
        assert _post(f"{api}/init/error", b"{}")[0] == 403
    finally:
        server.stop()
