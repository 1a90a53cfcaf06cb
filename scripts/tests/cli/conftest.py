"""Fixtures for the `lab` command line tests: one `scripts/local-lab serve` for the folder (local_lab.py), and the
stage zips it deploys (built by lambda/build; the tests skip, naming them, when they are missing)."""
from __future__ import annotations

from typing import Iterator

import pytest

from emulator.constants import Paths
from local_lab import LocalLab, lab_binary

STAGES = ("validate-ami", "apply-infra", "poll-readiness", "run-benchmark", "collect-results", "teardown", "janitor")


@pytest.fixture(scope="session")
def local_lab() -> Iterator[LocalLab]:
    lab_binary()
    missing = [name for name in STAGES if not (Paths.DIST / f"{name}.zip").is_file()]
    if missing:
        pytest.skip(f"lambda/dist lacks {', '.join(f'{name}.zip' for name in missing)}: build them with lambda/build; "
                    "the lab CLI tests run real experiments in the emulated lab")
    lab = LocalLab()
    yield lab
    lab.stop()
