"""Reads terraform/ with python-hcl2 (pinned in scripts/requirements.txt) into plain Python values.

python-hcl2 keeps the quotes of string literals and block labels (`"\\"x\\""`) and wraps expressions in `${...}`;
these helpers strip the quotes so tests compare names, and keep expressions as text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import hcl2

TERRAFORM = Path(__file__).resolve().parents[1]
REPO = TERRAFORM.parent
MODULES = TERRAFORM / "modules"


def unquote(value: Any) -> Any:
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def plain(value: Any) -> Any:
    """Unquoted strings and keys, without python-hcl2's `__is_block__` markers."""
    if isinstance(value, dict):
        return {unquote(k): plain(v) for k, v in value.items() if k != "__is_block__"}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return unquote(value)


@dataclass
class Module:
    """One Terraform module folder: its blocks by kind, labels unquoted."""

    path: Path
    variables: dict[str, dict[str, Any]] = field(default_factory=dict)
    outputs: dict[str, dict[str, Any]] = field(default_factory=dict)
    locals: dict[str, Any] = field(default_factory=dict)
    resources: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    data: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    modules: dict[str, dict[str, Any]] = field(default_factory=dict)
    providers: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""

    @classmethod
    def load(cls, path: Path) -> "Module":
        module = cls(path)
        for file in sorted(path.glob("*.tf")):
            module.text += file.read_text() + "\n"
            with file.open() as handle:
                parsed = plain(hcl2.load(handle))
            for block in parsed.get("variable", []):
                module.variables.update(block)
            for block in parsed.get("output", []):
                module.outputs.update(block)
            for block in parsed.get("locals", []):
                module.locals.update(block)
            for kind, target in (("resource", module.resources), ("data", module.data)):
                for block in parsed.get(kind, []):
                    for type_name, named in block.items():
                        for name, body in named.items():
                            target[(type_name, name)] = body
            for block in parsed.get("module", []):
                module.modules.update(block)
            for block in parsed.get("provider", []):
                module.providers.append(block)
        return module


def root() -> Module:
    return Module.load(TERRAFORM)


def all_modules() -> dict[str, Module]:
    found = {"root": root()}
    for path in sorted(p for p in MODULES.iterdir() if p.is_dir()):
        found[path.name] = Module.load(path)
    return found
