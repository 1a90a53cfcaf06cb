"""Replaces an attribute of a moto class or module, remembering moto's original once."""
from __future__ import annotations

from typing import Any

_ORIGINALS: dict[tuple[int, str], Any] = {}


def original(owner: Any, name: str) -> Any:
    """moto's own attribute, even after it was replaced."""
    return _ORIGINALS.get((id(owner), name), getattr(owner, name, None))


def replace(owner: Any, name: str, replacement: Any) -> Any:
    """Sets `owner.name = replacement`; returns moto's original (not a previous replacement)."""
    key = (id(owner), name)
    if key not in _ORIGINALS:
        _ORIGINALS[key] = getattr(owner, name, None)
    setattr(owner, name, replacement)
    return _ORIGINALS[key]
