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
        /// `compare --fail-on-regression` found a regression.
        case regressed
        /// No lab configuration (terraform/lab-config.json, LAB_CONFIG, LAB_* variables), or a broken one.
        case configuration
        /// No AWS credentials could be found.
        case noCredentials
        /// AWS refused the caller's credentials or the action.
        case accessDenied
        /// The experiment (or AMI, report, …) does not exist.
        case notFound
        /// Another AWS call failed.
        case aws
        /// `lab run --wait` followed an experiment that did not succeed.
        case experimentFailed
        /// A program the command runs is not installed (`lab ami build` without Packer).
        case missingTool
        /// A program the command ran failed (Packer's build).
        case toolFailed
        /// `lab ami validate` found the image not good.
        case validationFailed
        /// The user interrupted the command (Ctrl-C) after it cleaned up what it had started.
        case interrupted
    }

    var code: Code
    var message: String
    var details: [String] = []

    /// 64 (EX_USAGE) for arguments, 78 (EX_CONFIG) for a missing lab configuration, 77 (EX_NOPERM) for missing or
    /// refused credentials, 3 for a regression found on request, 2 for an experiment that did not succeed (or an AMI
    /// that failed validation), 69 (EX_UNAVAILABLE) for a missing program (Packer), 130 after Ctrl-C, 1 for
    /// everything else.
    var exitCode: Int32 {
        switch code {
        case .invalidArguments: return 64
        case .configuration: return 78
        case .noCredentials, .accessDenied: return 77
        case .regressed: return 3
        case .experimentFailed: return 2
        case .missingTool: return 69
        case .validationFailed: return 2
        case .interrupted: return 130
        case .toolFailed: return 1
        case .fileAccess, .invalidResult, .invalidSpec, .notFound, .aws: return 1
        }
    }
}
