import Foundation
import Testing

@Suite("Module boundary: JSONCoding stays free of Foundation")
struct ModuleBoundaryTests {
    /// Importing even FoundationEssentials adds 6.4 MB to a static `bootstrap` (see the team brief), so
    /// not one source file of the module may import any Foundation module, directly or conditionally.
    @Test("No source file of JSONCoding imports Foundation, FoundationEssentials or FoundationInternationalization")
    func noFoundationImport() throws {
        let sources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/JSONCoding")
            .resolvingSymlinksInPath()
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        #expect(files.count > 20, "found only \(files.count) Swift files under \(sources.path)")
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                let importsFoundation = code.range(of: #"^(@_exported\s+)?import\s+(struct\s+|class\s+|enum\s+|func\s+)?Foundation"#, options: .regularExpression) != nil
                let probesFoundation = code.contains("canImport(Foundation")
                #expect(!importsFoundation && !probesFoundation, "\(file.lastPathComponent):\(number + 1): \(code)")
            }
        }
    }
}
