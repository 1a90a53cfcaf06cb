/// Literal syntax: `"text"` (also `"run-\(index)"`) is an `S`, `42` and `1.5` are `N`s, `true` a `BOOL`, `[…]` an `L`,
/// `["k": …]` an `M`.
extension DynamoDBValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension DynamoDBValue: ExpressibleByStringInterpolation {}

extension DynamoDBValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .number(String(value)) }
}

extension DynamoDBValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .number(String(value)) }
}

extension DynamoDBValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension DynamoDBValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: DynamoDBValue...) { self = .list(elements) }
}

extension DynamoDBValue: ExpressibleByDictionaryLiteral {
    /// A repeated key keeps the last value.
    public init(dictionaryLiteral elements: (String, DynamoDBValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}
