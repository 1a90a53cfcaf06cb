/// The exact decimal value of a valid JSON number literal, read without rounding: a sign, a run of
/// significant digits and a power of ten. Integer conversion and number equality work on this, so
/// `9223372036854775807`, `1e2` and `100.0` are judged by their true value, never through a `Double`.
struct DecimalLiteral {
    /// The outcome of converting a number to a fixed-width integer type.
    enum IntegerConversion<T> {
        case exact(T)
        /// The number has a fractional part (e.g. 1.5).
        case notWhole
        /// The number is whole but outside the type's range.
        case outOfRange
    }

    let isNegative: Bool
    /// The significant digits (values 0...9), without leading or trailing zeros; empty for zero.
    let significand: [UInt8]
    /// The value is `significand × 10^scale`.
    let scale: Int

    var isZero: Bool { significand.isEmpty }

    /// Exponents beyond this are clamped, so hostile input such as `1e99999999999999999999` cannot overflow
    /// `Int`. Numbers with such exponents are far outside every numeric type, so clamping changes no
    /// conversion result; only equality of two such absurd numbers becomes approximate.
    private static let exponentClamp = 1_000_000_000_000

    /// Reads a literal that already matched `JSONNumberGrammar`.
    init(validLiteral bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        let negative = count > 0 && bytes[0] == ASCII.minus
        if negative { index = 1 }

        var digits: [UInt8] = []
        digits.reserveCapacity(count)
        var fractionDigits = 0
        while index < count, ASCII.isDigit(bytes[index]) {
            digits.append(bytes[index] - ASCII.zero)
            index += 1
        }
        if index < count, bytes[index] == ASCII.period {
            index += 1
            while index < count, ASCII.isDigit(bytes[index]) {
                digits.append(bytes[index] - ASCII.zero)
                fractionDigits += 1
                index += 1
            }
        }
        var exponent = 0
        if index < count, bytes[index] == ASCII.lowerE || bytes[index] == ASCII.upperE {
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus {
                exponentNegative = bytes[index] == ASCII.minus
                index += 1
            }
            while index < count, ASCII.isDigit(bytes[index]) {
                if exponent < Self.exponentClamp {
                    exponent = exponent * 10 + Int(bytes[index] - ASCII.zero)
                }
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }

        guard let first = digits.firstIndex(where: { $0 != 0 }),
              let last = digits.lastIndex(where: { $0 != 0 }) else {
            self.isNegative = false
            self.significand = []
            self.scale = 0
            return
        }
        self.isNegative = negative
        self.significand = Array(digits[first...last])
        self.scale = exponent - fractionDigits + (digits.count - 1 - last)
    }

    init(validLiteral text: String) {
        var text = text
        self = text.withUTF8 { DecimalLiteral(validLiteral: $0) }
    }

    /// True when the value has no fractional part.
    var isWhole: Bool { isZero || scale >= 0 }

    /// The value as `T`, exactly, or why not.
    func integer<T: FixedWidthInteger>(as type: T.Type) -> IntegerConversion<T> {
        if isZero { return .exact(0) }
        if scale < 0 { return .notWhole }
        if isNegative && !T.isSigned { return .outOfRange }
        // A 128-bit integer has at most 39 digits: anything longer is out of range for every type.
        if significand.count + scale > 40 { return .outOfRange }
        var result: T = 0
        for digit in significand {
            let (shifted, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = isNegative
                ? shifted.subtractingReportingOverflow(T(digit))
                : shifted.addingReportingOverflow(T(digit))
            if overflow1 || overflow2 { return .outOfRange }
            result = next
        }
        for _ in 0..<scale {
            let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return .outOfRange }
            result = shifted
        }
        return .exact(result)
    }
}

extension DecimalLiteral: Hashable {}
