import Foundation
import Testing

/// Runs a Python one-liner with the repository's `.venv` interpreter (or the system `python3`) when it has
/// the modules a test needs; tests that need one skip with a clear reason when none does.
enum PythonTool {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let candidates = [TestData.repositoryRoot.appendingPathComponent(".venv/bin/python").path, "/usr/bin/python3"]

    /// The first interpreter that can import every module in `modules`.
    static func interpreter(importing modules: [String]) -> String? {
        candidates.first { path in
            guard FileManager.default.isExecutableFile(atPath: path) else { return false }
            do {
                _ = try run(path, script: "import " + modules.joined(separator: ", "), input: "")
                return true
            } catch {
                return false
            }
        }
    }

    /// Runs `script` with `input` on stdin and returns stdout; throws with stderr when it exits non-zero.
    static func run(_ executable: String, script: String, input: String, arguments: [String] = []) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-c", script] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(executable) exited \(process.terminationStatus): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
