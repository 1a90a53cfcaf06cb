/// The decoder is its own single-value container: the value is right there.
extension JSONValueDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try Self.unboxBool(value, path: path, key: nil) }
    func decode(_ type: String.Type) throws -> String { try Self.unboxString(value, path: path, key: nil) }
    func decode(_ type: Double.Type) throws -> Double { try Self.unboxDouble(value, path: path, key: nil) }
    func decode(_ type: Float.Type) throws -> Float { try Self.unboxFloat(value, path: path, key: nil) }
    func decode(_ type: Int.Type) throws -> Int { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    func decode(_ type: Int8.Type) throws -> Int8 { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    func decode(_ type: Int16.Type) throws -> Int16 { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    func decode(_ type: Int32.Type) throws -> Int32 { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    func decode(_ type: Int64.Type) throws -> Int64 { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    @available(macOS 15.0, *)
    func decode(_ type: Int128.Type) throws -> Int128 { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    func decode(_ type: UInt.Type) throws -> UInt { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try Self.unboxInteger(value, as: type, path: path, key: nil) }
    @available(macOS 15.0, *)
    func decode(_ type: UInt128.Type) throws -> UInt128 { try Self.unboxInteger(value, as: type, path: path, key: nil) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try Self.unbox(value, as: type, path: path)
    }
}
