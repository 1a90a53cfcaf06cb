import CLibcrypto

/// SHA-256 and HMAC-SHA256 through OpenSSL's libcrypto (on provided.al2023 as openssl-libs), the two
/// primitives SigV4 needs. Not swift-crypto: it would bring Foundation in.
///
/// See: https://docs.openssl.org/3.0/man3/SHA256_Init/ and https://docs.openssl.org/3.0/man3/HMAC/
public enum Crypto {
    /// The SHA-256 digest (32 bytes) of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                _ = SHA256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return digest
    }

    /// HMAC-SHA256 (32 bytes) of `message` under `key`.
    public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var mac = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        var length: UInt32 = 0
        key.withUnsafeBufferPointer { keyBuffer in
            message.withUnsafeBufferPointer { messageBuffer in
                mac.withUnsafeMutableBufferPointer { output in
                    // An empty array may have no base address; HMAC needs a valid pointer even for length 0.
                    let emptyByte: [UInt8] = [0]
                    emptyByte.withUnsafeBufferPointer { empty in
                        _ = HMAC(
                            EVP_sha256(),
                            keyBuffer.baseAddress ?? empty.baseAddress, Int32(keyBuffer.count),
                            messageBuffer.baseAddress ?? empty.baseAddress, messageBuffer.count,
                            output.baseAddress, &length)
                    }
                }
            }
        }
        return mac
    }

    /// Lower-case hexadecimal of `bytes`, as SigV4 writes digests and signatures.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `hex(sha256(bytes))`, the payload hash of SigV4.
    public static func sha256Hex(_ bytes: [UInt8]) -> String { hex(sha256(bytes)) }
}
