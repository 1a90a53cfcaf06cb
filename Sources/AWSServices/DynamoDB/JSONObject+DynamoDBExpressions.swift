import JSONCoding

extension JSONObject {
    /// Adds `ExpressionAttributeNames` and `ExpressionAttributeValues` when they are not empty (DynamoDB
    /// refuses empty maps), keys sorted.
    mutating func setExpressionAttributes(names: [String: String], values: DynamoDBItem) {
        if !names.isEmpty {
            self["ExpressionAttributeNames"] = .object(JSONObject(uniqueKeysWithValues: names.keys.sorted().map { ($0, .string(names[$0]!)) }))
        }
        if !values.isEmpty { self["ExpressionAttributeValues"] = DynamoDBValue.wireJSON(of: values) }
    }
}
