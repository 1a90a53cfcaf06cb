/// Reads the elements of a JSON array in order. Reading past the end is `.valueNotFound` at the index that
/// does not exist, saying how many elements there are.
struct JSONUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let path: CodingPath
    private(set) var currentIndex = 0

    init(elements: [JSONValue], path: CodingPath) {
        self.elements = elements
        self.path = path
    }

    var codingPath: [any CodingKey] { path.keys }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private var currentKey: JSONCodingKey { .index(currentIndex) }

    /// The element at `currentIndex`, or the error for reading past the end.
    private func current(expecting type: Any.Type, _ expected: @autoclosure () -> String) throws -> JSONValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(
                codingPath: path.appending(currentKey).keys,
                debugDescription: "expected \(expected()), found the end of the array (it has \(elements.count) element\(elements.count == 1 ? "" : "s"))"))
        }
        return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard case .null = try current(expecting: Never?.self, "null") else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try nextInteger(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try nextInteger(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type) }
    @available(macOS 15.0, *)
    mutating func decode(_ type: Int128.Type) throws -> Int128 { try nextInteger(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try nextInteger(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try nextInteger(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type) }
    @available(macOS 15.0, *)
    mutating func decode(_ type: UInt128.Type) throws -> UInt128 { try nextInteger(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) }

    private mutating func next<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try current(expecting: type, "\(T.self)")
        let decoded = try JSONValueDecoder.unbox(value, as: type, path: path, key: currentKey)
        currentIndex += 1
        return decoded
    }

    private mutating func nextInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let value = try current(expecting: type, "\(T.self)")
        let decoded = try JSONValueDecoder.unboxInteger(value, as: type, path: path, key: currentKey)
        currentIndex += 1
        return decoded
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let value = try current(expecting: KeyedDecodingContainer<NestedKey>.self, "an object")
        let container = try JSONValueDecoder.keyedContainer(keyedBy: type, value: value, path: path.appending(currentKey))
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let value = try current(expecting: (any UnkeyedDecodingContainer).self, "an array")
        let container = try JSONValueDecoder.unkeyedContainer(value: value, path: path.appending(currentKey))
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let value = try current(expecting: (any Decoder).self, "a value")
        let decoder = JSONValueDecoder(value: value, path: path.appending(currentKey))
        currentIndex += 1
        return decoder
    }
}
