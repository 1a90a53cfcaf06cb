import AWSCore

/// The id of one experiment: the `ExperimentID` tag on every resource, the S3 prefix of its files, its
/// DynamoDB key, and part of node names and `ClientToken`s.
///
/// Rule: 3–40 characters of lowercase letters, digits and `-`, beginning and ending with a letter or digit.
/// That fits everywhere the id goes: tag values, S3 keys, DNS labels (≤ 63), and `ClientToken` (≤ 64 with
/// the component appended). Step Functions execution names allow more (1–80 of `[A-Za-z0-9-_]` and others),
/// so a name outside our rule is not reused as is.
///
/// The id IS the execution name when that name follows the rule; this is what makes "start the same name
/// twice" safe. Step Functions refuses a second execution with the name of an existing one of the same
/// state machine (`ExecutionAlreadyExists`; for 90 days after it closed), and returns the running execution
/// when the input is identical; so one name is one execution is one experiment id, and every stage of that
/// execution (retries included) launches through `ClientToken(experiment, component)` after looking up the
/// instances already tagged with the id. Names are not lowercased to fit: `Run-1` and `run-1` would be two
/// executions sharing one cluster.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
public struct ExperimentID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    public static let lengths = 3...40

    /// An id from text a stage passed along (the state, a tag, an S3 key).
    ///
    /// - Throws: `LabCoreError` `.invalidInput` when `text` breaks the rule.
    public init(_ text: String) throws(LabCoreError) {
        guard Self.isValid(text) else {
            throw LabCoreError(
                code: .invalidInput,
                message: "\(SpecText.quoted(text)) is not an experiment id: use 3–40 lowercase letters, digits and -, beginning and ending with a letter or digit")
        }
        value = text
    }

    private init(unchecked value: String) {
        self.value = value
    }

    /// Whether `text` follows the id rule.
    public static func isValid(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard lengths.contains(scalars.count), let first = scalars.first, let last = scalars.last,
              first != "-", last != "-"
        else { return false }
        return scalars.allSatisfy { $0.isASCIILowercaseLetter || $0.isASCIIDigit || $0 == "-" }
    }

    /// The experiment's id: the execution name when it follows the rule, else a generated one.
    ///
    /// - Parameters:
    ///   - executionName: `$$.Execution.Name` of the Step Functions execution, if there is one.
    ///   - startedAt: when the execution started (`$$.Execution.StartTime`), for the generated form.
    ///   - entropy: at least 4 bytes. Pass bytes derived from the execution ARN (e.g. its SHA-256) so that a
    ///     retried stage generates the same id; pass random bytes where there is no execution.
    public static func forExecution(named executionName: String?, startedAt: Timestamp, entropy: [UInt8]) -> ExperimentID {
        if let executionName, isValid(executionName) {
            return ExperimentID(unchecked: executionName)
        }
        return generated(at: startedAt, entropy: entropy)
    }

    /// `exp-<yyyymmdd>-<hhmmss>-<6 of [a-z0-9]>`, e.g. `exp-20251126-142501-k3x9qa` (26 characters).
    public static func generated(at time: Timestamp, entropy: [UInt8]) -> ExperimentID {
        precondition(entropy.count >= 4, "ExperimentID.generated needs at least 4 bytes of entropy, got \(entropy.count)")
        // 2025-11-26T14:25:01Z → 20251126142501
        let digits = String(time.iso8601String().unicodeScalars.filter(\.isASCIIDigit).map(Character.init))
        let date = digits.prefix(digits.count - 6), clock = digits.suffix(6)
        var number: UInt64 = 0
        for byte in entropy.prefix(8) { number = number << 8 | UInt64(byte) }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var suffix = ""
        for _ in 0..<6 {
            suffix.append(alphabet[Int(number % 36)])
            number /= 36
        }
        return ExperimentID(unchecked: "exp-\(date)-\(clock)-\(suffix)")
    }

    public var description: String { value }

    public static func < (lhs: ExperimentID, rhs: ExperimentID) -> Bool { lhs.value < rhs.value }
}
