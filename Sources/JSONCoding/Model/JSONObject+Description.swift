extension JSONObject: CustomStringConvertible {
    /// The object as compact JSON, keys in order.
    public var description: String { JSONValue.object(self).description }
}
