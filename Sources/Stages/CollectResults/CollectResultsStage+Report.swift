import AWSCore
import AWSServices
import JSONCoding
import LabCore
import LambdaRuntime

extension CollectResultsStage {
    /// Renders the experiment's report from every workload's result (HTML, Markdown, CSV), judged against the
    /// plan's recent successful runs when the experiment belongs to a plan; writes the three files and returns
    /// where they are, with a presigned link to the HTML page.
    public func report(_ input: CollectResultsInput, logger: LambdaLogger) throws(StageError) -> ReportLocation {
        let run = StageRun(stage: .collectResults, experimentID: input.experiment.experimentId, logger: logger, clock: clock)
        let experiment = input.experiment
        let id = try run.experimentID(of: experiment)
        let keys = ExperimentKeys(experimentID: id.value)
        let bucket = self.bucket
        let spec = try run.wrapping { try bucket.spec(of: experiment, stage: .collectResults) }

        // The headlines say which workloads ran; their results are read again from S3 (they are the source).
        let headlines = (input.workloads ?? []).sorted { $0.index < $1.index }
        var workloads: [ReportedWorkload] = []
        for headline in headlines {
            guard spec.workloads.indices.contains(headline.index) else {
                throw run.error(
                    .configurationError,
                    "the headline of workload \(headline.index) (\(headline.workload)) has no workload in the spec at \(bucket.uri(experiment.specKey)); pass the Map's output unchanged")
            }
            let workload = spec.workloads[headline.index]
            let files = WorkloadFiles(keys: keys, index: headline.index, workloadName: workload.name)
            workloads.append(try reportedWorkload(files: files, resultKey: files.result, logKey: files.log, targetRate: workload.producerRate, run: run))
        }

        let record = self.record
        let item = try run.aws("reading the experiment's record", failure: .resultsInvalid) { try record.read(id.value) }
        var nightly: NightlyComparison?
        var baselineNote: String?
        if let plan = experiment.plan ?? spec.plan {
            // A baseline that could not be read gives no verdict at all (not "insufficient history", which
            // would say the plan has too few runs); the note says why.
            let baseline = planBaseline(plan: plan, excluding: id.value, run: run)
            baselineNote = baseline.note
            if baseline.note == nil {
                nightly = NightlyComparison(plan: plan, run: workloads.map(\.summary), baselineRuns: baseline.runs)
            }
        }

        let now = clock()
        let provenance = ReportProvenance(
            title: id.value, experimentID: id.value, plan: experiment.plan ?? spec.plan, executionARN: experiment.executionArn,
            spec: spec, amiID: experiment.amiId, amiName: item?["amiName"]?.stringValue, pulsarVersion: experiment.pulsarVersion,
            region: experiment.region, startedAt: experiment.createdAt, finishedAt: now.iso8601String(),
            costEstimate: costEstimate(spec: spec, id: id, experiment: experiment, now: now),
            renderedAt: now.iso8601String(), renderedBy: Stage.collectResults.rawValue)
        let report = ExperimentReport(provenance: provenance, workloads: workloads, nightly: nightly)

        try run.aws("writing the report under \(bucket.uri(keys.prefix + "report/"))", failure: .resultsInvalid) {
            try bucket.put(keys.reportHTML, text: HTMLReport.render(report), contentType: ResultsBucket.ContentType.html)
            try bucket.put(keys.reportMarkdown, text: MarkdownReport.render(report), contentType: ResultsBucket.ContentType.markdown)
            try bucket.put(keys.reportCSV, text: CSVReport.render(report), contentType: ResultsBucket.ContentType.csv)
        }
        let location = ReportLocation(
            reportKey: keys.reportHTML, markdownKey: keys.reportMarkdown, csvKey: keys.reportCSV, reportUri: bucket.uri(keys.reportHTML),
            verdict: nightly?.overall.rawValue, baselineNote: baselineNote)

        var entry: [String: DynamoDBValue] = [
            "reportKey": .string(location.reportKey), "markdownKey": .string(location.markdownKey), "csvKey": .string(location.csvKey),
            "simulated": .bool(report.isSimulated),
        ]
        if let verdict = location.verdict { entry["verdict"] = .string(verdict) }
        if let nightly { entry["baselineRuns"] = .list(nightly.baselineRuns.map(DynamoDBValue.string)) }
        try run.aws("recording the report", failure: .resultsInvalid) {
            try record.update(
                id.value, stage: .collectResults, status: "done", at: now, detail: "report",
                setting: [RecordField([CollectResultsRecord.report], .map(entry))])
        }
        run.logger.info("report written", [
            "reportKey": .string(location.reportKey), "verdict": location.verdict.map(JSONValue.string) ?? .null,
            "workloads": .number(JSONNumber(workloads.count)), "simulated": .bool(report.isSimulated),
        ])
        return location
    }

    /// What the cluster cost so far plus the wrap-up (report, teardown), at on-demand prices.
    func costEstimate(spec: ExperimentSpec, id: ExperimentID, experiment: Experiment, now: Timestamp) -> CostEstimate {
        var minutes = spec.estimatedDurationMinutes
        do {
            let started = try Timestamp(iso8601: experiment.createdAt)
            minutes = Int((Double(now.seconds - started.seconds) / 60).rounded(.up)) + ExperimentSpec.wrapUpMinutes
        } catch {
            // validate-ami wrote createdAt; if it cannot be read, the spec's upper estimate stands in.
        }
        return CostEstimate(layout: ClusterLayout(spec: spec, experimentID: id), durationMinutes: max(minutes, 1))
    }
}
