import Synchronization

/// Caches SigV4 signing keys per (secret, date, region, service): deriving one costs four HMACs, and a
/// client signs many requests a day with the same four inputs.
///
/// Bounded: when more than `capacity` keys are held (many regions or a rotated secret), it starts over.
public final class SigV4SigningKeyCache: Sendable {
    private struct Key: Hashable {
        let secretDigest: [UInt8]  // a digest, so the cache never holds the secret itself
        let date: String
        let region: String
        let service: String
    }

    private let keys = Mutex<[Key: [UInt8]]>([:])
    private let capacity: Int

    public init(capacity: Int = 16) { self.capacity = capacity }

    /// The signing key for the scope, derived once and then served from the cache.
    public func signingKey(secret: String, date: String, region: String, service: String) -> [UInt8] {
        let key = Key(secretDigest: Crypto.sha256(Array(secret.utf8)), date: date, region: region, service: service)
        if let cached = keys.withLock({ $0[key] }) { return cached }
        let derived = SigV4SigningKeyCache.derive(secret: secret, date: date, region: region, service: service)
        keys.withLock { cache in
            if cache.count >= capacity { cache.removeAll() }
            cache[key] = derived
        }
        return derived
    }

    /// `kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`.
    public static func derive(secret: String, date: String, region: String, service: String) -> [UInt8] {
        let dateKey = Crypto.hmacSHA256(key: Array(("AWS4" + secret).utf8), message: Array(date.utf8))
        let regionKey = Crypto.hmacSHA256(key: dateKey, message: Array(region.utf8))
        let serviceKey = Crypto.hmacSHA256(key: regionKey, message: Array(service.utf8))
        return Crypto.hmacSHA256(key: serviceKey, message: Array(SigV4.terminator.utf8))
    }
}
