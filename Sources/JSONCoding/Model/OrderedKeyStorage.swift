/// Keys in insertion order with their values, plus a hash index once there are enough keys for hashing to
/// beat a linear scan. Shared by `JSONObject` and the encoder's objects under construction.
struct OrderedKeyStorage<Value> {
    private(set) var keys: [String]
    private(set) var values: [Value]
    /// Key → position; nil while the object is small (see `JSONLimits.objectIndexThreshold`).
    private var positions: [String: Int]?

    init() {
        keys = []
        values = []
        positions = nil
    }

    init(keys: [String], values: [Value]) {
        precondition(keys.count == values.count, "keys and values must pair up")
        self.keys = keys
        self.values = values
        self.positions = nil
        if keys.count > JSONLimits.objectIndexThreshold { rebuildPositions() }
    }

    private init(keys: [String], values: [Value], positions: [String: Int]?) {
        self.keys = keys
        self.values = values
        self.positions = positions
    }

    var count: Int { keys.count }

    @inline(__always)
    func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return keys.firstIndex(of: key)
    }

    /// Appends a key the caller knows is absent.
    mutating func appendNew(_ key: String, _ value: Value) {
        keys.append(key)
        values.append(value)
        if positions != nil {
            positions?[key] = keys.count - 1
        } else if keys.count > JSONLimits.objectIndexThreshold {
            rebuildPositions()
        }
    }

    /// Replaces the value of an existing key in place (keeping its position), or appends a new key.
    /// Returns the old value, if any.
    @discardableResult
    mutating func updateValue(_ value: Value, forKey key: String) -> Value? {
        if let position = position(of: key) {
            let old = values[position]
            values[position] = value
            return old
        }
        appendNew(key, value)
        return nil
    }

    mutating func setValue(_ value: Value, at position: Int) {
        values[position] = value
    }

    @discardableResult
    mutating func remove(at position: Int) -> (key: String, value: Value) {
        let key = keys.remove(at: position)
        let value = values.remove(at: position)
        if positions != nil {
            if keys.count > JSONLimits.objectIndexThreshold { rebuildPositions() } else { positions = nil }
        }
        return (key, value)
    }

    /// The same keys (and index) with transformed values.
    func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> OrderedKeyStorage<T> {
        OrderedKeyStorage<T>(keys: keys, values: try values.map(transform), positions: positions)
    }

    private mutating func rebuildPositions() {
        var positions = [String: Int](minimumCapacity: keys.count)
        for (position, key) in keys.enumerated() { positions[key] = position }
        self.positions = positions
    }
}

extension OrderedKeyStorage: Sendable where Value: Sendable {}
