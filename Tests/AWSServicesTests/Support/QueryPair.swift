import AWSCore

/// A decoded `name=value` pair of a query string or form body, for order-independent comparison.
struct QueryPair: Hashable, Comparable, CustomStringConvertible {
    var name: String
    var value: String

    static func < (lhs: QueryPair, rhs: QueryPair) -> Bool { (lhs.name, lhs.value) < (rhs.name, rhs.value) }

    var description: String { "\(name)=\(value)" }

    /// The pairs of an encoded query or `application/x-www-form-urlencoded` body (`%XY` decoded; SigV4
    /// encoding never writes `+`, and botocore's neither).
    static func pairs(ofEncoded text: String) -> [QueryPair] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "&", omittingEmptySubsequences: true).map { parameter in
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ part: Substring) -> String { String(decoding: PercentEncoding.decode(String(part)), as: UTF8.self) }
            return QueryPair(name: decoded(parts[0]), value: parts.count > 1 ? decoded(parts[1]) : "")
        }
    }
}
