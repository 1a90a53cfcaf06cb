import AWSCore

extension AWSError {
    /// Whether DynamoDB refused a write because its `ConditionExpression` was false (not a failure when
    /// the condition guards a create that already happened).
    public var isConditionalCheckFailed: Bool {
        kind == .service && code == DynamoDBErrorCode.conditionalCheckFailed
    }
}
