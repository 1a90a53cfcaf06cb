import AWSCore
import AWSServices
import Foundation
import JSONCoding
import LabCore
import Stages
import Testing

/// teardown against the emulated lab: a cluster launched by validate-ami and apply-infra (instances with
/// their EBS volumes), plus resources the test tags with the experiment, removed through the shared
/// `ExperimentCleaner` and verified by tag.
@Suite(
    "teardown against the emulated lab: nothing left, twice is fine, the outcome recorded",
    .enabled(if: EmulatedLab.unavailableReason == nil, "needs .venv with moto (scripts/ensure-venv)"))
struct TeardownTests {
    let fixtures: LabFixtures

    init() throws {
        fixtures = try LabFixtures()
    }

    func stage() throws -> TeardownStage {
        TeardownStage(
            environment: fixtures.environment, clients: fixtures.clients,
            tagging: ResourceGroupsTaggingClient(client: try fixtures.lab.client()))
    }

    /// Calls teardown as the state machine does: again after every `TeardownIncomplete`, up to `timeout` s.
    func teardownUntilComplete(_ input: TeardownInput, timeout: TimeInterval = 30) throws -> (result: TeardownResult, incomplete: [StageError]) {
        var incomplete: [StageError] = []
        let stage = try stage()
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            do {
                return (try stage.run(input, logger: LabFixtures.logger), incomplete)
            } catch {
                guard error.code == .teardownIncomplete else { throw error }
                incomplete.append(error)
                guard Date() < deadline else {
                    throw LabSetupError("teardown still incomplete after \(Int(timeout)) s: \(error.errorMessage)\n\(fixtures.lab.logTail())")
                }
                usleep(100_000)
            }
        }
    }

    /// The experiment's tags, for resources the test creates itself.
    static func tagSpecification(_ resourceType: String, experimentID: String, _ parameters: inout QueryParameters) {
        parameters.set("TagSpecification.1.ResourceType", resourceType)
        for (index, (key, value)) in [("Project", "pulsar-aws-lab"), ("ExperimentID", experimentID), ("Component", "cluster")].enumerated() {
            parameters.set("TagSpecification.1.Tag.\(index + 1).Key", key)
            parameters.set("TagSpecification.1.Tag.\(index + 1).Value", value)
        }
    }

    /// A detached gp3 volume tagged with the experiment (as a failed attach or a kept-on-termination disk leaves).
    func createVolume(for experimentID: String) throws -> String {
        var parameters = QueryParameters(action: "CreateVolume", version: AWSService.ec2.apiVersion)
        parameters.set("AvailabilityZone", "us-east-1a")
        parameters.set("Size", 8)
        parameters.set("VolumeType", "gp3")
        Self.tagSpecification("volume", experimentID: experimentID, &parameters)
        let answer = try fixtures.lab.client().sendXML(.query(.ec2, parameters, idempotency: .idempotent))
        return try #require(answer.text(of: "volumeId"), "CreateVolume answered no volumeId")
    }

    func liveInstances(_ experimentID: String) throws -> [EC2Instance] {
        try fixtures.instances(of: experimentID, states: ["pending", "running", "shutting-down", "stopping", "stopped"])
    }

    func volumes(_ experimentID: String) throws -> [EC2Volume] {
        try fixtures.clients.ec2.describeAllVolumes(DescribeVolumesRequest(filters: [.tag("ExperimentID", experimentID)]))
            .filter { $0.state != "deleting" && $0.state != "deleted" }
    }

    /// What an experiment's cluster leaves for teardown, made directly (not through apply-infra, so this suite
    /// tests teardown alone): a tagged placement group with `count` instances in it, each with a data volume
    /// kept on termination (what termination leaves behind), and a stray detached volume.
    func createCluster(for experimentID: String, count: Int) throws -> (instanceIDs: [String], strayVolume: String, placementGroup: String) {
        let tags = [("Project", "pulsar-aws-lab"), ("ExperimentID", experimentID), ("Component", "bookkeeper")].map { EC2Tag(key: $0.0, value: $0.1) }
        let group = "pulsar-aws-lab-\(experimentID)"
        _ = try fixtures.clients.ec2.createPlacementGroup(CreatePlacementGroupRequest(
            groupName: group, strategy: "cluster", tagSpecifications: [EC2TagSpecification(resourceType: .placementGroup, tags: tags)]))
        let reservation = try fixtures.clients.ec2.runInstances(RunInstancesRequest(
            imageID: fixtures.lab.amiID, instanceType: "t3.small", minCount: count, maxCount: count, clientToken: "\(experimentID)-bookkeeper",
            subnetID: fixtures.lab.subnetID,
            blockDeviceMappings: [EC2BlockDeviceMapping(deviceName: "/dev/sdf", ebs: EC2EBSVolume(volumeSize: 10, volumeType: "gp3", deleteOnTermination: false))],
            placement: EC2Placement(groupName: group),
            tagSpecifications: [EC2TagSpecification(resourceType: .instance, tags: tags), EC2TagSpecification(resourceType: .volume, tags: tags)]))
        return (reservation.instances.map(\.instanceID), try createVolume(for: experimentID), group)
    }

    @Test("Instances in a placement group with kept volumes, and a stray volume: all removed, 0 left, the outcome recorded; twice gives the same result")
    func removesEverythingAndIsSafeTwice() throws {
        let experiment = try fixtures.validate(name: "td-cluster")
        let (instances, stray, group) = try createCluster(for: experiment.experimentId, count: 3)
        #expect(try liveInstances(experiment.experimentId).count == 3)
        #expect(try volumes(experiment.experimentId).count >= 4, "3 data volumes and the stray one")

        let input = TeardownInput(experiment: experiment, outcome: "SUCCEEDED", failure: nil)
        let (result, incomplete) = try teardownUntilComplete(input)
        #expect(result.resourcesLeft == 0)
        #expect(result.terminated == instances.count, "\(result)")
        #expect(result.deleted.volumes >= 4, "the kept data volumes and the stray one: \(result)")
        #expect(result.deleted.placementGroups == 1, "\(result)")
        #expect(result.outcome == "SUCCEEDED")
        for error in incomplete {
            #expect(error.errorMessage.hasPrefix("teardown (experiment td-cluster): not everything is gone yet: "), "\(error.errorMessage)")
        }
        #expect(try liveInstances(experiment.experimentId).isEmpty)
        #expect(try volumes(experiment.experimentId).isEmpty)
        let groups = try fixtures.clients.ec2.describePlacementGroups(DescribePlacementGroupsRequest(filters: [.tag("ExperimentID", experiment.experimentId)]))
        #expect(groups.allSatisfy { $0.state == "deleted" || $0.state == "deleting" }, "placement group \(group) left: \(groups)")

        let record = try #require(try fixtures.record(experiment.experimentId))
        #expect(record["status"]?.stringValue == "SUCCEEDED")
        #expect(record["stages"]?["teardown"]?["status"]?.stringValue == "done")
        #expect(record["teardownRemoved"]?.stringSetValue?.contains("volume:\(stray)") == true, "\(String(describing: record["teardownRemoved"]))")
        let finishedAt = try #require(record["finishedAt"]?.stringValue)

        let again = try stage().run(input, logger: LabFixtures.logger)
        #expect(again == result, "a second teardown returns the same result")
        #expect(try fixtures.record(experiment.experimentId)?["finishedAt"]?.stringValue == finishedAt, "finishedAt is set once")
    }

    @Test("On the failure path the failed stage's error and cause are recorded with the outcome FAILED")
    func failureIsRecorded() throws {
        let experiment = try fixtures.validate(name: "td-after-failure")
        let failure = TeardownInput.Failure(Error: "BenchmarkFailed", Cause: "run-benchmark (experiment td-after-failure): … exit status 1")
        let (result, _) = try teardownUntilComplete(TeardownInput(experiment: experiment, outcome: "FAILED", failure: failure))
        #expect(result == TeardownResult(terminated: 0, deleted: TeardownResult.Deleted(), resourcesLeft: 0, outcome: "FAILED"))
        let record = try #require(try fixtures.record("td-after-failure"))
        #expect(record["status"]?.stringValue == "FAILED")
        #expect(record["failure"]?["error"]?.stringValue == "BenchmarkFailed")
        #expect(record["failure"]?["cause"]?.stringValue == failure.Cause)
    }

    @Test("A resource of a type the cleaner does not handle (a snapshot) keeps teardown incomplete, named by its ARN")
    func unknownLeftoverIsReported() throws {
        let experiment = try fixtures.validate(name: "td-snapshot-left")
        let volume = try createVolume(for: "td-snapshot-source")
        var parameters = QueryParameters(action: "CreateSnapshot", version: AWSService.ec2.apiVersion)
        parameters.set("VolumeId", volume)
        Self.tagSpecification("snapshot", experimentID: experiment.experimentId, &parameters)
        let snapshot = try #require(try fixtures.lab.client().sendXML(.query(.ec2, parameters, idempotency: .idempotent)).text(of: "snapshotId"))

        let input = TeardownInput(experiment: experiment, outcome: "SUCCEEDED", failure: nil)
        let error = try #require(LabFixtures.stageError { try stage().run(input, logger: LabFixtures.logger) })
        #expect(error.code == .teardownIncomplete)
        #expect(error.errorMessage.contains("still tagged with the experiment"), "\(error.errorMessage)")
        #expect(error.errorMessage.contains("snapshot/\(snapshot)"), "\(error.errorMessage)")
        #expect(try fixtures.record("td-snapshot-left")?["stages"]?["teardown"]?["status"]?.stringValue == "waiting")

        try fixtures.clients.ec2.deleteSnapshot(DeleteSnapshotRequest(snapshotID: snapshot))
        let result = try stage().run(input, logger: LabFixtures.logger)
        #expect(result.resourcesLeft == 0)
    }
}
