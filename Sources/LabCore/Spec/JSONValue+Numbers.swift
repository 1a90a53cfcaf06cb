import JSONCoding

/// Shorthands for building the filled-in spec and summaries.
extension JSONValue {
    /// A whole number.
    static func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }

    /// A finite number (the spec's ratios are validated to 0…1, so never NaN or infinite).
    static func double(_ value: Double) -> JSONValue {
        guard let number = JSONNumber(value) else { preconditionFailure("\(value) is not a finite number") }
        return .number(number)
    }
}
