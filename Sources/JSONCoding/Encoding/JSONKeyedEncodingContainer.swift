/// Writes the members of an object. Encoding a key twice replaces its value in place.
struct JSONKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: EncodedObject
    let path: CodingPath
    let depth: Int

    var codingPath: [any CodingKey] { path.keys }

    private func set(_ node: EncodedNode, for key: some CodingKey) {
        object.storage.updateValue(node, forKey: key.stringValue)
    }

    private func set(_ number: JSONNumber, for key: Key) {
        set(.value(.number(number)), for: key)
    }

    mutating func encodeNil(forKey key: Key) throws { set(.value(.null), for: key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.value(.bool(value)), for: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.value(.string(value)), for: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try JSONValueEncoder.number(value, path: path, key: key), for: key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try JSONValueEncoder.number(value, path: path, key: key), for: key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    @available(macOS 15.0, *)
    mutating func encode(_ value: Int128, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(JSONNumber(value), for: key) }
    @available(macOS 15.0, *)
    mutating func encode(_ value: UInt128, forKey key: Key) throws { set(JSONNumber(value), for: key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try JSONValueEncoder.boxOrEmpty(value, path: path, key: key, depth: depth), for: key)
    }

    /// Reuses the object already at `key`, if any, like `Encoder.container(keyedBy:)` does.
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested: EncodedObject
        if let position = object.storage.position(of: key.stringValue),
           case .object(let existing) = object.storage.values[position] {
            nested = existing
        } else {
            nested = EncodedObject()
            set(.object(nested), for: key)
        }
        return KeyedEncodingContainer(JSONKeyedEncodingContainer<NestedKey>(
            object: nested, path: path.appending(key), depth: depth + 1))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested: EncodedArray
        if let position = object.storage.position(of: key.stringValue),
           case .array(let existing) = object.storage.values[position] {
            nested = existing
        } else {
            nested = EncodedArray()
            set(.array(nested), for: key)
        }
        return JSONUnkeyedEncodingContainer(array: nested, path: path.appending(key), depth: depth + 1)
    }

    mutating func superEncoder() -> any Encoder {
        makeSuperEncoder(for: JSONCodingKey.superKey)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        makeSuperEncoder(for: key)
    }

    /// Reserves `key` (as `{}`, what it stays if nothing is encoded) and returns an encoder that fills it.
    private func makeSuperEncoder(for key: some CodingKey) -> any Encoder {
        set(.emptyObject, for: key)
        return JSONValueEncoder(
            path: path.appending(key), depth: depth + 1,
            sink: .objectMember(object, key: key.stringValue))
    }
}
