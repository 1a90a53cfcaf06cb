/// Parameters of the EC2 and AWS query protocols, flattened the way botocore serialises them and in the
/// order they were added: lists as `Name.1`, `Name.2` (EC2) or `Name.member.1` (AWS query), structures as
/// `Name.Member`, booleans `true`/`false`, all percent-encoded with the RFC 3986 unreserved set kept (a space as `+`).
///
///     var parameters = QueryParameters(action: "DescribeImages", version: "2016-11-15")
///     parameters.addList("Filter", filters) { entry, filter in
///         entry.set("Name", filter.name)
///         entry.addList("Value", filter.values)
///     }
///     // Action=DescribeImages&Version=2016-11-15&Filter.1.Name=name&Filter.1.Value.1=pulsar-base-%2A
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html
public struct QueryParameters: Sendable, Equatable {
    /// How list members are numbered.
    public enum ListStyle: Sendable {
        /// `Name.1`, `Name.2` — EC2.
        case ec2
        /// `Name.member.1` — the AWS query protocol (IAM, STS).
        case member
    }

    public struct Pair: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    public private(set) var pairs: [Pair] = []
    private let prefix: String
    public let listStyle: ListStyle

    /// Parameters of one call: `Action` and `Version` first.
    public init(action: String, version: String, listStyle: ListStyle = .ec2) {
        self.prefix = ""
        self.listStyle = listStyle
        set("Action", action)
        set("Version", version)
    }

    private init(prefix: String, listStyle: ListStyle) {
        self.prefix = prefix
        self.listStyle = listStyle
    }

    public mutating func set(_ name: String, _ value: String) { pairs.append(Pair(name: prefix + name, value: value)) }
    public mutating func set(_ name: String, _ value: Bool) { set(name, value ? "true" : "false") }
    public mutating func set(_ name: String, _ value: Int) { set(name, String(value)) }

    /// Sets `name` only when `value` is present (optional members are left out, not sent empty).
    public mutating func set(_ name: String, ifPresent value: String?) { if let value { set(name, value) } }
    public mutating func set(_ name: String, ifPresent value: Int?) { if let value { set(name, value) } }
    public mutating func set(_ name: String, ifPresent value: Bool?) { if let value { set(name, value) } }

    /// A list of strings; an empty list adds nothing (as botocore does for EC2).
    public mutating func addList(_ name: String, _ values: [String]) {
        for (index, value) in values.enumerated() { set(memberName(name, index), value) }
    }

    /// A list of structures: `build` fills each entry, whose names are relative to `Name.N.`.
    public mutating func addList<Element>(_ name: String, _ elements: [Element], _ build: (inout QueryParameters, Element) -> Void) {
        for (index, element) in elements.enumerated() {
            var entry = QueryParameters(prefix: prefix + memberName(name, index) + ".", listStyle: listStyle)
            build(&entry, element)
            pairs += entry.pairs
        }
    }

    /// A nested structure: `build` fills it, with names relative to `Name.`.
    public mutating func addStructure(_ name: String, _ build: (inout QueryParameters) -> Void) {
        var entry = QueryParameters(prefix: prefix + name + ".", listStyle: listStyle)
        build(&entry)
        pairs += entry.pairs
    }

    private func memberName(_ name: String, _ index: Int) -> String {
        switch listStyle {
        case .ec2: return "\(name).\(index + 1)"
        case .member: return "\(name).member.\(index + 1)"
        }
    }

    /// The `application/x-www-form-urlencoded` body, byte for byte as botocore sends it (`urlencode`): RFC 3986
    /// percent-encoding, except that a space is `+`. AWS would take `%20` too, but the bytes are what is signed, and a
    /// checker that re-encodes the parsed form (moto's IAM enforcement, so the emulated lab) rejects `%20` with
    /// AuthFailure; the botocore golden of CopyImage (a description with spaces) pins it.
    public var encoded: String {
        pairs.map { Self.formEncode($0.name) + "=" + Self.formEncode($0.value) }.joined(separator: "&")
    }

    /// One form field: `PercentEncoding` (which writes a space, and only a space, as `%20`), then `+` for it.
    static func formEncode(_ text: String) -> String {
        PercentEncoding.encode(text).replacing("%20", with: "+")
    }

    /// The value of `name` (full flattened name), for tests and lookups.
    public subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }
}
