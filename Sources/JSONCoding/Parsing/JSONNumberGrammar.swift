/// The number production of RFC 8259 §6, as a scanner shared by the parser and `JSONNumber(text:)`:
///
///     number = [ minus ] int [ frac ] [ exp ]
///     int    = zero / ( digit1-9 *DIGIT )
///     frac   = decimal-point 1*DIGIT
///     exp    = e [ minus / plus ] 1*DIGIT
///
/// See: https://www.rfc-editor.org/rfc/rfc8259#section-6
enum JSONNumberGrammar {
    /// Why a byte sequence is not a JSON number, and where (a byte offset) the scan stopped.
    enum Failure: Equatable {
        case missingIntegerDigit(at: Int)
        case leadingZero(at: Int)
        case missingFractionDigit(at: Int)
        case missingExponentDigit(at: Int)

        var offset: Int {
            switch self {
            case .missingIntegerDigit(let at), .leadingZero(let at),
                 .missingFractionDigit(let at), .missingExponentDigit(let at):
                return at
            }
        }

        /// What the reader should know to fix the input.
        var explanation: String {
            switch self {
            case .missingIntegerDigit: return "expected a digit after '-'"
            case .leadingZero: return "leading zeros are not allowed"
            case .missingFractionDigit: return "expected a digit after the decimal point"
            case .missingExponentDigit: return "expected a digit in the exponent"
            }
        }
    }

    enum ScanResult: Equatable {
        /// The number ends just before this offset.
        case end(Int)
        case failure(Failure)
    }

    /// Scans the longest number starting at `start`, which holds '-' or a digit.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> ScanResult {
        let count = bytes.count
        var index = start
        if bytes[index] == ASCII.minus { index += 1 }
        guard index < count, ASCII.isDigit(bytes[index]) else {
            return .failure(.missingIntegerDigit(at: index))
        }
        if bytes[index] == ASCII.zero {
            index += 1
            if index < count, ASCII.isDigit(bytes[index]) { return .failure(.leadingZero(at: index - 1)) }
        } else {
            index += 1
            while index < count, ASCII.isDigit(bytes[index]) { index += 1 }
        }
        if index < count, bytes[index] == ASCII.period {
            index += 1
            guard index < count, ASCII.isDigit(bytes[index]) else {
                return .failure(.missingFractionDigit(at: index))
            }
            while index < count, ASCII.isDigit(bytes[index]) { index += 1 }
        }
        if index < count, bytes[index] == ASCII.lowerE || bytes[index] == ASCII.upperE {
            index += 1
            if index < count, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus { index += 1 }
            guard index < count, ASCII.isDigit(bytes[index]) else {
                return .failure(.missingExponentDigit(at: index))
            }
            while index < count, ASCII.isDigit(bytes[index]) { index += 1 }
        }
        return .end(index)
    }
}
