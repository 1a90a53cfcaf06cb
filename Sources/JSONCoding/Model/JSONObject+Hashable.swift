/// Order-insensitive equality (RFC 8259 §4: an object is an unordered collection of name/value pairs).
extension JSONObject: Hashable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        // Fast path: same keys in the same order, the normal case for round trips.
        if lhs.storage.keys == rhs.storage.keys { return lhs.storage.values == rhs.storage.values }
        for (key, value) in lhs {
            guard let other = rhs[key], other == value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Combine the entries commutatively, so the hash does not depend on key order.
        var entries = 0
        for (key, value) in self {
            var entryHasher = Hasher()
            entryHasher.combine(key)
            entryHasher.combine(value)
            entries = entries &+ entryHasher.finalize()
        }
        hasher.combine(count)
        hasher.combine(entries)
    }
}
