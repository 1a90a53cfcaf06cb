"""Names and defaults shared by the emulator, the deployer and the lab run, so no literal repeats.

The names mirror what Terraform deploys on AWS (docs/emulated-lab.md lists them); change them here only.
"""
from __future__ import annotations

from pathlib import Path


class Lab:
    """Account, region and resource names of the emulated deployment."""

    ACCOUNT_ID = "123456789012"  # moto's default account: every backend is keyed by it
    REGION = "us-east-1"
    NAME_PREFIX = "pulsar-aws-lab"
    PROJECT_TAG = "pulsar-aws-lab"
    PULSAR_VERSION = "4.0.4"


class Paths:
    """Repository paths the lab reads (never writes, except under .lab/)."""

    REPO_ROOT = Path(__file__).resolve().parents[2]
    DIST = REPO_ROOT / "lambda" / "dist"
    POLICIES = REPO_ROOT / "terraform" / "policies"
    STATE_MACHINES = REPO_ROOT / "statemachine"
    STATE = REPO_ROOT / ".lab"


class Defaults:
    """Tunable defaults; each has a command-line flag."""

    TIME_FACTOR = 10.0
    HOST = "127.0.0.1"
