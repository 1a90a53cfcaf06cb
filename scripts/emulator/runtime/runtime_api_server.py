"""A local Lambda Runtime API (2018-06-01) for one sandbox: /next, /response, /error, /init/error.

Follows the OpenAPI description AWS publishes (runtime-api.yaml 1.0.3): /next blocks until there is an event
and carries the request id, deadline, function ARN and trace id in headers; posts answer 202; a post for an
unknown or already answered request answers 400/403 with an ErrorResponse body. HTTP/1.1 keep-alive is kept,
because runtimes reuse one connection (ours does, via libcurl).
See: https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html
"""
from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol

from .invocation import Invocation
from .lambda_errors import MAX_RESPONSE_BYTES, response_too_large


class RuntimeAPIPaths:
    PREFIX = "/2018-06-01/runtime"
    NEXT = PREFIX + "/invocation/next"
    INIT_ERROR = PREFIX + "/init/error"
    INVOCATION = re.compile(r"^/2018-06-01/runtime/invocation/([^/]+)/(response|error)$")


class RuntimeAPIHeaders:
    REQUEST_ID = "Lambda-Runtime-Aws-Request-Id"
    DEADLINE_MS = "Lambda-Runtime-Deadline-Ms"
    FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn"
    TRACE_ID = "Lambda-Runtime-Trace-Id"
    ERROR_TYPE = "Lambda-Runtime-Function-Error-Type"


class SandboxEndpoint(Protocol):
    """What the server needs from its sandbox (kept narrow so the server is testable alone)."""

    def next_invocation(self) -> Invocation | None: ...

    def find_invocation(self, request_id: str) -> Invocation | None: ...

    def post_init_error(self, body: bytes) -> bool: ...


def error_body(error_type: str, message: str, stack: bool = False) -> bytes:
    document: dict[str, object] = {"errorMessage": message, "errorType": error_type}
    if stack:
        document["stackTrace"] = []
    return json.dumps(document).encode()


def normalised_error(body: bytes, header_type: str | None) -> bytes:
    """The error as Lambda returns it: the runtime's JSON if readable, else built from the header.

    The spec: "Lambda's default behavior is to use Lambda-Runtime-Function-Error-Type header value to construct
    an error response when error payload is not provided or can not be read."
    """
    try:
        document = json.loads(body) if body else None
    except ValueError:
        document = None
    if isinstance(document, dict) and ("errorType" in document or "errorMessage" in document):
        if "errorType" not in document and header_type:
            document["errorType"] = header_type
        return json.dumps(document).encode()
    message = body.decode("utf-8", "replace") if body else ""
    return error_body(header_type or "Unhandled", message)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "RuntimeAPIServer"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass  # the sandbox logs what matters; per-request access logs would drown it

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        if self.path != RuntimeAPIPaths.NEXT:
            self._send(404, error_body("NotFound", f"no route GET {self.path}"))
            return
        invocation = self.server.sandbox.next_invocation()
        if invocation is None:
            # Sandbox is shutting down: the spec's 500, "Runtime should exit promptly".
            self._send(500, error_body("Sandbox.Shutdown", "the sandbox is shutting down"))
            return
        self._send(200, invocation.payload, {
            RuntimeAPIHeaders.REQUEST_ID: invocation.request_id,
            RuntimeAPIHeaders.DEADLINE_MS: str(invocation.deadline_ms),
            RuntimeAPIHeaders.FUNCTION_ARN: invocation.function_arn,
            RuntimeAPIHeaders.TRACE_ID: invocation.trace_id,
        })

    def do_POST(self) -> None:  # noqa: N802 - stdlib naming
        body = self._read_body()
        if self.path == RuntimeAPIPaths.INIT_ERROR:
            if self.server.sandbox.post_init_error(normalised_error(body, self.headers.get(RuntimeAPIHeaders.ERROR_TYPE))):
                self._send(202, b'{"status":"OK"}')
            else:
                self._send(403, error_body("InvalidStateTransition", "init error posted after initialisation"))
            return
        match = RuntimeAPIPaths.INVOCATION.match(self.path)
        if not match:
            self._send(404, error_body("NotFound", f"no route POST {self.path}"))
            return
        request_id, kind = match.groups()
        invocation = self.server.sandbox.find_invocation(request_id)
        if invocation is None:
            self._send(400, error_body("InvalidRequestID", f"no invocation with request id {request_id} is running"))
            return
        if kind == "response":
            if len(body) > MAX_RESPONSE_BYTES:
                self._send(413, error_body("RequestEntityTooLarge",
                                           f"Exceeded maximum allowed payload size ({MAX_RESPONSE_BYTES} bytes)."))
                invocation.complete(response_too_large(request_id, len(body)), function_error=True)
                return
            accepted = invocation.complete(body, function_error=False)
        else:
            accepted = invocation.complete(normalised_error(body, self.headers.get(RuntimeAPIHeaders.ERROR_TYPE)),
                                           function_error=True)
        if accepted:
            self._send(202, b'{"status":"OK"}')
        else:
            self._send(403, error_body("InvalidStateTransition",
                                       f"request {request_id} was already answered or timed out"))


class RuntimeAPIServer(ThreadingHTTPServer):
    """Serves one sandbox on 127.0.0.1 at a free port; `address` goes into AWS_LAMBDA_RUNTIME_API."""

    daemon_threads = True

    def __init__(self, sandbox: SandboxEndpoint) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.sandbox = sandbox
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), name="runtime-api", daemon=True)

    @property
    def address(self) -> str:
        host, port = self.server_address[:2]
        return f"{host}:{port}"

    def start(self) -> None:
        self._thread.start()

    def handle_error(self, request: object, client_address: object) -> None:
        """A runtime killed mid-request (timeout, crash) leaves a broken connection; that is expected here."""
        import sys
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
