/// Limits and sizes used across the module, in one place.
enum JSONLimits {
    /// Deepest nesting of arrays and objects the parser accepts, and the deepest chain of nested values the
    /// encoder builds. The parser recurses once per level, so hostile input like `[[[[...` must stop well
    /// before the stack does; 512 matches common JSON libraries and is far beyond any AWS payload.
    static let maximumDepth = 512

    /// Objects with more keys than this get a hash index next to their ordered key list. Below it a linear
    /// scan is faster than hashing (most AWS and Lambda objects have a handful of keys).
    static let objectIndexThreshold = 12

    /// Bytes shown on each side of the error position in a `JSONParseError` excerpt.
    static let excerptRadius = 20

    /// Longest string value quoted in full in a decoding error message before it is cut with "…".
    static let describedStringLength = 40
}
