/// One parsed AWS shared file (`~/.aws/config` or `~/.aws/credentials`): sections of `key = value` lines.
///
/// Keys are lower-cased. A key with an empty value followed by indented lines holds sub-properties, which
/// are stored flattened as `key.subkey` (e.g. `[services local]` → `ec2 =` / `  endpoint_url = …` becomes
/// `ec2.endpoint_url`). Lines starting with `#` or `;` are comments.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/file-format.html
public struct SharedConfigFile: Sendable, Equatable {
    /// Section name as written between the brackets (trimmed), e.g. `default`, `profile lab`, `services local`.
    public private(set) var sections: [String: [String: String]] = [:]
    public let path: String

    public init(path: String, sections: [String: [String: String]] = [:]) {
        self.path = path
        self.sections = sections
    }

    /// Parses the text of a file.
    ///
    /// - Throws: `AWSError` (`.configuration`, `InvalidSharedConfig`) naming the file and line.
    public init(path: String, text: String) throws {
        self.path = path
        var section: String?
        var parentKey: String?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            func fail(_ reason: String) -> AWSError {
                AWSError(kind: .configuration, code: "InvalidSharedConfig", message: "\(path) line \(lineNumber): \(reason)")
            }
            if trimmed.hasPrefix("[") {
                guard let close = trimmed.firstIndex(of: "]") else { throw fail("section header '\(trimmed)' has no ']'") }
                let name = trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingWhitespace()
                guard !name.isEmpty else { throw fail("empty section name") }
                section = String(name)
                parentKey = nil
                if sections[String(name)] == nil { sections[String(name)] = [:] }
                continue
            }
            guard let current = section else { throw fail("'\(trimmed)' comes before any [section] header") }
            let isIndented = line.first == " " || line.first == "\t"
            guard let equals = trimmed.firstIndex(of: "=") else { throw fail("expected 'key = value', found '\(trimmed)'") }
            let key = trimmed[..<equals].trimmingWhitespace().lowercased()
            let value = String(trimmed[trimmed.index(after: equals)...].trimmingWhitespace())
            guard !key.isEmpty else { throw fail("a line has '=' but no key") }
            if isIndented, let parentKey {
                sections[current]?["\(parentKey).\(key)"] = value
            } else {
                sections[current]?[key] = value
                parentKey = value.isEmpty ? key : nil
            }
        }
    }

    /// Reads and parses the file at `path`; `nil` when it does not exist.
    public static func load(_ path: String) throws -> SharedConfigFile? {
        guard let bytes = try LocalFile.read(path) else { return nil }
        return try SharedConfigFile(path: path, text: String(decoding: bytes, as: UTF8.self))
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[start..<end]
    }
}
