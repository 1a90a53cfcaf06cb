import AWSCore
import Foundation

/// Sessions in another region than the lab's: AMIs are regional, and `lab ami copy` writes to, and `list` and
/// `delete` may look at, another region of the same account.
extension LabSession {
    /// The lab's session from this process's configuration, aimed at `region` when one is given.
    static func fromProcess(region: String?) throws(LabCLIError) -> LabSession {
        guard let region else { return try fromProcess() }
        try checkRegionName(region)
        var configuration = try LabConfiguration.load(
            environment: ProcessInfo.processInfo.environment, workingDirectory: FileManager.default.currentDirectoryPath)
        configuration.region = region
        return try LabSession(configuration: configuration, environment: AWSEnvironment.current())
    }

    /// The same configuration and credentials, calling `region`.
    func inRegion(_ region: String) throws(LabCLIError) -> LabSession {
        try Self.checkRegionName(region)
        var configuration = configuration
        configuration.region = region
        return try LabSession(configuration: configuration, environment: AWSEnvironment.current())
    }

    /// `us-east-1`, `eu-west-2`, `ap-southeast-1`, `us-gov-west-1`: a region name, not a typo that would turn into a
    /// host name nobody answers.
    static func checkRegionName(_ region: String) throws(LabCLIError) {
        let parts = region.split(separator: "-", omittingEmptySubsequences: false)
        let letters = parts.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
        guard parts.count >= 3, letters, parts[0].count == 2, let last = parts.last, !last.isEmpty, last.allSatisfy(\.isASCII),
              last.allSatisfy(\.isNumber)
        else {
            throw LabCLIError(code: .invalidArguments, message: "\(region) is not a region name (like us-east-1 or eu-west-2)")
        }
    }
}
