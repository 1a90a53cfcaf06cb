/// AWS's tag rules as they apply to the user's tags, across the services the lab tags (EC2 alone accepts
/// more characters; the common set keeps a tag usable everywhere).
///
/// See: https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html#tag-conventions
/// See: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-restrictions
enum TagRules {
    /// A resource can carry at most 50 tags; ours take `TagKeys.reserved.count` of them.
    static let maxTagsPerResource = 50
    static var maxUserTags: Int { maxTagsPerResource - TagKeys.reserved.count }

    static let keyLengths = 1...128
    static let valueLengths = 0...256
    static let allowedText = "letters, digits, spaces and _ . : / = + - @"

    /// Letters and digits of any script, the ASCII space and `_ . : / = + - @`. No other whitespace: a
    /// line separator must not hide in a tag.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " || "_.:/=+-@".unicodeScalars.contains(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Why `key` cannot be a user tag key, with what to do; nil when it can.
    static func keyProblem(_ key: String) -> String? {
        let quoted = SpecText.quoted(key)
        if let bad = key.unicodeScalars.first(where: { !isAllowed($0) }) {
            return "tag key \(quoted) contains \(SpecText.quoted(String(bad))); AWS tag keys allow \(allowedText)"
        }
        let length = key.unicodeScalars.count
        if !keyLengths.contains(length) {
            return "tag key \(quoted) is \(length) characters long; AWS allows 1–128"
        }
        if key.first == " " || key.last == " " {
            return "tag key \(quoted) starts or ends with a space; remove it"
        }
        if key.lowercased().hasPrefix("aws:") {
            return "tag key \(quoted) starts with \"aws:\", which AWS reserves for its own tags; choose another key"
        }
        if let ours = TagKeys.reserved.first(where: { $0.lowercased() == key.lowercased() }) {
            return "tag key \(quoted) is one the lab sets itself (\(ours)); choose another key, e.g. \"User\(ours)\""
        }
        return nil
    }

    /// Why `value` cannot be a tag value (for the tag `key`); nil when it can.
    static func valueProblem(_ value: String) -> String? {
        if let bad = value.unicodeScalars.first(where: { !isAllowed($0) }) {
            return "tag value \(SpecText.quoted(value)) contains \(SpecText.quoted(String(bad))); AWS tag values allow \(allowedText)"
        }
        let length = value.unicodeScalars.count
        if !valueLengths.contains(length) {
            return "tag value is \(length) characters long; AWS allows at most 256"
        }
        return nil
    }
}
