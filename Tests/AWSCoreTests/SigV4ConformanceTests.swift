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

    /// Proves that another folder of cases in the same format needs no code change: the first two cases of
    /// the suite in use are copied into a fresh directory under other names, discovered there, and verified
    /// by the same code, with the same checks as the originals.
    @Test(
        "A different folder of cases in the same format is discovered and verified unchanged",
        .enabled(if: SigV4TestSuite.directory != nil, SigV4TestSuite.skipReason))
    func anotherFolderOfCasesWorksUnchanged() throws {
        let source = try #require(SigV4TestSuite.directory)
        let originals = Array(try SigV4TestSuite.cases(in: source).prefix(2))
        try #require(!originals.isEmpty, "no cases in \(source.path) to copy")
        let temporary = try TemporaryDirectory()
        for original in originals {
            let renamed = "copied-" + original.name
            let folder = temporary.url.appendingPathComponent(renamed)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for ext in ["req", "creq", "sts", "authz", "sreq"] where FileManager.default.fileExists(atPath: original.file(ext).path) {
                try FileManager.default.copyItem(at: original.file(ext), to: folder.appendingPathComponent("\(renamed).\(ext)"))
            }
        }
        // A folder without NAME.req is not a case.
        try FileManager.default.createDirectory(
            at: temporary.url.appendingPathComponent("not-a-case"), withIntermediateDirectories: true)

        let discovered = try SigV4TestSuite.cases(in: temporary.url)
        #expect(discovered.map(\.name) == originals.map { "copied-" + $0.name })
        for (copy, original) in zip(discovered, originals) {
            #expect(try copy.verify() == original.verify(), "\(copy.name) was checked differently from \(original.name)")
        }
    }
}
