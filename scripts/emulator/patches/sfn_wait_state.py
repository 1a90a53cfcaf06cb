"""`Wait` states wait the scaled time.

moto's `WaitFunction._wait_interval` (`asl/component/state/wait/wait_function/wait_function.py`) waits on the
execution's program-state event for the full seconds; the replacement waits `seconds / factor` on the same
event, so stopping an execution still interrupts the wait at once.
"""
from __future__ import annotations

import importlib
from typing import Any

from ..context import LabContext
from .patching import replace

WHY = "Wait states really waited -> wait seconds divided by the time factor, still interruptible"


def apply(lab: LabContext) -> None:
    module = importlib.import_module("moto.stepfunctions.parser.asl.component.state.wait.wait_function.wait_function")

    def _wait_interval(self: Any, env: Any, wait_seconds: int) -> None:
        if wait_seconds > 0:
            env.program_state_event.wait(lab.time_scale.scaled(wait_seconds))

    replace(module.WaitFunction, "_wait_interval", _wait_interval)
