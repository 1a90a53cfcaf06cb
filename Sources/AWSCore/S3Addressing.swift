/// Where an S3 bucket's objects live: virtual-hosted style (`bucket.s3.region.amazonaws.com/key`) when the
/// bucket name is a valid DNS label usable under TLS, path style (`s3.region.amazonaws.com/bucket/key`)
/// when it is not, or when the endpoint is custom (an emulator, a VPC endpoint URL).
///
/// See: https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html
/// and https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
public enum S3Addressing {
    /// Whether `bucket` can be a host label: 3–63 lower-case letters, digits and hyphens, starting and
    /// ending with a letter or digit, not an IP address. Dots are allowed only without TLS (a dotted
    /// name breaks the `*.s3…` certificate).
    public static func isVirtualHostable(_ bucket: String, overTLS: Bool) -> Bool {
        let bytes = Array(bucket.utf8)
        guard (3...63).contains(bytes.count) else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard isAlphanumeric(bytes.first!), isAlphanumeric(bytes.last!) else { return false }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case _ where isAlphanumeric(byte), UInt8(ascii: "-"): continue
            case UInt8(ascii: "."):
                if overTLS || bytes[index - 1] == UInt8(ascii: ".") || bytes[index - 1] == UInt8(ascii: "-")
                    || bytes[index + 1] == UInt8(ascii: "-") { return false }
            default: return false
            }
        }
        let labels = bucket.split(separator: ".")
        if labels.count == 4, labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return false }  // looks like an IP
        return true
    }

    /// The URL of `key` (unencoded; empty for the bucket itself) in `bucket`, on `endpoint`.
    public static func url(bucket: String, key: String, endpoint: ResolvedEndpoint) -> HTTPURL {
        var url = endpoint.url
        let encodedKey = PercentEncoding.encode(key, keepingSlash: true)
        let basePath = url.path.hasSuffix("/") ? String(url.path.dropLast()) : url.path
        if !endpoint.isCustom, isVirtualHostable(bucket, overTLS: url.scheme == "https") {
            url.host = "\(bucket).\(url.host)"
            url.path = basePath + "/" + encodedKey
        } else {
            // The bucket itself is `/bucket`, without a trailing slash, as botocore sends it.
            url.path = basePath + "/" + PercentEncoding.encode(bucket) + (key.isEmpty ? "" : "/" + encodedKey)
        }
        return url
    }
}
