"""The emulator: moto's server in this process, patched (patches/), with IAM enforced and SFN executing.

In-process because the patches must reach moto's objects; a `python -m emulator serve` process is the server
for anyone else (AWS CLI, the `lab` CLI, Swift tests).
"""
from __future__ import annotations

import json
import logging
import math
import os
import shutil
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from . import jsonlog, patches
from .constants import Defaults, Lab
from .faults import FaultSet
from .iam_record import RECORDER
from .nodes import echo_command, health_check, run_benchmark
from .nodes.command_registry import CommandRegistry
from .nodes.command_runner import CommandRunner
from .nodes.fleet import NodeFleet
from .nodes.node_simulation import NodeSimulation
from .principals import Principals
from .runtime.lambda_service import LambdaService
from .timescale import TimeScale


def _instance_profile_roles(backend: Any, profile: str) -> list[str]:
    """The role ARNs of an instance profile given by name or ARN (moto raises when there is none)."""
    found = backend.get_instance_profile_by_arn(profile) if profile.startswith("arn:") \
        else backend.get_instance_profile(profile)
    return [role.arn for role in found.roles]


class Emulator:
    """Start with `start()`, stop with `stop()`; `endpoint_url` and `admin_credentials` reach it."""

    def __init__(self, *, host: str = Defaults.HOST, port: int = 0, time_factor: float = Defaults.TIME_FACTOR,
                 faults: FaultSet | None = None, enforce_iam: bool = True, work_dir: Path | None = None,
                 verbose_moto: bool = False) -> None:
        self.host = host
        self.requested_port = port
        self.time_scale = TimeScale(time_factor)
        self.faults = faults or FaultSet()
        self.enforce_iam = enforce_iam
        self.verbose_moto = verbose_moto
        self._work_dir = work_dir
        self._own_work_dir = work_dir is None
        self._server: Any = None
        self.port: int | None = None
        self.startup_seconds: float | None = None
        self._clients: dict[tuple[str, str, str], Any] = {}
        self._clients_lock = threading.Lock()
        self.commands = CommandRegistry()
        self.commands.register(echo_command.SCRIPT, echo_command.interpret)
        # The project's node-side commands (docs/node-contract.md): the real scripts, on simulated nodes.
        self.commands.register(health_check.SCRIPT, health_check.interpreter(lambda: self.node_simulation))
        self.commands.register(run_benchmark.SCRIPT, run_benchmark.interpreter(lambda: self.node_simulation))

    @property
    def work_dir(self) -> Path:
        """Where this emulator keeps its files (unpacked code, node roots, the lab config `serve` writes)."""
        if self._work_dir is None:
            raise RuntimeError("the emulator is not started: call start() first")
        return self._work_dir

    @property
    def endpoint_url(self) -> str:
        if self.port is None:
            raise RuntimeError("the emulator is not started: call start() first")
        return f"http://{self.host}:{self.port}"

    _running: "Emulator | None" = None  # moto's backends and the patches are process-wide: one emulator per process

    def start(self) -> "Emulator":
        if Emulator._running is not None:
            raise RuntimeError(
                f"an emulator already runs in this process ({Emulator._running.endpoint_url}): moto's backends and "
                "the lab's patches are process-wide, so a second one cannot work. Share the running one (tests: the "
                "session `emulator` fixture of scripts/tests/conftest.py) or stop it first")
        started = time.monotonic()
        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one access-log line per request drowns ours
        if not self.verbose_moto:
            # The ASL interpreter logs every failed state (even a Fail state the definition wants) as an
            # exception with its whole parse tree; the execution history carries the same facts.
            logging.getLogger("moto").setLevel(logging.CRITICAL)
        from moto import settings
        from moto.iam.models import iam_backends
        from moto.logs.models import logs_backends
        from moto.s3.models import s3_backends
        from moto.server import ThreadedMotoServer

        self._server = ThreadedMotoServer(ip_address=self.host, port=self.requested_port, verbose=False)
        self._server.start()
        self.port = int(self._server.get_host_and_port()[1])
        # moto builds some URLs of its own from MOTO_PORT (the SFN patch no longer needs it, moto's Lambda does).
        os.environ["MOTO_PORT"] = str(self.port)
        work_dir = self._work_dir or Path(tempfile.mkdtemp(prefix="pulsar-lab-"))
        self._work_dir = work_dir

        settings.INITIAL_NO_AUTH_ACTION_COUNT = math.inf  # setup below runs in-process, before enforcement
        self.principals = Principals(lambda: iam_backends[Lab.ACCOUNT_ID]["aws"])
        self.admin_credentials = self.principals.admin_credentials()
        self.fleet = NodeFleet(self.time_scale, self.faults)
        self.node_simulation = NodeSimulation(
            work_dir=work_dir, time_scale=self.time_scale, faults=self.faults, fleet=lambda: self.fleet,
            endpoint_url=lambda: self.endpoint_url, role_credentials=self.principals.for_role,
            instance_profile_roles=lambda account, profile: _instance_profile_roles(iam_backends[account]["aws"],
                                                                                    profile))

        def put_object(account: str, bucket: str, key: str, body: bytes) -> None:
            s3_backends[account]["aws"].put_object(bucket, key, body)

        self.command_runner = CommandRunner(
            self.commands, self.time_scale, self.faults, put_object,
            lambda node, bucket, key, body: self.node_simulation.upload_command_output(node, bucket, key, body,
                                                                                       put_object))
        self.fleet.bootstrap_started = self.node_simulation.look_up_peers
        self.lambda_service = LambdaService(
            endpoint_url=self.endpoint_url, work_dir=work_dir, faults=self.faults,
            credentials_for=self.principals.for_function,
            logs_backend_for=lambda account, region: logs_backends[account][region],
            permits_for=lambda function, action: self.principals.permits(function.role, action))
        for reason in patches.apply_all(self):
            jsonlog.info("moto patched", component="emulator", patch=reason)
        self._post_config({"stepfunctions": {"execute_state_machine": True}})
        if self.enforce_iam:
            from moto.core.authorization import ActionAuthenticatorMixin
            ActionAuthenticatorMixin.request_count = 0
            settings.INITIAL_NO_AUTH_ACTION_COUNT = 0
        self.startup_seconds = time.monotonic() - started
        Emulator._running = self
        jsonlog.info("emulator listening", component="emulator", endpoint=self.endpoint_url,
                     startupSeconds=round(self.startup_seconds, 3), timeFactor=self.time_scale.factor,
                     iamEnforced=self.enforce_iam)
        return self

    def _post_config(self, config: dict[str, Any]) -> None:
        """`POST /moto-api/config`, moto's documented switch (here: let Step Functions execute definitions)."""
        request = urllib.request.Request(f"{self.endpoint_url}/moto-api/config", data=json.dumps(config).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
        with urllib.request.urlopen(request, timeout=10) as response:
            if response.status != 201 and response.status != 200:
                raise RuntimeError(f"moto refused its configuration {config}: HTTP {response.status}")

    def client(self, service: str, credentials: tuple[str, str] | None = None) -> Any:
        """A boto3 client for this emulator, signed as the admin unless other credentials are given.

        Cached per service and key (boto3 clients are thread-safe): building one costs 50-200 ms.
        """
        import boto3
        from botocore.config import Config

        access_key, secret = credentials or self.admin_credentials
        key = (service, access_key, secret)
        with self._clients_lock:
            if key not in self._clients:
                self._clients[key] = boto3.session.Session().client(
                    service, region_name=Lab.REGION, endpoint_url=self.endpoint_url, aws_access_key_id=access_key,
                    aws_secret_access_key=secret, config=Config(retries={"mode": "standard", "max_attempts": 3}))
            return self._clients[key]

    def fire_schedule(self, name: str, group: str = "default") -> Any:
        """Runs an EventBridge Scheduler schedule's target once, now, as its role (schedules.py says how)."""
        from . import schedules

        return schedules.fire(self, name, group)

    def environment(self) -> dict[str, str]:
        """Variables that point the AWS CLI, AWS SDKs and the `lab` CLI at this emulator as its admin."""
        access_key, secret = self.admin_credentials
        return {"AWS_ENDPOINT_URL": self.endpoint_url, "AWS_ACCESS_KEY_ID": access_key,
                "AWS_SECRET_ACCESS_KEY": secret, "AWS_REGION": Lab.REGION, "AWS_DEFAULT_REGION": Lab.REGION}

    def stop(self) -> None:
        if self._server is None:
            return
        if Emulator._running is self:
            Emulator._running = None
        self.fleet.stop()
        self.lambda_service.stop()
        self._server.stop()
        self._server = None
        RECORDER.flush()
        if self._own_work_dir and self._work_dir is not None:
            shutil.rmtree(self._work_dir, ignore_errors=True)
        jsonlog.info("emulator stopped", component="emulator")
