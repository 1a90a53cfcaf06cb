/// What `packer build -machine-readable` said, read line by line as it runs: the text a person follows (its `ui`
/// lines) and the artifacts (`artifact,<n>,id,<region>:<ami>[,<region>:<ami>…]`, written by packer's build command for
/// every successful build).
struct PackerBuildOutput {
    /// Each artifact id as Packer printed it (`us-east-1:ami-0abc`), in order.
    private(set) var artifactIDs: [String] = []
    /// The `ui,error` messages.
    private(set) var errors: [String] = []
    /// Each failed build's error (`<build>,error,<message>`, from packer's build command), as `<build>: <message>`.
    private(set) var buildErrors: [String] = []

    /// Records `line`; returns what to show a person (nil: nothing, e.g. machine data).
    mutating func consume(_ line: String) -> String? {
        guard let parsed = PackerMachineLine(line) else {
            return line.isEmpty ? nil : line
        }
        switch parsed.type {
        case "ui":
            guard parsed.data.count >= 2 else { return nil }
            let message = parsed.data.dropFirst().joined(separator: ",")
            if parsed.data[0] == "error" { errors.append(message) }
            return message
        case "error":
            if !parsed.data.isEmpty { buildErrors.append("\(parsed.target): \(parsed.data.joined(separator: ","))") }
            return nil
        case "artifact":
            if parsed.data.count >= 3, parsed.data[1] == "id" {
                artifactIDs.append(parsed.data.dropFirst(2).joined(separator: ","))
            }
            return nil
        default:
            return nil
        }
    }

    /// The AMI ids the build registered in `region`, without repeats (a post-processor that keeps its input, like
    /// `manifest`, reports the same image again).
    func imageIDs(in region: String) -> [String] {
        var ids: [String] = []
        for artifact in artifactIDs {
            for pair in artifact.split(separator: ",") {
                let parts = pair.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, parts[0] == region, parts[1].hasPrefix("ami-") else { continue }
                let id = String(parts[1])
                if !ids.contains(id) { ids.append(id) }
            }
        }
        return ids
    }

    /// Why the build failed, on one line: the last build's own error, else the last error Packer showed.
    var lastError: String? {
        (buildErrors.last ?? errors.last).map { $0.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }.joined(separator: " ") }
    }
}
