import AWSCore
import JSONCoding

/// `Query` by partition key (and a sort-key condition), on the table or an index.
///
/// See: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html
public struct QueryRequest: PaginatedRequest {
    public var tableName: String
    public var indexName: String?
    public var keyConditionExpression: String
    /// Applied after reading: `limit` counts items read, not items returned.
    public var filterExpression: String?
    public var expressionAttributeNames: [String: String]
    public var expressionAttributeValues: DynamoDBItem
    /// Items read per page.
    public var limit: Int?
    /// `false` returns the sort key in descending order (newest first).
    public var scanIndexForward: Bool?
    public var consistentRead: Bool
    /// `ExclusiveStartKey`: the previous page's `LastEvaluatedKey`.
    public var pageToken: DynamoDBItem?

    public init(
        tableName: String, indexName: String? = nil, keyConditionExpression: String, filterExpression: String? = nil,
        expressionAttributeNames: [String: String] = [:], expressionAttributeValues: DynamoDBItem = [:], limit: Int? = nil,
        scanIndexForward: Bool? = nil, consistentRead: Bool = false, pageToken: DynamoDBItem? = nil
    ) {
        self.tableName = tableName
        self.indexName = indexName
        self.keyConditionExpression = keyConditionExpression
        self.filterExpression = filterExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.limit = limit
        self.scanIndexForward = scanIndexForward
        self.consistentRead = consistentRead
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var body: JSONObject = ["TableName": .string(tableName)]
        if let indexName { body["IndexName"] = .string(indexName) }
        if let limit { body["Limit"] = .number(JSONNumber(limit)) }
        if consistentRead { body["ConsistentRead"] = true }
        if let scanIndexForward { body["ScanIndexForward"] = .bool(scanIndexForward) }
        if let pageToken { body["ExclusiveStartKey"] = DynamoDBValue.wireJSON(of: pageToken) }
        if let filterExpression { body["FilterExpression"] = .string(filterExpression) }
        body["KeyConditionExpression"] = .string(keyConditionExpression)
        body.setExpressionAttributes(names: expressionAttributeNames, values: expressionAttributeValues)
        return .json(.dynamoDB, "Query", body, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> DynamoDBQueryPage {
        let root = try JSONFields(body: response.body)
        let items = try root.array("Items").enumerated().map {
            try DynamoDBValue.item(wire: $1, path: "Items[\($0)]")
        }
        let lastKey = try root.value("LastEvaluatedKey").map { try DynamoDBValue.item(wire: $0, path: "LastEvaluatedKey") }
        return DynamoDBQueryPage(items: items, nextPageToken: lastKey, count: try root.optionalInt("Count"))
    }
}
