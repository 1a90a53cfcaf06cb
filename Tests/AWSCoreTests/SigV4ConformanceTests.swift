import AWSCore
import Foundation
import Testing

/// Our signer against the AWS SigV4 test suite, case by case (each case is reported by its folder name).
@Suite("SigV4 conformance (AWS test suite)")
struct SigV4ConformanceTests {
    @Test(
        "Canonical request, string to sign and Authorization match the suite byte for byte",
        .enabled(if: SigV4TestSuite.directory != nil, SigV4TestSuite.skipReason),
        arguments: SigV4TestSuite.discoveredCases)
    func signatureMatchesTheSuite(_ testCase: SigV4TestCase) throws {
        try testCase.verify()
    }

    @Test(
        "The suite directory in use holds cases (a wrong SIGV4_TESTSUITE_DIR fails instead of passing empty)",
        .enabled(if: SigV4TestSuite.directory != nil, SigV4TestSuite.skipReason))
    func suiteDirectoryHoldsCases() throws {
        let directory = try #require(SigV4TestSuite.directory)
        let cases = try SigV4TestSuite.cases(in: directory)
        #expect(!cases.isEmpty, "no case folder (NAME/NAME.req) in \(directory.path)")
        print("SigV4 suite \(directory.path): \(cases.count) cases: \(cases.map(\.name).joined(separator: ", "))")
    }

    /// Proves that another folder of cases in the same format needs no code change: two cases are copied
    /// into a fresh directory under other names, discovered there, and verified by the same code.
    @Test(
        "A different folder of cases in the same format is discovered and verified unchanged",
        .enabled(if: SigV4TestSuite.directory != nil, SigV4TestSuite.skipReason))
    func anotherFolderOfCasesWorksUnchanged() throws {
        let source = try #require(SigV4TestSuite.directory)
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("sigv4-suite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { _ = try? FileManager.default.removeItem(at: temporary) }  // cleanup only; a leftover temp dir is harmless

        let picked = ["get-vanilla-query-order-key-case", "get-vanilla-with-session-token"]
        for name in picked {
            let renamed = "copied-" + name
            let folder = temporary.appendingPathComponent(renamed)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for ext in ["req", "creq", "sts", "authz", "sreq"] {
                let from = source.appendingPathComponent(name).appendingPathComponent("\(name).\(ext)")
                guard FileManager.default.fileExists(atPath: from.path) else { continue }
                try FileManager.default.copyItem(at: from, to: folder.appendingPathComponent("\(renamed).\(ext)"))
            }
        }
        // A folder without NAME.req is not a case.
        try FileManager.default.createDirectory(
            at: temporary.appendingPathComponent("not-a-case"), withIntermediateDirectories: true)

        let discovered = try SigV4TestSuite.cases(in: temporary)
        #expect(discovered.map(\.name) == picked.map { "copied-" + $0 }.sorted())
        for testCase in discovered {
            let checks = try testCase.verify()
            #expect(checks == ["creq", "sts", "authz"], "\(testCase.name): ran \(checks)")
        }
    }
}
