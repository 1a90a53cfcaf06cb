extension JSONNumber: CustomStringConvertible {
    /// The literal text, as it appears in JSON.
    public var description: String { text }
}
