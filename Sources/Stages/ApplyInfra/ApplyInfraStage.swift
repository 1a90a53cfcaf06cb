import AWSCore
import AWSServices
import JSONCoding
import LabCore
import LambdaRuntime

/// apply-infra: launches the experiment's cluster, one idempotent launch per component in start order
/// (ZooKeeper, bookies, brokers, client), every resource tagged at creation, and writes cluster.json.
///
/// Safe to run twice: it first lists the instances already tagged with the experiment and launches a
/// component only when some of its nodes are missing, with the component's stable ClientToken and the same
/// request as before, so EC2 returns the first launch instead of starting more nodes. The result is derived
/// from what exists (launch times from EC2), so a repeat returns the same `Cluster`.
public struct ApplyInfraStage: Sendable {
    public var environment: StageEnvironment
    public var clients: StageClients
    public var clock: @Sendable () -> Timestamp

    public init(environment: StageEnvironment, clients: StageClients, clock: @escaping @Sendable () -> Timestamp = { .now() }) {
        self.environment = environment
        self.clients = clients
        self.clock = clock
    }

    public func run(_ input: ApplyInfraInput, logger: LambdaLogger) throws(StageError) -> Cluster {
        let experiment = input.experiment
        let run = StageRun(stage: .applyInfra, experimentID: experiment.experimentId, logger: logger, clock: clock)
        let id = try run.experimentID(of: experiment)
        let bucket = ResultsBucket(s3: clients.s3, name: environment.resultsBucket)
        let spec = try run.wrapping { try bucket.spec(of: experiment, stage: .applyInfra) }
        let layout = ClusterLayout(spec: spec, experimentID: id)
        let startedAt = try run.timestamp(experiment.createdAt, field: "experiment.createdAt")

        let subnet: SubnetChoice
        do {
            subnet = try SubnetChoice.choose(zone: experiment.availabilityZone, from: environment.subnetIDs)
        } catch {
            throw run.error(.launchFailed, error.message)
        }
        if subnet.subnetID == nil || environment.securityGroupID == nil || environment.nodeInstanceProfile == nil {
            run.logger.warn(
                "launching without the lab's subnet, security group or node instance profile (\(StageEnvironment.Variable.subnetIDs), \(StageEnvironment.Variable.securityGroupID), \(StageEnvironment.Variable.nodeInstanceProfile)): nodes land in the default VPC and cannot discover their peers; Terraform sets these")
        }

        if let group = layout.placementGroup {
            try createPlacementGroup(group, spec: spec, id: id, startedAt: startedAt, executionArn: experiment.executionArn, run: run)
        }

        var instances = try run.aws("listing the experiment's instances", failure: .launchFailed) {
            try clients.ec2.describeAllInstances(DescribeInstancesRequest(filters: [
                EC2Filter.tag(TagKeys.experimentID, id.value), EC2Filter(name: "instance-state-name", values: ["pending", "running"]),
            ]))
        }
        var rootDevice: String?
        var launched: [EC2Instance] = []
        for component in layout.components {
            let existing = instances.filter { $0.tags[TagKeys.component] == component.component.rawValue }
            guard existing.count < component.count else {
                run.logger.info("\(component.component.rawValue): \(existing.count) of \(component.count) nodes already launched")
                continue
            }
            let tags = try run.wrapping {
                try ResourceTags(
                    spec: spec, experimentID: id, component: component.component, startedAt: startedAt,
                    executionArn: experiment.executionArn)
            }
            if rootDevice == nil { rootDevice = try rootDeviceName(of: experiment.amiId, run: run) }
            let launch = ComponentLaunch(
                layout: component, imageID: experiment.amiId, rootDeviceName: rootDevice ?? Self.defaultRootDevice, subnet: subnet,
                securityGroupID: environment.securityGroupID, instanceProfile: environment.nodeInstanceProfile,
                placementGroup: layout.placementGroup?.name,
                userData: NodeUserData(spec: spec, role: component.component, experimentID: id, region: clients.region, bucket: environment.resultsBucket),
                tags: tags)
            let reservation: EC2Reservation
            do {
                reservation = try clients.ec2.runInstances(launch.request)
            } catch let error as AWSError {
                throw LaunchFailure.stageError(error, launch: component, zone: subnet.availabilityZone, region: clients.region, run: run)
            } catch {
                throw run.error(.launchFailed, "launching \(component.component.rawValue) failed: \(error)", underlying: error)
            }
            run.logger.info(
                "\(component.component.rawValue): launched \(reservation.instances.count) × \(component.instanceType)",
                ["reservationId": .string(reservation.reservationID), "instanceIds": .array(reservation.instances.map { .string($0.instanceID) })])
            launched += reservation.instances
        }
        if !launched.isEmpty {
            // RunInstances answers with the launch as it was (a repeat with the same token returns the first
            // launch's answer, instances `pending`); EC2's current view wins, and what it does not list yet
            // (it is eventually consistent) comes from the answer.
            let current = try run.aws("listing the experiment's instances after the launch", failure: .launchFailed) {
                try clients.ec2.describeAllInstances(DescribeInstancesRequest(filters: [EC2Filter.tag(TagKeys.experimentID, id.value)]))
            }
            let known = Set(current.map(\.instanceID))
            let ours = Set(instances.map(\.instanceID)).union(launched.map(\.instanceID))
            instances = current.filter { ours.contains($0.instanceID) } + launched.filter { !known.contains($0.instanceID) }
        }

        let nodes = ClusterNode.nodes(from: instances)
        guard let client = nodes.first(where: { $0.component == ClusterComponent.client.rawValue }) else {
            throw run.error(.launchFailed, "no client node is running after the launches (EC2 lists \(nodes.count) nodes); start the experiment again")
        }
        let launchedAt = instances.compactMap(\.launchTime).min() ?? clock()
        let keys = ExperimentKeys(experimentID: id.value)
        var components: [String: Int] = [:]
        for node in nodes { components[node.component, default: 0] += 1 }
        let cluster = Cluster(
            launchedAt: launchedAt.iso8601String(), instanceCount: nodes.count, components: components,
            clientInstanceId: client.instanceId, clusterKey: keys.cluster, placementGroup: layout.placementGroup?.name)

        try run.aws("writing \(bucket.uri(keys.cluster))", failure: .launchFailed) {
            try bucket.putJSON(keys.cluster, try JSON.encodeToValue(ClusterManifest(experimentId: id.value, nodes: nodes)))
        }
        try run.aws("recording the launch", failure: .launchFailed) {
            var fields = [
                RecordField(["instanceIds"], .list(nodes.map { .string($0.instanceId) })),
                RecordField(["clusterKey"], .string(keys.cluster)),
                RecordField(["launchedAt"], .string(cluster.launchedAt)),
                RecordField(["components"], .map(components.mapValues { .number(String($0)) })),
            ]
            if let group = cluster.placementGroup { fields.append(RecordField(["placementGroup"], .string(group))) }
            try ExperimentRecord(dynamoDB: clients.dynamoDB, table: environment.experimentsTable)
                .update(id.value, stage: .applyInfra, status: "done", at: clock(), setting: fields)
        }
        run.logger.info("cluster launched", ["instances": .number(JSONNumber(nodes.count)), "clusterKey": .string(keys.cluster)])
        return cluster
    }

    /// The cluster placement group, tagged at creation. Its name is unique per experiment, so "already
    /// exists" means an earlier attempt created it.
    private func createPlacementGroup(
        _ group: PlacementGroupLayout, spec: ExperimentSpec, id: ExperimentID, startedAt: Timestamp, executionArn: String,
        run: StageRun
    ) throws(StageError) {
        let tags = try run.wrapping {
            try ResourceTags(spec: spec, experimentID: id, component: nil, startedAt: startedAt, executionArn: executionArn)
        }
        do {
            try clients.ec2.createPlacementGroup(CreatePlacementGroupRequest(
                groupName: group.name, strategy: group.strategy, tagSpecifications: tags.ec2TagSpecifications(for: [.placementGroup])))
            run.logger.info("placement group created", ["placementGroup": .string(group.name)])
        } catch let error as AWSError where error.code == "InvalidPlacementGroup.Duplicate" {
            run.logger.info("placement group already exists", ["placementGroup": .string(group.name)])
        } catch let error as AWSError {
            throw run.error(
                .launchFailed, "creating the placement group \(group.name) failed: \(error); \(StageRun.advice(for: error, stage: .applyInfra)), or set placementGroup: false",
                underlying: error)
        } catch {
            throw run.error(.launchFailed, "creating the placement group \(group.name) failed: \(error)", underlying: error)
        }
    }

    /// The AMI's root device name (the mapping that carries its snapshot), which the root volume of the
    /// layout resizes.
    private func rootDeviceName(of imageID: String, run: StageRun) throws(StageError) -> String {
        let images = try run.aws("describing the AMI \(imageID)", failure: .launchFailed) {
            try clients.ec2.describeImages(DescribeImagesRequest(imageIDs: [imageID])).items
        }
        guard let image = images.first else {
            throw run.error(.launchFailed, "the AMI \(imageID) chosen by validate-ami no longer exists (deregistered?); start the experiment again to pick the newest image")
        }
        let root = image.blockDeviceMappings.first { $0.snapshotID != nil }?.deviceName ?? image.blockDeviceMappings.first?.deviceName
        return root ?? Self.defaultRootDevice
    }

    /// Amazon Linux 2023's root device, for an image that lists no block devices.
    static let defaultRootDevice = "/dev/xvda"
}
