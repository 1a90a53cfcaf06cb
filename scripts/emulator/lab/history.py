"""Reads a Step Functions execution history: progress lines for people, billed transitions for the report."""
from __future__ import annotations

from typing import Any

_TASK_SCHEDULED = {"TaskScheduled", "LambdaFunctionScheduled", "ActivityScheduled"}
_FAILED_DETAILS = ("taskFailedEventDetails", "lambdaFunctionFailedEventDetails", "executionFailedEventDetails",
                   "lambdaFunctionTimedOutEventDetails", "taskTimedOutEventDetails")


def billed_transitions(events: list[dict[str, Any]]) -> int:
    """State transitions Standard workflows bill: every state entered, plus every retry of a task.

    A retry shows as another TaskScheduled (or LambdaFunctionScheduled) inside the same state entry.
    See: https://aws.amazon.com/step-functions/pricing/ ("including retries")
    """
    transitions = 0
    scheduled_in_state = 0
    for event in events:
        kind = event["type"]
        if kind.endswith("StateEntered"):
            transitions += 1
            scheduled_in_state = 0
        elif kind in _TASK_SCHEDULED:
            scheduled_in_state += 1
            if scheduled_in_state > 1:
                transitions += 1
    return transitions


def retries(events: list[dict[str, Any]]) -> int:
    return billed_transitions(events) - sum(1 for e in events if e["type"].endswith("StateEntered"))


class ProgressReader:
    """Turns new history events into one-line progress messages (state entered, failures, retries, end)."""

    def __init__(self) -> None:
        self._seen = 0
        self._state: str | None = None
        self._attempt = 0

    def new_lines(self, events: list[dict[str, Any]], elapsed: float) -> list[str]:
        lines = []
        for event in events[self._seen:]:
            line = self._describe(event)
            if line:
                lines.append(f"[{elapsed:7.2f}s] {line}")
        self._seen = len(events)
        return lines

    def _describe(self, event: dict[str, Any]) -> str | None:
        kind = event["type"]
        if kind.endswith("StateEntered"):
            self._state = event["stateEnteredEventDetails"]["name"]
            self._attempt = 0
            return f"{self._state}: entered"
        if kind in _TASK_SCHEDULED:
            self._attempt += 1
            return f"{self._state}: retry {self._attempt - 1}" if self._attempt > 1 else None
        for key in _FAILED_DETAILS:
            if key in event:
                details = event[key]
                where = self._state if not kind.startswith("Execution") else "execution"
                return f"{where}: {kind} {details.get('error', '')}: {str(details.get('cause', ''))[:160]}"
        if kind.endswith("StateExited"):
            return f"{event['stateExitedEventDetails']['name']}: exited"
        if kind.startswith("Execution") and kind != "ExecutionStarted":
            return f"execution: {kind}"
        return None
