/// `JSONValue` as a `Codable` property. With `JSON.decode`/`JSON.encode` the subtree passes through
/// untouched (numbers keep their text, keys their order). Other coders (e.g. Foundation's, in tests) go
/// through their containers; numbers are then read as `Int64`, `UInt64` or `Double`, in that order.
extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        if let decoder = decoder as? JSONValueDecoder {
            self = decoder.value
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let keyed = try Self.probe({ try decoder.container(keyedBy: JSONCodingKey.self) }) {
            var object = JSONObject()
            for key in keyed.allKeys {
                object.updateValue(try keyed.decode(JSONValue.self, forKey: key), forKey: key.stringValue)
            }
            self = .object(object)
        } else if var unkeyed = try Self.probe({ try decoder.unkeyedContainer() }) {
            var elements: [JSONValue] = []
            while !unkeyed.isAtEnd { elements.append(try unkeyed.decode(JSONValue.self)) }
            self = .array(elements)
        } else if let bool = try Self.probe({ try single.decode(Bool.self) }) {
            self = .bool(bool)
        } else if let string = try Self.probe({ try single.decode(String.self) }) {
            self = .string(string)
        } else {
            self = .number(try JSONNumber(from: decoder))
        }
    }

    /// Tries one way of reading a value from a foreign decoder. A type mismatch means "not this kind of
    /// value" and gives nil; every other error propagates.
    static func probe<T>(_ attempt: () throws -> T) throws -> T? {
        do {
            return try attempt()
        } catch DecodingError.typeMismatch {
            return nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if let encoder = encoder as? JSONValueEncoder {
            try encoder.encode(self)
            return
        }
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let bool):
            var container = encoder.singleValueContainer()
            try container.encode(bool)
        case .number(let number):
            try number.encode(to: encoder)
        case .string(let string):
            var container = encoder.singleValueContainer()
            try container.encode(string)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let object):
            var container = encoder.container(keyedBy: JSONCodingKey.self)
            for (key, value) in object { try container.encode(value, forKey: .name(key)) }
        }
    }
}
