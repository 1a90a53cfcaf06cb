import AWSCore
import AWSServices
import JSONCoding
import LabCore
import Testing
@testable import Stages

@Suite(
    "apply-infra against the emulated lab: tagged launches, volumes, cluster.json, idempotent repeats",
    .enabled(if: EmulatedLab.unavailableReason == nil, "needs .venv with moto (scripts/ensure-venv)"))
struct ApplyInfraTests {
    let fixtures: LabFixtures

    init() throws {
        fixtures = try LabFixtures()
    }

    @Test("{} launches 3 ZooKeeper, 3 bookies, 2 brokers, 1 client, each tagged at creation with the lab's and the user's tags")
    func launchesTheLayoutTaggedAtCreation() throws {
        let (experiment, cluster) = try fixtures.launch(name: "stages-apply-tags", spec: #"{"tags": {"Team": "perf", "CostCenter": "4711"}}"#)
        #expect(cluster.components == ["zookeeper": 3, "bookkeeper": 3, "broker": 2, "client": 1])
        #expect(cluster.instanceCount == 9)
        #expect(cluster.clusterKey == "experiments/stages-apply-tags/cluster.json")
        #expect(cluster.placementGroup == nil, "dev has no placement group")

        let instances = try fixtures.instances(of: experiment.experimentId)
        #expect(instances.count == 9)
        #expect(instances.contains { $0.instanceID == cluster.clientInstanceId && $0.tags["Component"] == "client" })
        for instance in instances {
            let component = try #require(instance.tags["Component"], "\(instance.instanceID) has no Component tag")
            let expected = [
                "Project": "pulsar-aws-lab", "ManagedBy": "pulsar-aws-lab", "ExperimentID": experiment.experimentId,
                "ExpiresAt": experiment.expiresAt, "ExecutionArn": experiment.executionArn,
                "Name": "\(experiment.experimentId)-\(component)", "Team": "perf", "CostCenter": "4711",
            ]
            for (key, value) in expected {
                #expect(instance.tags[key] == value, "\(instance.instanceID) (\(component)): tag \(key)")
            }
            #expect(instance.imageID == experiment.amiId)
            #expect(instance.subnetID == fixtures.lab.subnetID)
            #expect(instance.clientToken == "\(experiment.experimentId)-\(component)", "the ClientToken is experiment + component")
        }
        let types = Dictionary(grouping: instances, by: { $0.tags["Component"] ?? "" }).mapValues { Set($0.compactMap(\.instanceType)) }
        #expect(types == ["zookeeper": ["t3.small"], "bookkeeper": ["m6i.large"], "broker": ["m6i.large"], "client": ["m6i.large"]])

        // Volumes were created with the instances and carry the same tags: a 30 GiB root everywhere,
        // and on bookies a 20 GiB journal and a 100 GiB ledger volume, all gp3.
        let volumes = try fixtures.clients.ec2.describeAllVolumes(DescribeVolumesRequest(filters: [.tag("ExperimentID", experiment.experimentId)]))
        #expect(volumes.count == 9 + 2 * 3, "\(volumes.map { ($0.size ?? 0, $0.tags["Component"] ?? "") })")
        #expect(volumes.allSatisfy { $0.volumeType == "gp3" && $0.tags["Project"] == "pulsar-aws-lab" && $0.tags["Team"] == "perf" })
        let bookieSizes = volumes.filter { $0.tags["Component"] == "bookkeeper" }.compactMap(\.size).sorted()
        #expect(bookieSizes == [20, 20, 20, 30, 30, 30, 100, 100, 100])

        let manifest = try fixtures.bucket.clusterManifest(at: cluster.clusterKey, experimentID: experiment.experimentId, stage: .applyInfra)
        #expect(manifest.nodes.count == 9)
        #expect(manifest.nodes(ClusterComponent.zookeeper.rawValue).map(\.name) == ["zookeeper-0", "zookeeper-1", "zookeeper-2"])
        #expect(manifest.nodes.allSatisfy { $0.privateIpAddress != nil }, "every node has its private address in cluster.json")

        let record = try #require(try fixtures.record(experiment.experimentId))
        #expect(record["stages"]?["apply-infra"]?["status"]?.stringValue == "done")
        #expect(record["instanceIds"]?.listValue?.count == 9)
        #expect(record["clusterKey"]?.stringValue == cluster.clusterKey)
    }

    @Test("Run twice with the same input: nothing launched twice, the same Cluster")
    func repeatLaunchesNothingMore() throws {
        let (experiment, first) = try fixtures.launch(name: "stages-apply-twice")
        let second = try fixtures.applyStage().run(ApplyInfraInput(experiment: experiment), logger: LabFixtures.logger)
        #expect(second == first)
        #expect(try fixtures.instances(of: experiment.experimentId).count == 9)
    }

    @Test("A node that died is not replaced by a second launch: the component's token returns the first launch")
    func partialComponentIsNotRelaunched() throws {
        let (experiment, cluster) = try fixtures.launch(name: "stages-apply-partial")
        let broker = try #require(try fixtures.instances(of: experiment.experimentId).first { $0.tags["Component"] == "broker" })
        _ = try fixtures.clients.ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: [broker.instanceID]))
        let again = try fixtures.applyStage().run(ApplyInfraInput(experiment: experiment), logger: LabFixtures.logger)
        #expect(try fixtures.instances(of: experiment.experimentId).count == 8, "a second broker launch happened")
        #expect(again.components == cluster.components, "the first launch's instances, the dead one included")
        #expect(again.launchedAt == cluster.launchedAt)
        let manifest = try fixtures.bucket.clusterManifest(at: again.clusterKey, experimentID: experiment.experimentId, stage: .applyInfra)
        #expect(manifest.nodes.first { $0.instanceId == broker.instanceID }?.state == "terminated", "so poll-readiness reports the cluster failed")
    }
}

@Suite("apply-infra's pieces: subnet choice, the RunInstances request, capacity errors")
struct ApplyInfraPartsTests {
    let experimentID = try! ExperimentID("exp-20261126-142501-k3x9qa")

    func launch(spec text: String = "{}", component: ClusterComponent = .bookkeeper, subnet: SubnetChoice? = nil) throws -> ComponentLaunch {
        let spec = try ExperimentSpec.validate(json: Array(text.utf8)).spec
        let layout = ClusterLayout(spec: spec, experimentID: experimentID)
        return ComponentLaunch(
            layout: layout.layout(of: component), imageID: "ami-0123456789abcdef0", rootDeviceName: "/dev/xvda",
            subnet: subnet ?? SubnetChoice(subnetID: "subnet-1", availabilityZone: "us-east-1a", placementZone: nil),
            securityGroupID: "sg-1", instanceProfile: "pulsar-aws-lab-node", placementGroup: layout.placementGroup?.name,
            userData: NodeUserData(spec: spec, role: component, experimentID: experimentID, region: "us-east-1", bucket: "results"),
            tags: try ResourceTags(
                spec: spec, experimentID: experimentID, component: component, startedAt: Timestamp(seconds: 1_764_167_101),
                executionArn: "arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:x"))
    }

    @Test("A bookie launch: all nodes in one call with its token, IMDSv2, root + journal + ledger gp3, tags on instance, volume, ENI")
    func bookieRequest() throws {
        let request = try launch().request
        #expect(request.minCount == 3 && request.maxCount == 3)
        #expect(request.clientToken == "exp-20261126-142501-k3x9qa-bookkeeper")
        #expect(request.metadataOptions == .requireTokens)
        #expect(request.iamInstanceProfile == .name("pulsar-aws-lab-node"))
        #expect(request.securityGroupIDs == ["sg-1"])
        #expect(request.subnetID == "subnet-1")
        #expect(request.placement == nil)
        #expect(request.spotOptions == nil)
        #expect(request.blockDeviceMappings.map(\.deviceName) == ["/dev/xvda", "/dev/sdf", "/dev/sdg"])
        #expect(request.blockDeviceMappings.map { $0.ebs?.volumeSize } == [30, 20, 100])
        #expect(request.blockDeviceMappings.allSatisfy { $0.ebs?.volumeType == "gp3" && $0.ebs?.deleteOnTermination == true })
        #expect(request.tagSpecifications.map(\.resourceType.rawValue) == ["instance", "volume", "network-interface"])
        #expect(request.userData?.contains("--role 'bookkeeper'") == true)
    }

    @Test("Spot and a placement group: the spot request is tagged too, and nodes go into the experiment's group")
    func spotAndPlacementGroup() throws {
        let request = try launch(spec: #"{"profile": "perf", "spot": {"client": true}}"#, component: .client).request
        #expect(request.spotOptions == EC2SpotOptions())
        #expect(request.tagSpecifications.map(\.resourceType.rawValue) == ["instance", "volume", "network-interface", "spot-instances-request"])
        #expect(request.placement?.groupName == "pulsar-aws-lab-exp-20261126-142501-k3x9qa")
        let bookies = try launch(spec: #"{"profile": "perf", "spot": {"client": true}}"#, component: .bookkeeper).request
        #expect(bookies.spotOptions == nil)
        #expect(bookies.blockDeviceMappings.map(\.deviceName) == ["/dev/xvda"], "instance-store bookies get only the root volume")
    }

    @Test("Subnets: the default first, the spec's zone picks its subnet, a zone the lab lacks is refused")
    func subnetChoice() throws {
        let entries = ["us-east-1a=subnet-a", "us-east-1b=subnet-b"]
        #expect(try SubnetChoice.choose(zone: nil, from: entries) == SubnetChoice(subnetID: "subnet-a", availabilityZone: "us-east-1a", placementZone: nil))
        #expect(try SubnetChoice.choose(zone: "us-east-1b", from: entries).subnetID == "subnet-b")
        #expect(try SubnetChoice.choose(zone: "us-east-1c", from: ["subnet-x"]) == SubnetChoice(subnetID: "subnet-x", availabilityZone: "us-east-1c", placementZone: "us-east-1c"))
        #expect(try SubnetChoice.choose(zone: nil, from: []) == SubnetChoice(subnetID: nil, availabilityZone: nil, placementZone: nil))
        do {
            _ = try SubnetChoice.choose(zone: "us-east-1c", from: entries)
            Issue.record("a zone without a subnet was accepted")
        } catch {
            #expect(error.message.contains("no subnet in us-east-1c (its subnets are in us-east-1a, us-east-1b)"), "\(error.message)")
        }
    }

    @Test("InsufficientInstanceCapacity, Unsupported, InsufficientCapacity → CapacityUnavailable naming type, zone and what to try",
          arguments: ["InsufficientInstanceCapacity", "Unsupported", "InsufficientCapacity"])
    func capacityErrors(code: String) throws {
        let run = StageRun(stage: .applyInfra, experimentID: experimentID.value, logger: LabFixtures.logger, clock: { .now() })
        let launch = try launch(spec: #"{"spot": true}"#, component: .broker)
        let error = LaunchFailure.stageError(
            AWSError(kind: .service, service: "EC2", operation: "RunInstances", code: code, message: "We currently do not have sufficient capacity."),
            launch: launch.layout, zone: "us-east-1a", region: "us-east-1", run: run)
        #expect(error.code == .capacityUnavailable)
        #expect(error.errorMessage.hasPrefix("apply-infra (experiment exp-20261126-142501-k3x9qa): EC2 has no capacity for 2 × m6i.large for broker (spot) in us-east-1a (\(code)"), "\(error.errorMessage)")
        for advice in ["set availabilityZone to another zone of us-east-1", "cluster.broker.instanceType", "spot: false", "start again later"] {
            #expect(error.errorMessage.contains(advice), "\(error.errorMessage)")
        }
    }

    @Test("Any other RunInstances error is LaunchFailed with EC2's words")
    func otherErrorsAreLaunchFailed() throws {
        let run = StageRun(stage: .applyInfra, experimentID: experimentID.value, logger: LabFixtures.logger, clock: { .now() })
        let error = LaunchFailure.stageError(
            AWSError(kind: .service, service: "EC2", operation: "RunInstances", code: "UnauthorizedOperation", message: "You are not authorized"),
            launch: try launch().layout, zone: nil, region: "us-east-1", run: run)
        #expect(error.code == .launchFailed)
        #expect(error.errorMessage.contains("in the lab subnet's zone failed: EC2 RunInstances failed: UnauthorizedOperation"), "\(error.errorMessage)")
        #expect(error.errorMessage.contains("terraform/policies/apply-infra.json"))
    }
}
