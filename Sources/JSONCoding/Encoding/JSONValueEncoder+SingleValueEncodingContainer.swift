/// The encoder is its own single-value container. A second value into the same container throws instead of
/// silently replacing the first.
extension JSONValueEncoder: SingleValueEncodingContainer {
    private func setSingle(_ newNode: EncodedNode) throws {
        guard node == nil else {
            throw EncodingError.invalidValue(newNode.jsonValue, EncodingError.Context(
                codingPath: codingPath,
                debugDescription: "a value was already encoded here; a single value container holds one value"))
        }
        setNode(newNode)
    }

    func encodeNil() throws { try setSingle(.value(.null)) }
    func encode(_ value: Bool) throws { try setSingle(.value(.bool(value))) }
    func encode(_ value: String) throws { try setSingle(.value(.string(value))) }
    func encode(_ value: Double) throws { try setSingle(.value(.number(Self.number(value, path: path, key: nil)))) }
    func encode(_ value: Float) throws { try setSingle(.value(.number(Self.number(value, path: path, key: nil)))) }
    func encode(_ value: Int) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    func encode(_ value: Int8) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    func encode(_ value: Int16) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    func encode(_ value: Int32) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    func encode(_ value: Int64) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    @available(macOS 15.0, *)
    func encode(_ value: Int128) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    func encode(_ value: UInt) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    func encode(_ value: UInt8) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    func encode(_ value: UInt16) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    func encode(_ value: UInt32) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    func encode(_ value: UInt64) throws { try setSingle(.value(.number(JSONNumber(value)))) }
    @available(macOS 15.0, *)
    func encode(_ value: UInt128) throws { try setSingle(.value(.number(JSONNumber(value)))) }

    func encode<T: Encodable>(_ value: T) throws {
        try setSingle(try Self.boxOrEmpty(value, path: path, key: nil, depth: depth))
    }
}
