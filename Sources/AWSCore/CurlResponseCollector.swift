/// Receives what libcurl's write and header callbacks deliver for one transfer. Passed to the C callbacks
/// as an unretained pointer (`Unmanaged`), alive for the duration of `curl_easy_perform`.
final class CurlResponseCollector {
    var body: [UInt8] = []
    /// Header fields of the last response block (after redirects or `100 Continue`, only the final one).
    var headers = HTTPHeaders()
    /// The largest body we accept; past it the write callback stops the transfer.
    let maximumBodyBytes: Int
    var bodyTooLarge = false

    init(maximumBodyBytes: Int) { self.maximumBodyBytes = maximumBodyBytes }

    /// One header line as libcurl delivers it, `\r\n` included.
    func receiveHeaderLine(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Trim CR/LF as bytes: in a Swift String "\r\n" is one Character, which hasSuffix("\n") misses.
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        if line.hasPrefix("HTTP/") {
            headers = HTTPHeaders()  // a new response block starts: forget the previous one
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }  // the blank line ending a block
        let name = String(line[..<colon])
        let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
        headers.add(name, String(value))
    }

    /// A chunk of body; returns whether to go on.
    func receiveBody(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard body.count + bytes.count <= maximumBodyBytes else {
            bodyTooLarge = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }
}
