/// Appends the elements of an array.
struct JSONUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let array: EncodedArray
    let path: CodingPath
    let depth: Int

    var codingPath: [any CodingKey] { path.keys }
    var count: Int { array.elements.count }

    private var nextKey: JSONCodingKey { .index(array.elements.count) }

    private func append(_ node: EncodedNode) {
        array.elements.append(node)
    }

    private func append(_ number: JSONNumber) {
        append(.value(.number(number)))
    }

    mutating func encodeNil() throws { append(.value(.null)) }
    mutating func encode(_ value: Bool) throws { append(.value(.bool(value))) }
    mutating func encode(_ value: String) throws { append(.value(.string(value))) }
    mutating func encode(_ value: Double) throws {
        append(try JSONValueEncoder.number(value, path: path, key: nextKey))
    }
    mutating func encode(_ value: Float) throws {
        append(try JSONValueEncoder.number(value, path: path, key: nextKey))
    }
    mutating func encode(_ value: Int) throws { append(JSONNumber(value)) }
    mutating func encode(_ value: Int8) throws { append(JSONNumber(value)) }
    mutating func encode(_ value: Int16) throws { append(JSONNumber(value)) }
    mutating func encode(_ value: Int32) throws { append(JSONNumber(value)) }
    mutating func encode(_ value: Int64) throws { append(JSONNumber(value)) }
    @available(macOS 15.0, *)
    mutating func encode(_ value: Int128) throws { append(JSONNumber(value)) }
    mutating func encode(_ value: UInt) throws { append(JSONNumber(value)) }
    mutating func encode(_ value: UInt8) throws { append(JSONNumber(value)) }
    mutating func encode(_ value: UInt16) throws { append(JSONNumber(value)) }
    mutating func encode(_ value: UInt32) throws { append(JSONNumber(value)) }
    mutating func encode(_ value: UInt64) throws { append(JSONNumber(value)) }
    @available(macOS 15.0, *)
    mutating func encode(_ value: UInt128) throws { append(JSONNumber(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        append(try JSONValueEncoder.boxOrEmpty(value, path: path, key: nextKey, depth: depth))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = EncodedObject()
        let nestedPath = path.appending(nextKey)
        append(.object(nested))
        return KeyedEncodingContainer(JSONKeyedEncodingContainer<NestedKey>(
            object: nested, path: nestedPath, depth: depth + 1))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = EncodedArray()
        let nestedPath = path.appending(nextKey)
        append(.array(nested))
        return JSONUnkeyedEncodingContainer(array: nested, path: nestedPath, depth: depth + 1)
    }

    /// Reserves the next element (as `{}`, what it stays if nothing is encoded) and returns an encoder
    /// that fills it.
    mutating func superEncoder() -> any Encoder {
        let index = array.elements.count
        let encoderPath = path.appending(nextKey)
        append(.emptyObject)
        return JSONValueEncoder(path: encoderPath, depth: depth + 1, sink: .arrayElement(array, index: index))
    }
}
