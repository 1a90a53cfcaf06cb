extension JSONObject: ExpressibleByDictionaryLiteral {
    /// `["name": "echo", "size": 3]`, keys in the order written. A repeated key stops the program.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(uniqueKeysWithValues: elements)
    }
}
