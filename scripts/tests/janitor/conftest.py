"""Fixtures for the janitor's tests: the session's one emulator (scripts/tests/conftest.py), with the real
janitor.zip deployed under its real policy (terraform/policies/janitor.json; IAM is enforced).

Run with `.venv/bin/pytest scripts/tests/janitor -s` (`-s` shows the figures). The tests skip, saying why, only
when lambda/dist/janitor.zip is missing and `lambda/build janitor` cannot make it.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from janitor_lab import JanitorLab

from lab_function_zips import function_zip
from emulator.deploy.deployer import deploy_into
from emulator.server import Emulator


@pytest.fixture(scope="session")
def janitor_zip() -> Path:
    return function_zip("janitor")


@pytest.fixture(scope="session")
def lab(emulator: Emulator, janitor_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> JanitorLab:
    """The lab deployed as local-lab deploys it, with only the janitor (so a half-built lambda/dist does not
    break these tests)."""
    dist = tmp_path_factory.mktemp("dist")
    shutil.copy(janitor_zip, dist / "janitor.zip")
    deployer, deployment = deploy_into(emulator, dist=dist)
    return JanitorLab(emulator, deployment, deployer)
