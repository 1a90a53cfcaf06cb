"""Lambda invocations run the function's real `bootstrap` through a local Runtime API.

moto's `LambdaFunction._invoke_lambda(event)` (moto/awslambda/models.py) starts a Docker container (none here)
and returns `(payload, errored, logs)`. The replacement hands the event to runtime.LambdaService, which runs the
bootstrap unpacked from the function's zip with Lambda's environment, reuses warm processes, scales out, and
fails timeouts, crashes and bad zips the way Lambda does. Direct Invoke and Step Functions tasks both come here.
"""
from __future__ import annotations

import json
from typing import Any

from ..context import LabContext
from .patching import replace

WHY = "Lambda needs Docker -> runs the zip's real bootstrap as a child process behind a local Runtime API"


def apply(lab: LabContext) -> None:
    from moto.awslambda.models import LambdaFunction

    def _invoke_lambda(self: Any, event: Any = None) -> tuple[str, bool, str]:
        # moto parsed the request body with json.loads, or passed the string "{}" for an empty body.
        payload = b"{}" if event is None or event == "{}" else json.dumps(event).encode()
        result = lab.lambda_service.invoke(self, payload)
        return result.payload.decode("utf-8", "replace"), result.function_error, result.log_tail

    replace(LambdaFunction, "_invoke_lambda", _invoke_lambda)
