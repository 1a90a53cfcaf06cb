/// The `Encoder` behind `JSON.encode`: builds a `JSONValue` tree from Swift values.
///
/// Keys keep encoding order (declaration order for synthesized conformances); `[String: T]` dictionaries
/// are written with their keys sorted, because `Dictionary` iteration order changes from process to process.
/// `encodeIfPresent(nil)` omits the key. Non-finite floating-point values throw `EncodingError.invalidValue`
/// with the coding path, and so does nesting deeper than `JSONLimits.maximumDepth` (a reference cycle).
final class JSONValueEncoder: Encoder {
    let path: CodingPath
    /// How many nested values lie between the root and this one.
    let depth: Int
    private(set) var node: EncodedNode?
    private let sink: EncodingSink?

    init(path: CodingPath, depth: Int, sink: EncodingSink? = nil) {
        self.path = path
        self.depth = depth
        self.sink = sink
    }

    var codingPath: [any CodingKey] { path.keys }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func setNode(_ node: EncodedNode) {
        self.node = node
        sink?.write(node)
    }

    /// Asking twice for a keyed (or unkeyed) container returns the same object (or array), as Foundation
    /// does, so a class and its superclass can share one object.
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: EncodedObject
        if case .object(let existing)? = node {
            object = existing
        } else {
            object = EncodedObject()
            setNode(.object(object))
        }
        return KeyedEncodingContainer(JSONKeyedEncodingContainer<Key>(object: object, path: path, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: EncodedArray
        if case .array(let existing)? = node {
            array = existing
        } else {
            array = EncodedArray()
            setNode(.array(array))
        }
        return JSONUnkeyedEncodingContainer(array: array, path: path, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        self
    }

    static func encodeTopLevel<T: Encodable>(_ value: T) throws -> JSONValue {
        guard let node = try box(value, path: .root, key: nil, depth: 0) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "top-level \(T.self) did not encode any values"))
        }
        return node.jsonValue
    }
}
