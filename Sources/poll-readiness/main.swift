import LambdaRuntime
import Stages

LambdaRuntime.run { try PollReadinessHandler() }
