import AWSCore
import AWSServices
import JSONCoding
import LabCore
import LambdaRuntime

/// teardown: removes everything tagged with the experiment through the shared cleaner (`ExperimentCleaner`:
/// spot requests, instances, then what termination leaves — volumes, network interfaces — then the placement
/// and security groups), verifies nothing is left, and records the experiment's outcome.
///
/// It never waits: while anything is still going away (an instance `shutting-down`, a volume still attached)
/// it throws `TeardownIncomplete` saying what is left, and the state machine calls it again (retried hard;
/// the janitor is the backstop). Once the cleaner finds nothing left, it checks again by tag, through EC2's
/// Describe calls and the Resource Groups Tagging API, so a resource of a kind the cleaner does not handle is
/// reported instead of forgotten.
///
/// Safe to run twice: what is gone is not found again, and the counts it returns are kept in the record
/// (a set of the ids it removed, and the experiment's terminated instances as EC2 lists them), so a repeat
/// returns the same result.
public struct TeardownStage: Sendable {
    public var environment: StageEnvironment
    public var clients: StageClients
    public var tagging: ResourceGroupsTaggingClient
    public var clock: @Sendable () -> Timestamp

    /// Resource types (`arn:aws:ec2:…:<type>/<id>`) the cleaner lists itself through EC2, where their true state
    /// is: the tagging API keeps listing them for a while after they are gone (a terminated instance for up to
    /// an hour), so for these EC2's answer counts.
    static let ec2TypesTheCleanerHandles: Set<String> = [
        "instance", "volume", "network-interface", "placement-group", "security-group", "spot-instances-request",
    ]
    /// How much of a failure's Cause the record keeps.
    static let recordedCauseCharacters = 4_000

    public init(
        environment: StageEnvironment, clients: StageClients, tagging: ResourceGroupsTaggingClient,
        clock: @escaping @Sendable () -> Timestamp = { .now() }
    ) {
        self.environment = environment
        self.clients = clients
        self.tagging = tagging
        self.clock = clock
    }

    /// The tagging client for the process environment (the same configuration as `StageClients`).
    public static func taggingClient() throws(StageError) -> ResourceGroupsTaggingClient {
        do {
            return ResourceGroupsTaggingClient(client: try AWSClient.fromEnvironment())
        } catch {
            throw StageError(
                .configurationError, stage: .teardown, experimentID: nil,
                "cannot configure the AWS clients: \(error); Lambda sets AWS_REGION and the credentials itself — for a local run set AWS_REGION (and AWS_ENDPOINT_URL for the emulator)",
                underlying: error)
        }
    }

    public func run(_ input: TeardownInput, logger: LambdaLogger) throws(StageError) -> TeardownResult {
        let run = StageRun(stage: .teardown, experimentID: input.experiment.experimentId, logger: logger, clock: clock)
        let id = try run.experimentID(of: input.experiment).value
        let cleaner = ExperimentCleaner(ec2: clients.ec2, logger: run.logger)

        let report = cleaner.clean(experimentIDs: [id], dryRun: false)
        let removed = Self.removedIDs(report)
        guard report.isComplete else {
            try recordProgress(id, removed: removed, detail: report.remainingSummary, run: run)
            throw run.error(
                .teardownIncomplete,
                "not everything is gone yet: \(report.remainingSummary). Nothing to do: the state machine calls teardown again, and the janitor removes whatever is left if it gives up")
        }

        let left = leftovers(id, cleaner: cleaner, run: run)
        guard left.isEmpty else {
            try recordProgress(id, removed: removed, detail: "left: " + left.joined(separator: "; "), run: run)
            throw run.error(
                .teardownIncomplete,
                "the cleaner finished, but \(left.count) resource\(left.count == 1 ? " is" : "s are") still tagged with the experiment: \(left.prefix(10).joined(separator: "; "))\(left.count > 10 ? "; …" : ""). The state machine calls teardown again; a resource of a kind the cleaner does not handle must be deleted by hand (EC2 or Tag Editor console, tag ExperimentID=\(id))")
        }

        let terminated = try terminatedInstances(id, run: run)
        let allRemoved = try recordOutcome(id, input: input, removed: removed, terminated: terminated, run: run)
        let result = TeardownResult(
            terminated: terminated, deleted: Self.counts(allRemoved), resourcesLeft: 0, outcome: input.outcome)
        run.logger.info("teardown complete", [
            "terminated": .number(JSONNumber(terminated)), "outcome": .string(input.outcome),
            "removedThisCall": .number(JSONNumber(removed.count)),
        ])
        return result
    }

    /// `kind:id` of every resource this run removed (instances are counted from EC2 instead, see
    /// `terminatedInstances`).
    static func removedIDs(_ report: CleanupReport) -> [String] {
        report.deleted.filter { $0.kind != .instance && $0.id != "*" }.map { "\($0.kind.rawValue):\($0.id)" }.sorted()
    }

    /// Counts per kind of a set of `kind:id`.
    static func counts(_ removed: [String]) -> TeardownResult.Deleted {
        func count(_ kind: CleanupResourceKind) -> Int { removed.filter { $0.hasPrefix(kind.rawValue + ":") }.count }
        return TeardownResult.Deleted(
            spotInstanceRequests: count(.spotInstanceRequest), instances: 0, volumes: count(.volume),
            networkInterfaces: count(.networkInterface), placementGroups: count(.placementGroup), securityGroups: count(.securityGroup))
    }
}
