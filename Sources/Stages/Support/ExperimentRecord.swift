import AWSCore
import AWSServices

/// The experiment's record in the experiments table (key `experimentId`; docs/stages.md, "The experiment
/// record"): created once by validate-ami, then every stage sets its own attributes and its entry in
/// `stages` (`{status, at, detail}`).
///
/// Every write is an `UpdateItem` that sets fixed values, so repeating it is harmless, and never replaces
/// the whole item, so a stage cannot erase what another stage wrote.
///
/// See: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html
public struct ExperimentRecord: Sendable {
    /// Attribute names of the record that more than one stage (or the `lab` CLI) reads.
    public enum Attribute {
        public static let experimentID = "experimentId"
        public static let executionArn = "executionArn"
        /// `RUNNING` until teardown records the outcome.
        public static let status = "status"
        /// Map of stage name → `{status, at, detail}`.
        public static let stages = "stages"
        /// validate-ami's list of the planned workloads (`{index, name, expectedSeconds}`); what happened to
        /// each is under `WorkloadRecord.attribute`.
        public static let workloads = "workloads"
    }

    public let dynamoDB: DynamoDBClient
    public let table: String

    public init(dynamoDB: DynamoDBClient, table: String) {
        self.dynamoDB = dynamoDB
        self.table = table
    }

    /// Creates the record for `executionArn`, or accepts the record that same execution created before
    /// (a retried validate-ami). `attributes` are set either way; `stages` only when the record is new.
    ///
    /// - Returns: false when the record belongs to another execution (nothing was written).
    /// - Throws: `AWSError`.
    public func create(
        experimentID: String, executionArn: String, stage: Stage, at time: Timestamp, attributes: DynamoDBItem
    ) throws -> Bool {
        var update = UpdateExpression()
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            update.set([name], value)
        }
        update.set([Attribute.executionArn], .string(executionArn))
        update.setIfNotExists([Attribute.stages], .map([stage.rawValue: Self.entry("done", at: time, detail: nil)]))
        let id = update.name(Attribute.experimentID), arn = update.name(Attribute.executionArn)
        let sameExecution = update.value(.string(executionArn))
        do {
            try dynamoDB.updateItem(update.request(
                table: table, key: key(experimentID), condition: "attribute_not_exists(\(id)) OR \(arn) = \(sameExecution)"))
            return true
        } catch let error as AWSError where error.isConditionalCheckFailed {
            return false
        }
    }

    /// Records a stage's status (`done`, `waiting`, `running`, `failed`, …) and optional detail with its time,
    /// and sets `fields`, creating their parent maps when missing.
    ///
    /// - Parameters:
    ///   - condition: an extra condition, ANDed with "the record exists"; its placeholders (`conditionNames`,
    ///     `conditionValues`) must not start with `#n` or `:v`, which this writer uses.
    /// - Throws: `AWSError`; `ConditionalCheckFailedException` when there is no record (validate-ami creates it)
    ///   or `condition` is false.
    public func update(
        _ experimentID: String, stage: Stage, status: String, at time: Timestamp, detail: String? = nil,
        setting fields: [RecordField] = [], condition: String? = nil, conditionNames: [String: String] = [:],
        conditionValues: DynamoDBItem = [:]
    ) throws {
        var update = UpdateExpression()
        update.set([Attribute.stages, stage.rawValue], Self.entry(status, at: time, detail: detail))
        for field in fields {
            update.set(field.path, field.value)
        }
        let exists = "attribute_exists(\(update.name(Attribute.experimentID)))"
        var request = update.request(
            table: table, key: key(experimentID), condition: condition.map { "\(exists) AND (\($0))" } ?? exists)
        request.expressionAttributeNames.merge(conditionNames) { ours, _ in ours }
        request.expressionAttributeValues.merge(conditionValues) { ours, _ in ours }
        do {
            try dynamoDB.updateItem(request)
        } catch let error as AWSError where Self.isMissingParent(error) {
            try createParents(of: [[Attribute.stages, stage.rawValue]] + fields.map(\.path), experimentID: experimentID)
            try dynamoDB.updateItem(request)
        }
    }

    /// The record, read consistently (it sees every write acknowledged before), or nil when there is none.
    public func read(_ experimentID: String) throws -> DynamoDBItem? {
        try dynamoDB.getItem(GetItemRequest(tableName: table, key: key(experimentID), consistentRead: true))
    }

    /// DynamoDB cannot `SET a.b.c` while `a.b` is missing ("The document path provided in the update
    /// expression is invalid for update"); one call per depth creates the missing maps, never replacing one.
    private func createParents(of paths: [[String]], experimentID: String) throws {
        let depth = paths.map(\.count).max() ?? 0
        guard depth > 1 else { return }
        for length in 1..<depth {
            var parents: [[String]] = []
            for path in paths where path.count > length && !parents.contains(Array(path.prefix(length))) {
                parents.append(Array(path.prefix(length)))
            }
            guard !parents.isEmpty else { continue }
            var update = UpdateExpression()
            for parent in parents {
                update.setIfNotExists(parent, .map([:]))
            }
            let exists = "attribute_exists(\(update.name(Attribute.experimentID)))"
            try dynamoDB.updateItem(update.request(table: table, key: key(experimentID), condition: exists))
        }
    }

    private static func isMissingParent(_ error: AWSError) -> Bool {
        error.code == "ValidationException" && error.message.contains("document path")
    }

    private func key(_ experimentID: String) -> DynamoDBItem {
        [Attribute.experimentID: .string(experimentID)]
    }

    static func entry(_ status: String, at time: Timestamp, detail: String?) -> DynamoDBValue {
        var entry: [String: DynamoDBValue] = ["status": .string(status), "at": .string(time.iso8601String())]
        if let detail { entry["detail"] = .string(detail) }
        return .map(entry)
    }
}
