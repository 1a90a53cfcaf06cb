#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import JSONCoding

/// Writes one JSON object per line to stderr, unbuffered, as CloudWatch Logs expects from a
/// function with JSON log format: `{"timestamp","level","message","requestId",...fields}`.
///
/// Each line goes out with a single `write(2)`, so lines from concurrent writers never interleave
/// and nothing is lost in a buffer when the process crashes.
/// See: https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html
public struct LambdaLogger: Sendable {
    public enum Level: Int, Comparable, Sendable {
        case trace, debug, info, warn, error

        var name: String {
            switch self {
            case .trace: "TRACE"
            case .debug: "DEBUG"
            case .info: "INFO"
            case .warn: "WARN"
            case .error: "ERROR"
            }
        }

        /// Lambda's `AWS_LAMBDA_LOG_LEVEL` values (TRACE, DEBUG, INFO, WARN, ERROR, FATAL).
        init?(name: String) {
            switch name.uppercased() {
            case "TRACE": self = .trace
            case "DEBUG": self = .debug
            case "INFO": self = .info
            case "WARN", "WARNING": self = .warn
            case "ERROR", "FATAL": self = .error
            default: return nil
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var minimumLevel: Level
    /// Fields carried by every line, e.g. `requestId`, `stage`, `experimentId`.
    public var metadata: JSONObject
    private let descriptor: Int32

    public init(minimumLevel: Level = .info, metadata: JSONObject = JSONObject(), descriptor: Int32 = 2) {
        self.minimumLevel = minimumLevel
        self.metadata = metadata
        self.descriptor = descriptor
    }

    /// A logger that adds `fields` to every line, e.g. `logger.with(["experimentId": "exp-1"])`.
    public func with(_ fields: JSONObject) -> LambdaLogger {
        var copy = self
        for (key, value) in fields { copy.metadata[key] = value }
        return copy
    }

    public func trace(_ message: @autoclosure () -> String, _ fields: JSONObject = [:]) { log(.trace, message(), fields) }
    public func debug(_ message: @autoclosure () -> String, _ fields: JSONObject = [:]) { log(.debug, message(), fields) }
    public func info(_ message: @autoclosure () -> String, _ fields: JSONObject = [:]) { log(.info, message(), fields) }
    public func warn(_ message: @autoclosure () -> String, _ fields: JSONObject = [:]) { log(.warn, message(), fields) }
    public func error(_ message: @autoclosure () -> String, _ fields: JSONObject = [:]) { log(.error, message(), fields) }

    public func log(_ level: Level, _ message: @autoclosure () -> String, _ fields: JSONObject = [:]) {
        guard level >= minimumLevel else { return }
        var line = JSONObject()
        line["timestamp"] = .string(SystemClock.rfc3339(ms: SystemClock.nowMs()))
        line["level"] = .string(level.name)
        line["message"] = .string(message())
        for (key, value) in metadata { line[key] = value }
        for (key, value) in fields { line[key] = value }
        var bytes = JSON.serialize(.object(line))
        bytes.append(UInt8(ascii: "\n"))
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
