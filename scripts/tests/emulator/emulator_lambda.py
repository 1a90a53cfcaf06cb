"""Small helpers shared by the Lambda tests: invoke and read the answer, deploy a variant of echo."""
from __future__ import annotations

import json
import time
from typing import Any

from emulator_lab import Lab


def invoke(lab: Lab, function: str, event: dict[str, Any]) -> tuple[dict[str, Any], Any, float]:
    """(response metadata, parsed payload, seconds) of a synchronous Invoke."""
    started = time.monotonic()
    response = lab.client("lambda").invoke(FunctionName=function, Payload=json.dumps(event).encode())
    payload = json.loads(response["Payload"].read())
    return response, payload, time.monotonic() - started


def deploy_variant(lab: Lab, name: str, *, zip_bytes: bytes | None = None, policy: str | None = None,
                   timeout_seconds: int | None = None, environment: dict[str, str] | None = None) -> str:
    """A separate function (own pool, own role) built from echo's settings, for tests that break things."""
    return lab.deployer.deploy_function("echo", lab.deployment, name=f"pulsar-aws-lab-{name}",
                                        zip_bytes=zip_bytes, policy=policy, timeout_seconds=timeout_seconds,
                                        environment=environment)


def ledger_for(lab: Lab, function_arn: str) -> list[Any]:
    name = function_arn.rsplit(":", 1)[-1]
    return [entry for entry in lab.emulator.lambda_service.ledger.entries() if entry.function == name]
