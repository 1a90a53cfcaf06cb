import AWSCore
import AWSServices
import LabCore

/// Reading experiments by id: the record in the experiments table and the execution in Step Functions. Every
/// command finds an experiment through `findExperiment` or `recordedExperiment`, so an id breaking the rule, an id
/// the lab does not know and a missing table fail with the same one-line error everywhere.
extension LabSession {
    /// Experiment `id`: its record, and its execution (the record's `executionArn`, else the execution named
    /// `id`), for the commands that show both (`lab status`, `lab logs`).
    ///
    /// - Throws: `.invalidArguments` for an id that breaks the rule, `.notFound` when neither exists
    ///   (`unknownExperiment`), `.configuration` when the table is missing, else the call's error.
    func findExperiment(_ id: String) throws(LabCLIError) -> FoundExperiment {
        try Self.checkID(id)
        let record = try experimentRecord(of: id)
        let arn = record?.executionArn ?? executionArn(experimentID: id)
        let execution = try executionIfPresent(arn: arn)
        guard record != nil || execution != nil else { throw unknownExperiment(id) }
        return FoundExperiment(id: id, executionArn: arn, record: record, execution: execution)
    }

    /// The record of experiment `id`, for the commands that read only what the stages recorded (`lab results`,
    /// `report ID`, `compare ID`, `cost`): Step Functions is asked only when the table has no record, to tell an
    /// experiment that is not recorded yet from an unknown id.
    ///
    /// - Throws: as `findExperiment`; `.notFound` too, saying so, when the execution exists but validate-ami has
    ///   not recorded the experiment (yet).
    func recordedExperiment(_ id: String) throws(LabCLIError) -> StoredExperiment {
        try Self.checkID(id)
        if let record = try experimentRecord(of: id) { return record }
        guard let execution = try executionIfPresent(arn: executionArn(experimentID: id)) else { throw unknownExperiment(id) }
        if execution.isRunning {
            throw LabCLIError(
                code: .notFound,
                message: "experiment \(id) has no record yet: its execution is RUNNING and validate-ami records it once the spec and the AMI are checked; `lab status \(id)` follows it")
        }
        throw LabCLIError(
            code: .notFound,
            message: "experiment \(id) has no record: its execution ended \(execution.status) before validate-ami recorded it; `lab logs \(id)` tells why")
    }

    /// The record of `id`, or `nil` when the table has none.
    ///
    /// - Throws: `.configuration` when the table itself is missing, else the call's error.
    func experimentRecord(of id: String) throws(LabCLIError) -> StoredExperiment? {
        let table = configuration.experimentsTable
        let item = try call("reading the record of experiment \(id) from the table \(table)") {
            do {
                return try dynamoDB.getItem(GetItemRequest(tableName: table, key: ["experimentId": .string(id)], consistentRead: true))
            } catch let error as AWSError where error.code == "ResourceNotFoundException" {
                throw LabCLIError(
                    code: .configuration,
                    message: "the experiments table \(table) does not exist in \(region) (\(configuration.source)); \(LabConfiguration.howToConfigure)")
            }
        }
        return item.map { StoredExperiment(record: $0, id: id) }
    }

    /// The execution with `arn`, or `nil` when Step Functions has none.
    func executionIfPresent(arn: String) throws(LabCLIError) -> SFNExecution? {
        try call("describing the execution \(arn)") {
            do {
                return try stepFunctions.describeExecution(DescribeExecutionRequest(executionARN: arn))
            } catch let error as AWSError where error.code == "ExecutionDoesNotExist" {
                return nil
            }
        }
    }

    /// The one error for an id that neither the table nor the state machine knows.
    func unknownExperiment(_ id: String) -> LabCLIError {
        LabCLIError(
            code: .notFound,
            message: "no experiment \(id): the table \(configuration.experimentsTable) has no record of it and the state machine \(Self.name(ofArn: configuration.stateMachineArn)) no execution named so; `lab list` shows the experiments there are")
    }

    /// - Throws: `.invalidArguments` naming the rule when `id` is not an experiment id.
    static func checkID(_ id: String) throws(LabCLIError) {
        do {
            _ = try ExperimentID(id)
        } catch {
            throw LabCLIError(code: .invalidArguments, message: error.message + "; `lab list` shows the experiments there are")
        }
    }

    /// The experiment id of an execution, as validate-ami derives it: the name when it follows the id rule,
    /// else `exp-<start time>-<6 characters from the SHA-256 of the ARN>`.
    static func experimentID(of execution: SFNExecutionSummary) -> String {
        ExperimentID.forExecution(
            named: execution.name, startedAt: execution.startDate, entropy: Crypto.sha256(Array(execution.executionARN.utf8))
        ).value
    }

    /// The last part of an ARN (`…:stateMachine:pulsar-aws-lab-experiment` → `pulsar-aws-lab-experiment`).
    static func name(ofArn arn: String) -> String {
        arn.split(separator: ":").last.map(String.init) ?? arn
    }
}
