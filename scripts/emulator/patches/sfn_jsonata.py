"""A JSONata state fails loudly, naming the cause, instead of `'NoneType' object is not callable`.

moto ships LocalStack's interpreter without its JSONata evaluator (a Java library). Our ASL is JSONPath, so
JSONata is not emulated: the evaluator hook raises an error that says so (the execution fails with
States.Runtime and this message), and the deployer refuses a definition that declares JSONata.
"""
from __future__ import annotations

import importlib
from typing import Any

from ..context import LabContext
from .patching import replace

WHY = "JSONata evaluator is stripped (silent NoneType error) -> explicit 'JSONata is not emulated' failure"

MESSAGE = ("JSONata is not emulated by the local lab (moto ships the ASL interpreter without its JSONata "
           "evaluator); write this state in JSONPath, as every definition under statemachine/ is")


class JSONataNotEmulated(RuntimeError):
    pass


def apply(lab: LabContext) -> None:
    module = importlib.import_module("moto.stepfunctions.parser.asl.jsonata.jsonata")

    def refuse(expression: Any) -> Any:
        raise JSONataNotEmulated(f"{MESSAGE} (expression: {expression!r})")

    replace(module, "_eval_jsonata", refuse)
