"""Fixtures for the janitor's tests: the session's one emulator (scripts/tests/conftest.py), with the real
janitor.zip deployed under its real policy (terraform/policies/janitor.json; IAM is enforced).

Run with `.venv/bin/pytest scripts/tests/janitor -s` (`-s` shows the figures). The tests skip, saying why, only
when lambda/dist/janitor.zip is missing and `lambda/build janitor` cannot make it.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from janitor_lab import JanitorLab

from emulator.constants import Paths
from emulator.deploy.deployer import deploy_into
from emulator.server import Emulator

JANITOR_ZIP = Paths.DIST / "janitor.zip"


def _janitor_zip() -> Path | None:
    if JANITOR_ZIP.is_file():
        return JANITOR_ZIP
    build = Paths.REPO_ROOT / "lambda" / "build"
    if build.is_file() and shutil.which("swift"):
        result = subprocess.run([str(build), "janitor"], cwd=Paths.REPO_ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            sys.stderr.write(f"lambda/build janitor failed:\n{result.stderr[-4000:]}\n")
    return JANITOR_ZIP if JANITOR_ZIP.is_file() else None


@pytest.fixture(scope="session")
def janitor_zip() -> Path:
    path = _janitor_zip()
    if path is None:
        pytest.skip(f"{JANITOR_ZIP} is missing and lambda/build could not make it (no Swift toolchain, or the build "
                    "failed: see stderr); run lambda/build janitor")
    return path


@pytest.fixture(scope="session")
def lab(emulator: Emulator, janitor_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> JanitorLab:
    """The lab deployed as local-lab deploys it, with only the janitor (so a half-built lambda/dist does not
    break these tests)."""
    dist = tmp_path_factory.mktemp("dist")
    shutil.copy(janitor_zip, dist / "janitor.zip")
    deployer, deployment = deploy_into(emulator, dist=dist)
    return JanitorLab(emulator, deployment, deployer)
