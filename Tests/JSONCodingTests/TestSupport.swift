import Testing
@testable import JSONCoding

/// The UTF-8 bytes of a Swift string: test inputs are written as strings, the API takes bytes.
func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Output bytes as a string, for comparing with goldens.
func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// Parses `input` and returns the `JSONParseError` it must throw (recording an issue if it parsed).
func parseError(_ input: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> JSONParseError? {
    #expect(throws: JSONParseError.self, "input: \(Array(input.prefix(80)))", sourceLocation: sourceLocation) {
        try JSON.parse(input)
    }
}

/// Decodes `type` from `json` and returns the `DecodingError` it must throw.
func decodingError<T: Decodable>(
    _ type: T.Type, from json: String, sourceLocation: SourceLocation = #_sourceLocation
) -> DecodingError? {
    #expect(throws: DecodingError.self, "decoding \(T.self) from \(json)", sourceLocation: sourceLocation) {
        try JSON.decode(type, from: utf8(json))
    }
}

/// The coding path as its keys' string values, to compare with what Foundation's coders would report.
func keyStrings(_ path: [any CodingKey]) -> [String] { path.map(\.stringValue) }

/// SplitMix64: tiny, fast, and fully determined by its seed, so a failing fuzz run can be replayed with
/// `JSON_FUZZ_SEED=<seed> swift test --filter JSONCodingTests`.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
