"""Unpacks a function's zip the way Lambda lays it out in /var/task, keeping Unix permissions.

Python's zipfile drops the mode bits, so a `bootstrap` would lose its executable bit and every invocation
would fail as a bad zip; the mode is restored from each entry's external attributes, as `unzip` does.
"""
from __future__ import annotations

import hashlib
import io
import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CodePackage:
    """An unpacked zip: `task_root` plays /var/task; `problem` says why it cannot start, if it cannot."""

    task_root: Path
    problem: str | None

    @property
    def bootstrap(self) -> Path:
        return self.task_root / "bootstrap"


def unpack(code: bytes, into: Path) -> CodePackage:
    """Unpacks once per content hash under `into`, then checks the entrypoint as Lambda does at init."""
    digest = hashlib.sha256(code).hexdigest()[:16]
    task_root = into / digest
    if not task_root.exists():
        # A staging folder of its own per call: concurrent cold starts of one function (threads of this process)
        # unpack side by side, and the first rename wins.
        into.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{digest}.", suffix=".tmp", dir=into))
        try:
            with zipfile.ZipFile(io.BytesIO(code)) as archive:
                for entry in archive.infolist():
                    target = (staging / entry.filename).resolve()
                    if not str(target).startswith(str(staging.resolve())):
                        continue  # a path escaping the task root: Lambda would not honour it either
                    archive.extract(entry, staging)
                    mode = (entry.external_attr >> 16) & 0o7777
                    if mode and not entry.is_dir():
                        os.chmod(target, mode)
        except zipfile.BadZipFile as problem:
            return CodePackage(staging, f"the function's code is not a valid zip file: {problem}")
        try:
            staging.rename(task_root)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)  # another thread unpacked the same code first: identical
    return CodePackage(task_root, _entrypoint_problem(task_root))


def _entrypoint_problem(task_root: Path) -> str | None:
    """Lambda's own wording for a missing or unusable bootstrap (provided.al2023)."""
    bootstrap = task_root / "bootstrap"
    if not bootstrap.exists():
        return "Couldn't find valid bootstrap(s): [/var/task/bootstrap /opt/bootstrap]"
    mode = bootstrap.stat().st_mode
    if not stat.S_ISREG(mode):
        return "fork/exec /var/task/bootstrap: permission denied (bootstrap is not a regular file)"
    if not mode & stat.S_IXUSR:
        return "fork/exec /var/task/bootstrap: permission denied (bootstrap is not executable: zip it with mode 755)"
    return None
