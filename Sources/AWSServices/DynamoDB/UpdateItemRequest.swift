import AWSCore
import JSONCoding

/// `UpdateItem` with an update expression, optionally conditional, optionally returning attributes.
///
/// Whether a repeat is harmless depends on the expression: `SET #s = :done` is, `ADD attempts :one` is
/// not. So the caller says: `idempotency` defaults to `.nonIdempotent` (never retried after a failure that
/// may have reached DynamoDB); pass `.idempotent` for expressions that only set fixed values.
///
/// See: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html
public struct UpdateItemRequest: AWSServiceRequest {
    public var tableName: String
    public var key: DynamoDBItem
    public var updateExpression: String
    public var conditionExpression: String?
    public var expressionAttributeNames: [String: String]
    public var expressionAttributeValues: DynamoDBItem
    /// `NONE`, `ALL_OLD`, `UPDATED_OLD`, `ALL_NEW`, `UPDATED_NEW`; `nil` is DynamoDB's default (`NONE`).
    public var returnValues: String?
    public var idempotency: AWSOperation.Idempotency

    public init(
        tableName: String, key: DynamoDBItem, updateExpression: String, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String] = [:], expressionAttributeValues: DynamoDBItem = [:],
        returnValues: String? = nil, idempotency: AWSOperation.Idempotency = .nonIdempotent
    ) {
        self.tableName = tableName
        self.key = key
        self.updateExpression = updateExpression
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValues = returnValues
        self.idempotency = idempotency
    }

    public var operation: AWSOperation {
        var body: JSONObject = [
            "TableName": .string(tableName), "Key": DynamoDBValue.wireJSON(of: key), "UpdateExpression": .string(updateExpression),
        ]
        if let conditionExpression { body["ConditionExpression"] = .string(conditionExpression) }
        body.setExpressionAttributes(names: expressionAttributeNames, values: expressionAttributeValues)
        if let returnValues { body["ReturnValues"] = .string(returnValues) }
        return .json(.dynamoDB, "UpdateItem", body, idempotency: idempotency)
    }

    public func decode(_ response: HTTPResponse) throws -> DynamoDBItem? {
        let root = try JSONFields(body: response.body)
        return try root.value("Attributes").map { try DynamoDBValue.item(wire: $0, path: "Attributes") }
    }
}
