import Testing
@testable import lab

/// What `lab ami validate` concludes from one `health-check --role client` answer (docs/node-contract.md).
@Suite("lab ami validate: the verdict from health-check's JSON line and exit status")
struct ImageHealthVerdictTests {
    static let script = "/opt/pulsar-lab/bin/health-check"

    /// The client line as packer/files/opt/pulsar-lab/bin/health-check prints it.
    static func line(bootstrap: String, healthy: Bool, omb: Bool = true, java: Bool = true) -> String {
        """
        {"role":"client","instanceId":"i-0abc","experimentId":"ami-validate-1a2b3c4d","bootstrap":"\(bootstrap)","services":{},\
        "checks":[{"name":"benchmark-installed","target":"/opt/benchmark/bin/benchmark","ok":\(omb),"detail":"\(omb ? "present" : "missing")"},\
        {"name":"java","target":"java","ok":\(java),"detail":"\(java ? "on PATH" : "not on PATH")"}],"healthy":\(healthy)}

        """
    }

    @Test("Healthy after node-bootstrap: passed, naming the checks")
    func healthy() {
        let verdict = ImageHealthVerdict.judge(responseCode: 0, stdout: Self.line(bootstrap: "done", healthy: true), stderr: "", script: Self.script)
        #expect(verdict == .healthy("benchmark-installed present, java on PATH"))
    }

    @Test("node-bootstrap not started or still running: ask again", arguments: ["missing", "running"])
    func notYet(_ bootstrap: String) {
        let verdict = ImageHealthVerdict.judge(responseCode: 0, stdout: Self.line(bootstrap: bootstrap, healthy: false), stderr: "", script: Self.script)
        #expect(verdict == .notYet("node-bootstrap \(bootstrap)"))
    }

    @Test("node-bootstrap failed: the image failed")
    func bootstrapFailed() {
        let verdict = ImageHealthVerdict.judge(responseCode: 0, stdout: Self.line(bootstrap: "failed", healthy: false), stderr: "", script: Self.script)
        guard case .failed(let reason) = verdict else { Issue.record("\(verdict)"); return }
        #expect(reason.contains("node-bootstrap failed"), "\(reason)")
    }

    @Test("Bootstrapped but OMB missing: failed, naming the failing check")
    func checkFails() {
        let verdict = ImageHealthVerdict.judge(
            responseCode: 0, stdout: Self.line(bootstrap: "done", healthy: false, omb: false), stderr: "", script: Self.script)
        #expect(verdict == .failed("not healthy after node-bootstrap done: benchmark-installed: missing"))
    }

    @Test("A non-zero exit with the JSON line is a failure (the script exits 0 whenever it can check)")
    func nonZeroExit() {
        let verdict = ImageHealthVerdict.judge(
            responseCode: 1, stdout: Self.line(bootstrap: "done", healthy: true), stderr: "boom\n", script: Self.script)
        guard case .failed(let reason) = verdict else { Issue.record("\(verdict)"); return }
        #expect(reason.hasPrefix("\(Self.script) exited 1"), "\(reason)")
        #expect(reason.contains("stderr: boom"), "\(reason)")
    }

    @Test("No script on the image (exit 127) and a broken script (no JSON) say so")
    func missingOrBrokenScript() {
        let missing = ImageHealthVerdict.judge(
            responseCode: 127, stdout: "", stderr: "bash: line 1: \(Self.script): No such file or directory\n", script: Self.script)
        guard case .failed(let missingReason) = missing else { Issue.record("\(missing)"); return }
        #expect(missingReason.contains("is not on the image"), "\(missingReason)")
        let broken = ImageHealthVerdict.judge(responseCode: 2, stdout: "", stderr: "health-check: unknown role\n", script: Self.script)
        guard case .failed(let brokenReason) = broken else { Issue.record("\(broken)"); return }
        #expect(brokenReason.contains("exited 2 without its JSON line (health-check: unknown role)"), "\(brokenReason)")
        let garbage = ImageHealthVerdict.judge(responseCode: 0, stdout: "{not json\n", stderr: "", script: Self.script)
        guard case .failed(let garbageReason) = garbage else { Issue.record("\(garbage)"); return }
        #expect(garbageReason.contains("not JSON"), "\(garbageReason)")
    }
}
