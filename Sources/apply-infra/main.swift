import LambdaRuntime
import Stages

LambdaRuntime.run { try ApplyInfraHandler() }
