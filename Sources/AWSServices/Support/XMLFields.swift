import AWSCore

/// Reads the members of one element of an XML response (EC2 query, S3), keeping the path from the root so
/// a missing or malformed member is reported exactly where it is. Leaf text is used as sent (not trimmed)
/// for strings; numbers, booleans and timestamps tolerate surrounding whitespace.
struct XMLFields {
    let element: XMLElement
    /// The path of this element from the document root, e.g. `reservationSet.item[0]`.
    let path: String

    init(_ element: XMLElement, path: String) {
        self.element = element
        self.path = path
    }

    /// The response root, named by its own element name.
    init(root element: XMLElement) {
        self.init(element, path: element.localName)
    }

    private func memberPath(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

    func fail(_ name: String, _ problem: String) -> ResponseDecodingError {
        ResponseDecodingError(path: memberPath(name), problem: problem)
    }

    // MARK: Strings

    func optionalString(_ name: String) -> String? { element.text(of: name) }

    func string(_ name: String) throws -> String {
        guard let text = element.text(of: name) else { throw fail(name, "is missing") }
        return text
    }

    // MARK: Numbers and booleans

    func optionalInt(_ name: String) throws -> Int? {
        guard let text = element.text(of: name) else { return nil }
        guard let value = Int(text.trimmingASCIIWhitespace()) else { throw fail(name, "is '\(text)', not a whole number") }
        return value
    }

    func int(_ name: String) throws -> Int {
        guard let value = try optionalInt(name) else { throw fail(name, "is missing") }
        return value
    }

    func optionalInt64(_ name: String) throws -> Int64? {
        guard let text = element.text(of: name) else { return nil }
        guard let value = Int64(text.trimmingASCIIWhitespace()) else { throw fail(name, "is '\(text)', not a whole number") }
        return value
    }

    func optionalBool(_ name: String) throws -> Bool? {
        guard let text = element.text(of: name) else { return nil }
        switch text.trimmingASCIIWhitespace() {
        case "true": return true
        case "false": return false
        default: throw fail(name, "is '\(text)', not true or false")
        }
    }

    // MARK: Timestamps

    /// An ISO 8601 timestamp (EC2 `launchTime`, S3 `LastModified`).
    func optionalTimestamp(_ name: String) throws -> Timestamp? {
        guard let text = element.text(of: name) else { return nil }
        do {
            return try Timestamp(iso8601: text.trimmingASCIIWhitespace())
        } catch let error as AWSError {
            throw fail(name, "is not a timestamp: \(error.message)")
        }
    }

    func timestamp(_ name: String) throws -> Timestamp {
        guard let value = try optionalTimestamp(name) else { throw fail(name, "is missing") }
        return value
    }

    // MARK: Structures and lists

    func optionalChild(_ name: String) -> XMLFields? {
        element.child(name).map { XMLFields($0, path: memberPath(name)) }
    }

    func child(_ name: String) throws -> XMLFields {
        guard let child = optionalChild(name) else { throw fail(name, "is missing") }
        return child
    }

    /// An EC2 list, `<name><item>…</item>…</name>`; empty when the list element is absent or empty.
    func items(_ name: String) -> [XMLFields] {
        guard let list = element.child(name) else { return [] }
        return list.children("item").enumerated().map { XMLFields($1, path: memberPath("\(name).item[\($0)]")) }
    }

    /// The text of each `<item>` of an EC2 list of strings.
    func stringItems(_ name: String) -> [String] {
        element.child(name)?.children("item").map(\.text) ?? []
    }

    /// A flattened list (S3's repeated `<Contents>`), each `<name>` child of this element in order.
    func repeated(_ name: String) -> [XMLFields] {
        element.children(name).enumerated().map { XMLFields($1, path: memberPath("\(name)[\($0)]")) }
    }
}
