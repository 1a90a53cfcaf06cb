import LambdaRuntime
import Stages

// The janitor function (docs/janitor.md): a configuration problem is an init error, before any invocation.
LambdaRuntime.run { try JanitorHandler.fromProcess() }
