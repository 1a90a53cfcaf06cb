import LabCore

/// The experiment spec `lab plan` and `lab run` take: a file, `-` for stdin, or none for `{}` (the dev profile's
/// defaults), checked here with the validator the validate-ami stage uses.
struct SpecFile {
    /// What was read: empty for none.
    var bytes: [UInt8]
    var validation: SpecValidation

    /// - Throws: `.fileAccess` when the file cannot be read; `.invalidSpec` listing every problem, its message
    ///   followed by `consequence` (what did not happen because of them).
    init(_ path: String?, consequence: String? = nil) throws(LabCLIError) {
        bytes = try path.map { path throws(LabCLIError) in try FileAccess.read(path) } ?? []
        do {
            validation = try ExperimentSpec.validate(json: bytes)
        } catch {
            throw LabCLIError(code: .invalidSpec, message: error.message + (consequence.map { " " + $0 } ?? ""), details: error.problems.map(\.description))
        }
    }
}
