import AWSCore
import AWSServices
import LabCore

/// Reading an experiment's files in the results bucket for `lab results`, `report ID` and `compare ID`, with
/// one-line errors that say what to do.
extension LabSession {
    /// `s3://bucket/key` of a key in the results bucket.
    func resultsURI(_ key: String) -> String { "s3://\(configuration.resultsBucket)/\(key)" }

    /// The bytes of `key` in the results bucket.
    ///
    /// - Throws: `.notFound` naming `what` when the object is missing, else the call's error.
    func resultsObject(_ key: String, what: String) throws(LabCLIError) -> [UInt8] {
        guard let bytes = try resultsObjectIfPresent(key, what: what) else {
            throw LabCLIError(code: .notFound, message: "\(what) \(resultsURI(key)) does not exist (deleted, or never written); lab logs shows what the experiment did")
        }
        return bytes
    }

    /// The bytes of `key`, nil when there is no such object.
    func resultsObjectIfPresent(_ key: String, what: String) throws(LabCLIError) -> [UInt8]? {
        try call("reading \(what) \(resultsURI(key))") {
            do {
                return try s3.getObject(GetObjectRequest(bucket: configuration.resultsBucket, key: key)).body
            } catch let error as AWSError where error.code == "NoSuchKey" {
                return nil
            }
        }
    }

    /// An experiment's workloads as LabCore reads them: each recorded result file parsed again with the target
    /// rate its summary used (what collect-results does for the nightly baseline).
    func reportedWorkloads(of experiment: StoredExperiment) throws(LabCLIError) -> [ReportedWorkload] {
        var workloads: [ReportedWorkload] = []
        for run in experiment.runsWithResults {
            guard let key = run.resultKey else { continue }
            let bytes = try resultsObject(key, what: "the result of workload \(run.folder) of \(experiment.id)")
            do {
                workloads.append(try ReportedWorkload.parse(bytes, source: resultsURI(key), targetRate: run.targetRate))
            } catch {
                throw LabCLIError(code: .invalidResult, message: error.message)
            }
        }
        return workloads
    }
}
