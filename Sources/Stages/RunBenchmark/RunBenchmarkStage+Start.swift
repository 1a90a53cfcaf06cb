import AWSCore
import AWSServices
import JSONCoding
import LabCore
import LambdaRuntime

extension RunBenchmarkStage {
    /// Renders and starts one workload; returns the run recorded for it when one was already started (a
    /// repeated task), so a retry never starts a workload twice.
    public func start(_ input: RunBenchmarkInput, logger: LambdaLogger) throws(StageError) -> BenchmarkRun {
        let run = stageRun(input, logger: logger)
        let id = try run.experimentID(of: input.experiment)
        let ref = input.workload
        let files = WorkloadFiles(keys: ExperimentKeys(experimentID: id.value), index: ref.index, workloadName: ref.name)

        if let existing = try recordedRun(files: files, run: run) {
            run.logger.info("this workload's benchmark was started before: reusing its command", ["commandId": .string(existing.commandId)])
            return existing
        }

        let bucket = self.bucket
        let spec = try run.wrapping { try bucket.spec(of: input.experiment, stage: .runBenchmark) }
        guard spec.workloads.indices.contains(ref.index), spec.workloads[ref.index].name == ref.name else {
            throw run.error(
                .configurationError,
                "workload \(ref.index) (\(ref.name)) is not in the spec at \(bucket.uri(input.experiment.specKey)), which lists \(spec.workloads.map(\.name)); pass validate-ami's workloads unchanged")
        }
        let workload = spec.workloads[ref.index]
        let cluster = input.cluster.result
        let manifest = try run.wrapping { try bucket.clusterManifest(at: cluster.clusterKey, experimentID: id.value, stage: .runBenchmark) }
        let brokers = try Self.brokerAddresses(manifest, clusterURI: bucket.uri(cluster.clusterKey), run: run)
        let driverText = try run.wrapping { try OMBDriverFile.render(spec.driver, brokers: brokers, experimentID: id) }

        try run.aws("storing the OMB workload and driver files under \(bucket.uri(files.workload))", failure: .benchmarkFailed) {
            try bucket.put(files.workload, text: OMBWorkloadFile.render(workload, experimentID: id), contentType: ResultsBucket.ContentType.yaml)
            try bucket.put(files.driver, text: driverText, contentType: ResultsBucket.ContentType.yaml)
        }

        let command = BenchmarkCommand(
            instanceID: cluster.clientInstanceId, workloadURI: bucket.uri(files.workload), driverURI: bucket.uri(files.driver),
            resultURI: bucket.uri(files.result), logURI: bucket.uri(files.log), region: clients.region,
            executionTimeoutSeconds: workload.benchmarkTimeoutMinutes * 60, outputBucket: bucket.name,
            outputKeyPrefix: files.commandOutputPrefix, comment: "pulsar-aws-lab \(id.value) workload \(files.folder)")
        let sent = try sendCommand(command, run: run)
        let started = BenchmarkRun(
            commandId: sent.commandID, workloadKey: files.workload, driverKey: files.driver, resultKey: files.result,
            logKey: files.log, expectedSeconds: Self.expectedSeconds(workload), startedAt: clock().iso8601String())
        run.logger.info("benchmark started on the client node", [
            "commandId": .string(started.commandId), "instanceId": .string(cluster.clientInstanceId),
            "expectedSeconds": .number(JSONNumber(started.expectedSeconds)),
            "executionTimeoutSeconds": .number(JSONNumber(command.executionTimeoutSeconds)),
        ])
        return try recordStart(started, files: files, workloadName: ref.name, run: run)
    }

    func sendCommand(_ command: BenchmarkCommand, run: StageRun) throws(StageError) -> SSMCommand {
        do {
            return try clients.ssm.sendCommand(command.request)
        } catch let error as AWSError where error.code == "InvalidInstanceId" {
            throw run.error(
                .benchmarkFailed,
                "the client node \(command.instanceID) cannot take the benchmark command (\(error.code): \(error.message)): it stopped, or its SSM agent went offline after the cluster was ready; look at the instance in the EC2 console, then start the experiment again",
                underlying: error)
        } catch {
            throw run.error(
                .benchmarkFailed,
                "starting the benchmark on \(command.instanceID) (SSM SendCommand) failed: \(error); \(Self.advice(error, stage: .runBenchmark))",
                underlying: error)
        }
    }

    /// The brokers' private addresses from cluster.json, in index order.
    static func brokerAddresses(_ manifest: ClusterManifest, clusterURI: String, run: StageRun) throws(StageError) -> [BrokerAddress] {
        var addresses: [BrokerAddress] = []
        for node in manifest.nodes(ClusterComponent.broker.rawValue) {
            guard let ip = node.privateIpAddress else {
                throw run.error(
                    .configurationError,
                    "broker \(node.instanceId) has no private IP address in \(clusterURI); apply-infra and poll-readiness record it: start the experiment again")
            }
            addresses.append(try run.wrapping { try BrokerAddress(ip) })
        }
        guard !addresses.isEmpty else {
            throw run.error(
                .configurationError,
                "\(clusterURI) lists no broker, so OMB has nothing to connect to; apply-infra launches at least one: start the experiment again")
        }
        return addresses
    }

    /// The run recorded under `workloadRuns.<folder>.run`, if this workload was started before.
    func recordedRun(files: WorkloadFiles, run: StageRun) throws(StageError) -> BenchmarkRun? {
        let record = self.record, experimentID = run.experimentID ?? ""
        let item = try run.aws("reading the experiment's record", failure: .benchmarkFailed) { try record.read(experimentID) }
        guard let stored = item?[WorkloadRecord.attribute]?[files.folder]?[WorkloadRecord.run] else { return nil }
        do {
            return try JSON.decode(BenchmarkRun.self, from: stored.jsonValue)
        } catch {
            throw run.error(
                .configurationError,
                "the record's workloadRuns.\(files.folder).run cannot be read (\(error)); another build wrote it: deploy one build of every function",
                underlying: error)
        }
    }

    /// Records the run unless another invocation recorded one first; then that one is returned and the command
    /// this call sent is a duplicate, which the log says (SendCommand has no idempotency token).
    func recordStart(_ started: BenchmarkRun, files: WorkloadFiles, workloadName: String, run: StageRun) throws(StageError) -> BenchmarkRun {
        let path = [WorkloadRecord.attribute, files.folder]
        let runValue: DynamoDBValue
        do {
            runValue = DynamoDBValue(json: try JSON.encodeToValue(started))
        } catch {
            throw run.error(.benchmarkFailed, "the run of command \(started.commandId) cannot be encoded: \(error)", underlying: error)
        }
        let record = self.record, experimentID = run.experimentID ?? "", now = clock()
        do {
            try record.update(
                experimentID, stage: .runBenchmark, status: "running", at: now, detail: "workload \(files.folder)",
                setting: [
                    RecordField(path + [WorkloadRecord.index], .number(String(files.index))),
                    RecordField(path + [WorkloadRecord.name], .string(workloadName)),
                    RecordField(path + [WorkloadRecord.run], runValue),
                ],
                condition: "attribute_not_exists(#cw.#cf.#cr)",
                conditionNames: ["#cw": WorkloadRecord.attribute, "#cf": files.folder, "#cr": WorkloadRecord.run])
            return started
        } catch let error as AWSError where error.isConditionalCheckFailed {
            guard let recorded = try recordedRun(files: files, run: run) else {
                throw run.error(
                    .configurationError,
                    "the experiment has no record in \(environment.experimentsTable) (validate-ami creates it), so the benchmark command \(started.commandId) could not be recorded; start the experiment again",
                    underlying: error)
            }
            run.logger.error(
                "another invocation started this workload at the same moment; its command is kept and this one is a duplicate: cancel it in the SSM console if it still runs",
                ["commandId": .string(recorded.commandId), "duplicateCommandId": .string(started.commandId)])
            return recorded
        } catch {
            throw run.error(
                .benchmarkFailed,
                "recording benchmark command \(started.commandId) failed: \(error); \(Self.advice(error, stage: .runBenchmark)). The command runs on; cancel it in the SSM console before starting the experiment again",
                underlying: error)
        }
    }

    static func advice(_ error: any Error, stage: Stage) -> String {
        guard let error = error as? AWSError else { return "see the error above" }
        return StageRun.advice(for: error, stage: stage)
    }
}
