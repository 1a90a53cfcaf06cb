/// `JSONObject` as a `Codable` property: the object passes through `JSON.decode`/`JSON.encode` untouched.
extension JSONObject: Codable {
    public init(from decoder: any Decoder) throws {
        if let decoder = decoder as? JSONValueDecoder {
            self = try JSONValueDecoder.unboxObject(decoder.value, path: decoder.path, key: nil)
            return
        }
        guard case .object(let object) = try JSONValue(from: decoder) else {
            throw DecodingError.typeMismatch(JSONObject.self, DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "expected an object"))
        }
        self = object
    }

    public func encode(to encoder: any Encoder) throws {
        try JSONValue.object(self).encode(to: encoder)
    }
}
