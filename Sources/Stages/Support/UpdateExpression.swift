import AWSServices

/// A `SET` update expression with every name and value behind a placeholder (`#n0`, `:v0`), so attribute
/// names that are DynamoDB reserved words (`status`) or hold `-` (`validate-ami`) are safe.
///
/// See: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
struct UpdateExpression {
    private var clauses: [String] = []
    private(set) var names: [String: String] = [:]
    private(set) var values: DynamoDBItem = [:]

    /// The placeholder of an attribute name, reused when the name repeats.
    mutating func name(_ attribute: String) -> String {
        if let existing = names.first(where: { $0.value == attribute })?.key { return existing }
        let placeholder = "#n\(names.count)"
        names[placeholder] = attribute
        return placeholder
    }

    /// The placeholder of a value.
    mutating func value(_ value: DynamoDBValue) -> String {
        let placeholder = ":v\(values.count)"
        values[placeholder] = value
        return placeholder
    }

    /// `SET a.b = :v`.
    mutating func set(_ path: [String], _ newValue: DynamoDBValue) {
        clauses.append("\(target(path)) = \(value(newValue))")
    }

    /// `SET a.b = if_not_exists(a.b, :v)`: only when absent.
    mutating func setIfNotExists(_ path: [String], _ newValue: DynamoDBValue) {
        let target = target(path)
        clauses.append("\(target) = if_not_exists(\(target), \(value(newValue)))")
    }

    private mutating func target(_ path: [String]) -> String {
        path.map { name($0) }.joined(separator: ".")
    }

    var expression: String { "SET " + clauses.joined(separator: ", ") }

    func request(table: String, key: DynamoDBItem, condition: String?) -> UpdateItemRequest {
        UpdateItemRequest(
            tableName: table, key: key, updateExpression: expression, conditionExpression: condition,
            expressionAttributeNames: names, expressionAttributeValues: values, idempotency: .idempotent)
    }
}
