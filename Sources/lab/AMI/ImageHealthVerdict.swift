import Foundation

/// What one run of the node's `health-check --role client` says about a test instance (docs/node-contract.md,
/// "health-check"): the script prints one JSON object and exits 0 whenever it could check.
///
/// The image is good when node-bootstrap (run from the user data, as apply-infra runs it) finished and the client
/// checks pass: OMB at /opt/benchmark/bin/benchmark and java on PATH. Still bootstrapping is worth another look;
/// anything else is a verdict.
enum ImageHealthVerdict: Equatable {
    /// Healthy; the checks that passed, e.g. `benchmark-installed present, java on PATH`.
    case healthy(String)
    /// Not yet: node-bootstrap has not finished (or not started).
    case notYet(String)
    /// The image is not good, and why.
    case failed(String)

    static func judge(responseCode: Int?, stdout: String, stderr: String, script: String) -> ImageHealthVerdict {
        let exit = responseCode.map(String.init) ?? "?"
        let lastError = stderr.split(whereSeparator: \.isNewline).last.map(String.init)
        guard let line = stdout.split(whereSeparator: \.isNewline).first(where: { $0.hasPrefix("{") }) else {
            if responseCode == 127 {
                return .failed("\(script) is not on the image (exit 127\(lastError.map { ": " + $0 } ?? "")): it was not built from packer/pulsar-base.pkr.hcl, or its node scripts are missing")
            }
            return .failed("\(script) exited \(exit) without its JSON line (\(lastError ?? "no output")): the image's node scripts are broken")
        }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return .failed("\(script) printed JSON that is not an object: \(line.prefix(200))")
            }
            object = parsed
        } catch {
            return .failed("\(script) printed a line that is not JSON (\(error.localizedDescription)): \(line.prefix(200))")
        }
        let bootstrap = object["bootstrap"] as? String ?? "unknown"
        let checks = (object["checks"] as? [[String: Any]] ?? []).map { check in
            (name: check["name"] as? String ?? "?", ok: check["ok"] as? Bool ?? false, detail: check["detail"] as? String ?? "")
        }
        let failing = checks.filter { !$0.ok }.map { "\($0.name): \($0.detail)" }
        guard responseCode == 0 else {
            return .failed("\(script) exited \(exit) (it exits 0 whenever it can check)\(failing.isEmpty ? "" : "; failing: " + failing.joined(separator: "; "))\(lastError.map { "; stderr: " + $0 } ?? "")")
        }
        switch bootstrap {
        case "failed":
            return .failed("node-bootstrap failed on the test instance (see /var/log/cloud-init-output.log there)")
        case "missing", "running":
            return .notYet("node-bootstrap \(bootstrap)")
        default:
            break
        }
        if object["healthy"] as? Bool == true, bootstrap == "done" {
            return .healthy(checks.map { "\($0.name) \($0.detail)" }.joined(separator: ", "))
        }
        return .failed("not healthy after node-bootstrap \(bootstrap): " + (failing.isEmpty ? "the script says healthy=false" : failing.joined(separator: "; ")))
    }
}
