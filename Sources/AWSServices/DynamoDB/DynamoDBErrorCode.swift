/// DynamoDB error codes callers act on.
///
/// See: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
public enum DynamoDBErrorCode {
    /// A `ConditionExpression` was false: e.g. the record already exists (`attribute_not_exists`).
    public static let conditionalCheckFailed = "ConditionalCheckFailedException"
}
