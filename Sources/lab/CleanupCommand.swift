import ArgumentParser
import AWSCore
import AWSServices
import JSONCoding

/// `lab cleanup [--experiment ID] [--dry-run]`: runs the janitor function (docs/janitor.md) now and prints
/// what it removed, or would remove.
struct CleanupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cleanup", abstract: "Run the janitor now: remove what experiments left behind (or, with --dry-run, list it).",
        discussion: """
            Without --experiment this is the janitor's sweep ({"action":"sweep"}): every experiment with tagged resources \
            is judged by the sweep rules (expired, its execution ended, an orphan past the grace period). With \
            --experiment it cleans that experiment ({"action":"clean"}), unless one of its executions is still running \
            and its TTL has not passed. The janitor never touches AMIs, snapshots or results in S3.
            """)

    @Option(help: "Only this experiment's resources.")
    var experiment: String?

    @Flag(help: "Say what would be deleted, delete nothing.")
    var dryRun = false

    @Flag(help: "Print the janitor's summary as JSON.")
    var json = false

    /// Longer than the janitor's own timeout (60 s, terraform/main.tf) plus Lambda's start-up.
    static let invokeTimeout: Duration = .seconds(150)

    func run() throws {
        if let experiment { try LabSession.checkID(experiment) }
        let session = try LabSession.fromProcess()
        guard let function = session.configuration.janitorFunctionName else {
            throw LabCLIError(
                code: .configuration,
                message: "the lab configuration (\(session.configuration.source)) names no janitor function (janitorFunctionName): redeploy with scripts/deploy, or set LAB_JANITOR_FUNCTION")
        }
        let event: JSONObject = experiment.map { ["action": "clean", "experiments": [.string($0)], "dryRun": .bool(dryRun)] }
            ?? ["action": "sweep", "dryRun": .bool(dryRun)]
        Console.progress("running the janitor \(function) (\(experiment.map { "clean \($0)" } ?? "sweep")\(dryRun ? ", dry run" : ""))…")
        let invocation = try session.call("invoking the janitor \(function)") {
            let client = session.client
            let patient = AWSClient(
                region: client.region, credentials: client.credentials,
                transport: try CurlTransport(configuration: .init(requestTimeout: Self.invokeTimeout)),
                endpoints: client.endpoints, retryPolicy: client.retryPolicy)
            return try LambdaClient(client: patient).invoke(InvokeRequest(
                functionName: function, payload: JSON.serialize(.object(event)), invocationType: .requestResponse))
        }
        let summary: JSONValue
        do {
            summary = try JSON.parse(invocation.payload)
        } catch {
            throw LabCLIError(code: .aws, message: "the janitor \(function) answered something that is not JSON (\(error)); see its log group in CloudWatch Logs")
        }
        if invocation.functionError != nil {
            let type = summary["errorType"]?.stringValue ?? "Unhandled"
            let message = summary["errorMessage"]?.stringValue ?? String(decoding: invocation.payload, as: UTF8.self)
            throw LabCLIError(code: .aws, message: "the janitor \(function) failed: \(type): \(ExecutionStory.oneLine(message, limit: nil)); see its log group in CloudWatch Logs")
        }
        if json {
            Console.output(CLIJSON.text(summary))
        } else {
            Console.output(JanitorSummaryText.render(summary, bucket: session.configuration.resultsBucket))
        }
    }
}
