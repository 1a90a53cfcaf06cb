#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One keep-alive HTTP/1.1 connection to the Runtime API over a plain TCP socket.
///
/// A socket client rather than libcurl: loading Debian's libcurl costs about 3.4 ms per process start,
/// which is most of a cold start, and the Runtime API needs none of curl's features (loopback,
/// plain HTTP, `Content-Length` bodies). There is no read timeout: `GET /next` blocks until Lambda has
/// an event, which can be minutes. Connecting has a short timeout, so an absent API fails fast.
final class RuntimeAPIConnection {
    let endpoint: RuntimeAPIEndpoint
    private let connectTimeoutMs: Int32
    private var descriptor: Int32 = -1
    /// Receive buffer: bytes `inboxStart..<inboxEnd` are received but not yet consumed. Reused
    /// between responses, so a warm invocation allocates nothing here.
    private var inbox = [UInt8](repeating: 0, count: 64 * 1024)
    private var inboxStart = 0
    private var inboxEnd = 0

    init(endpoint: RuntimeAPIEndpoint, connectTimeoutMs: Int32 = 1_000) {
        self.endpoint = endpoint
        self.connectTimeoutMs = connectTimeoutMs
    }

    deinit { close() }

    /// Sends `request` and reads the whole response. A connection the server closed since the last
    /// exchange (the Runtime API restarted, or dropped an idle socket) is reopened once.
    func exchange(_ request: [UInt8]) throws(RuntimeAPIConnectionError) -> RuntimeAPIResponse {
        let reused = descriptor >= 0
        do {
            try ensureConnected()
            try sendAll(request)
            return try receiveResponse()
        } catch let error where reused && error.kind == .closedByPeer {
            close()
            try ensureConnected()
            try sendAll(request)
            return try receiveResponse()
        }
    }

    func close() {
        if descriptor >= 0 {
            closeDescriptor(descriptor)
            descriptor = -1
        }
        inboxStart = 0
        inboxEnd = 0
    }

    // MARK: Connecting

    private func ensureConnected() throws(RuntimeAPIConnectionError) {
        guard descriptor < 0 else { return }
        descriptor = try Self.openSocket(to: endpoint, timeoutMs: connectTimeoutMs)
    }

    private static func openSocket(to endpoint: RuntimeAPIEndpoint, timeoutMs: Int32) throws(RuntimeAPIConnectionError) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(endpoint.host, String(endpoint.port), &hints, &list)
        guard status == 0, let first = list else {
            throw RuntimeAPIConnectionError(.unreachable, endpoint: endpoint, detail: "cannot resolve host: \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }

        var lastError: Int32 = 0
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let address = candidate {
            candidate = address.pointee.ai_next
            let fd = socket(address.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            if fd < 0 { lastError = errno; continue }
            if connectWithTimeout(fd, address.pointee.ai_addr, address.pointee.ai_addrlen, timeoutMs, &lastError) {
                var one: Int32 = 1
                // Requests are written in one piece; Nagle would only delay them.
                _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                return fd
            }
            closeDescriptor(fd)
        }
        throw RuntimeAPIConnectionError(.unreachable, endpoint: endpoint, detail: "connect failed: \(String(cString: strerror(lastError)))")
    }

    /// Non-blocking connect bounded by `timeoutMs`, then back to blocking mode for the exchange.
    private static func connectWithTimeout(
        _ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>, _ length: socklen_t, _ timeoutMs: Int32, _ lastError: inout Int32
    ) -> Bool {
        let flags = fcntl(fd, F_GETFL, 0)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        defer { _ = fcntl(fd, F_SETFL, flags) }
        if connect(fd, address, length) == 0 { return true }
        guard errno == EINPROGRESS else { lastError = errno; return false }
        var pending = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        let ready = poll(&pending, 1, timeoutMs)
        guard ready == 1 else { lastError = ready == 0 ? ETIMEDOUT : errno; return false }
        var socketError: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        _ = getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &size)
        guard socketError == 0 else { lastError = socketError; return false }
        return true
    }

    // MARK: Sending

    private func sendAll(_ bytes: [UInt8]) throws(RuntimeAPIConnectionError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
            }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                close()
                throw RuntimeAPIConnectionError(
                    code == EPIPE || code == ECONNRESET ? .closedByPeer : .ioFailed,
                    endpoint: endpoint, detail: "send failed: \(String(cString: strerror(code)))")
            }
            offset += written
        }
    }

    // MARK: Receiving

    private func receiveResponse() throws(RuntimeAPIConnectionError) -> RuntimeAPIResponse {
        var headEnd: Int
        while true {
            if let end = findHeadEnd() { headEnd = end; break }
            try fill(expectingMore: inboxEnd > inboxStart)
        }
        let head = try parseHead(inbox[inboxStart..<headEnd])
        inboxStart = headEnd + 4

        let body: [UInt8]
        if let chunked = head.headers["transfer-encoding"], chunked.lowercased().contains("chunked") {
            body = try readChunkedBody()
        } else {
            let length = Int(head.headers["content-length"] ?? "0") ?? 0
            while inboxEnd - inboxStart < length {
                try fill(expectingMore: true)
            }
            body = Array(inbox[inboxStart..<(inboxStart + length)])
            inboxStart += length
        }
        compactInbox()
        if head.headers["connection"]?.lowercased() == "close" {
            close()
        }
        return RuntimeAPIResponse(status: head.status, headers: head.headers, body: body)
    }

    private func findHeadEnd() -> Int? {
        guard inboxEnd - inboxStart >= 4 else { return nil }
        return inbox.withUnsafeBufferPointer { buffer -> Int? in
            // memchr jumps from one CR to the next; only there are the next three bytes compared.
            let base = buffer.baseAddress!
            var index = inboxStart
            while index + 3 < inboxEnd {
                guard let found = memchr(base + index, 13, inboxEnd - 3 - index) else { return nil }
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if base[index + 1] == 10 && base[index + 2] == 13 && base[index + 3] == 10 { return index }
                index += 1
            }
            return nil
        }
    }

    /// Parses the status line and headers straight from the bytes. A `String` is made only for each
    /// header name and value: splitting a `String` by `Character` runs grapheme breaking on every byte,
    /// which measured 79 % of a warm invocation's instructions.
    private func parseHead(_ bytes: ArraySlice<UInt8>) throws(RuntimeAPIConnectionError) -> (status: Int, headers: [String: String]) {
        let parsed = bytes.withUnsafeBufferPointer { buffer -> (status: Int, headers: [String: String])? in
            HTTPHeadParser.parse(buffer)
        }
        guard let parsed else {
            throw RuntimeAPIConnectionError(
                .malformedResponse, endpoint: endpoint,
                detail: "malformed response head \"\(String(decoding: bytes.prefix(200), as: UTF8.self))\"")
        }
        return parsed
    }

    private func readChunkedBody() throws(RuntimeAPIConnectionError) -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let lineEnd = try readLineEnd()
            let sizeText = String(decoding: inbox[inboxStart..<lineEnd], as: UTF8.self)
            let sizeField = sizeText.split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeField.trimmingSpaces(), radix: 16) else {
                throw RuntimeAPIConnectionError(.malformedResponse, endpoint: endpoint, detail: "bad chunk size \"\(sizeText)\"")
            }
            inboxStart = lineEnd + 2
            if size == 0 {
                _ = try readLineEnd()  // the empty line after the last chunk (no trailers expected)
                inboxStart += 2
                return body
            }
            while inboxEnd - inboxStart < size + 2 { try fill(expectingMore: true) }
            body.append(contentsOf: inbox[inboxStart..<(inboxStart + size)])
            inboxStart += size + 2
        }
    }

    private func readLineEnd() throws(RuntimeAPIConnectionError) -> Int {
        while true {
            var index = inboxStart
            while index + 1 < inboxEnd {
                if inbox[index] == 13 && inbox[index + 1] == 10 { return index }
                index += 1
            }
            try fill(expectingMore: true)
        }
    }

    /// Reads more bytes. End of stream before a complete response means the peer closed the
    /// connection: reported as `.closedByPeer` so a reused connection can be reopened.
    private func fill(expectingMore: Bool) throws(RuntimeAPIConnectionError) {
        if inboxEnd == inbox.count {
            if inboxStart > 0 {
                inbox.withUnsafeMutableBytes { buffer in
                    _ = memmove(buffer.baseAddress!, buffer.baseAddress! + inboxStart, inboxEnd - inboxStart)
                }
                inboxEnd -= inboxStart
                inboxStart = 0
            } else {
                inbox.append(contentsOf: repeatElement(0, count: inbox.count))
            }
        }
        while true {
            let received = inbox.withUnsafeMutableBytes { buffer in
                recv(descriptor, buffer.baseAddress! + inboxEnd, buffer.count - inboxEnd, 0)
            }
            if received > 0 {
                inboxEnd += received
                return
            }
            if received == 0 {
                close()
                throw RuntimeAPIConnectionError(
                    .closedByPeer, endpoint: endpoint,
                    detail: expectingMore ? "connection closed in the middle of a response" : "connection closed by the Runtime API")
            }
            if errno == EINTR { continue }
            let code = errno
            close()
            throw RuntimeAPIConnectionError(
                code == ECONNRESET ? .closedByPeer : .ioFailed, endpoint: endpoint,
                detail: "receive failed: \(String(cString: strerror(code)))")
        }
    }

    private func compactInbox() {
        if inboxStart == inboxEnd {
            inboxStart = 0
            inboxEnd = 0
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
