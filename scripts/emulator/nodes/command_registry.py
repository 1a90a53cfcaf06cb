"""Interpreters for the node-side commands SSM SendCommand runs on simulated nodes, keyed by script path.

A command line is split like a shell would (shlex); its first word, a path under /opt/pulsar-lab/bin/, picks the
interpreter; the rest are its arguments. Lines run in order and the script's exit code is the last line's, as
`AWS-RunShellScript` runs them with bash (no `set -e`). An unknown command exits 127 like bash does.

The lifecycle issue registers its commands (health check, benchmark runner) with `register`; see
docs/emulated-lab.md, "Plugging in node-side commands".
"""
from __future__ import annotations

import shlex
from typing import Callable

from .node_command import BIN_DIR, CommandOutcome, NodeContext

Interpreter = Callable[[list[str], NodeContext], CommandOutcome]


class CommandRegistry:
    def __init__(self) -> None:
        self._interpreters: dict[str, Interpreter] = {}

    def register(self, script_path: str, interpreter: Interpreter) -> None:
        if not script_path.startswith(BIN_DIR + "/"):
            raise ValueError(f"node-side commands live under {BIN_DIR}/ (got {script_path})")
        self._interpreters[script_path] = interpreter

    def scripts(self) -> list[str]:
        return sorted(self._interpreters)

    def run_script(self, lines: list[str], node: NodeContext) -> tuple[list[str], CommandOutcome]:
        """Runs every line; returns the script paths it ran and the combined outcome."""
        combined = CommandOutcome(exit_code=0)
        ran: list[str] = []
        for number, line in enumerate(lines, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                words = shlex.split(line)
            except ValueError as problem:
                outcome = CommandOutcome(2, stderr=f"bash: line {number}: syntax error: {problem}\n")
            else:
                interpreter = self._interpreters.get(words[0])
                if interpreter is None:
                    outcome = CommandOutcome(127, stderr=f"bash: line {number}: {words[0]}: command not found\n")
                else:
                    ran.append(words[0])
                    outcome = interpreter(words[1:], node)
            combined.exit_code = outcome.exit_code
            combined.stdout += outcome.stdout
            combined.stderr += outcome.stderr
            combined.seconds += outcome.seconds
            combined.s3_objects.extend(outcome.s3_objects)
            if outcome.timed_out:
                combined.timed_out = True
                break  # SSM kills the whole script at its executionTimeout
        return ran, combined
