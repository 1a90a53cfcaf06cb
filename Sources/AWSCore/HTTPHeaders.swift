/// HTTP header fields in the order they were added, with case-insensitive lookup
/// (field names are case-insensitive: RFC 9110 section 5.1). A name may occur more than once.
public struct HTTPHeaders: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public private(set) var fields: [Field] = []

    public init() {}
    public init(_ pairs: [(String, String)]) { fields = pairs.map { Field(name: $0.0, value: $0.1) } }
    public init(dictionaryLiteral elements: (String, String)...) { self.init(elements) }

    /// The first value of `name`, any case; `nil` when absent.
    public subscript(name: String) -> String? {
        let key = HTTPHeaders.lowercased(name)
        return fields.first { HTTPHeaders.lowercased($0.name) == key }?.value
    }

    /// Every value of `name`, in order.
    public func values(for name: String) -> [String] {
        let key = HTTPHeaders.lowercased(name)
        return fields.filter { HTTPHeaders.lowercased($0.name) == key }.map(\.value)
    }

    public func contains(_ name: String) -> Bool { self[name] != nil }

    /// Appends a field, keeping any existing ones of that name.
    public mutating func add(_ name: String, _ value: String) { fields.append(Field(name: name, value: value)) }

    /// Sets `name` to one value: replaces the first field of that name in place, removes the others.
    public mutating func set(_ name: String, _ value: String) {
        let key = HTTPHeaders.lowercased(name)
        if let first = fields.firstIndex(where: { HTTPHeaders.lowercased($0.name) == key }) {
            fields[first].value = value
            var index = fields.count - 1
            while index > first {
                if HTTPHeaders.lowercased(fields[index].name) == key { fields.remove(at: index) }
                index -= 1
            }
        } else {
            add(name, value)
        }
    }

    /// Removes every field of `name`.
    public mutating func remove(_ name: String) {
        let key = HTTPHeaders.lowercased(name)
        fields.removeAll { HTTPHeaders.lowercased($0.name) == key }
    }

    public var count: Int { fields.count }
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// ASCII lower-casing: header names are ASCII tokens, so no Unicode case mapping is wanted.
    static func lowercased(_ name: String) -> String {
        String(decoding: name.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
