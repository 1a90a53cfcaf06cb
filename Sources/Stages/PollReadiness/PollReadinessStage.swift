import AWSCore
import AWSServices
import JSONCoding
import LabCore
import LambdaRuntime

/// poll-readiness: ONE pass of the health cascade, no waiting — EC2 running → SSM agent online → the node's
/// `health-check` (run by SSM) healthy. Returns `Readiness` when every node is healthy; otherwise throws
/// `ClusterNotReady` naming each node that is not and at which step (the state machine retries it),
/// `ClusterFailed` when a node died or a service failed, `ReadinessTimedOut` once the spec's budget, counted
/// from the launch, is spent.
///
/// A pass cannot wait for the health-check command it sends, so it keeps the command ids in the record and
/// reads their results on the next pass (sending new ones for nodes whose last check finished, or is older
/// than a minute). Safe to repeat: once ready, the recorded `Readiness` is returned as it was.
public struct PollReadinessStage: Sendable {
    public var environment: StageEnvironment
    public var clients: StageClients
    public var clock: @Sendable () -> Timestamp

    public init(environment: StageEnvironment, clients: StageClients, clock: @escaping @Sendable () -> Timestamp = { .now() }) {
        self.environment = environment
        self.clients = clients
        self.clock = clock
    }

    /// SSM's `DescribeInstanceInformation` takes at most this many instance ids per filter.
    static let instanceIDsPerFilter = 50
    /// How many nodes a message names before it says "and N more".
    static let namedNodesLimit = 10

    public func run(_ input: PollReadinessInput, logger: LambdaLogger) throws(StageError) -> Readiness {
        let experiment = input.experiment, cluster = input.cluster.result
        let run = StageRun(stage: .pollReadiness, experimentID: experiment.experimentId, logger: logger, clock: clock)
        let id = try run.experimentID(of: experiment)
        let launchedAt = try run.timestamp(cluster.launchedAt, field: "cluster.result.launchedAt")
        let record = ExperimentRecord(dynamoDB: clients.dynamoDB, table: environment.experimentsTable)
        let bucket = ResultsBucket(s3: clients.s3, name: environment.resultsBucket)

        let item = try run.aws("reading the experiment's record", failure: .configurationError, transient: .clusterNotReady) {
            try record.read(id.value)
        }
        if let stored = item?[PollReadinessRecord.readiness] {
            do {
                let readiness = try JSON.decode(Readiness.self, from: stored.jsonValue)
                run.logger.info("the cluster was already found ready; returning that result", ["readyAt": .string(readiness.readyAt)])
                return readiness
            } catch {
                run.logger.warn("the recorded readiness does not read (\(error)); checking the cluster again")
            }
        }
        let manifest = try run.wrapping { try bucket.clusterManifest(at: cluster.clusterKey, experimentID: id.value, stage: .pollReadiness) }
        let nodes = manifest.nodes

        // 1. EC2
        let instances = try run.aws("describing the cluster's instances", failure: .configurationError, transient: .clusterNotReady) {
            try clients.ec2.describeAllInstances(DescribeInstancesRequest(filters: [EC2Filter.tag(TagKeys.experimentID, id.value)]))
        }
        var status: [String: NodeStatus] = [:]
        var running: [ClusterNode] = []
        for node in nodes {
            guard let instance = instances.first(where: { $0.instanceID == node.instanceId }) else {
                status[node.instanceId] = .failed("instance \(node.instanceId) no longer exists")
                continue
            }
            switch instance.state.name {
            case "running":
                running.append(node)
            case "pending":
                status[node.instanceId] = .notReady("EC2 pending")
            default:
                let reason = instance.stateReason.map { " (\($0.code)\($0.message.map { ": " + $0 } ?? ""))" } ?? ""
                status[node.instanceId] = .failed("EC2 \(instance.state.name)\(reason)")
            }
        }

        // 2. SSM agent
        var online: [ClusterNode] = []
        if !running.isEmpty {
            let agents = try ssmAgents(of: running.map(\.instanceId), run: run)
            for node in running {
                if let agent = agents[node.instanceId], agent.isOnline {
                    online.append(node)
                } else {
                    status[node.instanceId] = .notReady("SSM agent \(agents[node.instanceId]?.pingStatus.map { $0 == "ConnectionLost" ? "connection lost" : $0 } ?? "offline")")
                }
            }
        }

        // 3. health-check results of earlier passes, then new commands where needed
        let now = clock()
        let stored = HealthCommand.commands(in: item)
        if stored.unreadable > 0 {
            run.logger.warn("\(stored.unreadable) recorded health command(s) do not read (written by another build); sending new ones")
        }
        var commands = stored.commands.filter { $0.isFresh(at: now) }
        var checking: Set<String> = []
        for node in online {
            guard let command = commands.last(where: { $0.instanceIDs.contains(node.instanceId) }) else { continue }
            let (nodeStatus, finished) = try healthResult(of: command, node: node, experimentID: id.value, run: run)
            status[node.instanceId] = nodeStatus
            if !finished { checking.insert(node.instanceId) }
        }
        for component in ClusterComponent.allCases {
            let targets = online.filter {
                $0.component == component.rawValue && !checking.contains($0.instanceId) && status[$0.instanceId]?.isHealthy != true
                    && !Self.isFailed(status[$0.instanceId])
            }
            guard !targets.isEmpty else { continue }
            if let sent = try sendHealthCheck(component: component, to: targets, at: now, run: run) {
                commands.append(sent)
                for node in targets where status[node.instanceId] == nil {
                    status[node.instanceId] = .notReady("health check sent")
                }
            } else {
                for node in targets where status[node.instanceId] == nil {
                    status[node.instanceId] = .notReady("SSM cannot deliver the health check yet")
                }
            }
        }

        let failed = nodes.filter { Self.isFailed(status[$0.instanceId]) }
        let notReady = nodes.filter { status[$0.instanceId]?.isHealthy != true && !Self.isFailed(status[$0.instanceId]) }
        let summary = Self.summary(of: failed.isEmpty ? notReady : failed, status: status, total: nodes.count, failed: !failed.isEmpty)
        run.logger.info("readiness pass", [
            "attempt": input.attempt.map { .number(JSONNumber($0)) } ?? .null, "nodes": .number(JSONNumber(nodes.count)),
            "notReady": .number(JSONNumber(notReady.count)), "failed": .number(JSONNumber(failed.count)),
        ])

        if !failed.isEmpty {
            try recordPass(record, id: id, status: "failed", detail: summary, commands: commands, at: now, run: run)
            throw run.error(
                .clusterFailed, "\(summary). The cluster cannot become ready: the experiment tears down; fix the cause (see the node's /var/log/cloud-init-output.log or journalctl via SSM) and start it again")
        }
        if notReady.isEmpty {
            return try ready(
                nodes: nodes, instances: instances, status: status, launchedAt: launchedAt, cluster: cluster, manifest: manifest,
                record: record, bucket: bucket, commands: commands, run: run)
        }
        let elapsed = now.seconds - launchedAt.seconds
        if elapsed > Int64(experiment.readinessBudgetSeconds) {
            try recordPass(record, id: id, status: "failed", detail: summary, commands: commands, at: now, run: run)
            throw run.error(
                .readinessTimedOut,
                "the cluster is not ready \(elapsed) s after launch, beyond the readiness budget of \(experiment.readinessBudgetSeconds) s: \(summary); raise readinessBudgetMinutes if the cluster is just slow, else look at those nodes (SSM Session Manager, /var/log/cloud-init-output.log)")
        }
        try recordPass(record, id: id, status: "waiting", detail: summary, commands: commands, at: now, run: run)
        throw run.error(
            .clusterNotReady, "\(summary) (\(elapsed) s after launch, budget \(experiment.readinessBudgetSeconds) s). Nothing to do: the state machine checks again")
    }

    static func isFailed(_ status: NodeStatus?) -> Bool {
        if case .failed = status { return true }
        return false
    }

    /// `2 of 9 nodes not ready: zookeeper-1 (SSM agent offline), broker-0 (health: …)`.
    static func summary(of nodes: [ClusterNode], status: [String: NodeStatus], total: Int, failed: Bool) -> String {
        let named = nodes.prefix(namedNodesLimit).map { node -> String in
            switch status[node.instanceId] {
            case .notReady(let detail)?, .failed(let detail)?: return "\(node.name) (\(detail))"
            case .healthy?: return "\(node.name) (healthy)"
            case nil: return "\(node.name) (not checked)"
            }
        }
        var text = "\(nodes.count) of \(total) node\(total == 1 ? "" : "s") \(failed ? "failed" : "not ready"): " + named.joined(separator: ", ")
        if nodes.count > namedNodesLimit { text += ", and \(nodes.count - namedNodesLimit) more" }
        return text
    }
}
