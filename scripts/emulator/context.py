"""What the moto patches may use of the running emulator (kept narrow: patches read, the emulator owns)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .faults import FaultSet
    from .nodes.command_runner import CommandRunner
    from .nodes.fleet import NodeFleet
    from .principals import Principals
    from .runtime.lambda_service import LambdaService
    from .timescale import TimeScale


class LabContext(Protocol):
    time_scale: "TimeScale"
    faults: "FaultSet"
    lambda_service: "LambdaService"
    fleet: "NodeFleet"
    command_runner: "CommandRunner"
    principals: "Principals"

    @property
    def endpoint_url(self) -> str: ...
