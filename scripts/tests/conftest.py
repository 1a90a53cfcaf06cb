"""One emulator for the whole pytest session, shared by every folder under scripts/tests.

moto's backends and the lab's patches to moto are process-wide, so a second emulator in the same process cannot
work (its admin user already exists, and its patches would redirect the first one): every test folder uses this
`emulator` fixture and deploys what it needs into it (deploying again updates in place). Faults and the time
factor are reset after each test that used it. `EMULATOR_TEST_LOGS=1` shows the emulator's log lines.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

import pytest

SCRIPTS = Path(__file__).resolve().parents[1]
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from emulator import jsonlog  # noqa: E402
from emulator.constants import Defaults  # noqa: E402
from emulator.server import Emulator  # noqa: E402


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    jsonlog.configure(quiet=os.environ.get("EMULATOR_TEST_LOGS") != "1")
    instance = Emulator(time_factor=Defaults.TIME_FACTOR).start()
    yield instance
    instance.stop()


@pytest.fixture(autouse=True)
def _reset_faults_and_time(request: pytest.FixtureRequest) -> Iterator[None]:
    """Faults and the time factor are process-wide: every test starts from none and the default factor."""
    yield
    if "emulator" in request.fixturenames:
        instance: Emulator = request.getfixturevalue("emulator")
        instance.faults.clear()
        instance.time_scale.factor = Defaults.TIME_FACTOR
