/// An allow-list for a string field of the spec. Every string that can reach a shell command, user data, a
/// YAML file, an S3 key or a tag is checked against one of these, so metacharacters (`$`, backticks, `;`,
/// quotes, newlines, `#`, `:`) are rejected at validation rather than escaped later.
struct TextRule: Sendable {
    /// What is allowed, in words, for the problem message ("lowercase letters, digits and -").
    let allowed: String
    let lengths: ClosedRange<Int>
    let isAllowedScalar: @Sendable (Unicode.Scalar) -> Bool
    /// A check of the whole text once every scalar is allowed (shape, first character); returns the reason.
    let shapeProblem: (@Sendable (String) -> String?)?

    init(
        allowed: String, lengths: ClosedRange<Int>,
        isAllowedScalar: @escaping @Sendable (Unicode.Scalar) -> Bool,
        shapeProblem: (@Sendable (String) -> String?)? = nil
    ) {
        self.allowed = allowed
        self.lengths = lengths
        self.isAllowedScalar = isAllowedScalar
        self.shapeProblem = shapeProblem
    }

    /// Why `value` breaks the rule, with what to do, or nil when it holds.
    func violation(of value: String) -> String? {
        let quoted = SpecText.quoted(value)
        if let bad = value.unicodeScalars.first(where: { !isAllowedScalar($0) }) {
            return "\(quoted) contains \(SpecText.quoted(String(bad))), which is not allowed here; use \(allowed) "
                + "(\(lengthText))"
        }
        let length = value.unicodeScalars.count
        if !lengths.contains(length) {
            return "\(quoted) is \(length) characters long; use \(lengthText) of \(allowed)"
        }
        if let shapeProblem, let reason = shapeProblem(value) {
            return "\(quoted) \(reason)"
        }
        return nil
    }

    private var lengthText: String {
        lengths.lowerBound == lengths.upperBound
            ? "exactly \(lengths.lowerBound) characters" : "\(lengths.lowerBound)–\(lengths.upperBound) characters"
    }
}
