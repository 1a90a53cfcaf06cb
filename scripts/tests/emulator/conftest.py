"""Fixtures for the emulator's tests: the session's one emulator (scripts/tests/conftest.py), deployed from the
real lambda/dist zips.

Run with `.venv/bin/pytest scripts/tests` (scripts/test does). Tests needing the echo fixture skip, saying why,
only when lambda/dist/echo.zip is missing and lambda/build cannot make it.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from emulator_lab import Lab

from emulator.constants import Paths
from emulator.deploy.deployer import deploy_into
from emulator.server import Emulator

ECHO_ZIP = Paths.DIST / "echo.zip"


def _echo_zip() -> Path | None:
    """The real echo zip, built with lambda/build when missing and a Swift toolchain is here."""
    if ECHO_ZIP.is_file():
        return ECHO_ZIP
    build = Paths.REPO_ROOT / "lambda" / "build"
    if build.is_file() and shutil.which("swift"):
        result = subprocess.run([str(build), "echo"], cwd=Paths.REPO_ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            sys.stderr.write(f"lambda/build echo failed:\n{result.stderr[-4000:]}\n")
    return ECHO_ZIP if ECHO_ZIP.is_file() else None


@pytest.fixture(scope="session")
def echo_zip() -> Path:
    path = _echo_zip()
    if path is None:
        pytest.skip(f"{ECHO_ZIP} is missing and lambda/build could not make it (no Swift toolchain, or the build "
                    "failed: see stderr); run lambda/build echo")
    return path


@pytest.fixture(scope="session")
def lab(emulator: Emulator, echo_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Lab:
    """The lab deployed as local-lab deploys it, with the real echo.zip (only that zip, so a half-built
    lambda/dist with other functions does not break these tests)."""
    dist = tmp_path_factory.mktemp("dist")
    shutil.copy(echo_zip, dist / "echo.zip")
    deployer, deployment = deploy_into(emulator, dist=dist)
    return Lab(emulator, deployment, deployer)

