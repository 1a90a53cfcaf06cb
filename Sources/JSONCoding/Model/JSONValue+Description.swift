extension JSONValue: CustomStringConvertible {
    /// The value as compact JSON (keys in order), so test failures and logs show real JSON.
    public var description: String {
        String(decoding: JSON.serialize(self), as: UTF8.self)
    }
}
