"""The real function zips the emulated-lab tests deploy: lambda/dist/<function>.zip, built with lambda/build when
missing and a Swift toolchain is here; the test skips, saying why, only when it cannot be had."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from emulator.constants import Paths


def function_zip(function: str) -> Path:
    path = Paths.DIST / f"{function}.zip"
    if not path.is_file():
        build = Paths.REPO_ROOT / "lambda" / "build"
        if build.is_file() and shutil.which("swift"):
            result = subprocess.run([str(build), function], cwd=Paths.REPO_ROOT, capture_output=True, text=True)
            if result.returncode != 0:
                sys.stderr.write(f"lambda/build {function} failed:\n{result.stderr[-4000:]}\n")
    if not path.is_file():
        pytest.skip(f"{path} is missing and lambda/build could not make it (no Swift toolchain, or the build "
                    f"failed: see stderr); run lambda/build {function}")
    return path
