import AWSCore
import Foundation
import Testing

@Suite("Base64")
struct Base64Tests {
    @Test("RFC 4648 test vectors encode and decode", arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ])
    func rfc4648Vectors(_ plain: String, _ encoded: String) throws {
        #expect(Base64.encode(plain) == encoded)
        #expect(try Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test("Encoding equals Foundation's and decodes back, for every length 0…300 of seeded random bytes")
    func matchesFoundation() throws {
        var random = SeededRandom(seed: 0x5eed_ba5e_64)
        for length in 0...300 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.nextUInt64()) }
            let encoded = Base64.encode(bytes)
            #expect(encoded == Data(bytes).base64EncodedString(), "length \(length)")
            #expect(try Base64.decode(encoded) == bytes, "length \(length)")
        }
    }

    @Test("Unpadded input decodes like padded input")
    func unpadded() throws {
        #expect(try Base64.decode("Zm9vYg") == Array("foob".utf8))
        #expect(try Base64.decode("Zm9vYmE") == Array("fooba".utf8))
    }

    @Test("Corrupt Base64 is refused, naming the problem", arguments: [
        ("Zm9v!mFy", "not in the Base64 alphabet"), ("Zg=", "padding"), ("Z", "single character"),
        ("Zh==", "bits beyond the data"), ("Zm9=Yg==", "not in the Base64 alphabet"), ("Zg===", "padding"),
    ])
    func rejectsCorruptInput(_ text: String, _ reason: String) {
        #expect { _ = try Base64.decode(text) } throws: { error in
            guard let error = error as? AWSError else { return false }
            return error.code == "InvalidBase64" && error.message.contains(reason)
        }
    }
}
