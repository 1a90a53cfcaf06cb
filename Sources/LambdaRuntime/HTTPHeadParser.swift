/// Parses an HTTP/1.x response head (status line and header lines, without the blank line) from bytes.
enum HTTPHeadParser {
    private static let cr: UInt8 = 13
    private static let lf: UInt8 = 10
    private static let colon: UInt8 = 58
    private static let space: UInt8 = 32
    private static let tab: UInt8 = 9

    /// The status code and the headers with lower-cased names, or nil when the head is malformed.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (status: Int, headers: [String: String])? {
        var lineStart = 0
        guard let statusEnd = lineEnd(in: bytes, from: 0), let status = statusCode(bytes, upTo: statusEnd) else { return nil }
        lineStart = statusEnd + 2
        var headers: [String: String] = [:]
        headers.reserveCapacity(8)
        while lineStart < bytes.count {
            let end = lineEnd(in: bytes, from: lineStart) ?? bytes.count
            if end > lineStart {
                guard let colonIndex = firstIndex(of: colon, in: bytes, from: lineStart, to: end), colonIndex > lineStart else {
                    return nil
                }
                var valueStart = colonIndex + 1
                var valueEnd = end
                while valueStart < valueEnd && (bytes[valueStart] == space || bytes[valueStart] == tab) { valueStart += 1 }
                while valueEnd > valueStart && (bytes[valueEnd - 1] == space || bytes[valueEnd - 1] == tab) { valueEnd -= 1 }
                let name = lowercasedASCII(UnsafeBufferPointer(rebasing: bytes[lineStart..<colonIndex]))
                headers[name] = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
            }
            lineStart = end + 2
        }
        return (status, headers)
    }

    /// `HTTP/1.1 202 Accepted` → 202.
    private static func statusCode(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Int? {
        let prefix: [UInt8] = Array("HTTP/1.".utf8)
        guard end >= 12, bytes.starts(with: prefix), bytes[8] == space else { return nil }
        var status = 0
        for index in 9..<12 {
            let digit = bytes[index]
            guard digit >= 48 && digit <= 57 else { return nil }
            status = status * 10 + Int(digit - 48)
        }
        return status
    }

    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == cr && bytes[index + 1] == lf { return index }
            index += 1
        }
        return nil
    }

    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            for (index, byte) in bytes.enumerated() {
                output[index] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return bytes.count
        }
    }
}
