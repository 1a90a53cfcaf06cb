/// Reading a value as a Swift type; `nil` when it is of another DynamoDB type (or a number out of range).
extension DynamoDBValue {
    public var stringValue: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    /// The decimal text of an `N`.
    public var numberText: String? {
        guard case .number(let text) = self else { return nil }
        return text
    }

    /// An `N` that is a whole number within `Int`.
    public var intValue: Int? { numberText.flatMap { Int($0) } }

    /// An `N` that is a whole number within `Int64`.
    public var int64Value: Int64? { numberText.flatMap { Int64($0) } }

    /// An `N` as the nearest `Double`.
    public var doubleValue: Double? { numberText.flatMap { Double($0) } }

    public var boolValue: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    public var mapValue: [String: DynamoDBValue]? {
        guard case .map(let value) = self else { return nil }
        return value
    }

    public var listValue: [DynamoDBValue]? {
        guard case .list(let value) = self else { return nil }
        return value
    }

    public var stringSetValue: [String]? {
        guard case .stringSet(let value) = self else { return nil }
        return value
    }

    public var isNull: Bool { self == .null }

    /// The attribute `name` of an `M`.
    public subscript(name: String) -> DynamoDBValue? { mapValue?[name] }
}
