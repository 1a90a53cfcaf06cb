import ArgumentParser
import AWSCore
import AWSServices
import LabCore

/// `lab run [SPEC.json] [--name ID] [--wait]`: validate locally (the validator validate-ami uses), start
/// the execution named by the experiment id, print the id (stdout) and the console link (stderr); with
/// `--wait`, follow it to the end.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Start an experiment; with --wait, follow it to the end.",
        discussion: """
            The spec is checked here first, with the validator the validate-ami stage uses: an invalid spec lists \
            every problem and starts nothing. The experiment id (stdout) is the execution's name. --wait shows the \
            stage, elapsed time, retries, readiness per node and the benchmark's time left on stderr, and exits 0 \
            when the experiment succeeded, 2 when it did not; Ctrl-C stops only the waiting (exit 130).
            """)

    @Argument(help: "The experiment spec (JSON; - reads stdin); none means {} (the dev profile's defaults).")
    var spec: String?

    @Option(help: "The experiment id (3–40 of a-z, 0-9 and -, not starting or ending with -); generated when absent.")
    var name: String?

    @Flag(help: "Follow the experiment: stage, elapsed, retries, readiness per node, benchmark time left.")
    var wait = false

    @Option(help: "Seconds between checks while waiting.")
    var pollInterval: Double = 2

    func run() throws {
        guard pollInterval >= 0.2 && pollInterval <= 300 else {
            throw LabCLIError(code: .invalidArguments, message: "--poll-interval \(pollInterval) is out of range: use 0.2 to 300 seconds")
        }
        if let name {
            do {
                _ = try ExperimentID(name)
            } catch {
                throw LabCLIError(code: .invalidArguments, message: "--name: " + error.message)
            }
        }
        let specFile = try SpecFile(spec, consequence: "nothing was started")
        let (bytes, validation) = (specFile.bytes, specFile.validation)
        let session = try LabSession.fromProcess()
        if let region = validation.spec.region, region != session.region {
            throw LabCLIError(
                code: .invalidSpec, message: "The experiment spec has 1 problem; fix it and start the experiment again; nothing was started",
                details: ["region: \(region) is not the lab's region \(session.region) (its VPC, subnets and AMIs are there); leave region out or use \(session.region)"])
        }
        for notice in validation.notices { Console.progress("note: \(notice)") }

        let id = name ?? Self.generatedID()
        let arn = session.executionArn(experimentID: id)
        try refuseExisting(id, executionArn: arn, session: session)
        let input = bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) ? "{}" : String(decoding: bytes, as: UTF8.self)
        let started = try session.call("starting experiment \(id) (StartExecution of \(session.configuration.stateMachineArn))") {
            do {
                return try session.stepFunctions.startExecution(StartExecutionRequest(
                    stateMachineARN: session.configuration.stateMachineArn, name: id, input: input))
            } catch let error as AWSError where error.code == "ExecutionAlreadyExists" {
                throw Self.alreadyExists(id, what: "an execution named \(id) exists already")
            }
        }
        Console.output(id + "\n")
        Console.progress("started experiment \(id) (\(spec ?? "spec {}")): \(started.executionARN)")
        Console.progress("console: \(session.consoleURL(executionArn: started.executionARN))")
        guard wait else {
            Console.progress("follow it with `lab status \(id)` and `lab logs \(id)`")
            return
        }
        try ExperimentWatcher(session: session, id: id, executionArn: started.executionARN, interval: pollInterval).follow()
    }

    /// One name is one execution is one experiment (ExperimentID): a name already used, by an execution or
    /// by a record, is refused here rather than by Step Functions (which returns a running execution of the
    /// same name and input as if it had started it) or by validate-ami (which would fail the new execution).
    private func refuseExisting(_ id: String, executionArn: String, session: LabSession) throws(LabCLIError) {
        if let execution = try session.executionIfPresent(arn: executionArn) {
            throw Self.alreadyExists(id, what: "its execution is \(execution.status), started \(execution.startDate.iso8601String())")
        }
        if let record = try session.experimentRecord(of: id) {
            throw Self.alreadyExists(id, what: "the table records it (\(record.status ?? "no status"), created \(record.createdAt ?? "?"))")
        }
    }

    private static func alreadyExists(_ id: String, what: String) -> LabCLIError {
        LabCLIError(
            code: .invalidArguments,
            message: "experiment \(id) already exists (\(what)); an id names one experiment: choose another --name, or follow that one with `lab status \(id)`")
    }

    /// `exp-<yyyymmdd>-<hhmmss>-<6 random of a-z0-9>`, ExperimentID's generated form.
    static func generatedID(now: Timestamp = .now()) -> String {
        var generator = SystemRandomNumberGenerator()
        let entropy = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return ExperimentID.generated(at: now, entropy: entropy).value
    }
}
