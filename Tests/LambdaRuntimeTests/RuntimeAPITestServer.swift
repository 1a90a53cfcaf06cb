import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A Runtime API server for tests, following the spec in
/// `../shared/testdata/lambda-runtime-api/runtime-api.yaml`: `GET /next` blocks until the test
/// queues an event; `POST …/response`, `…/error` and `/init/error` are recorded and answered 202.
///
/// It listens on 127.0.0.1, speaks HTTP/1.1 keep-alive with `Content-Length` bodies, and can be
/// stopped and started again on the same port to simulate a Runtime API restart.
final class RuntimeAPITestServer: @unchecked Sendable {
    struct RecordedRequest: Sendable {
        var method: String
        var path: String
        /// Lower-cased names.
        var headers: [String: String]
        var body: Data

        var bodyText: String { String(decoding: body, as: UTF8.self) }
        var bodyJSON: [String: Any] {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        }
    }

    /// What `GET /next` answers.
    enum NextAnswer: Sendable {
        case event(requestID: String, body: String, deadlineMs: Int64, traceID: String?, functionARN: String)
        /// The same event with a `Transfer-Encoding: chunked` body, split into small chunks.
        case chunkedEvent(requestID: String, body: String, deadlineMs: Int64)
        case status(Int, body: String)
    }

    private(set) var port: UInt16
    private var listener: Int32 = -1
    private let condition = NSCondition()
    private var nextAnswers: [NextAnswer] = []
    private var recorded: [RecordedRequest] = []
    private var connections: [Int32] = []
    private var acceptedConnectionCount = 0
    private var nextRequestCount = 0
    private var running = false

    init(port: UInt16 = 0) throws {
        self.port = port
        try start()
    }

    deinit { stop() }

    // MARK: Scripting

    func enqueueEvent(
        _ body: String, requestID: String = UUID().uuidString.lowercased(),
        deadlineMs: Int64 = Int64(Date().timeIntervalSince1970 * 1_000) + 30_000, traceID: String? = nil,
        functionARN: String = "arn:aws:lambda:us-east-1:123456789012:function:echo"
    ) {
        enqueue(.event(requestID: requestID, body: body, deadlineMs: deadlineMs, traceID: traceID, functionARN: functionARN))
    }

    func enqueue(_ answer: NextAnswer) {
        condition.lock()
        nextAnswers.append(answer)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the `index`-th recorded POST (0-based) and returns it.
    func waitForPost(_ index: Int = 0, timeout: TimeInterval = 10) throws -> RecordedRequest {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while recorded.count <= index {
            guard condition.wait(until: deadline) else {
                throw TestServerError("no POST number \(index + 1) within \(timeout) s; recorded: \(recorded.map { "\($0.method) \($0.path)" })")
            }
        }
        return recorded[index]
    }

    /// Waits until the runtime has asked for its `count`-th event (it is then idle, blocked in `/next`).
    func waitForNextRequests(_ count: Int, timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while nextRequestCount < count {
            guard condition.wait(until: deadline) else {
                throw TestServerError("only \(nextRequestCount) GET /next within \(timeout) s, expected \(count)")
            }
        }
    }

    var postCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return recorded.count
    }

    var connectionCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return acceptedConnectionCount
    }

    var endpoint: String { "127.0.0.1:\(port)" }

    // MARK: Lifecycle

    func start() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestServerError("socket() failed: errno \(errno)") }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw TestServerError("cannot listen on 127.0.0.1:\(port): errno \(errno)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: actual.sin_port)
        condition.lock()
        listener = fd
        running = true
        condition.unlock()
        let thread = Thread { [self] in acceptLoop(fd) }
        thread.start()
    }

    /// Closes the listener and every open connection, as a crashing Runtime API would.
    func stop() {
        condition.lock()
        running = false
        let fd = listener
        listener = -1
        let open = connections
        connections = []
        condition.broadcast()
        condition.unlock()
        if fd >= 0 {
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }
        for connection in open {
            shutdown(connection, Int32(SHUT_RDWR))
        }
    }

    // MARK: Serving

    private func acceptLoop(_ listener: Int32) {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 { return }
            condition.lock()
            guard running else {
                condition.unlock()
                close(connection)
                return
            }
            connections.append(connection)
            acceptedConnectionCount += 1
            condition.unlock()
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var buffer = Data()
        while let request = readRequest(connection, &buffer) {
            if request.method == "GET" && request.path == "/2018-06-01/runtime/invocation/next" {
                condition.lock()
                nextRequestCount += 1
                condition.broadcast()
                condition.unlock()
                guard let answer = waitForNextAnswer() else { return }
                switch answer {
                case .event(let requestID, let body, let deadlineMs, let traceID, let functionARN):
                    var headers = [
                        "Content-Type": "application/json",
                        "Lambda-Runtime-Aws-Request-Id": requestID,
                        "Lambda-Runtime-Deadline-Ms": String(deadlineMs),
                        "Lambda-Runtime-Invoked-Function-Arn": functionARN,
                    ]
                    if let traceID { headers["Lambda-Runtime-Trace-Id"] = traceID }
                    write(connection, status: 200, headers: headers, body: Data(body.utf8))
                case .chunkedEvent(let requestID, let body, let deadlineMs):
                    var chunked = Data()
                    var rest = Substring(body)
                    while !rest.isEmpty {
                        let piece = rest.prefix(5)
                        rest = rest.dropFirst(5)
                        chunked.append(Data("\(String(piece.utf8.count, radix: 16));ext=1\r\n\(piece)\r\n".utf8))
                    }
                    chunked.append(Data("0\r\n\r\n".utf8))
                    let headers = [
                        "Lambda-Runtime-Aws-Request-Id": requestID, "Lambda-Runtime-Deadline-Ms": String(deadlineMs),
                        "Lambda-Runtime-Invoked-Function-Arn": "arn:aws:lambda:us-east-1:123456789012:function:echo",
                        "Transfer-Encoding": "chunked",
                    ]
                    write(connection, status: 200, headers: headers, body: chunked, contentLength: false)
                case .status(let status, let body):
                    write(connection, status: status, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
                }
            } else if request.method == "POST" {
                condition.lock()
                recorded.append(request)
                condition.broadcast()
                condition.unlock()
                write(connection, status: 202, headers: ["Content-Type": "application/json"], body: Data(#"{"status":"OK"}"#.utf8))
            } else {
                write(connection, status: 404, headers: [:], body: Data())
            }
        }
    }

    private func waitForNextAnswer() -> NextAnswer? {
        condition.lock()
        defer { condition.unlock() }
        while nextAnswers.isEmpty {
            guard running else { return nil }
            condition.wait()
        }
        return nextAnswers.removeFirst()
    }

    private func readRequest(_ connection: Int32, _ buffer: inout Data) -> RecordedRequest? {
        let separator = Data("\r\n\r\n".utf8)
        var headEnd: Range<Data.Index>?
        while true {
            headEnd = buffer.range(of: separator)
            if headEnd != nil { break }
            guard receive(connection, into: &buffer) else { return nil }
        }
        let head = String(decoding: buffer[buffer.startIndex..<headEnd!.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        let bodyStart = headEnd!.upperBound
        while buffer.count - (bodyStart - buffer.startIndex) < length {
            guard receive(connection, into: &buffer) else { return nil }
        }
        let body = buffer[bodyStart..<(bodyStart + length)]
        let request = RecordedRequest(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: Data(body))
        buffer = Data(buffer[(bodyStart + length)...])
        return request
    }

    private func receive(_ connection: Int32, into buffer: inout Data) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = recv(connection, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    private func write(_ connection: Int32, status: Int, headers: [String: String], body: Data, contentLength: Bool = true) {
        var head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : status == 202 ? "Accepted" : "Status")\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if contentLength { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        var bytes = Data(head.utf8)
        bytes.append(body)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(connection, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return }
                offset += sent
            }
        }
    }
}

struct TestServerError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
