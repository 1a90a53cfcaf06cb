"""Echo handler for the awslambdaric peer of scripts/bench-runtime.

It keeps the contract of our Swift `echo` fixture — return the event object plus "requestId" — so that the
benchmark compares the runtime loops, not the handlers. Run as `python -m awslambdaric handler.echo` with
this folder as the working directory.
"""


def echo(event, context):
    output = dict(event)
    output["requestId"] = context.aws_request_id
    return output
