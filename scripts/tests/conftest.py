"""One emulator for the whole pytest session, shared by every folder under scripts/tests.

moto's backends and the lab's patches to moto are process-wide, so a second emulator in the same process cannot
work (its admin user already exists, and its patches would redirect the first one): every test folder uses this
`emulator` fixture and deploys what it needs into it (deploying again updates in place). Faults and the time
factor are reset after each test that used it. `EMULATOR_TEST_LOGS=1` shows the emulator's log lines.

With `PULSAR_LAB_IAM_RECORD=<folder>` the emulator records every IAM decision per test (emulator/iam_record.py;
the hooks below name the running test before its fixtures are set up, so a session fixture's deploy counts for
the test that first needed it); `PULSAR_LAB_IAM_WITHOUT=<policy>:<action>` deploys a policy without that action
(emulator/deploy/weakening.py). scripts/prove-least-privilege uses both; the header says when either is set.
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
from emulator.deploy import weakening  # noqa: E402
from emulator.iam_record import RECORDER, TEST_ENV  # noqa: E402
from emulator.server import Emulator  # noqa: E402


def pytest_report_header() -> list[str]:
    lines = []
    removed = weakening.requested()
    if removed:
        lines.append(f"IAM POLICIES WEAKENED ON PURPOSE ({weakening.ENV}): "
                     + ", ".join(f"{policy} without {action}" for policy, action in removed))
    if RECORDER.enabled:
        lines.append(f"recording IAM decisions per test into {RECORDER.folder}")
    return lines


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "iam_proves(*patterns): the policy actions (`<policy>:<action>`, fnmatch "
                                       "patterns) this test exists to prove needed; scripts/prove-least-privilege "
                                       "tries it first for them (when some passing test made the call)")


def pytest_runtest_setup(item: pytest.Item) -> None:
    patterns = [pattern for marker in item.iter_markers("iam_proves") for pattern in marker.args]
    if patterns:
        RECORDER.test_targets(item.nodeid, patterns)


def pytest_runtest_logstart(nodeid: str, location: tuple[str, int | None, str]) -> None:
    if RECORDER.enabled:
        RECORDER.set_test(nodeid)
        os.environ[TEST_ENV] = nodeid  # a child process's emulator (scripts/local-lab) records for this test too


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    RECORDER.test_phase(report.nodeid, report.when, report.outcome, report.duration)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    RECORDER.flush()


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
