/// A DynamoDB attribute value, as the API writes it: `{"S": "text"}`, `{"N": "42"}`, `{"BOOL": true}`,
/// `{"M": {…}}`, `{"L": […]}`, `{"NULL": true}`, `{"SS": […]}` — the types the lab's tables use.
///
///     let item: DynamoDBItem = ["experimentId": "nightly-1", "attempt": 2, "stages": ["validate": "done"]]
///     item["attempt"]?.intValue   // 2
///
/// See: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html
public indirect enum DynamoDBValue: Sendable, Hashable {
    /// `S`.
    case string(String)
    /// `N`, kept as the decimal text DynamoDB sends (up to 38 significant digits: more than `Double` holds).
    case number(String)
    /// `BOOL`.
    case bool(Bool)
    /// `M`.
    case map([String: DynamoDBValue])
    /// `L`.
    case list([DynamoDBValue])
    /// `NULL`.
    case null
    /// `SS`: a non-empty set of distinct strings (DynamoDB refuses an empty set).
    case stringSet([String])
}
