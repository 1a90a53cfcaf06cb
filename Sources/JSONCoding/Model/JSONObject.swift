/// A JSON object whose keys keep their order: the order they were parsed in, or inserted in. Serializing
/// writes them in that order (unless `.sortedKeys`), so a document read and written back keeps its layout,
/// and goldens are stable.
///
/// Keys are unique: the parser rejects a document that repeats a key, and `updateValue(_:forKey:)` replaces
/// the value of an existing key where it stands. Keys compare as Swift strings (Unicode canonical
/// equivalence), so two spellings of "é" are the same key.
///
/// Two objects are equal when they hold the same keys with equal values, in any order (RFC 8259 §4: an
/// object is an unordered collection). Compare `keys` too when the order matters.
public struct JSONObject: Sendable {
    var storage: OrderedKeyStorage<JSONValue>

    /// An empty object.
    public init() {
        storage = OrderedKeyStorage()
    }

    init(storage: OrderedKeyStorage<JSONValue>) {
        self.storage = storage
    }

    /// An object with these keys and values, in this order. Repeating a key is a programming error and
    /// stops the program, as it does for `Dictionary(uniqueKeysWithValues:)`.
    public init<S: Sequence>(uniqueKeysWithValues pairs: S) where S.Element == (String, JSONValue) {
        storage = OrderedKeyStorage()
        for (key, value) in pairs {
            precondition(storage.position(of: key) == nil, "duplicate key \"\(key)\" in JSONObject(uniqueKeysWithValues:)")
            storage.appendNew(key, value)
        }
    }

    /// The keys, in order.
    public var keys: [String] { storage.keys }

    /// The values, in key order.
    public var values: [JSONValue] { storage.values }

    /// The value for `key`, or nil. Setting a value replaces an existing key's value in place or appends
    /// a new key at the end; setting nil removes the key.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let position = storage.position(of: key) else { return nil }
            return storage.values[position]
        }
        set {
            if let newValue {
                storage.updateValue(newValue, forKey: key)
            } else if let position = storage.position(of: key) {
                storage.remove(at: position)
            }
        }
    }

    /// The position of `key` in `keys`, or nil.
    public func index(forKey key: String) -> Int? {
        storage.position(of: key)
    }

    /// Replaces the value of `key` where it stands, or appends `key` at the end if it is new.
    /// Returns the value that was replaced, if any.
    @discardableResult
    public mutating func updateValue(_ value: JSONValue, forKey key: String) -> JSONValue? {
        storage.updateValue(value, forKey: key)
    }

    /// Removes `key` and returns its value, or returns nil if the key is absent.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let position = storage.position(of: key) else { return nil }
        return storage.remove(at: position).value
    }
}
