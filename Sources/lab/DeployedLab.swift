/// The one answer of every command that needs the deployed lab in this build: no fake output, a clear line
/// and exit 69.
enum DeployedLab {
    static let availableNow = "available now: lab report --input FILE, lab compare FILE FILE…, lab plan [SPEC.json]"

    static func unavailable(_ command: String) -> LabCLIError {
        LabCLIError(
            code: .needsDeployedLab,
            message: "\(command) needs the deployed lab (AWS APIs) and is not available yet in this build; it arrives with the AWSServices clients (\(availableNow))")
    }
}
