import JSONCoding

/// Reads one JSON object of the spec field by field, recording a problem for every value of the wrong
/// type or out of range and falling back to the default so reading goes on and finds the next problem.
///
/// `null` counts as absent everywhere (OMB's YAML writes `tlsTrustCertsFilePath:` with no value, which
/// converts to null). Every key read must be one of `knownKeys`; `reportUnknownKeys` then names the rest,
/// with the closest known name as a suggestion.
struct ObjectReader {
    let object: JSONObject
    let path: SpecPath
    let knownKeys: [String]

    /// A reader for the object at `path`, or nil when the value is absent or null (nothing to read) or not
    /// an object (then a problem is recorded).
    init?(_ value: JSONValue?, at path: SpecPath, knownKeys: [String], _ diagnostics: inout SpecDiagnostics) {
        guard let value, !value.isNull else { return nil }
        guard case .object(let object) = value else {
            diagnostics.problem(path, "expected an object, found \(SpecText.describe(value)); write { … } with the fields of \(path.description.isEmpty ? "the spec" : path.description)")
            return nil
        }
        self.object = object
        self.path = path
        self.knownKeys = knownKeys
    }

    /// The value of `key`, nil when absent or null.
    func value(_ key: String) -> JSONValue? {
        assert(knownKeys.contains(key), "\(key) is read at \(path) but not listed in its known keys")
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// A whole number in `range`; `hint` ends the problem message ("use a whole number of bookies").
    func int(_ key: String, default fallback: Int, in range: ClosedRange<Int>, _ diagnostics: inout SpecDiagnostics) -> Int {
        optionalInt(key, in: range, &diagnostics) ?? fallback
    }

    func optionalInt(_ key: String, in range: ClosedRange<Int>, _ diagnostics: inout SpecDiagnostics) -> Int? {
        guard let value = value(key) else { return nil }
        let at = path.member(key)
        guard case .number(let number) = value, let int = number.int else {
            let found = value.numberValue.map { "the number \($0.text), which is not a whole number" } ?? SpecText.describe(value)
            diagnostics.problem(at, "expected a whole number, found \(found); use a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        guard range.contains(int) else {
            diagnostics.problem(at, "\(int) is out of range; use a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return int
    }

    /// A number (whole or not) in `range`.
    func double(_ key: String, default fallback: Double, in range: ClosedRange<Double>, _ diagnostics: inout SpecDiagnostics) -> Double {
        guard let value = value(key) else { return fallback }
        let at = path.member(key)
        guard case .number(let number) = value, let double = number.double else {
            diagnostics.problem(at, "expected a number, found \(SpecText.describe(value)); use a number from \(range.lowerBound) to \(range.upperBound)")
            return fallback
        }
        guard range.contains(double) else {
            diagnostics.problem(at, "\(number.text) is out of range; use a number from \(range.lowerBound) to \(range.upperBound)")
            return fallback
        }
        return double
    }

    func bool(_ key: String, default fallback: Bool, _ diagnostics: inout SpecDiagnostics) -> Bool {
        optionalBool(key, &diagnostics) ?? fallback
    }

    func optionalBool(_ key: String, _ diagnostics: inout SpecDiagnostics) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value else {
            diagnostics.problem(path.member(key), "expected true or false, found \(SpecText.describe(value))")
            return nil
        }
        return flag
    }

    /// A string that holds `rule`; nil when absent or invalid (the problem is recorded).
    func string(_ key: String, rule: TextRule, _ diagnostics: inout SpecDiagnostics) -> String? {
        guard let value = value(key) else { return nil }
        let at = path.member(key)
        guard case .string(let text) = value else {
            diagnostics.problem(at, "expected a string, found \(SpecText.describe(value))")
            return nil
        }
        if let violation = rule.violation(of: text) {
            diagnostics.problem(at, violation)
            return nil
        }
        return text
    }

    /// One of the raw values of `E`; the problem lists the choices.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type, _ diagnostics: inout SpecDiagnostics) -> E?
    where E.RawValue == String {
        guard let value = value(key) else { return nil }
        let choices = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        guard case .string(let text) = value else {
            diagnostics.problem(path.member(key), "expected one of \(choices), found \(SpecText.describe(value))")
            return nil
        }
        guard let choice = E(rawValue: text) else {
            let names = E.allCases.map(\.rawValue)
            let hint = ClosestName.suggestion(for: text, among: names).map { "; did you mean \"\($0)\"?" } ?? ""
            diagnostics.problem(path.member(key), "\(SpecText.quoted(text)) is not one of \(choices)\(hint)")
            return nil
        }
        return choice
    }

    /// Records a problem for every key that is not known here, suggesting the closest known name.
    func reportUnknownKeys(_ diagnostics: inout SpecDiagnostics) {
        for key in object.keys where !knownKeys.contains(key) {
            let at = path.member(key)
            if let suggestion = ClosestName.suggestion(for: key, among: knownKeys) {
                diagnostics.problem(at, "unknown field \(SpecText.quoted(key)); did you mean \"\(suggestion)\"?")
            } else {
                diagnostics.problem(at, "unknown field \(SpecText.quoted(key)); known fields here: \(knownKeys.joined(separator: ", "))")
            }
        }
    }
}
