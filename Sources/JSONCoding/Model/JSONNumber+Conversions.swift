extension JSONNumber {
    /// The value as an `Int64` if it is a whole number in range (`3`, `3.0`, `3e0`), else nil.
    public var int64: Int64? { exactly(Int64.self) }

    /// The value as a `UInt64` if it is a whole number in range, else nil.
    public var uint64: UInt64? { exactly(UInt64.self) }

    /// The value as an `Int` if it is a whole number in range, else nil.
    public var int: Int? { exactly(Int.self) }

    /// The nearest `Double` (correctly rounded), or nil if the number is beyond `Double`'s range
    /// (e.g. `1e400`). Tiny numbers such as `1e-400` round to zero, as any JSON reader would.
    public var double: Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The nearest `Float`, or nil if the number is beyond `Float`'s range.
    public var float: Float? {
        guard let value = Float(text), value.isFinite else { return nil }
        return value
    }

    /// True when the number has no fractional part (`2`, `2.0`, `2e3`; not `2.5` or `25e-1`).
    public var isWhole: Bool { DecimalLiteral(validLiteral: text).isWhole }

    /// The value as `T` if it is a whole number within `T`'s range, else nil.
    public func exactly<T: FixedWidthInteger>(_ type: T.Type) -> T? {
        if case .exact(let value) = integerConversion(to: type) { return value }
        return nil
    }

    /// Exact conversion with the reason for failure, for decoding errors.
    func integerConversion<T: FixedWidthInteger>(to type: T.Type) -> DecimalLiteral.IntegerConversion<T> {
        var text = self.text
        return text.withUTF8 { bytes in
            // Fast path for the common case: a plain integer literal short enough to fit an Int64.
            if let small = Self.smallInteger(bytes) {
                guard let value = T(exactly: small) else { return .outOfRange }
                return .exact(value)
            }
            return DecimalLiteral(validLiteral: bytes).integer(as: type)
        }
    }

    /// The value of a plain integer literal of up to 18 digits (the common case), or nil. Not generic, so
    /// callers in generic code can try it without instantiating generic types at run time.
    var smallInteger: Int64? {
        var text = self.text
        return text.withUTF8 { Self.smallInteger($0) }
    }

    /// The value of `-?[0-9]{1,18}`, or nil for anything else.
    @inline(__always)
    private static func smallInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        let negative = bytes.first == ASCII.minus
        if negative { index = 1 }
        let digitCount = bytes.count - index
        guard digitCount > 0, digitCount <= 18 else { return nil }
        var value: Int64 = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard ASCII.isDigit(byte) else { return nil }
            value = value &* 10 &+ Int64(byte &- ASCII.zero)
            index += 1
        }
        return negative ? -value : value
    }
}
