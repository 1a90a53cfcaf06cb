/// Turning one Swift value into an `EncodedNode`, shared by all three kinds of container.
extension JSONValueEncoder {
    /// Encodes `value`, which sits at `path` + `key`; nil if it encoded nothing at all.
    static func box<T: Encodable>(
        _ value: T, path: CodingPath, key: (any CodingKey)?, depth: Int
    ) throws -> EncodedNode? {
        // Fast paths: the raw-tree types and the primitives, without a nested encoder. `unsafeBitCast` is
        // safe because the types were just compared equal.
        if T.self == JSONValue.self { return .value(unsafeBitCast(value, to: JSONValue.self)) }
        if T.self == String.self { return .value(.string(unsafeBitCast(value, to: String.self))) }
        if T.self == Int.self { return .value(.number(JSONNumber(unsafeBitCast(value, to: Int.self)))) }
        if T.self == Bool.self { return .value(.bool(unsafeBitCast(value, to: Bool.self))) }
        if T.self == Double.self {
            return .value(.number(try number(unsafeBitCast(value, to: Double.self), path: path, key: key)))
        }
        if T.self == Int64.self { return .value(.number(JSONNumber(unsafeBitCast(value, to: Int64.self)))) }
        if T.self == UInt64.self { return .value(.number(JSONNumber(unsafeBitCast(value, to: UInt64.self)))) }
        if T.self == Int32.self { return .value(.number(JSONNumber(unsafeBitCast(value, to: Int32.self)))) }
        if T.self == UInt32.self { return .value(.number(JSONNumber(unsafeBitCast(value, to: UInt32.self)))) }
        if T.self == UInt.self { return .value(.number(JSONNumber(unsafeBitCast(value, to: UInt.self)))) }
        if T.self == Float.self {
            return .value(.number(try number(unsafeBitCast(value, to: Float.self), path: path, key: key)))
        }
        if T.self == JSONObject.self { return .value(.object(unsafeBitCast(value, to: JSONObject.self))) }
        if T.self == JSONNumber.self { return .value(.number(unsafeBitCast(value, to: JSONNumber.self))) }

        let valuePath = path.appending(optional: key)
        guard depth < JSONLimits.maximumDepth else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: valuePath.keys,
                debugDescription: "nesting deeper than \(JSONLimits.maximumDepth) levels; is there a reference cycle?"))
        }
        if let dictionary = value as? any StringKeyedEncodableDictionary {
            return try dictionary.encodeSortedByKey(path: valuePath, depth: depth + 1)
        }
        let encoder = JSONValueEncoder(path: valuePath, depth: depth + 1)
        try value.encode(to: encoder)
        return encoder.node
    }

    /// `box`, with `{}` for a value that encoded nothing (the contract of `Encodable.encode(to:)`).
    static func boxOrEmpty<T: Encodable>(
        _ value: T, path: CodingPath, key: (any CodingKey)?, depth: Int
    ) throws -> EncodedNode {
        try box(value, path: path, key: key, depth: depth) ?? .emptyObject
    }

    /// The number for a finite `Double`, or `EncodingError.invalidValue` naming the path.
    static func number(_ value: Double, path: CodingPath, key: (any CodingKey)?) throws -> JSONNumber {
        guard let number = JSONNumber(value) else { throw nonFinite(value, path: path, key: key) }
        return number
    }

    static func number(_ value: Float, path: CodingPath, key: (any CodingKey)?) throws -> JSONNumber {
        guard let number = JSONNumber(value) else { throw nonFinite(value, path: path, key: key) }
        return number
    }

    private static func nonFinite<F: BinaryFloatingPoint>(_ value: F, path: CodingPath, key: (any CodingKey)?) -> EncodingError {
        EncodingError.invalidValue(value, EncodingError.Context(
            codingPath: path.appending(optional: key).keys,
            debugDescription: "cannot encode \(F.self) \(value): JSON numbers must be finite (no NaN or infinity)"))
    }
}
