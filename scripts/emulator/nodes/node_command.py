"""The types a node-side command interpreter works with: what it is given and what it produces."""
from __future__ import annotations

from dataclasses import dataclass, field

BIN_DIR = "/opt/pulsar-lab/bin"  # where the pulsar-base AMI installs the project's node-side scripts


@dataclass(frozen=True)
class S3Object:
    bucket: str
    key: str
    body: bytes


@dataclass
class CommandOutcome:
    """What one command line did on a node: exit code, output, the S3 objects it wrote, how long it took.

    `seconds` is emulated time (e.g. a benchmark's duration); the runner waits it divided by the time factor.
    An interpreter that ran a real script spent its time already and says 0. `timed_out`: the command outlived
    its executionTimeout and was killed (SSM reports TimedOut).
    """

    exit_code: int
    stdout: str = ""
    stderr: str = ""
    seconds: float = 0.0
    s3_objects: list[S3Object] = field(default_factory=list)
    timed_out: bool = False


@dataclass(frozen=True)
class NodeContext:
    """The node a command runs on, as the interpreter may need it (tags say its experiment and component)."""

    instance_id: str
    tags: dict[str, str]
    region: str
    account_id: str
    execution_timeout_seconds: float = 3600.0  # the command's executionTimeout (AWS-RunShellScript's default)
