#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import JSONCoding

/// The Runtime API loop: `GET /next` → decode → handler → `POST /response` (or `/error`), forever.
///
/// A failure before the loop starts is posted to `/runtime/init/error` and the process exits
/// non-zero; Lambda then reports it on the first invocation. A Runtime API that answers `/next`
/// with 500, or cannot be reached after a few quick retries, also ends the process.
/// See: https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html
public enum LambdaRuntime {
    /// Runs `body` for every invocation.
    public static func run<Event: Decodable, Output: Encodable>(
        _ body: @escaping (Event, LambdaContext) throws -> Output
    ) -> Never {
        run { ClosureHandler(body) }
    }

    /// Creates the handler once (its failure is an init error), then serves invocations.
    public static func run<Handler: LambdaHandler>(_ makeHandler: () throws -> Handler) -> Never {
        let logger = LambdaLogger(minimumLevel: environmentLogLevel())
        guard let value = getenv(LambdaEnvironmentVariable.runtimeAPI).map({ String(cString: $0) }),
            let endpoint = RuntimeAPIEndpoint(value)
        else {
            // Without the Runtime API there is no one to report an init error to: say so and exit.
            logger.error(
                "\(LambdaEnvironmentVariable.runtimeAPI) is not set to host:port; this executable is a Lambda bootstrap and must be started by Lambda or a Runtime API emulator",
                ["errorType": "InvalidEnvironment"])
            exit(1)
        }
        let client = RuntimeAPIClient(endpoint: endpoint)

        var handler: Handler
        do {
            handler = try makeHandler()
        } catch {
            let report = ErrorReport(error)
            logger.error("initialisation failed: \(report.errorMessage)", ["errorType": .string(report.errorType)])
            do {
                _ = try client.reportInitError(report)
            } catch {
                logger.error("could not report the init error: \(error.message)", ["errorType": .string(error.errorType)])
            }
            exit(1)
        }

        var loop = LambdaRuntimeLoop(client: client, logger: logger)
        while true {
            do {
                try loop.serveNext(with: &handler)
            } catch {
                logger.error("stopping: \(error.message)", ["errorType": .string(error.errorType)])
                exit(1)
            }
        }
    }

    private static func environmentLogLevel() -> LambdaLogger.Level {
        getenv(LambdaEnvironmentVariable.logLevel).flatMap { LambdaLogger.Level(name: String(cString: $0)) } ?? .info
    }
}
