/// Equality by decimal value, not spelling: `1`, `1.0`, `1e0` and `10E-1` are equal, and hash alike.
extension JSONNumber: Hashable {
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.text == rhs.text || DecimalLiteral(validLiteral: lhs.text) == DecimalLiteral(validLiteral: rhs.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(DecimalLiteral(validLiteral: text))
    }
}
