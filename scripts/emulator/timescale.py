"""The time factor: waits that exist only to pass time run N times faster.

Scaled: Step Functions Retry intervals and Wait states, and every simulated delay (instance boot, SSM agent
registration, node-side command duration). Not scaled: the real bootstraps (they run in real time, so a
Lambda timeout is real seconds) and BackoffRate growth (the interval grows exactly as on AWS, then is divided).
"""
from __future__ import annotations

import threading


class TimeScale:
    """Holds the factor; read at every wait so a test may change it while the emulator runs."""

    def __init__(self, factor: float) -> None:
        self.factor = factor

    @property
    def factor(self) -> float:
        return self._factor

    @factor.setter
    def factor(self, value: float) -> None:
        if not value > 0:
            raise ValueError(f"time factor must be > 0 (got {value}); 1 means real time, 10 means 10x faster")
        self._factor = float(value)

    def scaled(self, seconds: float) -> float:
        """Real seconds to wait for `seconds` of emulated time."""
        return max(0.0, seconds) / self._factor

    def sleep(self, seconds: float, interrupt: threading.Event | None = None) -> None:
        """Sleeps the scaled time; returns early when `interrupt` is set (e.g. execution stopped)."""
        delay = self.scaled(seconds)
        if interrupt is not None:
            interrupt.wait(delay)
        else:
            threading.Event().wait(delay)

    def describe(self) -> str:
        """The sentence every report carries next to a duration."""
        if self._factor == 1:
            return "real time (time factor 1)"
        return f"Retry/Wait intervals and simulated delays ran {self._factor:g}x faster (time factor {self._factor:g})"
