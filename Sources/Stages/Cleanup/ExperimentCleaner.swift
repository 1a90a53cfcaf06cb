import AWSServices
import LambdaRuntime

/// Deletes what experiments left in EC2, found by their tags. Shared by `teardown` (one experiment, at the end
/// of its execution) and the `janitor` (experiments whose execution ended or whose TTL passed).
///
/// One run, for the experiments in scope, in this order:
/// 1. spot instance requests that are not closed: cancelled (so nothing launches a replacement);
/// 2. instances that are not `terminated`: terminated; an instance still `shutting-down` afterwards is `pending`;
/// 3. volumes, then network interfaces, that are `available`: deleted; attached ones are `pending` (AWS
///    detaches them as their instance terminates);
/// 4. placement groups, once no instance of the experiment is left: deleted;
/// 5. security groups tagged with the experiment, once its instances and interfaces are gone: deleted.
///
/// Guarantees:
/// - **Only the lab's resources**: every listing filters on `Project=pulsar-aws-lab` and an `ExperimentID` tag,
///   and every result is checked again (`LabResource.isLabOwned`), in the account and region of `ec2`'s client.
///   The lab's shared network (tagged `Project` but no `ExperimentID`) is never in scope. AMIs, snapshots and
///   S3 objects are never touched (no call here can delete them).
/// - **Never stops half-way**: each listing is paginated; a failed call becomes that resource's `.failed`
///   outcome (a failed listing, an outcome with id `*`), and the run goes on with the rest.
/// - **Repeatable**: running again finishes what a run could not (`pending`, `failed`); what is already gone
///   is not listed, and a resource that vanished between listing and deleting counts as deleted.
/// - **Dry run** (`dryRun: true`) calls only Describe APIs and lists, as `.wouldDelete`, exactly the resources
///   a real run would act on, with the same decisions (`CleanupDecision`).
/// - **Never sleeps**: what is not gone yet comes back as `.pending`, and the caller decides. Teardown throws
///   `TeardownIncomplete` (the state machine retries it, `report.remainingSummary` says what is left); the
///   janitor looks again while its invocation has time, or leaves it to its next run.
/// - **Logs** one JSON line per resource: `kind`, `id`, `experimentId`, `action`, `result` (and `detail`,
///   `errorCode`), message `cleanup`.
///
///     let cleaner = ExperimentCleaner(ec2: EC2Client(client: aws), logger: context.logger)
///     let report = cleaner.clean(experimentIDs: [experiment.experimentId], dryRun: false)
///     if !report.isComplete { throw StageError(.teardownIncomplete, …, report.remainingSummary) }
///
/// IAM, per kind cleaned (terraform/policies/janitor.json has all of them): `ec2:DescribeSpotInstanceRequests`
/// + `CancelSpotInstanceRequests`, `DescribeInstances` + `TerminateInstances`, `DescribeVolumes` + `DeleteVolume`,
/// `DescribeNetworkInterfaces` + `DeleteNetworkInterface`, `DescribePlacementGroups` + `DeletePlacementGroup`,
/// `DescribeSecurityGroups` + `DeleteSecurityGroup`; the deletes conditioned on the `Project` and `ExperimentID`
/// tags. A role without one kind's actions must leave that kind out (`kinds:`), or its listing fails with
/// AccessDenied on every run and the run is never complete.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html (what termination
/// deletes by itself, and what it leaves)
public struct ExperimentCleaner: Sendable {
    public let ec2: EC2Client
    public var logger: LambdaLogger
    /// Items per Describe page. Below EC2's maximum (1000) so one page of instances stays a few hundred KB of XML
    /// in a 256 MB function.
    public var pageSize: Int
    /// The kinds this cleaner lists and deletes: all of them unless the caller's role lacks some (see IAM above).
    public var kinds: [CleanupResourceKind]

    public init(
        ec2: EC2Client, logger: LambdaLogger, pageSize: Int = 200, kinds: [CleanupResourceKind] = CleanupResourceKind.allCases
    ) {
        self.ec2 = ec2
        self.logger = logger
        self.pageSize = pageSize
        self.kinds = kinds.sorted()
    }

    /// Finds and cleans the resources of `experimentIDs` (see the type's documentation).
    public func clean(experimentIDs: some Sequence<String>, dryRun: Bool) -> CleanupReport {
        let ids = Set(experimentIDs)
        guard !ids.isEmpty else { return CleanupReport(dryRun: dryRun, experimentIDs: [], outcomes: []) }
        return clean(discover(.experiments(ids)), experimentIDs: ids.sorted(), dryRun: dryRun)
    }

    /// Cleans what `inventory` lists (from `discover(_:)`, possibly `restricted(to:)` some experiments).
    ///
    /// - Parameter experimentIDs: what the report says the run was about; the inventory's experiments when nil.
    public func clean(_ inventory: CleanupInventory, experimentIDs: [String]? = nil, dryRun: Bool) -> CleanupReport {
        var run = CleanupRun(cleaner: self, dryRun: dryRun)
        run.record(inventory.listingFailures)
        if dryRun {
            run.plan(inventory)
        } else {
            run.execute(inventory)
        }
        return CleanupReport(
            dryRun: dryRun, experimentIDs: experimentIDs ?? inventory.experimentIDs, outcomes: run.outcomes)
    }
}
