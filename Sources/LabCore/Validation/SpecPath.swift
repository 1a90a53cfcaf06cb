/// A JSON path into the spec as problems name it: `cluster.bookkeeper.count`, `workloads[1].name`,
/// `tags["Cost Center"]` (keys that are not plain identifiers are quoted, so the path stays unambiguous).
struct SpecPath: Sendable, Hashable, CustomStringConvertible {
    private(set) var text: String

    /// The document itself.
    static let root = SpecPath(text: "")

    private init(text: String) {
        self.text = text
    }

    /// The path of member `key` of the object at this path.
    func member(_ key: String) -> SpecPath {
        if Self.isPlainIdentifier(key) {
            return SpecPath(text: text.isEmpty ? key : text + "." + key)
        }
        return SpecPath(text: text + "[" + SpecText.quoted(key, limit: 80) + "]")
    }

    /// The path of element `index` of the array at this path.
    func element(_ index: Int) -> SpecPath {
        SpecPath(text: text + "[\(index)]")
    }

    var description: String { text }

    private static func isPlainIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return key.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" }
    }
}
