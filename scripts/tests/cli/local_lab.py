"""The `lab` command line against the emulated lab as a user runs it: `scripts/local-lab serve` in its own
process (the endpoint, admin credentials and LAB_CONFIG it prints), and the built `lab` binary with exactly that
environment.

The binary is `$LAB_BINARY`, else `.build/debug/lab` (scripts/test's `swift build` makes it); tests skip, saying
so, when it is missing.
"""
from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from emulator.constants import Lab, Paths


def lab_binary() -> Path:
    path = Path(os.environ.get("LAB_BINARY") or Paths.REPO_ROOT / ".build" / "debug" / "lab")
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.skip(f"the lab binary {path} is missing: build it with `swift build --product lab` (scripts/test does), "
                    "or point LAB_BINARY at one")
    return path


class LocalLab:
    """`scripts/local-lab serve` running; `lab(...)` runs the CLI against it, `client(...)` inspects it."""

    def __init__(self, *, time_factor: float = 20, faults: tuple[str, ...] = (), startup_timeout: float = 120) -> None:
        self.log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"local-lab-serve-{os.getpid()}-{time.monotonic_ns()}.log"
        self._log = self.log_path.open("w")
        arguments = [str(Paths.REPO_ROOT / "scripts" / "local-lab"), "serve", "--time-factor", str(time_factor)]
        for fault in faults:
            arguments += ["--fault", fault]
        environment = dict(os.environ, LOCAL_LAB_SKIP_BUILD="1")
        self._process = subprocess.Popen(arguments, cwd=Paths.REPO_ROOT, stdout=subprocess.PIPE, stderr=self._log,
                                         text=True, env=environment, start_new_session=True)
        self.environment: dict[str, str] = {}
        deadline = time.monotonic() + startup_timeout
        assert self._process.stdout is not None
        for line in self._process.stdout:
            if line.startswith("export ") and "=" in line:
                key, _, value = line[len("export "):].rstrip("\n").partition("=")
                self.environment[key] = value
            if "Ctrl-C" in line:
                break
            if time.monotonic() > deadline:
                break
        if "LAB_CONFIG" not in self.environment:
            self.stop()
            raise RuntimeError(f"scripts/local-lab serve did not come up (exit {self._process.poll()}); its log "
                               f"{self.log_path}:\n{self.log_tail()}")
        self.lab_config = Path(self.environment["LAB_CONFIG"])

    def lab(self, *arguments: str, env: dict[str, str] | None = None, unset: tuple[str, ...] = (),
            timeout: float = 120, cwd: Path | None = None, input: str | None = None) -> subprocess.CompletedProcess[str]:
        """Runs `lab arguments…` with the environment `serve` printed (plus `env`, minus `unset`), HOME empty."""
        environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.log_path.parent),
                       **self.environment, **(env or {})}
        for name in unset:
            environment.pop(name, None)
        return subprocess.run([str(lab_binary()), *arguments], env=environment, cwd=cwd or self.log_path.parent,
                              capture_output=True, text=True, timeout=timeout, input=input)

    def popen(self, *arguments: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        """Starts `lab arguments…` without waiting (for --wait and Ctrl-C tests)."""
        environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.log_path.parent),
                       **self.environment, **(env or {})}
        return subprocess.Popen([str(lab_binary()), *arguments], env=environment, cwd=self.log_path.parent,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def client(self, service: str) -> Any:
        """An admin boto3 client of the served emulator, to check what the CLI did."""
        import boto3
        return boto3.session.Session().client(
            service, region_name=Lab.REGION, endpoint_url=self.environment["AWS_ENDPOINT_URL"],
            aws_access_key_id=self.environment["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=self.environment["AWS_SECRET_ACCESS_KEY"])

    def log_tail(self, lines: int = 40) -> str:
        self._log.flush()
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self._process.poll() is None:
            os.killpg(self._process.pid, signal.SIGINT)
            try:
                self._process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self._process.pid, signal.SIGKILL)
                self._process.wait()
        self._log.close()
