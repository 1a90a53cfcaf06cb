import Testing
@testable import JSONCoding

@Suite("UTF-8 validation agrees with the standard library's")
struct UTF8ValidationTests {
    /// Bytes at the edges of the continuation ranges that Unicode's table 3-7 uses (0x80, 0x8F|0x90,
    /// 0x9F|0xA0, 0xBF), just outside them (0x7F, 0xC0, 0xFF), and plain ASCII.
    static let boundaryBytes: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]

    /// Every non-ASCII lead byte followed by up to three boundary bytes (142,208 strings): parsing
    /// `"<bytes>"` must succeed exactly when the standard library calls the bytes well-formed, and give
    /// the same string.
    @Test("Every lead byte with every boundary continuation: accepted exactly when well-formed")
    func agreesWithStandardLibraryAtEveryBoundary() {
        var checked = 0
        var accepted = 0
        var mismatches: [String] = []
        func check(_ content: [UInt8]) {
            checked += 1
            let expected = String(validating: content, as: UTF8.self)
            var parsed: String?
            var failure: JSONParseError?
            do {
                parsed = try JSON.parse([0x22] + content + [0x22]).stringValue
            } catch let error as JSONParseError {
                failure = error
            } catch {
                mismatches.append("\(content): unexpected error \(error)")
            }
            if expected != nil { accepted += 1 }
            if parsed != expected || (expected == nil && failure?.code != .invalidUTF8) {
                mismatches.append("\(content): standard library \(String(describing: expected)), parser \(String(describing: parsed)) / \(String(describing: failure?.code))")
            }
        }
        for lead in UInt8(0x80)...0xFF {
            check([lead])
            for second in Self.boundaryBytes {
                check([lead, second])
                for third in Self.boundaryBytes {
                    check([lead, second, third])
                    for fourth in Self.boundaryBytes { check([lead, second, third, fourth]) }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(checked) disagree, e.g. \(mismatches.prefix(5))")
        #expect(checked == 142_208)
        #expect(accepted > 1_000, "only \(accepted) well-formed inputs: the boundaries are not exercised")
    }
}
