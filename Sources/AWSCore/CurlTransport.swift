import CLibcurl
import Glibc
import Synchronization

/// HTTP(S) over libcurl with one reused easy handle: libcurl keeps the connection alive between calls, so
/// a Lambda invocation making several AWS calls pays for TCP and TLS set-up once. TLS verification uses the
/// system CA store (libcurl's default); proxies come from the usual `HTTPS_PROXY`/`NO_PROXY` variables.
///
/// An easy handle serves one transfer at a time: concurrent `send` calls on one transport wait for each
/// other. Use one transport per thread for parallel calls.
///
/// See: https://curl.se/libcurl/c/libcurl-easy.html and https://curl.se/libcurl/c/curl_easy_reset.html
public final class CurlTransport: HTTPTransport, @unchecked Sendable {
    public struct Configuration: Sendable {
        /// Longest wait for the TCP (and TLS) connection.
        public var connectTimeout: Duration
        /// Longest time for the whole exchange, connect included.
        public var requestTimeout: Duration
        /// Largest response body accepted (protects a 128 MB Lambda from an unexpected huge download).
        public var maximumResponseBytes: Int
        /// Sent as `User-Agent` when the request has none.
        public var userAgent: String

        public init(
            connectTimeout: Duration = .seconds(5), requestTimeout: Duration = .seconds(60),
            maximumResponseBytes: Int = 256 * 1024 * 1024, userAgent: String = "pulsar-aws-lab/1.0 AWSCore"
        ) {
            self.connectTimeout = connectTimeout
            self.requestTimeout = requestTimeout
            self.maximumResponseBytes = maximumResponseBytes
            self.userAgent = userAgent
        }
    }

    public let configuration: Configuration
    private let handle: UnsafeMutableRawPointer
    /// Serialises use of `handle` (the lock protects the handle, not a value).
    private let lock = Mutex<Void>(())

    /// - Throws: `AWSError` (`.transport`) when libcurl cannot initialise or create a handle.
    public init(configuration: Configuration = Configuration()) throws {
        try CurlGlobal.ensureInitialised()
        guard let handle = curl_easy_init() else {
            throw AWSError(kind: .transport, code: "CurlInitFailed", message: "curl_easy_init returned no handle (out of memory?)")
        }
        self.handle = handle
        self.configuration = configuration
    }

    deinit { curl_easy_cleanup(handle) }

    public func send(_ request: HTTPRequest) throws -> HTTPResponse {
        try lock.withLock { _ in try perform(request) }
    }

    private func perform(_ request: HTTPRequest) throws -> HTTPResponse {
        // Reset clears the previous request's options but keeps live connections and caches.
        curl_easy_reset(handle)
        let collector = CurlResponseCollector(maximumBodyBytes: configuration.maximumResponseBytes)
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        defer { curl_slist_free_all(headerList) }

        for line in headerLines(of: request) {
            headerList = curl_slist_append(headerList, line)
        }

        let urlText = request.url.description
        let result: CURLcode = withExtendedLifetime(collector) {
            errorBuffer.withUnsafeMutableBufferPointer { errorPointer in
                // A valid pointer even for an empty body: libcurl reads `request.body.count` bytes from it.
                (request.body.isEmpty ? [0] : request.body).withUnsafeBytes { body in
                    let context = Unmanaged.passUnretained(collector).toOpaque()
                    var setup: [CURLcode] = [
                        clibcurl_setopt_string(handle, CURLOPT_URL, urlText),
                        clibcurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1),
                        clibcurl_setopt_long(handle, CURLOPT_TCP_KEEPALIVE, 1),
                        clibcurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(configuration.connectTimeout)),
                        clibcurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, milliseconds(configuration.requestTimeout)),
                        clibcurl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0),
                        clibcurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorPointer.baseAddress),
                        clibcurl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList),
                        clibcurl_setopt_callback(handle, CURLOPT_WRITEFUNCTION, curlWriteCallback),
                        clibcurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context),
                        clibcurl_setopt_callback(handle, CURLOPT_HEADERFUNCTION, curlHeaderCallback),
                        clibcurl_setopt_pointer(handle, CURLOPT_HEADERDATA, context),
                    ]
                    setup += methodOptions(for: request, body: body.baseAddress!, count: request.body.count)
                    if let failed = setup.first(where: { $0 != CURLE_OK }) { return failed }
                    return curl_easy_perform(handle)
                }
            }
        }

        if collector.bodyTooLarge {
            throw AWSError(
                kind: .transport, code: "ResponseTooLarge",
                message: "the response from \(request.method) \(request.url.origin)\(request.url.path) exceeded \(configuration.maximumResponseBytes) bytes; raise CurlTransport.Configuration.maximumResponseBytes if that is expected")
        }
        guard result == CURLE_OK else {
            throw transportError(result, request: request, detail: String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        var status = 0
        _ = clibcurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: collector.headers, body: collector.body)
    }

    /// Header lines for libcurl. libcurl's own `Accept`, `Expect: 100-continue` and form `Content-Type`
    /// are suppressed (`Name:` with nothing after the colon), so what is sent is what was signed.
    private func headerLines(of request: HTTPRequest) -> [String] {
        var lines: [String] = []
        for field in request.headers {
            // `Name;` is libcurl's syntax for a header with an empty value.
            lines.append(field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)")
        }
        if !request.headers.contains("User-Agent") { lines.append("User-Agent: \(configuration.userAgent)") }
        if !request.headers.contains("Accept") { lines.append("Accept:") }
        if !request.headers.contains("Expect") { lines.append("Expect:") }
        if !request.headers.contains("Content-Type") { lines.append("Content-Type:") }
        return lines
    }

    private func methodOptions(for request: HTTPRequest, body: UnsafeRawPointer, count: Int) -> [CURLcode] {
        switch request.method {
        case .get where count == 0:
            return [clibcurl_setopt_long(handle, CURLOPT_HTTPGET, 1)]
        case .head:
            return [clibcurl_setopt_long(handle, CURLOPT_NOBODY, 1)]
        case .delete where count == 0:
            return [clibcurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method.rawValue)]
        default:
            // POST mode carries the body (with Content-Length); other methods rename the request line.
            var options = [
                clibcurl_setopt_long(handle, CURLOPT_POST, 1),
                clibcurl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(count)),
                clibcurl_setopt_pointer(handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: body)),
            ]
            if request.method != .post {
                options.append(clibcurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method.rawValue))
            }
            return options
        }
    }

    private func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    private func transportError(_ code: CURLcode, request: HTTPRequest, detail: String) -> AWSError {
        var osErrno = 0
        _ = clibcurl_getinfo_long(handle, CURLINFO_OS_ERRNO, &osErrno)
        return CurlFailure(code: code, osErrno: Int32(osErrno), detail: detail).error(for: request)
    }
}

/// libcurl write callback: hands the chunk to the collector; returning less than offered aborts the transfer.
private func curlWriteCallback(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
    guard let data, let context else { return 0 }
    let collector = Unmanaged<CurlResponseCollector>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: length)
    return collector.receiveBody(bytes) ? length : 0
}

/// libcurl header callback: one complete header line per call.
private func curlHeaderCallback(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
    guard let data, let context else { return 0 }
    let collector = Unmanaged<CurlResponseCollector>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    collector.receiveHeaderLine(UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: length))
    return length
}
