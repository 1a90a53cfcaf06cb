@testable import AWSCore
import Foundation
import Testing

@Suite("libcurl transport")
struct CurlTransportTests {
    @Test("A POST carries method, path, query, headers and body, and the response comes back whole")
    func postRoundTrip() throws {
        let server = try LocalHTTPServer { request in
            .init(status: 201, headers: [("X-Amzn-RequestId", "req-1"), ("Content-Type", "text/plain")],
                  body: "echo:\(request.method) \(request.target) \(request.bodyText)")
        }
        defer { server.stop() }
        let transport = try CurlTransport()
        var headers = HTTPHeaders()
        headers.add("Content-Type", "application/x-amz-json-1.0")
        headers.add("X-Amz-Target", "DynamoDB_20120810.GetItem")
        let request = HTTPRequest(
            method: .post, url: try HTTPURL(parsing: server.baseURL + "/a%20b?x=1&y=%2F"), headers: headers,
            body: Array(#"{"k":"v"}"#.utf8))
        let response = try transport.send(request)

        #expect(response.status == 201)
        #expect(response.bodyText == #"echo:POST /a%20b?x=1&y=%2F {"k":"v"}"#)
        #expect(response.headers["x-amzn-requestid"] == "req-1", "lookup is case-insensitive")
        let received = try #require(server.requests.first)
        #expect(received.header("Content-Type") == "application/x-amz-json-1.0")
        #expect(received.header("X-Amz-Target") == "DynamoDB_20120810.GetItem")
        #expect(received.header("Expect") == nil, "libcurl's Expect: 100-continue is suppressed")
        #expect(received.header("Accept") == nil, "libcurl's default Accept is suppressed")
        #expect(received.header("User-Agent")?.hasPrefix("pulsar-aws-lab/") == true)
    }

    @Test("Consecutive requests reuse one kept-alive connection")
    func reusesTheConnection() throws {
        let server = try LocalHTTPServer { _ in .init(status: 200, body: "ok") }
        defer { server.stop() }
        let transport = try CurlTransport()
        let url = try HTTPURL(parsing: server.baseURL + "/")
        for method in [HTTPMethod.get, .put, .delete, .head, .get] {
            let response = try transport.send(HTTPRequest(method: method, url: url))
            #expect(response.status == 200, "\(method)")
        }
        #expect(server.requests.map(\.method) == ["GET", "PUT", "DELETE", "HEAD", "GET"])
        #expect(server.connectionCount == 1, "5 requests took \(server.connectionCount) connections")
    }

    @Test("PUT with an empty body sends Content-Length: 0 and no form content type")
    func emptyPut() throws {
        let server = try LocalHTTPServer { _ in .init(status: 200) }
        defer { server.stop() }
        let transport = try CurlTransport()
        _ = try transport.send(HTTPRequest(method: .put, url: try HTTPURL(parsing: server.baseURL + "/bucket/key")))
        let received = try #require(server.requests.first)
        #expect(received.header("Content-Length") == "0")
        #expect(received.header("Content-Type") == nil)
    }

    @Test("A refused connection is a retryable transport error naming the URL and the OS reason")
    func connectionRefused() throws {
        // Bind a port, then close it: nothing listens there any more.
        let server = try LocalHTTPServer { _ in .init(status: 200) }
        let url = server.baseURL
        server.stop()
        let transport = try CurlTransport()
        do {
            _ = try transport.send(HTTPRequest(method: .get, url: try HTTPURL(parsing: url + "/")))
            Issue.record("expected a transport error")
        } catch let error as AWSError {
            #expect(error.kind == .transport)
            #expect(error.code == "CouldNotConnect")
            #expect(error.isRetryable)
            #expect(error.message.hasPrefix("could not connect to \(url): Connection refused"), "\(error.message)")
        }
    }

    @Test("A server slower than the request timeout gives a retryable Timeout error")
    func timeout() throws {
        let server = try LocalHTTPServer { _ in
            Thread.sleep(forTimeInterval: 1.5)
            return .init(status: 200)
        }
        defer { server.stop() }
        let transport = try CurlTransport(configuration: .init(requestTimeout: .milliseconds(300)))
        let started = Date()
        #expect {
            _ = try transport.send(HTTPRequest(method: .get, url: try HTTPURL(parsing: server.baseURL + "/slow")))
        } throws: { error in
            guard let error = error as? AWSError else { return false }
            return error.code == "Timeout" && error.isRetryable && error.message.contains(server.baseURL)
        }
        #expect(Date().timeIntervalSince(started) < 1.4, "the timeout did not cut the request short")
    }

    @Test("A dropped connection is a retryable error")
    func droppedConnection() throws {
        let server = try LocalHTTPServer { _ in .drop }
        defer { server.stop() }
        let transport = try CurlTransport()
        #expect {
            _ = try transport.send(HTTPRequest(method: .get, url: try HTTPURL(parsing: server.baseURL + "/")))
        } throws: { error in
            (error as? AWSError)?.isRetryable == true && (error as? AWSError)?.code == "EmptyReply"
        }
    }

    @Test("https to a server that does not speak TLS fails the handshake, named as such and retryable")
    func tlsHandshakeFailure() throws {
        // Answers every connection at once with plain HTTP and hangs up: no TLS ServerHello ever comes.
        let server = try LocalHTTPServer(greeting: Array("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".utf8)) { _ in .init(status: 200) }
        defer { server.stop() }
        let transport = try CurlTransport()
        let url = "https://127.0.0.1:\(server.port)"
        #expect {
            _ = try transport.send(HTTPRequest(method: .get, url: try HTTPURL(parsing: url + "/")))
        } throws: { error in
            guard let error = error as? AWSError else { return false }
            return error.code == "TLSHandshakeFailed" && error.isRetryable
                && error.message.hasPrefix("could not complete the TLS handshake with \(url)")
        }
    }
}
