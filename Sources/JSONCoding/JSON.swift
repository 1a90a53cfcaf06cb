/// Entry points of the module: strict parsing, serializing and `Codable` for JSON, without Foundation.
///
///     let spec = try JSON.decode(ExperimentSpec.self, from: body)        // body: [UInt8]
///     let bytes = try JSON.encode(result, options: [.sortedKeys])
///     let event = try JSON.parse(body); event["detail"]?["state"]?.stringValue
///
/// Every decoding failure is a `DecodingError` with an exact `codingPath`; `error.summary` says what was
/// wrong at which path in one line (see `DecodingError+JSONPath.swift`).
public enum JSON {
    /// Decodes `type` from JSON text.
    ///
    /// - Throws: `DecodingError`. Text that is not valid JSON gives `.dataCorrupted` at the root, whose
    ///   `underlyingError` is the `JSONParseError` (with offset, line and column); values that do not fit
    ///   `type` give `.keyNotFound`, `.typeMismatch`, `.valueNotFound` or `.dataCorrupted` at their path.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch let error as JSONParseError {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [],
                debugDescription: "the input is not valid JSON: \(error.message)",
                underlyingError: error))
        }
        return try decode(type, from: value)
    }

    /// Decodes `type` from an already parsed value. Throws `DecodingError`.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try JSONValueDecoder.unbox(value, as: type, path: .root)
    }

    /// Encodes `value` as UTF-8 JSON text.
    ///
    /// - Throws: `EncodingError.invalidValue` for a non-finite `Double`/`Float` (JSON has no NaN or
    ///   infinity), for nesting deeper than 512 levels (usually a reference cycle), or when the top-level
    ///   value encodes nothing; the error's `codingPath` names where.
    public static func encode<T: Encodable>(_ value: T, options: JSONEncodingOptions = []) throws -> [UInt8] {
        serialize(try encodeToValue(value), options: options)
    }

    /// Encodes `value` into a `JSONValue` tree (keys in encoding order), e.g. to add a field before sending.
    public static func encodeToValue<T: Encodable>(_ value: T) throws -> JSONValue {
        try JSONValueEncoder.encodeTopLevel(value)
    }

    /// Parses JSON text strictly per RFC 8259 (see `JSONParser` for what is rejected).
    ///
    /// - Throws: `JSONParseError`, naming the offset, line and column of the problem.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try JSONParser.parse(bytes)
    }

    /// Writes `value` as UTF-8 JSON text; compact unless `.prettyPrinted`, keys in order unless `.sortedKeys`.
    public static func serialize(_ value: JSONValue, options: JSONEncodingOptions = []) -> [UInt8] {
        JSONSerializer.serialize(value, options: options)
    }
}
