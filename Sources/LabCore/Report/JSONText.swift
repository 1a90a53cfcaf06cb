import JSONCoding

/// JSON as reports print it: pretty, keys in their order.
enum JSONText {
    static func pretty(_ value: JSONValue) -> [UInt8] {
        JSON.serialize(value, options: [.prettyPrinted])
    }
}
