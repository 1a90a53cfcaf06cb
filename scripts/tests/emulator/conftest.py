"""Fixtures for the emulator's tests: the session's one emulator (scripts/tests/conftest.py), deployed from the
real lambda/dist zips.

Run with `.venv/bin/pytest scripts/tests` (scripts/test does). Tests needing the echo fixture skip, saying why,
only when lambda/dist/echo.zip is missing and lambda/build cannot make it.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from emulator_lab import Lab

from lab_function_zips import function_zip
from emulator.deploy.deployer import deploy_into
from emulator.server import Emulator


@pytest.fixture(scope="session")
def echo_zip() -> Path:
    return function_zip("echo")


@pytest.fixture(scope="session")
def lab(emulator: Emulator, echo_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Lab:
    """The lab deployed as local-lab deploys it, with the real echo.zip (only that zip, so a half-built
    lambda/dist with other functions does not break these tests)."""
    dist = tmp_path_factory.mktemp("dist")
    shutil.copy(echo_zip, dist / "echo.zip")
    deployer, deployment = deploy_into(emulator, dist=dist)
    return Lab(emulator, deployment, deployer)

