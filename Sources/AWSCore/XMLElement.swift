/// One element of a parsed XML document: name, attributes, child elements and its own character data.
///
/// Lookups match the local name (the part after any `prefix:`), so namespaced documents such as S3's
/// `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` read like plain ones.
public struct XMLElement: Sendable, Equatable {
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The name as written, with its prefix if it had one.
    public var name: String
    public var attributes: [Attribute]
    public var children: [XMLElement]
    /// Character data directly inside this element (text and CDATA, entities decoded), not trimmed.
    public var text: String

    public init(name: String, attributes: [Attribute] = [], children: [XMLElement] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// The name without a namespace prefix.
    public var localName: String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// The first child element named `name` (local name).
    public func child(_ name: String) -> XMLElement? { children.first { $0.localName == name } }

    /// Every child element named `name` (local name), in document order.
    public func children(_ name: String) -> [XMLElement] { children.filter { $0.localName == name } }

    /// The text of the first child named `name`, or `nil` when there is no such child.
    public func text(of name: String) -> String? { child(name)?.text }

    /// The element at a path of child names, e.g. `element(at: "Errors", "Error")`.
    public func element(at path: String...) -> XMLElement? {
        var current: XMLElement? = self
        for name in path { current = current?.child(name) }
        return current
    }

    /// The value of attribute `name` (as written, prefix included).
    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}
