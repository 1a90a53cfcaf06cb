import AWSCore
import AWSServices
import LabCore

/// Reading experiments: the record in the experiments table and the execution in Step Functions.
extension LabSession {
    /// An experiment as the lab knows it: its record (validate-ami writes it) and its execution; at least
    /// one of them exists.
    struct FoundExperiment {
        var id: String
        var executionArn: String
        var record: ExperimentRecordView?
        var execution: SFNExecution?
    }

    /// The record of `id`, or `nil` when the table has none.
    func experimentRecord(of id: String) throws(LabCLIError) -> ExperimentRecordView? {
        let item = try call("reading the record of experiment \(id) from the table \(configuration.experimentsTable)") {
            try dynamoDB.getItem(GetItemRequest(
                tableName: configuration.experimentsTable, key: ["experimentId": .string(id)], consistentRead: true))
        }
        return item.map(ExperimentRecordView.init(item:))
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

    /// Experiment `id`: its record, and its execution (the record's `executionArn`, else the execution named
    /// `id`).
    ///
    /// - Throws: `.invalidArguments` for an id that breaks the rule, `.notFound` when neither exists.
    func findExperiment(_ id: String) throws(LabCLIError) -> FoundExperiment {
        try Self.checkID(id)
        let record = try experimentRecord(of: id)
        let arn = record?.executionArn ?? executionArn(experimentID: id)
        let execution = try executionIfPresent(arn: arn)
        guard record != nil || execution != nil else {
            throw LabCLIError(
                code: .notFound,
                message: "no experiment \(id): the table \(configuration.experimentsTable) has no record of it and the state machine \(Self.name(ofArn: configuration.stateMachineArn)) no execution named so; `lab list` shows the experiments there are")
        }
        return FoundExperiment(id: id, executionArn: arn, record: record, execution: execution)
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
