"""Step Functions' own AWS calls (Lambda tasks, aws-sdk tasks) go to this emulator, signed with known keys.

moto's interpreter builds its boto3 clients in `asl/utils/boto_client.py` with the fixed keys `ak`/`sk` and
`http://localhost:$MOTO_PORT`. With IAM enforcement on, `ak` is an unknown key (InvalidClientTokenId), and the
port is wrong whenever the server is not on MOTO_PORT. The replacement signs with the state machine role's
principal (principals.py) and aims at our real endpoint; clients are cached because building one costs ~30 ms
per task attempt otherwise.
"""
from __future__ import annotations

import importlib
import pkgutil
import threading
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config

from ..context import LabContext
from .patching import replace

WHY = "interpreter's clients signed with 'ak'/'sk' at localhost:$MOTO_PORT -> our endpoint, state machine role keys"

_MODULE = "moto.stepfunctions.parser.asl.utils.boto_client"


def _importers() -> list[Any]:
    """Every parser module that did `from ...boto_client import boto_client_for` (they hold their own copy)."""
    import moto.stepfunctions.parser as parser

    modules = []
    root = Path(parser.__file__).parent
    for info in pkgutil.walk_packages([str(root)], prefix="moto.stepfunctions.parser."):
        path = root.joinpath(*info.name.split(".")[3:])
        source = path.with_suffix(".py")
        if source.is_file() and "import boto_client_for" in source.read_text():
            modules.append(importlib.import_module(info.name))
    return modules


def apply(lab: LabContext) -> None:
    boto_client = importlib.import_module(_MODULE)
    cache: dict[tuple[str, str, str], Any] = {}
    lock = threading.Lock()

    def boto_client_for(region: str, service: str, state_credentials: Any = None) -> Any:
        access_key, secret = lab.principals.state_machine_credentials()
        key = (region, service, access_key)
        with lock:
            client = cache.get(key)
            if client is None:
                client = boto3.session.Session().client(
                    service, region_name=region, endpoint_url=lab.endpoint_url,
                    aws_access_key_id=access_key, aws_secret_access_key=secret,
                    config=Config(parameter_validation=False, retries={"total_max_attempts": 1},
                                  connect_timeout=10, read_timeout=900))  # 900 s: Lambda's longest timeout
                cache[key] = client
        return client

    replace(boto_client, "boto_client_for", boto_client_for)
    for module in _importers():
        replace(module, "boto_client_for", boto_client_for)
