"""The environment a bootstrap starts with: Lambda's reserved variables, then the function's own.

As on Lambda, the process does not inherit the host's environment, and reserved variables win over the
function's. Credentials are those of the function's IAM principal (see deploy/principals), so every AWS call the
function makes is checked against its role's policy. `AWS_ENDPOINT_URL` points every AWS SDK (and AWSCore) at
the emulator. See: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
"""
from __future__ import annotations

import time
import uuid


def log_stream_name() -> str:
    """Lambda's stream naming: one stream per execution environment."""
    return time.strftime("%Y/%m/%d/", time.gmtime()) + f"[$LATEST]{uuid.uuid4().hex}"


def build(*, function_name: str, memory_mb: int, timeout_seconds: float, region: str, endpoint_url: str,
          access_key_id: str, secret_access_key: str, task_root: str, stream_name: str,
          function_environment: dict[str, str]) -> dict[str, str]:
    reserved = {
        "AWS_LAMBDA_FUNCTION_NAME": function_name,
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(memory_mb),
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        # Not set by Lambda (the deadline header carries the timeout); the emulator adds it for diagnostics.
        "AWS_LAMBDA_FUNCTION_TIMEOUT": str(int(timeout_seconds)),
        "AWS_LAMBDA_LOG_GROUP_NAME": f"/aws/lambda/{function_name}",
        "AWS_LAMBDA_LOG_STREAM_NAME": stream_name,
        "AWS_REGION": region,
        "AWS_DEFAULT_REGION": region,
        "AWS_ACCESS_KEY_ID": access_key_id,
        "AWS_SECRET_ACCESS_KEY": secret_access_key,
        # No AWS_SESSION_TOKEN: the principal is an IAM user (moto rejects a token with a user's AKIA key).
        "AWS_ENDPOINT_URL": endpoint_url,
        "LAMBDA_TASK_ROOT": task_root,
        "LAMBDA_RUNTIME_DIR": task_root,
        "_HANDLER": "bootstrap",
        "TZ": ":UTC",
        "LANG": "en_US.UTF-8",
        "PATH": "/usr/local/bin:/usr/bin/:/bin:/opt/bin",
        "LD_LIBRARY_PATH": f"{task_root}/lib:/lib64:/usr/lib64:/opt/lib",
    }
    environment = {key: str(value) for key, value in function_environment.items() if key not in reserved}
    environment.update(reserved)
    return environment
