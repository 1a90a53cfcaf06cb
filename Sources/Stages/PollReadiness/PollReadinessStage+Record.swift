import AWSCore
import AWSServices
import JSONCoding
import LabCore

/// The end of a pass: what goes into the record and, once ready, into cluster.json and the result.
extension PollReadinessStage {
    /// Records this pass: the stage's status with who is not ready, and the health commands to read next time.
    func recordPass(
        _ record: ExperimentRecord, id: ExperimentID, status: String, detail: String, commands: [HealthCommand], at time: Timestamp,
        run: StageRun
    ) throws(StageError) {
        try run.aws("recording the readiness pass", failure: .configurationError, transient: .clusterNotReady) {
            try record.update(
                id.value, stage: .pollReadiness, status: status, at: time, detail: detail,
                setting: [RecordField([PollReadinessRecord.healthCommands], .list(commands.map(\.recordValue)))])
        }
    }

    /// Every node is healthy: cluster.json gets every node's address, the record the readiness time, and the
    /// result is recorded so a repeat returns it unchanged.
    func ready(
        nodes: [ClusterNode], instances: [EC2Instance], status: [String: NodeStatus], launchedAt: Timestamp, cluster: Cluster,
        manifest: ClusterManifest, record: ExperimentRecord, bucket: ResultsBucket, commands: [HealthCommand], run: StageRun
    ) throws(StageError) -> Readiness {
        let now = clock()
        let listed = Set(nodes.map(\.instanceId))
        let refreshed = ClusterNode.nodes(from: instances.filter { listed.contains($0.instanceID) })
        let updated = ClusterManifest(experimentId: manifest.experimentId, nodes: refreshed)
        var healthySince = launchedAt
        for case .healthy(let at?) in status.values {
            do {
                healthySince = max(healthySince, try Timestamp(iso8601: at))
            } catch {
                run.logger.warn("SSM reported an end time that is not RFC 3339 (\(at)); healthySince leaves it out")
            }
        }
        let readiness = Readiness(
            readyAt: now.iso8601String(), healthySince: healthySince.iso8601String(), launchedAt: cluster.launchedAt,
            secondsToReady: Int(now.seconds - launchedAt.seconds), nodes: refreshed.count, brokers: updated.nodes(ClusterComponent.broker.rawValue).compactMap(\.privateIpAddress),
            clusterKey: cluster.clusterKey)
        try run.aws("writing \(bucket.uri(cluster.clusterKey))", failure: .configurationError, transient: .clusterNotReady) {
            try bucket.putJSON(cluster.clusterKey, try JSON.encodeToValue(updated))
        }
        try run.aws("recording readiness", failure: .configurationError, transient: .clusterNotReady) {
            try record.update(
                manifest.experimentId, stage: .pollReadiness, status: "done", at: now,
                detail: "\(refreshed.count) nodes healthy \(readiness.secondsToReady) s after launch",
                setting: [
                    RecordField([PollReadinessRecord.readyAt], .string(readiness.readyAt)),
                    RecordField([PollReadinessRecord.readiness], DynamoDBValue(json: try JSON.encodeToValue(readiness))),
                    RecordField([PollReadinessRecord.healthCommands], .list(commands.map(\.recordValue))),
                ])
        }
        run.logger.info("cluster ready", [
            "readyAt": .string(readiness.readyAt), "healthySince": .string(readiness.healthySince),
            "secondsToReady": .number(JSONNumber(readiness.secondsToReady)),
        ])
        return readiness
    }
}
