import AWSCore
import JSONCoding

/// `PutItem`, optionally conditional (`attribute_not_exists(experimentId)` creates a record only once).
/// A put writes the whole item, so a repeat is harmless: retried. A repeat of a conditional create can
/// answer `ConditionalCheckFailedException` for the item its first attempt wrote.
///
/// See: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html
public struct PutItemRequest: AWSServiceRequest {
    public var tableName: String
    public var item: DynamoDBItem
    public var conditionExpression: String?
    /// `#name` placeholders in expressions.
    public var expressionAttributeNames: [String: String]
    /// `:value` placeholders in expressions.
    public var expressionAttributeValues: DynamoDBItem

    public init(
        tableName: String, item: DynamoDBItem, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String] = [:], expressionAttributeValues: DynamoDBItem = [:]
    ) {
        self.tableName = tableName
        self.item = item
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
    }

    public var operation: AWSOperation {
        var body: JSONObject = ["TableName": .string(tableName), "Item": DynamoDBValue.wireJSON(of: item)]
        if let conditionExpression { body["ConditionExpression"] = .string(conditionExpression) }
        body.setExpressionAttributes(names: expressionAttributeNames, values: expressionAttributeValues)
        return .json(.dynamoDB, "PutItem", body, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws {}
}
