import Foundation
import JSONCoding
import Testing

/// Reads YAML with PyYAML (`yaml.safe_load`, YAML 1.1 like OMB's SnakeYAML) and hands back the document as
/// JSON, so tests can prove a real YAML parser reads our files as intended. Unavailable (tests skip) when
/// neither the repository's `.venv` nor the system `python3` has PyYAML.
enum PythonYAML {
    static let interpreter: String? = {
        let candidates = [TestData.repositoryRoot.appendingPathComponent(".venv/bin/python").path, "/usr/bin/python3"]
        return candidates.first { path in
            guard FileManager.default.isExecutableFile(atPath: path) else { return false }
            return (try? run(path, ["-c", "import yaml"], input: "")) != nil
        }
    }()

    static let skipReason: Comment = "no python3 with PyYAML (neither .venv/bin/python nor /usr/bin/python3)"

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The JSON of `yaml` as PyYAML reads it.
    static func load(_ yaml: String) throws -> JSONValue {
        guard let interpreter else { throw Failure(description: "\(skipReason)") }
        let script = "import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin.read()), sys.stdout)"
        let output = try run(interpreter, ["-c", script], input: yaml)
        return try JSON.parse(Array(output.utf8))
    }

    private static func run(_ executable: String, _ arguments: [String], input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
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
