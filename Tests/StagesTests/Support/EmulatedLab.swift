import AWSCore
import Foundation
import Stages
#if canImport(Glibc)
import Glibc
#endif

/// The emulated lab (`python -m emulator serve`, docs/emulated-lab.md) for the whole test process: moto with
/// the lab's patches — simulated node boot and SSM agents (`DescribeInstanceInformation`, which plain moto
/// lacks), ClientToken idempotency — and the lab deployed into it: results bucket, experiments table, VPC,
/// subnet, security group and a stand-in pulsar-base AMI.
///
/// Started on first use from the package's `.venv`, 100× faster than real time (a node boots in 0.2 s and
/// its agent is online 0.3 s later), with the node faults the readiness tests need; it exits when this
/// process does, because it watches its standard input (a pipe from us) and quits when it closes.
final class EmulatedLab: Sendable {
    /// Experiments whose simulated SSM agents never come online (fault `never-online`, by ExperimentID tag).
    static let neverOnlineExperiments = ["stages-ssm-offline", "stages-budget-spent", "stages-terminated"]
    static let timeFactor = 100

    static let packageRoot: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) { return directory }
            directory.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static let python = packageRoot.appendingPathComponent(".venv/bin/python").path

    /// Why these tests cannot run here, or nil when they can.
    static var unavailableReason: String? {
        FileManager.default.isExecutableFile(atPath: python)
            ? nil : "no Python venv at \(python): run scripts/ensure-venv (scripts/test does) to run the stage tests against the emulated lab"
    }

    /// Serves until standard input closes (this test process is gone).
    private static let launcher = """
        import os, sys, threading
        def watch():
            sys.stdin.buffer.read()
            os._exit(0)
        threading.Thread(target=watch, daemon=True).start()
        from emulator.__main__ import main
        sys.exit(main(sys.argv[1:]))
        """

    let environmentVariables: [String: String]
    let resultsBucket: String
    let experimentsTable: String
    let subnetID: String
    let securityGroupID: String
    let amiID: String
    /// The nodes' instance profile (terraform/policies/node.json): node-bootstrap finds its peers with it.
    let nodeInstanceProfile: String
    let logPath: String
    private let process: Process
    private let stdinPipe: Pipe

    private static let started: Result<EmulatedLab, any Error> = Result { try EmulatedLab() }

    /// The shared lab, started on first call.
    static func shared() throws -> EmulatedLab { try started.get() }

    private init() throws {
        let directory = NSTemporaryDirectory() + "stages-tests-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let faults = directory + "/faults.json"
        let nodeFaults = Self.neverOnlineExperiments.map { #"{"behaviour": "never-online", "tags": {"ExperimentID": "\#($0)"}}"# }
        try #"{"nodes": [\#(nodeFaults.joined(separator: ", "))]}"#.write(toFile: faults, atomically: true, encoding: .utf8)
        logPath = directory + "/emulator.log"
        let output = directory + "/serve.out"
        FileManager.default.createFile(atPath: logPath, contents: nil)
        FileManager.default.createFile(atPath: output, contents: nil)

        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = ["-c", Self.launcher, "serve", "--time-factor", String(Self.timeFactor), "--fault", faults]
        process.currentDirectoryURL = Self.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONPATH"] = Self.packageRoot.appendingPathComponent("scripts").path
        process.environment = environment
        stdinPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        try process.run()
        Self.stopAtExit(process)

        // `serve` prints `export NAME=value` lines, then `# deployed: {json}` once the lab is deployed.
        let deadline = Date().addingTimeInterval(90)
        var text = ""
        while !text.contains("# deployed: ") {
            guard process.isRunning else {
                throw LabSetupError("the emulated lab exited with status \(process.terminationStatus) before it was deployed; log \(logPath):\n\(Self.tail(logPath))")
            }
            guard Date() < deadline else { throw LabSetupError("the emulated lab was not deployed within 90 s; log \(logPath):\n\(Self.tail(logPath))") }
            usleep(50_000)
            text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        }
        while !text.contains("Ctrl-C") { usleep(20_000); text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? "" }
        var variables: [String: String] = [:]
        var deployment: [String: Any] = [:]
        for line in text.split(separator: "\n") {
            if line.hasPrefix("export "), let equals = line.firstIndex(of: "=") {
                variables[String(line[line.index(line.startIndex, offsetBy: 7)..<equals])] = String(line[line.index(after: equals)...])
            } else if line.hasPrefix("# deployed: ") {
                let json = Data(line.dropFirst("# deployed: ".count).utf8)
                deployment = try JSONSerialization.jsonObject(with: json) as? [String: Any] ?? [:]
            }
        }
        func value(_ key: String) throws -> String {
            guard let value = deployment[key] as? String else { throw LabSetupError("the deployment has no \(key): \(deployment)") }
            return value
        }
        environmentVariables = variables
        resultsBucket = try value("results_bucket")
        experimentsTable = try value("experiments_table")
        subnetID = try value("subnet_id")
        securityGroupID = try value("security_group_id")
        amiID = try value("ami_id")
        nodeInstanceProfile = try value("node_instance_profile")
    }

    /// A client signed as the lab's admin, through AWSCore's environment (`AWS_ENDPOINT_URL`).
    func client() throws -> AWSClient {
        try AWSClient.fromEnvironment(AWSEnvironment(variables: environmentVariables))
    }

    func clients() throws -> StageClients { StageClients(client: try client()) }

    /// What Terraform hands the functions, pointing at the deployed lab (the subnet with its zone).
    func stageEnvironment(instanceProfile: String? = nil) -> StageEnvironment {
        StageEnvironment(
            resultsBucket: resultsBucket, experimentsTable: experimentsTable, subnetIDs: ["us-east-1a=\(subnetID)"],
            securityGroupID: securityGroupID, nodeInstanceProfile: instanceProfile, amiOwners: ["self"])
    }

    /// The last lines of the emulator's log, for failure messages.
    func logTail() -> String { Self.tail(logPath) }

    private static func tail(_ path: String, lines: Int = 30) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "(no log at \(path))"
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }

    private nonisolated(unsafe) static var running: Process?

    private static func stopAtExit(_ process: Process) {
        running = process
        atexit {
            if let process = EmulatedLab.running, process.isRunning { kill(process.processIdentifier, SIGTERM) }
        }
    }
}
