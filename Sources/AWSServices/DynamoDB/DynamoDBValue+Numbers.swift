/// Numbers from Swift values (an `N` is decimal text on the wire).
extension DynamoDBValue {
    public static func number(_ value: some BinaryInteger) -> DynamoDBValue { .number(String(value)) }

    /// The shortest text that reads back as the same `Double`; `nil` for NaN and infinities, which DynamoDB
    /// cannot store.
    public static func number(_ value: Double) -> DynamoDBValue? {
        value.isFinite ? .number(String(value)) : nil
    }
}
