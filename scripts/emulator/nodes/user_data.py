"""What a simulated node's user data asks of it: the node-bootstrap call apply-infra rendered (docs/node-contract.md).

A real node runs its user data with bash at first boot; the simulated node reads it as a shell would split it and
finds the one call to /opt/pulsar-lab/bin/node-bootstrap. Its arguments are checked with node-bootstrap's own
rules (the same regular expressions, so a value the real script would reject with exit 2 is rejected here), and
the simulation then models what node-bootstrap does with them (nodes/service_model.py).
"""
from __future__ import annotations

import base64
import binascii
import re
import shlex
from dataclasses import dataclass

from .node_command import BIN_DIR

NODE_BOOTSTRAP = f"{BIN_DIR}/node-bootstrap"
ROLES = ("zookeeper", "bookkeeper", "broker", "client")

# packer/files/opt/pulsar-lab/bin/node-bootstrap, "The same rules the spec validator applies".
_RULES = {
    "experiment-id": re.compile(r"^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$"),
    "region": re.compile(r"^[a-z]{2}(-[a-z]+)+-[0-9]$"),
    "bucket": re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"),
    "cluster-name": re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"),
    "zookeeper-count": re.compile(r"^[1-9]$"),
    "index": re.compile(r"^[0-9]+$"),
}
_REQUIRED = ("role", "experiment-id", "region", "bucket", "cluster-name")


@dataclass(frozen=True)
class BootstrapCall:
    role: str
    experiment_id: str
    region: str
    bucket: str
    cluster_name: str
    zookeeper_count: int | None
    index: int | None


@dataclass(frozen=True)
class UserDataReading:
    """The call, or why node-bootstrap would not run (then `call` is None and `problem` says why)."""

    call: BootstrapCall | None
    problem: str | None


def decode(user_data: object) -> str | None:
    """moto keeps UserData base64-encoded (its Base64EncodedString); None when there is none."""
    if user_data is None:
        return None
    text = str(user_data)
    try:
        return base64.b64decode(text, validate=True).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return text


def read(script: str | None) -> UserDataReading:
    if not script:
        return UserDataReading(None, "the instance has no user data, so node-bootstrap never runs")
    for number, line in enumerate(script.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            words = shlex.split(stripped, comments=True)
        except ValueError as problem:
            return UserDataReading(None, f"user data line {number} is not valid shell: {problem}")
        while words and words[0] in ("exec", "sudo"):
            words = words[1:]
        if words and words[0] == NODE_BOOTSTRAP:
            return _arguments(words[1:])
    return UserDataReading(None, f"the user data never calls {NODE_BOOTSTRAP}")


def _arguments(words: list[str]) -> UserDataReading:
    values: dict[str, str] = {}
    index = 0
    while index < len(words):
        word = words[index]
        if not word.startswith("--") or word[2:] not in (*_REQUIRED, "zookeeper-count", "index"):
            return UserDataReading(None, f"node-bootstrap: unknown argument '{word}' (exit 2)")
        if index + 1 >= len(words):
            return UserDataReading(None, f"node-bootstrap: {word} needs a value (exit 2)")
        values[word[2:]] = words[index + 1]
        index += 2
    role = values.get("role", "")
    if role not in ROLES:
        return UserDataReading(None, f"node-bootstrap: --role must be one of: {' '.join(ROLES)} (got '{role}') (exit 2)")
    for name, rule in _RULES.items():
        value = values.get(name)
        if value is None and name in _REQUIRED:
            return UserDataReading(None, f"node-bootstrap: --{name} is required (exit 2)")
        if value is not None and not rule.match(value):
            return UserDataReading(None, f"node-bootstrap: --{name} '{value}' breaks its rule {rule.pattern} (exit 2)")
    return UserDataReading(BootstrapCall(
        role=role, experiment_id=values["experiment-id"], region=values["region"], bucket=values["bucket"],
        cluster_name=values["cluster-name"],
        zookeeper_count=int(values["zookeeper-count"]) if "zookeeper-count" in values else None,
        index=int(values["index"]) if "index" in values else None), None)
