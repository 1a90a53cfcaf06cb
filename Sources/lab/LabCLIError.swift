/// The one error type of the command line: a message that says what failed, with which input, and what to
/// do, on one line; `details` lists the items of a list-shaped failure (every problem of a spec).
struct LabCLIError: Error {
    enum Code {
        /// The arguments cannot work together (a format that cannot be told from `-o`, one file to compare).
        case invalidArguments
        /// A file cannot be read or written.
        case fileAccess
        /// An OMB result file is not one.
        case invalidResult
        /// The experiment spec breaks rules; `details` lists them.
        case invalidSpec
        /// The command needs the deployed lab, which this build cannot reach yet.
        case needsDeployedLab
        /// `compare --fail-on-regression` found a regression.
        case regressed
    }

    var code: Code
    var message: String
    var details: [String] = []

    /// 64 (EX_USAGE) for arguments, 69 (EX_UNAVAILABLE) for commands this build cannot run, 3 for a regression
    /// found on request, 1 for everything else.
    var exitCode: Int32 {
        switch code {
        case .invalidArguments: return 64
        case .needsDeployedLab: return 69
        case .regressed: return 3
        case .fileAccess, .invalidResult, .invalidSpec: return 1
        }
    }
}
