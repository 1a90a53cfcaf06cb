import JSONCoding
import Testing

/// Reads YAML with PyYAML (`yaml.safe_load`, YAML 1.1 like OMB's SnakeYAML) and hands back the document as
/// JSON, so tests can prove a real YAML parser reads our files as intended.
enum PythonYAML {
    static let interpreter = PythonTool.interpreter(importing: ["yaml", "json"])

    static let skipReason: Comment = "no python3 with PyYAML (neither .venv/bin/python nor /usr/bin/python3)"

    /// The JSON of `yaml` as PyYAML reads it.
    static func load(_ yaml: String) throws -> JSONValue {
        guard let interpreter else { throw PythonTool.Failure(description: "\(skipReason)") }
        let script = "import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin.read()), sys.stdout)"
        let output = try PythonTool.run(interpreter, script: script, input: yaml)
        return try JSON.parse(Array(output.utf8))
    }
}
