"""Shared test helpers for the emulator tests (a uniquely named module: several test folders have a conftest)."""
from __future__ import annotations

import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parents[2]
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from emulator.deploy.deployer import Deployer  # noqa: E402
from emulator.deploy.deployment import Deployment  # noqa: E402
from emulator.server import Emulator  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class Lab:
    emulator: Emulator
    deployment: Deployment
    deployer: Deployer

    def client(self, service: str, credentials: tuple[str, str] | None = None) -> Any:
        return self.emulator.client(service, credentials)


def zip_with(files: dict[str, tuple[bytes, int]]) -> bytes:
    """A zip of `name -> (content, mode)` entries, modes kept the way `zip` keeps them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, (content, mode) in files.items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o100000 | mode) << 16
            archive.writestr(info, content)
    return buffer.getvalue()


def python_bootstrap(fixture: str) -> bytes:
    """A fixture bootstrap script, made runnable with this venv's Python (it imports boto3)."""
    source = (FIXTURES / fixture).read_text()
    return source.replace("#!/usr/bin/env python3", f"#!{sys.executable}", 1).encode()
