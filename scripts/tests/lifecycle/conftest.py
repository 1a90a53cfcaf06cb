"""Fixtures for the lifecycle tests: the real experiment state machine over the real stage zips, in the session's
one emulator (scripts/tests/conftest.py), with the real IAM policies enforced.

Every test skips, naming what is missing, while lambda/dist lacks one of the six stage zips (lambda/build makes
them); once they exist the tests run and must pass. `-s` shows the figures (wall, transitions, GB-s, delays).
"""
from __future__ import annotations

import pytest

from lifecycle_lab import STAGES, LifecycleLab, missing_stage_zips

from emulator.deploy.deployer import deploy_into
from emulator.server import Emulator


@pytest.fixture(scope="session")
def stage_zips() -> None:
    missing = missing_stage_zips()
    if missing:
        pytest.skip(f"lambda/dist lacks {', '.join(f'{name}.zip' for name in missing)} (of the six stages "
                    f"{', '.join(STAGES)}): build them with lambda/build; these tests run the real zips")


@pytest.fixture(scope="session")
def lifecycle(emulator: Emulator, stage_zips: None) -> LifecycleLab:
    """Deployed as local-lab deploys it: every zip of lambda/dist, every policy, every state machine."""
    _, deployment = deploy_into(emulator)
    if "experiment" not in deployment.state_machines:
        pytest.fail(f"statemachine/experiment.asl.json was not deployed: {deployment.skipped_state_machines}")
    return LifecycleLab(emulator, deployment)
