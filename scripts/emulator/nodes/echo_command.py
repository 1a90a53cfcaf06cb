"""`/opt/pulsar-lab/bin/echo`: a generic command to exercise the node-command path end to end.

    echo [--exit-code N] [--seconds S] [--upload s3://bucket/key] WORD...

Prints the words (one line), exits N (default 0) after S emulated seconds (default 0), and with --upload also
writes the printed line to S3, as a node-side script writing its result would.
"""
from __future__ import annotations

import argparse

from .node_command import BIN_DIR, CommandOutcome, NodeContext, S3Object

SCRIPT = f"{BIN_DIR}/echo"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ValueError(message)


def _parser() -> _Parser:
    parser = _Parser(prog=SCRIPT, add_help=False)
    parser.add_argument("--exit-code", type=int, default=0)
    parser.add_argument("--seconds", type=float, default=0.0)
    parser.add_argument("--upload")
    parser.add_argument("words", nargs="*")
    return parser


def interpret(arguments: list[str], node: NodeContext) -> CommandOutcome:
    try:
        options = _parser().parse_args(arguments)
    except ValueError as problem:
        return CommandOutcome(2, stderr=f"{SCRIPT}: {problem}\n")
    text = " ".join(options.words) + "\n"
    objects = []
    if options.upload:
        if not options.upload.startswith("s3://") or "/" not in options.upload[5:]:
            return CommandOutcome(2, stderr=f"{SCRIPT}: --upload wants s3://bucket/key (got {options.upload})\n")
        bucket, key = options.upload[5:].split("/", 1)
        objects.append(S3Object(bucket, key, text.encode()))
    return CommandOutcome(options.exit_code, stdout=text, seconds=options.seconds, s3_objects=objects)
