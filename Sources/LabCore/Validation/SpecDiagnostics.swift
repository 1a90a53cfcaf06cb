/// Collects every problem and notice while the spec is read, so one validation run reports them all
/// (Decodable would stop at the first).
struct SpecDiagnostics: Sendable {
    private(set) var problems: [SpecProblem] = []
    private(set) var notices: [SpecNotice] = []

    mutating func problem(_ path: SpecPath, _ message: String) {
        problems.append(SpecProblem(path: path.description, message: message))
    }

    mutating func notice(_ path: SpecPath, _ message: String) {
        notices.append(SpecNotice(path: path.description, message: message))
    }

    /// Whether any problem was recorded at `path` or below it, so a cross-field check does not pile a
    /// second message onto a value that is already reported as wrong.
    func hasProblem(at path: SpecPath) -> Bool {
        let prefix = path.description
        return problems.contains { $0.path == prefix || $0.path.hasPrefix(prefix + ".") || $0.path.hasPrefix(prefix + "[") }
    }
}
