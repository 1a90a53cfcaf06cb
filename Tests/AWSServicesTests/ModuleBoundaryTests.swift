import Foundation
import Testing

@Suite("Module boundary: AWSServices stays free of Foundation")
struct ModuleBoundaryTests {
    /// AWSServices is linked into every Lambda `bootstrap`; importing even FoundationEssentials adds 6.4 MB to
    /// a static binary (see the team brief), so no source file of the module may import a Foundation module.
    @Test("No source file of AWSServices imports Foundation, FoundationEssentials or FoundationNetworking")
    func noFoundationImport() throws {
        let sources = URL(fileURLWithPath: PackageRoot.path("Sources/AWSServices")).resolvingSymlinksInPath()
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        #expect(files.count > 100, "found only \(files.count) Swift files under \(sources.path)")
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                let importsFoundation = code.range(of: #"^(@_exported\s+)?import\s+(struct\s+|class\s+|enum\s+|func\s+)?Foundation"#, options: .regularExpression) != nil
                #expect(!importsFoundation && !code.contains("canImport(Foundation"), "\(file.lastPathComponent):\(number + 1): \(code)")
            }
        }
    }
}
