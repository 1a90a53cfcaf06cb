"""Memory, timeout and architecture of each function, as Terraform sets them (keep both in step)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FunctionSettings:
    memory_mb: int = 256
    timeout_seconds: int = 60


# Functions the lab deploys for its own tests; Terraform does not deploy them (terraform/main.tf), so nobody
# creates their log groups: their roles must (terraform/policies/echo.json).
TEST_FIXTURES = frozenset({"echo"})

SETTINGS: dict[str, FunctionSettings] = {
    "echo": FunctionSettings(memory_mb=128, timeout_seconds=10),
}


def settings_for(function: str) -> FunctionSettings:
    return SETTINGS.get(function, FunctionSettings())


def architecture(bootstrap: bytes) -> str:
    """x86_64 or arm64 from the ELF header's e_machine, so the function is created for what was built."""
    if bootstrap[:4] == b"\x7fELF" and len(bootstrap) > 19:
        machine = int.from_bytes(bootstrap[18:20], "little")
        if machine == 0xB7:
            return "arm64"
    return "x86_64"


def function_names(dist: Path) -> list[str]:
    return sorted(path.stem for path in dist.glob("*.zip"))
