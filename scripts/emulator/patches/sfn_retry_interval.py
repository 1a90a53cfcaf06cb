"""Retry `IntervalSeconds` sleeps are divided by the time factor.

moto's retrier (`asl/component/common/retry/retrier_decl.py`) calls `time.sleep(interval)` through its module's
`time`; that module attribute is replaced by a stand-in whose `sleep` is scaled. The interval itself (including
BackoffRate growth, MaxDelaySeconds and jitter) is computed by moto exactly as before, so the definition file is
not edited and the backoff stays real.
"""
from __future__ import annotations

import importlib
import time as real_time
import types

from .. import jsonlog
from ..context import LabContext
from .patching import replace

WHY = "Retry IntervalSeconds really slept -> divided by the time factor (BackoffRate unchanged)"


def apply(lab: LabContext) -> None:
    retrier = importlib.import_module("moto.stepfunctions.parser.asl.component.common.retry.retrier_decl")

    def sleep(seconds: float) -> None:
        jsonlog.info("retry interval", component="stepfunctions", intervalSeconds=seconds,
                     waitedSeconds=round(lab.time_scale.scaled(seconds), 3), timeFactor=lab.time_scale.factor)
        lab.time_scale.sleep(seconds)

    scaled_time = types.SimpleNamespace(**{name: getattr(real_time, name) for name in dir(real_time)
                                           if not name.startswith("__")})
    scaled_time.sleep = sleep
    replace(retrier, "time", scaled_time)
