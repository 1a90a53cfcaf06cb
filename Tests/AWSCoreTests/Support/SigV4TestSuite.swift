import AWSCore
import Foundation
import Testing

/// Where the AWS SigV4 test suite lives and which cases it has. The folder comes from
/// `SIGV4_TESTSUITE_DIR`, else `../shared/testdata/sigv4` beside the package (a developer's clone may have
/// neither: then the conformance test is skipped and says why). Cases are discovered, never listed: any
/// folder holding `NAME/NAME.req` is a case, so a new case folder needs no code change.
enum SigV4TestSuite {
    static let environmentVariable = "SIGV4_TESTSUITE_DIR"

    /// The package root: the nearest directory above this file that holds Package.swift.
    static let packageRoot: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) { return directory }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    }()

    static var sharedDirectory: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata/sigv4")
    }

    /// The directory named by the environment, if set.
    static var configuredDirectory: URL? {
        guard let value = ProcessInfo.processInfo.environment[environmentVariable], !value.isEmpty else { return nil }
        return URL(fileURLWithPath: value)
    }

    /// The suite directory in use, or `nil` when neither `SIGV4_TESTSUITE_DIR` nor the shared copy exists.
    static var directory: URL? {
        if let configured = configuredDirectory { return configured }
        return isDirectory(sharedDirectory) ? sharedDirectory : nil
    }

    static var skipReason: Comment {
        "SigV4 test suite not found: set \(environmentVariable) or provide \(sharedDirectory.path) (the shared testdata beside the repository)"
    }

    /// The cases of `directory`, sorted by name: every sub-folder `NAME` that contains `NAME.req`.
    static func cases(in directory: URL) throws -> [SigV4TestCase] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return names.sorted().compactMap { name in
            let folder = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name).req").path) else { return nil }
            return SigV4TestCase(name: name, folder: folder)
        }
    }

    /// The cases of the suite in use (empty when there is none; the test is then disabled).
    /// A directory that cannot be listed yields no cases here; `suiteDirectoryHoldsCases` lists it again
    /// with the error thrown, so the failure is reported, not lost.
    static var discoveredCases: [SigV4TestCase] {
        guard let directory else { return [] }
        do { return try cases(in: directory) } catch { return [] }
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
