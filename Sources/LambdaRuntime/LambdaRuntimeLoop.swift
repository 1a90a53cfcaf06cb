#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import JSONCoding

/// One turn of the loop at a time, so the exit policy stays in `LambdaRuntime.run`.
struct LambdaRuntimeLoop {
    let client: RuntimeAPIClient
    let logger: LambdaLogger

    /// Serves one invocation. Throws only for failures that must end the process.
    mutating func serveNext<Handler: LambdaHandler>(with handler: inout Handler) throws(LambdaRuntimeError) {
        let invocation = try client.next()
        exportTraceID(invocation.traceID)
        var invocationLogger = logger
        invocationLogger.metadata["requestId"] = .string(invocation.requestID)
        let context = LambdaContext(
            requestID: invocation.requestID, deadlineMs: invocation.deadlineMs,
            invokedFunctionARN: invocation.invokedFunctionARN, traceID: invocation.traceID,
            clientContext: invocation.clientContext, cognitoIdentity: invocation.cognitoIdentity,
            logger: invocationLogger)

        let outcome: Result<[UInt8], any Error>
        do {
            outcome = .success(try Self.invoke(&handler, event: invocation.event, context: context))
        } catch {
            outcome = .failure(error)
        }

        let answer: RuntimeAPIResponse
        switch outcome {
        case .success(let body):
            answer = try client.respond(requestID: invocation.requestID, body: body)
        case .failure(let error):
            let report = ErrorReport(error)
            invocationLogger.error(report.errorMessage, ["errorType": .string(report.errorType)])
            answer = try client.reportError(requestID: invocation.requestID, report)
        }
        try check(answer, for: invocation.requestID)
    }

    /// Decodes the event, runs the handler and encodes its output, naming what went wrong.
    static func invoke<Handler: LambdaHandler>(
        _ handler: inout Handler, event: [UInt8], context: LambdaContext
    ) throws -> [UInt8] {
        let decoded: Handler.Event
        do {
            decoded = try JSON.decode(Handler.Event.self, from: event)
        } catch let error as DecodingError {
            throw LambdaRuntimeError(.invalidEvent, "the event does not fit \(Handler.Event.self): \(error.summary)")
        } catch {
            throw LambdaRuntimeError(.invalidEvent, "the event is not valid JSON: \(error)")
        }

        let output = try handler.handle(decoded, context: context)

        let body: [UInt8]
        do {
            body = try JSON.encode(output)
        } catch {
            throw LambdaRuntimeError(.invalidOutput, "the output of type \(Handler.Output.self) cannot be encoded as JSON: \(error)")
        }
        guard body.count <= LambdaLimits.maximumResponseBytes else {
            throw LambdaRuntimeError(
                .responseTooLarge,
                "the response is \(body.count) bytes, over Lambda's limit of \(LambdaLimits.maximumResponseBytes) bytes; store bulky results in S3 and return their key")
        }
        return body
    }

    /// 202 is the normal answer. 400/403/413 concern this invocation only: logged, the loop goes on.
    /// 500 means the environment is broken: the process must exit.
    private func check(_ answer: RuntimeAPIResponse, for requestID: String) throws(LambdaRuntimeError) {
        switch answer.status {
        case 200..<300:
            return
        case 500...:
            throw LambdaRuntimeError(
                .runtimeAPIFailed, "the Runtime API answered HTTP \(answer.status) for \(requestID): \(String(decoding: answer.body.prefix(512), as: UTF8.self))")
        default:
            logger.error(
                "the Runtime API rejected the result of \(requestID) with HTTP \(answer.status)",
                ["requestId": .string(requestID), "body": .string(String(decoding: answer.body.prefix(512), as: UTF8.self))])
        }
    }

    /// X-Ray reads the trace header from the environment, per invocation.
    private func exportTraceID(_ traceID: String?) {
        if let traceID {
            setenv(LambdaEnvironmentVariable.traceID, traceID, 1)
        } else {
            unsetenv(LambdaEnvironmentVariable.traceID)
        }
    }
}
