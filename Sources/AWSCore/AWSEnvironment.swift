import Glibc

/// The environment variables and home directory AWSCore reads configuration from, as a value: production
/// takes `AWSEnvironment.current()`, tests pass their own, so no test mutates the process environment.
///
/// An empty variable counts as unset, as in the AWS SDKs.
public struct AWSEnvironment: Sendable {
    public var variables: [String: String]
    /// The user's home directory (for `~/.aws/...`); defaults to `HOME`.
    public var homeDirectory: String?

    public init(variables: [String: String], homeDirectory: String? = nil) {
        self.variables = variables
        self.homeDirectory = homeDirectory ?? variables["HOME"]
    }

    /// The process environment now.
    public static func current() -> AWSEnvironment {
        var variables: [String: String] = [:]
        // `environ` is implicitly unwrapped in the Glibc overlay; it is never null in a running process.
        var entry: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = environ
        while let pointer = entry.pointee {
            let text = String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
            if let equals = text.firstIndex(of: "=") {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry = entry.advanced(by: 1)
        }
        return AWSEnvironment(variables: variables)
    }

    /// The value of `name`, or `nil` when unset or empty.
    public subscript(name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// Whether `name` is set to `true` (any case), the way the SDKs read boolean settings.
    public func isTrue(_ name: String) -> Bool { self[name]?.lowercased() == "true" }

    /// `path` with a leading `~/` replaced by the home directory.
    public func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let homeDirectory else { return path }
        return homeDirectory + path.dropFirst()
    }
}
