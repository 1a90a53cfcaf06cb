"""Runs the REAL node-side scripts (packer/files/opt/pulsar-lab/bin/) as a simulated node would, on this machine.

The scripts keep every file path under PULSAR_LAB_ROOT and find every command on PATH (their lib says so), so a
simulated node is a folder (nodes/node_root.py) plus a PATH of:
1. `fake-bin`: the fakes in nodes/fakes/ (systemctl, nc, curl, java, bookkeeper, sleep scaled by the time factor,
   aws against the emulator), installed here with this Python as the interpreter of the Python ones;
2. `tools`: links to an allow-list of harmless host tools (coreutils, sed, awk, grep, bash, ...).
Nothing else of the host is on PATH, so a script that grows a new system command (mount, mkfs, a service
manager) fails visibly with "command not found" instead of touching this machine; add a fake for it.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from ..constants import Paths
from .node_command import BIN_DIR

SCRIPTS_DIR = Paths.REPO_ROOT / "packer" / "files" / "opt" / "pulsar-lab" / "bin"
FAKES_DIR = Path(__file__).resolve().parent / "fakes"
SHELL_FAKES = ("systemctl", "nc", "curl", "java", "bookkeeper")
PYTHON_FAKES = {"aws": "aws_cli"}
OMB_FAKE = "omb_benchmark"
HOST_TOOLS = ("bash", "sh", "env", "cat", "sed", "awk", "gawk", "mawk", "grep", "tr", "tail", "head", "mktemp", "mv",
              "cp", "rm", "mkdir", "chmod", "date", "readlink", "dirname", "basename", "sort", "wc", "cut", "touch",
              "ls", "tee", "timeout", "true", "false", "printf", "id", "uname", "stat", "seq", "xargs", "realpath",
              "ln", "rmdir", "uniq", "expr")


@dataclass(frozen=True)
class ScriptRun:
    exit_code: int
    stdout: str
    stderr: str
    timed_out: bool = False


def python_wrapper(module: str) -> str:
    """An executable that runs `emulator.nodes.fakes.<module>.main(argv)` with this Python."""
    return (f"#!{sys.executable}\n# Simulated node (emulated lab): scripts/emulator/nodes/fakes/{module}.py\n"
            f"import sys\nsys.path.insert(0, {str(Paths.REPO_ROOT / 'scripts')!r})\n"
            f"from emulator.nodes.fakes import {module}\nsys.exit({module}.main(sys.argv[1:]))\n")


class NodeSandbox:
    """The fake commands and host tools, installed once per emulator under its work folder."""

    def __init__(self, work_dir: Path) -> None:
        self.fake_bin = work_dir / "node-fake-bin"
        self.tools = work_dir / "node-tools"
        self.omb_benchmark = work_dir / "node-omb" / "benchmark"
        self._lock = threading.Lock()
        self._installed = False

    def install(self) -> None:
        with self._lock:
            if self._installed:
                return
            for folder in (self.fake_bin, self.tools, self.omb_benchmark.parent):
                folder.mkdir(parents=True, exist_ok=True)
            for name in SHELL_FAKES:
                shutil.copy(FAKES_DIR / name, self.fake_bin / name)
                (self.fake_bin / name).chmod(0o755)
            for name, module in PYTHON_FAKES.items():
                (self.fake_bin / name).write_text(python_wrapper(module))
                (self.fake_bin / name).chmod(0o755)
            self.omb_benchmark.write_text(python_wrapper(OMB_FAKE))
            self.omb_benchmark.chmod(0o755)
            real_sleep = shutil.which("sleep") or "/bin/sleep"
            awk = shutil.which("awk") or "/usr/bin/awk"
            (self.fake_bin / "sleep").write_text(
                "#!/bin/sh\n# Simulated node (emulated lab): sleeps the time divided by the time factor.\n"
                f"exec {real_sleep} \"$({awk} -v s=\"${{1:-0}}\" -v f=\"${{PULSAR_LAB_SIM_TIME_FACTOR:-1}}\" "
                "'BEGIN { printf \"%.3f\", s / f }')\"\n")
            (self.fake_bin / "sleep").chmod(0o755)
            for tool in HOST_TOOLS:
                found = shutil.which(tool)
                if found and not (self.tools / tool).exists():
                    (self.tools / tool).symlink_to(found)
            self._installed = True

    def path(self) -> str:
        return f"{self.fake_bin}:{self.tools}"

    @staticmethod
    def script(command_path: str) -> Path:
        """The repository file for a node path like /opt/pulsar-lab/bin/health-check."""
        return SCRIPTS_DIR / command_path[len(BIN_DIR) + 1:]

    def run(self, command_path: str, arguments: list[str], *, root: Path, environment: dict[str, str],
            timeout_seconds: float) -> ScriptRun:
        """Runs the real script with the node's root and state; kills it (and its children) after the timeout."""
        self.install()
        script = self.script(command_path)
        if not script.is_file():
            return ScriptRun(127, "", f"bash: {command_path}: No such file or directory "
                                      f"(simulated node: {script} is missing)\n")
        env = {"PATH": self.path(), "PULSAR_LAB_ROOT": str(root), "PULSAR_LAB_SIM": str(root / ".sim"),
               "HOME": str(root / "root"), "LANG": "C.UTF-8", "TZ": "UTC", **environment}
        process = subprocess.Popen([str(self.tools / "bash"), str(script), *arguments], cwd=root, env=env,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, start_new_session=True)
        try:
            stdout, stderr = process.communicate(timeout=timeout_seconds)
            return ScriptRun(process.returncode, stdout, stderr)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it ended on its own just now
            stdout, stderr = process.communicate()
            return ScriptRun(-1, stdout, stderr, timed_out=True)
