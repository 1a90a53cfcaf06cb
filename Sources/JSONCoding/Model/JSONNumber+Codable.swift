/// `JSONNumber` as a `Codable` property: with `JSON.decode`/`JSON.encode` the literal passes through
/// exactly (any size, any precision). Other coders get and give an `Int64`, `UInt64` or `Double`.
extension JSONNumber: Codable {
    public init(from decoder: any Decoder) throws {
        if let decoder = decoder as? JSONValueDecoder {
            self = try JSONValueDecoder.unboxNumber(decoder.value, as: "a number", path: decoder.path, key: nil)
            return
        }
        let container = try decoder.singleValueContainer()
        // Foreign decoders say "this number is not an Int64" in different ways (Foundation on Linux throws
        // its internal JSONError for 2.5), so a failed integer attempt only means "try the next type";
        // the last attempt, Double, reports its error.
        if case .success(let integer) = Result(catching: { try container.decode(Int64.self) }) {
            self.init(integer)
        } else if case .success(let integer) = Result(catching: { try container.decode(UInt64.self) }) {
            self.init(integer)
        } else {
            let double = try container.decode(Double.self)
            guard let number = JSONNumber(double) else {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected a number, found \(double), which JSON cannot represent"))
            }
            self = number
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if let encoder = encoder as? JSONValueEncoder {
            try encoder.encode(self)
            return
        }
        var container = encoder.singleValueContainer()
        if let integer = int64 {
            try container.encode(integer)
        } else if let integer = uint64 {
            try container.encode(integer)
        } else if let double {
            try container.encode(double)
        } else {
            throw EncodingError.invalidValue(self, EncodingError.Context(
                codingPath: encoder.codingPath,
                debugDescription: "the number \(text) is beyond Double's range; only JSON.encode can write it exactly"))
        }
    }
}
