#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import JSONCoding
import LambdaRuntime

/// Returns its input plus the request id, or misbehaves as the event asks (see `EchoEvent`).
struct EchoHandler: LambdaHandler {
    /// `ECHO_FAIL_INIT=<message>` makes initialisation fail, to exercise `/runtime/init/error`.
    init(environment failInit: String?) throws {
        if let failInit {
            throw EchoError(errorType: "EchoInitFailed", errorMessage: "echo was asked to fail at init: \(failInit)")
        }
    }

    func handle(_ event: EchoEvent, context: LambdaContext) throws -> JSONObject {
        if let sleepMs = event.sleepMs, sleepMs > 0 {
            var request = timespec(tv_sec: sleepMs / 1_000, tv_nsec: (sleepMs % 1_000) * 1_000_000)
            var remaining = timespec()
            while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
        }
        if event.crash == true {
            context.logger.error("echo was asked to crash")
            abort()
        }
        if let errorType = event.throwErrorType {
            throw EchoError(errorType: errorType, errorMessage: event.message ?? "echo was asked to throw \(errorType)")
        }
        var output = event.input
        if let outputBytes = event.outputBytes, outputBytes > 0 {
            output["padding"] = .string(String(repeating: "x", count: outputBytes))
        }
        if event.reportContext == true {
            var reported = JSONObject()
            reported["requestId"] = .string(context.requestID)
            reported["invokedFunctionArn"] = .string(context.invokedFunctionARN)
            reported["deadlineMs"] = .number(JSONNumber(context.deadlineMs))
            reported["remainingTimeMs"] = .number(JSONNumber(context.remainingTimeMs))
            reported["traceIdFromEnvironment"] = getenv("_X_AMZN_TRACE_ID").map { .string(String(cString: $0)) } ?? .null
            output["context"] = .object(reported)
        }
        output["requestId"] = .string(context.requestID)
        return output
    }
}
