/// Turning one `JSONValue` into a Swift value, shared by all three kinds of container. `path` + `key` is
/// where the value sits; the combined path is only built when it is needed (an error, or a nested decoder),
/// so decoding a primitive allocates nothing.
extension JSONValueDecoder {
    static func unbox<T: Decodable>(
        _ value: JSONValue, as type: T.Type, path: CodingPath, key: (any CodingKey)? = nil
    ) throws -> T {
        // Fast paths: the raw-tree types and the primitives, without a nested decoder. Each check compares
        // two metadata pointers; `unsafeBitCast` is safe because the types are identical.
        if T.self == JSONValue.self { return unsafeBitCast(value, to: T.self) }
        if T.self == String.self { return unsafeBitCast(try unboxString(value, path: path, key: key), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try unboxInteger(value, as: Int.self, path: path, key: key), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try unboxBool(value, path: path, key: key), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(try unboxDouble(value, path: path, key: key), to: T.self) }
        if T.self == Int64.self { return unsafeBitCast(try unboxInteger(value, as: Int64.self, path: path, key: key), to: T.self) }
        if T.self == UInt64.self { return unsafeBitCast(try unboxInteger(value, as: UInt64.self, path: path, key: key), to: T.self) }
        if T.self == Int32.self { return unsafeBitCast(try unboxInteger(value, as: Int32.self, path: path, key: key), to: T.self) }
        if T.self == UInt32.self { return unsafeBitCast(try unboxInteger(value, as: UInt32.self, path: path, key: key), to: T.self) }
        if T.self == UInt.self { return unsafeBitCast(try unboxInteger(value, as: UInt.self, path: path, key: key), to: T.self) }
        if T.self == Float.self { return unsafeBitCast(try unboxFloat(value, path: path, key: key), to: T.self) }
        if T.self == JSONObject.self { return unsafeBitCast(try unboxObject(value, path: path, key: key), to: T.self) }
        if T.self == JSONNumber.self { return unsafeBitCast(try unboxNumber(value, as: "a number", path: path, key: key), to: T.self) }
        return try T(from: JSONValueDecoder(value: value, path: path.appending(optional: key)))
    }

    static func unboxBool(_ value: JSONValue, path: CodingPath, key: (any CodingKey)?) throws -> Bool {
        guard case .bool(let bool) = value else {
            throw mismatch(Bool.self, expected: "Bool", found: value, path: path.appending(optional: key))
        }
        return bool
    }

    static func unboxString(_ value: JSONValue, path: CodingPath, key: (any CodingKey)?) throws -> String {
        guard case .string(let string) = value else {
            throw mismatch(String.self, expected: "String", found: value, path: path.appending(optional: key))
        }
        return string
    }

    static func unboxNumber<T>(
        _ value: JSONValue, as typeName: String, type: T.Type = JSONNumber.self,
        path: CodingPath, key: (any CodingKey)?
    ) throws -> JSONNumber {
        guard case .number(let number) = value else {
            throw mismatch(type, expected: typeName, found: value, path: path.appending(optional: key))
        }
        return number
    }

    /// Exact: 3, 3.0 and 3e0 give 3; 1.5 and numbers outside `T`'s range are `.dataCorrupted`.
    static func unboxInteger<T: FixedWidthInteger>(
        _ value: JSONValue, as type: T.Type, path: CodingPath, key: (any CodingKey)?
    ) throws -> T {
        guard case .number(let number) = value else {
            throw mismatch(T.self, expected: "\(T.self)", found: value, path: path.appending(optional: key))
        }
        if let small = number.smallInteger, let integer = T(exactly: small) { return integer }
        switch number.integerConversion(to: T.self) {
        case .exact(let integer):
            return integer
        case .notWhole:
            throw corrupted(
                "expected \(T.self), found the number \(number.text), which is not a whole number",
                path: path.appending(optional: key))
        case .outOfRange:
            throw corrupted(
                "expected \(T.self), found the number \(number.text), outside \(T.self)'s range \(T.min)...\(T.max)",
                path: path.appending(optional: key))
        }
    }

    static func unboxDouble(_ value: JSONValue, path: CodingPath, key: (any CodingKey)?) throws -> Double {
        let number = try unboxNumber(value, as: "Double", type: Double.self, path: path, key: key)
        guard let double = number.double else {
            throw corrupted(
                "expected Double, found the number \(number.text), outside Double's range",
                path: path.appending(optional: key))
        }
        return double
    }

    static func unboxFloat(_ value: JSONValue, path: CodingPath, key: (any CodingKey)?) throws -> Float {
        let number = try unboxNumber(value, as: "Float", type: Float.self, path: path, key: key)
        guard let float = number.float else {
            throw corrupted(
                "expected Float, found the number \(number.text), outside Float's range",
                path: path.appending(optional: key))
        }
        return float
    }

    static func unboxObject(_ value: JSONValue, path: CodingPath, key: (any CodingKey)?) throws -> JSONObject {
        guard case .object(let object) = value else {
            throw mismatch(JSONObject.self, expected: "an object", found: value, path: path.appending(optional: key))
        }
        return object
    }

    // MARK: Errors

    /// `.valueNotFound` for null, `.typeMismatch` for anything else: "expected Int, found the string \"1kb\"".
    static func mismatch(_ type: Any.Type, expected: String, found value: JSONValue, path: CodingPath) -> DecodingError {
        let context = DecodingError.Context(
            codingPath: path.keys,
            debugDescription: "expected \(expected), found \(value.descriptionForError)")
        if case .null = value { return .valueNotFound(type, context) }
        return .typeMismatch(type, context)
    }

    static func corrupted(_ description: String, path: CodingPath) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: path.keys, debugDescription: description))
    }
}
