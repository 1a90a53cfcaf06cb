import JSONCoding

/// The attribute-value JSON of the DynamoDB API (`{"S": "x"}`).
extension DynamoDBValue {
    /// Keys in the wire format.
    enum WireKey {
        static let string = "S"
        static let number = "N"
        static let bool = "BOOL"
        static let map = "M"
        static let list = "L"
        static let null = "NULL"
        static let stringSet = "SS"
    }

    /// `{"<type>": value}`; maps with their keys sorted, so a request body is the same on every run.
    var wireJSON: JSONValue {
        switch self {
        case .string(let text): return [WireKey.string: .string(text)]
        case .number(let text): return [WireKey.number: .string(text)]
        case .bool(let value): return [WireKey.bool: .bool(value)]
        case .null: return [WireKey.null: true]
        case .list(let elements): return [WireKey.list: .array(elements.map(\.wireJSON))]
        case .stringSet(let strings): return [WireKey.stringSet: .array(strings.map(JSONValue.string))]
        case .map(let map): return [WireKey.map: DynamoDBValue.wireJSON(of: map)]
        }
    }

    /// An item or key as a wire JSON object, keys sorted.
    static func wireJSON(of item: DynamoDBItem) -> JSONValue {
        .object(JSONObject(uniqueKeysWithValues: item.keys.sorted().map { ($0, item[$0]!.wireJSON) }))
    }

    /// Reads `{"<type>": value}` at `path`.
    init(wire value: JSONValue, path: String) throws {
        guard let object = value.objectValue, object.count == 1, let (type, content) = object.first else {
            throw ResponseDecodingError(path: path, problem: "is not an attribute value (one of {\"S\": …}, {\"N\": …}, …): \(value)")
        }
        func mismatch(_ expected: String) -> ResponseDecodingError {
            ResponseDecodingError(path: "\(path).\(type)", problem: "is \(content.kindName), not \(expected)")
        }
        switch type {
        case WireKey.string:
            guard let text = content.stringValue else { throw mismatch("a string") }
            self = .string(text)
        case WireKey.number:
            guard let text = content.stringValue else { throw mismatch("a number as text") }
            self = .number(text)
        case WireKey.bool:
            guard let bool = content.boolValue else { throw mismatch("a boolean") }
            self = .bool(bool)
        case WireKey.null:
            self = .null
        case WireKey.list:
            guard let elements = content.arrayValue else { throw mismatch("a list") }
            self = .list(try elements.enumerated().map { try DynamoDBValue(wire: $1, path: "\(path).L[\($0)]") })
        case WireKey.stringSet:
            guard let elements = content.arrayValue else { throw mismatch("a list") }
            self = .stringSet(try elements.enumerated().map { index, element in
                guard let text = element.stringValue else {
                    throw ResponseDecodingError(path: "\(path).SS[\(index)]", problem: "is \(element.kindName), not a string")
                }
                return text
            })
        case WireKey.map:
            self = .map(try DynamoDBValue.item(wire: content, path: "\(path).M"))
        default:
            throw ResponseDecodingError(
                path: path, problem: "has type '\(type)', which DynamoDBValue does not model (S, N, BOOL, M, L, NULL, SS); store it as one of those")
        }
    }

    /// Reads an item (`{"name": {"S": …}, …}`) at `path`.
    static func item(wire value: JSONValue, path: String) throws -> DynamoDBItem {
        guard let object = value.objectValue else {
            throw ResponseDecodingError(path: path, problem: "is \(value.kindName), not an item (an object of attribute values)")
        }
        var item: DynamoDBItem = [:]
        for (name, attribute) in object { item[name] = try DynamoDBValue(wire: attribute, path: "\(path).\(name)") }
        return item
    }
}
