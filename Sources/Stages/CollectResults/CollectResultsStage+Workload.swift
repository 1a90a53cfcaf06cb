import AWSCore
import AWSServices
import JSONCoding
import LabCore
import LambdaRuntime

extension CollectResultsStage {
    /// Reads one workload's OMB result, writes `summary.json`, records the summary and returns the headline.
    public func collect(_ input: CollectResultsInput, logger: LambdaLogger) throws(StageError) -> WorkloadHeadline {
        let run = StageRun(stage: .collectResults, experimentID: input.experiment.experimentId, logger: logger, clock: clock)
        let id = try run.experimentID(of: input.experiment)
        guard let ref = input.workload else {
            throw run.error(
                .configurationError,
                "workload mode needs \"workload\" (and \"run\"); the state machine passes them: deploy statemachine/experiment.asl.json as it is in the repository")
        }
        let files = WorkloadFiles(keys: ExperimentKeys(experimentID: id.value), index: ref.index, workloadName: ref.name)
        let bucket = self.bucket
        let spec = try run.wrapping { try bucket.spec(of: input.experiment, stage: .collectResults) }
        let workload = try self.workload(ref, in: spec, experiment: input.experiment, run: run)
        let resultKey = input.run?.resultKey ?? files.result, logKey = input.run?.logKey ?? files.log
        let reported = try reportedWorkload(files: files, resultKey: resultKey, logKey: logKey, targetRate: workload.producerRate, run: run)

        let summary = Self.summaryDocument(reported, index: ref.index, resultKey: resultKey)
        try run.aws("writing the summary \(bucket.uri(files.summary))", failure: .resultsInvalid) {
            try bucket.putJSON(files.summary, summary)
        }
        let record = self.record, now = clock()
        let path = [WorkloadRecord.attribute, files.folder]
        try run.aws("recording the summary of workload \(files.folder)", failure: .resultsInvalid) {
            try record.update(
                id.value, stage: .collectResults, status: "done", at: now, detail: "workload \(files.folder)",
                setting: [
                    RecordField(path + [WorkloadRecord.summary], DynamoDBValue(json: summary)),
                    RecordField(path + [WorkloadRecord.summaryKey], .string(files.summary)),
                    RecordField(path + [WorkloadRecord.resultKey], .string(resultKey)),
                ])
        }
        let headline = Self.headline(reported, index: ref.index, summaryKey: files.summary)
        run.logger.info("results collected", [
            "workload": .string(ref.name), "status": .string(headline.status.rawValue),
            "simulated": .bool(reported.simulation != nil), "summaryKey": .string(files.summary),
        ])
        return headline
    }

    /// `summary.json`: LabCore's summary, where it came from, and the simulation stamp when there is one.
    /// Nothing time-dependent, so collecting twice writes the same bytes.
    static func summaryDocument(_ reported: ReportedWorkload, index: Int, resultKey: String) -> JSONValue {
        guard case .object(var object) = reported.summary.jsonValue else { return reported.summary.jsonValue }
        object["index"] = .number(JSONNumber(index))
        object["resultKey"] = .string(resultKey)
        object["resultFormat"] = .string(reported.result.format.rawValue)
        if let simulation = reported.simulation {
            object[SimulationStamp.simulatedKey] = .bool(true)
            object[SimulationStamp.modelKey] = simulation.model.map(JSONValue.string)
        }
        return .object(object)
    }

    /// The headline: rates to 0.1 msg/s, latencies to 1 µs (as the summary rounds them).
    static func headline(_ reported: ReportedWorkload, index: Int, summaryKey: String) -> WorkloadHeadline {
        let summary = reported.summary
        return WorkloadHeadline(
            workload: reported.name, index: index, status: summary.isSaturated == true ? .saturated : .ok,
            targetRate: summary.targetRate.map { rounded($0, places: 1) }, achievedRate: rounded(summary.publishRate, places: 1),
            publishLatencyP99Ms: rounded(summary.publishLatency.p99, places: 3),
            endToEndLatencyP99Ms: rounded(summary.endToEndLatency.p99, places: 3), summaryKey: summaryKey,
            simulated: reported.simulation != nil ? true : nil)
    }

    static func rounded(_ value: Double, places: Int) -> Double {
        guard value.isFinite else { return 0 }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
