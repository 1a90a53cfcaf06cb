/// The `Decoder` behind `JSON.decode`: reads Swift values from a parsed `JSONValue` tree.
///
/// Errors are Swift's standard `DecodingError`s with the exact `codingPath`, and debug descriptions phrased
/// for `DecodingError.summary` ("expected Int, found the string \"1kb\""). Integers convert exactly (1.5 and
/// out-of-range numbers are `.dataCorrupted`, naming the number); a `JSONValue` (or `JSONObject`,
/// `JSONNumber`) property receives its subtree as is.
final class JSONValueDecoder: Decoder {
    let value: JSONValue
    let path: CodingPath

    init(value: JSONValue, path: CodingPath) {
        self.value = value
        self.path = path
    }

    var codingPath: [any CodingKey] { path.keys }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try Self.keyedContainer(keyedBy: type, value: value, path: path)
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try Self.unkeyedContainer(value: value, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        self
    }

    static func keyedContainer<Key: CodingKey>(
        keyedBy type: Key.Type, value: JSONValue, path: CodingPath
    ) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else {
            throw mismatch([String: Any].self, expected: "an object", found: value, path: path)
        }
        return KeyedDecodingContainer(JSONKeyedDecodingContainer<Key>(object: object, path: path))
    }

    static func unkeyedContainer(value: JSONValue, path: CodingPath) throws -> JSONUnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw mismatch([Any].self, expected: "an array", found: value, path: path)
        }
        return JSONUnkeyedDecodingContainer(elements: elements, path: path)
    }
}
