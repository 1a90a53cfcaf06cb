import AWSCore
import JSONCoding

/// `GetItem` by key; `consistentRead` sees every write acknowledged before it (a stage reading what the
/// previous stage wrote).
///
/// See: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html
public struct GetItemRequest: AWSServiceRequest {
    public var tableName: String
    public var key: DynamoDBItem
    public var consistentRead: Bool

    public init(tableName: String, key: DynamoDBItem, consistentRead: Bool = false) {
        self.tableName = tableName
        self.key = key
        self.consistentRead = consistentRead
    }

    public var operation: AWSOperation {
        var body: JSONObject = ["TableName": .string(tableName), "Key": DynamoDBValue.wireJSON(of: key)]
        if consistentRead { body["ConsistentRead"] = true }
        return .json(.dynamoDB, "GetItem", body, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> DynamoDBItem? {
        let root = try JSONFields(body: response.body)
        return try root.value("Item").map { try DynamoDBValue.item(wire: $0, path: "Item") }
    }
}
